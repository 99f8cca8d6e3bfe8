"""What every site module shares: small lxml parse helpers two sites need, date parsing,
and the page's view (`PageView`: its metadata is read by pipeline.web.metadata, the one reader
of JSON-LD, og:/article: metas and <title> for the site parsers and the generic path)."""

from __future__ import annotations

import base64
import binascii
import functools
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import lxml.html

from pipeline.lazyexports import lazy_exports
from pipeline.records import Article, RawPage
from pipeline.sites.spec import SiteSpec

# Site modules read dates and their zone through here (one parser: pipeline.text.dates).
from pipeline.text.dateparts import SHANGHAI as SHANGHAI
from pipeline.web.jsonvalue import json_value_at
from pipeline.web.urls import absolute as absolute

if TYPE_CHECKING:
    from pipeline.text.dates import CN_DATE as CN_DATE
    from pipeline.text.dates import parse_datetime as parse_datetime
    from pipeline.web.html import parse_document
    from pipeline.web.metadata import Metadata as Metadata
    from pipeline.web.metadata import PageView as PageView

    parse_html = parse_document

logger = logging.getLogger(__name__)

# What the site parsers use of the date parser, the HTML parser and the metadata reader,
# imported when first asked for (`parse_html`: a fragment's tree, 36Kr bodies; pages come
# parsed, as PageView): the crawling process loads this module for the sites' specs (hosts,
# block markers, discovery) and never parses a page, so it does not load them.
_COMMON_LAZY = {
    "CN_DATE": "pipeline.text.dates",
    "parse_datetime": "pipeline.text.dates",
    "parse_html": "pipeline.web.html:parse_document",
    "Metadata": "pipeline.web.metadata",
    "PageView": "pipeline.web.metadata",
}
__getattr__ = lazy_exports(__name__, _COMMON_LAZY)


# --- markup ----------------------------------------------------------------------------

# block-level tags: a paragraph break before and after them
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul br".split()
)
_NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "svg", "select")


@functools.cache
def _selector(selector: str) -> Any:
    """`selector` compiled once, as lxml.html's `cssselect` method compiles it on each call
    (`CSSSelector(selector, translator="html")`): pages come parsed in lxml's own element
    classes (`web.html.parse_document`), which have no such method."""
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector, translator="html")


def select(root: Any, selector: str) -> list[Any]:
    """The elements below `root` (itself included) that match the CSS `selector`."""
    found: list[Any] = _selector(selector)(root)
    return found


def first(doc: Any, *selectors: str) -> Any | None:
    """The first element matching the first selector that matches anything."""
    for selector in selectors:
        found = select(doc, selector)
        if found:
            return found[0]
    return None


def text_of(element: Any | None) -> str:
    """The element's text with whitespace collapsed ('' for None): lxml.html's text_content
    (`web.html.text_of`) collapsed."""
    if element is None:
        return ""
    if not len(element) and isinstance(element.tag, str):
        # An element without children but text nodes (most links): its text is its string
        # value, read without serializing it (a third of the time).
        return " ".join((element.text or "").split())
    from pipeline.web.elementtext import text_of as string_value

    return " ".join(string_value(element).split())


def drop_tree(element: Any) -> None:
    """Remove `element` and its subtree, keeping its tail text in place (lxml.html's
    `drop_tree`: `web.html.drop_tree`)."""
    from pipeline.web.htmltree import drop_tree as dropped

    dropped(element)


def remove(root: Any, selectors: Iterable[str]) -> None:
    """Drop every element matching any selector (keeping the tail text in place)."""
    for selector in selectors:
        for element in select(root, selector):
            if element is not root and element.getparent() is not None:
                drop_tree(element)


def _walk(element: Any, out: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _NEVER_TEXT or not isinstance(element.tag, str):
        if element.tail:
            out.append(element.tail)
        return
    block = tag in _BLOCKS
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def paragraphs(element: Any | None) -> list[str]:
    """The element's text split at block boundaries: stripped, non-empty paragraphs."""
    if element is None:
        return []
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
    lines = (" ".join(line.replace("\u3000", " ").split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def unique(items: Iterable[str | None]) -> tuple[str, ...]:
    """Non-empty items, first occurrence kept, order kept."""
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return tuple(seen)


# --- crypto and embedded JSON ----------------------------------------------------------
def aes_ecb_decrypt(key: bytes, b64: str) -> bytes | None:
    """AES-128-ECB/PKCS7 plaintext of base64 ciphertext, or None when it is not that."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    try:
        raw = base64.b64decode(b64.strip(), validate=True)
        if not raw or len(raw) % 16:
            return None
        decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
        padded = decryptor.update(raw) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except (binascii.Error, ValueError):
        return None


def raw_json_after(html: str, marker: str) -> Any | None:
    """The JSON value right after `marker` (e.g. 'window.initialState='), via raw_decode."""
    at = html.find(marker)
    if at < 0:
        return None
    start = at + len(marker)
    while start < len(html) and html[start] in " \t\r\n=":
        start += 1
    return json_value_at(html, start)[0]


# --- building the Article ----------------------------------------------------------------


def site_article(
    page: RawPage, spec: SiteSpec, version: int, doc: Any, *, title: str, text: list[str], **kw: Any
) -> Article:
    """An Article with the provenance fields every site parser fills the same way.

    Raises ExtractionError when the title or the body is missing (a layout change: the
    runner then tries an older parser version, then the generic path).
    """
    from pipeline.errors import ExtractionError
    from pipeline.web.metadata import canonical_link

    url = page.effective_url
    if not title:
        raise ExtractionError(spec.name, url, "title")
    if not text:
        raise ExtractionError(spec.name, url, "text")
    fields: dict[str, Any] = {
        "site_article_id": spec.article_id_for(url),
        "language": spec.language_for(url),
        **kw,
    }
    return Article(
        url=url,
        title=title,
        text="\n".join(text),
        site=spec.name,
        canonical_url=canonical_link(doc, url),
        fetched_at=page.fetched_at,
        http_status=page.status,
        parser=f"{spec.name}/{version}",
        extraction_method="site",
        **fields,
    )


def markup_of(element: Any) -> str:
    """The element serialized back to HTML."""
    return str(lxml.html.tostring(element, encoding="unicode"))
