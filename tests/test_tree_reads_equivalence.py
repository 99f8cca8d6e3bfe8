"""Shortcuts in the readers of a page, held against the plain reads they replace:
`boilerplate_kind`'s early answer for an element without attributes (against its full
reading, forced by an attribute no test reads) and its reading only the attributes `keys()`
names, `_Near.marked` reading the attributes `keys()` names (against its reading by `get`),
`_signature`'s <p>s (against `//p`),
a `PageView` holding its nodes' Python objects (against one that holds none), `usable_title`
cutting only a title that holds a placeholder word, and offset zones made once."""

from __future__ import annotations

import random
import re
from datetime import UTC, timedelta, timezone
from typing import Any

import pytest
from lxml import etree

from pipeline.extract import extract_article
from pipeline.records import RawPage
from pipeline.text import dateparts
from pipeline.text.dates import SHANGHAI
from pipeline.web.boilerplate import boilerplate_kind
from pipeline.web.html import parse_document
from pipeline.web.metadata import headline, titles
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.reader import PageView
from tests.sample_pages import COUNCIL_STORY, HARBOUR_STORY

_TAGS = [
    "p", "div", "span", "a", "li", "ul", "section", "blockquote", "form", "header", "nav",
    "footer", "aside", "article", "main", "figure", "figcaption", "h2", "h3", "b", "em",
    "label", "time", "pre", "code", "dl", "small",
]  # fmt: skip
_INSIDES = [
    "",
    "A line of text.",
    "<p>A paragraph of the article, with a sentence or two.</p>",
    "<h1>The headline</h1><p>Text under it.</p>",
    '<p>Look at this</p><a href="https://twitter.com/someone/status/12345">pic</a>',
    '<a href="https://www.instagram.com/p/abc/">A post</a> and more words after it',
    "<span>12</span>",
    "<code>x = 1</code>",
]


def _element(markup: str) -> Any:
    doc = parse_document(f"<html><body><div id='wrap'>{markup}</div></body></html>")
    assert doc is not None
    return doc.find(".//div[@id='wrap']")[0]


@pytest.mark.parametrize("tag", _TAGS)
def test_kind_of_an_element_without_attributes_is_its_full_reading(tag: str) -> None:
    for inside in _INSIDES:
        bare = _element(f"<{tag}>{inside}</{tag}>")
        probed = _element(f'<{tag} data-probe="1">{inside}</{tag}>')
        assert bare.tag == probed.tag
        assert boilerplate_kind(bare) == boilerplate_kind(probed), (tag, inside)


# `boilerplate_kind` and `_Near.marked` read an attribute only when `keys()` names it: on
# these parsed elements (names in capitals, boolean and empty attributes, a name given twice,
# prefixed names, names that hold a read name) each name read is in `keys()` exactly when
# `get` finds it.
_READ_NAMES = ("itemprop", "role", "aria-modal", "style", "hidden", "class", "id", "rel")
_ODD_ATTRIBUTES = [
    "hidden", "HIDDEN", 'hidden=""', 'Style="display:none"', "style=''", 'ROLE="navigation"',
    'role="navigation" role="main"', 'class="a" CLASS="b"', 'data-role="navigation"',
    'xml:lang="en"', 'xlink:href="#x"', 'aria-modal="true"', 'ARIA-MODAL="TRUE"', "id",
    'itemprop="author"', 'itemProp="articleBody"', 'data-id="1"', 'classname="nav"',
    'REL="author"', "rel", 'rel="" rel="author"', 'data-rel="author"', 'ID=""',
]  # fmt: skip


@pytest.mark.parametrize("seed", range(20))
def test_names_read_are_the_names_keys_gives(seed: int) -> None:
    rng = random.Random(seed)
    markup = "".join(
        f"<{rng.choice(_TAGS)} {' '.join(rng.sample(_ODD_ATTRIBUTES, rng.randrange(0, 4)))}>"
        f"{rng.choice(_INSIDES)}</div>"
        for _ in range(60)
    )
    doc = parse_document(f"<html><body>{markup}</body></html>")
    assert doc is not None
    for el in doc.iter(etree.Element):
        names = el.keys()
        for name in _READ_NAMES:
            assert (name in names) == (el.get(name) is not None), (name, etree.tostring(el))


@pytest.mark.parametrize(
    ("attributes", "kind"),
    [
        ("hidden", "strong"),
        ("HIDDEN", "strong"),
        ('hidden="until-found"', ""),
        ('STYLE="display: none"', "strong"),
        ('ROLE="navigation"', "strong"),
        ('role="main" role="navigation"', ""),  # (the parser keeps the first)
        ('data-role="navigation"', ""),
        ('ARIA-MODAL="TRUE"', "strong"),
        ('itemprop="author"', "strong"),
        ('ID="sidebar"', "layout"),
        ('xml:lang="en" class="sidebar"', "layout"),
        ('classname="sidebar"', ""),
    ],
)
def test_kind_reads_attributes_however_written(attributes: str, kind: str) -> None:
    el = _element(f"<div {attributes}><p>A paragraph of the article, with a sentence.</p></div>")
    assert boilerplate_kind(el) == kind


# `_Near.marked` as it read each element before: by `get`, one attribute at a time.
def _marked_by_get(h1: Any) -> tuple[list[Any], list[Any]]:
    bylines: list[Any] = []
    dates: list[Any] = []
    seen = 0
    current = h1
    while current is not None and seen < headline._NEAR_ELEMENTS:
        sibling = current.getnext()
        while sibling is not None and seen < headline._NEAR_ELEMENTS:
            for el in sibling.iter():
                seen += 1
                if seen >= headline._NEAR_ELEMENTS:
                    break
                if not el.attrib:
                    continue
                tag = el.tag
                if not isinstance(tag, str) or tag in headline._SKIPPED_NODES:
                    continue
                cls, ident = el.get("class"), el.get("id")
                if cls is None and ident is None:
                    if "author" in (el.get("itemprop"), el.get("rel")) or (
                        tag == "a" and headline.is_author_page(el.get("href", ""))
                    ):
                        bylines.append(el)
                    continue
                label = f"{cls or ''} {ident or ''}".lower()
                if (
                    "author" in label
                    or "byline" in label
                    or "author" in (el.get("itemprop"), el.get("rel"))
                    or ("aut" in label and headline._BYLINE_WORD.search(label))
                ):
                    bylines.append(el)
                if headline._DATE_MARK.search(label):
                    dates.append(el)
            sibling = sibling.getnext()
        current = current.getparent()
    return bylines, dates


_ATTRIBUTES = {
    "class": ["author", "byline", "post-date", "Auth-Name", "autoplay", "meta", "", "entry-time"],
    "id": ["authList", "published", "x", ""],
    "itemprop": ["author", "name", "datePublished", ""],
    "rel": ["author", "nofollow", ""],
    "REL": ["author"],
    "data-rel": ["author"],
    "href": ["/author/jane-doe", "/a/1.html", "https://x.example/autor/pedro", "", "/AUTHORS/X"],
    "title": ["a title"],
}
_RANDOM_TAGS = ["div", "span", "a", "p", "li", "ul", "time", "script", "style", "meta", "b"]


def _random_markup(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randrange(1, 6 if depth < 3 else 2)):
        roll = rng.random()
        if roll < 0.1:
            parts.append("<!-- a comment -->")
            continue
        if roll < 0.15:
            parts.append("plain text ")
            continue
        tag = rng.choice(_RANDOM_TAGS)
        attrs = "".join(
            f' {name}="{rng.choice(values)}"'
            for name, values in _ATTRIBUTES.items()
            if rng.random() < 0.25
        )
        inner = _random_markup(rng, depth + 1) if depth < 3 and rng.random() < 0.6 else "x"
        parts.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "".join(parts)


@pytest.mark.parametrize("seed", range(40))
def test_marked_reads_what_get_read(seed: int) -> None:
    rng = random.Random(seed)
    before = _random_markup(rng)
    after = "".join(_random_markup(rng) for _ in range(rng.randrange(1, 30)))
    doc = parse_document(
        f"<html><body><div>{before}<h1>Headline of the page</h1>{after}</div>"
        f"<footer>{_random_markup(rng)}</footer></body></html>"
    )
    assert doc is not None
    near = _Near(doc, "Headline of the page")
    assert near.h1 is not None
    got = near.marked
    want = _marked_by_get(near.h1)
    assert [id(el) for el in got[0]] == [id(el) for el in want[0]]
    assert [id(el) for el in got[1]] == [id(el) for el in want[1]]
    # (the signature reader's <p>s: `//p`'s, in document order)
    assert list(doc.iter("p")) == doc.xpath("//p")


def _page(story: list[str]) -> bytes:
    nav = "".join(f'<li><a href="/channel/{i}">Channel {i}</a></li>' for i in range(30))
    related = "".join(
        f'<li><a href="/article/{i}.html">Another story {i}</a></li>' for i in range(20)
    )
    body = "".join(f"<p>{p}</p>" for p in story)
    return (
        '<!DOCTYPE html><html lang="en"><head><title>A story of the town</title>'
        '<meta property="og:title" content="A story of the town">'
        "<style>.c1{margin:1px}</style></head><body>"
        f'<header><nav><ul class="nav">{nav}</ul></nav></header>'
        '<main><article><h1 class="title">A story of the town</h1>'
        '<div class="byline">By Jane Doe · 2026-01-02</div>'
        f"<!-- body --><div class='article-content'>{body}</div></article>"
        f'<aside><h2>Related</h2><ul class="related">{related}</ul></aside></main>'
        "<footer><p>Copyright 2026 Example News.</p></footer>"
        "<script>window.x = 1;</script></body></html>"
    ).encode()


@pytest.mark.parametrize("story", [COUNCIL_STORY, HARBOUR_STORY])
def test_held_nodes_change_no_article(story: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    page = RawPage(
        url="https://news.example.org/a/1.html",
        body=_page(story),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    held = extract_article(page)
    parse = PageView.parse

    def unheld(html: str, url: str = "", utf8: bytes | None = None) -> PageView | None:
        view = parse(html, url, utf8)
        if view is not None:
            assert len(view.nodes) == sum(1 for _ in view.doc.iter())
            view.nodes.clear()
        return view

    monkeypatch.setattr(PageView, "parse", staticmethod(unheld))
    assert extract_article(page) == held
    assert re.search("Jane Doe", held.author or "")


# `usable_title` as it read a title before: every title cut into its parts.
def _usable_by_parts(title: str | None) -> str | None:
    if not title:
        return None
    title = title.strip()
    parts = {part.strip().lower() for part in titles._TITLE_SEPARATORS.split(title)}
    if title.lower() in titles._PLACEHOLDERS or parts & titles._PLACEHOLDERS:
        return None
    if titles._LEADING_SEPARATOR.match(title) or not any(ch.isalpha() for ch in title):
        return None
    if titles._SITE_SHAPED.fullmatch(title):
        return None
    return title


def test_usable_title_cuts_only_a_title_holding_a_placeholder() -> None:
    pieces = [
        "null", "NULL", "Undefined", "none", "NaN", "untitled", "[object Object]", "nullify",
        "Budget vote", "经济参考网", "\u212a", "Σ", "İ", " ", " - ", " | ", "_", " :: ", "–",
        "news", "1", "ＮＵＬＬ", "\xa0",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3000):
        title = "".join(rng.choices(pieces, k=rng.randint(0, 5)))
        assert titles.usable_title(title) == _usable_by_parts(title), title


def test_offset_zones_are_made_once_and_equal_to_new_ones() -> None:
    for text in ("+08:00", "-0500", "+0930", "-03:30"):
        zone = dateparts._zone(text, UTC)
        assert zone is dateparts._zone(text, UTC)
        sign = 1 if text[0] == "+" else -1
        digits = text[1:].replace(":", "")
        fresh = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        assert zone == fresh and str(zone) == str(fresh)
    assert dateparts._zone("Z", SHANGHAI) is UTC and dateparts._zone(None, SHANGHAI) is SHANGHAI
