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


# A day printed without its year ("8 janv.", "March 18") on a page that states no date in
# markup: read in the year its URL gives (/2020/03/slug/: in that month only), else the year
# up to its last update; with a fetch time, in the fetch's year.
def _undated(byline: str, url: str, lang: str = "en", head: str = "", now: str = "") -> str | None:
    html = (
        f"<html lang='{lang}'><head><title>Council votes</title>{head}</head>"
        f"<body><h1>Council votes</h1><p class='byline'>{byline}</p>{_TEXT}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    fetched = datetime.fromisoformat(now) if now else None
    found = view.metadata(now=fetched).published_at
    return found.isoformat() if found is not None else None


_MONTH_URL = "https://blog.example.org/2020/03/council-votes-budget/"
_UPDATED = "<meta property='article:modified_time' content='2021-04-02T10:00:00Z'>"


@pytest.mark.parametrize(
    ("byline", "lang", "url", "head", "found"),
    [
        ("March 18", "en", _MONTH_URL, "", "2020-03-18T00:00:00+00:00"),
        ("Le 18 mars", "fr", _MONTH_URL, "", "2020-03-18T00:00:00+00:00"),
        ("18. März", "de", _MONTH_URL, "", "2020-03-18T00:00:00+00:00"),
        ("18 mars à 14h32", "fr", _MONTH_URL, "", "2020-03-18T14:32:00+00:00"),
        ("Mar. 18, 3:57 PM", "en", _MONTH_URL, "", "2020-03-18T15:57:00+00:00"),
        # no date in the URL: the year up to the page's last update
        ("March 18", "en", _URL, _UPDATED, "2021-03-18T00:00:00+00:00"),
        ("Dec 30", "en", _URL, _UPDATED, "2020-12-30T00:00:00+00:00"),
    ],
)
def test_a_yearless_day_read_in_the_year_the_page_states(
    byline: str, lang: str, url: str, head: str, found: str
) -> None:
    assert _undated(byline, url, lang, head) == found


@pytest.mark.parametrize(
    ("byline", "url", "head"),
    [
        # nothing states a year
        ("March 18", _URL, ""),
        # the URL's month is another: a sidebar's, an event's day
        ("April 2", _MONTH_URL, ""),
        # a day in a sentence, not a line of its own
        ("The council will meet again on March 18 in the town hall of the city", _MONTH_URL, ""),
    ],
)
def test_a_yearless_day_not_read(byline: str, url: str, head: str) -> None:
    assert _undated(byline, url, head=head) is None


def test_a_bare_day_read_against_the_fetch_time() -> None:
    found = _undated("8 janv.", _URL, "fr", now="2026-01-10T08:00:00+00:00")
    assert found == "2026-01-08T00:00:00+00:00"
    # a day after the fetch: the year before
    found = _undated("30 déc.", _URL, "fr", now="2026-01-10T08:00:00+00:00")
    assert found == "2025-12-30T00:00:00+00:00"


def test_a_printed_date_with_its_year_comes_first() -> None:
    byline = "March 18</p><p>Published March 17, 2020"
    assert _undated(byline, _MONTH_URL) == "2020-03-17T00:00:00+00:00"


def test_an_update_s_yearless_day_is_not_the_publication() -> None:
    # "last updated" over its day: the update's, not the publication's
    byline = "By Ann Lee</p><p>last updated</p><p>18 March"
    assert _undated(byline, _MONTH_URL) is None
    assert _undated("Updated March 18", _MONTH_URL) is None


def test_a_two_digit_year_is_no_day() -> None:
    # "4 April 17" is the 4th of April 2017, not April 17th
    assert _undated("4 April 17", "https://x.example.org/2017/04/phone/") is None


def test_a_timed_yearless_byline_still_comes_before_a_time_element() -> None:
    # with a fetch time, "March 18 at 3:57 PM" is read under the headline as before
    found = _undated("March 18 at 3:57 PM", _URL, now="2020-03-20T08:00:00+00:00")
    assert found == "2020-03-18T15:57:00+00:00"


def test_a_bare_yearless_day_is_read_after_the_page_s_time_element() -> None:
    byline = "March 18</p><p><time datetime='2020-03-17T20:44:00Z'>yesterday</time>"
    found = _undated(byline, _URL, now="2020-03-20T08:00:00+00:00")
    assert found == "2020-03-17T20:44:00+00:00"


# A structured date given as a day alone ("2020-04-30": no time, no zone) a day off the date
# the page prints under its headline: a print edition's day, a day stored at midnight in
# another zone; the page's own is the printed one.
@pytest.mark.parametrize(
    ("meta", "byline", "lang", "day"),
    [
        ("<meta name='date' content='2020-04-30'>", "29.04.2020, 12:01 Uhr", "de", "2020-04-29"),
        ("<meta name='PubDate' content='2012-01-15'>", "January 16, 2012", "en", "2012-01-16"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council'
            ' votes", "datePublished": "2021-03-09"}</script>',
            "8 mars 2021",
            "fr",
            "2021-03-08",
        ),
    ],
)
def test_a_day_alone_gives_way_to_the_printed_day_beside_it(
    meta: str, byline: str, lang: str, day: str
) -> None:
    found = _published_at(meta, byline, lang=lang)
    assert found is not None
    assert found[:10] == day


@pytest.mark.parametrize(
    ("meta", "byline", "day"),
    [
        # a time given: the structured time is the page's, the printed day may be the reader's
        ("<meta name='date' content='2020-04-30T00:30:00+02:00'>", "29.04.2020", "2020-04-30"),
        # two days off: another day (an event's, a sibling's), not the same publication
        # (a generic `date` meta two days off gives way since dates34: test_metadata_dates34)
        ("<meta name='PubDate' content='2020-04-30'>", "28.04.2020", "2020-04-30"),
        # the printed day is the update's
        ("<meta name='date' content='2020-04-30'>", "Aktualisiert: 01.05.2020", "2020-04-30"),
    ],
)
def test_a_day_alone_kept(meta: str, byline: str, day: str) -> None:
    found = _published_at(meta, byline, lang="de")
    assert found is not None
    assert found[:10] == day
