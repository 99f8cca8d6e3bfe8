"""A short post of 60 to 79 visible characters is an article when it is prose (a sentence
of its own words closed by a stop); the leftovers of a page with no article that long (a
title and its byline, teasers cut by "...", a site's notice) are still too short. Pages and
lines made up for these tests."""

from __future__ import annotations

import pytest

from pipeline.errors import Rejected, RejectReason
from pipeline.extract import MIN_TEXT_CHARS, extract_article
from pipeline.records import RawPage
from pipeline.text.shortstory import SHORT_STORY_CHARS, is_short_story


def _page(title: str, body: str) -> RawPage:
    html = (
        f'<html lang="en"><head><title>{title}</title></head><body>'
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )
    return RawPage(url="https://blog.example.org/2024/05/02/short.html", body=html.encode())


def _visible(text: str) -> int:
    return len("".join(text.split()))


POST = "Four days without a ferry so far. Judging by the swell, I expect three more."


def test_a_short_post_of_prose_is_an_article() -> None:
    assert SHORT_STORY_CHARS <= _visible(POST) < MIN_TEXT_CHARS
    article = extract_article(_page("Still waiting", f"<p>{POST}</p>"))
    assert POST in article.text


@pytest.mark.parametrize(
    "body",
    [
        # two teasers cut by an ellipsis
        "<p>Build a paper lantern out of old maps using a...</p>"
        "<p>Fold the corners of the sheet toward the...</p>",
        # a title line and a byline, no sentence
        "<p>Notes from the harbour office and the long pier</p><p>Written by: Ann Lowe - May 2</p>",
        # a site's notice where the story should be
        "<p>Sorry, the story you asked for could not be found on our server today. Try later.</p>",
    ],
)
def test_leftovers_of_that_length_are_still_too_short(body: str) -> None:
    with pytest.raises(Rejected) as err:
        extract_article(_page("Harbour", body))
    assert err.value.reason in (RejectReason.TOO_SHORT, RejectReason.NOT_ARTICLE)


def test_the_sentence_must_hold_half_the_text() -> None:
    text = "Harbour notes\nMay 2, 2024 | Ann Lowe | Pier 4 | Photos\nThe ferry is late again today."
    assert not is_short_story(text, _visible(text))
    assert is_short_story(POST, _visible(POST))


def test_below_sixty_characters_nothing_is_a_story() -> None:
    line = "The ferry was late on Monday; it came at noon, no one minded."
    assert _visible(line) < SHORT_STORY_CHARS
    assert not is_short_story(line, _visible(line))


def test_an_ad_blocker_prompt_is_no_story() -> None:
    text = "We know: ads are not why you came. Yet the ads pay for all the reporting here."
    assert SHORT_STORY_CHARS <= _visible(text) < MIN_TEXT_CHARS
    assert not is_short_story(text, _visible(text))


@pytest.mark.parametrize(
    "text",
    [
        "This content is currently not available in your country or your region.",
        "You have reached the limit of free articles you may read in a single month.",
        "The video you tried to open was taken down at the request of its owner today.",
    ],
)
def test_a_notice_about_the_pages_own_content_is_no_story(text: str) -> None:
    # a region's or a meter's block, a removed item: the site speaks of its content, not a post
    assert SHORT_STORY_CHARS <= _visible(text) < MIN_TEXT_CHARS
    assert not is_short_story(text, _visible(text))
