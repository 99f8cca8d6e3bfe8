"""Articles made in worker processes beside the crawl (pipeline.app.pagework): the same
articles as in-process, committed in arrival order, bounded, and failures counted."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from pipeline.app.pagework import PagePipeline, _Pending, worker_count
from pipeline.app.steps import PageStorer
from pipeline.pages import make_article
from pipeline.records import Article, RawPage, Reject, RejectReason
from pipeline.storage.store import Store
from tests.cli_helpers import cli_cmd, offline_env, read_jsonl, run_cli
from tests.httpserver import LocalServer, Reply
from tests.pagework_helpers import Recorder, page


def test_workers_make_the_same_articles_committed_in_arrival_order() -> None:
    pages = [page(i) for i in range(10)] + [
        RawPage(url="http://127.0.0.1:1/gone", body=b"x", status=404)
    ]
    expected = [(p.url, make_article(p)) for p in pages]
    recorder = Recorder()
    with PagePipeline(recorder, 1, start_after=0, max_pending=3) as on_page:
        assert on_page.ready(timeout=60)
        for p in pages:
            on_page(p)
    assert on_page.offloaded == len(pages)  # the last ones were sent at close
    assert [url for url, _ in recorder.made] == [p.url for p in pages]
    got = {url: made for url, made in recorder.made}
    for url, made in expected:
        if isinstance(made, Article):
            assert isinstance(got[url], Article)
            assert got[url].to_dict() | {"fetched_at": None} == made.to_dict() | {
                "fetched_at": None
            }
        else:
            assert got[url] == made == Reject(url, made.reason, made.detail)


def test_prepared_workers_make_every_page_the_first_ones_included() -> None:
    """prepare() starts the workers at once: the pages that come while they load wait for
    them, and this process makes none of them, whatever `start_after` says."""
    recorder = Recorder()
    pages = [page(i) for i in range(8)]
    with PagePipeline(recorder, 1, start_after=5, max_pending=3) as on_page:
        on_page.prepare()
        assert on_page._started
        for p in pages[:4]:
            on_page(p)  # the worker is most likely still loading: they wait
        assert on_page.ready(timeout=60)
        for p in pages[4:]:
            on_page(p)
    assert on_page.offloaded == len(pages)
    assert [url for url, _ in recorder.made] == [p.url for p in pages]
    assert [made for _, made in recorder.made] == [make_article(p) for p in pages]


def test_pages_past_the_startup_budget_are_made_here_in_order() -> None:
    """While no worker is ready, pending bodies past `startup_bytes` are made here, the
    oldest first; whoever makes them, every page is committed in arrival order, unchanged."""
    pages = [page(i) for i in range(20)]
    one_body = len(pages[0].body)
    recorder = Recorder()
    with PagePipeline(
        recorder, 2, start_after=0, max_pending=2, startup_bytes=2 * one_body
    ) as on_page:
        for p in pages:
            on_page(p)
            # no more than the budget waits unassigned (a page over it is made at once)
            assert on_page._waiting_bytes <= 2 * one_body + max(len(q.body) for q in pages)
    assert on_page.offloaded < len(pages)  # the third page came microseconds after the start
    assert [url for url, _ in recorder.made] == [p.url for p in pages]
    assert [made for _, made in recorder.made] == [make_article(p) for p in pages]


def test_a_backlog_goes_to_the_workers_max_out_at_a_time() -> None:
    """Pages that waited for the workers to load are sent to them at most `max_out` at a
    time once one is ready (the rest wait in this process, not in a pipe), and none is made
    here."""
    pages = [page(i) for i in range(12)]
    recorder = Recorder()
    pipeline = PagePipeline(recorder, 1, start_after=0, max_out=3)
    try:
        pipeline._start()
        for p in pages[:9]:  # the worker cannot be ready: the pipeline has not looked
            pipeline._pending.append(_Pending(p))
            pipeline._waiting_bytes += len(p.body)
        assert pipeline.ready(timeout=60)
        assert sum(w.in_flight for w in pipeline._pool) == 3  # ready() dispatched: three out
        for p in pages[9:]:
            pipeline(p)
            assert sum(w.in_flight for w in pipeline._pool) <= 3
    finally:
        pipeline.close()
    assert pipeline.offloaded == len(pages)
    assert [url for url, _ in recorder.made] == [p.url for p in pages]
    assert [made for _, made in recorder.made] == [make_article(p) for p in pages]


def test_pages_answered_and_not_committed_do_not_hold_the_workers_back() -> None:
    """Answers are committed in arrival order: behind an older page still being made, the
    pages answered wait to be committed. They count toward `max_pending` (pages held), not
    toward `max_out` (pages with the workers): a worker done with its pages gets the next
    ones. Here nothing is committed at all, and every page still reaches a worker."""
    pages = [page(i) for i in range(10)]
    pipeline = PagePipeline(Recorder(), 1, start_after=0, max_out=2, max_pending=40)
    try:
        assert pipeline.ready(timeout=60)
        for p in pages:
            pipeline._pending.append(_Pending(p))
            pipeline._waiting_bytes += len(p.body)
        deadline = time.monotonic() + 60
        while pipeline.offloaded < len(pages) and time.monotonic() < deadline:
            pipeline._dispatch()  # reads the answers waiting, commits nothing
            assert sum(w.in_flight for w in pipeline._pool) <= 2
            time.sleep(0.005)
        assert pipeline.offloaded == len(pages)
    finally:
        pipeline.close()


def test_at_most_max_pending_pages_wait_on_the_workers() -> None:
    recorder = Recorder()
    pipeline = PagePipeline(recorder, 1, start_after=0, max_pending=2)
    assert pipeline.ready(timeout=60)
    try:
        for i in range(8):
            pipeline(page(i))
            assert len(pipeline._pending) <= 2  # the oldest is waited for past that
            assert len(recorder.made) >= i + 1 - 2
    finally:
        pipeline.close()
    assert len(recorder.made) == 8


def test_a_listing_of_more_than_start_after_items_starts_the_workers() -> None:
    with PagePipeline(Recorder(), 1, start_after=5) as on_page:
        on_page.expect(5)
        assert not on_page._started
        on_page.expect(6)
        assert on_page._started


def test_a_short_crawl_never_waits_on_a_worker() -> None:
    recorder = Recorder()
    with PagePipeline(recorder, 2, start_after=5) as on_page:
        for i in range(5):
            on_page(page(i))
        assert not on_page._started
    assert len(recorder.made) == 5


def test_a_page_that_fails_in_a_worker_is_committed_as_a_reject() -> None:
    # make_article turns what making one page raises into that page's Reject (a bug met on
    # one page must not end the crawl): the worker's answer is committed like any other
    recorder = Recorder()
    broken = RawPage(url="http://127.0.0.1:1/broken", body=None)  # type: ignore[arg-type]
    pipeline = PagePipeline(recorder, 1, start_after=0, max_pending=1)
    assert pipeline.ready(timeout=60)
    with pipeline as on_page:
        on_page(broken)
        on_page(page(1))
        assert on_page.offloaded == 2
        processes = [worker.process for worker in on_page._pool]
    (url, reject), (_, article) = recorder.made
    assert url == broken.url and isinstance(reject, Reject)
    assert reject.reason is RejectReason.EXTRACTION_FAILED and reject.detail.startswith("TypeError")
    assert isinstance(article, Article)
    assert processes and not any(process.is_alive() for process in processes)  # stopped


def test_pages_committed_through_a_storer_land_in_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite3") as store:
        storer = PageStorer(store)
        with PagePipeline(storer, 1, start_after=0) as on_page:
            assert on_page.ready(timeout=60)
            for i in range(6):
                on_page(page(i))
        assert storer.outcome.counts["fetched"] == 6
        assert storer.outcome.counts["new"] == 6
        assert len(list(store.articles())) == 6


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    assert worker_count(0) == 0
    assert worker_count(3) == 3
    for cpus, auto in ((1, 0), (2, 2), (3, 3), (16, 4)):  # one per CPU, at most 4, none on one
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid, n=cpus: set(range(n)))
        assert worker_count(-1) == auto


def test_in_process_when_no_worker_is_asked() -> None:
    recorder = Recorder()
    start = time.monotonic()
    with PagePipeline(recorder, 0, start_after=0) as on_page:
        assert not on_page.ready()
        for i in range(20):
            on_page(page(i))
    assert len(recorder.made) == 20 and time.monotonic() - start < 60


def _site(n: int) -> dict[str, Reply]:
    links = "".join(f"<url><loc>{{base}}/p/{i}</loc></url>" for i in range(n))
    routes: dict[str, Reply] = {f"/p/{i}": Reply(body=page(i).body) for i in range(n)}
    routes["/robots.txt"] = Reply(headers={"Content-Type": "text/plain"}, body=b"")
    routes["/sitemap.xml"] = Reply(
        headers={"Content-Type": "application/xml"},
        body=(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + links
            + "</urlset>"
        ).encode(),
    )
    return routes


@pytest.mark.parametrize(
    ("entry", "path"),
    [(("--sitemap",), "/sitemap.xml"), ((), "/sitemap.xml"), ((), "/index.xml")],
    ids=["--sitemap", "seed", "seed-read-as-sitemap"],
)
def test_crawl_with_a_worker_writes_what_a_crawl_without_writes(
    tmp_path: Path, entry: tuple[str, ...], path: str
) -> None:
    """`newsbrief crawl` of a loopback site, articles made in a worker or all in the crawling
    process: the same articles. A sitemap of more than `start_after` items starts the worker
    at once, so that it makes every page: given with --sitemap, as a seed whose URL says it
    is one (before the crawl starts), or as a seed only its answer shows to be one (as the
    spider reads it: CrawlContext.on_listing)."""
    n = 24
    routes = _site(n)
    with LocalServer(routes) as server:
        sitemap = routes[path] = routes.pop("/sitemap.xml")
        sitemap.body = sitemap.body.replace(b"{base}", server.url("").rstrip("/").encode())
        outputs = []
        for workers in (1, 0):
            config = tmp_path / f"w{workers}.toml"
            config.write_text(
                f"extract_workers = {workers}\n[crawl]\ndownload_delay = 0.0\n"
                "autothrottle = false\nallow_loopback = true\nconcurrent_per_domain = 4\n",
                encoding="utf-8",
            )
            out = tmp_path / f"w{workers}.jsonl"
            done = run_cli(
                tmp_path,
                "-v",
                "crawl",
                *entry,
                server.url(path),
                "--config",
                str(config),
                "--out",
                str(out),
            )
            assert done.returncode == 0, done.stderr[-2000:]
            # a worker starts quietly, however the CLI was run (here `python -m pipeline.app.cli`)
            assert "Warning" not in done.stderr, done.stderr[-2000:]
            if workers:
                assert f"{n} of {n} page(s) made in 1 worker process(es)" in done.stderr
            rows = read_jsonl(out)
            outputs.append([{k: v for k, v in r.items() if k != "fetched_at"} for r in rows])
    assert len(outputs[0]) == n
    assert sorted(outputs[0], key=lambda r: r["url"]) == sorted(outputs[1], key=lambda r: r["url"])


def _slow(body: bytes, seconds: float) -> Any:
    def handler(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handler


def _children(pid: int) -> list[int]:
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        return [int(c) for task in tasks for c in (task / "children").read_text().split()]
    except OSError:  # ended meanwhile
        return []


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _workers_of(pid: int) -> list[int]:
    """The extraction workers below `pid` (spawned ones, or forked from its forkserver), and
    the forkserver itself once a worker is there."""
    found = []
    for child in _children(pid):
        cmdline = _cmdline(child)
        if b"multiprocessing.spawn" in cmdline:
            found.append(child)
        elif b"multiprocessing.forkserver" in cmdline and (forked := _children(child)):
            found += [child, *forked]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_a_killed_crawl_leaves_no_worker_behind(tmp_path: Path) -> None:
    """kill -9 of `newsbrief crawl` while its extraction worker runs: the worker ends too."""
    n = 60
    routes: dict[str, Any] = _site(n)
    for i in range(n):
        routes[f"/p/{i}"] = _slow(page(i).body, 0.3)
    with LocalServer(routes) as server:
        sitemap = routes["/sitemap.xml"]
        sitemap.body = sitemap.body.replace(b"{base}", server.url("").rstrip("/").encode())
        config = tmp_path / "c.toml"
        config.write_text(
            "extract_workers = 1\n[crawl]\ndownload_delay = 0.0\nautothrottle = false\n"
            "allow_loopback = true\nconcurrent_per_domain = 2\n",
            encoding="utf-8",
        )
        args = ["crawl", "--sitemap", server.url("/sitemap.xml"), "--config", str(config)]
        proc = subprocess.Popen(
            cli_cmd(*args, "--out", str(tmp_path / "o.jsonl")),
            env=offline_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            workers: list[int] = []
            while not workers and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.2)
                workers = _workers_of(proc.pid)
            assert workers, "no extraction worker started"
        finally:
            proc.kill()
            proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.1)
        alive = [w for w in workers if Path(f"/proc/{w}/cmdline").exists()]
        alive = [w for w in alive if Path(f"/proc/{w}/cmdline").read_bytes()]  # zombies aside
        assert alive == []


def test_a_dead_worker_costs_speed_not_pages(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    pipeline = PagePipeline(recorder, 1, start_after=0, max_pending=4)
    assert pipeline.ready(timeout=60)
    for i in range(3):
        pipeline(page(i))
    assert pipeline._pool
    for worker in pipeline._pool:  # the OOM killer, say
        assert worker.process.pid is not None
        os.kill(worker.process.pid, signal.SIGKILL)
    time.sleep(0.5)
    with caplog.at_level(logging.WARNING, logger="pipeline.app.pagework"):
        for i in range(3, 10):
            pipeline(page(i))
        pipeline.close()
    assert [url for url, _ in recorder.made] == [page(i).url for i in range(10)]
    assert all(isinstance(made, Article) for _, made in recorder.made)
    assert "extraction workers lost" in caplog.text


def _die_at_once(*_args: Any) -> None:
    """A worker that ends before it is ready (its modules fail to load, say)."""
    os._exit(3)


def test_workers_that_die_before_they_are_ready_cost_speed_not_pages(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("pipeline.app.pagework.run_worker_loop", _die_at_once)
    recorder = Recorder()
    pipeline = PagePipeline(recorder, 2, start_after=0)
    pipeline.prepare()  # pages wait for workers that never get ready
    with caplog.at_level(logging.WARNING, logger="pipeline.app.pagework"):
        for i in range(5):
            pipeline(page(i))
        pipeline.close()
    assert [url for url, _ in recorder.made] == [page(i).url for i in range(5)]
    assert all(isinstance(made, Article) for _, made in recorder.made)
    assert "extraction workers lost" in caplog.text


def test_the_forkserver_loads_what_the_main_module_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    # multiprocessing runs the parent's main module again in each worker: what it imports is
    # loaded once in the forkserver instead (the module run with -m, a script's imports)
    import types

    from pipeline.app import cli, forkserver

    as_module = types.ModuleType("__main__")
    as_module.__spec__ = types.SimpleNamespace(name="pipeline.app.cli")  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "__main__", as_module)
    assert forkserver.main_imports() == ["pipeline.app.cli"]
    package_main = types.ModuleType("__main__")
    package_main.__spec__ = types.SimpleNamespace(name="pytest.__main__")  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "__main__", package_main)
    assert forkserver.main_imports() == []  # multiprocessing does not run it again
    interactive = types.ModuleType("__main__")
    interactive.__spec__ = None
    interactive.Path = Path  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "__main__", interactive)
    assert forkserver.main_imports() == []  # no file: multiprocessing runs nothing again
    script = types.ModuleType("__main__")  # the `newsbrief` entry point
    script.__spec__ = None
    script.__file__ = "/venv/bin/newsbrief"
    script.main = cli.main  # type: ignore[attr-defined]
    script.sys = sys  # type: ignore[attr-defined]
    script.Path = Path  # type: ignore[attr-defined]
    script.odd = types.SimpleNamespace(__module__=["not", "a", "name"])  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "__main__", script)
    assert forkserver.main_imports() == ["pathlib", "pipeline.app.cli"]


def test_the_worker_boot_builds_what_language_detection_builds_once() -> None:
    # the forkserver imports pipeline.workerboot: what a worker's first page would otherwise
    # build (langdetect's profiles, the Chinese script tables) is built there, once
    probe = (
        "import pipeline.workerboot\n"
        "from pipeline.text import ngramprofiles, scripts\n"
        "print(ngramprofiles.profile_model.cache_info().currsize,"
        " scripts._changing_table.cache_info().currsize)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["1", "2"]


_WARM = """
import os, sys, time
from pipeline.app.forkserver import warm_up
warm_up(int(sys.argv[1]))
time.sleep(0.2)
me = os.getpid()
children = open(f"/proc/{me}/task/{me}/children").read().split()
names = [open(f"/proc/{c}/cmdline", "rb").read().replace(b"\\0", b" ").decode() for c in children]
print(sum("forkserver" in n for n in names))
"""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize(("workers", "servers"), [(2, 1), (0, 0)])
def test_warm_up_starts_the_forkserver_only_for_workers(workers: int, servers: int) -> None:
    """`warm_up` starts the workers' forkserver at once (it loads their modules in the
    background); with no workers asked, nothing is started."""
    done = subprocess.run(
        [sys.executable, "-c", _WARM, str(workers)],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) == servers


@pytest.mark.parametrize(
    ("argv", "warmed"),
    [
        (["crawl", "https://example.org/sitemap.xml"], True),
        (["crawl", "--feed", "https://example.org/news"], True),
        (["crawl", "https://example.org/a.html"], False),  # a few pages: no worker
        (["crawl", "https://example.org/sitemap.xml", "--replay", "x.warc"], False),
        (["crawl", "https://example.org/sitemap.xml", "--frontier", "redis://h/0"], False),
        (["run", "story.toml"], True),
        (["run", "story.toml", "--replay", "x.warc"], False),
    ],
)
def test_which_commands_start_the_forkserver_first(
    argv: list[str], warmed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live crawl known from its arguments to be long starts the workers' forkserver
    before it imports the crawl; a short one, a replay and a frontier crawl do not."""
    from pipeline.app import cli, cli_handlers

    calls: list[int] = []
    monkeypatch.setattr(cli_handlers, "warm_up", calls.append)
    args = cli.build_parser().parse_args(argv)
    listed = argv[0] == "run" or cli_handlers.listed_crawl(args)
    cli_handlers._start_workers_early(args, listed=listed)
    assert bool(calls) == warmed
    assert calls in ([], [-1])  # the config's extract_workers (default: one per CPU)


_NO_EXTRACTOR_HERE = """
import sys
from pipeline.app.pagework import PagePipeline
from pipeline.app.stream import ArticleSink
from pipeline.records import RawPage
import spiders.run
body = ("<html lang='en'><head><title>T</title></head><body><article><h1>T</h1><p>"
        + "The council met on Monday and decided what the town will build next. " * 9
        + "</p></article></body></html>")
sink = ArticleSink(None)
with PagePipeline(sink, 1, start_after=0) as on_page:
    on_page.prepare()
    for i in range(3):
        on_page(RawPage(url=f"http://127.0.0.1:1/p/{i}", body=body.encode(),
                        headers={"Content-Type": "text/html; charset=utf-8"}))
print(sink.count, sorted(m for m in ("pipeline.pages", "pipeline.extract", "pipeline.maintext")
                         if m in sys.modules))
"""


def test_a_crawl_whose_pages_all_go_to_workers_never_loads_the_extractor_here() -> None:
    """The crawling process pickles the pages and commits the answers: making them is the
    workers' (and their forkserver's) business, so the extractor's modules (about 0.15 s of
    the crawl's CPU) are not imported here when no page is made here."""
    done = subprocess.run(
        [sys.executable, "-c", _NO_EXTRACTOR_HERE],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[-2] == "3 []"
