"""Progress bars: drawn on a terminal only; cron (no TTY) and JSON logs stay quiet."""

from __future__ import annotations

import io
import json
import sys

import pytest

from pipeline.app import progress as prog
from pipeline.app.cli import JsonFormatter, setup_logging


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_drawn_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTTY()
    monkeypatch.setattr(sys, "stderr", fake)
    monkeypatch.setenv("NEWSBRIEF_PROGRESS", "1")
    assert list(prog.progress(range(5), total=5, desc="extract")) == [0, 1, 2, 3, 4]
    assert "extract" in fake.getvalue()


def test_no_bar_without_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    monkeypatch.delenv("NEWSBRIEF_PROGRESS", raising=False)
    assert list(prog.progress(range(3), total=3, desc="extract")) == [0, 1, 2]
    assert plain.getvalue() == ""


def test_json_log_format_disables_bars(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTTY()
    monkeypatch.setattr(sys, "stderr", fake)
    prog.set_enabled(False)
    monkeypatch.setenv("NEWSBRIEF_PROGRESS", "0")
    assert list(prog.progress(range(3), desc="extract")) == [0, 1, 2]
    assert fake.getvalue() == ""


def test_json_log_lines_are_one_object_each(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    buf = io.StringIO()
    monkeypatch.setattr(sys, "stderr", buf)
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        setup_logging("json", 0)
        logging.getLogger("pipeline.test").warning("stage %s done", "crawl")
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
    line = buf.getvalue().strip().splitlines()[-1]
    data = json.loads(line)
    assert data["level"] == "WARNING" and data["message"] == "stage crawl done"
    assert isinstance(JsonFormatter().format(logging.makeLogRecord({"msg": "x"})), str)
