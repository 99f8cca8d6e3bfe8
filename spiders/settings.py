"""Crawl politeness and safety: the one place Scrapy settings are built (STYLE.md section 5).

Module constants are the defaults a `scrapy` command would read; `build_settings` turns a
`CrawlConfig` into the settings of one crawl. Spiders override only via `custom_settings`;
the replay mode overrides them (no delay when nothing is fetched).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.settings import default_settings

from pipeline.addresses import MAX_URL_CHARS
from pipeline.config import CrawlConfig
from pipeline.sites import SITES

BOT_NAME = "newsbrief"
SPIDER_MODULES = ["spiders"]
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "spiders.robotstxt.CappedRobotParser"  # the first 500 KiB (RFC 9309)
COOKIES_ENABLED = False  # never carry a WAF token around; we do not solve challenges
TELNETCONSOLE_ENABLED = False
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
REDIRECT_MAX_TIMES = 5
# 429 and 503 are left to RetryAfterMiddleware, which honours Retry-After.
RETRY_HTTP_CODES = [500, 502, 504, 522, 524, 408]
DOWNLOAD_TIMEOUT = 30.0
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # also bounds the decompressed body (HttpCompression)
# A body shorter than its Content-Length (the connection closed early) is an error, retried,
# never a page: a truncated article would be stored as if whole.
DOWNLOAD_FAIL_ON_DATALOSS = True
REACTOR_THREADPOOL_MAXSIZE = 4


def download_slots() -> dict[str, dict[str, float]]:
    """Per-host pace where a site's spec asks for more than the default (36Kr: 2.5 s, WAF)."""
    return {
        host: {"delay": pace.delay, "concurrency": pace.concurrency, "jitter": pace.jitter}
        for spec in SITES.values()
        if (pace := spec.crawl.pace) is not None
        for host in spec.slot_hosts()
    }


DOWNLOAD_SLOTS = download_slots()

DOWNLOADER_MIDDLEWARES = {
    # process_request runs in increasing order, process_response in decreasing order.
    "spiders.middlewares.AddressGuardMiddleware": 50,  # before robots.txt is even fetched
    "spiders.middlewares.RetryAfterMiddleware": 560,  # 429/503, before RetryMiddleware (550)
    "spiders.middlewares.BlockPageMiddleware": 580,  # sees decompressed bodies (590 runs first)
    # Scrapy's, reading a long page's first bytes only (spiders.heads), after the block check
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "spiders.heads.HeadMetaRefreshMiddleware": 579,
    "spiders.middlewares.ArchiveReplayMiddleware": 950,  # next to the downloader: raw bytes
    # No spider of ours sets http_user: Scrapy's HTTP auth would check every request for none.
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
}
# Scrapy's spider middlewares that do nothing for our spiders, each an async generator layer
# around every request and page a callback yields (2% of the crawling process's instructions
# a page, callgrind): depth (no DEPTH_LIMIT, no DEPTH_PRIORITY, nothing reads meta["depth"])
# and the warning about response.meta copied into new requests (our spiders build their
# meta: tests/test_spiders.py holds them to it).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
# No listening socket of our own: no telnet console, no remote-control HTTP server. They are
# left out of Scrapy's base list of extensions rather than disabled with None: Scrapy imports
# every extension either list names, a disabled one too (to match names to classes), and the
# remote-control server alone imports aiohttp, about 0.1 s of CPU at every start.
_NO_EXTENSIONS = (
    "scrapy.extensions.telnet.TelnetConsole",
    "scrapy.extensions.remote_control.RemoteControl",
)
EXTENSIONS_BASE = {
    name: order
    for name, order in default_settings.EXTENSIONS_BASE.items()
    if name not in _NO_EXTENSIONS
}
ITEM_PIPELINES = {"spiders.pipelines.RawPagePipeline": 300}
# The resolver connections use: refuses the addresses AddressGuardMiddleware refuses, at
# connect time (DNS rebinding); reads NEWSBRIEF_ALLOW_LOOPBACK from the process settings.
TWISTED_DNS_RESOLVER = "spiders.resolver.GuardedResolver"


def build_settings(
    cfg: CrawlConfig,
    *,
    replay: str | Path | None = None,
    archive: str | Path | None = None,
    allow_loopback: bool = False,
) -> dict[str, Any]:
    """Scrapy settings for one crawl (a plain dict; replay-only overrides are separate)."""
    return {
        "BOT_NAME": BOT_NAME,
        "USER_AGENT": cfg.user_agent,
        "ROBOTSTXT_OBEY": cfg.obey_robots,
        "ROBOTSTXT_PARSER": ROBOTSTXT_PARSER,
        "COOKIES_ENABLED": COOKIES_ENABLED,
        "TELNETCONSOLE_ENABLED": TELNETCONSOLE_ENABLED,
        # Few requests in the downloader at once: a site spider touches one or two hosts, and
        # requests past the engine sit in the scheduler, where a block page can still drop them.
        "CONCURRENT_REQUESTS": max(2, 2 * cfg.concurrent_per_domain),
        "CONCURRENT_REQUESTS_PER_DOMAIN": cfg.concurrent_per_domain,
        # A response yields one RawPage (or a list page's requests): Scrapy's default of 100
        # starts 100 asyncio tasks per response to drain that output, about a millisecond of
        # CPU per page in the reactor for nothing (a frontier keeps the default: see there).
        "CONCURRENT_ITEMS": 1,
        # Scrapy checks each response's callback for a generator that returns a value by
        # reading and parsing its source; its cache is keyed by the bound method, which every
        # request holds anew, so our generator callbacks were parsed again on about one page
        # in six (3 ms each: a second of CPU in a 2,000-page crawl). The check is a test of
        # ours instead (tests/test_spiders.py).
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "DOWNLOAD_DELAY": cfg.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": cfg.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(cfg.download_delay, 1.0),
        "AUTOTHROTTLE_MAX_DELAY": AUTOTHROTTLE_MAX_DELAY,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": AUTOTHROTTLE_TARGET_CONCURRENCY,
        "REDIRECT_MAX_TIMES": cfg.max_redirects,
        "URLLENGTH_LIMIT": MAX_URL_CHARS,  # the length the URLs given are checked against
        "RETRY_ENABLED": cfg.retry_times > 0,
        "RETRY_TIMES": cfg.retry_times,
        "RETRY_HTTP_CODES": RETRY_HTTP_CODES,
        "DOWNLOAD_TIMEOUT": cfg.timeout,
        "DOWNLOAD_MAXSIZE": cfg.max_body_bytes,
        "DOWNLOAD_WARNSIZE": cfg.max_body_bytes // 2,
        "DOWNLOAD_FAIL_ON_DATALOSS": DOWNLOAD_FAIL_ON_DATALOSS,
        "REACTOR_THREADPOOL_MAXSIZE": REACTOR_THREADPOOL_MAXSIZE,
        "DOWNLOAD_SLOTS": download_slots(),
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "SPIDER_MIDDLEWARES": SPIDER_MIDDLEWARES,
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "TWISTED_DNS_RESOLVER": TWISTED_DNS_RESOLVER,
        "LOG_LEVEL": "WARNING",  # Scrapy's INFO (settings, middlewares, stats) is for -v
        "LOG_INSTALL_ROOT_HANDLER": False,  # the caller (CLI, tests) owns logging
        "EXTENSIONS_BASE": EXTENSIONS_BASE,
        # Our own settings, read by spiders.middlewares.
        "NEWSBRIEF_REPLAY": str(replay) if replay is not None else None,
        "NEWSBRIEF_ARCHIVE": str(archive) if archive is not None else None,
        "NEWSBRIEF_ALLOW_LOOPBACK": allow_loopback,
        "NEWSBRIEF_MAX_RETRY_AFTER": cfg.max_retry_after,
        "NEWSBRIEF_SITEMAP_MAXSIZE": cfg.max_sitemap_bytes,  # a sitemap's request and gunzip
    }


def replay_overrides() -> dict[str, Any]:
    """Settings forced in replay mode, above spiders' custom_settings: nothing to be polite to."""
    return {
        "DOWNLOAD_DELAY": 0.0,
        "DOWNLOAD_DELAY_JITTER": 0.0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "DOWNLOAD_SLOTS": {},
        "NEWSBRIEF_MAX_RETRY_AFTER": 0.0,
    }
