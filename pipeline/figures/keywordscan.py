"""How near a figure a signal word stands: one regex per word list (CJK words anywhere, Latin
words whole), each clause or sentence scanned once per list and the matches looked up by
bisection (`_nearest`), so labelling a paragraph of many figures stays linear."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterator
from functools import cache, lru_cache
from typing import Protocol

from pipeline.text.scripts import has_han

Span = tuple[int, int]
_WORD = re.compile(r"\w")


def _cut_in_word(text: str, position: int) -> bool:
    """Whether a Latin word may run through `position` (Han words need no word boundary)."""
    last, following = text[position - 1], text[position]
    return bool(_WORD.match(last) and _WORD.match(following)) and not has_han(last)


@cache
def _word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a set of words: CJK words anywhere, Latin words as whole words."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(escaped if has_han(word) else rf"(?<!\w){escaped}(?!\w)")
    return re.compile("|".join(parts), re.I)


Matches = tuple[re.Match[str], ...]


class Finder(Hashable, Protocol):
    """What a scan needs of a pattern: `re.Pattern.finditer` (periods._Series has its own)."""

    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[re.Match[str]]:
        """The matches in string[pos:endpos], as re finds them."""


@lru_cache(maxsize=4096)
def _scan(text: str, pattern: Finder, region: Span) -> tuple[Matches, list[int], list[int]]:
    """The matches of `pattern` in `region`, with their starts and ends, scanned once.

    A clause or sentence holds many figures; each looks its keywords (and years) up in these
    sorted lists (bisect) instead of rescanning the region: labelling stays linear."""
    matches = tuple(pattern.finditer(text, region[0], region[1]))
    return matches, [m.start() for m in matches], [m.end() for m in matches]


def _matches_within(
    text: str, pattern: Finder, region: Span, parent: Span
) -> tuple[Matches, list[int], list[int]]:
    """The matches a scan of `region` would find, taken from the scan of `parent` around it.

    They are the same unless a parent match crosses a bound of `region`, or a word could end
    at `region`'s end only because the scan stops there (a word character on both sides):
    then `region` is scanned on its own."""
    matches, starts, ends = _scan(text, pattern, parent)
    low = bisect_left(starts, region[0])
    high = bisect_right(ends, region[1])
    crosses = (low > 0 and ends[low - 1] > region[0]) or (
        high < len(starts) and starts[high] < region[1]
    )
    cut = region[1] < parent[1] and 0 < region[1] < len(text)
    if crosses or (cut and _cut_in_word(text, region[1])):
        return _scan(text, pattern, region)
    if low >= high:
        return (), [], []
    return matches[low:high], starts[low:high], ends[low:high]


def _nearest(
    text: str,
    words: tuple[str, ...],
    region: Span,
    figure: Span,
    after: bool = True,
    parent: Span | None = None,
) -> int | None:
    """Weighted distance from the figure to the nearest word of `words` in `region` (a part of
    `parent`, whose scan is reused, when given)."""
    _, starts, ends = _matches_within(text, _word_regex(words), region, parent or region)
    best: int | None = None
    before = bisect_right(ends, figure[0])  # matches ending at or before the figure
    if before:
        best = figure[0] - ends[before - 1]
    following = bisect_left(starts, figure[1])  # the first match starting after it
    if after and following < len(starts):
        distance = (starts[following] - figure[1]) * 2 + 1
        best = distance if best is None or distance < best else best
    return best
