"""Running the `newsbrief` command in a child process, offline, the way users and cron do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def offline_env(tmp: Path) -> dict[str, str]:
    """The environment of a run with no model cache and no Hub access."""
    return {**os.environ, "HF_HOME": str(tmp / "hf"), "HF_HUB_OFFLINE": "1"}


def cli_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.app.cli", *args]


def run_cli(tmp: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`newsbrief ARGS...` with cwd and model cache in tmp; returns the finished process."""
    return subprocess.run(
        cli_cmd(*args),
        capture_output=True,
        text=True,
        env=offline_env(tmp),
        cwd=tmp,
        timeout=timeout,
    )


def store_args(tmp: Path, db: str | None = None) -> list[str]:
    """`--db` (default: a SQLite file in tmp; or the `store_db` fixture's store) and `--out`
    inside tmp, so a test never touches the user's default store."""
    return ["--db", db or str(tmp / "store.sqlite3"), "--out", str(tmp / "out")]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
