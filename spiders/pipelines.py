"""The one item pipeline: validate RawPages and hand them to the crawl's shared context."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from pipeline.records import RawPage

logger = logging.getLogger(__name__)


class RawPagePipeline:
    """Collect RawPages into `spider.context.pages`; anything else is a bug and dropped."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RawPagePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> RawPage:
        if not isinstance(item, RawPage):
            raise DropItem(f"not a RawPage: {type(item).__name__}")
        if not item.body:
            raise DropItem(f"{item.url}: empty body")
        self.crawler.spider.context.pages.append(item)  # type: ignore[union-attr]
        return item
