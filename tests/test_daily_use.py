"""Issue 12: daily use without surprises (light install, exit codes, quiet logs, outputs)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.summarize.models import missing_model_stack
from pipeline.summarize.select import choose_summarizer


def _without_model_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make torch / transformers / huggingface_hub absent, as in a plain `pip install`
    (a None in sys.modules is what Python treats as "not installed")."""
    for name in ("torch", "transformers", "huggingface_hub"):
        monkeypatch.setitem(sys.modules, name, None)


@pytest.mark.parametrize("backend", ["llm", "seq2seq"])
def test_model_backend_without_the_extra_is_exit_2_naming_it(
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _without_model_stack(monkeypatch)
    assert missing_model_stack() == ["torch", "transformers", "huggingface_hub"]
    code = main(["demo", "--backend", backend, "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--backend {backend}" in err and "newsbrief[models]" in err
    assert "Traceback" not in err
    assert not (tmp_path / "s.db").exists()  # refused before anything ran


def test_auto_without_the_extra_is_the_extractive_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _without_model_stack(monkeypatch)
    assert type(choose_summarizer("auto")).__name__ == "ExtractiveSummarizer"
