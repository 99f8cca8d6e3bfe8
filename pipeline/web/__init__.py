"""Web: what a fetched page is made of, before any site knowledge.

One lxml parse of a page with boilerplate pruning and per-node text statistics (`html`), the
page's metadata from JSON-LD, Open Graph / article: metas and <title> with zone-aware dates
(`metadata`), the canonical form of a URL that keys stored articles and duplicate checks
(`urls`), and block pages (WAF interstitials, captchas, empty page states) that are not
articles (`blocking`). Bytes are decoded to text by `pipeline.extract.decode_html`.
"""

from __future__ import annotations

from pipeline.web.blocking import block_reason
from pipeline.web.html import parse, prune
from pipeline.web.metadata import jsonld_article, page_metadata, parse_date
from pipeline.web.urls import canonical_form

__all__ = [
    "block_reason",
    "canonical_form",
    "jsonld_article",
    "page_metadata",
    "parse",
    "parse_date",
    "prune",
]
