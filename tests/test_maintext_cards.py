"""Teaser cards set inside the article: a picture and a heading linking to another story,
over the story's one-line summary. Two or more of them in the article (a weekly roundup
between its paragraphs, "more on this" cards) are links out of it, summary and all. A card
alone may be the caption of the video the article plays (its title over its description),
which stays, and so does a buying guide's linked item heading over the paragraph telling it."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

SUMMARIES = [
    "The new quay is the longest on the coast and took four years to build.",
    "Lorries will use a new bypass once the second phase of the works opens.",
    "The training centre will fill most of the jobs from next spring on.",
]


def _card(i: int, summary: str) -> str:
    href = f"/news/story-{i}"
    return (
        f"<div class='r{i}x'><div class='r7a'><a href='{href}'><img src='/img/{i}.jpg'"
        f" alt='Story {i}'></a></div><div class='r7b'><h2><a href='{href}'>Harbour story"
        f" number {i} in a headline</a></h2><p>{summary}</p></div></div>"
    )


def _page(cards: list[str]) -> str:
    body = ""
    for i, para in enumerate(STORY):
        body += f"<p>{para}</p>" + (cards[i] if i < len(cards) else "")
    return (
        "<html><head><title>The week at the harbour</title></head><body>"
        f"<h1>The week at the harbour</h1><div class='a1 b2'>{body}</div></body></html>"
    )


def test_teaser_cards_in_the_article_are_dropped_with_their_summaries() -> None:
    cards = [_card(i, s) for i, s in enumerate(SUMMARIES)]
    assert own_paragraphs(_page(cards)) == STORY


def test_one_card_alone_keeps_its_summary() -> None:
    # a video's caption: its linked title over its description
    paras = own_paragraphs(_page([_card(0, SUMMARIES[0])]))
    assert SUMMARIES[0] in paras and all(p in paras for p in STORY)


def test_a_buying_guide_keeps_its_items() -> None:
    items = "".join(
        f"<h3><a href='/shop/{i}'>Harbour widget {i}</a></h3><p>{STORY[i]}</p>" for i in range(3)
    )
    page = (
        "<html><head><title>Best widgets</title></head><body><h1>Best widgets</h1>"
        f"<div class='a1 b2'><p>{STORY[3]}</p>{items}</div></body></html>"
    )
    paras = own_paragraphs(page)
    assert all(p in paras for p in STORY)
