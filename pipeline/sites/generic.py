"""Generic extraction for any site: structured metadata, then the main text.

The heuristics live in pipeline/maintext (parse once with lxml, prune furniture, score blocks by
text and punctuation density, pick the container and its continuation, clean the lines).
Callers that already hold a parsed page use the `_tree` variants so it is parsed only once.
"""

from __future__ import annotations

from typing import Any

from pipeline.maintext import extract_paragraphs
from pipeline.maintext.core import paragraphs_from_tree
from pipeline.web.html import HtmlElement
from pipeline.web.metadata import page_metadata


def main_text(html: str, url: str | None = None) -> list[str]:
    """The main text of a page as a list of paragraphs ([] when the page has no article)."""
    return extract_paragraphs(html, url)


def main_text_tree(
    tree: HtmlElement,
    url: str | None = None,
    html: str | None = None,
    ld: dict[str, Any] | None = None,
) -> list[str]:
    """main_text of an already parsed page (lxml; plain or lxml.html elements).

    The tree is pruned IN PLACE: read metadata, links or titles from it before. `html`, the
    markup it was parsed from, is only read by the fallback extractor on thin pages. `ld`,
    the page's article JSON-LD when read already (`PageView.jsonld` of this tree).
    """
    return paragraphs_from_tree(tree, url, html, ld)


def main_text_str(html: str) -> str:
    """main_text joined by newlines: the `fn(html) -> str` shape score.py calls."""
    return "\n".join(main_text(html))


def structured_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """Title, published_at, author, description, language, canonical and site_name of a page
    (pipeline.web.metadata, the one reader; the extractor itself reads `PageView.metadata()`)."""
    return page_metadata(html, url)
