"""36Kr: RSS feeds (www.36kr.com/feed, /feed-article, /feed-newsflash), sitemaps, channel
list pages (/information/<channel>/, items in initialState), then the article pages.

The one site spider with code: a channel list's items sit in its page state, plain or
encrypted (pipeline.sites.kr36.list_items). Feeds, headers, pace (2.5 s, one at a time) and
the ?f=rss tracking rule are on the SiteSpec.
"""

from __future__ import annotations

from scrapy.http import Response, TextResponse

from pipeline.sites import kr36
from spiders.base import BaseSpider
from spiders.story_filter import Item, item_datetime, plain_text

_LIST_TEXT_FIELDS = ("widgetTitle", "title", "summary", "description")


class Kr36Spider(BaseSpider):
    """36Kr; heavy WAF in 2025-26: its block markers stop the crawl (SITES.md)."""

    name = "36kr"
    spec = kr36.SPEC

    def list_page_items(self, response: Response) -> list[Item]:
        """A channel list page's items: https://36kr.com/p/<itemId>, title, summary, time."""
        if not isinstance(response, TextResponse):
            return []
        return [
            Item(
                kr36.LIST_ARTICLE_URL.format(id=material["itemId"]),
                tuple(t for t in map(plain_text, map(material.get, _LIST_TEXT_FIELDS)) if t),
                item_datetime(material.get("publishTime")),
            )
            for material in kr36.list_items(response.text)
        ]
