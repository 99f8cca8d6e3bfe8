"""The whole-document XPaths of the metadata readers written as lazy walks (speed27b) select
the same elements in the same order as the XPaths they replace, on generated pages: headings
and elements classed as a title or headline (`headline._headline_nodes`), byline markup
(`byline._byline_nodes`), date markup (`printeddates._date_nodes`), the elements marked as the
publication (`machinetimes._time_published`), <time>s with a datetime
(`machinetimes._dated_times`) and JSON-LD scripts (`structured.jsonld_article`'s walk).
The former XPaths are written out below as the reference; each page is asked from its root
and from inner elements (an absolute XPath reads the whole document either way)."""

from __future__ import annotations

import random

from lxml import etree

from pipeline.web.htmltree import document_elements, parse_document
from pipeline.web.metadata.byline import _byline_nodes
from pipeline.web.metadata.headline import _headline_nodes
from pipeline.web.metadata.machinetimes import _dated_times, _time_published
from pipeline.web.metadata.printeddates import _date_nodes

_FORMER_HEADLINE_NODES = etree.XPath(
    "//h1|//h2|//h3|//h4|//*[@class][contains(@class,'title') or contains(@class,'headline')]"
    "[not(self::title)][not(self::meta)][not(self::a)][not(self::body)][not(self::html)]"
)
_FORMER_BYLINE_NODES = etree.XPath(
    "//*[@itemprop or @rel or @class or @id]"
    "[@itemprop='author' or @rel='author' or contains(@class,'uthor') or "
    "contains(@class,'yline') or contains(@id,'uthor') or contains(@id,'yline') or "
    "contains(@class,'aut') or contains(@id,'aut')]"
    "[not(self::meta) or @content][not(self::link)][not(self::body)][not(self::html)]"
    "[not(self::article)]"
)
_FORMER_DATE_NODES = etree.XPath(
    "//*[@class or @id]"
    "[contains(@class,'ate') or contains(@class,'ime') or contains(@id,'ate') or "
    "contains(@id,'ime') or contains(@class,'ublish') or contains(@class,'osted') or "
    "contains(@class,'yline')]"
    "[not(self::script)][not(self::style)][not(self::body)][not(self::html)]"
)
_FORMER_TIME_PUBLISHED = etree.XPath(
    "/descendant::time[@itemprop='datePublished' or @pubdate or @class='published'][@datetime]"
    " | /descendant::*[@itemprop or @property][@itemprop='datePublished' or "
    "contains(@property,'datePublished') or contains(@property,'dateCreated') or "
    "contains(@property,'dc:created')]"
)

_TAGS = (
    "div", "span", "p", "a", "h1", "h2", "h3", "h4", "section", "article", "header", "time",
    "meta", "link", "title", "script", "style", "li", "ul", "abbr", "fb:title", "amp-img",
)  # fmt: skip
_WORDS = (
    "title", "headline", "sub-title", "Title", "HEADLINE", "entry-title", "author", "byline",
    "date", "time", "posted", "publish", "aut", "uthor", "yline", "ate", "ime", "", " ",
    "story", "nav", "tit", "head line", "Author", "by-line", "autor", "update", "timed",
    "unpublished", "posted-on", "Date", "datePublished", "dc:created", "schema:dateCreated",
    "published", "dc:date", "datepublished", "application/ld+json",
)  # fmt: skip
_WHOLE_VALUES = ("author", "datePublished", "published", "application/ld+json")
_ATTRS = (
    "class", "id", "itemprop", "rel", "content", "datetime", "href", "class", "id", "pubdate",
    "property", "datetime", "type",
)  # fmt: skip


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    attrs = "".join(
        f' {name}="{" ".join(rng.choices(_WORDS, k=rng.randint(0, 3)))}"'
        if rng.random() < 0.7 or name not in ("itemprop", "rel", "class", "type")
        else f' {name}="{rng.choice(_WHOLE_VALUES)}"'
        for name in dict.fromkeys(rng.sample(_ATTRS, rng.randint(0, 4)))
    )
    inner = "".join(
        _element(rng, depth + 1) if depth < 4 and rng.random() < 0.6 else rng.choice(("x", ""))
        for _ in range(rng.randint(0, 4))
    )
    comment = "<!-- c -->" if rng.random() < 0.1 else ""
    return f"<{tag}{attrs}>{comment}{inner}</{tag}>"


def _pages(n: int, seed: int) -> list[etree._Element]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        head = "".join(_element(rng, 3) for _ in range(rng.randint(0, 3)))
        body = "".join(_element(rng, 0) for _ in range(rng.randint(1, 6)))
        before = "<!-- top --><?pi x?>" if rng.random() < 0.2 else ""
        html = f"{before}<html><head>{head}</head><body>{body}</body></html><!-- after -->"
        doc = parse_document(html)
        if doc is not None:
            docs.append(doc)
    return docs


def test_document_elements_are_the_xpaths_elements() -> None:
    every = etree.XPath("//*")
    for doc in _pages(300, 1):
        assert list(document_elements(doc)) == every(doc)


def test_headline_nodes_as_the_former_xpath() -> None:
    pages = _pages(1500, 2)
    found = 0
    for doc in pages:
        for el in [doc, *list(doc.iter(etree.Element))[::7]]:
            expected = _FORMER_HEADLINE_NODES(el)
            assert list(_headline_nodes(el)) == expected
            found += len(expected)
    assert found > 1000  # (the generator makes such elements: the comparison is not empty)


def test_byline_and_date_nodes_as_the_former_xpaths() -> None:
    pages = _pages(1500, 3)
    found = [0, 0]
    for doc in pages:
        for el in [doc, *list(doc.iter(etree.Element))[::7]]:
            bylines, dates = _FORMER_BYLINE_NODES(el), _FORMER_DATE_NODES(el)
            assert list(_byline_nodes(el)) == bylines
            assert list(_date_nodes(el)) == dates
            found[0] += len(bylines)
            found[1] += len(dates)
    assert min(found) > 1000


def test_time_published_as_the_former_xpath() -> None:
    found = 0
    for doc in _pages(1500, 4):
        for el in [doc, *list(doc.iter(etree.Element))[::7]]:
            expected = _FORMER_TIME_PUBLISHED(el)
            assert list(_time_published(el)) == expected
            found += len(expected)
    assert found > 1000


def test_named_walks_as_the_former_xpaths() -> None:
    dated = etree.XPath("/descendant::time[@datetime]")
    scripts = etree.XPath('/descendant::script[@type="application/ld+json"]')
    found = [0, 0]
    for doc in _pages(600, 5):
        for el in [doc, *list(doc.iter(etree.Element))[::7]]:
            times = dated(el)
            assert list(_dated_times(el)) == times
            blocks = scripts(el)
            walked = document_elements(el, "script")
            assert [s for s in walked if s.get("type") == "application/ld+json"] == blocks
            found[0] += len(times)
            found[1] += len(blocks)
    assert min(found) > 30
