"""Where the extraction workers come from: how many (`worker_count`), how they are started
(`worker_context`: forked from a forkserver that has loaded what they need once), and
`warm_up`, which starts that forkserver before the crawl is even imported, and the workers'
entry (`run_worker_loop`).

Kept apart from pipeline.app.pagework: the CLI reads this module first, so that for a crawl
known to be long the forkserver loads what making an article needs (the extractor, lxml,
numpy: about half a second) on another core while this process loads Scrapy and the crawl,
instead of after. The crawling process itself loads the extractor only if it makes a page.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import os
import sys
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

__all__ = [
    "AUTO",
    "BOOT_MODULE",
    "MAX_AUTO",
    "main_imports",
    "run_worker_loop",
    "warm_up",
    "worker_context",
    "worker_count",
]

logger = logging.getLogger(__name__)

AUTO = -1  # extract_workers: one per CPU this process may use (at most MAX_AUTO; 0 on one)
MAX_AUTO = 4

BOOT_MODULE = "pipeline.workerboot"


def worker_context() -> SpawnContext | ForkServerContext:
    """How workers are started: forked from a forkserver that has imported pipeline.workerboot
    (the worker's modules and the language profiles, loaded once: a worker then starts in
    milliseconds and shares them) and what this process's main module imports (see
    `main_imports`), else spawned, each loading them itself. Never a fork of this process:
    it runs the crawl's reactor and its threads."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # read when the server first starts
    context.set_forkserver_preload([BOOT_MODULE, *main_imports()])
    return context


def main_imports() -> list[str]:
    """The modules to load in the forkserver for this process's main module, which
    multiprocessing runs again in every worker it starts: the module itself when it runs
    with ``-m`` (``python -m pipeline.app.cli``), else the modules a script took its
    functions and classes from (the ``newsbrief`` entry point's ``from pipeline.app.cli
    import main``). Their imports are then loaded once, in the server, instead of in each
    worker (0.11 s of CPU a worker for pipeline.app.cli). A package's ``__main__``, or an
    interactive session, is not run again: nothing to load for it."""
    main = sys.modules.get("__main__")
    name = getattr(getattr(main, "__spec__", None), "name", None)
    if name:
        return [] if name == "__main__" or name.endswith(".__main__") else [name]
    if main is None or getattr(main, "__file__", None) is None:
        return []  # an interactive session: no file to run again
    found = (getattr(value, "__module__", None) for value in vars(main).values())
    names = {m for m in found if isinstance(m, str)}
    # only what this process imported already (a module that fails to import in the server,
    # other than with ImportError, would end it)
    return sorted(m for m in names if m in sys.modules and m not in ("__main__", "builtins"))


def run_worker_loop(
    tasks: Connection, answers: Connection, level: int, cfg: PipelineConfig | None
) -> None:
    """A worker's entry (`pipeline.pages.worker_loop`), named here so that the crawling
    process, which pickles it by name to start a worker, need not import the extractor:
    the worker imports it (its forkserver has, from `BOOT_MODULE`)."""
    from pipeline.pages import worker_loop

    worker_loop(tasks, answers, level, cfg)


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


def warm_up(workers: int) -> None:
    """Start the forkserver now, loading `BOOT_MODULE` and `main_imports` in the background,
    when `workers` (an ``extract_workers`` setting) means worker processes: the pages'
    workers, started later by pipeline.app.pagework, then fork from a server that is ready.
    Nothing waits on it; a server that cannot start is started again (or spawning used) when
    the workers are, as without this call."""
    if not worker_count(workers):
        return
    context = worker_context()
    if isinstance(context, ForkServerContext):
        try:
            multiprocessing.forkserver.ensure_running()
        except (OSError, ValueError) as exc:  # no server: the workers' start tries again
            logger.debug("forkserver not started ahead: %s", exc)
