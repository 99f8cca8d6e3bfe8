"""`elementtext._text_len` of a leaf (its text normalized in Python, no XPath evaluation) is
libxml2's `string-length(normalize-space())`, on generated leaves, comments and processing
instructions (refused, as by the XPath): XPath's four blanks in runs, at the ends and alone, the whitespace it does not
strip (no-break and ideographic spaces, vertical tab and form feed are not in XML text, NEL,
line separators), characters beyond the BMP; and elements with children still ask libxml2."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from pipeline.web.elementtext import _STRING_LENGTH, _text_len

_PIECES = (
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    " \n ",
    "\u00a0",
    "\u3000",
    "\u0085",
    "\u2028",
    "\u2009",
    "a",
    "word",
    "新闻",
    "é",
    "\U0001f600",
    "𝒜",
    "12",
)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))


def test_text_len_is_libxml2s_on_generated_nodes() -> None:
    rng = random.Random(2811)
    parent = etree.Element("div")
    nodes = 0
    for _ in range(6000):
        roll = rng.random()
        text = _text(rng)
        if roll < 0.1:
            node = etree.Comment(text.replace("--", "-") or "c")
        elif roll < 0.15:
            node = etree.ProcessingInstruction("pi", text.strip() or "x")
        else:
            node = etree.Element(rng.choice(("p", "span", "li")))
            node.text = text or None
            if roll > 0.85:  # an element with a child: libxml2's own answer
                child = etree.SubElement(node, "b")
                child.text, child.tail = _text(rng) or None, _text(rng) or None
        parent.append(node)
        if isinstance(node.tag, str):
            assert _text_len(node) == int(_STRING_LENGTH(node)), repr(text)
            nodes += 1
        else:  # refused, as the XPath refuses it
            with pytest.raises(ValueError):
                _text_len(node)
    assert nodes > 5000
