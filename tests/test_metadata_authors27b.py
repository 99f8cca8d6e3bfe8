"""Author kinds of session 27 (helper authors27b), on made-up pages: a picture's licence
block under the headline ("license-info": the photographer linked to the picture's page, with
the licence's icons) is no byline; a translator credited in the byline ("Übersetzung <a>X</a>",
"Translated by X", "Jane Doe Traduction : X") translated the piece and did not write it."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import market_author

STORY = (
    "The council voted on Monday to rebuild the old market hall by the river, so that a "
    "farmers' market with stalls from the whole region can open there every Saturday."
)


def _author(after_title: str) -> str | None:
    """The author of a made-up page with `after_title` between its headline and its text."""
    paragraphs = "".join(f"<p>{n}. {STORY}</p>" for n in (1, 2, 3, 4))
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Market hall - "
        "Herald</title></head><body><main><article><h1>The market hall is rebuilt</h1>"
        f"{after_title}<p class='date'>04.03.2024 10:15</p><div class='x1'>{paragraphs}"
        "</div></article></main></body></html>"
    )
    return market_author(html)


PICTURE = "<div class='img-holder'><img src='/hall.jpg' alt=''>"
LICENCE = (
    "<div class='license-info'><span class='license-type'><a href='https://creativecommons.org/"
    "licenses/by/2.0/'><i class='cc cc-by'></i></a></span><span class='author-name'><a "
    "class='license-author' href='https://commons.wikimedia.org/wiki/File:Hall.jpg'>Tom Baker"
    "</a></span></div></div>"
)


def test_a_pictures_licence_block_is_no_byline() -> None:
    byline = "<p class='byline'>By <a href='/people/jane-miller'>Jane Miller</a></p>"
    assert _author(PICTURE + LICENCE + byline) == "Jane Miller"
    # (the licence's author link is no writer's either, with the byline's class on it)
    licence = LICENCE.replace("class='license-author'", "class='author'")
    assert _author(PICTURE + licence + byline) == "Jane Miller"


def test_an_author_box_outside_a_licence_still_counts() -> None:
    box = "<div class='author-name'><a href='/people/jane-miller'>Jane Miller</a></div>"
    assert _author(PICTURE + "</div>" + box) == "Jane Miller"


@pytest.mark.parametrize(
    "byline",
    [
        # the translator's link after its label, the link wrapped in a span
        "<div class='author'><p>By <a href='/people/jane-miller'>Jane Miller</a></p><p>"
        "Translated by <span><a href='/people/tom-baker'>Tom Baker</a></span></p></div>",
        "<div class='author'><a href='/people/jane-miller'>Jane Miller</a>, Übersetzung "
        "<a href='/people/tom-baker'>Tom Baker</a></div>",
        # no links: the byline's text, cut at the translator's label
        "<p class='byline'>Jane Miller · Traduction : Tom Baker</p>",
    ],
)
def test_a_translator_in_the_byline_is_not_the_author(byline: str) -> None:
    assert _author(byline) == "Jane Miller"


def test_a_byline_of_the_translator_alone_names_no_writer() -> None:
    byline = (
        "<p class='first-p-author'>Übersetzung <span><a href='/people/tom-baker'>Tom Baker"
        "</a></span></p>"
    )
    assert _author(byline) != "Tom Baker"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Jane Miller Übersetzung: Tom Baker", ["Jane Miller"]),
        ("Jane Miller Translation: Tom Baker", ["Jane Miller"]),
        ("Jane Miller Перевод: Tom Baker", ["Jane Miller"]),
        ("Jane Miller, Tom Baker", ["Jane Miller", "Tom Baker"]),
    ],
)
def test_a_translators_label_ends_the_writers_name(value: str, want: list[str]) -> None:
    assert split_authors(value, frozenset()) == want


@pytest.mark.parametrize(
    "comments",
    [
        "<span class='comments-link'><a href='/2024/market-hall#respond'>Leave a comment</a>"
        "</span>",
        "<a href='/2024/market-hall#comments'>Hinterlasse einen Kommentar</a>",
    ],
)
def test_a_link_to_the_comments_in_the_byline_box_is_no_name(comments: str) -> None:
    byline = f"<div class='byline'>4 March 2024 · {comments}</div>"
    assert _author(byline) is None  # (the box's only link: the comments')
    byline = f"<div class='byline'>by <a href='/people/jane-miller'>Jane Miller</a> · {comments}"
    assert _author(byline + "</div>") == "Jane Miller"


def test_a_bare_link_to_the_translators_page_is_no_byline() -> None:
    # (a link to an author's page is a byline with no class; not after a translator's label)
    lines = (
        "<p>Übersetzung <a href='/author/tom-baker/'>Tom Baker</a></p>"
        "<p>Von <a href='/author/jane-miller/'>Jane Miller</a></p>"
    )
    assert _author(lines) == "Jane Miller"
