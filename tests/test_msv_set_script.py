"""benchmarks/extraction/msv_set.py: an MSV-style set (subsets of html/X.htm and gold/X.txt, the
gold's first line the headline, cp1252 or UTF-8) and an htmltotext-style one (LANG/html and
LANG/text, scored whole in the folder's language) are read and scored with dragnet_set.py's
code, or refused with one line (exit 2). Made-up pages only; the real sets are read where
NEWSBRIEF_MSV_DATA (Extraction/) and NEWSBRIEF_HTMLTOTEXT_DATA (benchmarkdata/) name them,
skipped elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script
from tests.test_public_set_scripts import _PAGE  # (the made-up ferry story)

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "msv_set.py"

# as a Windows editor saves it: cp1252 quotes, blank lines between paragraphs, CRLF
_GOLD = (
    "Harbour ferry returns after storm repairs\r\n\r\n"
    "The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,"
    " which a winter storm had pushed against the old stone pier of the northern quay.\r\n\r\n"
    "Passengers waiting on the quay said the crossing felt calmer than before, and the operator"
    " promised that the timetable of spring would start on the first Monday of April as"
    " planned.\r\n\r\n"
    "Engineers replaced two plates of the hull and the whole steering gear, the operator said in"
    " a statement, and the vessel passed its inspection at the yard last Friday afternoon.\r\n"
)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _msv(root: Path) -> Path:
    for sub, suffix in (("big5-05", ".htm"), ("chaos-all", ".html")):
        (root / sub / "html").mkdir(parents=True)
        (root / sub / "gold").mkdir()
        (root / sub / "html" / f"ferry (1){suffix}").write_text(_PAGE, encoding="utf-8")
        (root / sub / "gold" / "ferry (1).txt").write_bytes(_GOLD.encode("cp1252"))
    (root / "big5-05" / "html" / "no gold.htm").write_text(_PAGE, encoding="utf-8")
    (root / "README.md").write_text("not a subset", encoding="utf-8")
    return root


def test_the_headline_line_is_taken_apart_and_cp1252_read() -> None:
    raw = "Caf\xe9 \u2018reopens\u2019\r\n\r\nIts first  paragraph.\r\n\r\nIts second.\r\n"
    text, titled = _module().read_gold(raw.encode("cp1252"), headline=True)
    assert text == "Its first paragraph.\nIts second."
    assert titled == "Caf\xe9 \u2018reopens\u2019\n" + text
    whole, same = _module().read_gold(raw.encode("utf-8"), headline=False)
    assert whole == same == titled


def test_made_up_subsets_are_scored_by_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _module()
    out_json = tmp_path / "rows.json"
    labelled = tmp_path / "benchmarkdata"
    (labelled / "en" / "html").mkdir(parents=True)
    (labelled / "en" / "text").mkdir()
    (labelled / "en" / "html" / "news-ferry.html").write_text(_PAGE, encoding="utf-8")
    (labelled / "en" / "text" / "news-ferry.txt").write_text(_GOLD, encoding="utf-8")
    folders = [str(_msv(tmp_path / "Extraction")), str(labelled)]
    assert module.main([*folders, "--systems", "ours", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert "3 pages (0 with an empty gold)" in out and "ours rejected 0 pages" in out
    assert "big5-05 ours" in out and "chaos-all ours" in out and "en ours" in out
    rows = {row["name"]: row for row in json.loads(out_json.read_text(encoding="utf-8"))}
    assert set(rows) == {"big5-05/ferry (1)", "chaos-all/ferry (1)", "en/news-ferry"}
    for name in ("big5-05/ferry (1)", "chaos-all/ferry (1)"):  # the body against the body
        assert rows[name]["scores"]["ours"][2] > 0.97, rows[name]["scores"]
        assert rows[name]["scores"]["ours+title"][1] == 1.0  # the headline put back
    # htmltotext's gold is scored whole: the headline it keeps is what recall misses
    precision, recall, _ = rows["en/news-ferry"]["scores"]["ours"]
    assert precision > 0.97 and 0.85 < recall < 1.0


@pytest.mark.parametrize("kind", ["missing", "empty", "no gold"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Extraction"
    if kind == "empty":
        path.mkdir()
    elif kind == "no gold":
        for gold in (_msv(path) / "big5-05" / "gold").iterdir():
            gold.unlink()
    assert _module().main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


_MSV = os.environ.get("NEWSBRIEF_MSV_DATA", "")
_HTMLTOTEXT = os.environ.get("NEWSBRIEF_HTMLTOTEXT_DATA", "")


@pytest.mark.skipif(not _MSV or not Path(_MSV).is_dir(), reason="MSV's Extraction/ is absent")
def test_the_real_msv_set_reads_whole() -> None:
    pages = _module().load_pages(Path(_MSV))
    parts = {page["part"] for page in pages}
    assert parts == {"big5-05", "big5-09", "big5-13", "big5-17", "chaos-all"}
    assert len(pages) == 720 and all(page["gold"].strip() for page in pages)


@pytest.mark.skipif(
    not _HTMLTOTEXT or not Path(_HTMLTOTEXT).is_dir(), reason="htmltotext's data is absent"
)
def test_the_real_htmltotext_set_reads_whole() -> None:
    pages = _module().load_pages(Path(_HTMLTOTEXT))
    assert {page["language"] for page in pages} == {"en", "de", "hr", "zh"}
    assert len(pages) == 28 and all(page["gold"] == page["gold_titled"] for page in pages)
