"""A crawl shared through a Redis frontier (scrapy-redis), against a real redis-server and a
500-page loopback site: two workers fetch every page exactly once and store it once, each in
its own WARC; a worker killed with SIGKILL midway loses nothing (the other puts its taken
requests back on the queue and finishes).
"""

from __future__ import annotations

import logging
import os
import random
import re
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, cast

import pytest

from pipeline.storage.archive import iter_pages
from spiders.frontier import FrontierOptions, frontier_settings, worker_archive
from tests.cli_helpers import cli_cmd, offline_env, run_cli
from tests.httpserver import LocalServer, Reply, Route, send, slowed
from tests.redisserver import redis_server

PAGES = 500
HTML = {"Content-Type": "text/html; charset=utf-8"}
WORDS = (
    "harbour council budget railway school river festival museum election market bridge "
    "library hospital tariff harvest airport stadium factory vineyard coastline"
).split()


def article(i: int) -> bytes:
    rng = random.Random(i)
    sentences = " ".join(
        f"Report {i}.{k}: the {' '.join(rng.sample(WORDS, 4))} story goes on." for k in range(5)
    )
    return (
        f"<html lang='en'><head><title>Local report {i}</title></head><body><article>"
        f"<h1>Local report {i}</h1><p>{sentences}</p></article></body></html>"
    ).encode()


def site_routes(pages: int) -> dict[str, Route]:
    routes: dict[str, Route] = {f"/a/{i}.html": Reply(200, HTML, article(i)) for i in range(pages)}
    routes["/robots.txt"] = Reply(200, {"Content-Type": "text/plain"}, b"User-agent: *\n")
    return routes


def sitemap(base: str, pages: int) -> bytes:
    locs = "".join(f"<url><loc>{base}/a/{i}.html</loc></url>" for i in range(pages))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    ).encode()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def site() -> Iterator[LocalServer]:
    with LocalServer(site_routes(PAGES)) as server:
        server.routes["/sitemap.xml"] = Reply(
            200, {"Content-Type": "application/xml"}, sitemap(server.base, PAGES)
        )
        yield server


_DBS = iter(range(1, 16))
WORKERS = "newsbrief:generic:workers"  # the frontier's workers of the generic spider


@pytest.fixture
def frontier(redis_url: str) -> str:
    """A frontier of its own per test: a fresh Redis database number."""
    return f"{redis_url}/{next(_DBS)}"


def overlay(tmp: Path, heartbeat: float = 30.0) -> Path:
    path = tmp / "crawl.toml"
    path.write_text(
        "[crawl]\ndownload_delay = 0.0\nautothrottle = false\nconcurrent_per_domain = 4\n"
        f"max_pages = {PAGES + 10}\nallow_loopback = true\nretry_times = 0\n"
        f"frontier_heartbeat = {heartbeat}\n",
        encoding="utf-8",
    )
    return path


def start(tmp: Path, *args: str, log: str) -> subprocess.Popen[bytes]:
    with (tmp / log).open("wb") as err:
        return subprocess.Popen(
            cli_cmd("-q", *args), env=offline_env(tmp), cwd=tmp, stdout=err, stderr=err
        )


def stored_urls(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT url FROM articles")]


def article_hits(site: LocalServer) -> dict[str, int]:
    return {path: n for path, n in site.hits.items() if path.startswith("/a/")}


def finish(proc: subprocess.Popen[bytes], tmp: Path, log: str, timeout: float = 120) -> str:
    code = proc.wait(timeout=timeout)
    text = (tmp / log).read_text(errors="replace")
    assert code == 0, f"{log} exited {code}: {text[-2000:]}"
    return text


def test_two_workers_fetch_every_page_once_and_store_it_once(
    tmp_path: Path, site: LocalServer, frontier: str
) -> None:
    # Each page takes 80 ms: alone, the seeding crawl would need ten seconds, longer than an
    # idle worker takes to look at the queue again (Scrapy's engine polls an empty scheduler
    # every five seconds); on a fast site the seeder could take every page before it looks.
    for path, route in list(site.routes.items()):
        if path.startswith("/a/") and isinstance(route, Reply):
            site.routes[path] = slowed(route, 0.08)
    db, cfg = tmp_path / "store.sqlite3", str(overlay(tmp_path))
    common = ["--frontier", frontier, "--db", str(db), "--config", cfg]
    worker = start(
        tmp_path, "worker", *common, "--idle", "3", "--archive", "w.warc.gz", log="worker.log"
    )
    seeder = start(
        tmp_path,
        "crawl",
        site.url("/sitemap.xml"),
        *common,
        "--archive",
        "w.warc.gz",
        "--out",
        "seeder.jsonl",
        log="seeder.log",
    )
    finish(seeder, tmp_path, "seeder.log")
    worker_log = finish(worker, tmp_path, "worker.log")
    hits = article_hits(site)
    assert len(hits) == PAGES and set(hits.values()) == {1}  # every page, exactly once
    urls = stored_urls(db)
    assert len(urls) == PAGES and len(set(urls)) == PAGES  # every page stored, once
    # Both took a share, each in its own WARC (named by worker), no page in both.
    warcs = sorted(tmp_path.glob("w.*.warc.gz"))
    assert len(warcs) == 2
    archived = [{p.url for p in iter_pages(w) if "/a/" in p.url} for w in warcs]
    assert all(archived) and not archived[0] & archived[1]
    assert len(archived[0] | archived[1]) == PAGES
    seeder_rows = (tmp_path / "seeder.jsonl").read_text().splitlines()
    assert 0 < len(seeder_rows) < PAGES and "stored" in worker_log


def test_a_worker_killed_midway_loses_nothing(
    tmp_path: Path, site: LocalServer, frontier: str
) -> None:
    db, cfg = tmp_path / "store.sqlite3", str(overlay(tmp_path, heartbeat=2.0))
    common = ["--frontier", frontier, "--db", str(db), "--config", cfg]
    doomed = start(tmp_path, "crawl", site.url("/sitemap.xml"), *common, log="doomed.log")
    survivor = start(tmp_path, "worker", *common, "--idle", "3", log="survivor.log")
    deadline = time.monotonic() + 90
    while len(article_hits(site)) < PAGES // 4:  # midway: a quarter of the site fetched
        assert doomed.poll() is None and time.monotonic() < deadline, "crawl ended early"
        time.sleep(0.05)
    os.kill(doomed.pid, signal.SIGKILL)
    doomed.wait()
    log = finish(survivor, tmp_path, "survivor.log")
    urls = stored_urls(db)
    assert len(urls) == PAGES and len(set(urls)) == PAGES  # nothing lost
    hits = article_hits(site)
    assert len(hits) == PAGES
    # Only what was put back on the queue is fetched twice: the killed worker's in-flight
    # requests (its downloads, the responses waiting for the scraper), and under load those of
    # a worker taken for dead while it worked (9 of 15 runs at load 8-9, up to 30 duplicates:
    # the fixed bound of 32 this replaces was nearly reached).
    assert "requests back on the queue" in log
    said = log + (tmp_path / "doomed.log").read_text(errors="replace")
    requeued = sum(map(int, re.findall(r"(\d+) of its requests back on the queue", said)))
    assert sum(n - 1 for n in hits.values()) <= requeued


def test_a_crawl_waiting_on_its_sitemap_is_not_taken_for_dead(
    tmp_path: Path, frontier: str
) -> None:
    """The killed-worker test's failure under load (490 of 500 stored), forced: the seeding
    crawl waits on its sitemap longer than its heartbeat. It beat only when the engine asked
    for a request, so the joining worker took it for dead, requeued the sitemap, read it too
    and dropped the crawl from the workers; the crawl went on taking requests into an
    in-flight hash nobody watched, lost when it was killed (9 of 200 pages here). Now a timer
    beats, and a worker taken for dead joins again with its next heartbeat or take."""
    import redis

    pages, answer = 200, threading.Event()
    procs: list[subprocess.Popen[bytes]] = []
    with LocalServer(site_routes(pages)) as site:
        listing = Reply(200, {"Content-Type": "application/xml"}, sitemap(site.base, pages))

        def held(h: BaseHTTPRequestHandler) -> None:  # answered when the test says
            answer.wait(60)
            send(h, listing)

        site.routes["/sitemap.xml"] = held
        db, cfg = tmp_path / "store.sqlite3", str(overlay(tmp_path, heartbeat=1.0))
        common = ["--frontier", frontier, "--db", str(db), "--config", cfg]
        try:
            doomed = start(tmp_path, "crawl", site.url("/sitemap.xml"), *common, log="doomed.log")
            procs.append(doomed)
            deadline = time.monotonic() + 90
            while not site.hits["/sitemap.xml"]:  # the crawl waits on its sitemap
                assert doomed.poll() is None and time.monotonic() < deadline, "crawl ended early"
                time.sleep(0.02)
            survivor = start(tmp_path, "worker", *common, "--idle", "3", log="survivor.log")
            procs.append(survivor)
            client, joined = redis.Redis.from_url(frontier), f"-{survivor.pid}-".encode()
            while not any(joined in worker for worker in client.smembers(WORKERS)):
                assert survivor.poll() is None and time.monotonic() < deadline, "worker ended"
                time.sleep(0.02)
            time.sleep(2.5)  # the crawl waits on: over its heartbeat (1 s), the worker looks
            answer.set()
            while (tmp_path / "doomed.log").read_bytes().count(b'{"also_urls"') < 10:
                assert doomed.poll() is None and time.monotonic() < deadline, "crawl ended early"
                time.sleep(0.02)  # it has stored pages, and holds more
            os.kill(doomed.pid, signal.SIGKILL)
            doomed.wait()
            finish(survivor, tmp_path, "survivor.log")
        finally:
            answer.set()
            for proc in procs:  # none left running when the test fails
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        urls = stored_urls(db)
        assert len(urls) == pages and len(set(urls)) == pages  # nothing lost
        assert len(article_hits(site)) == pages
        assert site.hits["/sitemap.xml"] == 1  # the waiting crawl was not taken for dead


def test_a_bad_or_absent_frontier_is_one_line_and_exit_2(tmp_path: Path, redis_url: str) -> None:
    closed = f"redis://127.0.0.1:{_closed_port()}/0"
    for url, words in (
        ("http://127.0.0.1:1/0", "is not a redis://"),
        (f"{redis_url}/x", "the database must be a number"),
        (closed, "Redis does not answer"),
    ):
        done = run_cli(tmp_path, "worker", "--frontier", url, "--db", str(tmp_path / "s.db"))
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in done.stderr


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_worker_archives_are_named_apart() -> None:
    assert worker_archive("out/a.warc.gz", "h-1-ab").name == "a.h-1-ab.warc.gz"
    assert worker_archive("a.warc", "h-2-cd").name == "a.h-2-cd.warc"
    one, two = FrontierOptions("redis://x/0").with_worker(), FrontierOptions("redis://x/0")
    assert one.worker != two.with_worker().worker  # two processes never share a name


def test_frontier_settings_put_queue_and_filter_in_redis() -> None:
    settings = frontier_settings(FrontierOptions("redis://h/3", worker="w", idle=5.0))
    assert settings["SCHEDULER"] == "spiders.redis_scheduler.FrontierScheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings["REDIS_URL"] == "redis://h/3" and settings["SCHEDULER_PERSIST"] is True


def _scheduler(frontier: str, worker: str) -> Any:
    """A FrontierScheduler of worker `worker`, opened on spider "unit", with a stand-in engine
    whose in-progress set (`engine._slot.inprogress`) the test fills: what the engine holds
    is not acknowledged."""
    from types import SimpleNamespace

    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from spiders.redis_scheduler import FrontierScheduler

    options = FrontierOptions(frontier, worker=worker, idle=1.0)
    crawler = get_crawler(Spider, settings_dict=frontier_settings(options))
    crawler.engine = cast(Any, SimpleNamespace(_slot=SimpleNamespace(inprogress=set())))
    scheduler = FrontierScheduler.from_crawler(crawler)
    scheduler.open(Spider.from_crawler(crawler, name="unit"))
    return scheduler


def _record_commands(scheduler: Any) -> list[str]:
    """The names of the Redis commands `scheduler` sends from now on, in order."""
    sent: list[str] = []
    for client in {id(c): c for c in (scheduler.server, scheduler.df.server)}.values():
        send = client.execute_command

        def recorded(*args: object, _send: Any = send, **kwargs: object) -> object:
            sent.append(str(args[0]).upper())
            return _send(*args, **kwargs)

        client.execute_command = recorded
    return sent


def test_a_request_is_marked_seen_and_queued_in_one_redis_command(frontier: str) -> None:
    """A worker killed between the duplicate filter's mark and the queue's push would leave a
    URL seen that no queue holds, lost to every worker: both are one script."""
    from scrapy import Request

    scheduler = _scheduler(frontier, "unit")
    try:
        sent = _record_commands(scheduler)
        assert scheduler.enqueue_request(Request("http://127.0.0.1:1/a/1.html"))
        assert sent and not {"SADD", "ZADD"} & set(sent)  # only the script (EVALSHA)
        assert not scheduler.enqueue_request(Request("http://127.0.0.1:1/a/1.html#again"))
        assert scheduler.enqueue_request(Request("http://127.0.0.1:1/a/1.html", dont_filter=True))
        assert scheduler.enqueue_request(Request("http://127.0.0.1:1/a/2.html"))
        assert len(scheduler.queue) == 3
        assert scheduler.server.scard(scheduler.df.key) == 2
        taken = scheduler.queue._decode_request(scheduler._take_next())
        assert taken.url.startswith("http://127.0.0.1:1/a/")
    finally:
        scheduler.server.flushdb()


def test_a_worker_taken_for_dead_then_killed_loses_nothing(
    frontier: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker silent longer than its heartbeat (a paused process, a blocked reactor: under
    load) is taken for dead: another puts its requests back and drops it from the workers.
    Back, it takes more; killed then, those come back too. They were lost: a request was
    taken into the in-flight hash of a worker no longer in the set, which nobody requeues
    (the killed-worker test stored 490 of 500 this way: a sitemap read slowly under load)."""
    from scrapy import Request

    alive, survivor = _scheduler(frontier, "paused"), _scheduler(frontier, "survivor")
    server, held = alive.server, alive.crawler.engine._slot.inprogress
    try:
        urls = {f"http://127.0.0.1:1/a/{i}.html" for i in range(3)}
        for url in sorted(urls):
            assert alive.enqueue_request(Request(url))
        held.add(alive.next_request())
        server.delete(alive.alive_key)  # its heartbeat lapsed: silent longer than its ttl
        survivor._reclaim(force=True)
        assert alive.worker.encode() not in server.smembers(alive.workers_key)
        with caplog.at_level(logging.WARNING, logger="spiders.redis_scheduler"):
            held.add(alive.next_request())  # back: it takes another (it joins again)
        server.delete(alive.alive_key)  # killed (SIGKILL): its heartbeat lapses for good
        sent = _record_commands(survivor)
        survivor._reclaim(force=True)
        # The look at its heartbeat, the requeue and the drop: one script, nothing between.
        assert not {"EXISTS", "HGETALL", "DEL", "SREM"} & set(sent)
        queued = {alive.queue._decode_request(d).url for d in server.zrange(alive.queue.key, 0, -1)}
        assert queued == urls  # nothing held by the killed worker is lost
        assert not server.exists(alive.inflight_key)
        assert "taken for dead" in caplog.text  # said by the worker that came back
    finally:
        server.flushdb()
