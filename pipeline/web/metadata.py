"""Page metadata from structured data: JSON-LD, og:/article: metas, common meta names, <title>.

Dates come out zone-aware: an explicit offset is kept; a date without one is read as
Asia/Shanghai on Chinese pages (the zone Chinese sites publish in) and UTC elsewhere.
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

from pipeline.text.dates import DATE_IN_TEXT, SHANGHAI, date_in_text, parse_datetime
from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, parse, parse_document, text_of, xpath
from pipeline.web.urls import absolute

logger = logging.getLogger(__name__)

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|NewsArticle|WebPage", re.I)
_JSONLD = xpath('//script[@type="application/ld+json"]')
_CANONICAL_HREF = xpath("//link[@rel='canonical']/@href")
_OG_URL = tuple(
    xpath(f"//meta[@{attr}='og:url']/@content") for attr in ("property", "name", "itemprop")
)
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
    "publishdate",
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
_AUTHOR_METAS = ("author", "article:author", "byline", "dc.creator", "sailthru.author")
_DESC_METAS = ("og:description", "description", "twitter:description")
_SITE_METAS = ("og:site_name", "application-name", "sitename", "site_name")
_BYLINE_LEVELS = 3  # the title, its parent, its grandparent
_BYLINE_SIBLINGS = 3  # following siblings searched at each level


@dataclass
class PageView:
    """One decoded page parsed once (Fundus' precomputed page): its markup, its lxml.html tree
    and, read on first use and before anything prunes the tree, its meta tags and article
    JSON-LD. Site parsers and the generic extractor receive this view instead of parsing.

    Readers may prune `doc` in place (site parsers drop furniture): the next reader after one
    that gave up takes `fresh()`, a view on a new tree of the same markup.
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
        """<meta> contents by lower-cased property, name or itemprop (the first non-empty)."""
        return _metas(self.doc)

    @cached_property
    def jsonld(self) -> dict[str, Any]:
        """The article-like JSON-LD object of the page ({} when there is none)."""
        return jsonld_article(self.doc)


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
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _walk_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        yield node
        yield from _walk_jsonld(node.get("@graph", []))


def jsonld_article(doc: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object of an article-like @type ({} when there is none)."""
    for script in _JSONLD(doc):
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError as exc:
            logger.debug("bad JSON-LD block: %s", exc)
            continue
        for obj in _walk_jsonld(data):
            kind = obj.get("@type", "")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind)
            if _ARTICLE_TYPES.search(kind) and (obj.get("headline") or obj.get("datePublished")):
                return obj
    return {}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    return str(value).strip() or None if value else None


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
    """An author name without "By"/"作者：" prefixes; None for URLs and empty strings."""
    if not author or author.startswith(("http://", "https://")):
        return None
    author = _BYLINE.sub("", author.strip(" ,;|")).strip(" ,;|")
    return author or None


def _zone(chinese: bool) -> tzinfo:
    """The zone of a date printed without one: Asia/Shanghai on Chinese pages, else UTC."""
    return SHANGHAI if chinese else UTC


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((metas[k] for k in keys if metas.get(k)), None)


def _text_date(doc: HtmlElement, chinese: bool) -> datetime | None:
    """A date printed just after the title (the byline of portals without metas)."""
    node = next(doc.iter("h1"), None)
    for _ in range(_BYLINE_LEVELS):
        if node is None:
            return None
        for sib in list(node.itersiblings())[:_BYLINE_SIBLINGS]:
            text = text_of(sib)[:300] if isinstance(sib.tag, str) else ""
            if DATE_IN_TEXT.search(text):
                return date_in_text(text, _zone(chinese))
        node = node.getparent()
    return None


def _language(doc: HtmlElement, metas: dict[str, str]) -> str | None:
    lang = (
        doc.get("lang")
        or doc.get("xml:lang")
        or metas.get("content-language")
        or metas.get("og:locale")
        or metas.get("language")
    )
    return lang.strip().replace("_", "-").lower() if lang else None


def _published(
    doc: HtmlElement, ld: dict[str, Any], metas: dict[str, str], chinese: bool
) -> datetime | None:
    for raw in (ld.get("datePublished"), _first(metas, _DATE_METAS), ld.get("dateCreated")):
        if raw and (found := parse_datetime(str(raw), _zone(chinese))):
            return found
    return _text_date(doc, chinese)


def page_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """title, published_at, author, description, language, canonical, site_name (None if absent)."""
    doc = parse(html)
    return page_metadata_tree(doc, url) if doc is not None else {}


def page_metadata_tree(doc: HtmlElement, url: str | None = None) -> dict[str, Any]:
    """page_metadata of an already parsed (and not yet pruned) page."""
    metas = _metas(doc)
    ld = jsonld_article(doc)
    language = _language(doc, metas)
    site_name = _first(metas, _SITE_METAS) or _name(ld.get("publisher"))
    title_node = doc.find(".//title")
    raw_title = (
        metas.get("og:title")
        or _name(ld.get("headline"))
        or (text_of(title_node) if title_node is not None else "")
    )
    chinese = bool(language and language.startswith("zh")) or has_han(raw_title or "")
    return {
        "title": clean_title(raw_title, site_name) if raw_title else None,
        "published_at": _published(doc, ld, metas, chinese),
        "author": clean_author(_name(ld.get("author")) or _first(metas, _AUTHOR_METAS)),
        "description": _first(metas, _DESC_METAS) or _name(ld.get("description")),
        "language": language,
        "canonical": canonical_link(doc, url or ""),
        "site_name": site_name,
    }
