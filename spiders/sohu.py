"""Sohu: seed article URLs, and the JSON feed (v2.sohu.com/public-api/feed) of list pages."""

from __future__ import annotations

from typing import Iterable

from scrapy.http import Response

from spiders.base import BaseSpider, feed_items

# The article URL of a feed item (SITES.md): www.sohu.com/a/{id}_{authorId}.
ARTICLE_URL = "https://www.sohu.com/a/{id}_{author_id}"


class SohuSpider(BaseSpider):
    """Sohu: a JSON feed (a bare array of items, or {"data": [...]}) or seed article pages."""

    name = "sohu"
    site = "sohu"

    def discover_links(self, response: Response) -> Iterable[str]:
        if response.body.lstrip()[:1] not in (b"[", b"{"):
            return super().discover_links(response)
        urls: list[str] = []
        for item in feed_items(response.body):
            news_id, author_id = item.get("id"), item.get("authorId")
            if isinstance(item.get("url"), str) and not news_id:
                urls.append(response.urljoin(item["url"]))
            elif news_id and author_id:
                urls.append(ARTICLE_URL.format(id=news_id, author_id=author_id))
        return list(dict.fromkeys(urls))
