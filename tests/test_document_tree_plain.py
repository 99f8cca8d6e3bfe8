"""`parse_document` parses with lxml's own element classes: the same tree lxml.html's
`document_fromstring` made (every node, attribute, comment and processing instruction, from
text and from UTF-8 bytes), and the site parsers' readers (`_common.select`, `first`,
`text_of`, `remove`, `drop_tree`) give on it what lxml.html's methods gave on lxml.html's."""

from __future__ import annotations

import random

import lxml.html
from lxml import etree

from pipeline.sites import _common as c
from pipeline.web.html import parse_document

_PARTS = (
    "<div class='body main'>",
    "</div>",
    "<p>",
    "</p>",
    "<p class='lead'>Lead words",
    "<a href='/x'>a link</a>",
    "<a href='/y'><b>bold</b> tail</a>",
    "<!-- a comment -->",
    "<?pi z?>",
    "<span id='s1'>span text</span>",
    "<h2>Support us</h2>",
    "<img src='/a.jpg' data-src='/b.jpg'>",
    "<ul><li>one</li><li>two</li></ul>",
    "<time datetime='2026-01-08'>8 Jan</time>",
    "<form action='/f'><input name='q' value='v'><select><option>o</option></select></form>",
    "<label for='q'>Search</label>",
    "<script>var a = '<p>x</p>';</script>",
    "&amp; &#20013; &nbsp;\u3000文",
    " plain  text \n",
    "<br>",
    "<table><tr><td>cell</td></tr></table>",
)

_SELECTORS = (
    "div.body p",
    "a[href]",
    "p.lead, h2",
    "#s1",
    "img",
    "div > ul li:first-child",
    "time[datetime]",
    "input[name='q']",
    "form",
    "body",
)


def _page(rng: random.Random) -> str:
    body = "".join(rng.choice(_PARTS) for _ in range(rng.randrange(1, 40)))
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


def _nodes(doc: etree._Element) -> list[tuple[object, ...]]:
    return [
        (n.tag, n.text, n.tail, tuple(n.items()) if isinstance(n.tag, str) else ())
        for n in doc.iter()
    ]


def test_the_tree_is_lxml_html_s_tree() -> None:
    rng = random.Random(7)
    for _ in range(400):
        html = _page(rng)
        ours, theirs = parse_document(html), lxml.html.document_fromstring(html)
        assert ours is not None
        assert type(ours) is etree._Element
        assert _nodes(ours) == _nodes(theirs), html
        assert etree.tostring(ours) == etree.tostring(theirs), html
        from_bytes = parse_document(html, html.encode("utf-8"))
        assert from_bytes is not None and _nodes(from_bytes) == _nodes(theirs), html


def test_the_site_readers_are_lxml_html_s_methods() -> None:
    rng = random.Random(11)
    for _ in range(300):
        html = _page(rng)
        ours, theirs = parse_document(html), lxml.html.document_fromstring(html)
        assert ours is not None
        for selector in _SELECTORS:
            found, expected = c.select(ours, selector), theirs.cssselect(selector)
            assert _nodes_of(found) == _nodes_of(expected), (selector, html)
            assert c.text_of(c.first(ours, selector)) == (
                " ".join(expected[0].text_content().split()) if expected else ""
            )
        c.remove(ours, ("a", "h2", "span"))
        for selector in ("a", "h2", "span"):
            for element in theirs.cssselect(selector):
                if element.getparent() is not None:
                    element.drop_tree()
        assert etree.tostring(ours) == etree.tostring(theirs), html


def _nodes_of(elements: list[etree._Element]) -> list[tuple[object, ...]]:
    return [(e.tag, e.text, e.tail, tuple(e.items())) for e in elements]


def test_drop_tree_keeps_the_tail_as_lxml_html_does() -> None:
    html = "<html><body><div>a<p>x</p>tail one<p>y</p>tail two</div></body></html>"
    ours, theirs = parse_document(html), lxml.html.document_fromstring(html)
    assert ours is not None
    for doc, drop in ((ours, c.drop_tree), (theirs, lxml.html.HtmlElement.drop_tree)):
        for p in list(doc.iter("p")):
            drop(p)
    expected = b"<html><body><div>atail onetail two</div></body></html>"
    assert etree.tostring(ours) == etree.tostring(theirs) == expected
