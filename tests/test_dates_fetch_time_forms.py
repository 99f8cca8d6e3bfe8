"""Dates read against the fetch time in the page's zone: "昨天 10:30" on a Chinese page is
10:30 in Beijing the day before Beijing's day (a fetch at 20:00 UTC is the next morning
there); a day and a time printed without the year ("1月8日 10:30", "01-08 10:30") in the
fetch's year, or the year before; and an update line over an unlabelled publication date
("Aktualizacja: 09.01.2026" over "08.01.2026 14:30")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.text.dates import yearless_datetime
from tests.dated_pages import published_under_headline

_ZH = (
    "<p>"
    + "区政府今天召开发布会，介绍了新图书馆的建设计划和开放时间，居民可以在网上预约参观。" * 3
    + "</p>"
)
_PL = (
    "<p>"
    + "Rada miasta po długiej debacie przyjęła budżet na przyszły rok i plan inwestycji. " * 3
    + "</p>"
)
# 20:00 UTC on 9 March: already 10 March, 04:00, in Beijing
_FETCHED = datetime(2025, 3, 9, 20, 0, tzinfo=UTC)


def _published(lang: str, article: str, body: str, now: datetime | None = _FETCHED) -> str | None:
    return published_under_headline(lang, article + body, now)


@pytest.mark.parametrize(
    ("byline", "iso"),
    [
        ("<p>昨天 10:30</p>", "2025-03-09T10:30:00+08:00"),
        ("<p>今天 01:15</p>", "2025-03-10T01:15:00+08:00"),
        ("<p>3小时前</p>", "2025-03-10T01:00:00+08:00"),
        ("<p>3月8日 10:30</p>", "2025-03-08T10:30:00+08:00"),
        ("<p>来源：本网 03-08 10:30</p>", "2025-03-08T10:30:00+08:00"),
        ("<p>12-30 09:00</p>", "2024-12-30T09:00:00+08:00"),  # after the fetch: last year's
    ],
)
def test_chinese_forms_against_the_fetch_time(byline: str, iso: str) -> None:
    assert _published("zh", byline, _ZH) == iso


def test_yearless_needs_the_fetch_time() -> None:
    assert _published("zh", "<p>3月8日 10:30</p>", _ZH, now=None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Final 3-1 12:30",
        "2025-03-08 10:30",
        "02-30 10:00",
        "一段很长的正文句子提到了3月8日 10:30的会议安排以及后续的很多事情。",
    ],
)
def test_not_yearless_dates(text: str) -> None:
    assert yearless_datetime(text, _FETCHED) is None


def test_update_line_over_an_unlabelled_publication_date() -> None:
    byline = "<p>Aktualizacja: 09.03.2025 10:00</p><p>08.03.2025 14:30</p>"
    assert _published("pl", byline, _PL, now=None) == "2025-03-08T14:30:00+00:00"


def test_update_line_alone_still_dates_the_page() -> None:
    byline = "<p>Aktualizacja: 09.03.2025 10:00</p><p>Jan Kowalski</p>"
    assert _published("pl", byline, _PL, now=None) == "2025-03-09T10:00:00+00:00"
