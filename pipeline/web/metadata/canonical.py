"""A page's canonical link: <link rel=canonical>, else og:url, made absolute (`canonical_link`),
read by lxml's walks of the page's <link>s and <meta>s (what three XPaths read before).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pipeline.web.html import HtmlElement
from pipeline.web.htmltree import document_elements
from pipeline.web.urls import absolute

__all__ = ["canonical_link"]

_META_KEYS = ("property", "name", "itemprop")  # the og:url meta named by each, in this order


def canonical_link(doc: HtmlElement, url: str) -> str:
    """rel=canonical, else og:url, made absolute against `url`; else `url` itself. A site's
    front page named as the canonical URL of a page that is not one (a template's default
    left in every article) is no canonical: it would make every article of the site one
    record, each stored over the last, and `url` stands."""
    candidate = _canonical_href(doc)
    if not candidate:
        candidate = _og_url(doc)
    found = absolute(candidate, url)
    if found is None or (_front_page(found) and not _front_page(url)):
        return url
    return found


def _canonical_href(doc: HtmlElement) -> str | None:
    """The href of the page's first <link rel="canonical"> that has one: the first value of
    the XPath "/descendant::link[@rel='canonical']/@href" it was, by lxml's walk of the
    page's <link>s (the XPath built the whole set: a few times the walk's time)."""
    for link in document_elements(doc, "link"):
        if link.get("rel") == "canonical":
            href = link.get("href")
            if href is not None:
                return href
    return None


def _og_url(doc: HtmlElement) -> str | None:
    """The first content, stripped and not empty, of an og:url meta named by property, then
    by name, then by itemprop (in document order within each): the three XPaths
    "/descendant::meta[@ATTR='og:url']/@content" it was, by one walk of the page's <meta>s."""
    metas = list(document_elements(doc, "meta"))
    for attr in _META_KEYS:
        for meta in metas:
            if meta.get(attr) == "og:url":
                value = (meta.get("content") or "").strip()
                if value:
                    return value
    return None


def _front_page(url: str) -> bool:
    """A URL of a site's front page: no path beyond "/" (or an index file), no query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path.lower()
    return not parts.query and (path in ("", "/") or path in _INDEX_PATHS)


_INDEX_PATHS = frozenset(f"/index.{ext}" for ext in ("html", "htm", "php", "asp", "aspx", "shtml"))
