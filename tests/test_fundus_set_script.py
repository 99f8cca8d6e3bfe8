"""benchmarks/extraction/fundus_set.py: a folder of Fundus's parser test data the user names is
read and scored, or refused with one line naming the path (exit 2), never a traceback. Made-up
pages only."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.test_public_set_scripts import _PAGE  # (the same made-up ferry story)

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "fundus_set.py"
_URL = "https://news.example.org/2024/03/05/ferry"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fundus_set", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _folder(root: Path, cases: object, pages: int = 1) -> Path:
    country = root / "xx"
    country.mkdir(parents=True)
    info = {}
    for n in range(pages):
        name = f"Harbour_2024_03_0{5 + n}.html.gz"
        (country / name).write_bytes(gzip.compress(_PAGE.encode("utf-8")))
        info[name] = {"url": _URL, "crawl_date": f"2024-03-0{5 + n} 10:00:00"}
    (country / "meta.info").write_text(json.dumps(info), encoding="utf-8")
    (country / "Harbour.json").write_text(json.dumps(cases), encoding="utf-8")
    return root


_EXPECTED = {
    "title": "Harbour ferry returns after storm repairs",
    "authors": ["Mara Quill"],
    "publishing_date": "2024-03-05 09:30:00+01:00",
    "body": {
        "summary": [],
        "sections": [
            {
                "headline": [],
                "paragraphs": [
                    "The harbour ferry sailed again on Tuesday morning after six weeks of "
                    "repairs to its hull, which a winter storm had pushed against the old "
                    "stone pier of the northern quay."
                ],
            }
        ],
    },
}


@pytest.mark.parametrize("kind", ["missing", "a file", "empty", "not versions", "not a case"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data"
    if kind == "a file":
        path.write_text("{}", encoding="utf-8")
    elif kind == "empty":
        path.mkdir()
    elif kind == "not versions":
        _folder(path, [1, 2])
    elif kind == "not a case":
        _folder(path, {"V1": "title"})
    assert _module().main([str(path), "--no-others"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


def test_a_made_up_page_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _folder(tmp_path / "data", {"V1": _EXPECTED})
    assert _module().main([str(path), "--no-others"]) == 0
    out = capsys.readouterr().out
    assert "1 pages (0 left out" in out and "newsbrief rejected 0" in out
    lines = {line[:52].strip(): line[52:].split() for line in out.splitlines() if len(line) > 52}
    assert lines["date right (the page's own day)"] == ["1.000", "(1)"], out
    assert lines["instant exact (to the minute, ours timed)"] == ["1.000", "(1)"], out
    assert lines["author F1"] == ["1.000", "(1)"], out
    assert lines["title equal"] == ["1.000", "(1)"], out
    # the stored text holds the expected paragraph and two more: all of it found, not all kept
    assert lines["text recall"] == ["1.000", "(1)"], out
    assert float(lines["text precision"][0]) < 0.6, out


def test_versions_pair_with_pages_in_crawl_order(tmp_path: Path) -> None:
    later = dict(_EXPECTED, title="Second version")
    path = _folder(tmp_path / "data", {"V2": later, "V1": _EXPECTED}, pages=2)
    pages, unpaired = _module().load(path)
    assert unpaired == 0
    assert [(p["name"], p["title"]) for p in pages] == [
        ("xx/Harbour_2024_03_05", "Harbour ferry returns after storm repairs"),
        ("xx/Harbour_2024_03_06", "Second version"),
    ]


def test_a_publisher_whose_versions_and_pages_differ_is_left_out(tmp_path: Path) -> None:
    path = _folder(tmp_path / "data", {"V1": _EXPECTED, "V2": _EXPECTED}, pages=1)
    with pytest.raises(ValueError, match="no <country>"):
        _module().load(path)  # its one page left out: nothing left to score
