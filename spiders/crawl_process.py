"""The crawl run in this process (Scrapy's AsyncCrawlerProcess, its reactor started once
per process): which spider takes which entry points (`plan_crawl`), the crawl context and
settings (replay index, WARC writer, frontier), the signal handlers that count spider errors
and dropped requests, and the CrawlResult with every discovered URL accounted for."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

from pipeline.addresses import shown_url
from pipeline.config import CrawlConfig, StoryConfig
from pipeline.errors import ConfigError, describe_exception
from pipeline.records import SPIDER_ERROR
from pipeline.sites import SITES, site_for_url
from pipeline.storage.archive import ArchiveReport, ArchiveWriter, ReplayEntry, load_replay
from spiders.base import site_spider
from spiders.context import MAX_LIST_PAGES, CrawlContext, PageBudget, PageHandler
from spiders.crawl_result import CrawlResult, Known, _config_from, _jsonable, _jsonable_dict
from spiders.frontier import (
    FrontierOptions,
    frontier_settings,
    read_context,
    worker_archive,
    write_context,
)
from spiders.generic import GenericSpider
from spiders.incremental import KnownIndex
from spiders.middlewares import replay_key
from spiders.settings import build_settings, replay_overrides
from spiders.story_filter import StoryFilter

logger = logging.getLogger(__name__)


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


def _replay_index(entries: Mapping[str, ReplayEntry], source: str) -> dict[str, ReplayEntry]:
    """A replay's pages by the key a request looks them up by (`replay_key`). A page whose
    URL no request can have (an unclosed "[" in an archive's WARC-Target-URI) is left out,
    said in one line: its key raised ValueError, an internal error ending the crawl."""
    index: dict[str, ReplayEntry] = {}
    left_out: list[str] = []
    for url, entry in entries.items():
        try:
            index[replay_key(url)] = entry
        except ValueError:
            left_out.append(url)
    if left_out:
        logger.warning(
            "%s: %d page(s) left out of the replay: no request can have their URL (first: %s)",
            source, len(left_out), shown_url(left_out[0]),
        )  # fmt: skip
    return index


def _crawl_here(
    run: _CrawlRun, on_page: PageHandler, on_listing: Callable[[int], None] | None = None
) -> CrawlResult:
    run, plan = _join_frontier(run)
    cfg, story, replay = run.cfg, run.story, run.replay
    limit = min(cfg.max_pages, story.max_pages) if story is not None else cfg.max_pages
    index = None
    report = ArchiveReport(str(replay))
    if replay is not None:
        index = _replay_index(load_replay(replay, report), str(replay))
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
    dropped on the way: a redirect to itself, or to a URL already requested), then the entry
    points whose request was dropped so (a redirect loop between two URLs given; not one read
    as a listing that lists itself again, a sitemap index among its children), and how many
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
    # An entry point (a URL given, never discovered) that got no response: its request was
    # dropped on the way (a redirect loop, a redirect to another URL given).
    discovered = set(context.discovered)
    listed = {feed["url"] for feed in context.feeds}  # read as listings: a response
    for url, why in context.dropped.items():
        if url not in discovered and url not in listed and settled[url] <= 0:
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
