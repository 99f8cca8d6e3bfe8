"""`visible._texts_after` leaves out the texts of whitespace alone, which `_one_line` makes
nothing: the former texts less those, on generated pages (indentation, tails of elements
with and without children, scripts, comments, non-ASCII spaces); and `_Near.window`, its
one reader, gives the former windows at every size."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from lxml import etree

from pipeline.web.htmltree import HtmlElement
from pipeline.web.metadata import headline
from pipeline.web.metadata.visible import (
    _SKIPPED_TEXT,
    _last_descendant,
    _one_line,
    _texts_after,
)


def _texts_after_former(node: HtmlElement) -> Iterator[str]:
    """`_texts_after` as it was (the former code, word for word)."""
    current: Any = node
    while current is not None:
        if current.tail:
            yield current.tail
        sibling = current.getnext()
        while sibling is not None:
            later: list[tuple[HtmlElement, str]] = []
            for el in sibling.iter():
                tag = el.tag
                if isinstance(tag, str) and tag not in _SKIPPED_TEXT:
                    text = el.text
                    if text:
                        yield text
                if el is not sibling:
                    tail = el.tail
                    if tail:
                        if not tail.isspace() and len(el):
                            later.append((_last_descendant(el), tail))
                        else:
                            yield tail
                if later and later[-1][0] is el:
                    while later and later[-1][0] is el:
                        yield later.pop()[1]
            tail = sibling.tail
            if tail:
                yield tail
            sibling = sibling.getnext()
        current = current.getparent()


_TEXTS = (
    None,
    "",
    "\n",
    "\n    ",
    " ",
    "\u3000",
    "\u00a0",
    "\t\r\n",
    "By Jane Doe",
    " 2026-01-08 ",
    "记者 李四",
    "x  y",
    "\u00a0Par Marie\u00a0",
)


def _grow(rng: random.Random, el: HtmlElement, depth: int) -> None:
    for _ in range(rng.randint(0, 4 if depth < 4 else 0)):
        roll = rng.random()
        if roll < 0.1:
            child = etree.Comment("c")
            el.append(child)
        else:
            child = etree.SubElement(el, rng.choice(("div", "span", "p", "a", "script", "style")))
            child.text = rng.choice(_TEXTS)
            _grow(rng, child, depth + 1)
        child.tail = rng.choice(_TEXTS)


def _page(rng: random.Random) -> HtmlElement:
    doc = etree.Element("html")
    body = etree.SubElement(doc, "body")
    _grow(rng, body, 1)
    boxes = [el for el in body.iter() if isinstance(el.tag, str)]
    h1 = etree.SubElement(rng.choice(boxes), "h1")
    h1.text = "The headline"
    h1.tail = rng.choice(_TEXTS)
    _grow(rng, body, 1)
    return doc


def test_texts_after_are_the_former_less_whitespace() -> None:
    rng = random.Random(2816)
    kept = dropped = 0
    for _ in range(3000):
        doc = _page(rng)
        h1 = next(doc.iter("h1"))
        former = list(_texts_after_former(h1))
        assert all((_one_line(text) == "") == text.isspace() for text in former)
        assert list(_texts_after(h1)) == [text for text in former if not text.isspace()]
        kept += sum(not text.isspace() for text in former)
        dropped += sum(text.isspace() for text in former)
    assert kept > 3000 and dropped > 3000


def test_windows_are_the_former_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2817)
    docs = [_page(rng) for _ in range(1500)]
    sizes = (1, 5, 12, 40, 400, 10**6)
    new = [[headline._Near(doc).window(size) for size in sizes] for doc in docs]  # noqa: SLF001
    monkeypatch.setattr(headline, "_texts_after", _texts_after_former)
    former = [[headline._Near(doc).window(size) for size in sizes] for doc in docs]  # noqa: SLF001
    assert new == former
    assert sum(bool(w[-1]) for w in former) > 1000
