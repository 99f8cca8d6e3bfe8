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
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import dataclasses
import json
import logging
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from scrapy import signals
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

from pipeline.config import CrawlConfig, StoryConfig, build
from pipeline.errors import ConfigError, ExitCode, PipelineError, describe_exception
from pipeline.records import SPIDER_ERROR, RawPage, Reject, RejectReason
from pipeline.sites import SITES, site_for_url
from pipeline.storage.archive import ArchiveReport, ArchiveWriter, load_replay
from spiders.base import site_spider
from spiders.context import MAX_LIST_PAGES, CrawlContext, PageBudget, PageHandler
from spiders.frontier import (
    FrontierOptions,
    check_frontier,
    frontier_settings,
    read_context,
    worker_archive,
    write_context,
)
from spiders.generic import GenericSpider
from spiders.incremental import KnownIndex, known_from_pages
from spiders.middlewares import replay_key
from spiders.settings import build_settings, replay_overrides
from spiders.story_filter import StoryFilter

if TYPE_CHECKING:
    from pipeline.storage.sqlstore import ArticleStore as Store

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
    "result_from_json",
    "result_to_json",
    "spider_for_url",
]

# url -> {"etag": str | None, "last_modified": str | None, "stored": bool} (spiders.incremental)
Known = Mapping[str, Mapping[str, Any]]

_reactor_used = False


@dataclass
class CrawlResult:
    """The outcome of one crawl: pages fetched, block pages, failures, and Scrapy's stats.

    `pages` holds the pages only when the crawl had no page handler (else it stays empty and
    `fetched` says how many pages the handler was given).

    Incremental outcomes (URLs as requested): `not_modified` answered 304 to a conditional GET
    (feeds or articles: the stored copy stands), of which `listings_not_modified` are entry
    points that are no stored article (feeds, APIs, sitemaps, list pages: not discovered);
    `skipped` articles known and stored without validators (entry points too), not fetched.
    `feeds` holds each feed fetched in full: {"url", "final_url", "status", "links", "etag",
    "last_modified"}, for the caller to record its validators.
    `filtered` holds the listed articles the story filter left out (not fetched).

    Every discovered URL ends in exactly one of: a page handed on (`fetched`), `empty` (a
    response without a body), `not_modified`, `skipped`, `errors`, `blocked`, `disallowed`,
    or `not_fetched` (claimed but never answered: the site's crawl stopped after a block
    page, or the request was dropped, as a redirect to itself is), with the reason. An entry
    point is discovered only once it answers with a page (or, one stored as an article, once
    skipped or answered 304): `entry_points_failed` says how many
    of `errors`, `blocked` and `disallowed` are entry points that never did.
    """

    pages: list[RawPage] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, message)
    discovered: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    not_modified: list[str] = field(default_factory=list)
    listings_not_modified: list[str] = field(default_factory=list)  # of not_modified
    skipped: list[str] = field(default_factory=list)
    feeds: list[dict[str, Any]] = field(default_factory=list)
    filtered: list[str] = field(default_factory=list)
    fetched: int = 0
    over_budget: list[str] = field(default_factory=list)  # listed, past max_pages: not fetched
    disallowed: list[str] = field(default_factory=list)  # forbidden by robots.txt
    empty: list[tuple[str, str]] = field(default_factory=list)  # (url, detail): 204, empty 200
    not_fetched: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    entry_points_failed: int = 0  # of errors/blocked/disallowed: entry points, not discovered
    # The replayed WARC's problems, as rejects.jsonl records: bad records, truncation.
    archive_problems: list[Reject] = field(default_factory=list)


def spider_for_url(url: str) -> str:
    """The spider name for a URL: its site's (the registry's name), else "generic"."""
    spec = site_for_url(url)
    return spec.name if spec is not None else "generic"


def plan_crawl(story: StoryConfig | None, urls: Sequence[str]) -> dict[str, list[str]]:
    """Entry points per spider name: a story's sites and their entry points (else the site's
    own feeds, from its SiteSpec), plus URLs by domain."""
    plan: dict[str, list[str]] = {}
    if story is not None:
        for site in story.sites:
            spec = SITES.get(site)
            name = site if spec is not None else "generic"
            entries = story.entry_points.get(site) or (spec.crawl.feeds if spec else ())
            plan.setdefault(name, []).extend(entries)
    for url in urls:
        plan.setdefault(spider_for_url(url), []).append(url)
    return {name: list(dict.fromkeys(entries)) for name, entries in plan.items() if entries}


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


@dataclass(frozen=True)
class _CrawlRun:
    """The inputs of one in-process crawl."""

    story: StoryConfig | None
    urls: Sequence[str]
    replay: str | Path | None
    archive: str | Path | None
    cfg: CrawlConfig
    allow_loopback: bool
    known: Known | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    frontier: FrontierOptions | None = None


def _crawl_here(
    run: _CrawlRun, on_page: PageHandler, on_listing: Callable[[int], None] | None = None
) -> CrawlResult:
    run, plan = _join_frontier(run)
    cfg, story, replay = run.cfg, run.story, run.replay
    limit = min(cfg.max_pages, story.max_pages) if story is not None else cfg.max_pages
    index = None
    report = ArchiveReport(str(replay))
    if replay is not None:
        index = {replay_key(url): entry for url, entry in load_replay(replay, report).items()}
    writer = ArchiveWriter(run.archive) if run.archive is not None else None
    context = CrawlContext(
        budget=PageBudget(limit),
        replay=index,
        archive=writer,
        allow_loopback=run.allow_loopback,
        known=KnownIndex(run.known),
        on_page=on_page,
        **_discovery_options(story, run.options),
    )
    if on_listing is not None:
        context.on_listing = on_listing
    settings = Settings(
        build_settings(cfg, replay=replay, archive=run.archive, allow_loopback=run.allow_loopback)
    )
    if replay is not None:
        settings.setdict(replay_overrides(), priority="cmdline")
    if run.frontier is not None:
        settings.setdict(frontier_settings(run.frontier), priority="cmdline")
    chosen = logging.getLogger("scrapy").level  # the caller's (the CLI: WARNING unless -v)
    process = AsyncCrawlerProcess(settings)
    # A failing page handler stops every spider of the crawl (the failure is raised below).
    context.stop = lambda: _stop_soon(process)
    # Scrapy sets its loggers to DEBUG: put back the caller's choice, else WARNING (Scrapy's
    # INFO lines, versions, settings, middleware lists and the stats dump, are for -v).
    logging.getLogger("scrapy").setLevel(chosen or logging.WARNING)
    crawlers = []
    for name, entries in plan.items():
        crawler = process.create_crawler(_spider_class(name))
        crawler.signals.connect(_on_dropped(context), signal=signals.request_dropped, weak=False)
        crawler.signals.connect(_on_spider_error(context), signal=signals.spider_error, weak=False)
        process.crawl(crawler, context=context, entry_points=entries)
        crawlers.append(crawler)
    try:
        if crawlers:
            process.start(install_signal_handlers=False)
    finally:
        if writer is not None:
            writer.close()
    if context.failure is not None:
        raise context.failure
    # A frontier's requests may be answered by another worker: none is "not fetched" here.
    result = _result(context, crawlers, leftovers=run.frontier is None)
    result.archive_problems = report.rejects()
    return result


def _join_frontier(run: _CrawlRun) -> tuple[_CrawlRun, dict[str, list[str]]]:
    """The run as this process runs it, and its plan (entry points per spider).

    Without a frontier: unchanged. A seeding crawl records its discovery options in the
    frontier; a worker takes them from there and runs every spider, with no entry points (its
    requests come from the queue). Either way the archive is this worker's own file.
    """
    frontier = run.frontier
    if frontier is None:
        return run, plan_crawl(run.story, run.urls)
    archive = worker_archive(run.archive, frontier.worker) if run.archive is not None else None
    if frontier.seed:
        story = dataclasses.asdict(run.story) if run.story is not None else None
        write_context(frontier.url, _jsonable_dict({**run.options, "story": story}))
        return dataclasses.replace(run, archive=archive), plan_crawl(run.story, run.urls)
    shared = read_context(frontier.url)
    story_cfg = _config_from(StoryConfig, shared.pop("story", None), "frontier: story")
    options = {**run.options, **shared}
    every_spider: dict[str, list[str]] = {name: [] for name in (*SITES, "generic")}
    return dataclasses.replace(run, archive=archive, story=story_cfg, options=options), every_spider


def _on_spider_error(context: CrawlContext) -> Any:
    """A handler of Scrapy's spider_error (a spider's callback raised on a response: a bug met
    on that listing or page). Scrapy logs it and goes on; here it is also counted as an error
    of the URL asked for (run.json, rejects.jsonl, exit 3), so that a listing lost this way
    is not a silent crawl of nothing that exits 0."""

    def failed(failure: Any, response: Any, spider: Any = None) -> None:
        request = getattr(response, "request", None)
        chain = request.meta.get("redirect_urls") if request is not None else None
        url = chain[0] if chain else response.url
        exc = failure.value
        context.errors.append((url, f"{SPIDER_ERROR}: {describe_exception(exc)}"))

    return failed


def _on_dropped(context: CrawlContext) -> Any:
    """A handler of Scrapy's request_dropped (the scheduler refused a request: a duplicate)
    noting why the URL first asked for got no response (for `_accounting`)."""

    def dropped(request: Any, spider: Any = None) -> None:
        chain = request.meta.get("redirect_urls") or []
        if chain and request.url in chain:
            why = f"no response: the request was dropped (a redirect to itself: {request.url})"
        elif chain:
            why = f"no response: the request was dropped (redirected to {request.url}: seen)"
        else:
            why = "no response: the request was dropped (a duplicate)"
        context.dropped[chain[0] if chain else request.url] = why

    return dropped


def _stop_soon(process: AsyncCrawlerProcess) -> None:
    """Ask every crawler of `process` to stop (from inside the reactor, without waiting)."""
    asyncio.ensure_future(process.stop())


def _discovery_options(story: StoryConfig | None, options: Mapping[str, Any]) -> dict[str, Any]:
    """The CrawlContext fields of discovery: the story filter (when asked), the list limit."""
    use_filter = story is not None and options.get("story_filter", True)
    limit = int(options.get("max_list_pages") or MAX_LIST_PAGES)
    if limit < 1:
        raise ConfigError("crawl", f"max_list_pages must be at least 1, got {limit}")
    return {
        "story_filter": StoryFilter.from_story(story) if use_filter and story else None,
        "max_list_pages": limit,
    }


def _result(context: Any, crawlers: Sequence[Any], *, leftovers: bool = True) -> CrawlResult:
    stats = {
        c.spider.name: _jsonable(c.stats.get_stats()) for c in crawlers if c.stats and c.spider
    }
    stats["discovered_urls"] = list(context.discovered)
    not_fetched, entry_failed = _accounting(context)
    return CrawlResult(
        blocked=context.blocked,
        errors=context.errors,
        discovered=len(context.discovered),
        stats=stats,
        not_modified=context.not_modified,
        listings_not_modified=context.listings_not_modified,
        skipped=context.skipped,
        feeds=context.feeds,
        filtered=_left_out(context),
        fetched=context.pages_handled,
        over_budget=list(context.over_budget),
        disallowed=list(context.disallowed),
        empty=list(context.empty),
        not_fetched=not_fetched if leftovers else [],
        entry_points_failed=entry_failed,
    )


def _accounting(context: Any) -> tuple[list[tuple[str, str]], int]:
    """The discovered URLs that reached no outcome, each with why (the spider that claimed
    it stopped after a block page, its queued requests dropped; else the request was
    dropped on the way: a redirect to itself, or to a URL already requested), and how many
    failures (errors, block pages, robots.txt) were of URLs never discovered: entry points."""
    failed = Counter(
        [
            *(url for url, _ in context.errors),
            *context.blocked_requested,
            *context.disallowed,
        ]
    )
    settled = failed + Counter(
        [
            *context.handled,
            *(url for url, _ in context.empty),
            *context.not_modified,
            *context.skipped,
        ]
    )
    left: list[tuple[str, str]] = []
    for url in context.discovered:
        if settled[url] > 0:
            settled[url] -= 1
            if failed[url] > 0:
                failed[url] -= 1
            continue
        spider = context.claimed_by.get(url, "?")
        if url in context.dropped:
            why = context.dropped[url]
        elif spider in context.stopped:
            block = context.stopped[spider]
            why = f"not requested: the {spider} crawl stopped after a block page ({block})"
        elif context.failure is not None:
            why = "not requested: the crawl stopped after a page handler failed"
        else:
            why = "no response: the request was dropped (redirected to a URL already requested)"
        left.append((url, why))
    return left, sum(failed.values())


def _left_out(context: Any) -> list[str]:
    """Filtered URLs, once each, but for those another listing's item had fetched."""
    fetched = set(context.discovered)
    return [url for url in dict.fromkeys(context.filtered) if url not in fetched]


def _spider_class(name: str) -> type:
    """The registry's spider for a site: its own class where discovery needs code (the spec
    names it), else the base spider reading the spec; GenericSpider for any other name."""
    spec = SITES.get(name)
    if spec is None:
        return GenericSpider
    return load_object(spec.crawl.spider) if spec.crawl.spider else site_spider(spec)


def _jsonable_dict(value: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(k): _jsonable(v) for k, v in value.items()}


def _jsonable(value: object) -> Any:
    if isinstance(value, dict):
        return _jsonable_dict(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


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


def _config_from(cls: type, data: dict[str, Any] | None, where: str) -> Any:
    if data is None:
        return None
    return build(cls, {k: v for k, v in data.items() if v is not None}, where)


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


def page_to_json(page: RawPage) -> dict[str, Any]:
    """A RawPage as JSON-able data (the body base64-encoded)."""
    return {
        "url": page.url,
        "final_url": page.final_url,
        "status": page.status,
        "headers": dict(page.headers),
        "body_b64": base64.b64encode(page.body).decode("ascii"),
        "fetched_at": page.fetched_at.isoformat() if page.fetched_at else None,
        "site": page.site,
        "block_checked": page.block_checked,
    }


def page_from_json(data: Mapping[str, Any]) -> RawPage:
    """The inverse of `page_to_json`."""
    return RawPage(
        url=data["url"],
        body=base64.b64decode(data["body_b64"]),
        status=data["status"],
        headers=data["headers"],
        final_url=data["final_url"],
        fetched_at=datetime.fromisoformat(data["fetched_at"]) if data["fetched_at"] else None,
        site=data["site"],
        block_checked=bool(data.get("block_checked", False)),
    )


def result_to_json(result: CrawlResult) -> dict[str, Any]:
    """A CrawlResult as JSON-able data (page bodies base64-encoded)."""
    return {
        "pages": [page_to_json(p) for p in result.pages],
        "blocked": [list(b) for b in result.blocked],
        "errors": [list(e) for e in result.errors],
        "discovered": result.discovered,
        "stats": _jsonable(result.stats),
        "not_modified": list(result.not_modified),
        "listings_not_modified": list(result.listings_not_modified),
        "skipped": list(result.skipped),
        "feeds": _jsonable(result.feeds),
        "filtered": list(result.filtered),
        "fetched": result.fetched,
        "over_budget": list(result.over_budget),
        "disallowed": list(result.disallowed),
        "empty": [list(e) for e in result.empty],
        "not_fetched": [list(n) for n in result.not_fetched],
        "entry_points_failed": result.entry_points_failed,
        "archive_problems": [r.to_dict() for r in result.archive_problems],
    }


def result_from_json(data: dict[str, Any]) -> CrawlResult:
    """The inverse of `result_to_json`."""
    pages = [page_from_json(p) for p in data["pages"]]
    return CrawlResult(
        pages=pages,
        blocked=[(u, r) for u, r in data["blocked"]],
        errors=[(u, m) for u, m in data["errors"]],
        discovered=int(data["discovered"]),
        stats=data["stats"],
        not_modified=list(data.get("not_modified", [])),
        listings_not_modified=list(data.get("listings_not_modified", [])),
        skipped=list(data.get("skipped", [])),
        feeds=list(data.get("feeds", [])),
        filtered=list(data.get("filtered", [])),
        fetched=int(data.get("fetched", len(pages))),
        over_budget=list(data.get("over_budget", [])),
        disallowed=list(data.get("disallowed", [])),
        empty=[(u, d) for u, d in data.get("empty", [])],
        not_fetched=[(u, r) for u, r in data.get("not_fetched", [])],
        entry_points_failed=int(data.get("entry_points_failed", 0)),
        archive_problems=[
            Reject(r["url"], RejectReason(r["reason"]), r["detail"])
            for r in data.get("archive_problems", [])
        ],
    )


# --- building `known` -------------------------------------------------------------------


def known_from_result(result: CrawlResult, *, stored: bool = True) -> dict[str, dict[str, Any]]:
    """`known` after a crawl whose pages were all kept: each page's ETag / Last-Modified
    (stored=`stored`), and each feed's validators (stored=False: a feed is no article)."""
    known: dict[str, dict[str, Any]] = {
        feed["url"]: {
            "etag": feed.get("etag"),
            "last_modified": feed.get("last_modified"),
            "stored": False,
        }
        for feed in result.feeds
        if feed.get("etag") or feed.get("last_modified")
    }
    known.update(known_from_pages(result.pages, stored=stored))
    return known


def known_from_store(store: Store, entry_points: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """`known` from a store: every stored article (stored=True) with the validators of its
    last fetch, and the entry points' (feeds') validators where a fetch was recorded."""
    known: dict[str, dict[str, Any]] = {}
    for url in entry_points:
        state = store.fetch_state(url)
        if state is not None and (state.get("etag") or state.get("last_modified")):
            known[url] = {
                "etag": state.get("etag"),
                "last_modified": state.get("last_modified"),
                "stored": False,
            }
    for article in store.articles():
        urls = list(dict.fromkeys([article.url, article.canonical_url or article.url]))
        state = next(filter(None, map(store.fetch_state, urls)), None) or {}
        for url in urls:
            known[url] = {
                "etag": state.get("etag"),
                "last_modified": state.get("last_modified"),
                "stored": True,
            }
    return known


def _crawl_in_child(request: dict[str, Any], on_page: PageHandler) -> CrawlResult:
    """Crawl in a child process (`--jsonl`), handing each page to `on_page` as its line
    arrives; what `on_page` raises ends the child and is raised here."""
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    # stderr goes to a file, not a pipe: nobody reads it while the pages stream in.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        with subprocess.Popen(
            [sys.executable, "-m", "spiders.run", "--request", "-", "--jsonl"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
            env=env,
        ) as proc:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(request))
            proc.stdin.close()
            try:
                result = read_stream(proc.stdout, on_page)
            except BaseException:
                proc.kill()
                raise
            code = proc.wait()
        if code != 0 or result is None:
            err.seek(0)
            tail = err.read().strip().splitlines()[-5:]
            raise PipelineError(f"crawl subprocess failed ({code}): {' | '.join(tail)}")
    return result


def read_stream(lines: Iterable[str], on_page: PageHandler) -> CrawlResult | None:
    """Read a `--jsonl` crawl stream line by line: each page goes to `on_page` as it is read;
    the result line ends it (None when the stream ended without one)."""
    for line in lines:
        record = json.loads(line)
        if "page" in record:
            on_page(page_from_json(record["page"]))
        elif "result" in record:
            return result_from_json(record["result"])
    return None


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
