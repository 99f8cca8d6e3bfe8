"""Atomic writes and the per-story lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import LockHeld
from pipeline.storage.files import StoryLock, atomic_write_json, atomic_write_text


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "brief.json"
    atomic_write_json(target, {"a": 1})
    atomic_write_json(target, {"a": 2, "b": "é"})
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 2, "b": "é"}
    assert [p.name for p in target.parent.iterdir()] == ["brief.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "run.json"
    atomic_write_text(target, "old")

    class Boom(Exception):
        pass

    class Exploding(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:  # type: ignore[override]
            raise Boom()

    with pytest.raises(Boom):
        atomic_write_text(target, Exploding("new"))
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["run.json"]


def test_second_lock_on_same_story_names_the_holder(tmp_path: Path) -> None:
    with StoryLock(tmp_path, "zhipu-ipo", "run A, pid 1"):
        # flock locks are per open file description: a second process sees it held
        code = (
            "import sys; from pipeline.storage.files import StoryLock; from pipeline.errors import LockHeld\n"
            f"try:\n    StoryLock({str(tmp_path)!r}, 'zhipu-ipo', 'run B').acquire()\n"
            "except LockHeld as e:\n    print(e); sys.exit(4)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert proc.returncode == 4
        assert "run A, pid 1" in proc.stdout
        # a different story is not blocked
        with StoryLock(tmp_path, "other-story", "run C"):
            pass


def test_lock_is_released_when_holder_dies(tmp_path: Path) -> None:
    code = (
        "import os; from pipeline.storage.files import StoryLock\n"
        f"StoryLock({str(tmp_path)!r}, 's', 'dying run').acquire(); os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    with StoryLock(tmp_path, "s", "next run") as lock:
        assert lock.path.read_text() == "next run"


def test_lock_held_in_process(tmp_path: Path) -> None:
    first = StoryLock(tmp_path, "s", "first").acquire()
    try:
        with pytest.raises(LockHeld, match="first"):
            StoryLock(tmp_path, "s", "second").acquire()
    finally:
        first.release()
    assert os.path.exists(tmp_path / "s.lock")


def test_outputs_honour_the_umask(tmp_path: Path) -> None:
    """Issue 12 item 4: with a umask of 022 a written file is 0644 (readable by a web server
    or a report job under another user), not mkstemp's 0600; a stricter umask is honoured."""
    from pipeline.storage.files import AtomicJsonlWriter

    old = os.umask(0o022)
    try:
        text = atomic_write_text(tmp_path / "brief.html", "<p>x</p>")
        with AtomicJsonlWriter(tmp_path / "articles.jsonl") as writer:
            writer.write({"id": "a"})
        os.umask(0o077)
        private = atomic_write_text(tmp_path / "private.txt", "x")
    finally:
        os.umask(old)
    assert (text.stat().st_mode & 0o777) == 0o644
    assert ((tmp_path / "articles.jsonl").stat().st_mode & 0o777) == 0o644
    assert (private.stat().st_mode & 0o777) == 0o600
