"""Publication dates (session 32, helper dates32): a clock glued to a numeric date by a "/"
("[16:30/28.11.2011]", "28.11.2011/16:30"), and a byline's date with a two-digit year closing
its line ("von Jane Doe, 8.5.12"; month first where "01/11/2012" is: "Posted on Wednesday,
01.11.12" on an American page). Guards: version and section numbers, a "/" path of numbers,
a two-digit year that does not close its line. Every page here is made up."""

from __future__ import annotations

from datetime import UTC

import pytest

from pipeline.text.dates import date_in_text
from pipeline.web.metadata import PageView

_TEXT = "<p>" + "Der Rat hat am Abend lange über den Haushalt beraten und abgestimmt. " * 8 + "</p>"


def _published_at(body: str, lang: str = "de", url: str = "https://blog.example.org/rat") -> str:
    html = f"<html lang='{lang}'><head><title>Der Rat stimmt ab</title></head><body>{body}</body></html>"
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.isoformat() if found is not None else "none"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # a clock glued before or after the date by a "/", spaced or not
        ("[16:30/28.11.2011]", "ru", "2011-11-28T16:30:00+00:00"),
        ("16:30 / 28.11.2011", "ru", "2011-11-28T16:30:00+00:00"),
        ("28.11.2011/16:30", "uk", "2011-11-28T16:30:00+00:00"),
        ("10.04.2013 / 09:29 / Новости", "ru", "2013-04-10T09:29:00+00:00"),
        # as before: a two-digit year before a time, a four-digit year
        ("Posted 16/12/11 15:42", "en", "2011-12-16T15:42:00+00:00"),
        ("05.01.2012 14:45", "ru", "2012-01-05T14:45:00+00:00"),
    ],
)
def test_clocks_glued_to_a_date(text: str, lang: str, found: str) -> None:
    date = date_in_text(text, UTC, lang)
    assert date is not None and date.isoformat() == found


@pytest.mark.parametrize(
    "text",
    [
        "Version 8.5.12",  # a version: a word before it
        "in 3.1.12 steps",  # not closing its line
        "Abschnitt 3.1.12 regelt das",
        "05/01/2012/",  # a path of numbers, no clock after the "/"
        "a 1/08.12.2011",  # a number glued before the date, not a clock
        "8.5.12.4",
        "von Jane Doe, 8.5.12",  # a byline's two-digit year: read on the page's lines only
    ],
)
def test_numbers_that_are_no_date(text: str) -> None:
    assert date_in_text(text, UTC, "de") is None


@pytest.mark.parametrize(
    ("byline", "lang", "day"),
    [
        (
            "von <a rel='author' href='/author/kp'>Klaus-Peter Schöppner</a>, 8.5.12 ",
            "de",
            "2012-05-08",
        ),
        ("By Jane O'Neil, 31.10.23", "en", "2023-10-31"),
        # both numbers may be the month: month first where "01/11/2012" is
        ("Posted on Wednesday, 01.11.12", "en", "2012-01-11"),
        ("Posted on Wednesday, 01.11.12", "en-gb", "2012-11-01"),
    ],
)
def test_a_byline_closed_by_a_two_digit_year(byline: str, lang: str, day: str) -> None:
    body = f"<h1>Der Rat stimmt ab</h1><p class='meta'>{byline}</p>{_TEXT}"
    assert _published_at(body, lang, "https://blog.example.com/rat")[:10] == day


@pytest.mark.parametrize(
    "line",
    [
        "Version 8.5.12",
        "1.10.23",
        "Rat, Haus und Hof, Abschnitt 3.1.12",
        "Jane Doe, 8.5.12 und mehr",
    ],
)
def test_no_two_digit_year_outside_a_signed_line(line: str) -> None:
    body = f"<h1>Der Rat stimmt ab</h1><p>{line}</p>{_TEXT}"
    assert _published_at(body) == "none"


def test_a_date_box_with_the_clock_glued_before_the_date() -> None:
    body = (
        "<h1>Der Rat stimmt ab</h1><p class='matDate'>[16:30/28.11.2011]</p>"
        f"{_TEXT}<div class='related'><span class='orDate'>22:48 / 09.04.2013</span>"
        "<a href='/other'>Другая новость дня</a></div>"
    )
    assert _published_at(body, "ru")[:16] == "2011-11-28T16:30"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the weekday printed before a date whose two numbers may each be the month
        ("Tuesday, 11.06.2012 / 4:54 PM", "en", "2012-11-06T16:54:00+00:00"),
        ("Monday, 11.06.2012", "en", "2012-06-11T00:00:00+00:00"),
        ("Dienstag, 11.06.2012", "de", "2012-11-06T00:00:00+00:00"),
        ("вторник, 06.11.2012", "ru", "2012-11-06T00:00:00+00:00"),
        ("Published on Thu, 12/01/2012, 02:24:42", "en", "2012-01-12T02:24:00+00:00"),
        # a weekday neither reading falls on, or no weekday: the page's habit as before
        ("Friday, 05.01.2012", "pl", "2012-01-05T00:00:00+00:00"),
        ("Published on 12/01/2012", "en", "2012-12-01T00:00:00+00:00"),
        ("Thursday, 25.01.2012", "en", "2012-01-25T00:00:00+00:00"),
    ],
)
def test_the_weekday_printed_before_says_which_number_is_the_month(
    text: str, lang: str, found: str
) -> None:
    date = date_in_text(text, UTC, lang)
    assert date is not None and date.isoformat() == found


def test_a_us_date_box_with_its_weekday() -> None:
    body = f"<h1>Der Rat stimmt ab</h1><p class='date'>Tuesday, 11.06.2012 / 4:54 PM</p>{_TEXT}"
    assert _published_at(body, "en", "https://www.example.com/news/rat")[:10] == "2012-11-06"
