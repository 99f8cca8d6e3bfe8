"""The shared base spider: entry points in, RawPages out; discovery only, no parsing.

An entry point is fetched once; a feed (RSS, Atom, JSON) found there yields article
requests, anything else is itself a page. Site spiders override `discover_links` only.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Iterable, Iterator, Sequence

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipeline.archive import ArchiveWriter, ReplayEntry, headers_dict, is_feed
from pipeline.records import RawPage
from spiders.incremental import KnownIndex, KnownState
from spiders.middlewares import BlockedPage, SiteStopped

logger = logging.getLogger(__name__)

_RSS_LINKS = "//item/link/text() | //item/guid[@isPermaLink='true']/text()"
_ATOM_LINKS = ("//*[local-name()='entry']/*[local-name()='link']"
               "[not(@rel) or @rel='alternate']/@href")


# Exceptions Scrapy raises without a message, and what they mean in a crawl of ours.
_SILENT_ERRORS = {
    "DownloadCancelledError": "download cancelled: body over DOWNLOAD_MAXSIZE (or shutdown)",
    "ResponseDataLossError": "truncated body: the connection closed before Content-Length bytes",
    "_DataLoss": "truncated body: the connection closed before Content-Length bytes",
}
NOT_MODIFIED = 304


class PageBudget:
    """How many article pages one crawl may still request (shared by all its spiders)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self.used >= self.limit:
                return False
            self.used += 1
            return True


@dataclass
class CrawlContext:
    """What the spiders, middlewares and pipeline of one crawl share; outcomes land here."""

    budget: PageBudget
    replay: dict[str, ReplayEntry] | None = None
    archive: ArchiveWriter | None = None
    allow_loopback: bool = False
    known: KnownIndex = field(default_factory=lambda: KnownIndex(None))
    pages: list[RawPage] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    discovered: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)  # answered 304 to a conditional GET
    skipped: list[str] = field(default_factory=list)  # known and stored, no validators: not fetched
    feeds: list[dict[str, Any]] = field(default_factory=list)  # {url, final_url, status, etag, ...}


class BaseSpider(scrapy.Spider):
    """Fetch entry points, discover article links in feeds, hand every page on as a RawPage."""

    name = "base"
    site: str | None = None
    request_headers: dict[str, str] = {}

    def __init__(self, *, context: CrawlContext, entry_points: Sequence[str] = (),
                 **kw: Any) -> None:
        super().__init__(**kw)
        self.context = context
        self.entry_points = tuple(entry_points)
        self.blocked_by: str | None = None
        self._seen: set[str] = set()

    async def start(self) -> AsyncIterator[Any]:
        """Every entry point once; what it is (feed or page) is decided on its response."""
        for url in self.entry_points:
            yield self._request(url, self.parse_entry, "entry", self.context.known.get(url))

    def _request(self, url: str, callback: Any, kind: str,
                 state: KnownState | None) -> scrapy.Request:
        """A GET, conditional (a 304 then handled by `callback`) when `state` has validators."""
        meta: dict[str, Any] = {"kind": kind}
        headers = dict(self.request_headers)
        if state is not None and state.has_validators:
            headers.update(state.conditional_headers())
            meta["handle_httpstatus_list"] = [NOT_MODIFIED]
            self.stat("newsbrief/conditional")
        return scrapy.Request(url, callback=callback, errback=self.on_error, headers=headers,
                              meta=meta)

    def parse_entry(self, response: Response) -> Iterator[Any]:
        """A feed yields article requests; a page is itself an article; a 304 is neither."""
        if response.status == NOT_MODIFIED:
            self.not_modified(response)
            return
        if is_feed(response.headers.get("Content-Type", b"").decode("latin-1"), response.body):
            links = list(self.discover_links(response))
            logger.info("%s: %d links in %s", self.name, len(links), response.url)
            self.context.feeds.append(self._feed_record(response, len(links)))
            for url in links:
                request = self.article_request(url)
                if request is not None:
                    yield request
        elif self._claim(response.meta.get("redirect_urls", [response.url])[0], budget=True):
            yield self.page(response)

    def discover_links(self, response: Response) -> Iterable[str]:
        """Article URLs in a feed: RSS `item/link`, Atom `entry/link`, else JSON items' `url`."""
        if response.body.lstrip()[:1] in (b"[", b"{"):
            return self._json_links(response)
        selector = scrapy.Selector(text=response.text if isinstance(response, TextResponse)
                                   else response.body.decode("utf-8", "replace"), type="xml")
        links = selector.xpath(_RSS_LINKS).getall() or selector.xpath(_ATOM_LINKS).getall()
        return _unique(response.urljoin(link.strip()) for link in links if link.strip())

    def _json_links(self, response: Response) -> list[str]:
        items = feed_items(response.body)
        return _unique(str(item["url"]) for item in items if isinstance(item.get("url"), str))

    def canonical(self, url: str) -> str:
        """The identity of a discovered URL (two spellings of one article are fetched once)."""
        return url.split("#", 1)[0]

    def article_request(self, url: str) -> scrapy.Request | None:
        """A request for a discovered article, unless already seen, known and stored without
        validators (skipped), or over the page budget; conditional for a stored article."""
        state = self.context.known.get(url)
        if state is not None and state.stored and not state.has_validators:
            if self._claim(url, budget=False):
                self.context.skipped.append(url)
                self.stat("newsbrief/skipped")
            return None
        if not self._claim(url, budget=True):
            return None
        return self._request(url, self.parse_article, "article",
                             state if state is not None and state.stored else None)

    def _claim(self, url: str, *, budget: bool) -> bool:
        key = self.canonical(url)
        if key in self._seen:
            return False
        if budget and not self.context.budget.take():
            self.stat("newsbrief/over_budget")
            return False
        self._seen.add(key)
        self.context.discovered.append(url)
        return True

    def parse_article(self, response: Response) -> Iterator[RawPage]:
        """An article page, handed on untouched (bytes as decompressed, headers, times)."""
        if response.status == NOT_MODIFIED:
            self.not_modified(response)
            return
        yield self.page(response)

    def not_modified(self, response: Response) -> None:
        """A 304 to a conditional GET: the stored copy stands; neither a page nor an error."""
        self.context.not_modified.append(_requested_url(response))
        self.stat("newsbrief/not_modified")

    def _feed_record(self, response: Response, links: int) -> dict[str, Any]:
        def header(name: str) -> str | None:
            value = response.headers.get(name)
            return value.decode("latin-1") if value else None

        return {"url": _requested_url(response), "final_url": response.url,
                "status": response.status, "links": links,
                "etag": header("ETag"), "last_modified": header("Last-Modified")}

    def page(self, response: Response) -> RawPage:
        pairs = [(k.decode("latin-1"), v.decode("latin-1"))
                 for k, values in response.headers.items() for v in values]
        fetched = response.meta.get("fetched_at") or datetime.now(timezone.utc)
        return RawPage(
            url=response.meta.get("redirect_urls", [response.url])[0],
            body=response.body,
            status=response.status,
            headers=headers_dict(pairs),
            final_url=response.url,
            fetched_at=fetched,
            site=self.site,
        )

    def stat(self, key: str) -> None:
        """Count in Scrapy's stats (a spider built offline in a unit test has none)."""
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawler.stats.inc_value(key)

    def on_error(self, failure: Failure) -> None:
        """Sort a failed request into blocked (block page) or errors (everything else)."""
        request = failure.request  # type: ignore[attr-defined]
        url = request.meta.get("redirect_urls", [request.url])[0]  # the URL asked for
        exc = failure.value
        if isinstance(exc, SiteStopped):
            self.stat("newsbrief/dropped_after_block")
        elif isinstance(exc, BlockedPage):
            pass  # recorded by BlockPageMiddleware as it stopped the site's crawl
        elif isinstance(exc, HttpError):
            self.context.errors.append((url, f"HTTP {exc.response.status}"))
        else:
            message = str(exc) or _SILENT_ERRORS.get(type(exc).__name__, type(exc).__name__)
            self.context.errors.append((url, f"{type(exc).__name__}: {message}"))


def feed_items(body: bytes) -> list[dict[str, Any]]:
    """The items of a JSON feed: a bare array, or the array under "data" (or "data"."list")."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        logger.warning("feed is not JSON")
        return []
    if isinstance(data, dict):
        data = data.get("data", [])
        if isinstance(data, dict):
            data = data.get("list", [])
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def _requested_url(response: Response) -> str:
    """The URL first asked for (before redirects); the response URL off a request (tests)."""
    request = response.request
    return (request.meta.get("redirect_urls") or [response.url])[0] if request else response.url


def _unique(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))
