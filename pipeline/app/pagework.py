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
- at most ``max_pending`` pages wait on the workers: past that the handler waits for the
  oldest, which holds the reactor and so the downloads (back-pressure, bounded memory);
- the first ``start_after`` pages are made here, in this process; the workers are started
  then, and pages keep being made here until they are ready (the workers are forked from a
  forkserver that has imported pipeline.workerboot: the modules making an article needs and
  the language profiles, about a second of loading done once for all workers and shared by
  them; where there is no forkserver each spawned worker loads them itself): a crawl of a
  few URLs never starts a worker, and none ever waits on one;
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
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from multiprocessing.context import BaseContext, ForkServerContext
from types import TracebackType
from typing import Protocol

from pipeline.config import PipelineConfig
from pipeline.pages import LogLine, Made, make_article, worker_init, worker_make, worker_ready
from pipeline.records import RawPage

__all__ = ["AUTO", "PageCommitter", "PagePipeline", "worker_count"]

logger = logging.getLogger(__name__)

AUTO = -1  # extract_workers: one per CPU this process may use (at most MAX_AUTO; 0 on one)
MAX_AUTO = 4
START_AFTER = 8  # pages made in this process before the workers take over
BOOT_MODULE = "pipeline.workerboot"
MAX_PENDING = 16  # pages submitted and not yet committed (about 1.5 MB of 90 KB bodies)


class PageCommitter(Protocol):
    """A page handler in two steps: `make` (pure, may run in a worker process) and `commit`
    (stores and counts; always in the process that owns the store)."""

    @property
    def cfg(self) -> PipelineConfig | None: ...

    def commit(self, page: RawPage, made: Made) -> None: ...


def worker_context() -> BaseContext:
    """How workers are started: forked from a forkserver that has imported pipeline.workerboot
    (the worker's modules and the language profiles, loaded once: a worker then starts in
    milliseconds and shares them), else spawned, each loading them itself. Never a fork of
    this process: it runs the crawl's reactor and its threads."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([BOOT_MODULE])  # read when the server first starts
    return context


def worker_count(setting: int = AUTO) -> int:
    """Worker processes for `extract_workers` (AUTO: one per usable CPU, at most MAX_AUTO,
    none on a single CPU, where a worker only adds its start and its pickles)."""
    if setting != AUTO:
        return max(0, setting)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return min(MAX_AUTO, cpus) if cpus > 1 else 0


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
    ) -> None:
        self.committer = committer
        self.workers = worker_count(workers)
        self.start_after = start_after
        self.max_pending = max(1, max_pending)
        self.offloaded = 0  # pages made by a worker
        self._seen = 0
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future[bool] | None = None
        self._pending: deque[tuple[RawPage, Future[tuple[Made, list[LogLine]]]]] = deque()

    def __call__(self, page: RawPage) -> None:
        self._seen += 1
        if self._pool is None and self.workers and self._seen > self.start_after:
            self._start()
        if not self._offloading():
            self._settle(wait_all=True)  # keep arrival order: earlier pages first
            self.committer.commit(page, make_article(page, self.committer.cfg))
            return
        assert self._pool is not None
        try:
            future = self._pool.submit(worker_make, page, self.committer.cfg)
        except BrokenProcessPool as exc:
            self._lost_workers(exc)
            self(page)
            return
        self.offloaded += 1
        # The page is kept until it is committed: if its worker dies, it is made here.
        self._pending.append((page, future))
        self._settle(wait_all=False)

    def prepare(self) -> None:
        """Start loading what the workers need now, without starting any, for a crawl that will
        make more than `start_after` pages: the forkserver imports the modules and the language
        profiles (about a second) on another core while the crawl starts, so that the workers,
        forked from it at page `start_after`, are ready at once. Nothing waits on it."""
        if self.workers and self._pool is None:
            context = worker_context()
            if isinstance(context, ForkServerContext):
                forkserver.ensure_running()

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(
            self.workers,
            mp_context=worker_context(),
            initializer=worker_init,
            initargs=(logging.getLogger().getEffectiveLevel(),),
        )
        self._ready = self._pool.submit(worker_ready)

    def ready(self, timeout: float | None = None) -> bool:
        """Start the workers now (not after `start_after` pages) and wait up to `timeout`
        seconds for them: True once pages go to them, False with no workers."""
        if not self.workers:
            return False
        if self._pool is None:
            self._start()
        assert self._ready is not None
        return bool(self._ready.result(timeout))

    def _offloading(self) -> bool:
        if self._ready is None or not self._ready.done():
            return False
        try:
            return self._ready.result()
        except BrokenProcessPool as exc:  # the workers could not start
            self._lost_workers(exc)
            return False

    def _lost_workers(self, exc: BaseException) -> None:
        """The worker processes died or never started (killed, out of memory): say so once
        and make every page here from now on, the pending ones first."""
        logger.warning("extraction workers lost (%s): pages are made in this process", exc)
        self.workers = 0
        self._ready = None
        self._stop(wait=False)
        pending, self._pending = self._pending, deque()
        for page, _ in pending:
            self.committer.commit(page, make_article(page, self.committer.cfg))

    def _settle(self, *, wait_all: bool) -> None:
        """Commit the pages whose article is made, oldest first; wait for the oldest while
        more than `max_pending` are out (or for every one with `wait_all`)."""
        while self._pending:
            page, future = self._pending[0]
            must_wait = wait_all or len(self._pending) > self.max_pending
            if not future.done() and not must_wait:
                return
            try:
                made, lines = future.result()  # a worker's exception is raised here
            except BrokenProcessPool as exc:
                self._lost_workers(exc)
                return
            self._pending.popleft()
            for name, level, message in lines:
                logging.getLogger(name).log(level, "%s", message)
            self.committer.commit(page, made)

    def close(self) -> None:
        """Commit every pending page, then stop the workers."""
        if self._pool is not None:
            logger.info(
                "%d of %d page(s) made in %d worker process(es)",
                self.offloaded,
                self._seen,
                self.workers,
            )
        try:
            self._settle(wait_all=True)
        finally:
            self._stop(wait=True)

    def _stop(self, *, wait: bool) -> None:
        """Stop the workers (the pending pages are left to the caller)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)

    def __enter__(self) -> PagePipeline:
        return self

    def __exit__(
        self, exc: type[BaseException] | None, val: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            self._pending.clear()  # the run failed: nothing more is committed
            self._stop(wait=True)
            return
        self.close()
