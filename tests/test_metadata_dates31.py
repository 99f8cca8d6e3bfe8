"""Publication dates (session 31, helper dates31): a time given in UTC whose page prints the
publisher's own wall clock, no zone beside it, on another day ("3/5/2022 22:41" under the
headline for "2022-05-04T02:41:00Z": the page's day is the 3rd, at -04:00). Guards: a clock
printed with a zone (perhaps the reader's), a clock not the same minute, a clock on the UTC
day. Every page here is made up."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The council met on the budget and voted late in the evening. " * 8 + "</p>"
_URL = "https://news.example.com/politics/council-votes-budget-12345"


def _published_at(head: str, byline: str, url: str = _URL, lang: str = "en") -> str | None:
    """The publication time the page's metadata reads, in the offset it gives (ISO)."""
    html = (
        f"<html lang='{lang}'><head><title>Council votes</title>{head}</head>"
        f"<body><h1>Council votes</h1><p class='byline'>{byline}</p>{_TEXT}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.isoformat() if found is not None else None


def _meta(content: str) -> str:
    return f"<meta property='article:published_time' content='{content}'>"


@pytest.mark.parametrize(
    ("utc", "byline", "lang", "local"),
    [
        # an American evening: the UTC time is the next day
        ("2022-05-04T02:41:00Z", "3/5/2022 22:41", "es", "2022-05-03T22:41:00-04:00"),
        ("2016-12-23T00:47:31Z", "Dec. 22, 2016, 6:47 p.m.", "en", "2016-12-22T18:47:31-06:00"),
        ("2022-05-04T03:37:37+00:00", "3 May, 2022, 11:37 pm", "en", "2022-05-03T23:37:37-04:00"),
        # a morning east of UTC: the UTC time is the day before
        ("2021-11-04T23:30:00Z", "05.11.2021, 00:30 Uhr", "de", "2021-11-05T00:30:00+01:00"),
        # a half-hour zone (India)
        ("2019-10-08T20:05:00Z", "Oct 9, 2019, 01:35 AM", "en", "2019-10-09T01:35:00+05:30"),
    ],
)
def test_a_utc_time_on_the_day_of_the_wall_clock_the_page_prints(
    utc: str, byline: str, lang: str, local: str
) -> None:
    assert _published_at(_meta(utc), byline, lang=lang) == local


def test_the_instant_stays_exact() -> None:
    found = _published_at(_meta("2022-05-04T02:41:00Z"), "3/5/2022 22:41", lang="es")
    assert found is not None
    assert found.endswith("-04:00")
    moved = datetime.fromisoformat(found)
    assert moved.utcoffset() == timedelta(hours=-4)
    assert moved == datetime.fromisoformat("2022-05-04T02:41:00+00:00")


@pytest.mark.parametrize(
    ("utc", "byline"),
    [
        # a zone printed beside the clock: perhaps the reader's, where the page was rendered
        ("2024-05-12T21:57:01Z", "May 13, 2024, 12:57 AM GMT+3"),
        # not the same minute: another time (an update's, a sibling's)
        ("2022-05-04T02:41:00Z", "May 3, 2022, 22:10"),
        # the clock on the UTC day: nothing to move
        ("2022-05-04T12:41:00Z", "May 4, 2022, 08:41"),
        # further than any zone
        ("2022-05-04T02:41:00Z", "May 2, 2022, 02:41"),
    ],
)
def test_a_utc_time_stays_where_the_printed_clock_says_no_zone(utc: str, byline: str) -> None:
    assert _published_at(_meta(utc), byline) == utc.replace("Z", "+00:00")


def test_a_time_in_its_own_offset_keeps_its_day() -> None:
    # an offset is the publisher's already: a clock printed elsewhere changes nothing
    assert (
        _published_at(_meta("2020-06-29T00:16:15+03:00"), "June 28, 2020, 21:16")
        == "2020-06-29T00:16:15+03:00"
    )
