"""The story filter at discovery: a listed item is followed only when its own words and date
fit the story (the pipeline judges the extracted article again; this saves the fetches).

An item is what a feed, JSON API, sitemap or list page says of one article: its URL, its
texts (title, description or summary, the full text where a feed carries it) and its dates.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pipeline.config import StoryConfig
from pipeline.text.dates import SHANGHAI, parse_datetime
from pipeline.text.keywords import matching

__all__ = ["Item", "StoryFilter", "item_datetime", "plain_text"]

_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_RFC822 = re.compile(r"^[A-Za-z]{3},|\d{1,2} [A-Za-z]{3} \d{4}")


@dataclass(frozen=True)
class Item:
    """One article as a listing describes it. `published` is judged against both ends of the
    date window; `modified` (a sitemap's lastmod) only against its start (a page changed
    after the window may still have been published in it)."""

    url: str
    texts: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None


def plain_text(value: Any) -> str:
    """Text of a feed field: HTML tags dropped, entities decoded, spaces collapsed; a
    WordPress {"rendered": ...} object gives its rendered text; anything else gives ""."""
    if isinstance(value, dict):
        value = value.get("rendered")
    if not isinstance(value, str):
        return ""
    return _SPACES.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()


def item_datetime(value: Any) -> datetime | None:
    """A zone-aware datetime from a listing's date: epoch s/ms (Sohu publicTime), RFC 822
    (RSS pubDate), ISO 8601, or 36Kr's `YYYY-MM-DD HH:MM:SS +0800`; no zone: Asia/Shanghai."""
    if value is None or isinstance(value, bool):
        return None
    text = _SPACES.sub(" ", str(value)).strip()
    if not text:
        return None
    if _RFC822.search(text):
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            parsed = None
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=SHANGHAI)
    return parse_datetime(text)


class StoryFilter:
    """Keywords (case-insensitive, at least `min_hits` distinct ones, none of `exclude`) and
    a date window in Asia/Shanghai days, as StoryConfig states them."""

    def __init__(
        self,
        keywords: Sequence[str],
        *,
        exclude: Sequence[str] = (),
        min_hits: int = 1,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> None:
        self.keywords = tuple(keywords)
        self.exclude = tuple(exclude)
        self.min_hits = min_hits
        self.date_from = date_from
        self.date_to = date_to

    @classmethod
    def from_story(cls, story: StoryConfig) -> StoryFilter:
        """The filter of a story's keywords, exclusions, hit count and date window."""
        return cls(
            story.keywords,
            exclude=story.exclude_keywords,
            min_hits=story.min_keyword_hits,
            date_from=story.date_from,
            date_to=story.date_to,
        )

    def reason(self, item: Item) -> str | None:
        """Why the item is left out (a short reason), or None when it is followed. An item
        without text is judged on its dates alone; without either it is followed."""
        window = self.out_of_window(item)
        if window is not None:
            return window
        text = " ".join(t for t in item.texts if t)
        if not text.strip():
            return None
        excluded = matching(text, self.exclude)
        if excluded:
            return f"mentions excluded keyword {excluded[0]!r}"
        hits = len(matching(text, self.keywords))
        if hits < self.min_hits:
            return f"{hits} story keyword(s), {self.min_hits} needed"
        return None

    def out_of_window(self, item: Item) -> str | None:
        """Why the item's dates fall outside the window, or None."""
        day = _day(item.published)
        if day is not None and self.date_from and day < self.date_from:
            return f"published {day}, before {self.date_from}"
        if day is not None and self.date_to and day > self.date_to:
            return f"published {day}, after {self.date_to}"
        changed = _day(item.modified)
        if day is None and changed is not None and self.date_from and changed < self.date_from:
            return f"last modified {changed}, before {self.date_from}"
        return None

    def before_window(self, item: Item) -> bool:
        """True when the item is older than the window (a newest-first list has gone past it)."""
        day = _day(item.published) or _day(item.modified)
        return day is not None and self.date_from is not None and day < self.date_from


def _day(value: datetime | None) -> date | None:
    return value.astimezone(SHANGHAI).date() if value is not None else None
