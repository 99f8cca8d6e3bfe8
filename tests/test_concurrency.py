"""Two runs of the same story: the second exits 4 naming the lock holder; other stories run side by side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pipeline.app.story import demo_replay_path
from pipeline.config import shipped_config
from tests.cli_helpers import cli_cmd, offline_env, run_cli, store_args


def _start(tmp: Path, *args: str, db: str | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cli_cmd("-v", *args, *store_args(tmp, db)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=offline_env(tmp),
        cwd=tmp,
    )


def _wait_for(proc: subprocess.Popen[str], marker: str) -> list[str]:
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if marker in line:
            return lines
    raise AssertionError("marker never seen: " + "".join(lines[-20:]))


def test_second_run_of_same_story_exits_4(tmp_path: Path, store_db: str) -> None:
    """On PostgreSQL the lock is an advisory lock on the server: the second run is refused
    from its own connection, as it would be from another machine."""
    first = _start(tmp_path, "demo", db=store_db)
    try:
        _wait_for(first, "stage crawl")  # the lock is held from here on
        # Held still while the second run asks: a replayed demo can finish (and let the lock
        # go) before a second interpreter has started, on a quiet machine.
        os.kill(first.pid, signal.SIGSTOP)
        try:
            second = run_cli(tmp_path, "demo", *store_args(tmp_path, store_db), timeout=120)
        finally:
            os.kill(first.pid, signal.SIGCONT)
        assert second.returncode == 4
        assert "zhipu-ipo" in second.stderr and f"pid {first.pid}" in second.stderr
    finally:
        out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err[-2000:]


def test_two_different_stories_run_side_by_side(tmp_path: Path) -> None:
    other = tmp_path / "zhipu-ipo-bis.toml"
    text = shipped_config("stories/zhipu-ipo.toml").read_text(encoding="utf-8")
    other.write_text(text.replace('id = "zhipu-ipo"', 'id = "zhipu-ipo-bis"'), encoding="utf-8")
    first = _start(tmp_path, "demo")
    second = _start(tmp_path, "run", str(other), "--replay", str(demo_replay_path()))
    _, err1 = first.communicate(timeout=300)
    _, err2 = second.communicate(timeout=300)
    assert first.returncode == 0, err1[-2000:]
    assert second.returncode == 0, err2[-2000:]
    assert list((tmp_path / "out" / "zhipu-ipo").glob("20*/brief.fr.md"))
    assert list((tmp_path / "out" / "zhipu-ipo-bis").glob("20*/brief.fr.md"))


def test_many_processes_opening_a_new_store_at_once(tmp_path: Path) -> None:
    """Schema creation is race-free: every opener sees a complete store."""
    code = (
        "import sys; from pipeline.storage.store import Store, SCHEMA_VERSION\n"
        "with Store(sys.argv[1]) as s:\n    assert s.schema_version == SCHEMA_VERSION\n"
    )
    db = str(tmp_path / "new.sqlite3")
    procs = [
        subprocess.Popen([sys.executable, "-c", code, db], stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
