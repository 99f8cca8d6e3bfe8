"""Crash safety: a run killed with SIGKILL mid-way, run again, completes with nothing lost or doubled."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli_helpers import cli_cmd, offline_env, run_cli, store_args

ROOT = Path(__file__).resolve().parent.parent


def _cmd(tmp: Path) -> list[str]:
    return cli_cmd("-v", "demo", *store_args(tmp))


def _run_and_kill_at(tmp: Path, marker: str, occurrence: int = 1) -> bool:
    """Start the demo and SIGKILL it when `marker` has appeared `occurrence` times on stderr."""
    proc = subprocess.Popen(
        _cmd(tmp),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=offline_env(tmp),
        cwd=tmp,
    )
    seen = 0
    assert proc.stderr is not None
    try:
        for line in proc.stderr:
            if marker in line:
                seen += 1
                if seen >= occurrence:
                    proc.send_signal(signal.SIGKILL)
                    break
    finally:
        proc.wait(timeout=120)
        proc.stderr.close()
    return proc.returncode == -signal.SIGKILL


def _complete(tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    done = run_cli(tmp, "-v", "demo", *store_args(tmp), *extra)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def _assert_store_has_each_article_once(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        total, distinct = con.execute(
            "SELECT COUNT(*), COUNT(DISTINCT canonical_url) FROM articles"
        ).fetchone()
    finally:
        con.close()
    assert total == distinct
    return int(total)


def _assert_outputs_valid(tmp: Path) -> None:
    day_dirs = list((tmp / "out" / "zhipu-ipo").glob("20*"))
    assert day_dirs
    for out in day_dirs:
        assert json.loads((out / "brief.json").read_text(encoding="utf-8"))["sources"]
        assert json.loads((out / "run.json").read_text(encoding="utf-8"))["exit_code"] == 0
        for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["url"]
        md = (out / "brief.fr.md").read_text(encoding="utf-8")
        assert md.startswith("# ") and "## Sources" in md
        assert not list(out.glob(".*.tmp")), "a temp file was left behind"


@pytest.mark.parametrize("marker,occurrence", [("stored ", 3), ("stage crawl", 1)])
def test_killed_during_crawl_and_store_then_rerun(
    tmp_path: Path, marker: str, occurrence: int
) -> None:
    assert _run_and_kill_at(tmp_path, marker, occurrence), "the run ended before it could be killed"
    _complete(tmp_path)
    stored = _assert_store_has_each_article_once(tmp_path / "store.sqlite3")
    assert stored >= 7
    _assert_outputs_valid(tmp_path)


def test_killed_during_brief_keeps_previous_outputs(tmp_path: Path) -> None:
    # Another backend than the next run's (auto): the story's brief is then rewritten (an
    # unchanged story with the same backend rewrites nothing, and has no brief stage).
    _complete(tmp_path, "--backend", "extractive")
    before = _assert_store_has_each_article_once(tmp_path / "store.sqlite3")
    assert _run_and_kill_at(tmp_path, "stage brief"), "the run ended before it could be killed"
    _assert_outputs_valid(tmp_path)  # the first run's files are whole
    _complete(tmp_path)
    assert _assert_store_has_each_article_once(tmp_path / "store.sqlite3") == before
    _assert_outputs_valid(tmp_path)
