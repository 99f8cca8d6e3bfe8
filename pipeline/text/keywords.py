"""Story keyword matching, shared by the crawl (feed items) and the pipeline (articles).

Case-insensitive, and script-insensitive for Chinese: text and keywords are compared in
simplified characters, so the keyword 华为 finds 華為 in a traditional-Chinese text.
"""

from __future__ import annotations

from collections.abc import Sequence


def fold(text: str) -> str:
    """Case-folded, and in simplified characters where it holds Chinese."""
    # (imported here: the crawl imports this module for its story filter, and the script
    # tables' module loads numpy, a tenth of a second of the crawling process's CPU that a
    # crawl without keywords never needs)
    from pipeline.text.scripts import has_han, to_simplified

    folded = text.casefold()
    if has_han(folded):
        folded = to_simplified(folded)
    return folded


def matching(text: str, keywords: Sequence[str]) -> list[str]:
    """The distinct keywords that `text` mentions, in the order given."""
    haystack = fold(text)
    return [kw for kw in dict.fromkeys(k for k in keywords if k.strip()) if fold(kw) in haystack]
