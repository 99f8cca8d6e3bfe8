"""Author kinds of session 36 (helper authors36), on made-up values and pages: a name the
page's source wraps inside its link or name element ("<a>Jane\\n    Doe</a>"), a player's
button in the byline's box ("WATCH LIVE"), a teaser card's byline under the story when the
byline markup sits right above the headline, lists apart by a full-width slash ("A／B") with
a reporter's role and outlet before a Han name, a Latin name and its katakana reading, and
the three author-page address patterns written once (`authorpages`)."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import split_authors
from pipeline.web.metadata.authorpages import (
    BOX_WRITER_PAGE,
    PORTRAIT_WRITER_PAGE,
    WRITER_PAGE,
)
from tests.market_pages import PARAGRAPHS, STORY, market_author, market_page


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='byline'>By <a href='/authors/jane-doe'>Jane\n      Doe</a></div>",
        "<p itemprop='author'><span itemprop='name'>Jane\n        Doe</span></p>",
        "<div class='author'><a class='author-link' href='/x'>Jane\n   Doe</a></div>",
    ],
)
def test_a_name_wrapped_in_the_pages_source_is_one_name(byline: str) -> None:
    assert market_author(market_page(byline, "en")) == "Jane Doe"


def test_a_players_button_in_the_byline_box_is_no_name() -> None:
    byline = (
        "<div class='header-author'><img src='/jane.jpg'><a href='/jane-doe-bio/'>Jane Doe</a>"
        "<a href='https://twitter.com/janedoe'>@janedoe</a>"
        "<span><a href='/live-tv/'>WATCH LIVE</a></span></div>"
    )
    assert market_author(market_page(byline, "en")) == "Jane Doe"


def _teaser_page(above: str) -> str:
    more = "".join(f"<p>{n}. {STORY}</p>" for n in (5, 6))
    card = (
        "<div class='more-stories'><div class='item'><a href='/2024/other'><h3>Another story"
        "</h3></a><div class='item-meta'><p class='byline' itemprop='author'>"
        "<span class='byline-name'>John Roe</span></p></div></div></div>"
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>The market hall is "
        "rebuilt - Herald</title></head><body><main><article><header>"
        f"{above}<h1>The market hall is rebuilt</h1></header><p class='date'>04.03.2024</p>"
        f"{PARAGRAPHS}{more}{card}</article></main></body></html>"
    )


def test_a_teaser_cards_byline_under_the_story_gives_way_to_the_byline_above_the_title() -> None:
    above = "<p class='byline'><span class='byline-name'>Jane Doe</span></p>"
    assert market_author(_teaser_page(above)) == "Jane Doe"


def test_a_byline_below_the_story_is_still_read_where_none_stands_above_the_title() -> None:
    assert market_author(_teaser_page("<p class='kicker'>City</p>")) == "John Roe"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("山田太郎／佐藤花子", ["山田太郎", "佐藤花子"]),
        ("王小明╱李大華", ["王小明", "李大華"]),
        ("Jane Doe／John Roe", ["Jane Doe", "John Roe"]),
        ("김민수／이영희", ["김민수", "이영희"]),
        ("山田太郎｜佐藤花子", ["山田太郎", "佐藤花子"]),
        ("Jane Doe ＆ John Roe", ["Jane Doe", "John Roe"]),
        ("聯合報 記者林宸誼／即時報導", ["林宸誼"]),
        ("新聞網快訊／王小明", ["王小明"]),
        ("【華視新聞╱報導】", []),
        ("記者王小明", ["王小明"]),
        ("新华社记者张三", ["张三"]),
        ("文● 山田太郎／ASCII編集部", ["山田太郎"]),
        ("NeoL／ネオエル", ["NeoL"]),
        ("取材・文／鈴木一郎、写真／高橋花子", ["鈴木一郎"]),
        ("写真／高橋花子", []),
        ("Jane Doe／ジェーン・ドウ", ["Jane Doe"]),
    ],
)
def test_a_list_apart_by_a_full_width_slash(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_photographers_role_before_a_han_name_is_not_read_as_a_reporters() -> None:
    assert split_authors("摄影记者张三") != ["张三"]


@pytest.mark.parametrize(
    ("href", "byline", "box", "portrait"),
    [
        ("/author/jane-doe", True, True, True),
        ("/autorin/anna-muster", True, True, True),
        ("/autora/maria-garcia", True, True, True),
        ("/columnistas/x", True, True, True),
        ("/redakteur/anna", True, True, True),
        ("/yazar/ahmet", True, True, True),
        ("/author-jane-doe", False, True, False),
        ("/people/jane-doe", False, True, True),
        ("/profil/anna", False, True, True),
        ("/team/jane-doe", False, False, True),
        ("/sport/football/team", False, False, False),
        ("/news/world", False, False, False),
    ],
)
def test_the_three_author_page_patterns_share_their_words(
    href: str, byline: bool, box: bool, portrait: bool
) -> None:
    assert (WRITER_PAGE.search(href) is not None) is byline
    assert (BOX_WRITER_PAGE.search(href) is not None) is box
    assert (PORTRAIT_WRITER_PAGE.search(href) is not None) is portrait


@pytest.mark.parametrize(("credit", "want"), [("JIJI", "JIJI"), ("Reuters", "Reuters")])
def test_an_agency_alone_on_the_line_under_the_headline_is_credited(credit: str, want: str) -> None:
    assert market_author(market_page(f"<p class='credit'>{credit}</p>", "en")) == want


def test_a_word_alone_under_the_headline_that_names_no_agency_is_no_credit() -> None:
    assert market_author(market_page("<p class='kicker'>Politics</p>", "en")) is None


def test_a_pictures_agency_credit_in_its_caption_under_the_headline_is_no_byline() -> None:
    picture = "<figure><img src='/hall.jpg'><figcaption>Reuters</figcaption></figure>"
    assert market_author(market_page(picture, "en")) is None


def test_a_byline_line_whose_last_name_alone_is_marked_names_every_co_author() -> None:
    byline = (
        "<p class='meta'>By <span class='n'><a href='/by/jane-doe'>Jane Doe</a>, </span>"
        "<span class='n'><a href='/by/john-roe'>John Roe</a></span> and "
        "<span class='n last-byline'><a href='/by/ann-lee'>Ann Lee</a></span></p>"
    )
    assert market_author(market_page(byline, "en")) == "Jane Doe, John Roe, Ann Lee"


def test_a_marked_name_inside_a_sentence_names_no_one_else() -> None:
    byline = (
        "<p class='meta'>Pictures taken by Tom Baker at the river market, text by "
        "<span class='byline'>Jane Doe</span></p>"
    )
    assert market_author(market_page(byline, "en")) == "Jane Doe"
