"""`text_of` reads an element's text by lxml's text serialization (no tail): the same string
as XPath's string() it read it by before (kept here as the reference) and as
"".join(itertext()) without comments and processing instructions, on every element of
generated pages mixing nested inline and block tags, tails, comments, processing
instructions, character references, scripts and styles, CJK, Arabic, emoji, combining marks
and whitespace of every kind; `extract._link_texts` the same as lxml.html's text_content."""

from __future__ import annotations

import random

import lxml.html
import pytest
from lxml import etree

from pipeline.extract import _link_texts
from pipeline.web.html import parse_document, text_of
from pipeline.web.htmltree import parse

_STRING_VALUE = etree.XPath("string()", smart_strings=False)  # text_of as it was

_WORDS = (
    "plain words",
    "  padded\t\n words  ",
    "新华社北京1月8日电",
    "مرحبا بالعالم",
    "emoji 🙂 and 👍🏽",
    "e\u0301te\u0301 combining",
    "no\u00a0break\u202fspaces",
    "zero\u200bwidth\u200djoiner",
    "&amp; &lt;tag&gt; &#233;t&#xE9; &nbsp; &eacute;",
    "",
    " ",
    "\u3000ideographic\u3000space",
    "line\r\nbreaks\rold",
)
_INLINE = ("a", "span", "b", "em", "i", "time", "sup", "font")
_BLOCK = ("div", "p", "section", "li", "td", "blockquote", "h2")


def _node(rng: random.Random, depth: int) -> str:
    words = rng.choice(_WORDS)
    kind = rng.randrange(14)
    if depth > 3 or kind < 3:
        return words
    if kind == 3:
        return f"<!-- a comment {words} -->"
    if kind == 4:
        return "<?php echo 'pi'; ?>"
    if kind == 5:
        return f"<script>var s = '{words} <b>not a tag</b>';</script>"
    if kind == 6:
        return f"<style>.x {{ content: '{words}' }}</style>"
    if kind == 7:
        return f"<br>{words}<img src='x.png' alt='{words}'>"
    tag = rng.choice(_INLINE if kind < 11 else _BLOCK)
    inner = "".join(_node(rng, depth + 1) for _ in range(rng.randrange(4)))
    return f"<{tag} class='c{kind}'>{words}{inner}</{tag}>{rng.choice(_WORDS)}"


def _page(seed: int) -> str:
    rng = random.Random(seed)
    body = "".join(_node(rng, 0) for _ in range(rng.randrange(2, 9)))
    return f"<html><head><title>T {seed}</title></head><body><div>{body}</div></body></html>"


@pytest.mark.parametrize("reader", [parse, parse_document])
def test_text_of_is_the_string_value_on_generated_pages(reader: object) -> None:
    elements = 0
    with_children = 0
    for seed in range(800):
        doc = reader(_page(seed))  # type: ignore[operator]
        assert doc is not None
        for el in doc.iter(etree.Element):
            elements += 1
            with_children += bool(len(el))
            assert text_of(el) == _STRING_VALUE(el), (seed, el.tag)
            assert text_of(el) == "".join(el.itertext()), (seed, el.tag)
    assert elements > 8_000 and with_children > 2_500, (elements, with_children)


def test_text_of_leaves_the_tail_out() -> None:
    doc = parse("<html><body><div><p>Kept <b>bold</b> text</p> the tail</div></body></html>")
    assert doc is not None
    p = next(doc.iter("p"))
    assert text_of(p) == "Kept bold text"
    assert text_of(next(doc.iter("div"))) == "Kept bold text the tail"


def test_text_of_a_detached_and_a_new_element() -> None:
    doc = parse("<html><body><div><p>One <i>two</i></p><p>three</p></div></body></html>")
    assert doc is not None
    first = next(doc.iter("p"))
    first.getparent().remove(first)  # type: ignore[union-attr]
    assert text_of(first) == "One two"
    made = etree.Element("div")
    etree.SubElement(made, "span").text = "é 🙂"
    assert text_of(made) == "é 🙂" == _STRING_VALUE(made)


def test_text_of_refuses_a_comment() -> None:
    doc = parse_document("<html><body><div><!-- c --><p>x</p></div></body></html>")
    assert doc is not None
    comment = next(doc.iter(etree.Comment))
    with pytest.raises(ValueError):
        text_of(comment)


def test_link_texts_are_text_content() -> None:
    for seed in range(200):
        html = _page(seed).replace("<span", "<a href='/x'").replace("</span>", "</a>")
        doc = parse_document(html)
        assert doc is not None
        reference = lxml.html.document_fromstring(html)  # lxml.html's own tree and method
        expected = [a.text_content() for a in reference.iter("a")]
        assert _link_texts(doc) == expected
