"""The one metadata reader: JSON-LD, og:/article: metas, common meta names, <title>, <html lang>.

A page is parsed once into a `PageView`; its meta tags and its article JSON-LD object are read
once (on first use) and `PageView.metadata()` reads every field from them: site parsers and the
generic path both call it. The JSON-LD object is picked by one rule (`jsonld_article`).

Dates come out zone-aware: an explicit offset is kept; a date without one is read in the zone
the caller gives (a site's newsroom zone), else Asia/Shanghai on Chinese pages (the zone Chinese
sites publish in) and UTC elsewhere.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import cached_property
from typing import Any

from pipeline.text.dates import (
    SHANGHAI,
    date_in_text,
    date_in_url,
    parse_datetime,
    relative_datetime,
)
from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, parse_document, text_of, xpath
from pipeline.web.urls import absolute

logger = logging.getLogger(__name__)

# JSON-LD @types of an article (NewsArticle, ReportageNewsArticle, TechArticle, LiveBlogPosting,
# Report...); a WebPage object stands in when the page has none of them.
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report", re.I)
_PAGE_TYPE = "webpage"
_JSONLD = xpath('//script[@type="application/ld+json"]')
_CANONICAL_HREF = xpath("//link[@rel='canonical']/@href")
_OG_URL = tuple(
    xpath(f"//meta[@{attr}='og:url']/@content") for attr in ("property", "name", "itemprop")
)
_META_KEYS = ("property", "name", "itemprop")
_TITLE_SEPARATORS = re.compile(
    r"\s+[-|–—·:]\s+|\s*[_｜|]\s*|\s+-\s*|--|::|(?<=[^\x00-\x7f])-(?=[^\x00-\x7f])"
)
_BYLINE = re.compile(r"^(by|par|作者|记者)\s*[:：]?\s*", re.I)
_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "pub_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "og:release_date",
    "weibo: article:create_at",
    "firstpublishedtime",
    "releasedate",
)
_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
_AUTHOR_METAS = ("author", "article:author", "byline", "dc.creator", "sailthru.author")
_DESC_METAS = ("og:description", "description", "twitter:description")
_SITE_METAS = ("og:site_name", "application-name", "sitename", "site_name")
_LANGUAGE_METAS = ("content-language", "og:locale", "language")
_TIME_PUBLISHED = xpath(
    "//time[@itemprop='datePublished' or @pubdate or @class='published']"
    "/@datetime | //*[@itemprop='datePublished']/@content"
)
_TIME_ANY = xpath("//time/@datetime")
# Several authors in one string: "A and B", « A et B », "A & B", "A、B", "A; B", "A, B and C".
_AUTHOR_SPLIT = re.compile(r"\s*(?:[;；、/|]|\band\b|\bet\b|&|，)\s*", re.I)
_AUTHOR_COMMA_LIST = re.compile(r",\s*(?=[^,]+(?:\band\b|\bet\b|&))", re.I)
_BYLINE_LEVELS = 3  # the title, its parent, its grandparent
_BYLINE_SIBLINGS = 3  # following siblings searched at each level


@dataclass(frozen=True)
class Metadata:
    """What a page says about itself (None or empty where it says nothing).

    title: og:title, else the JSON-LD headline, else <title>, without its site suffix.
    summary: the JSON-LD description, else og:description, description, twitter:description.
    authors: the JSON-LD author names, else the first author meta (author, article:author,
    byline, dc.creator, sailthru.author) that names a person: "By"/"作者：" dropped, URLs skipped.
    authors: each name apart ("A and B", « A et B », "A、B" are split).
    published_at: JSON-LD datePublished, the date metas, JSON-LD dateCreated, a <time> marked
    as the publication (itemprop, pubdate), a date printed just after the <h1> (numeric,
    Chinese, English, French, or relative to the fetch time), the first <time datetime>, the
    date in the URL path. modified_at, kept apart: dateModified, article:modified_time and kin.
    canonical: rel=canonical, else og:url, else the page URL. site_name: og:site_name and kin,
    else the JSON-LD publisher. language: <html lang>, else content-language, og:locale,
    language metas (lower case, "_" as "-"). images: the JSON-LD image(s), then og:image, made
    absolute, the lead image first.
    """

    title: str | None = None
    summary: str | None = None
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    modified_at: datetime | None = None
    canonical: str = ""
    site_name: str | None = None
    language: str | None = None
    images: tuple[str, ...] = ()

    @property
    def author(self) -> str | None:
        """The authors joined by ", " (None when there is none)."""
        return ", ".join(self.authors) or None

    def as_dict(self) -> dict[str, Any]:
        """title, published_at, author, description, language, canonical, site_name."""
        return {
            "title": self.title,
            "published_at": self.published_at,
            "author": self.author,
            "description": self.summary,
            "language": self.language,
            "canonical": self.canonical,
            "site_name": self.site_name,
        }


@dataclass
class PageView:
    """One decoded page parsed once (Fundus' precomputed page): its markup, its lxml.html tree
    and, read on first use, its meta tags and article JSON-LD. Site parsers and the generic
    extractor receive this view instead of parsing, and read metadata through `metadata()`.

    Readers may prune `doc` in place (site parsers drop furniture): read `metadata()` before
    (it also reads <title>, the canonical link and the <h1> byline from the tree). The next
    reader after one that gave up takes `fresh()`, a view on a new tree of the same markup.
    """

    html: str
    doc: Any = field(repr=False)  # lxml.html.HtmlElement: cssselect, text_content, drop_tree
    url: str = ""

    @classmethod
    def parse(cls, html: str, url: str = "") -> PageView | None:
        """The view of decoded markup, or None when it holds no markup at all."""
        doc = parse_document(html)
        return cls(html, doc, url) if doc is not None else None

    def fresh(self) -> PageView:
        """A view on a new, unpruned tree of the same markup."""
        view = PageView.parse(self.html, self.url)
        assert view is not None  # the same markup parsed once already
        return view

    @cached_property
    def metas(self) -> dict[str, str]:
        """<meta> contents by lower-cased property, name and itemprop (the first non-empty)."""
        return _metas(self.doc)

    @cached_property
    def jsonld(self) -> dict[str, Any]:
        """The page's article JSON-LD object, by the one rule of `jsonld_article`."""
        return jsonld_article(self.doc)

    def meta(self, *keys: str) -> str | None:
        """The content of the first of `keys` (case-insensitive) the page's metas hold."""
        return _first(self.metas, tuple(k.lower() for k in keys))

    def metadata(self, zone: tzinfo | None = None, now: datetime | None = None) -> Metadata:
        """The page's Metadata; dates without an offset are read in `zone` (a site's), else
        in Asia/Shanghai on Chinese pages (declared zh, or Han in the title) and UTC elsewhere.
        `now` (the fetch time) dates a byline printed as "3小时前" / "yesterday"."""
        return read_metadata(self.doc, self.metas, self.jsonld, self.url, zone, now)


def canonical_link(doc: HtmlElement, url: str) -> str:
    """rel=canonical, else og:url, made absolute against `url`; else `url` itself."""
    links = _CANONICAL_HREF(doc)
    candidate = links[0] if links else None
    if not candidate:
        values = (v.strip() for find in _OG_URL for v in find(doc))
        candidate = next((v for v in values if v), None)
    return absolute(candidate, url) or url


def _metas(doc: HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in doc.iter("meta"):
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        for attr in _META_KEYS:
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in out:
                out[key] = value
    return out


def _walk_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        yield node
        yield from _walk_jsonld(node.get("@graph", []))


def _types(obj: dict[str, Any]) -> list[str]:
    kinds = obj.get("@type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    return [str(kind) for kind in kinds]


def jsonld_article(doc: HtmlElement) -> dict[str, Any]:
    """The page's article JSON-LD object: the first object (in any block, @graph included) of
    an article @type (a name holding Article, BlogPosting or Report), else the first WebPage
    object, else {}. Blocks that are not JSON are skipped."""
    page: dict[str, Any] = {}
    for script in _JSONLD(doc):
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError as exc:
            logger.debug("bad JSON-LD block: %s", exc)
            continue
        for obj in _walk_jsonld(data):
            kinds = _types(obj)
            if any(_ARTICLE_TYPES.search(kind) for kind in kinds):
                return obj
            if not page and any(kind.lower() == _PAGE_TYPE for kind in kinds):
                page = obj
    return page


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    return str(value).strip() or None if value else None


def _names(value: Any) -> list[str]:
    """Each name of a JSON-LD person value (a string, an object, or a list of either)."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    name = _name(value)
    return [name] if name else []


def _image_urls(value: Any) -> list[str]:
    """The URLs of a JSON-LD image value (a URL, an ImageObject, or a list of either)."""
    if isinstance(value, list):
        return [url for item in value for url in _image_urls(item)]
    if isinstance(value, dict):
        value = value.get("url")
    return [str(value)] if value else []


def clean_title(title: str, site_name: str | None = None) -> str:
    """A page title without its " - Site" / "_Channel_Site" / "| Site" suffixes."""
    title = " ".join(title.split())
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title
    if site_name:
        parts = [p for p in parts if p != site_name] or parts
    return max(parts, key=len) if len(parts[0]) < 0.5 * max(len(p) for p in parts) else parts[0]


def clean_author(author: str | None) -> str | None:
    """An author name without "By"/"作者：" prefixes; None for URLs and for strings without a
    letter or digit (empty, or a placeholder such as "-")."""
    if not author or author.startswith(("http://", "https://")):
        return None
    author = _BYLINE.sub("", author.strip(" ,;|")).strip(" ,;|")
    return author if any(ch.isalnum() for ch in author) else None


def _zone(chinese: bool) -> tzinfo:
    """The zone of a date printed without one: Asia/Shanghai on Chinese pages, else UTC."""
    return SHANGHAI if chinese else UTC


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((metas[k] for k in keys if metas.get(k)), None)


def _text_date(doc: HtmlElement, zone: tzinfo, now: datetime | None = None) -> datetime | None:
    """A date printed just after the title (the byline of portals without metas): numeric,
    Chinese, English or French, or relative to `now` ("3小时前") when `now` is given."""
    node = next(doc.iter("h1"), None)
    for _ in range(_BYLINE_LEVELS):
        if node is None:
            return None
        for sib in list(node.itersiblings())[:_BYLINE_SIBLINGS]:
            text = text_of(sib)[:300] if isinstance(sib.tag, str) else ""
            found = date_in_text(text, zone) if text else None
            if found is None and now is not None and text:
                found = relative_datetime(text, now)
            if found is not None:
                return found
        node = node.getparent()
    return None


def _language(doc: HtmlElement, metas: dict[str, str]) -> str | None:
    lang = doc.get("lang") or doc.get("xml:lang") or _first(metas, _LANGUAGE_METAS)
    return lang.strip().replace("_", "-").lower() or None if lang else None


def _date(zone: tzinfo, *raws: Any) -> datetime | None:
    """The first of `raws` that parses as a date."""
    for raw in raws:
        if raw and (found := parse_datetime(str(raw), zone)):
            return found
    return None


def split_authors(value: str) -> list[str]:
    """The names in one author string: "A and B", « A et B », "A & B", "A、B", "A; B",
    "A, B and C" (commas split only in such a list: "Smith, John" stays one name)."""
    value = _AUTHOR_COMMA_LIST.sub(" and ", value)
    names = (clean_author(part) for part in _AUTHOR_SPLIT.split(value))
    return [name for name in names if name]


def _authors(ld: dict[str, Any], metas: dict[str, str]) -> tuple[str, ...]:
    names = [n for raw in _names(ld.get("author")) for n in split_authors(raw)]
    if names:
        return tuple(dict.fromkeys(names))
    found = (clean_author(metas.get(key)) for key in _AUTHOR_METAS)
    first = next((f for f in found if f), None)
    return tuple(dict.fromkeys(split_authors(first))) if first else ()


def read_metadata(
    doc: HtmlElement,
    metas: dict[str, str],
    ld: dict[str, Any],
    url: str = "",
    zone: tzinfo | None = None,
    now: datetime | None = None,
) -> Metadata:
    """The Metadata of a page from its (not yet pruned) tree, its metas and its article
    JSON-LD object (`PageView.metadata` passes its own). `now` is the fetch time: a byline
    that only says "3小时前" or "昨天 18:21" is read against it."""
    language = _language(doc, metas)
    site_name = _first(metas, _SITE_METAS) or _name(ld.get("publisher"))
    title_node = doc.find(".//title")
    raw_title = (
        metas.get("og:title")
        or _name(ld.get("headline"))
        or (text_of(title_node) if title_node is not None else "")
    )
    if zone is None:
        zone = _zone(bool(language and language.startswith("zh")) or has_han(raw_title or ""))
    published = _date(
        zone, ld.get("datePublished"), _first(metas, _DATE_METAS), ld.get("dateCreated")
    )
    images = [absolute(i, url) for i in [*_image_urls(ld.get("image")), metas.get("og:image")]]
    return Metadata(
        title=clean_title(raw_title, site_name) if raw_title else None,
        summary=_name(ld.get("description")) or _first(metas, _DESC_METAS),
        authors=_authors(ld, metas),
        published_at=published
        or _date(zone, *_TIME_PUBLISHED(doc)[:1])
        or _text_date(doc, zone, now)
        or _date(zone, *_TIME_ANY(doc)[:1])
        or (date_in_url(url, zone) if url else None),
        modified_at=_date(zone, ld.get("dateModified"), _first(metas, _MODIFIED_METAS)),
        canonical=canonical_link(doc, url),
        site_name=site_name,
        language=language,
        images=tuple(dict.fromkeys(i for i in images if i)),
    )


def page_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """`Metadata.as_dict` of decoded markup ({} when it holds no markup)."""
    view = PageView.parse(html, url or "")
    return view.metadata().as_dict() if view is not None else {}
