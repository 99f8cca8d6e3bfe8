"""The shared base spider: entry points in, RawPages out; discovery only, no parsing.

An entry point is fetched once (conditionally when its validators are known) and is, by its
URL's shape confirmed by its response: an article (a seed, itself the page; one already
stored is asked like a known listed article, and skipped when stored without validators),
a feed (RSS / Atom), a JSON API (paged with `page=N`), a sitemap or sitemap index (XML,
gzipped or plain text; one that cannot be read is one error line), or an HTML list page
(site spiders: `list_page_items`); an HTML page with no list in it is itself the page.
Listed items pass the story filter (when the crawl has a story) before they are fetched;
seeds never do. Paging stops at the entry point's page limit, when items run out, repeat or
leave the date window, or when the crawl's page budget is spent. A site's rules (article
path, feeds' JSON item rules, list links, headers, tracking parameters) come from its
SiteSpec (`spec`): `site_spider(spec)` is the spider of a site whose discovery is data; a
site module subclasses BaseSpider only where discovery needs code (36Kr's page state).
What a listing response holds is read by `spiders.listing` (BaseSpider is a ListingReader);
what a response or a failure is recorded as (RawPage, feed record, error line), by
`spiders.responses`. Here: the requests, what each claims of the page budget, the callbacks.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure

from pipeline.records import RawPage
from pipeline.sites import SiteSpec
from spiders import discovery as d
from spiders.context import CrawlContext, PageBudget
from spiders.discovery import feed_items
from spiders.incremental import KnownState
from spiders.listing import Listing, ListingReader
from spiders.middlewares import BlockedPage, SiteStopped
from spiders.responses import failure_text, feed_record, raw_page, requested_url
from spiders.story_filter import Item

logger = logging.getLogger(__name__)

__all__ = ["BaseSpider", "CrawlContext", "Listing", "PageBudget", "feed_items", "site_spider"]

NOT_MODIFIED = 304


class BaseSpider(ListingReader, scrapy.Spider):
    """Fetch entry points, discover article links in feeds, hand every page on as a RawPage."""

    name = "base"
    site: str | None = None
    request_headers: dict[str, str] = {}

    def __init__(
        self, *, context: CrawlContext, entry_points: Sequence[str] = (), **kw: Any
    ) -> None:
        super().__init__(**kw)
        if self.spec is not None:
            crawl = self.spec.crawl
            self.site = self.spec.name
            self.request_headers = dict(crawl.headers)
            self.article_path = crawl.article_path
            self.json_text_fields = crawl.json_text_fields or d.JSON_TEXT_FIELDS
            self.json_date_fields = crawl.json_date_fields or d.JSON_DATE_FIELDS
        self.context = context
        self.entry_points = tuple(entry_points)
        self.blocked_by: str | None = None
        self._seen: set[str] = set()
        self._listed: set[str] = set()  # canonical URLs listed so far (new ones keep paging)
        self._list_pages: Counter[str] = Counter()  # listing fetches per entry point

    async def start(self) -> AsyncIterator[Any]:
        """Every entry point once; what it is (feed or page) is decided on its response.

        Every entry point is asked conditionally when its validators are known. One that is
        an article already stored follows the rule of a known listed article: without
        validators it is not fetched at all (skipped); its 304 counts it unchanged."""
        for url in self.entry_points:
            state = self.context.known.get(url)
            if state is not None and state.stored and not state.has_validators:
                if self._claim(url, budget=False):
                    self.context.skipped.append(url)
                    self.stat("newsbrief/skipped")
                continue
            yield self._request(url, self.parse_entry, "entry", state)

    def _request(
        self, url: str, callback: Any, kind: str, state: KnownState | None
    ) -> scrapy.Request:
        """A GET, conditional (a 304 then handled by `callback`) when `state` has validators."""
        meta: dict[str, Any] = {"kind": kind}
        if d.url_kind(url) == "sitemap":
            meta["download_maxsize"] = self.sitemap_maxsize
        headers = dict(self.request_headers)
        if state is not None and state.has_validators:
            headers.update(state.conditional_headers())
            meta["handle_httpstatus_list"] = [NOT_MODIFIED]
            self.stat("newsbrief/conditional")
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, headers=headers, meta=meta
        )

    def parse_entry(self, response: Response) -> Iterator[Any]:
        """An article URL or an HTML page with no list is itself the page (a seed, never
        filtered); a listing yields article requests, next pages, child sitemaps; a 304 is
        neither."""
        url = requested_url(response)
        if response.status == NOT_MODIFIED:
            state = self.context.known.get(url)
            if state is not None and state.stored:  # a stored article: discovered, unchanged
                if self._claim(url, budget=False):
                    self.not_modified(response)
            else:  # a feed, API, sitemap or list page: no article to count
                self.context.listings_not_modified.append(url)
                self.not_modified(response)
            return
        try:
            listing = None if self.is_article(url) else self.listing(response)
        except d.SitemapError as exc:
            logger.warning("%s: not read as a sitemap: %s", url, exc)
            self.context.errors.append((url, f"sitemap: {exc}"))
            return
        if listing is None:
            if self._claim(response.meta.get("redirect_urls", [response.url])[0], budget=True):
                yield from self._page_or_empty(response)
            return
        # An entry point read as a listing that lists nothing (an API's JSON, an empty feed):
        # said, so a URL given by mistake is not a silent crawl of nothing. A sitemap index
        # lists its child sitemaps.
        children = f", {len(listing.children)} child sitemap(s)" if listing.children else ""
        logger.log(
            logging.INFO if listing.items or listing.children else logging.WARNING,
            "%s: %d items (%s%s) in %s",
            self.name,
            len(listing.items),
            listing.kind,
            children,
            response.url,
        )
        self.context.on_listing(len(listing.items))
        self.context.feeds.append(feed_record(response, len(listing.items)))
        self._list_pages[url] += 1
        yield from self.follow_listing(response, listing, url)

    def parse_more(self, response: Response) -> Iterator[Any]:
        """A further page of a listing (page N+1, a child sitemap) of entry point `entry`."""
        try:
            listing = self.listing(response)
        except d.SitemapError as exc:  # a child sitemap: that branch of the listing ends
            logger.warning("%s: not read as a sitemap: %s", response.url, exc)
            self.stat("newsbrief/list_errors")
            return
        if listing is not None:
            self.context.on_listing(len(listing.items))
            yield from self.follow_listing(response, listing, response.meta["entry"])

    def follow_listing(self, response: Response, listing: Listing, entry: str) -> Iterator[Any]:
        """Requests for the listed articles that pass the story filter, then child sitemaps
        and the next page, within the entry point's page limit."""
        new = 0
        for item in d.unique_items(listing.items, key=self.canonical):
            key = self.canonical(item.url)
            new += key not in self._listed
            self._listed.add(key)
            request = self.follow(item)
            if request is not None:
                yield request
        for child in d.newest_first(listing.children):
            why = (
                self.context.story_filter.out_of_window(child)
                if self.context.story_filter
                else None
            )
            if why is None and self._more_list_pages(entry):
                yield self._list_request(child.url, entry, sitemap=True)
        if self._should_page(response, listing, new) and self._more_list_pages(entry):
            page = d.page_number(response.url) or 1
            yield self._list_request(d.paged_url(response.url, page + 1), entry)

    def follow(self, item: Item) -> scrapy.Request | None:
        """The request for a listed item, or None: left out by the story filter (counted in
        newsbrief/filtered), already seen, skipped, or over the page budget."""
        story = self.context.story_filter
        reason = story.reason(item) if story is not None else None
        if reason is not None:
            logger.debug("%s: left out %s: %s", self.name, item.url, reason)
            self.context.filtered.append(item.url)
            self.stat("newsbrief/filtered")
            return None
        return self.article_request(item.url)

    def _should_page(self, response: Response, listing: Listing, new: int) -> bool:
        """A JSON API page asks for the next while its items are new (a repeating API
        stops), dated within the window (a newest-first list went past it) and pages are left."""
        if listing.kind != "json" or d.page_number(response.url) is None:
            return False
        story = self.context.story_filter
        if not listing.items or new == 0:
            self.stat("newsbrief/list_end")
            return False
        if story is not None and any(story.before_window(item) for item in listing.items):
            self.stat("newsbrief/list_left_window")
            return False
        return not self.context.budget.spent

    def _more_list_pages(self, entry: str) -> bool:
        if self._list_pages[entry] >= self.context.max_list_pages:
            self.stat("newsbrief/list_page_limit")
            return False
        self._list_pages[entry] += 1
        return True

    def _list_request(self, url: str, entry: str, *, sitemap: bool = False) -> scrapy.Request:
        """A further listing page of `entry`: its next page, or a child sitemap (`sitemap`:
        read as one whatever its URL and Content-Type, e.g. a .xml.gz file)."""
        return scrapy.Request(
            url,
            callback=self.parse_more,
            errback=self.on_error,
            headers=dict(self.request_headers),
            meta={"kind": "list", "entry": entry, "sitemap": sitemap}
            | ({"download_maxsize": self.sitemap_maxsize} if sitemap else {}),
        )

    def canonical(self, url: str) -> str:
        """The identity of a discovered URL (two spellings of one article are fetched once):
        no fragment, none of the site's tracking parameters (36Kr's ?f=rss)."""
        if self.spec is not None:
            return self.spec.without_tracking(url)
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
        return self._request(
            url,
            self.parse_article,
            "article",
            state if state is not None and state.stored else None,
        )

    def _claim(self, url: str, *, budget: bool) -> bool:
        key = self.canonical(url)
        if key in self._seen:
            return False
        if budget and not self.context.budget.take():
            self.stat("newsbrief/over_budget")
            self.context.over_budget.append(url)
            return False
        self._seen.add(key)
        self.context.discovered.append(url)
        self.context.claimed_by[url] = self.name
        return True

    def parse_article(self, response: Response) -> Iterator[RawPage]:
        """An article page, handed on untouched (bytes as decompressed, headers, times)."""
        if response.status == NOT_MODIFIED:
            self.not_modified(response)
            return
        yield from self._page_or_empty(response)

    def _page_or_empty(self, response: Response) -> Iterator[RawPage]:
        """The page, or (a 204, an empty 200) a record in `context.empty`: a response
        without a body is no page, but its URL is accounted for."""
        if response.body:
            yield raw_page(response, self.site)
            return
        self.context.empty.append((requested_url(response), f"HTTP {response.status}: no body"))
        self.stat("newsbrief/empty")

    def not_modified(self, response: Response) -> None:
        """A 304 to a conditional GET: the stored copy stands; neither a page nor an error."""
        self.context.not_modified.append(requested_url(response))
        self.stat("newsbrief/not_modified")

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
        if isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc):
            self.context.disallowed.append(url)  # the site said no: not a failure of ours
            self.stat("newsbrief/disallowed")
        elif isinstance(exc, SiteStopped):
            self.stat("newsbrief/dropped_after_block")
        elif isinstance(exc, BlockedPage):
            pass  # recorded by BlockPageMiddleware as it stopped the site's crawl
        elif request.meta.get("kind") == "list":  # a further listing page: the list ends here
            logger.info("%s: listing %s ends: %s", self.name, url, exc)
            self.stat("newsbrief/list_errors")
        else:
            self.context.errors.append((url, failure_text(exc)))


def site_spider(spec: SiteSpec) -> type[BaseSpider]:
    """The spider of a site whose discovery is data only: BaseSpider reading `spec`."""
    words = "".join(ch for ch in spec.name.title() if ch.isalnum())
    doc = f"{spec.display_name}: discovery from its SiteSpec (feeds, article path, lists)."
    attrs = {"name": spec.name, "spec": spec, "__module__": __name__, "__doc__": doc}
    return type(f"{words}Spider", (BaseSpider,), attrs)
