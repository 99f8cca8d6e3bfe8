"""Which of a page's several article JSON-LD objects is the page's own.

A page may hold more than one object of an article @type: a related story's block after the
article's own, a teaser list's articles in the same @graph, a live page's earlier story. The
first is not always the page's own ("<script>" order follows the template, not the story).
`own_article` picks the one whose address (url, @id, mainEntityOfPage) is the page's
(<link rel=canonical>, og:url), else the one whose headline is the page's (its first <h1>,
or held in its <title>), else the first, as before. Only pages with two articles or more
call it: one address and one heading read from the page. `with_page_date` gives the article
the publication date of the page's WebPage object where it states none itself.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from pipeline.web.html import HtmlElement, xpath

_CANONICAL = xpath(
    "/descendant::link[@rel='canonical']/@href"
    " | /descendant::meta[@property='og:url' or @name='og:url']/@content"
)
# (string(): the text of the first, "" where none is; a tree of either lxml parser)
_FIRST_H1 = xpath("string(/descendant::h1[1])")
_TITLE = xpath("string(/descendant::title[1])")
_ADDRESS_FIELDS = ("url", "@id", "mainEntityOfPage")
_NOT_KEY = re.compile(r"\W+")
# A headline shorter than this (letters and digits) names no story apart ("News", "Home").
_MIN_HEADLINE_KEY = 8
# The key under which `with_page_date` gives an article object its page's datePublished: read
# after the article's own dates and the date metas (`reader.read_metadata`).
PAGE_PUBLISHED = "@page:datePublished"


def own_article(doc: HtmlElement, articles: list[dict[str, Any]]) -> dict[str, Any]:
    """The page's own among `articles` (two or more, in document order): the first whose
    address is the page's canonical or og:url, else the first whose headline is the page's
    <h1> or held in its <title>, else the first. A first article that gives no address and
    whose headline is the page's stays (the page's own, a second copy at the address after
    it: a CMS's graph beside a hand-written block, with fewer fields)."""
    pages = {_address(str(href)) for href in _CANONICAL(doc)} - {""}
    h1, title_key = _key(str(_FIRST_H1(doc))), _key(str(_TITLE(doc)))
    if pages and not (_addresses(articles[0]) == set() and _titled(articles[0], h1, title_key)):
        for article in articles:
            if pages & _addresses(article):
                return article
    return next((a for a in articles if _titled(a, h1, title_key)), articles[0])


def _titled(article: dict[str, Any], h1: str, title: str) -> bool:
    """True when the article's headline (or name) is the page's <h1> (`h1`, a `_key`) or
    is held in its <title> (`title`)."""
    headline = article.get("headline") or article.get("name")
    key = _key(headline) if isinstance(headline, str) else ""
    return len(key) >= _MIN_HEADLINE_KEY and (key == h1 or key in title)


def _addresses(article: dict[str, Any]) -> set[str]:
    """The addresses an article object gives itself (url, @id, mainEntityOfPage's @id or
    url), read as `_address` reads them."""
    found = set()
    for field in _ADDRESS_FIELDS:
        value = article.get(field)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value:
            found.add(_address(value))
    return found - {""}


def _address(url: str) -> str:
    """A URL as an address to compare: its host without "www.", its path without a final
    slash, lower-cased; scheme, query and fragment ("#article") left out; "" for a URL with
    no host (a relative @id says nothing of the page)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/').lower()}" if host else ""


def _key(text: str) -> str:
    return _NOT_KEY.sub("", text.lower())


def with_page_date(article: dict[str, Any], objects: list[dict[str, Any]]) -> dict[str, Any]:
    """`article` with the datePublished of the page's WebPage object (the first of `objects`,
    the page's JSON-LD objects, of @type WebPage that gives one) under `PAGE_PUBLISHED`, where
    the article states no datePublished itself: Yoast's and other CMSs' @graph put the dates
    on the WebPage the article is part of, and the page's teasers print other stories' dates
    that the readers of an undated page would take. Another story's object is never a
    WebPage; the article itself, as given, where it has a date or no WebPage gives one."""
    if article.get("datePublished"):
        return article
    for obj in objects:
        if not obj.get("datePublished") or obj is article:
            continue
        if any(isinstance(k, str) and k.lower() == "webpage" for k in _listed(obj.get("@type"))):
            return {**article, PAGE_PUBLISHED: obj["datePublished"]}
    return article


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
