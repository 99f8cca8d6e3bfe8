"""Metadata kinds of session 22's second round (helper zones22): US times printed with a
zone of two capitals ("5:00 a.m. PT", "10:30 AM ET") read at that date's offset, and every
citation_author meta of a scholarly page read. Every page here is made up."""

from __future__ import annotations

from datetime import UTC

import pytest

from pipeline.text.dates import date_in_text
from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The county water board met on the reservoir levy and voted at dusk. " * 8
_TEXT += "</p>"


def _view(head: str, body: str = "", url: str = "https://news.example.com/story/7") -> PageView:
    html = (
        f"<html lang='en'><head><title>Reservoir levy passes</title>{head}</head>"
        f"<body><article><h1>Reservoir levy passes</h1>{body}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("Dec. 22, 2016 5:00 a.m. PT", "2016-12-22T05:00:00-08:00"),  # standard time
        ("July 4, 2016 5:00 a.m. PT", "2016-07-04T05:00:00-07:00"),  # daylight time
        ("Posted March 3, 2020 10:30 AM ET", "2020-03-03T10:30:00-05:00"),
        ("Updated Aug. 9, 2021 at 4:15 p.m. ET", "2021-08-09T16:15:00-04:00"),
        ("January 8, 2026 9:00 AM CT", "2026-01-08T09:00:00-06:00"),
        ("June 8, 2026 9:00 AM MT", "2026-06-08T09:00:00-06:00"),
        ("2026-06-08 09:00 CT", "2026-06-08T09:00:00-05:00"),
        ("06/08/2026 9:00 AM PT", "2026-06-08T09:00:00-07:00"),
        ("8 janvier 2026 à 14h30 ET", "2026-01-08T14:30:00-05:00"),
    ],
)
def test_a_us_zone_of_two_capitals_is_read_at_the_date_s_offset(text: str, instant: str) -> None:
    found = date_in_text(text, UTC, "en")
    assert found is not None and found.isoformat() == instant


@pytest.mark.parametrize(
    "text",
    [
        "le 8 janvier 2026 à 14h30 et la séance reprend",  # French "et" (and)
        "January 8, 2026 9:00 am pt of the session",
        "8 janvier 2026 à 14h30 Et puis",
    ],
)
def test_a_zone_word_in_lower_case_is_no_zone(text: str) -> None:
    found = date_in_text(text, UTC, "fr")
    assert found is not None and found.utcoffset() == UTC.utcoffset(None)


def test_a_printed_pt_time_dates_the_page_at_its_offset() -> None:
    body = "<div class='byline'>By Ann Rivers | Dec. 22, 2016 5:00 a.m. PT</div>"
    found = _view("", body).metadata().published_at
    assert found is not None and found.astimezone(UTC).isoformat() == "2016-12-22T13:00:00+00:00"


def _authors(head: str, body: str = "") -> tuple[str, ...]:
    return _view(head, body, "https://journal.example.org/article/10.1234/abc").metadata().authors


def test_every_citation_author_meta_is_read_in_order() -> None:
    head = (
        "<meta name='citation_title' content='Reservoir levy passes'>"
        "<meta name='citation_author' content='Okafor, Grace'>"
        "<meta name='citation_author' content='Lindqvist, Per'>"
        "<meta name='citation_author' content='Mei Tanaka'>"
        "<meta name='citation_date' content='2021/03/04'>"
    )
    assert _authors(head) == ("Okafor, Grace", "Lindqvist, Per", "Mei Tanaka")


def test_one_citation_author_meta_reads_as_before() -> None:
    head = "<meta name='citation_author' content='Grace Okafor and Per Lindqvist'>"
    assert _authors(head) == ("Grace Okafor", "Per Lindqvist")


def test_an_earlier_author_meta_still_comes_first() -> None:
    head = (
        "<meta name='author' content='Ruth Abara'>"
        "<meta name='citation_author' content='Okafor, Grace'>"
        "<meta name='citation_author' content='Lindqvist, Per'>"
    )
    assert _authors(head) == ("Ruth Abara",)
