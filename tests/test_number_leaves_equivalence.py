"""`counters._number_leaves` finds the former leaves with its shortcuts (an element whose first
child is an element is no leaf, told without a generator over its children; a number told by
its length and str methods, not the regex), on generated trees whose elements hold comments
and processing instructions before, between and after their children, numbers and other
texts (other digits "٣" and "²", a no-break or thin space, a sign, a point), with the texts
read through `Texts` or not."""

from __future__ import annotations

import random

from lxml import etree

from pipeline.web.counters import _NUMBER, _XML_SPACE, _number_leaves
from pipeline.web.elementtext import text_of
from pipeline.web.htmltree import HtmlElement
from pipeline.web.linkstats import Texts


def _number_leaves_former(body: HtmlElement, texts: Texts | None = None) -> list[HtmlElement]:
    """`_number_leaves` as it was (the former code, word for word)."""
    found = []
    for el in body.iterdescendants(etree.Element):
        if len(el):
            if any(isinstance(child.tag, str) for child in el):
                continue
            text = text_of(el)  # (comments only: the text nodes around them)
        else:
            text = (el.text if texts is None else texts[el]) or ""
        if text and _NUMBER.fullmatch(text.strip(_XML_SPACE)):
            found.append(el)
    return found


_TEXTS = (
    "12", " 3 ", "\n7\t", "2024", "12345", "x", "", None, "1 of 8", "٣", " ", "²", "\u00a07", "0042",
    "3\u2009", "\r\n", "1.5", "-4", "+1", "9\t",
)  # fmt: skip


def _grow(rng: random.Random, el: HtmlElement, depth: int) -> None:
    el.text = rng.choice(_TEXTS)
    for _ in range(rng.choice((0, 0, 1, 2, 3))):
        roll = rng.random()
        if roll < 0.25:
            child = etree.Comment(rng.choice(("c", "42")))
        elif roll < 0.32:
            child = etree.ProcessingInstruction("pi", "5")
        else:
            child = etree.SubElement(el, rng.choice(("span", "a", "div", "b")))
            if depth < 4:
                _grow(rng, child, depth + 1)
            child.tail = rng.choice(_TEXTS)
            continue
        child.tail = rng.choice(_TEXTS)
        el.append(child)


def test_number_leaves_are_the_former_ones() -> None:
    rng = random.Random(2810)
    found = 0
    for _ in range(3000):
        body = etree.Element("body")
        _grow(rng, body, 0)
        with_texts = rng.random() < 0.5
        former = _number_leaves_former(body, Texts() if with_texts else None)
        assert _number_leaves(body, Texts() if with_texts else None) == former
        found += len(former)
    assert found > 900
