"""A real `redis-server` for the frontier tests: started in a temporary directory on a free
127.0.0.1 port, with nothing saved to disk, and stopped at the end.

Where the server (Debian's `redis-server`) or the Python client (`newsbrief[redis]`) is
missing, the tests skip with the reason; in CI (CI=true) they fail instead, so that a CI
machine without Redis cannot pass the suite by skipping it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the Redis tests must run here)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def redis_server(tmp: Path) -> Iterator[str]:
    """A running redis-server; yields its base URL (redis://127.0.0.1:PORT, no database)."""
    binary = shutil.which("redis-server")
    if binary is None:
        _missing("redis-server is not installed (Debian package redis-server)")
    try:
        import redis
    except ImportError:
        _missing("the redis client is not installed (pip install 'newsbrief[redis]')")
    assert binary is not None
    for _ in range(5):  # another process may take the free port first: try another
        port = _free_port()
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(tmp), "--logfile", str(tmp / "redis.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        if proc.poll() is None:
            break
    else:
        log = (tmp / "redis.log").read_text(errors="replace")[-500:]
        pytest.fail(f"redis-server did not start: {log}")
    try:
        yield f"redis://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
