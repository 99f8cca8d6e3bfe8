"""Date kinds of pages nobody here has seen: era years (Japan's imperial eras, Taiwan's
Minguo years), month names in the cases the dateparser locales lack (Serbian, Slovene,
Latvian, Estonian), and a zone printed after a numeric date's time kept as its offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.text.writtendates import date_in_text
from pipeline.web.metadata import PageView


def _day(text: str, language: str | None = None) -> str | None:
    found = date_in_text(text, UTC, language)
    return found.date().isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("公開日：令和8年1月8日 15:20", "2026-01-08"),
        ("令和元年5月1日", "2019-05-01"),
        ("更新 平成31年4月30日", "2019-04-30"),
        ("昭和64年1月7日", "1989-01-07"),
        ("中華民國115年1月8日 發布", "2026-01-08"),
        ("民国114年12月31日", "2025-12-31"),
        ("發布日期：115年1月8日", "2026-01-08"),
        ("115 年 3 月 2 日 上午", "2026-03-02"),
    ],
)
def test_era_years_are_read_as_gregorian(text: str, day: str) -> None:
    assert _day(text) == day


def test_an_era_date_keeps_its_time() -> None:
    found = date_in_text("令和8年1月8日 15:20", UTC, "ja")
    assert found == datetime(2026, 1, 8, 15, 20, tzinfo=UTC)


def test_a_four_digit_year_is_no_minguo_year() -> None:
    assert _day("2026年1月8日") == "2026-01-08"
    assert _day("共1150年1月8日") is None


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Objavljeno: 8. januara 2026.", "sr", "2026-01-08"),
        ("8. јануара 2026. у 10:30", "sr", "2026-01-08"),
        ("Objavljeno 8. marta 2026", "bs", "2026-03-08"),
        ("Objavljeno 8. januarja 2026 ob 10.30", "sl", "2026-01-08"),
        ("2026. gada 8. janvārī", "lv", "2026-01-08"),
        ("Publicēts 2026. gada 12. aprīlī, 10:30", "lv", "2026-04-12"),
        ("8. jaanuaril 2026", "et", "2026-01-08"),
        ("8. januarja 2026", None, "2026-01-08"),  # a page declaring no language
    ],
)
def test_month_names_in_their_case_forms(text: str, language: str | None, day: str) -> None:
    assert _day(text, language) == day


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("2026-01-08 10:30 GMT+8", 8),
        ("2026-01-08 10:30 UTC+3", 3),
        ("2026-01-08 10:30（北京时间）", 8),
        ("2026年1月8日 10:30 北京時間", 8),
        ("08.01.2026 10:30 MSK", 3),
        ("08.01.2026, 10:30 мск", 3),
        ("8 января 2026, 10:30 (МСК)", 3),
        ("01/08/2026 10:30 EST", -5),
        ("2026-01-08 10:30 WIB", 7),
        ("08/01/2026 10:30 BRT", -3),
        ("January 8, 2026 10:30 AM HST", -10),
        ("8 January 2026 10:30am NZDT", 13),
        ("8 January 2026, 10:30 ACST", 9.5),
        ("Jan 8, 2026 10:30 AM PHT", 8),
        ("8 January 2026 10:30 SAST", 2),
    ],
)
def test_a_zone_after_the_time_is_kept(text: str, hours: float) -> None:
    found = date_in_text(text, UTC, None)
    assert found is not None
    assert (found.hour, found.minute) == (10, 30)
    assert found.utcoffset() == timedelta(hours=hours)


def test_words_after_a_time_are_no_zone() -> None:
    # German "ist", Polish "z": no zone names in lower case or of one letter
    assert date_in_text("08.01.2026 10:30 ist", UTC, "de").utcoffset() == timedelta(0)  # type: ignore[union-attr]
    assert date_in_text("08.01.2026 10:30 z Warszawy", UTC, "pl").utcoffset() == timedelta(0)  # type: ignore[union-attr]


def test_a_printed_zone_reaches_the_published_date() -> None:
    html = (
        "<html lang='ru'><head><title>Совет принял бюджет</title></head><body>"
        "<h1>Совет принял бюджет</h1><div class='meta'>08.01.2026, 23:40 МСК</div>"
        "<p>" + "Совет города после долгих обсуждений проголосовал за новый бюджет. " * 5 + "</p>"
        "</body></html>"
    )
    view = PageView.parse(html, "https://example.org/news/budget")
    assert view is not None
    published = view.metadata().published_at
    assert published is not None
    assert (published.date().isoformat(), published.hour, published.minute) == (
        "2026-01-08",
        23,
        40,
    )
    assert published.utcoffset() == timedelta(hours=3)


def test_an_era_date_under_the_headline_dates_the_page() -> None:
    html = (
        "<html lang='ja'><head><title>市議会が予算を可決</title></head><body>"
        "<h1>市議会が予算を可決</h1><p class='date'>令和8年1月8日 15時20分</p>"
        "<p>" + "市議会は長い議論の末、来年度の予算案を賛成多数で可決した。" * 5 + "</p>"
        "</body></html>"
    )
    view = PageView.parse(html, "https://example.jp/news/budget")
    assert view is not None
    published = view.metadata().published_at
    assert published is not None and published.date().isoformat() == "2026-01-08"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("二〇二六年一月八日", "2026-01-08"),
        ("印发日期：二○二六年十二月三十一日", "2026-12-31"),
        ("令和八年一月八日", "2026-01-08"),
        ("平成三十一年四月三十日", "2019-04-30"),
        ("民國一一五年十月十日", "2026-10-10"),
    ],
)
def test_dates_in_han_numerals(text: str, day: str) -> None:
    assert _day(text, "zh") == day


def test_han_numerals_that_are_no_date() -> None:
    assert _day("今年一月的会议", "zh") is None
    assert _day("一年一月一日", "zh") is None
    assert _day("二〇二六年十三月八日", "zh") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Objavljeno: 08.01.2026. u 10:30", "hr"),
        ("8. 1. 2026. 10:30", "sr"),
        ("08.01.2026.", "bs"),
    ],
)
def test_a_dot_closing_the_year(text: str, language: str) -> None:
    found = date_in_text(text, UTC, language)
    assert found is not None and found.date().isoformat() == "2026-01-08"
    if "10:30" in text:
        assert (found.hour, found.minute) == (10, 30)


def test_a_version_number_is_no_date() -> None:
    assert date_in_text("v1.2.2026.4", UTC, "en") is None
