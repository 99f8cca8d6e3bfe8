"""Listings into Items: RSS and Atom feeds, JSON APIs (Sohu feed, WordPress, Newspack),
sitemaps and sitemap indexes (XML, gzipped, or plain text); the kind of a listing, and its
paging (`page=N`).

Pure functions of a body and its URL: the spiders decide what to fetch (all fetching is
Scrapy's: politeness, robots.txt, the address guard, the archive). A gzipped sitemap is
inflated with Scrapy's own `gunzip` (what its SitemapSpider uses), capped like any body.

The sitemap XML is read here with lxml (entities never resolved, no network, no huge
trees), not by a sitemap library, because none of those tried keeps what the story filter
needs:

- scrapy.utils.sitemap.Sitemap (2.19) keeps each entry's direct children only: the Google
  News `news:news` element comes out as an empty string (title, publication date lost);
- ultimate-sitemap-parser 1.8.1 (`usp`, parsing a fetched string with
  `usp.tree.sitemap_from_str` / its parser classes, no fetch of its own) drops the
  `lastmod` of a sitemap index's children (the story window skips old child sitemaps by
  it), keeps `news:title` only when `news:publication_date` is also given, stops at the
  first malformed entry (an empty `<loc>` loses every later URL), decodes fetched bytes as
  UTF-8 only, logs under a placeholder URL, pins python-dateutil<3, and is GPL-3.0 (this
  project is Apache-2.0). Its XML bomb defence (refusing a DOCTYPE) and its text and
  robots.txt readers are matched here: a sitemap declaring entities is refused (and none is
  ever resolved), `text_sitemap_items`, and robots.txt by Scrapy's `sitemap_urls_from_robots`.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree

from pipeline.web.jsonvalue import json_value
from pipeline.web.urls import join_url
from spiders.story_filter import Item, item_datetime, plain_text
from spiders.urlkind import JSON_API_MARKS, url_kind

logger = logging.getLogger(__name__)

__all__ = [
    "JSON_DATE_FIELDS",
    "JSON_TEXT_FIELDS",
    "JSON_URL_FIELDS",
    "feed_items",
    "gzipped_sitemap",
    "json_items",
    "listing_kind",
    "newest_first",
    "page_number",
    "paged_url",
    "rss_items",
    "SitemapError",
    "sitemap_body",
    "sitemap_items",
    "text_sitemap_items",
    "unique_items",
    "url_kind",
]

PAGE_PARAM = "page"
JSON_URL_FIELDS = ("url", "link")
# Sohu: title, mobileTitle, brief; WordPress: title/excerpt {"rendered"}; others: summary...
JSON_TEXT_FIELDS = ("title", "mobileTitle", "brief", "summary", "excerpt", "description", "content")
# date_gmt before date: WordPress gives `date` in the site's zone without saying which.
JSON_DATE_FIELDS = ("publicTime", "date_gmt", "date", "publishTime", "published_at", "pubDate")
_ITEM_KEYS = ("data", "items", "list", "posts", "articles")
_SITEMAP_MARKS = (b"<urlset", b"<sitemapindex")
_SITEMAP_ROOTS = ("urlset", "sitemapindex")
_GZIP_MAGIC = b"\x1f\x8b"
_XML = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)

UrlOf = Callable[[dict[str, Any]], "str | None"]


class SitemapError(ValueError):
    """A sitemap that cannot be read: bad gzip data, over the size cap, not a sitemap."""


def _local(name: str) -> str:
    return f"*[local-name()='{name}']"


def listing_kind(body: bytes) -> str:
    """ "sitemap", "json" or "xml" (RSS / Atom) for a body already known to be a feed."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"[", b"{"):
        return "json"
    return "sitemap" if any(mark in head for mark in _SITEMAP_MARKS) else "xml"


def _tree(body: bytes) -> Any:
    try:
        return etree.fromstring(body.lstrip(b"\xef\xbb\xbf \t\r\n"), _XML)
    except etree.XMLSyntaxError:
        return None


def _texts(node: Any, *names: str) -> tuple[str, ...]:
    found = (plain_text(v) for n in names for v in node.xpath(f"{_local(n)}/text()"))
    return tuple(t for t in found if t)


def _first(node: Any, *names: str) -> str | None:
    for name in names:
        values = [str(v).strip() for v in node.xpath(f"{_local(name)}/text()") if v.strip()]
        if values:
            return values[0]
    return None


def rss_items(body: bytes, base_url: str) -> list[Item]:
    """RSS `item`s (link, else a permalink guid; title, description, content:encoded;
    pubDate or dc:date) and Atom `entry`s (alternate link; title, summary, content;
    published, else updated), in feed order."""
    root = _tree(body)
    if root is None:
        return []
    items: list[Item] = []
    for node in root.xpath(f"//{_local('item')}"):
        link = _first(node, "link") or next(
            (g.strip() for g in node.xpath(f"{_local('guid')}[@isPermaLink='true']/text()")), None
        )
        url = join_url(base_url, link) if link else None
        if url:
            items.append(
                Item(
                    url,
                    _texts(node, "title", "description", "encoded"),
                    item_datetime(_first(node, "pubDate", "date")),
                )
            )
    for node in root.xpath(f"//{_local('entry')}"):
        hrefs = node.xpath(f"{_local('link')}[not(@rel) or @rel='alternate']/@href")
        url = join_url(base_url, hrefs[0].strip()) if hrefs and hrefs[0].strip() else None
        if url:
            items.append(
                Item(
                    url,
                    _texts(node, "title", "summary", "content"),
                    item_datetime(_first(node, "published", "updated")),
                )
            )
    return items


def gzipped_sitemap(body: bytes) -> bool:
    """Whether `body` is a gzipped file (a .gz still compressed after Scrapy's content
    decoding) that opens as a sitemap or feed: what a sitemap whose URL does not say so is
    served as. Only its first kilobytes are inflated to tell."""
    if not body.startswith(_GZIP_MAGIC):
        return False
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        head = inflater.decompress(body[:65536], 4096)
    except zlib.error:
        return False
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and any(
        mark in head for mark in (*_SITEMAP_MARKS, b"<rss", b"<feed")
    )


def sitemap_body(body: bytes, max_size: int) -> bytes:
    """A sitemap's bytes, inflated when gzipped (a .xml.gz served as a file, not as a
    Content-Encoding), at most `max_size` bytes inflated; SitemapError when that fails."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    from scrapy.utils.gz import gunzip  # here: Scrapy is loaded by the crawl, not by this module

    try:
        return gunzip(body, max_size=max_size)
    except ValueError:  # Scrapy's "over max_size"
        raise SitemapError(f"gzipped sitemap over {max_size} bytes once inflated") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise SitemapError(f"bad gzip data ({exc})") from None


def text_sitemap_items(body: bytes, base_url: str) -> list[Item]:
    """The page URLs of a plain-text sitemap: one absolute http(s) URL a line (others are
    skipped, as the sitemaps.org protocol has no relative or commented lines)."""
    text = body.decode("utf-8-sig", "replace")
    lines = (line.strip() for line in text.splitlines())
    urls = (join_url("", line) for line in lines)  # None: no URL (a malformed host)
    return [Item(url, ()) for url in urls if url and urlsplit(url).scheme in ("http", "https")]


def sitemap_items(body: bytes, base_url: str) -> tuple[list[Item], list[Item]]:
    """(child sitemaps, page URLs) of a sitemap index or urlset: `loc`, `lastmod` as the
    modification date, Google News `news:title` / `news:publication_date` where given.
    SitemapError when the body is no sitemap XML (unparsable, or another root element) or
    declares entities (an expansion attack: libxml2 also caps amplification)."""
    root = _tree(body)
    if root is None:
        raise SitemapError("not XML")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise SitemapError("declares XML entities (refused: a sitemap needs none)")
    name = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if name not in _SITEMAP_ROOTS:
        raise SitemapError(f"root element <{name}>, not <urlset> or <sitemapindex>")
    children: list[Item] = []
    pages: list[Item] = []
    # One pass over the entries and their children (an XPath per field per entry took
    # 90 microseconds an entry: 18 s for a 200,000-URL sitemap).
    for node in root.iterchildren(etree.Element):  # the protocol's entries: the root's children
        kind = etree.QName(node).localname
        if kind not in ("url", "sitemap"):
            continue
        fields = _fields(node)
        loc = join_url(base_url, fields["loc"]) if fields.get("loc") else None
        if not loc:
            continue  # none, or no URL (a malformed host): the other entries still count
        lastmod = item_datetime(fields["lastmod"]) if "lastmod" in fields else None
        if kind == "sitemap":
            children.append(Item(loc, (), None, lastmod))
            continue
        news = fields.get("news")
        texts: tuple[str, ...] = ()
        published = None
        if news is not None:
            about = _fields(news)
            found = (plain_text(about[k]) for k in ("title", "keywords") if k in about)
            texts = tuple(t for t in found if t)
            published = item_datetime(about.get("publication_date"))
        pages.append(Item(loc, texts, published, lastmod))
    return children, pages


def _fields(entry: Any) -> dict[str, Any]:
    """A sitemap entry's children by local name: the first non-empty text of each, and the
    `news` element itself (its own fields are read by name)."""
    fields: dict[str, Any] = {}
    for child in entry.iterchildren(etree.Element):
        name = etree.QName(child).localname
        if name == "news":
            fields.setdefault("news", child)
        elif name not in fields and child.text and child.text.strip():
            fields[name] = child.text.strip()
    return fields


def feed_items(body: bytes) -> list[dict[str, Any]]:
    """The items of a JSON listing: a bare array, or the array under "data", "items",
    "list", "posts" or "articles" (one level of nesting more, e.g. {"data": {"list": []}})."""
    try:
        data = json_value(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        data = None
    if data is None:
        logger.warning("listing is not JSON")
        return []
    for _ in range(2):
        if not isinstance(data, dict):
            break
        data = next((data[k] for k in _ITEM_KEYS if isinstance(data.get(k), (list, dict))), [])
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def json_items(
    body: bytes,
    base_url: str,
    url_of: UrlOf | None = None,
    *,
    text_fields: Sequence[str] = JSON_TEXT_FIELDS,
    date_fields: Sequence[str] = JSON_DATE_FIELDS,
) -> list[Item]:
    """Items of a JSON listing: the URL from `url_of` (a site's rule) else `url` / `link`;
    texts from `text_fields`, the date from the first of `date_fields` that parses."""
    items: list[Item] = []
    for entry in feed_items(body):
        url = url_of(entry) if url_of is not None else None
        url = url or next(
            (entry[k] for k in JSON_URL_FIELDS if isinstance(entry.get(k), str) and entry[k]), None
        )
        url = join_url(base_url, url) if url else None
        if not url:
            continue
        texts = tuple(t for t in (plain_text(entry.get(k)) for k in text_fields) if t)
        when = _json_date(entry, date_fields)
        items.append(Item(url, texts, when))
    return items


def _json_date(entry: dict[str, Any], fields: Sequence[str]) -> datetime | None:
    for key in fields:
        value = entry.get(key)
        if key.endswith("_gmt") and isinstance(value, str) and value:
            value += "Z"  # WordPress date_gmt: UTC, written without a zone
        found = item_datetime(value) if value else None
        if found is not None:
            return found
    return None


def page_number(url: str, param: str = PAGE_PARAM) -> int | None:
    """The page a paged listing URL asks for (`page=N`); 1 for a JSON API URL without it;
    None for a URL that is not paged."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == param:
            return int(value) if value.isdigit() else None
    return 1 if any(mark in parts.path for mark in JSON_API_MARKS) else None


def paged_url(url: str, page: int, param: str = PAGE_PARAM) -> str:
    """`url` asking for page `page` (the parameter replaced in place, or appended)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(k == param for k, _ in query):
        query = [(k, str(page) if k == param else v) for k, v in query]
    else:
        query.append((param, str(page)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def unique_items(
    items: Iterable[Item],
    keep: Callable[[str], bool] | None = None,
    key: Callable[[str], str] = lambda u: u,
) -> list[Item]:
    """Items in order, the first of each URL (by `key`), those `keep` accepts."""
    seen: dict[str, Item] = {}
    for item in items:
        if (keep is None or keep(item.url)) and key(item.url) not in seen:
            seen[key(item.url)] = item
    return list(seen.values())


def newest_first(items: Sequence[Item]) -> list[Item]:
    """Items by date, newest first; undated ones last, in their order."""
    dated: list[tuple[datetime, Item]] = []
    undated: list[Item] = []
    for item in items:
        when = item.published or item.modified
        if when:
            dated.append((when, item))
        else:
            undated.append(item)
    dated.sort(key=lambda pair: pair[0], reverse=True)  # stable: equal dates keep their order
    return [item for _, item in dated] + undated
