"""36Kr: RSS feeds (www.36kr.com/feed, /feed-article, /feed-newsflash), sitemaps, channel
list pages (/information/<channel>/, items in initialState), then the article pages."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy.http import Response, TextResponse

from pipeline.sites import kr36
from spiders.base import BaseSpider
from spiders.story_filter import Item, item_datetime, plain_text

# Feed links carry ?f=rss: fetched as given, but one article is one URL whatever the suffix.
_TRACKING_PARAMS = frozenset({"f"})
_LIST_TEXT_FIELDS = ("widgetTitle", "title", "summary", "description")


def strip_feed_params(url: str) -> str:
    """The article URL without the feed's `f=rss` marker (nor a fragment)."""
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in _TRACKING_PARAMS
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


class Kr36Spider(BaseSpider):
    """36Kr; heavy WAF in 2025-26: Referer and zh-CN as a browser sends them (SITES.md); its
    slower pace (2.5 s, one at a time) is the DOWNLOAD_SLOTS entry of spiders.settings."""

    name = "36kr"
    site = "36kr"
    request_headers = {"Referer": "https://www.36kr.com/", "Accept-Language": "zh-CN,zh;q=0.9"}
    article_path = kr36.ARTICLE_PATH

    def canonical(self, url: str) -> str:
        return strip_feed_params(url)

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
