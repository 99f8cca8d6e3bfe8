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


def _author(body: str, head: str = "", url: str = "https://news.example.com/story/1") -> str:
    return _meta(head, body, url).metadata().author or ""


@pytest.mark.parametrize(
    ("body", "author"),
    [
        # a label wrapped apart from the name, no space between them
        (
            "<a class='story__author' href='/u/wenna/'><span>By</span>Wenna Loft</a>",
            "Wenna Loft",
        ),
        (
            "<div class='byline'><div class='author-name'><span>By</span> <a href='/p/wl'>"
            "Wenna Loft</a><span class='author-title'>Staff Writer</span></div></div>",
            "Wenna Loft",
        ),
        # the markup's own line break inside a name
        (
            "<div class='ShareByline'><span>By</span><span>by WENNA LOFT, ODO PRAM and TILDA\n"
            "            MARSH</span></div>",
            "WENNA LOFT, ODO PRAM, TILDA MARSH",
        ),
    ],
)
def test_a_byline_s_texts_run_together_are_read_apart(body: str, author: str) -> None:
    assert _author(body) == author


def test_every_rel_author_link_of_a_byline_is_read() -> None:
    body = (
        "<address class='contributors'><div><a rel='author' href='/profile/wenna-loft'>Wenna "
        "Loft</a> and <a rel='author' href='/profile/odo-pram'>Odo Pram</a></div></address>"
    )
    assert _author(body) == "Wenna Loft, Odo Pram"


def test_of_two_author_metas_the_one_the_byline_prints() -> None:
    head = "<meta name='author' content='Brightwater Holdings'>"
    head += "<meta property='article:author' content='Wenna Loft'>"
    body = "<p class='byline'>By <a href='/contributors/wenna-loft'>Wenna Loft</a></p>"
    footer = "<footer>© 2016 Brightwater Holdings. All rights reserved.</footer>"
    assert _author(body + footer, head) == "Wenna Loft"


def test_a_place_and_role_in_brackets_after_the_name_is_no_name() -> None:
    body = (
        "<p class='meta'><span class='meta__author'>Par <a class='author-link' "
        "href='/signataires/wenna-loft/'>Wenna Loft<span class='desc'>(Bruxelles, bureau "
        "européen)</span></a></span></p>"
    )
    assert _author(body, url="https://journal.example.fr/article/1") == "Wenna Loft"


def test_a_category_link_in_the_byline_box_is_no_name() -> None:
    body = (
        "<div class='entry-byline'><div class='by-author'><a href='/author/wenna/'>Wenna</a>"
        "</div> <div class='by-cat'><a href='/category/oceanlife/'>Oceanlife</a></div></div>"
    )
    assert _author(body) == "Wenna"
