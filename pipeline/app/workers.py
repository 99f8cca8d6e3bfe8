"""Crawls shared through a Redis frontier: the `--frontier` option of `crawl` and `run`, and
the `worker` command, which takes requests from the frontier and stores each page as it
arrives (the same PageStorer as a story run) until the frontier is drained.

See spiders.frontier for what the frontier holds and how a killed worker's requests come back.
"""

from __future__ import annotations

import argparse
import logging
import math

from pipeline.app.say import say
from pipeline.app.steps import PageStorer
from pipeline.app.stream import DEFAULT_IDLE, frontier_options
from pipeline.config import load_pipeline_config
from pipeline.errors import ExitCode, InputError
from pipeline.storage.backends import open_store, resolve_db
from spiders.frontier import check_frontier

logger = logging.getLogger(__name__)

# frontier_options and DEFAULT_IDLE live in pipeline.app.stream (a crawl needs them without
# the brief that PageStorer's module imports); named here too, where they were.
__all__ = ["DEFAULT_IDLE", "frontier_options", "run_worker"]


def run_worker(args: argparse.Namespace) -> int:
    """`newsbrief worker`: crawl from the frontier, storing each page, until it is drained
    (for `--idle` seconds) or forever (`--forever`)."""
    from spiders.run import crawl, known_from_store  # heavy (Scrapy): only where we crawl

    cfg = load_pipeline_config(getattr(args, "config", None))
    idle = math.inf if args.forever else args.idle
    if not idle >= 0:
        raise InputError(f"--idle {args.idle}", "must be a number of seconds, 0 or more")
    frontier = frontier_options(args, cfg, seed=False, idle=idle)
    if frontier is None:
        raise InputError("--frontier", "a worker needs a frontier: --frontier redis://HOST/N")
    check_frontier(frontier.url)  # before the store is opened: a bad URL changes nothing
    frontier = frontier.with_worker()
    with open_store(resolve_db(args.db)) as store:
        storer = PageStorer(store, cfg)
        logger.info("worker %s on %s", frontier.worker, frontier.url)
        result = crawl(
            archive=args.archive,
            crawl_cfg=cfg.crawl,
            allow_loopback=cfg.crawl.allow_loopback,
            known=known_from_store(store),
            on_page=storer,
            frontier=frontier,
        )
    counts = storer.outcome.counts
    for url, reason in result.blocked:
        say(f"blocked: {url}: {reason}", logging.WARNING)
    for url, message in result.errors:
        say(f"error: {url}: {message}", logging.ERROR)
    say(
        f"worker {frontier.worker}: {counts['fetched']} page(s) fetched, "
        f"{counts['new'] + counts['updated'] + counts['unchanged']} stored, "
        f"{counts['rejected']} rejected, {len(result.errors)} error(s)"
    )
    return ExitCode.PARTIAL if storer.outcome.rejects or result.errors else ExitCode.OK
