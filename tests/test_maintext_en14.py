"""English kinds of session 14 (branch en14), on pages we wrote ourselves.

Text only a screen reader reads (a label in a class such as "sr-only", "screen-reader-text",
"off-screen") is not printed on the page: a caption's "Media caption" label, a link's "(opens
in a new window)", a category's "Posted in" are not the article's text."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY


def _article(inner: str) -> str:
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{inner}</article></body></html>"
    )


@pytest.mark.parametrize(
    "cls", ["sr-only", "screen-reader-text", "off-screen", "offscreen", "u-sr-text", "a11y-sr"]
)
def test_a_label_for_screen_readers_only_is_no_text(cls: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY[1:])
    first = STORY[0].replace(
        "container terminal", f'container terminal<span class="{cls}"> (opens in a new tab)</span>'
    )
    caption = (
        f'<figure><img src="quay.jpg"><figcaption><span class="{cls}">Media caption</span>'
        " <span>The new quay seen from the coast road</span></figcaption></figure>"
    )
    got = own_paragraphs(_article(f"<p>{first}</p>{caption}{paras}"))
    assert got == [STORY[0], "The new quay seen from the coast road", *STORY[1:]]


def test_a_long_block_so_named_is_still_read() -> None:
    # a block of the article's paragraphs under such a class (a page printing its text for
    # screen readers and a script's copy) is judged as text, not dropped as a label
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f'<div class="sr-only">{paras}</div>')) == STORY


# A byline without "By": the author's name, a comma, then the role or the newsroom, printed
# as the article's first line (a name and a role in two spans of a byline box).
@pytest.mark.parametrize(
    "byline",
    [
        "Maria Okafor, Business reporter, Lagos",
        "Tom Ellis,Political correspondent",
        "Ana Lima, Senior editor",
        "Priya Nair, Harbour Daily News",
    ],
)
def test_a_name_and_role_byline_opening_the_text_goes(byline: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f"<p>{byline}</p>{paras}")) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a sentence naming someone and their role: the article's
        "Maria Okafor, a business reporter in Lagos, saw the first ship come in.",
        # a place and a date, or a list of names: no role
        "Lagos, Nigeria",
        "Tom Ellis, Ana Lima",
    ],
)
def test_a_line_naming_someone_with_no_role_or_in_a_sentence_stays(line: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f"<p>{line}</p>{paras}")) == [line, *STORY]


def test_the_same_line_closing_the_text_stays() -> None:
    # under the text, a name and a role sign it (an op-ed's author), as the golds keep it
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    line = "Maria Okafor, Business reporter"
    assert own_paragraphs(_article(f"{paras}<p>{line}</p>")) == [*STORY, line]
