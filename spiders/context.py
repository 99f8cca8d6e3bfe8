"""What one crawl's spiders, middlewares and item pipeline share: the page budget and the
crawl context where outcomes land.

Pages are not kept here: the item pipeline hands each one to `CrawlContext.on_page` as it
arrives (the app layer extracts and stores it there), so a crawl's memory does not grow with
its page count.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.records import RawPage
from pipeline.storage.archive import ArchiveWriter, ReplayEntry
from spiders.incremental import KnownIndex
from spiders.story_filter import StoryFilter

__all__ = ["MAX_LIST_PAGES", "CrawlContext", "PageBudget", "PageHandler"]

MAX_LIST_PAGES = 5  # listing fetches per entry point (itself, next pages, child sitemaps)

# Called once per fetched page, in the reactor thread, as the page arrives.
PageHandler = Callable[[RawPage], None]


def _ignore_page(page: RawPage) -> None:
    """The default page handler: a crawl nobody listens to keeps nothing."""


def _ignore_listing(items: int) -> None:
    """The default listing hook: nobody needs to know how many pages are coming."""


def _no_stop() -> None:
    """The default stop: nothing to stop (a context built without a running crawl)."""


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

    @property
    def spent(self) -> bool:
        """True when no page is left."""
        return self.used >= self.limit


@dataclass
class CrawlContext:
    """What the spiders, middlewares and pipeline of one crawl share; outcomes land here."""

    budget: PageBudget
    replay: dict[str, ReplayEntry] | None = None
    archive: ArchiveWriter | None = None
    allow_loopback: bool = False
    known: KnownIndex = field(default_factory=lambda: KnownIndex(None))
    on_page: PageHandler = _ignore_page
    on_listing: Callable[[int], None] = _ignore_listing  # each listing read: its item count
    blocked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    discovered: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)  # answered 304 to a conditional GET
    listings_not_modified: list[str] = field(default_factory=list)  # of those: entry listings
    skipped: list[str] = field(default_factory=list)  # known and stored, no validators: not fetched
    feeds: list[dict[str, Any]] = field(default_factory=list)  # {url, final_url, status, etag, ...}
    story_filter: StoryFilter | None = None  # listed items judged before they are fetched
    max_list_pages: int = MAX_LIST_PAGES
    filtered: list[str] = field(default_factory=list)  # listed items the story filter left out
    over_budget: list[str] = field(default_factory=list)  # listed items past max_pages, not fetched
    disallowed: list[str] = field(default_factory=list)  # forbidden by robots.txt: not an error
    empty: list[tuple[str, str]] = field(default_factory=list)  # (url, detail): no body (204...)
    claimed_by: dict[str, str] = field(default_factory=dict)  # discovered url -> spider name
    stopped: dict[str, str] = field(default_factory=dict)  # spider name -> block page reason
    blocked_requested: list[str] = field(default_factory=list)  # blocked, as requested
    handled: list[str] = field(default_factory=list)  # pages handed on, as requested
    dropped: dict[str, str] = field(default_factory=dict)  # url -> why the crawler dropped it
    pages_handled: int = 0
    failure: Exception | None = None  # what the page handler raised; the crawl then stops
    stop: Callable[[], None] = _no_stop  # stops every spider of the crawl (set by spiders.run)

    def hand_on(self, page: RawPage) -> bool:
        """Give `page` to the handler; False once a handler has failed (the crawl is stopping
        and later pages are dropped: the caller re-raises the failure after the crawl)."""
        if self.failure is not None:
            return False
        try:
            self.on_page(page)
        except Exception as exc:  # re-raised by spiders.run once the reactor has stopped
            self.failure = exc
            self.stop()
            return False
        self.pages_handled += 1
        self.handled.append(page.url)
        return True
