"""Pages made into articles beside the crawl: extraction in worker processes, commits here.

A crawl hands each page to its handler in the reactor thread. The per-page work (decode,
block-page check, extract, normalize, language: several milliseconds of CPU for a 90 KB
page) then shares one core with Scrapy itself, and a fast site waits on it. `PagePipeline`
moves that work to worker processes (``extract_workers``, by default one per CPU, at most
4, none on one CPU: the crawling process waits on the network much of the time, so on 2
cores two workers made a loopback crawl 1.34x faster and one worker did not) while the
handler keeps its shape: each call submits the page and commits the
articles that are ready, in arrival order, in the calling thread (the store's connection is
not shared with any other thread or process). Nothing else changes:

- a page is committed (stored, counted, written) in the order the pages arrived;
- once a worker is ready, at most ``max_out`` pages are with the workers (sent, not answered
  yet: about a megabyte of 90 KB pages, what their pipes hold); the others wait here. At
  most ``max_pending`` pages are held in all (sent, answered or waiting): past that the
  handler waits for the oldest, which holds the reactor and so the downloads (back-pressure,
  bounded memory). Pages answered behind an older one still being made (answers are
  committed in arrival order) do not keep a worker from its next page;
- the first ``start_after`` pages are made here, in this process; the workers are started
  then (forked from a forkserver that has imported pipeline.workerboot: the modules making an
  article needs and the language profiles, about a second of loading done once for all
  workers and shared by them; where there is no forkserver each spawned worker loads them
  itself), and the pages after wait for them, up to ``startup_bytes`` of bodies: past that
  the oldest is made here. A crawl of a few URLs never starts a worker, and none ever waits
  on one;
- a crawl known to be long calls `prepare` first: the workers start at once, and the pages
  that come while they load wait for them. This process then makes no page, nor loads what
  making one needs (the language profiles: the bench crawl's peak RSS is 60 MB lower), and
  its core is left to the crawl, the bound of a fast crawl;
- what a worker logs is logged again here, at commit, through the same loggers (so
  ``--log-format json`` and ``-q`` hold);
- a page the code fails on is that page's Reject (`make_article` catches it, in a worker as
  here); anything else a worker raises is raised here by the call that commits that page:
  the crawl stops as it does when an in-process handler raises;
- a worker that dies (killed, out of memory) or never starts costs nothing but speed: a
  warning says so and every page, the pending ones first, is made in this process;
- a worker ends when this process does, however it ends (kill -9 included: it watches this
  process's sentinel), and the forkserver with it;
- a killed run loses only the pages still pending, which were not recorded as fetched:
  the next run fetches them again, as it would any page not yet committed.

`close()` (or leaving the ``with`` block) commits every pending page and stops the workers.

Pages go to the workers down one pipe each and their answers come back up another (one
worker and its pipes: `worker_pipes`), written and read by the calling thread itself (no
pool threads: `concurrent.futures`' feeder and result threads cost the crawling process
0.71 ms of CPU a page, these pipes 0.30 ms, on 90 KB pages). A page goes to the ready
worker with the fewest pages in flight; answers already waiting are read at every call, so a
worker rarely waits on a full pipe, and never blocks its own reading of pages (it writes
its answers from a thread of its own: whatever the sizes, the crawl writing a page to a
worker never waits on that worker forever). On Linux each pipe holds about a megabyte, so a
page is written without waiting for the worker.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from pipeline.app.forkserver import AUTO, run_worker_loop, worker_context, worker_count
from pipeline.app.worker_pipes import Worker, WorkersLost, start_worker, stop_workers
from pipeline.config import PipelineConfig
from pipeline.handoff import send_page
from pipeline.records import RawPage

if TYPE_CHECKING:
    from pipeline.pages import Made

__all__ = ["AUTO", "PageCommitter", "PagePipeline", "worker_count"]

logger = logging.getLogger(__name__)

START_AFTER = 8  # pages made in this process before the workers take over
MAX_OUT = 16  # pages with the workers, not answered yet (about 1.5 MB of 90 KB bodies)
MAX_PENDING = 48  # pages held, not committed yet (about 4.5 MB of 90 KB bodies)
# Bodies that may wait for the workers to load (about a second): 360 pages of 90 KB.
STARTUP_BYTES = 32 << 20
READY_TIMEOUT = 30.0  # seconds the last pages wait for starting workers before made here


class PageCommitter(Protocol):
    """A page handler in two steps: `make` (pure, may run in a worker process) and `commit`
    (stores and counts; always in the process that owns the store)."""

    @property
    def cfg(self) -> PipelineConfig | None: ...

    def commit(self, page: RawPage, made: Made) -> None: ...


def make_article(page: RawPage, cfg: PipelineConfig | None) -> Made:
    """`pipeline.pages.make_article`, imported when a page is first made here: a crawl whose
    pages all go to the workers (`prepare`) never loads the extractor in this process (about
    0.15 s of its CPU, on the core the crawl is bound by)."""
    from pipeline.pages import make_article as make

    return make(page, cfg)


@dataclass
class _Pending:
    """A page handed to the pipeline and not committed yet, and the worker making it."""

    page: RawPage
    worker: Worker | None = None


class PagePipeline:
    """A page handler that makes articles in worker processes and commits them here, in
    arrival order (see the module docstring). With 0 workers it is the committer's own
    make-then-commit, one page at a time."""

    def __init__(
        self,
        committer: PageCommitter,
        workers: int = AUTO,
        *,
        start_after: int = START_AFTER,
        max_pending: int = MAX_PENDING,
        max_out: int = MAX_OUT,
        startup_bytes: int = STARTUP_BYTES,
    ) -> None:
        self.committer = committer
        self.workers = worker_count(workers)
        self.start_after = start_after
        self.max_pending = max(1, max_pending)
        self.max_out = max(1, max_out)
        self.startup_bytes = startup_bytes
        self._waiting_bytes = 0  # bodies of the pending pages no worker has yet
        self.offloaded = 0  # pages made by a worker
        self._seen = 0
        self._started = False
        self._launcher: threading.Thread | None = None
        self._launched: list[Worker] = []  # filled by the launcher thread
        self._launch_error: BaseException | None = None
        self._pool: list[Worker] = []  # the workers, once launched
        # Pages not committed yet, oldest first, each with the worker making it (None: no
        # worker was ready for it yet). A page is kept until it is committed: if its worker
        # dies, it is made here.
        self._pending: deque[_Pending] = deque()

    def __call__(self, page: RawPage) -> None:
        self._seen += 1
        if not self._started and self.workers and self._seen > self.start_after:
            self._start()
        if not (self._started and self.workers):
            self._settle(wait_all=True)  # keep arrival order: earlier pages first
            self.committer.commit(page, make_article(page, self.committer.cfg))
            return
        self._pending.append(_Pending(page))
        self._waiting_bytes += len(page.body or b"")
        self._dispatch()
        self._settle(wait_all=False)

    def _dispatch(self) -> None:
        """Send the pending pages that have no worker yet to the ready worker with the fewest
        pages in flight, oldest first, while fewer than `max_out` are in flight (none ready:
        they wait, see `_settle`)."""
        for item in list(self._pending):
            if item.worker is not None:
                continue
            worker = self._free_worker()
            if worker is None:
                return  # none ready, or all lost (then every page was made here)
            if sum(w.in_flight for w in self._pool) >= self.max_out:
                return  # the rest wait for a page to come back (see `_settle`)
            try:
                send_page(worker.tasks, item.page)
            except OSError as exc:
                self._lost_workers(WorkersLost(f"worker {worker.process.pid} ended: {exc}"))
                return
            item.worker = worker
            worker.out += 1
            self._waiting_bytes -= len(item.page.body or b"")
            self.offloaded += 1

    def prepare(self) -> None:
        """Start the workers now, for a crawl that will make more than `start_after` pages:
        they load their modules and the language profiles (about a second, in the forkserver
        where there is one) on another core while the crawl starts, and the pages that come
        meanwhile wait for them (up to `startup_bytes`), so that this process makes none.
        Nothing waits on it."""
        if self.workers and not self._started:
            self._start()

    def expect(self, pages: int) -> None:
        """`pages` more pages are coming (a listing was read): `prepare` if they are more than
        `start_after`."""
        if pages > self.start_after:
            self.prepare()

    def _start(self) -> None:
        """Launch the workers from a thread: starting a process from a forkserver still
        loading its modules waits on it, and the crawl must not (pages are made here
        meanwhile)."""
        self._started = True
        self._launcher = threading.Thread(target=self._launch, name="pagework-launch")
        self._launcher.start()

    def _launch(self) -> None:
        try:
            context = worker_context()
            level = logging.getLogger().getEffectiveLevel()
            for _ in range(self.workers):
                worker = start_worker(context, run_worker_loop, level, self.committer.cfg)
                self._launched.append(worker)
        except Exception as exc:  # noqa: BLE001 - reported by the crawl's thread
            self._launch_error = exc

    def _launched_workers(self) -> list[Worker]:
        """The workers, once the launcher is done (raises WorkersLost if it failed)."""
        if not self._pool and self._launcher is not None and not self._launcher.is_alive():
            self._launcher = None
            if self._launch_error is not None:
                raise WorkersLost(f"workers could not start: {self._launch_error}")
            self._pool = self._launched
        return self._pool

    def _free_worker(self) -> Worker | None:
        """The ready worker with the fewest pages in flight, or None (none started or ready
        yet)."""
        if not self._started or not self.workers:
            return None
        try:
            workers = self._launched_workers()
            for worker in workers:
                worker.drain()
        except WorkersLost as exc:
            self._lost_workers(exc)
            return None
        ready = [w for w in workers if w.ready]
        return min(ready, key=lambda w: w.in_flight) if ready else None

    def ready(self, timeout: float | None = None) -> bool:
        """Start the workers now (not after `start_after` pages) and wait up to `timeout`
        seconds for one of them: True once pages go to them, False with no workers."""
        if not self.workers:
            return False
        if not self._started:
            self._start()
        if not self._await_ready(timeout):
            return False
        self._dispatch()
        return True

    def _await_ready(self, timeout: float | None) -> bool:
        """Wait up to `timeout` seconds for the started workers to be launched, then for one
        of them to be ready: True once one is, False if they were lost (every pending page
        is then made here). TimeoutError past `timeout`."""
        assert self._launcher is not None or self._pool
        if self._launcher is not None:
            self._launcher.join(timeout)
            if self._launcher.is_alive():
                raise TimeoutError("extraction workers not started")
        try:
            workers = self._launched_workers()
            while workers and not any(w.ready for w in workers):
                if not workers[0].answers.poll(timeout):
                    raise TimeoutError("extraction workers not ready")
                for worker in workers:
                    worker.drain()
        except WorkersLost as exc:
            self._lost_workers(exc)
            return False
        return bool(workers)

    def _lost_workers(self, exc: BaseException) -> None:
        """The worker processes died or never started (killed, out of memory): say so once
        and make every page here from now on, the pending ones first."""
        logger.warning("extraction workers lost (%s): pages are made in this process", exc)
        self.workers = 0
        self._stop(wait=False)
        pending, self._pending = self._pending, deque()
        self._waiting_bytes = 0
        for item in pending:
            self.committer.commit(item.page, make_article(item.page, self.committer.cfg))

    def _settle(self, *, wait_all: bool) -> None:
        """Commit the pages whose article is made, oldest first; wait for the oldest while
        more than `max_pending` are pending (or for every one with `wait_all`), sending the
        ones behind to the workers as pages come back. The oldest page still waiting for a
        worker to be ready (none is yet) is made here instead, when it must be: once the
        waiting bodies pass `startup_bytes`, or with `wait_all` when the started workers are
        not ready within READY_TIMEOUT."""
        awaited = False
        while self._pending:
            if self._pending[0].worker is None:
                self._dispatch()  # a worker may have become ready, or be done with a page
                if not self._pending:
                    return  # the workers were lost: every pending page was made here
            page, worker = self._pending[0].page, self._pending[0].worker
            if worker is None:  # every earlier page is committed: no worker is ready yet
                if not (wait_all or self._waiting_bytes > self.startup_bytes):
                    return
                if wait_all and self._started and self.workers and not awaited:
                    awaited = True  # once: a launch that fails or hangs is not waited on again
                    try:
                        self._await_ready(READY_TIMEOUT)
                    except TimeoutError:
                        pass  # made here, below
                    else:
                        # ready now, or lost before they were (every pending page was then
                        # made here, and the loop ends)
                        continue
                self._pending.popleft()
                self._waiting_bytes -= len(page.body or b"")
                self.committer.commit(page, make_article(page, self.committer.cfg))
                continue
            must_wait = wait_all or len(self._pending) > self.max_pending
            if not worker.got and not must_wait:
                return
            if not worker.got:
                self._dispatch()  # the other workers take the pages behind meanwhile
            try:
                made, lines = worker.next_answer()
            except WorkersLost as exc:
                self._lost_workers(exc)
                return
            self._pending.popleft()
            worker.out -= 1
            if made is None:
                assert isinstance(lines, BaseException)
                raise lines  # what the worker raised, raised here at its page
            assert isinstance(lines, list)
            for name, level, message in lines:
                logging.getLogger(name).log(level, "%s", message)
            self.committer.commit(page, made)

    def close(self) -> None:
        """Commit every pending page, then stop the workers."""
        started = self._started
        try:
            self._settle(wait_all=True)
        finally:
            self._stop(wait=True)
        if started:
            logger.info(
                "%d of %d page(s) made in %d worker process(es)",
                self.offloaded,
                self._seen,
                self.workers,
            )

    def _stop(self, *, wait: bool) -> None:
        """Stop the workers (the pending pages are left to the caller): closing a worker's
        task pipe ends it."""
        if self._launcher is not None:
            self._launcher.join()
            self._launcher = None
        workers, self._pool, self._launched = self._pool or self._launched, [], []
        stop_workers(workers, wait=wait)
        self._started = False  # a later page starts workers again, unless they were lost

    def __enter__(self) -> PagePipeline:
        return self

    def __exit__(
        self, exc: type[BaseException] | None, val: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            self._pending.clear()  # the run failed: nothing more is committed
            self._waiting_bytes = 0
            self._stop(wait=True)
            return
        self.close()
