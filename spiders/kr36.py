"""36Kr: the RSS feeds (www.36kr.com/feed, /feed-article, /feed-newsflash), then the pages."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from spiders.base import BaseSpider

# Feed links carry ?f=rss: fetched as given, but one article is one URL whatever the suffix.
_TRACKING_PARAMS = frozenset({"f"})


def strip_feed_params(url: str) -> str:
    """The article URL without the feed's `f=rss` marker (nor a fragment)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k not in _TRACKING_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


class Kr36Spider(BaseSpider):
    """36Kr; heavy WAF in 2025-26: Referer and zh-CN as a browser sends them (SITES.md); its
    slower pace (2.5 s, one at a time) is the DOWNLOAD_SLOTS entry of spiders.settings."""

    name = "36kr"
    site = "36kr"
    request_headers = {"Referer": "https://www.36kr.com/", "Accept-Language": "zh-CN,zh;q=0.9"}

    def canonical(self, url: str) -> str:
        return strip_feed_params(url)
