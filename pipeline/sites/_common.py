"""What every site module shares: small lxml parse helpers two sites need,
including one reading of structured data (JSON-LD, og/article metas) for sites and generic."""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import tzinfo
from typing import Any

import lxml.html

from pipeline.records import Article, RawPage
from pipeline.sites.spec import SiteSpec

# Site modules read dates and their zone through here (one parser: pipeline.text.dates).
from pipeline.text.dates import CN_DATE as CN_DATE
from pipeline.text.dates import SHANGHAI as SHANGHAI
from pipeline.text.dates import parse_datetime as parse_datetime
from pipeline.web.html import parse_document
from pipeline.web.metadata import PageView as PageView
from pipeline.web.metadata import canonical_link
from pipeline.web.urls import absolute as absolute

logger = logging.getLogger(__name__)

parse_html = parse_document  # a fragment's tree (36Kr bodies); pages come parsed, as PageView


# --- markup ----------------------------------------------------------------------------

# block-level tags: a paragraph break before and after them
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul br".split()
)
_NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "svg", "select")


def first(doc: Any, *selectors: str) -> Any | None:
    """The first element matching the first selector that matches anything."""
    for selector in selectors:
        found = doc.cssselect(selector)
        if found:
            return found[0]
    return None


def text_of(element: Any | None) -> str:
    """The element's text with whitespace collapsed ('' for None)."""
    if element is None:
        return ""
    return " ".join(element.text_content().split())


def remove(root: Any, selectors: Iterable[str]) -> None:
    """Drop every element matching any selector (keeping the tail text in place)."""
    for selector in selectors:
        for element in root.cssselect(selector):
            if element is not root and element.getparent() is not None:
                element.drop_tree()


def meta(doc: Any, *keys: str) -> str | None:
    """The content of the first <meta> whose property, name or itemprop is one of `keys`."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for element in doc.xpath(f"//meta[@{attr}=$key]", key=key):
                content = (element.get("content") or "").strip()
                if content:
                    return content
    return None


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


def declared_language(doc: Any) -> str | None:
    """The primary subtag of <html lang> ('zh-CN' -> 'zh'), if any."""
    lang = (doc.get("lang") or doc.get("xml:lang") or "").strip().lower()
    return lang.split("-")[0].split("_")[0] or None


def unique(items: Iterable[str | None]) -> tuple[str, ...]:
    """Non-empty items, first occurrence kept, order kept."""
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return tuple(seen)


# --- structured data -----------------------------------------------------------------

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "webpage"}


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_objects(data.get("@graph"))


def json_ld_article(doc: Any) -> dict[str, Any]:
    """The most article-like JSON-LD object of the page ({} when there is none)."""
    best: dict[str, Any] = {}
    for script in doc.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "null", strict=False)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kinds = obj.get("@type")
            kinds = [kinds] if isinstance(kinds, str) else kinds or []
            names = {str(k).lower() for k in kinds}
            if names & (_ARTICLE_TYPES - {"webpage"}):
                return obj
            if names & _ARTICLE_TYPES and not best:
                best = obj
    return best


def ld_author(obj: dict[str, Any]) -> str | None:
    """The name of a JSON-LD author (a string, an object, or a list of either)."""
    author = obj.get("author")
    if isinstance(author, list):
        names = [ld_author({"author": a}) for a in author]
        return ", ".join(n for n in names if n) or None
    if isinstance(author, dict):
        author = author.get("name")
    return str(author).strip() or None if author else None


def structured(doc: Any, url: str, default_tz: tzinfo = SHANGHAI) -> dict[str, Any]:
    """title, published_at, author, summary, image from JSON-LD first, then og/article metas."""
    ld = json_ld_article(doc)
    image = ld.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        image = image.get("url")
    return {
        "title": (ld.get("headline") or meta(doc, "og:title") or "").strip() or None,
        "published_at": parse_datetime(ld.get("datePublished"), default_tz)
        or parse_datetime(meta(doc, "article:published_time", "datePublished"), default_tz),
        "author": ld_author(ld) or meta(doc, "article:author", "author"),
        "summary": ld.get("description") or meta(doc, "og:description", "description"),
        "image": absolute(str(image) if image else meta(doc, "og:image"), url),
        "site_name": meta(doc, "og:site_name"),
    }


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
    try:
        value, _ = json.JSONDecoder(strict=False).raw_decode(html, start)
    except ValueError:
        return None
    return value


# --- building the Article ----------------------------------------------------------------


def site_article(
    page: RawPage, spec: SiteSpec, version: int, doc: Any, *, title: str, text: list[str], **kw: Any
) -> Article:
    """An Article with the provenance fields every site parser fills the same way.

    Raises ExtractionError when the title or the body is missing (a layout change: the
    runner then tries an older parser version, then the generic path).
    """
    from pipeline.errors import ExtractionError

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
