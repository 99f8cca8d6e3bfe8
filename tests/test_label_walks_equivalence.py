"""The page walks whose per-element generators were spelled out give the former elements:
`byline._byline_nodes` (`_BYLINE_PARTS` in a class or id), `printeddates._date_nodes`
(`_DATE_CLASS_PARTS` in a class, `_DATE_ID_PARTS` in an id) and `posts._candidates` (three
headings among a block's children, counted by the set's own test), on generated pages whose
classes and ids hold the parts whole, cut, in capitals, and around other words. A change of
a parts tuple fails here until the spelled-out tests follow it."""

from __future__ import annotations

import random
from collections.abc import Iterator

from lxml import etree

from pipeline.maintext import posts
from pipeline.web.htmltree import HtmlElement, document_elements
from pipeline.web.metadata import byline, printeddates

_WORDS = (
    "author",
    "uthor",
    "Author",
    "byline",
    "yline",
    "aut",
    "au",
    "date",
    "ate",
    "time",
    "ime",
    "published",
    "ublish",
    "posted",
    "osted",
    "meta",
    "entry",
    "x",
    "",
)
_TAGS = ("div", "span", "p", "a", "h2", "h3", "dt", "li", "ul", "link", "meta", "article", "body")


def _byline_nodes_former(doc: HtmlElement) -> Iterator[HtmlElement]:
    for el in document_elements(doc):
        cls, ident = el.get("class"), el.get("id")
        if (
            el.get("itemprop") == "author"
            or el.get("rel") == "author"
            or (cls is not None and any(part in cls for part in byline._BYLINE_PARTS))  # noqa: SLF001
            or (ident is not None and any(part in ident for part in byline._BYLINE_PARTS))  # noqa: SLF001
        ):
            tag = el.tag
            if tag not in byline._NOT_BYLINE_NODES and (  # noqa: SLF001
                tag != "meta" or el.get("content") is not None
            ):
                yield el


def _date_nodes_former(doc: HtmlElement) -> Iterator[HtmlElement]:
    for el in document_elements(doc):
        cls, ident = el.get("class"), el.get("id")
        if (
            (cls is not None and any(part in cls for part in printeddates._DATE_CLASS_PARTS))  # noqa: SLF001
            or (ident is not None and any(part in ident for part in printeddates._DATE_ID_PARTS))  # noqa: SLF001
        ) and el.tag not in printeddates._NOT_DATE_NODES:  # noqa: SLF001
            yield el


def _candidates_former(body: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    threads: list[HtmlElement] = []
    replies: list[HtmlElement] = []
    for el in body.iter(etree.Element):
        if len(el) < posts._MIN_ITEMS:  # noqa: SLF001
            continue
        kids = [child for child in el if isinstance(child.tag, str)]
        if len(kids) < posts._MIN_ITEMS:  # noqa: SLF001
            continue
        tags = [child.tag for child in kids]
        if (
            sum(tag in posts._HEADINGS for tag in tags) >= posts._MIN_ITEMS  # noqa: SLF001
            or tags.count("li") >= posts._MIN_ITEMS  # noqa: SLF001
        ):
            threads.append(el)
        pairs = [child for child in kids if len(child) >= 2 and posts._holds_two(child)]  # noqa: SLF001
        if len(pairs) >= posts._MIN_ITEMS and sum(map(posts._timed, pairs)) >= posts._MIN_ITEMS:  # noqa: SLF001
            replies.append(el)
    return threads, replies


def _label(rng: random.Random) -> str:
    return rng.choice(("", " ", "-", "_")).join(
        rng.choice(_WORDS) for _ in range(rng.randint(1, 3))
    )


def _grow(rng: random.Random, el: HtmlElement, depth: int) -> None:
    for _ in range(rng.randint(0, 5 if depth < 3 else 0)):
        child = etree.SubElement(el, rng.choice(_TAGS))
        for attr in ("class", "id", "itemprop", "rel", "content"):
            if rng.random() < 0.3:
                child.set(attr, _label(rng))
        child.text = rng.choice(("", "12:30", "Posted 2026", "text", None))
        _grow(rng, child, depth + 1)


def test_label_walks_find_the_former_elements() -> None:
    rng = random.Random(2814)
    found = [0, 0, 0]
    for _ in range(1500):
        doc = etree.Element("html")
        _grow(rng, etree.SubElement(doc, "body"), 0)
        former = list(_byline_nodes_former(doc))
        assert list(byline._byline_nodes(doc)) == former  # noqa: SLF001
        dated = list(_date_nodes_former(doc))
        assert list(printeddates._date_nodes(doc)) == dated  # noqa: SLF001
        blocks = _candidates_former(doc)
        assert posts._candidates(doc) == blocks  # noqa: SLF001
        found[0] += len(former)
        found[1] += len(dated)
        found[2] += len(blocks[0])
    assert min(found) > 300
