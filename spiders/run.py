"""Run a crawl in-process: `crawl(..., on_page=handler) -> CrawlResult`.

Pages are streamed: the item pipeline hands each RawPage to `on_page` as it arrives and keeps
nothing, so memory does not grow with the crawl. Without a handler, the pages are collected
into `CrawlResult.pages` (small crawls, tests).

Scrapy runs on a Twisted reactor that starts once per process and cannot be restarted. The
first `crawl()` of a process runs here (AsyncCrawlerProcess); any later call runs in a child
process (`python -m spiders.run --request - --jsonl`) that writes one JSON line per page as it
arrives, then one line with the rest of the result; the parent hands each page to `on_page`
as its line is read, so callers may crawl several times and still stream. The JSON entry
point (`crawl_request`, one document) is also what the integration tests use.

This module is the public face and the entry points: `crawl` (and the once-per-process
reactor flag it reads), the JSON request entry points and `python -m spiders.run`. The work
is in its siblings: `crawl_process` (the crawl in this process), `crawl_subprocess` (a later
crawl in a child process) and `crawl_result` (CrawlResult, JSON in and out, `known`).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from pipeline.config import CrawlConfig, StoryConfig
from pipeline.errors import ConfigError, ExitCode, PipelineError
from pipeline.records import RawPage
from pipeline.storage.archive import load_replay
from spiders.context import MAX_LIST_PAGES, PageHandler
from spiders.crawl_process import _crawl_here, _CrawlRun, plan_crawl, spider_for_url
from spiders.crawl_result import (
    CrawlResult,
    Known,
    _config_from,
    _jsonable,
    _jsonable_dict,
    known_from_result,
    known_from_store,
    page_from_json,
    page_to_json,
    result_from_json,
    result_to_json,
)
from spiders.crawl_subprocess import _crawl_in_child, read_stream
from spiders.frontier import FrontierOptions, check_frontier

logger = logging.getLogger(__name__)

__all__ = [
    "CrawlResult",
    "Known",
    "crawl",
    "crawl_request",
    "known_from_result",
    "known_from_store",
    "main",
    "page_from_json",
    "page_to_json",
    "plan_crawl",
    "read_stream",
    "result_from_json",
    "result_to_json",
    "spider_for_url",
]

_reactor_used = False


def crawl(
    *,
    story: StoryConfig | None = None,
    urls: Sequence[str] = (),
    replay: str | Path | None = None,
    archive: str | Path | None = None,
    crawl_cfg: CrawlConfig | None = None,
    allow_loopback: bool = False,
    known: Known | None = None,
    story_filter: bool = True,
    max_list_pages: int = MAX_LIST_PAGES,
    on_page: PageHandler | None = None,
    on_listing: Callable[[int], None] | None = None,
    frontier: FrontierOptions | None = None,
) -> CrawlResult:
    """Crawl a story's entry points and/or URLs (live, or replayed from a WARC or page dir).

    With a story (and `story_filter`), a listed article (feed, JSON API, sitemap or list
    page item) is fetched only when its own text mentions the story's keywords and its date
    falls in the story's window (spiders.story_filter); URLs given as seeds are never
    filtered. `max_list_pages` caps the listing fetches per entry point (next pages, child
    sitemaps); story.max_pages and crawl_cfg.max_pages cap the article pages of the crawl.

    `known` makes the crawl incremental (see spiders.incremental): entry points are fetched
    conditionally when validators are known; a known, stored article (an entry point too) is
    fetched conditionally (with validators) or skipped (without); a 304 lands in
    `not_modified`, not in `pages`.

    `on_page` is called with each page as it arrives (in the reactor thread, so it should not
    take long); what it raises stops the crawl and is raised here once the crawl has ended.
    Without it, the pages are collected into `CrawlResult.pages`. `on_listing` is called
    (in that thread too) with the number of items of each listing read (a feed, sitemap or
    list page): a handler may get ready for many pages. A crawl run in a child process (see
    `_crawl_in_child`) does not call it.

    `frontier` puts the request queue and the duplicate filter in Redis (spiders.frontier):
    this process then shares the crawl with every worker of that frontier. A seeding crawl
    (`frontier.seed`) queues its entry points and records its discovery options there; a
    worker (no story, no URLs) runs every site's spider on the queued requests until the
    frontier is drained. `archive` then names one WARC per worker (spiders.frontier.
    worker_archive), so workers never write to one file.
    """
    global _reactor_used
    cfg = crawl_cfg or CrawlConfig()
    if replay is not None:
        load_replay(replay)  # fail early, in this process, on a bad replay source
    options = {"story_filter": story_filter, "max_list_pages": max_list_pages}
    if frontier is not None:
        frontier = frontier.with_worker()
        check_frontier(frontier.url)  # fail early, in this process, on a bad or absent Redis
    collected: list[RawPage] = []
    handler = on_page if on_page is not None else collected.append
    if _reactor_used:
        request = _request_json(story, urls, replay, archive, cfg, allow_loopback)
        request.update(options, known=_jsonable(dict(known or {})))
        request["frontier"] = dataclasses.asdict(frontier) if frontier is not None else None
        result = _crawl_in_child(request, handler)
    else:
        _reactor_used = True
        run = _CrawlRun(story, urls, replay, archive, cfg, allow_loopback, known, options, frontier)
        result = _crawl_here(run, handler, on_listing)
    result.pages = collected
    return result


# --- JSON in and out: the child-process entry point -------------------------------------


def _request_json(
    story: StoryConfig | None,
    urls: Sequence[str],
    replay: str | Path | None,
    archive: str | Path | None,
    cfg: CrawlConfig,
    allow_loopback: bool,
) -> dict[str, Any]:
    return _jsonable_dict(
        {
            "story": dataclasses.asdict(story) if story is not None else None,
            "urls": list(urls),
            "replay": str(replay) if replay is not None else None,
            "archive": str(archive) if archive is not None else None,
            "crawl_cfg": dataclasses.asdict(cfg),
            "allow_loopback": allow_loopback,
        }
    )


def _crawl_from_request(request: dict[str, Any], on_page: PageHandler | None) -> CrawlResult:
    return crawl(
        story=_config_from(StoryConfig, request.get("story"), "request: story"),
        urls=tuple(request.get("urls") or ()),
        replay=request.get("replay"),
        archive=request.get("archive"),
        crawl_cfg=_config_from(CrawlConfig, request.get("crawl_cfg"), "request: crawl_cfg"),
        allow_loopback=bool(request.get("allow_loopback")),
        known=request.get("known") or None,
        story_filter=bool(request.get("story_filter", True)),
        max_list_pages=int(request.get("max_list_pages") or MAX_LIST_PAGES),
        on_page=on_page,
        frontier=FrontierOptions(**request["frontier"]) if request.get("frontier") else None,
    )


def crawl_request(request: dict[str, Any]) -> dict[str, Any]:
    """Run `crawl` from a JSON-able request and return a JSON-able result (bodies base64)."""
    return result_to_json(_crawl_from_request(request, None))


def stream_request(request: dict[str, Any], out: TextIO) -> None:
    """Run `crawl` from a JSON-able request, writing one JSON line per page to `out` as it
    arrives ({"page": ...}), then one line with the rest of the result ({"result": ...})."""

    def emit(page: RawPage) -> None:
        out.write(json.dumps({"page": page_to_json(page)}, ensure_ascii=False) + "\n")
        out.flush()

    result = _crawl_from_request(request, emit)
    out.write(json.dumps({"result": result_to_json(result)}, ensure_ascii=False) + "\n")
    out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m spiders.run`: crawl URLs (or a JSON request) and print the result as JSON."""
    parser = argparse.ArgumentParser(prog="python -m spiders.run", description=main.__doc__)
    parser.add_argument("urls", nargs="*", help="URLs to crawl (site spider by domain)")
    parser.add_argument(
        "--request", help="a JSON request file, or - for stdin (overrides the rest)"
    )
    parser.add_argument("--replay", help="a WARC file or a page directory with manifest.json")
    parser.add_argument("--archive", help="write every response to this WARC (.warc.gz)")
    parser.add_argument("--allow-loopback", action="store_true", help="allow 127.0.0.1 (tests)")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="stream: one JSON line per page as it arrives, then one line with the result",
    )
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, stream=sys.stderr)
    if args.request:
        text = sys.stdin.read() if args.request == "-" else Path(args.request).read_text("utf-8")
        request = json.loads(text)
    else:
        request = {
            "urls": args.urls,
            "replay": args.replay,
            "archive": args.archive,
            "allow_loopback": args.allow_loopback,
        }
    try:
        if args.jsonl:
            stream_request(request, _private_stdout())
            return 0
        out = crawl_request(request)
    except (ConfigError, PipelineError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    json.dump(out, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return ExitCode.OK


def _private_stdout() -> TextIO:
    """The real stdout for the stream alone: fd 1 is pointed at stderr, so that nothing else
    printed during the crawl can break a line of the stream."""
    sys.stdout.flush()
    private = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    return private


if __name__ == "__main__":
    raise SystemExit(main())
