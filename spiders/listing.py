"""What a listing response holds, read by a site's rules: a feed (RSS / Atom), a JSON API, a
sitemap or sitemap index (XML, gzipped or plain text; robots.txt's Sitemap lines), or an HTML
list page. `ListingReader` is the part of the base spider that reads them: the site's rules
(article path, JSON item fields and URL rule, list links) come from its SiteSpec (`spec`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import Response, TextResponse

from pipeline.sites import SiteSpec
from pipeline.storage.archive import is_feed
from pipeline.web.urls import join_url
from spiders import discovery as d
from spiders.story_filter import Item, plain_text


@dataclass
class Listing:
    """What a listing response holds: article items, child sitemaps, and its kind
    ("xml" feed, "json" API, "sitemap", "html" list page)."""

    kind: str
    items: list[Item]
    children: list[Item] = field(default_factory=list)


class ListingReader:
    """Read a response as a listing by the site's rules; a site spider overrides
    `list_page_items` where its list pages need code."""

    spec: SiteSpec | None = None  # the site crawled (None: any URL, the generic spider)
    article_path: re.Pattern[str] | None = None  # entry points of this shape are seeds
    json_text_fields: Sequence[str] = d.JSON_TEXT_FIELDS
    json_date_fields: Sequence[str] = d.JSON_DATE_FIELDS

    def listing(self, response: Response) -> Listing | None:
        """The listing a response holds, or None for a page that lists nothing. A feed, API
        or sitemap URL is read as one whatever its Content-Type (APIs answer as text/html)."""
        if urlsplit(response.url).path == "/robots.txt":  # `crawl --sitemap SITE`
            found = robots_sitemaps(response.body, response.url)
            return Listing("sitemap", [], [Item(url, ()) for url in found])
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        url_kind = d.url_kind(response.url)
        child_sitemap = response.request is not None and response.request.meta.get("sitemap")
        if url_kind == "sitemap" or child_sitemap:  # or a listed child sitemap
            return self.sitemap_listing(response)
        if url_kind is None and d.gzipped_sitemap(response.body):
            return self.sitemap_listing(response)  # "/news/2026-01.xml.gz", named or not
        if not is_feed(content_type, response.body) and url_kind is None:
            items = self.list_page_items(response)
            return Listing("html", items) if items else None
        kind = d.listing_kind(response.body)
        if kind == "json":
            return Listing(
                kind,
                d.json_items(
                    response.body,
                    response.url,
                    self.json_item_url,
                    text_fields=self.json_text_fields,
                    date_fields=self.json_date_fields,
                ),
            )
        if kind == "sitemap":
            return self.sitemap_listing(response)
        return Listing(kind, d.rss_items(response.body, response.url))

    def sitemap_listing(self, response: Response) -> Listing:
        """A sitemap (XML, gzipped, plain text; an RSS or Atom feed at a sitemap URL is read
        as a feed): its child sitemaps and its pages of the site's article shape.
        d.SitemapError when it cannot be read (bad gzip, over the body cap, no sitemap)."""
        body = d.sitemap_body(response.body, self.sitemap_maxsize)
        head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"<") and d.listing_kind(body) == "xml":
            items = d.rss_items(body, response.url)
            if items:
                return Listing("xml", items)
        if head.startswith(b"<"):
            children, pages = d.sitemap_items(body, response.url)
        else:
            children, pages = [], d.text_sitemap_items(body, response.url)
        keep = [item for item in pages if self.article_path is None or self.is_article(item.url)]
        return Listing("sitemap", keep, children)

    @property
    def sitemap_maxsize(self) -> int:
        """The cap of a sitemap's body, fetched and once inflated (crawl.max_sitemap_bytes,
        beside the pages' max_body_bytes); 0 (no cap) outside a crawl, as in a unit test."""
        crawler = getattr(self, "crawler", None)
        if crawler is None:
            return 0
        settings = crawler.settings
        return int(
            settings.getint("NEWSBRIEF_SITEMAP_MAXSIZE") or settings.getint("DOWNLOAD_MAXSIZE")
        )

    def is_article(self, url: str) -> bool:
        """True when the URL has the site's article shape (`article_path` on its path)."""
        return self.article_path is not None and bool(self.article_path.search(urlsplit(url).path))

    def list_page_items(self, response: Response) -> list[Item]:
        """Article items of an HTML list page: its links to article paths where the site's
        spec says so (`list_links`); none by default."""
        if self.spec is None or not self.spec.crawl.list_links:
            return []
        return self.article_links(response)

    def article_links(self, response: Response) -> list[Item]:
        """Links to article paths (query and fragment dropped), with the anchors' texts (a
        title link and an image link of one article give one item)."""
        if not isinstance(response, TextResponse) or self.article_path is None:
            return []
        texts: dict[str, list[str]] = {}
        for anchor in response.css("a[href]"):
            link = join_url(response.url, anchor.attrib["href"].strip())
            parts = urlsplit(link) if link else None  # None: no URL (a malformed host)
            if parts is None or parts.scheme not in ("http", "https"):
                continue
            if not self.article_path.search(parts.path):
                continue
            url = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
            text = plain_text(" ".join(anchor.css("::text").getall()))
            texts.setdefault(url, []).extend([text] if text else [])
        return [Item(url, tuple(found)) for url, found in texts.items()]

    def json_item_url(self, entry: dict[str, Any]) -> str | None:
        """A JSON item's article URL by the site's rule; None: its `url` / `link`."""
        rule = self.spec.crawl.json_item_url if self.spec is not None else None
        return rule(entry) if rule is not None else None


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` URLs of a robots.txt, as Scrapy's `sitemap_urls_from_robots` reads
    them, less those that are no web address (`join_url`): Scrapy's urljoin raised on
    "Sitemap: http://[zz]/", and one such line lost the site's other sitemaps."""
    urls = []
    for line in body.decode("utf-8", "ignore").splitlines():
        if line.lstrip().lower().startswith("sitemap:"):
            value = line.split(":", 1)[1].strip()
            url = join_url(base_url, value) if value else None  # "": robots.txt itself
            if url is not None:
                urls.append(url)
    return urls
