"""What one crawl's spiders, middlewares and item pipeline share: the page budget and the
crawl context where outcomes land."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from pipeline.records import RawPage
from pipeline.storage.archive import ArchiveWriter, ReplayEntry
from spiders.incremental import KnownIndex
from spiders.story_filter import StoryFilter

__all__ = ["MAX_LIST_PAGES", "CrawlContext", "PageBudget"]

MAX_LIST_PAGES = 5  # listing fetches per entry point (itself, next pages, child sitemaps)


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
    pages: list[RawPage] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    discovered: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)  # answered 304 to a conditional GET
    skipped: list[str] = field(default_factory=list)  # known and stored, no validators: not fetched
    feeds: list[dict[str, Any]] = field(default_factory=list)  # {url, final_url, status, etag, ...}
    story_filter: StoryFilter | None = None  # listed items judged before they are fetched
    max_list_pages: int = MAX_LIST_PAGES
    filtered: list[str] = field(default_factory=list)  # listed items the story filter left out
