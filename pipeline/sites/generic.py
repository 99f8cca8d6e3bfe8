"""Generic extraction for any site: structured data, then main text.

PLACEHOLDER (to be replaced by the tuned extractor of issue 4): trafilatura underneath.
"""

from __future__ import annotations

import trafilatura


def main_text(html: str, url: str | None = None) -> list[str]:
    """The main text of a page as a list of paragraphs."""
    text = trafilatura.extract(html, url=url, include_comments=False, favor_precision=True) or ""
    return [p.strip() for p in text.split("\n") if p.strip()]
