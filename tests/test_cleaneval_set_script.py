"""benchmarks/extraction/cleaneval_set.py: a CleanEval-style folder (input/ and GoldStandard/) is
read, the page taken out of CleanEval's `<text id=URL>` wrapper (its URL the page's), the gold's
URL line, segment markers and character references read, a gold without text left out; each
page scored in its gold's language with dragnet_set.py's code, or a wrong folder refused with
one line (exit 2). Made-up pages only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "cleaneval_set.py"

_STORY = [
    "The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,"
    " which a winter storm had pushed against the old stone pier of the northern quay.",
    "Passengers waiting on the quay said the crossing felt calmer than before, and the operator's"
    " manager promised that the spring timetable would start on the first Monday of April as planned.",
]
_PAGE = (
    '<text id="http://example.org/news/ferry.html" title="Ferry" encoding="unset">\n'
    "<html><head><title>Harbour ferry returns</title></head><body>"
    "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    "<h1>Harbour ferry returns</h1>" + "".join(f"<p>{p}</p>" for p in _STORY) + "</body></html>"
    "\n</text>\n"
)
_GOLD = (
    "\nURL: http://example.org/news/ferry.html\n\n"
    "<h>   Harbour ferry returns\n"
    f"  <p> {_STORY[0][:50]}\n   {_STORY[0][50:]}\n"
    "<p>" + _STORY[1].replace("'", "&#039;") + "\n"
)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def test_the_gold_loses_its_url_line_and_markers() -> None:
    gold = _module().read_gold(_GOLD.encode("utf-8"))
    lines = gold.split("\n")
    assert lines[0] == "Harbour ferry returns"
    assert " ".join(lines[1:3]) == _STORY[0]  # (a segment's lines as the file wraps them)
    assert lines[3] == _STORY[1]
    assert "URL" not in gold and "<" not in gold
    cells = _module().read_gold(b"URL: x\n<h>Corey    <h>Sissi\n<l>one\n")
    assert cells.split("\n") == ["Corey", "Sissi", "one"]
    assert _module().read_gold(b"\nURL: x\n\n<!-- this page contains no article -->\n") == ""
    assert _module().read_gold("URL: x\n<p>caf\xe9 cr\xe8me".encode("cp1252")) == "café crème"


def test_the_wrapper_is_taken_off_and_gives_the_url() -> None:
    body, url = _module().unwrap(_PAGE.encode("utf-8"))
    assert url == "http://example.org/news/ferry.html"
    assert body.lstrip().startswith(b"<html>") and body.rstrip().endswith(b"</html>")
    assert _module().unwrap(b"<html></html>") == (b"<html></html>", "")


def test_a_folder_is_scored_and_a_wrong_one_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _module()
    root = tmp_path / "cleaneval-final"
    (root / "input").mkdir(parents=True)
    (root / "GoldStandard").mkdir()
    (root / "input" / "7.html").write_text(_PAGE, encoding="utf-8")
    (root / "GoldStandard" / "7.txt").write_text(_GOLD, encoding="utf-8")
    (root / "input" / "8.html").write_text(_PAGE, encoding="utf-8")
    (root / "GoldStandard" / "8.txt").write_text("URL: x\n\n", encoding="utf-8")
    (root / "input" / "9.html").write_text(_PAGE, encoding="utf-8")  # no gold: left out
    out = tmp_path / "rows.json"
    assert module.main([str(root), "--systems", "ours", "--json", str(out)]) == 0
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert row["name"] == "final/7" and row["part"] == "final-en"
    precision, recall, f1 = row["scores"]["ours"]
    assert precision == 1.0 and f1 > 0.95, row["scores"]
    said = capsys.readouterr().out
    assert "left out, the gold empty: 1 pages (8)" in said and "final-en ours" in said
    assert module.main([str(tmp_path / "nowhere")]) == 2
    assert "no input/ and GoldStandard/" in capsys.readouterr().err
