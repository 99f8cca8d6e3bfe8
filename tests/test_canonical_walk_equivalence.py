"""`canonical_link` reads <link rel=canonical> and og:url by lxml's walks of the page's <link>s
and <meta>s: the same answer as the XPaths it read them by before (kept here as the
reference), on generated pages mixing every case the XPaths told apart."""

from __future__ import annotations

import random
from typing import Any

import pytest
from lxml import etree

from pipeline.web.html import parse_document
from pipeline.web.metadata import canonical_link
from pipeline.web.metadata.canonical import _front_page
from pipeline.web.urls import absolute

_CANONICAL_HREF = etree.XPath("/descendant::link[@rel='canonical']/@href")
_OG_URL = tuple(
    etree.XPath(f"/descendant::meta[@{attr}='og:url']/@content")
    for attr in ("property", "name", "itemprop")
)


def _former(doc: Any, url: str) -> str:
    """canonical_link as it was, by XPaths."""
    links = _CANONICAL_HREF(doc)
    candidate = links[0] if links else None
    if not candidate:
        values = (v.strip() for find in _OG_URL for v in find(doc))
        candidate = next((v for v in values if v), None)
    found = absolute(candidate, url)
    if found is None or (_front_page(found) and not _front_page(url)):
        return url
    return str(found)


_HREFS = (
    "https://example.com/news/a-story-1",
    "/news/relative-2",
    "  https://example.com/padded-3  ",
    "",
    "   ",
    "https://example.com/",
    "//cdn.example.com/x-4",
    "javascript:void(0)",
    "https://example.com/&#110;ews/ref-5",
    "www.example.org/bare-6",
)
_ATTRS = ("property", "name", "itemprop", "PROPERTY", "content")


def _bit(rng: random.Random) -> str:
    href = rng.choice(_HREFS)
    kind = rng.randrange(12)
    if kind == 0:
        return f'<link rel="canonical" href="{href}">'
    if kind == 1:
        return '<link rel="canonical">'  # no href: the next one's
    if kind == 2:
        return f'<link rel="{rng.choice(["Canonical", "canonical ", "alternate"])}" href="{href}">'
    if kind == 3:
        return f'<LINK REL=canonical HREF="{href}">'
    if kind in (4, 5, 6):
        attr = rng.choice(_ATTRS)
        value = rng.choice(["og:url", "og:url", "OG:URL", "og:title", "og:url "])
        content = f' content="{href}"' if rng.random() < 0.8 else ""
        return f'<meta {attr}="{value}"{content}>'
    if kind == 7:
        return f'<meta property="og:url" name="og:url" itemprop="og:url" content="{href}">'
    if kind == 8:
        return f'<p>text <a href="{href}">a link</a></p>'
    if kind == 9:
        return "<!-- <link rel=canonical href=https://example.com/commented> -->"
    if kind == 10:
        return (
            f'<div><link rel="canonical" href="{href}"><meta name="og:url" content="{href}"></div>'
        )
    return f'<svg><link rel="canonical" href="{href}"/></svg>'


def _page(rng: random.Random) -> str:
    head = "".join(_bit(rng) for _ in range(rng.randrange(0, 5)))
    body = "".join(_bit(rng) for _ in range(rng.randrange(0, 5)))
    before = _bit(rng) if rng.random() < 0.1 else ""  # before <html>: outside the root
    after = _bit(rng) if rng.random() < 0.1 else ""  # after </html>
    return f"{before}<html><head><title>T</title>{head}</head><body>{body}</body></html>{after}"


@pytest.mark.parametrize("seed", range(4))
def test_canonical_link_is_the_former_xpaths_answer(seed: int) -> None:
    rng = random.Random(seed)
    seen = set()
    for _ in range(1500):
        html = _page(rng)
        url = rng.choice(["https://example.com/news/page", "https://example.com/", "file:///x"])
        doc = parse_document(html)
        if doc is None:
            continue
        got = canonical_link(doc, url)
        assert got == _former(doc, url), html
        assert type(got) is str
        seen.add(got)
    assert len(seen) > 8  # (the pages name many canonicals, not the URL each time)
