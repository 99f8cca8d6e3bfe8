"""Metadata kinds found on a public page set nobody here tuned on (session 22, helper pl22,
benchmarks/extraction/postlight_set.py: Postlight Parser's fixtures and their hand-written
tests). Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.text.dates import date_in_url
from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The harbour board met on the ferry budget and voted late at night. " * 8
_TEXT += "</p>"


def _meta(head: str, body: str = "", url: str = "https://news.example.com/story/1") -> PageView:
    html = (
        f"<html lang='en'><head><title>Ferry budget passes</title>{head}</head>"
        f"<body><h1>Ferry budget passes</h1>{body}{_TEXT}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view


def test_a_meta_written_with_value_for_content_is_read() -> None:
    # Twitter's card markup was once documented as <meta name=... value=...>; pages copy it
    head = "<meta name='article:published_time' value='2016-12-14T06:02:15Z'>"
    head += "<meta name='author' value='Wenna Loft'>"
    found = _meta(head).metadata()
    assert found.published_at is not None
    assert found.published_at.isoformat() == "2016-12-14T06:02:15+00:00"
    assert found.author == "Wenna Loft"


def test_content_wins_over_value() -> None:
    head = "<meta name='article:published_time' value='1999-01-01' content='2016-12-14'>"
    found = _meta(head).metadata().published_at
    assert found is not None and found.date().isoformat() == "2016-12-14"


@pytest.mark.parametrize(
    "url",
    [
        "https://mag.example.com/articles/194709-13-ways-to-cook-leeks",  # an id, then a count
        "https://mag.example.com/p/201612-02-notes",
    ],
)
def test_an_id_s_digits_are_no_url_date(url: str) -> None:
    assert date_in_url(url) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.com/2016/12/02/leeks", "2016-12-02"),
        ("https://news.example.com/2016-12-02-leeks", "2016-12-02"),
        ("https://news.example.com/20161202/leeks", "2016-12-02"),
        ("https://news.example.cn/n1/2016/1202/c1002-1.html", "2016-12-02"),
    ],
)
def test_url_dates_still_read(url: str, day: str) -> None:
    found = date_in_url(url)
    assert found is not None and found.date().isoformat() == day


def test_a_time_element_is_kept_where_the_url_holds_only_an_id() -> None:
    url = "https://mag.example.com/articles/194709-13-ways-to-cook-leeks"
    body = "<div class='meta'><time datetime='2016-12-02T18:28:24.000Z'>Dec. 2, 2016</time></div>"
    html = (
        "<html lang='en'><head><title>13 ways to cook leeks</title></head><body><article>"
        f"<h1>13 ways to cook leeks</h1>{body}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    assert found is not None and found.date().isoformat() == "2016-12-02"
