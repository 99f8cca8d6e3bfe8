"""Web: what a fetched page is made of, before any site knowledge.

One lxml parse of a page with boilerplate pruning and per-node text statistics (`html`, the
face of `htmltree`, `elementtext`, `linkstats`, `classwords`, `boilerplate`, `signups`,
`pruning` and `wordpatterns`), the page's one parsed view and its metadata, read once from
JSON-LD, Open Graph / article: metas and <title> (the `metadata` package: PageView,
Metadata, canonical_link), the canonical form of a URL that
keys stored articles and duplicate checks (`urls`), and block pages (WAF interstitials,
captchas, empty page states) that are not articles (`blocking`). Bytes are decoded to text by
`encoding.decode_body` (its BOM, UTF-8, the declared charsets, GB18030, a guess).
"""

from __future__ import annotations

from pipeline.web.blocking import block_reason
from pipeline.web.html import parse, parse_document, prune
from pipeline.web.metadata import (
    Metadata,
    PageView,
    canonical_link,
    jsonld_article,
    page_metadata,
)
from pipeline.web.urls import absolute, canonical_form

__all__ = [
    "Metadata",
    "PageView",
    "absolute",
    "block_reason",
    "canonical_link",
    "canonical_form",
    "jsonld_article",
    "page_metadata",
    "parse",
    "parse_document",
    "prune",
]
