"""Sohu: seed article URLs, the JSON feed (v2.sohu.com/public-api/feed, paged with page=N)
and tag / list pages (HTML linking to /a/<id>_<mid> articles)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.http import Response, TextResponse

from pipeline.sites import sohu
from spiders.base import BaseSpider
from spiders.story_filter import Item, plain_text


class SohuSpider(BaseSpider):
    """Sohu: a JSON feed (a bare array of items, or {"data": [...]}), tag pages, seeds."""

    name = "sohu"
    site = "sohu"
    article_path = sohu.ARTICLE_PATH
    json_text_fields = sohu.FEED_TEXT_FIELDS
    json_date_fields = (sohu.FEED_TIME_FIELD,)

    def json_item_url(self, entry: dict[str, Any]) -> str | None:
        return sohu.feed_item_url(entry)

    def list_page_items(self, response: Response) -> list[Item]:
        """Links to /a/<id>_<mid> articles (query and fragment dropped), with the anchors'
        texts (a title link and an image link of one article give one item)."""
        if not isinstance(response, TextResponse):
            return []
        texts: dict[str, list[str]] = {}
        for anchor in response.css("a[href]"):
            parts = urlsplit(urljoin(response.url, anchor.attrib["href"].strip()))
            if parts.scheme not in ("http", "https") or not self.article_path.search(parts.path):
                continue
            url = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
            text = plain_text(" ".join(anchor.css("::text").getall()))
            texts.setdefault(url, []).extend([text] if text else [])
        return [Item(url, tuple(found)) for url, found in texts.items()]
