"""Publication dates printed without a year, read against the fetch time on a byline under
the headline: Japanese "[06月24日 11時30分]", French "8 janv. à 14h32", English "Jan 8,
14:32"; a day later in the year than the fetch day is the year before's (a page fetched in
January printing a December day); a sentence's or a sidebar's yearless date is not read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.text.dates import yearless_datetime
from tests.dated_pages import published_under_headline

_JANUARY = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
_LEAD = {
    "ja": "<p>"
    + "市は新しい図書館の建設計画を発表し、来年の春に開館する予定だと説明した。" * 3
    + "</p>",
    "fr": "<p>"
    + "Le conseil municipal a voté le budget de la nouvelle médiathèque du quartier. " * 3
    + "</p>",
    "en": "<p>"
    + "The city council approved the budget for the new library on the east side. " * 3
    + "</p>",
}


def _published(
    lang: str, byline: str, now: datetime | None = _JANUARY, aside: str = ""
) -> str | None:
    return published_under_headline(lang, byline + _LEAD[lang], now, aside)


@pytest.mark.parametrize(
    ("lang", "byline", "iso"),
    [
        ("ja", "<p>[01月04日 11時30分]</p>", "2026-01-04T11:30:00+09:00"),
        ("ja", "<p>[12月24日 11時30分]</p>", "2025-12-24T11:30:00+09:00"),  # December: last year
        ("fr", "<p>Publié le 2 janv. à 08h15</p>", "2026-01-02T08:15:00+00:00"),
        ("fr", "<p>Publié le 30 déc. à 14h32</p>", "2025-12-30T14:32:00+00:00"),
        ("en", "<p>Jan 4, 14:32</p>", "2026-01-04T14:32:00+00:00"),
        ("en", "<p>By Ann Lee | Dec 30, 14:32</p>", "2025-12-30T14:32:00+00:00"),
        # a 12-hour clock: the afternoon is twelve hours on, midnight's hour is 0
        ("en", "<p>January 3 at 3:57 PM</p>", "2026-01-03T15:57:00+00:00"),
        ("en", "<p>Jan 3, 12:05 a.m.</p>", "2026-01-03T00:05:00+00:00"),
        ("en", "<p>Jan 3, 12:05 pm</p>", "2026-01-03T12:05:00+00:00"),
    ],
)
def test_yearless_byline_against_the_fetch_time(lang: str, byline: str, iso: str) -> None:
    assert _published(lang, byline) == iso


def test_written_yearless_needs_the_fetch_time() -> None:
    assert _published("en", "<p>Jan 4, 14:32</p>", now=None) is None


def test_a_sidebar_yearless_date_is_not_read() -> None:
    aside = "<div class='most-read'><ul><li>Jan 4, 14:32 Other story</li></ul></div>"
    assert _published("en", "<p>By Ann Lee</p>", aside=aside) is None


@pytest.mark.parametrize(
    "text",
    [
        "Score 3 12:30",
        "Jan 8, 2026 14:32",  # a year: date_in_text's
        "The meeting on Jan 4, 14:30 was moved to the town hall on the east side of the city.",
        "31 févr. à 10h00",
        "[02月30日 11時30分]",
        "Jan 3, 14:05 pm",  # no such time on a 12-hour clock
    ],
)
def test_not_written_yearless_dates(text: str) -> None:
    assert yearless_datetime(text, _JANUARY, "fr") is None
