"""Review of session 36's multi36 and authors36 (helper review36b), on made-up pages: the
kinds of page their new rules misread (an agency's name alone under the headline that is a
picture's credit, ...)."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_label
from tests.market_pages import PARAGRAPHS, market_author, market_page

HEADLINE = "<h1>The market hall is rebuilt</h1>"


@pytest.mark.parametrize(
    "credit",
    [
        "<div class='lead'><img src='/hall.jpg'><div>AFP</div></div>",
        "<img src='/hall.jpg'><div>AFP</div>",
        "<div><picture><img src='/hall.jpg'></picture><span>Reuters</span></div>",
        "<div class='photo-credit'>AFP</div>",
    ],
)
def test_an_agency_alone_under_a_picture_below_the_headline_is_the_pictures_credit(
    credit: str,
) -> None:
    assert market_author(market_page(credit, "en")) is None


def test_an_agency_alone_under_the_headline_in_its_own_box_is_still_credited() -> None:
    page = market_page("", "en").replace(
        HEADLINE, f"<header>{HEADLINE}</header><p>AFP</p><img src='/hall.jpg'>"
    )
    assert market_author(page) == "AFP"


def test_the_storys_own_byline_after_its_text_beats_a_name_marked_above_the_headline() -> None:
    page = (
        market_page("", "en")
        .replace(HEADLINE, f"<div class='author'>John Roe</div>{HEADLINE}")
        .replace(PARAGRAPHS, PARAGRAPHS * 3)
        .replace("</article>", "<p class='author'>By Jane Doe</p></article>")
    )
    assert market_author(page) == "Jane Doe"


@pytest.mark.parametrize(
    "line",
    ["Ein Kommentar von Lesern", "Eine Analyse von Experten", "Ein Gastbeitrag von Schülern"],
)
def test_a_pieces_kind_by_a_german_noun_is_no_byline(line: str) -> None:
    # (German capitalises every noun: one word after "von" is no full name)
    assert not is_furniture_label(line)


def test_a_pieces_kind_by_a_full_name_is_still_a_byline() -> None:
    assert is_furniture_label("Ein Kommentar von Anna Schmidt")


def test_a_teaser_card_without_a_heading_is_still_a_card() -> None:
    card = (
        "<ul class='popular'><li><div><div><a href='/2024/other'>A quiet street gets its old"
        " trees back</a></div><div><div><p class='byline'><span class='byline-name'>John Roe"
        "</span></p></div></div></div></li></ul>"
    )
    page = (
        market_page("", "en")
        .replace(HEADLINE, f"<p class='byline'><span>Jane Doe</span></p>{HEADLINE}")
        .replace(PARAGRAPHS, PARAGRAPHS * 3)
        .replace("</article>", f"</article>{card}")
    )
    assert market_author(page) == "Jane Doe"


@pytest.mark.parametrize(
    "line",
    ["Crédito: R$ 5 mil por empresa", "Crediti: 180", "Crédito: linhas para capital de giro"],
)
def test_credit_the_loan_or_the_course_is_no_pictures_credit(line: str) -> None:
    assert not is_furniture_label(line)


@pytest.mark.parametrize("line", ["Crédito: Ana Souza/Agência Brasil", "Créditos: Divulgação"])
def test_credit_before_a_short_name_is_still_a_pictures_credit(line: str) -> None:
    assert is_furniture_label(line)
