"""One extraction worker process and its two pipes, for `pagework.PagePipeline`: pages go
down one, answers come back up the other in the order the pages went (after one first
message: the worker is ready). Starting a worker, reading what it answered, stopping it;
when and to which worker a page goes is the pipeline's business.

On Linux each pipe is widened to hold about a megabyte: a page is then written without
waiting for the worker, and the answers not read yet wait in the pipe instead of blocking it.

Whether an answer waits is asked of a `select.poll` object made once per worker: one system
call. `Connection.poll` builds, fills and closes a selector at each call (about 14 us of the
crawling process's CPU, asked three to four times a page).
"""

from __future__ import annotations

import contextlib
import pickle
import select
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from pipeline.config import PipelineConfig

if TYPE_CHECKING:  # (the crawling process need not load the extractor: pagework)
    from pipeline.pages import Answer

# What a worker process runs (pipeline.pages.worker_loop): (tasks, answers, log level, config)
WorkerLoop = Callable[[Connection, Connection, int, PipelineConfig | None], None]


class WorkersLost(Exception):
    """The worker processes died or could not start (killed, out of memory)."""


@dataclass
class Worker:
    """One worker process: pages go down `tasks`, answers come back on `answers`, in order."""

    process: BaseProcess
    tasks: Connection
    answers: Connection
    ready: bool = False
    out: int = 0  # pages sent and not yet committed
    got: deque[Answer] = field(default_factory=deque)  # answers read, not yet committed
    # Asks whether `answers` can be read (None: where there is no poll, `Connection.poll`).
    _poller: select.poll | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if hasattr(select, "poll"):
            self._poller = select.poll()
            self._poller.register(self.answers.fileno(), select.POLLIN)

    def waiting(self, timeout: float = 0.0) -> bool:
        """`answers.poll(timeout)`: True when an answer (or the pipe's end) can be read within
        `timeout` seconds. Anything the poll returns counts, as for `Connection.poll` (an end,
        an error). OSError once `answers` is closed."""
        if self._poller is None or self.answers.closed:
            return self.answers.poll(timeout)
        return bool(self._poller.poll(timeout * 1000))

    @property
    def in_flight(self) -> int:
        """Pages sent and not answered yet (as far as `drain` has read): how busy it is. Its
        answers waiting behind an older page of another worker do not count."""
        return self.out - len(self.got)

    def drain(self) -> None:
        """Read every answer already waiting (the worker never blocks on a full pipe)."""
        try:
            while self.waiting():
                answer = pickle.loads(self.answers.recv_bytes())
                if not self.ready:
                    self.ready = True  # its first message: the profiles are loaded
                    continue
                self.got.append(answer)
        except (EOFError, OSError) as exc:
            raise WorkersLost(f"worker {self.process.pid} ended") from exc

    def next_answer(self) -> Answer:
        """The answer to this worker's oldest page, waiting for it if need be."""
        while not self.got:
            try:
                if not self.waiting(1.0):
                    if not self.process.is_alive():
                        raise WorkersLost(f"worker {self.process.pid} ended")
                    continue
            except OSError as exc:
                raise WorkersLost(f"worker {self.process.pid} ended") from exc
            self.drain()
        return self.got.popleft()


def _widen(conn: Connection) -> None:
    """Let a pipe hold about a megabyte (Linux; elsewhere its default): the pages sent to a
    busy worker, and the answers not read yet, then wait in the pipe instead of blocking."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        import fcntl

        fcntl.fcntl(conn.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)


def start_worker(
    context: SpawnContext | ForkServerContext,
    loop: WorkerLoop,
    level: int,
    cfg: PipelineConfig | None,
) -> Worker:
    """Start one worker process from `context`, running `loop` with its two pipes, the log
    `level` and `cfg`; this process keeps only its own ends of the pipes."""
    tasks_out, tasks_in = context.Pipe(duplex=False)
    answers_out, answers_in = context.Pipe(duplex=False)
    _widen(tasks_in)
    _widen(answers_in)
    process = context.Process(
        target=loop,
        args=(tasks_out, answers_in, level, cfg),
        name="newsbrief-extract",
        daemon=True,
    )
    process.start()
    tasks_out.close()  # the worker's ends: its own copies are what count now
    answers_in.close()
    return Worker(process, tasks_in, answers_out)


def stop_workers(workers: list[Worker], *, wait: bool) -> None:
    """Stop the worker processes: closing a worker's task pipe ends it; with `wait`, each is
    given 5 seconds to end, and one still alive is killed."""
    for worker in workers:
        worker.tasks.close()
        worker.answers.close()
    for worker in workers:
        if wait:
            worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(1)
