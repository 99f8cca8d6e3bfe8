"""An unnamed subtitle printed first under the headline in a `<p>`, one sentence of 14 words
or more without a closing stop sharing a word with the headline (news sites print their decks
so: "Microsoft will invest ... in carbon removal technology"), is the headline's deck
(`pipeline.maintext.decks`); a shorter line without a stop (a caption, a label) is not, nor a
site's notice (no word of the headline), a caption of two sentences, or a caption after its
picture. Pages of our own."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

HEADLINE = "Harbour opens its new container terminal"
DECK = (
    "The port will spend two hundred million over the next four years to double the "
    "capacity of its container quay"
)


def _page(under: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{HEADLINE} | Coast Daily</title></head><body><article>"
        f"<header class='h7'><h1>{HEADLINE}</h1><div class='x2'>{under}</div>"
        "<div class='by'><span>Coast Daily staff</span> Updated: January 16, 2020</div>"
        f"</header><div class='b4'>{body}</div></article></body></html>"
    )


def test_a_long_subtitle_without_a_stop_is_the_deck() -> None:
    assert own_paragraphs(_page(f"<p>{DECK}</p>")) == [DECK, *STORY]


@pytest.mark.parametrize(
    "under",
    [
        "<p>The new southern quay seen from the harbour office</p>",
        # a site's notice of the same length, no word of the headline
        "<p>This site works best with the latest version of your web browser and its scripts "
        "switched on</p>",
        # a caption and its credit: two sentences
        "<p>The container quay seen from the harbour office on Monday morning. Image courtesy "
        "of the Harbour Authority and its press office</p>",
        f"<img src='/q.jpg' alt=''><p>{DECK}</p>",
    ],
)
def test_a_short_line_or_a_caption_without_a_stop_is_no_deck(under: str) -> None:
    assert own_paragraphs(_page(under)) == STORY
