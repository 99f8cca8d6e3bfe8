"""Author kinds of real news pages' public sets (session 25, helper authors25b), on made-up
pages: a link to an author's page under a styling class that names no byline (its text the
name its address ends in; not an author bio's "More about Jane" link), an author meta listing
a feature's photographer and stylist beside its writer (the page printing them as "Photographed
by" and "Styled by"), a section linked after the writer's name and "in", a section set
off by a middle dot or a bar before the names ("Politik · Jane Doe"), a category's link
printed beside the date."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.metadata import split_authors

STORY = (
    "The town council decided on Monday to restore the old market hall by the river, because "
    "a farmers' market with stalls from the whole region is to be held there every Saturday."
)


def _author(head: str, under_title: str, after: str = "") -> str | None:
    paragraphs = "".join(f"<p>{n}. {STORY}</p>" for n in (1, 2, 3, 4))
    html = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Market hall - Bote"
        f"</title>{head}</head><body><main><article><h1>Market hall to be restored</h1>"
        f"{under_title}<p class='date'>March 4, 2024</p><div class='x1'>{paragraphs}</div>"
        f"{after}</article></main></body></html>"
    )
    page = RawPage(
        url="https://bote.example/2024/market-hall",
        body=html.encode(),
        fetched_at=datetime(2024, 3, 5, tzinfo=UTC),
    )
    article = article_from_page(page)
    assert article is not None
    return article.author


def test_styled_author_page_link_is_the_byline() -> None:
    link = (
        "<section class='meta-bar'><div class='avatar'><a href='/about/editors/jane-doe/'>"
        "<img src='/j.jpg'></a></div><div class='t-meta'><a class='th-meta' "
        "href='/about/editors/jane-doe/'>Jane Doe</a><span class='th-meta'>, <a class='th-meta' "
        "href='https://social.example/janedoe'>@janedoe</a></span><div class='th-meta'>1h ago"
        "</div></div></section>"
    )
    assert _author("", link) == "Jane Doe"


def test_author_bio_more_link_is_no_byline() -> None:
    bio = (
        "<div class='bio'><p>Jane Doe writes about towns. <a class='show-more-link' "
        "href='/author/jane-doe/'>More about Jane ↬</a></p></div>"
    )
    assert _author("", bio) is None


def test_meta_listing_the_photographer_and_stylist_keeps_the_writer() -> None:
    meta = "<meta name='author' content='Jane Doe,John Smith,Mary Major at Top Models'>"
    credits = (
        "<div class='byline'>written by <span>Jane Doe</span></div><div class='credits'>"
        "<span>Photographed by <span>John Smith</span></span>; <span>Modeled by <span>Mary "
        "Major at Top Models</span></span></div>"
    )
    assert _author(meta, credits) == "Jane Doe"


def test_meta_of_two_writers_stays() -> None:
    meta = "<meta name='author' content='Jane Doe,John Smith'>"
    assert _author(meta, "<p>By Jane Doe and John Smith</p>") == "Jane Doe, John Smith"


def test_section_linked_after_in_is_no_name() -> None:
    byline = (
        "<div class='author'>Written by <a href='https://www.janedoe.example/'>Jane Doe</a> in "
        "<a href='/towns/Rivers'>Rivers</a> on 4 March 2024. <a href='/forum/1'>5 Comments</a>"
        "</div>"
    )
    assert _author("", byline) == "Jane Doe"


def test_section_word_before_the_names_is_no_name() -> None:
    assert split_authors("Politik · Jochen Bittner, Tina Hildebrandt") == [
        "Jochen Bittner",
        "Tina Hildebrandt",
    ]
    assert split_authors("Sport | Anna Weiss") == ["Anna Weiss"]
    assert split_authors("박민수·최지은 기자") == ["박민수", "최지은"]  # no capitals: two names


def test_category_link_beside_the_date_is_no_name() -> None:
    dated = (
        "<div class='PostByline'><a class='PostByline__author' href='/authors/submissions'>"
        "<span>Bote Submissions</span></a><div class='stamp'>Oct 13, 2016</div></div>"
        "<ul class='links'><li><a href='/categories/house-call'>House Call</a></li></ul>"
    )
    assert _author("", dated) is None


def test_name_quoted_in_a_sentence_beside_the_date_is_no_name() -> None:
    html = (
        "<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>新製品</title></head>"
        "<body><article><h1>インテル、新しいSSDを発売</h1><div class='pubdate'>2019年4月4日</div>"
        "<div class='entrybody'><p>米インテルは4月2日、イベント「<a href='https://x.example/'>"
        "Data Center Day</a>」を開催。データセンター向けに新しいSSDを発表しました。"
        * 3
        + "</p></div></article></body></html>"
    )
    page = RawPage(
        url="https://blog.example/2019/ssd.html",
        body=html.encode(),
        fetched_at=datetime(2019, 4, 5, tzinfo=UTC),
    )
    article = article_from_page(page)
    assert article is not None and article.author is None
