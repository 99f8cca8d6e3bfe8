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

from typing import TYPE_CHECKING

from pipeline.lazyexports import lazy_exports

if TYPE_CHECKING:
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

# Each name above and its module, imported when first asked for: the crawling process, which
# checks block pages (`blocking`) and keys URLs (`urls`), then never loads the parser, the
# pruning vocabularies and the metadata reader (with numpy and pipeline.text: about 0.2 s
# of its CPU), which only the extraction workers use.
_WEB_EXPORTS = {
    "block_reason": "pipeline.web.blocking",
    "parse": "pipeline.web.html",
    "parse_document": "pipeline.web.html",
    "prune": "pipeline.web.html",
    "Metadata": "pipeline.web.metadata",
    "PageView": "pipeline.web.metadata",
    "canonical_link": "pipeline.web.metadata",
    "jsonld_article": "pipeline.web.metadata",
    "page_metadata": "pipeline.web.metadata",
    "absolute": "pipeline.web.urls",
    "canonical_form": "pipeline.web.urls",
}


__getattr__ = lazy_exports(__name__, _WEB_EXPORTS)
