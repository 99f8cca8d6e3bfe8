"""The one date parser (pipeline.text.dates): site values, metadata values, bylines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.text.dates import (
    SHANGHAI,
    date_in_text,
    date_in_url,
    parse_datetime,
    relative_datetime,
)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        # an explicit offset wins over the default zone, fractional seconds or not
        ("2024-05-12T21:06:03.000+09:00", "2024-05-12T21:06:03+09:00"),
        ("2024-05-20T06:33:26.000Z", "2024-05-20T06:33:26+00:00"),
        ("2025-12-02 08:30:10 -0600", "2025-12-02T08:30:10-06:00"),
        # no zone: the caller's default
        ("2024.05.20", "2024-05-20T00:00:00+00:00"),
        ("发布时间：2024-05-20 13:15 来源：新华网", "2024-05-20T13:15:00+00:00"),
    ],
)
def test_parse_datetime_in_utc_by_default(value: str, iso: str) -> None:
    parsed = parse_datetime(value, UTC)
    assert parsed is not None and parsed.isoformat() == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        # an offset of three digits: a CMS's "-0500" written as a number, hours and minutes
        ("2018-10-29T10:15-500", "2018-10-29T10:15:00-05:00"),
        ("2019-03-01T08:00:00+530", "2019-03-01T08:00:00+05:30"),
        ("2019-03-01T08:00:00+545", "2019-03-01T08:00:00+05:45"),
        # three digits no offset has stay no offset: the default zone's
        ("2018-10-29T10:15-513", "2018-10-29T10:15:00+00:00"),
    ],
)
def test_three_digit_offset_after_a_time(value: str, iso: str) -> None:
    parsed = parse_datetime(value, UTC)
    assert parsed is not None and parsed.isoformat() == iso


def test_byline_dates_read_in_the_page_zone() -> None:
    found = date_in_text("2024年5月20日 13:15 来源：人民网", SHANGHAI)
    assert found is not None and found.isoformat() == "2024-05-20T13:15:00+08:00"
    assert date_in_text("1234567890 views", SHANGHAI) is None  # a number is not a byline date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        # RFC 822 (feeds, some metas): the offset is kept
        ("Thu, 08 Jan 2026 10:00:00 +0000", "2026-01-08T10:00:00+00:00"),
        ("Thu, 08 Jan 2026 18:21:00 GMT", "2026-01-08T18:21:00+00:00"),
        # English, written: no time -> midnight in the default zone
        ("January 8, 2026", "2026-01-08T00:00:00+00:00"),
        ("Published Jan. 8, 2026 at 10:30 a.m. EST", "2026-01-08T10:30:00-05:00"),
        ("Updated 8 January 2026, 4:05 PM", "2026-01-08T16:05:00+00:00"),
        # French, written: « 1er », « à 14h30 »
        ("Publié le 8 janvier 2026 à 14h30", "2026-01-08T14:30:00+00:00"),
        ("le 1er février 2025 à 09:05 (UTC+1)", "2025-02-01T09:05:00+01:00"),
        # Chinese stays as it was
        ("2026年1月8日 18:21", "2026-01-08T18:21:00+00:00"),
    ],
)
def test_written_dates_in_english_french_and_rfc822(value: str, iso: str) -> None:
    parsed = parse_datetime(value, UTC)
    assert parsed is not None and parsed.isoformat() == iso


@pytest.mark.parametrize("value", ["may be 5 apples", "March of the penguins", "31 February 2026"])
def test_words_that_are_not_dates(value: str) -> None:
    assert parse_datetime(value, UTC) is None


def test_earliest_date_in_a_text_wins() -> None:
    text = "Posted January 7, 2026 — updated 2026-01-09 08:00"
    found = date_in_text(text, UTC)
    assert found is not None and found.date().isoformat() == "2026-01-07"


NOW = datetime(2026, 1, 9, 12, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("3小时前", "2026-01-09T09:00:00+08:00"),
        ("25分钟前 来源：某报", "2026-01-09T11:35:00+08:00"),
        ("昨天 18:21", "2026-01-08T18:21:00+08:00"),
        ("前天", "2026-01-07T00:00:00+08:00"),
        ("2天前", "2026-01-07T12:00:00+08:00"),
        ("刚刚", "2026-01-09T12:00:00+08:00"),
        ("5 hours ago", "2026-01-09T07:00:00+08:00"),
        ("yesterday", "2026-01-08T00:00:00+08:00"),
        # Japanese, Korean, Vietnamese, Arabic
        ("3時間前", "2026-01-09T09:00:00+08:00"),
        ("5分前", "2026-01-09T11:55:00+08:00"),
        ("昨日 10:00", "2026-01-08T10:00:00+08:00"),
        ("3시간 전", "2026-01-09T09:00:00+08:00"),
        ("2일 전", "2026-01-07T12:00:00+08:00"),
        ("어제", "2026-01-08T00:00:00+08:00"),
        ("3 giờ trước", "2026-01-09T09:00:00+08:00"),
        ("منذ 5 دقائق", "2026-01-09T11:55:00+08:00"),
    ],
)
def test_relative_times_against_the_fetch_time(text: str, iso: str) -> None:
    found = relative_datetime(text, NOW)
    assert found is not None and found.isoformat() == iso


def test_a_named_day_without_a_time_counts_only_on_a_short_line() -> None:
    """ "今天"/"yesterday" alone is a byline's day; inside a sentence it is the story's."""
    assert (
        relative_datetime(
            "春節連假，國內外旅遊行程都很搶手，疾病管制局今天表示，去年感染病例為61例", NOW
        )
        is None
    )
    assert relative_datetime("The minister said yesterday that talks would resume.", NOW) is None
    assert relative_datetime("记者 张三\n今天\n来源：某报", NOW) == NOW.replace(hour=0, minute=0)
    assert (
        relative_datetime("简单介绍一下我的情况：在.NET刚刚推出之时，我曾为MSDN写过一个专栏", NOW)
        is None
    )
    assert relative_datetime("张三\n刚刚\n来源：某报", NOW) == NOW
    # with a time it is a timestamp wherever it stands
    found = relative_datetime("本报讯 昨天 18:21 发布的消息称，会议将延期举行", NOW)
    assert found is not None and found.isoformat() == "2026-01-08T18:21:00+08:00"


def test_relative_words_are_not_absolute_dates() -> None:
    assert parse_datetime("昨天 18:21", UTC) is None
    assert relative_datetime("no time here", NOW) is None
    # "on the 25th, nationwide": a day of the month before a word, not "25 days ago"
    assert relative_datetime("지난 25일 전국에서 열린 집회", NOW) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/2026/01/08/some-story/", "2026-01-08"),
        ("https://example.cn/gn/2026/01-08/123456.shtml", "2026-01-08"),
        ("https://example.com/a/20260108/story.html", "2026-01-08"),
        ("https://example.com/p/3630015724180225", None),
        ("https://example.com/2026/13/40/not-a-date", None),
    ],
)
def test_dates_in_url_paths(url: str, day: str | None) -> None:
    found = date_in_url(url, UTC)
    assert (found.date().isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        # Korean: year, month and day words, a half-day word before the hour
        ("입력 2026년 1월 8일 오후 3:20", "ko", "2026-01-08T15:20:00+00:00"),
        ("기사입력 2026.01.08. 오전 9:05", "ko", "2026-01-08T09:05:00+00:00"),
        ("2026.01.08 (목) 15:20", "ko", "2026-01-08T15:20:00+00:00"),
        # Japanese and traditional Chinese hours and minutes, a weekday in brackets
        ("公開日 2026年1月8日(木) 15時20分", "ja", "2026-01-08T15:20:00+00:00"),
        ("2026年1月8日 午前12時05分", "ja", "2026-01-08T00:05:00+00:00"),
        ("2026年1月8日 下午3:20", "zh", "2026-01-08T15:20:00+00:00"),
        ("更新時間：2026年1月8日 15點20分", "zh-tw", "2026-01-08T15:20:00+00:00"),
        # digits of other scripts: fullwidth, Devanagari, Arabic-Indic
        ("２０２６年１月８日 １５時２０分", "ja", "2026-01-08T15:20:00+00:00"),
        ("०८ जनवरी २०२६, 10:30", "hi", "2026-01-08T10:30:00+00:00"),
        ("٨ يناير ٢٠٢٦", "ar", "2026-01-08T00:00:00+00:00"),
        # month names spelled with combining marks (vowel signs; accents typed apart)
        ("प्रकाशित: 8 जनवरी 2026", "hi", "2026-01-08T00:00:00+00:00"),
        ("৮ জানুয়ারি ২০২৬", "bn", "2026-01-08T00:00:00+00:00"),
        ("8 de\u0301cembre 2025", "fr", "2025-12-08T00:00:00+00:00"),
    ],
)
def test_dates_as_other_scripts_print_them(text: str, language: str, iso: str) -> None:
    found = date_in_text(text, UTC, language)
    assert found is not None and found.isoformat() == iso


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        # the year first: Hungarian, Lithuanian; Latvian puts the day before the month
        ("Publikálva: 2026. január 8. 15:20", "hu", "2026-01-08T15:20:00+00:00"),
        ("2026 m. sausio 8 d. 15:20", "lt", "2026-01-08T15:20:00+00:00"),
        ("2026. gada 8. janvāris", "lv", "2026-01-08T00:00:00+00:00"),
        # Vietnamese month numbers after "tháng"
        ("Thứ năm, ngày 8 tháng 1 năm 2026 15:20", "vi", "2026-01-08T15:20:00+00:00"),
        ("8 tháng 1, 2026", "vi", "2026-01-08T00:00:00+00:00"),
        # Czech, Slovak and Slovene numeric dates: a space after each dot
        ("Publikováno 8. 1. 2026 15:20", "cs", "2026-01-08T15:20:00+00:00"),
        ("12. 11. 2025", "sk", "2025-11-12T00:00:00+00:00"),
    ],
)
def test_dates_written_in_other_orders(text: str, language: str, iso: str) -> None:
    found = date_in_text(text, UTC, language)
    assert found is not None and found.isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 May 3 people were hired",  # a year, a month and a number: no dot, no date
        "Kapitola 3. 4. Přehled",  # numbered headings
        "2026. gada budžets",
        "ngày 8 tháng 13 năm 2026",
    ],
)
def test_numbers_near_years_and_months_that_are_no_date(text: str) -> None:
    assert date_in_text(text, UTC) is None


def test_a_year_of_another_calendar_is_no_gregorian_year() -> None:
    # the Solar Hijri date of 8 January 2026 (18 Dey 1404): not read as a Gregorian year,
    # but as the day it is (`pipeline.text.calendars`)
    found = date_in_text("۱۸ دی ۱۴۰۴", UTC, "fa")
    assert found is not None
    assert found.date().isoformat() == "2026-01-08"


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:00:00",  # .NET's DateTime.MinValue: a CMS with no date
        "0001-01-01 00:00:00",
        "1601-01-01T00:00:00Z",  # Windows' zero
        "1753-01-01",  # SQL Server's first day
        "1899-12-30",  # OLE's zero
        "1900-01-01T00:00:00",  # a database's zero date
        "1970-01-01T00:00:00Z",  # the zero Unix timestamp, as it is
        "1970-01-01T08:00:00+08:00",  # ... and shown in a zone
        "Thu, 01 Jan 1970 00:00:00 +0000",
        "9999-12-31T23:59:59-05:00",  # no clock moves it to UTC
        "1404/10/18",  # a solar hijri year in ASCII digits, with nothing saying so
    ],
)
def test_the_no_date_values_of_software_are_no_date(value: str) -> None:
    assert parse_datetime(value, UTC) is None


def test_real_old_and_numeric_other_calendar_dates_are_read() -> None:
    moon = parse_datetime("1969-07-21T02:56:00Z", UTC)
    assert moon is not None and moon.isoformat() == "1969-07-21T02:56:00+00:00"
    # solar hijri in Persian digits: the Gregorian day, not the year 1404
    found = parse_datetime("۱۴۰۴/۱۰/۱۸", UTC)
    assert found is not None and found.date().isoformat() == "2026-01-08"


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-08T10:00:00+25:00",
        "2026-01-08 10:00:00 +9999",
        "2026-01-08T10:00:00-2400",
        "2026-01-08T10:00:00+05:99",
    ],
)
def test_an_offset_no_place_has_is_no_offset(value: str) -> None:
    # read as if no offset were printed (the caller's zone): the day stays, nothing raises
    found = parse_datetime(value, SHANGHAI)
    assert found is not None and found.isoformat() == "2026-01-08T10:00:00+08:00"
    written = date_in_text("January 8, 2026 10:30 GMT+99", UTC)
    assert written is not None and written.isoformat() == "2026-01-08T10:30:00+00:00"


@pytest.mark.parametrize(
    "text", ["99999999999天前", "700000天前", "999999 days ago", "99999999999 minutes ago"]
)
def test_a_relative_time_no_page_has_is_none(text: str) -> None:
    assert relative_datetime(text, datetime(2026, 1, 8, tzinfo=UTC)) is None
