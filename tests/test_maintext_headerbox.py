"""The article's header printed as a <div> inside the article's container
(`pipeline.maintext.headerbox`), on pages we wrote: the kicker over the headline and the
photo credit beside it are the header's lines, not the article's; the deck under it is the
article's standfirst and opens the text (`pipeline.maintext.decks`, issue 10's policy); the
body stays whole. A short article printed whole in one box under its headline stays too, and so
does a page whose headline stands outside the container."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

HEADLINE = "Harbour opens its new container terminal"
KICKER = "Ports & Shipping"
DECK = "The quay doubles the port's capacity and brings two shipping lines back to town."
CREDIT = "Photo: Harbour Authority press office"


def _page(header: str, body: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} - Coast Daily</title></head><body>"
        f"<div class='q1 w4'>{header}<div class='b7 c2'>{body}</div></div>"
        "</body></html>"
    )


def _header(tag: str = "h2") -> str:
    return (
        f"<div class='x8 z3'><span class='k5'>{KICKER}</span><h1>{HEADLINE}</h1>"
        f"<{tag} class='d4'>{DECK}</{tag}><div class='p0'>{CREDIT}</div></div>"
    )


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


@pytest.mark.parametrize("tag", ["h2", "p", "div"])
def test_the_header_box_beside_the_body_goes_but_its_deck(tag: str) -> None:
    # the box is a block of its own beside the body's block, in the same container
    assert own_paragraphs(_page(_header(tag), _story())) == [DECK, *STORY]


@pytest.mark.parametrize("tag", ["h2", "p", "div"])
def test_the_header_box_among_the_paragraphs_goes_but_its_deck(tag: str) -> None:
    # the body's paragraphs stand in the container itself, after the header's box
    page = (
        f"<html><head><title>{HEADLINE} - Coast Daily</title></head><body>"
        f"<div class='q1 w4'>{_header(tag)}{_story()}</div></body></html>"
    )
    assert own_paragraphs(page) == [DECK, *STORY]


def test_a_short_article_under_its_headline_in_one_box_stays() -> None:
    # the box holds the headline and the whole (short) article: it is the article's box
    short = STORY[0]
    page = _page(f"<div class='x8 z3'><h1>{HEADLINE}</h1><p>{short}</p></div>", "")
    assert own_paragraphs(page) == [short]


def test_a_long_box_around_the_headline_is_the_article() -> None:
    # the headline sits in the same box as the body's paragraphs: nothing is dropped
    page = _page("", f"<h1>{HEADLINE}</h1><p>{DECK}</p>{_story()}")
    assert own_paragraphs(page) == [DECK, *STORY]


def test_the_opening_paragraph_beside_the_header_box_stays() -> None:
    # a short opening in a wrapper beside the header's: the wrapper around both holds it
    # within the header's size, but it is a paragraph of the body, not a header line
    opening = STORY[0]
    page = _page(
        f"<div class='h3 r0'>{_header()}<div class='n7'><p>{opening}</p></div></div>",
        "".join(f"<p>{p}</p>" for p in STORY[1:]),
    )
    paras = own_paragraphs(page)
    assert KICKER not in paras and CREDIT not in paras
    assert paras == [DECK, *STORY]
