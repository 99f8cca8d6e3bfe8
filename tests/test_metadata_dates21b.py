"""Date kinds found on public page sets nobody here tuned on, round 2 (session 21, helper
dates21b, benchmarks/extraction/public_metadata.py): the Levant's two names of a month, a
UTC time whose publisher's offset another structured value states, Drupal's RDFa dates, a
date box in the article's own header, a date line with a two-digit year, and the
`publication_date` meta. Every page here is made up."""

from __future__ import annotations

from datetime import UTC

import pytest

from pipeline.text.dates import date_in_text
from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The council met on the budget and voted late in the evening. " * 8 + "</p>"


def _published(html: str, url: str = "https://news.example.com/story/1") -> str | None:
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.isoformat() if found is not None else None


def _page(head: str = "", body: str = "", title: str = "Council votes") -> str:
    return (
        f"<html lang='de'><head><title>{title}</title>{head}</head>"
        f"<body>{body}{_TEXT}</body></html>"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("نشر الجمعة 7 تموز / يوليو 2023 10:15", "2023-07-07"),
        ("3 آب/أغسطس 2019", "2019-08-03"),
        ("12 كانون الثاني / يناير 2019", "2019-01-12"),
        ("12 كانون الثاني 2019", "2019-01-12"),
    ],
)
def test_the_levant_prints_two_names_of_the_month(text: str, day: str) -> None:
    found = date_in_text(text, UTC, "ar")
    assert found is not None and found.date().isoformat() == day


def test_a_utc_time_takes_the_offset_another_value_states_for_it() -> None:
    # the JSON-LD gives the instant in UTC, a meta the same instant in the publisher's offset
    head = '<script type="application/ld+json">{"@type": "NewsArticle", '
    head += '"datePublished": "2021-03-12T22:40:00Z"}</script>'
    head += "<meta name='date' content='Sat, 13 Mar 2021 00:40:00 +0200'>"
    found = _published(_page(head, "<h1>Council votes</h1>"))
    assert found == "2021-03-13T00:40:00+02:00"


def test_another_instant_gives_no_offset() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", '
    head += '"datePublished": "2021-03-12T22:40:00Z"}</script>'
    head += "<meta name='date' content='Sat, 13 Mar 2021 09:00:00 +0200'>"
    assert _published(_page(head, "<h1>Council votes</h1>")) == "2021-03-12T22:40:00+00:00"


def test_drupal_rdfa_date_beside_the_byline() -> None:
    body = "<h1>Council votes</h1><div class='node__submitted'>"
    body += "<span property='schema:dateCreated' content='2022-06-14T09:12:00+00:00'></span>"
    body += "<span class='comments'>0 comments</span></div>"
    assert _published(_page(body=body)) == "2022-06-14T09:12:00+00:00"


def test_drupal_dc_created_property() -> None:
    body = "<h1>Council votes</h1>"
    body += "<span property='dc:date dc:created' content='2011-09-02T17:05:00+02:00'></span>"
    assert _published(_page(body=body)) == "2011-09-02T17:05:00+02:00"


def test_a_date_box_in_the_article_header_above_a_long_kicker() -> None:
    # the box around kicker, date and headline is named "header": it is the article's
    body = (
        "<div class='article-header-wrapper'><div class='issue'><span class='date'>"
        "14.09.2022</span></div><div class='kicker'>Warum der Haushalt in diesem Jahr "
        "später kommt als in allen Jahren zuvor</div><span><h1>Council votes</h1></span></div>"
    )
    assert _published(_page(body=body)) == "2022-09-14T00:00:00+00:00"


def test_a_date_line_with_a_short_year_in_the_article_header() -> None:
    body = (
        "<div class='content-header'><div class='flag'>Debatte</div><span>14.09.22</span>"
        "<h1>Council votes</h1></div>"
    )
    assert _published(_page(body=body)) == "2022-09-14T00:00:00+00:00"


def test_a_page_header_date_stays_unread() -> None:
    # the site's header prints today's date; the article has none (a menu bar's is never
    # read; a masthead's only where it is not the fetch's day: dates35's edition day)
    body = (
        "<div class='navbar'><span class='date'>14.09.2022</span><a href='/'>Home</a></div>"
        "<div><h1>Council votes</h1></div>"
    )
    assert _published(_page(body=body)) is None


def test_a_byline_date_with_a_two_digit_year() -> None:
    body = "<h1>Council votes</h1><div class='meta'>Von: Jana Roth <span>|</span> "
    body += "<span>31.10.23</span></div>"
    assert _published(_page(body=body)) == "2023-10-31T00:00:00+00:00"


@pytest.mark.parametrize("line", ["Version 31.10.23 released", "1.10.23", "31.13.23"])
def test_no_short_year_date_in_a_sentence_or_an_impossible_day(line: str) -> None:
    body = f"<h1>Council votes</h1><p>{line}</p>"
    assert _published(_page(body=body)) is None


def test_the_publication_date_meta() -> None:
    head = "<meta name='publication_date' content='2022-02-08T14:00:00'>"
    assert _published(_page(head, "<h1>Council votes</h1>")) == "2022-02-08T14:00:00+00:00"


def test_a_date_line_in_the_row_above_the_headline_row() -> None:
    # "Topic // date" in the row before the row whose box holds the <h1>
    body = (
        "<div class='head'><div class='head__line'><div class='head__meta'><a href='/themen/x'>"
        "Thema des Tages // <span class='meta__date'>02.11.2021</span></a></div></div>"
        "<div class='head__line'><div class='head__content'><h1>Council votes</h1></div></div>"
        "</div>"
    )
    assert _published(_page(body=body)) == "2021-11-02T00:00:00+00:00"


def test_a_sidebar_list_of_marked_times_is_not_the_article_date() -> None:
    # the sidebar's posts mark their times as publications; the article's own is unmarked
    side = "".join(
        f"<li><article><p class='publication'>Le <time datetime='2019-09-{d}T07:30:00Z' "
        f"pubdate>{d} septembre</time></p></article></li>"
        for d in (22, 20, 18)
    )
    body = (
        "<div class='page aside-active'><article><header><h1>Council votes</h1>"
        "<p class='publication'>Le <time datetime='2019-06-28T13:49:45Z'>28 juin 2019</time>"
        f"</p></header>{_TEXT}</article><div id='aside' class='aside secondary'><ul>{side}"
        "</ul></div></div>"
    )
    # the printed day, at the time its own <time> gives (session 25: the time kept)
    assert _published(_page(body=body)) == "2019-06-28T13:49:45+00:00"


def test_a_marked_time_in_a_page_wrapper_named_aside_active_stays() -> None:
    body = (
        "<div class='main-wrapper aside-active'><article><h1>Council votes</h1>"
        "<time pubdate datetime='2018-06-22T10:20:00Z'>22.06.2018</time></article></div>"
    )
    assert _published(_page(body=body)) == "2018-06-22T10:20:00+00:00"
