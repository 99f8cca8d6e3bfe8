"""A news site's "most popular" / "most read" list beside a short article.

Modern news pages print, under or beside the story, a list of the site's most read or
trending stories, each with its headline and a sentence or two of excerpt. On a short story
the list holds more prose than the article and won the scoring (an English news magazine's
"most-popular" list of eleven thousand characters of teasers beside a story of three
thousand). The list is named so in its class or id; the vocabulary had the German, Spanish,
Portuguese, Italian, Polish and Turkish names of the box and not the English ones. The pages
here are made up, in the shape of such markup.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.web.html import boilerplate_kind, parse

STORY = [
    "The city council voted on Tuesday to extend the night bus network to three outer districts.",
    "The new lines will run every twenty minutes from midnight until five in the morning.",
    "Council members said the change answers years of complaints from shift workers and nurses.",
]

TEASERS = [
    (
        "Why the harbour bridge closed for a week",
        "Engineers found corrosion in two of the main cables during a routine inspection, and the "
        "repairs took longer than the transport authority had first announced to commuters.",
    ),
    (
        "A bakery that has fed the old town since 1890",
        "Four generations of one family have kept the ovens burning through two wars, a flood and "
        "the arrival of three supermarkets within walking distance of their small shop.",
    ),
    (
        "The school that swapped homework for gardening",
        "Teachers say pupils learn more arithmetic measuring vegetable beds than they ever did "
        "with worksheets, and parents have started to volunteer on the weekends as well.",
    ),
    (
        "What the drought means for this year's harvest",
        "Farmers in the valley expect their yields to fall by a third, and some of them have "
        "already sold part of their herds because the price of hay has doubled since spring.",
    ),
    (
        "The museum reopens its east wing after ten years",
        "Visitors will be able to see the restored ceiling paintings again, along with a new "
        "collection of maps donated by a retired sea captain who lived nearby for decades.",
    ),
]

LATER = (
    "The full story, with the pictures of our photographers and the voices of the people who "
    "live there, is in the weekend edition and on the site for every reader."
)

# a site map in the footer, as news sites print one: the list is less than
# `_FURNITURE_MAX_SHARE` of the page's text, as on the real page
SITE_MAP = "".join(
    f"<li><a href='/s/{n}'>Section {n}: news and features</a></li>" for n in range(200)
)


def _page(list_attrs: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    items = "".join(
        f"<li class='story'><a href='/s/{n}'><figure><img src='/i/{n}.jpg' alt=''></figure>"
        f"<h3>{head}</h3></a><ul class='meta'><li><a href='/author/{n}'>Staff writer</a></li></ul>"
        f"<div class='summary'><p>{text}</p><div class='excerpt'><p>{LATER}</p><p>{LATER}</p>"
        "</div></div></li>"
        for n, (head, text) in enumerate(TEASERS * 3)
    )
    return (
        "<html><head><title>The Daily Post: transport</title></head><body>"
        "<div id='site'><article><h1>Night buses reach the outer districts</h1>"
        f"<div class='article-body'>{story}</div></article>"
        f"<div {list_attrs}><ul>{items}</ul></div>"
        f"</div><footer><ul>{SITE_MAP}</ul></footer></body></html>"
    )


@pytest.mark.parametrize(
    "attrs",
    [
        "class='most-popular'",
        "class='mostPopular list'",
        "id='most_read'",
        "class='most-viewed-stories'",
        "class='widget popular-posts'",
        "class='trending-stories'",
    ],
)
def test_most_popular_list_does_not_win_over_a_short_story(attrs: str) -> None:
    text = extract_text(_page(attrs))
    for para in STORY:
        assert para in text
    for _head, teaser in TEASERS:
        assert teaser not in text


def test_the_same_list_unnamed_still_wins() -> None:
    # the fixture's list does outscore the story: without a name saying what it is, the
    # teasers are taken (so the tests above test the name, not the page's shape)
    text = extract_text(_page("class='box'"))
    assert TEASERS[0][1] in text


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("most-popular", "strong"),
        ("mostread", "strong"),
        ("most_viewed", "strong"),
        ("most-shared", "strong"),
        ("popular-posts", "strong"),
        ("trending-now", "strong"),
        # words alone name no box: "popular" is a post's category, "trending" a tag
        ("popular", ""),
        ("trending", ""),
        ("most", ""),
        # an article body is never named furniture by a word after it
        ("article-body most-read", ""),
    ],
)
def test_vocabulary(words: str, kind: str) -> None:
    doc = parse(f"<html><body><div class='{words}'>x</div></body></html>")
    assert doc is not None
    assert boilerplate_kind(doc.find(".//div")) == kind
