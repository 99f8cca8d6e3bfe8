"""The one item pipeline: validate RawPages and hand each, as it arrives, to the crawl's page
handler (`CrawlContext.on_page`). Nothing is kept: the body is freed once the handler returns."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from pipeline.records import RawPage

logger = logging.getLogger(__name__)


class RawPagePipeline:
    """Hand each RawPage to `spider.context.on_page`; anything else is a bug and dropped."""

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
        context = self.crawler.spider.context  # type: ignore[union-attr]
        if not context.hand_on(item):
            raise DropItem(f"{item.url}: the crawl is stopping after a page handler failed")
        return item
