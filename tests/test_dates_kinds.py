"""Date forms found unread on dev-gold pages of extraction-wide (session 11), each on a text
written for the test."""

from __future__ import annotations

from datetime import UTC

import pytest

from pipeline.text.dates import SHANGHAI, date_in_text


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        # the second number cannot be a month: month first, whatever the page's language
        ("发布日期： 9/17/2004 5:54:13 AM", "zh", "2004-09-17T05:54:00+08:00"),
        ("Posted 10/23/2011 11:05 PM", None, "2011-10-23T23:05:00+08:00"),
        # seconds between the minutes and the half-day word
        ("9/17/2004 11:54:13 PM", "zh", "2004-09-17T23:54:00+08:00"),
        ("Опубликовано 12-25-2011", "ru", "2011-12-25T00:00:00+08:00"),
        # the first cannot be a month: day first, as before
        ("17/09/2004 05:54", "en", "2004-09-17T05:54:00+08:00"),
    ],
)
def test_a_numeric_date_is_read_the_only_way_it_can_be(
    text: str, language: str | None, iso: str
) -> None:
    found = date_in_text(text, SHANGHAI, language)
    assert found is not None and found.isoformat() == iso


def test_a_numeric_date_with_no_reading_is_none() -> None:
    assert date_in_text("13/17/2004", UTC, "en") is None


def test_a_weekday_between_the_day_and_the_year() -> None:
    # the way a large Taiwanese blog platform prints a post's date: "Dec 28 Sat 2013 00:28"
    found = date_in_text("相關文章 Mar 14 Fri 2025 21:05 山上的櫻花", UTC)
    assert found is not None and found.isoformat() == "2025-03-14T21:05:00+00:00"
    assert date_in_text("Oct 3 Monday 2022", UTC) is not None
    assert date_in_text("Mar 4 Sunshine 2020", UTC) is None  # a word, not a weekday


def test_greek_spoken_month_genitives() -> None:
    # the way Greek papers print their issue's date; dateparser's Greek locale lacks them
    found = date_in_text("Τετάρτη 9 Φλεβάρη 2022 Σελίδα 4", UTC)
    assert found is not None and found.date().isoformat() == "2022-02-09"
    found = date_in_text("Κυριακή 13 Οχτώβρη 2019", UTC, "el")
    assert found is not None and found.date().isoformat() == "2019-10-13"


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        # an en-US server's stamp on a page of another script: a 12-hour clock says month first
        ("发布日期： 7/5/2005 9:23:57 PM", "zh", "2005-07-05T21:23:00+08:00"),
        ("投稿 3/4/2019 10:02 AM", "ja", "2019-03-04T10:02:00+08:00"),
        # no 12-hour clock, or a region that writes day first with one: day first
        ("发布日期： 7/5/2005 21:23", "zh", "2005-05-07T21:23:00+08:00"),
        ("Posted 7/5/2005 9:23 PM", "en-au", "2005-05-07T21:23:00+08:00"),
        ("Опубликовано 7/5/2005 9:23 PM", "ru", "2005-05-07T21:23:00+08:00"),
        ("تاريخ النشر 7/5/2005 9:23 PM", "ar", "2005-05-07T21:23:00+08:00"),
        ("15.4.2019 10:02 AM", "zh", "2019-04-15T10:02:00+08:00"),
    ],
)
def test_a_twelve_hour_clock_after_a_slashed_date_says_month_first(
    text: str, language: str | None, iso: str
) -> None:
    found = date_in_text(text, SHANGHAI, language)
    assert found is not None and found.isoformat() == iso
