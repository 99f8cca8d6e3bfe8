"""Kinds found on pages nobody here had seen (session 23, newspaper4k's public test pages,
read blind): article text a class names furniture, furniture a caption rule kept, the site's
notes in more languages. Made-up pages only."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{body}</article>"
        "<footer><p>Follow us on every network</p></footer></body></html>"
    )


def test_paragraphs_each_named_for_a_paywall_are_the_article() -> None:
    """A metering script's hook on every paragraph but the first (`<p class="paywall">`),
    the paragraphs split between two blocks around an ad: the article's text."""
    first, *rest = STORY
    body = (
        f"<div class='body-inner'><p>{first}</p><p class='paywall'>{rest[0]}</p>"
        f"<p class='paywall'>{rest[1]}</p></div><div class='ad'></div>"
        f"<div class='body-inner'><p class='paywall'>{rest[2]}</p></div>"
    )
    assert own_paragraphs(_page(body)) == STORY


def test_a_paywall_prompt_in_a_paragraph_of_its_own_still_goes() -> None:
    """One paragraph so named, a prompt of a sentence: not the article."""
    prompt = "<p class='paywall'>Subscribe today to keep reading every story we publish.</p>"
    body = "".join(f"<p>{p}</p>" for p in STORY) + prompt
    assert own_paragraphs(_page(body)) == STORY


_SLIDES = [
    "Workers unload the first ship at the new quay on Monday morning.",
    "The old quay, silted up since the winter floods, stands empty.",
    "Lorries queue on the coast road outside the terminal's gate.",
]


def test_the_captions_of_hidden_slides_go() -> None:
    """A gallery shows one slide: its caption is the text's, the hidden ones' are not."""
    hidden = " style='display:none'"
    slides = "".join(
        f"<div class='slide'><img src='/{i}.jpg' alt=''>"
        f"<cite id='galleryCaption{i}'{hidden if i else ''}>{text}</cite></div>"
        for i, text in enumerate(_SLIDES)
    )
    body = f"<div class='gallery'>{slides}</div>" + "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_page(body)) == [_SLIDES[0], *STORY]


@pytest.mark.parametrize("style", ["", " style='display:block'"])
def test_a_shown_caption_stays(style: str) -> None:
    body = (
        f"<figure><img src='/a.jpg' alt=''><figcaption class='caption'{style}>{_SLIDES[0]}"
        "</figcaption></figure>" + "".join(f"<p>{p}</p>" for p in STORY)
    )
    assert own_paragraphs(_page(body)) == [_SLIDES[0], *STORY]
