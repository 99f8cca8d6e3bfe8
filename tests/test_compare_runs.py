"""benchmarks/extraction/compare_runs.py: two eval runs compared page by page."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "compare_runs.py"


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _run(path: Path, scores: dict[str, tuple[str, float]]) -> str:
    rows = [
        {"name": name, "language": lang, "kind": "full", "corpus": "c", "f1": f1,
         "precision": f1, "recall": f1}
        for name, (lang, f1) in scores.items()
    ]  # fmt: skip
    rows.append({"name": "snip", "language": "fr", "kind": "snippet", "f1": 0.1})
    path.write_text(json.dumps({"per_page": rows}), encoding="utf-8")
    return str(path)


def test_a_language_down_fails_and_the_pages_that_moved_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _run(tmp_path / "a.json", {"p1": ("en", 0.9), "p2": ("en", 0.8), "p3": ("pl", 0.7)})
    after = _run(tmp_path / "b.json", {"p1": ("en", 1.0), "p2": ("en", 0.8), "p3": ("pl", 0.5)})
    assert _module().main([before, after]) == 1
    out = capsys.readouterr().out
    assert "en      2 pages  0.85000 -> 0.90000 (+0.05000)  +1 -0" in out
    assert "pl      1 pages  0.70000 -> 0.50000 (-0.20000)  +0 -1  DOWN" in out
    assert "pages up 1, down 1" in out
    assert out.index("p3") < out.index("p1")  # the page that moved most first
    assert "snip" not in out  # snippet pages are scored apart


def test_no_language_down_passes_and_different_page_sets_are_refused(tmp_path: Path) -> None:
    before = _run(tmp_path / "a.json", {"p1": ("en", 0.9), "p2": ("zh", 0.8)})
    after = _run(tmp_path / "b.json", {"p1": ("en", 0.95), "p2": ("zh", 0.8)})
    assert _module().main([before, after]) == 0
    other = _run(tmp_path / "c.json", {"p1": ("en", 0.9)})
    assert _module().main([before, other]) == 2
