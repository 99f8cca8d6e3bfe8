"""Generic extraction for any site: structured metadata, then the main text.

The heuristics live in pipeline/textex (parse once with lxml, prune furniture, score blocks by
text and punctuation density, pick the container and its continuation, clean the lines).
"""

from __future__ import annotations

from typing import Any

from pipeline.textex import extract_paragraphs
from pipeline.textex.metadata import page_metadata


def main_text(html: str, url: str | None = None) -> list[str]:
    """The main text of a page as a list of paragraphs ([] when the page has no article)."""
    return extract_paragraphs(html, url)


def main_text_str(html: str) -> str:
    """main_text joined by newlines: the `fn(html) -> str` shape score.py calls."""
    return "\n".join(main_text(html))


def structured_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """Title, published_at, author, description, language, canonical and site_name of a page."""
    return page_metadata(html, url)
