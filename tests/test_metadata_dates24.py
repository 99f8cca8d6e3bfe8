"""Publication dates of pages that state theirs outside the metas, the JSON-LD article and the
line under the headline (session 24, helper dates24; the kinds the public date sets showed):
a microdata `datePublished` printed as text, a blog's day heading classed "date-header"
above the post's title, a theme's statement under the post ("This entry was posted on ...",
"Von X am ..."), and the date an embedded state gives under a publication key on a page that
states none elsewhere. Every page here is made up."""

from __future__ import annotations

from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The club met to plan the summer fair and its many small stalls. " * 8 + "</p>"


def _published(body: str, head: str = "", url: str = "https://blog.example.org/fair") -> str | None:
    html = (
        f"<html lang='en'><head><title>Plans for the summer fair</title>{head}</head>"
        f"<body>{body}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


def test_a_microdata_date_printed_as_text() -> None:
    # set above the headline's boxes, where no printed date is sought
    body = (
        "<div itemscope itemtype='http://schema.org/Article'><div class='info'><div "
        "itemprop='datePublished'>07.04.2024 09:15</div></div><div class='a'><p>Kites</p>"
        "<div class='b'><p>Boards</p><div class='c'><p>Sails</p><div class='d'><p>News</p>"
        f"<h1>Plans for the summer fair</h1></div></div></div></div>{_TEXT}</div>"
    )
    assert _published(body) == "2024-04-07"


def test_a_microdata_date_in_a_sidebar_is_not_the_page_s() -> None:
    body = (
        f"<div><h1>Plans for the summer fair</h1>{_TEXT}</div><aside class='sidebar'>"
        "<div itemscope><span itemprop='datePublished'>07.04.2024</span></div></aside>"
    )
    assert _published(body) is None


def test_a_day_heading_above_the_post_title() -> None:
    # a blog's posts grouped under the day's heading, the post's title boxes deep below it
    body = (
        "<div class='blog-posts'><h2 class='date-header'><span>Sunday, 7 April 2024</span>"
        "</h2><div class='date-posts'><div class='post-outer'><div class='post'>"
        "<a name='123'></a><h3 class='post-title'>Plans for the summer fair</h3>"
        f"<div class='post-body'>{_TEXT}</div></div></div></div></div>"
    )
    assert _published(body) == "2024-04-07"


def test_a_page_header_above_the_title_is_still_not_read() -> None:
    # (a "today" beside it: a clock's; without it the masthead's day is an edition's, dates35)
    body = (
        "<div class='site-header'><span class='date'>Today: Sunday, 7 April 2024</span></div>"
        f"<div><div><h1>Plans for the summer fair</h1>{_TEXT}</div></div>"
    )
    assert _published(body) is None


def test_a_theme_statement_under_the_post() -> None:
    body = (
        f"<div class='post'><h1>Plans for the summer fair</h1>{_TEXT}<div class='post-footer'>"
        "<p>This entry was posted on Monday, March 4th, 2024 at 8:30 am and is filed "
        "under <a href='/c/news'>News</a>.</p></div></div>"
    )
    assert _published(body) == "2024-03-04"


def test_a_german_theme_statement_and_a_byline_with_its_date() -> None:
    german = (
        f"<div class='post'><h1>Plans for the summer fair</h1>{_TEXT}<div class='post-footer'>"
        "Dieser Artikel wurde am 9. Februar 2024 um 16:05 von Jonas veröffentlicht.</div></div>"
    )
    assert _published(german) == "2024-02-09"
    byline = (
        f"<div class='entry'><h1>Plans for the summer fair</h1>{_TEXT}<div class='asset-footer'>"
        "Von Greta am 21.01.2024, 18:40 | 2 Antworten</div></div>"
    )
    assert _published(byline) == "2024-01-21"


def test_a_statement_in_the_comments_is_not_the_post_s() -> None:
    body = (
        f"<div class='post'><h1>Plans for the summer fair</h1>{_TEXT}</div>"
        "<div class='comments'><p>This entry was posted on 4 March 2024 by a reader.</p></div>"
    )
    assert _published(body) is None


def test_the_publication_key_of_the_embedded_state() -> None:
    state = (
        '<script>window.__STATE__ = {"product": {"title": "Fair", '
        '"published_at": "2024-05-12T07:45:10+02:00", "created_at": '
        '"2024-05-11T07:50:31+02:00"}};</script>'
    )
    body = f"<div><h1>Plans for the summer fair</h1>{_TEXT}</div>{state}"
    assert _published(body) == "2024-05-12"


def test_a_creation_key_and_a_time_with_its_milliseconds_after_a_colon() -> None:
    created = '<script>var data = {"createdAt":"2024-06-18T13:02:55+02:00"};</script>'
    assert _published(f"<div><h1>Plans for the summer fair</h1>{_TEXT}</div>{created}") == (
        "2024-06-18"
    )
    howto = (
        '<script type="application/ld+json">{"@type": "HowTo", "name": "Fair", '
        '"datePublished": "2024-02-26T10:41:19:250Z"}</script>'
    )
    assert _published(f"<div><h1>Plans for the summer fair</h1>{_TEXT}</div>", howto) == (
        "2024-02-26"
    )


def test_the_embedded_state_gives_way_to_a_date_the_page_prints() -> None:
    state = '<script>var data = {"publishedDate":"2023-09-14T11:20:00Z"};</script>'
    body = (
        "<div><h1>Plans for the summer fair</h1><p class='byline'>March 3, 2024</p>"
        f"{_TEXT}</div>{state}"
    )
    assert _published(body) == "2024-03-03"


def test_a_section_and_a_two_digit_year_above_the_headline() -> None:
    body = (
        "<div class='top-img'><img src='/x.png' alt=''></div><div class='text'>"
        "<div class='date'> Kultur, 12.03.24 </div><h1>Plans for the summer fair</h1>"
        f"<div class='abstract'>Stalls and games</div></div><div id='content'>{_TEXT}</div>"
    )
    assert _published(body) == "2024-03-12"
    sentence = (
        "<div class='text'><div class='note'>Kultur und mehr, aber nicht am 12.03.24</div>"
        f"<h1>Plans for the summer fair</h1></div><div id='content'>{_TEXT}</div>"
    )
    assert _published(sentence) is None


def test_a_json_ld_block_that_is_no_json_states_no_date_last_either() -> None:
    broken = (
        '<script type="application/ld+json">{"@type": "HowTo", '
        '"datePublished": "2024-02-26T10:41:19Z"} var y = 2;</script>'
    )
    assert _published(f"<div><h1>Plans for the summer fair</h1>{_TEXT}</div>", broken) is None
