"""benchmarks/extraction/goose_set.py: a folder of goose3's test data the user names is read
and scored, or refused with one line naming the path (exit 2), never a traceback. Made-up
pages only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script
from tests.test_public_set_scripts import _PAGE  # (the same made-up ferry story)

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "goose_set.py"


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _folder(root: Path, expected: object) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "content" / "test_ferry.html").write_text(_PAGE, encoding="utf-8")
    data = {"url": "https://news.example.org/2024/03/05/ferry", "expected": expected}
    (root / "content" / "test_ferry.json").write_text(json.dumps(data), encoding="utf-8")
    return root


@pytest.mark.parametrize("kind", ["missing", "a file", "empty", "no expected"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data"
    if kind == "a file":
        path.write_text("{}", encoding="utf-8")
    elif kind == "empty":
        path.mkdir()
    elif kind == "no expected":
        _folder(path, [1, 2])
    assert _module().main([str(path), "--no-others"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


def test_a_made_up_page_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = {
        "cleaned_text": "The harbour ferry sailed again on Tuesday morning",
        "title": "Harbour ferry returns after storm repairs",
    }
    path = _folder(tmp_path / "data", expected)
    assert _module().main([str(path), "--no-others"]) == 0
    out = capsys.readouterr().out
    assert "1 pages, newsbrief rejected 0" in out
    starts = next(line for line in out.splitlines() if line.startswith("text starts"))
    assert "1.000 (1)" in starts, out
    title = next(line for line in out.splitlines() if line.startswith("title equal "))
    assert title.count("1.000 (1)") == 2, out  # the stored article's and the metadata's


def test_text_scores_count_the_tokens_before_the_prefix() -> None:
    scores = _module().text_scores(
        "Share this\nThe lead  sentence here.", "The lead sentence", "en"
    )
    assert scores == {"starts": 0.0, "contains": 1.0, "recall": 1.0, "before": 2.0}
