"""Two workers on one Redis frontier against one, on the same loopback site (bench.py
--frontier): pages/s of each and their ratio, duplicate fetches (the site counts what it
serves), and every page stored once (rows and distinct URLs in the store).

One worker: `newsbrief crawl SITEMAP --frontier redis://.../1 --db one.sqlite3` (it seeds the
frontier and crawls it alone). Two workers: the same crawl on database 2, plus a
`newsbrief worker` on that frontier and store, started together. A run's time is wall clock
from start until the seeding crawl exits, which it does once the frontier is drained (queue
empty, no worker holding a request); the worker exits `--idle` seconds later, not counted.
A redis-server (Debian's package) is started here on a free loopback port, nothing saved.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKER_IDLE = 2.0  # seconds a worker waits on a drained frontier


@dataclass
class FrontierRun:
    workers: int
    seconds: float
    pages_per_s: float
    duplicates: int  # fetches beyond the first of any page
    missing: int  # pages never fetched
    stored: int
    distinct_stored: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start_redis(work: Path) -> tuple[subprocess.Popen[bytes], str]:
    """redis-server on a free 127.0.0.1 port, in `work`, saving nothing; (process, URL)."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (Debian package redis-server)")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
         "no", "--dir", str(work)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while not _answers(port):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("redis-server did not start")
        time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}"


def _hits(base: str) -> Counter[str]:
    with urllib.request.urlopen(f"{base}/_hits", timeout=10) as reply:
        return Counter(json.load(reply))


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.app.cli", "-q", *args]


def _stored(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        rows, distinct = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT url) FROM articles"
        ).fetchone()
    return int(rows), int(distinct)


def run_frontier(base: str, pages: int, frontier: str, config: Path, workers: int) -> FrontierRun:
    """One crawl of the site on `frontier` by `workers` processes (1 or 2)."""
    work = config.parent
    db = work / f"frontier-{workers}.sqlite3"
    common = ["--frontier", frontier, "--db", str(db), "--config", str(config)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    before = _hits(base)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    start = time.perf_counter()
    extra = [
        subprocess.Popen(_cli("worker", *common, "--idle", str(WORKER_IDLE)), env=env, **quiet)
        for _ in range(workers - 1)
    ]
    seeder = subprocess.run(
        _cli("crawl", f"{base}/sitemap-{pages}.xml", *common, "--out", str(work / "f.jsonl")),
        env=env,
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if seeder.returncode not in (0, 3) or any(p.wait() not in (0, 3) for p in extra):
        sys.stderr.write(seeder.stderr.decode("utf-8", "replace")[-3000:])
        raise SystemExit(f"frontier run with {workers} worker(s) failed")
    served = _hits(base) - before
    articles = [f"/article/{i}.html" for i in range(pages)]
    rows, distinct = _stored(db)
    return FrontierRun(
        workers,
        seconds,
        pages / seconds,
        sum(max(0, served[a] - 1) for a in articles),
        sum(1 for a in articles if served[a] == 0),
        rows,
        distinct,
    )


def frontier(base: str, pages: int, config: Path) -> list[str]:
    """Print one worker against two on one frontier; the targets missed (none when met)."""
    with tempfile.TemporaryDirectory(prefix="newsbrief-redis-") as tmp:
        redis_proc, url = start_redis(Path(tmp))
        try:
            runs = [run_frontier(base, pages, f"{url}/{n}", config, n) for n in (1, 2)]
        finally:
            redis_proc.terminate()
            redis_proc.wait()
    missed = []
    for run in runs:
        print(
            f"frontier, {run.workers} worker(s), {pages} pages: {run.seconds:.1f} s, "
            f"{run.pages_per_s:.1f} pages/s; duplicate fetches {run.duplicates}, never fetched "
            f"{run.missing}; stored {run.stored} rows, {run.distinct_stored} distinct URLs"
        )
        if run.duplicates or run.missing or run.stored != pages or run.distinct_stored != pages:
            missed.append(f"frontier-{run.workers}")
    one, two = runs
    print(
        f"two workers / one: {two.pages_per_s / one.pages_per_s:.2f}x "
        f"(zero duplicates, every page stored once: {'ok' if not missed else 'MISSED'})"
    )
    return missed
