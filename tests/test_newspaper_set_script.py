"""benchmarks/extraction/newspaper_set.py: a folder of newspaper4k's test data the user names is
read and scored, or refused with one line naming the path (exit 2), never a traceback.
Made-up pages only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script
from tests.test_public_set_scripts import _PAGE  # (the same made-up ferry story)

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "newspaper_set.py"
_TEXT = (
    "The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,\n"
    "which a winter storm had pushed against the old stone pier of the northern quay."
)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _folder(root: Path, meta: object | None) -> Path:
    for sub in ("html", "txt", "metadata"):
        (root / sub).mkdir(parents=True)
    (root / "html" / "ferry.html").write_text(_PAGE, encoding="utf-8")
    (root / "txt" / "ferry.txt").write_text(_TEXT, encoding="utf-8")
    if meta is not None:
        (root / "metadata" / "ferry.json").write_text(json.dumps(meta), encoding="utf-8")
    return root


@pytest.mark.parametrize("kind", ["missing", "a file", "empty", "not an object", "bad authors"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data"
    if kind == "a file":
        path.write_text("{}", encoding="utf-8")
    elif kind == "empty":
        path.mkdir()
    elif kind == "not an object":
        _folder(path, [1, 2])
    elif kind == "bad authors":
        _folder(path, {"url": "https://news.example.org/ferry", "authors": "Mara Quill"})
    assert _module().main([str(path), "--no-others"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


def test_a_made_up_page_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meta = {
        "url": "https://news.example.org/2024/03/05/ferry",
        "title": "Harbour ferry returns after storm repairs",
        "authors": ["Mara Quill"],
        "publish_date": "2024-03-05T09:30:00+01:00",
        "language": "en",
    }
    path = _folder(tmp_path / "data", meta)
    assert _module().main([str(path), "--no-others", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "1 pages, newsbrief rejected 0" in out
    for measure in ("title equal", "date right", "author F1"):
        line = next(x for x in out.splitlines() if x.startswith(measure))
        assert "1.000 (1)" in line, out
    assert next(x for x in out.splitlines() if x.startswith("en (1)")), out


def test_a_page_without_metadata_is_scored_for_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _folder(tmp_path / "data", None)
    assert _module().main([str(path), "--no-others"]) == 0
    out = capsys.readouterr().out
    assert "1 pages" in out
    assert next(x for x in out.splitlines() if x.startswith("title equal")).endswith("-"), out


def test_char_f1_counts_letters_and_digits() -> None:
    module = _module()
    assert module.char_f1("abc", "abc") == 1.0
    assert module.char_f1("", "") == 1.0
    assert module.char_f1("ab", "cd") == 0.0
    assert module.char_f1("a b, c!", "abc") == 1.0
