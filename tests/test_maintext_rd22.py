"""Kinds of session 22 (branch rd22) where article text was lost on modern pages, on pages we
wrote ourselves: a section headed "Response" (a request and its response, not the readers'
responses), a section of a post after a picture whose subheadings are <h1>s (not the next
story), an <acronym> inside a sentence (not a block of its own)."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_heading
from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import HARBOUR_STORY as HARBOUR
from tests.sample_pages import own_text as _own


def _post(body: str) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<main>{body}</main></body></html>"
    )


def _paras(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_a_section_headed_response_is_the_article() -> None:
    page = _post(
        "<article><h1>Council passes budget</h1><div class='entry'>"
        f"<h2>Request</h2>{_paras(STORY)}<h2>Response</h2>{_paras(HARBOUR[:2])}"
        f"<h2>Bodies</h2><p>{HARBOUR[2]}</p></div></article>"
    )
    text = _own(page)
    assert HARBOUR[0] in text and HARBOUR[2] in text, text


@pytest.mark.parametrize(
    "heading", ["3 Comments", "Responses", "12 responses to Budget", "1 Response"]
)
def test_the_comments_headings_stay_furniture(heading: str) -> None:
    assert is_furniture_heading(heading)


def test_a_bare_response_heading_is_no_furniture() -> None:
    assert not is_furniture_heading("Response")


def _figure(caption: str) -> str:
    return (
        "<div class='hr'><div class='n p'><figure><img src='/a.png' alt=''>"
        f"<figcaption>{caption}</figcaption></figure></div></div>"
    )


# More of the post's opening section: its first block is the post's longest.
_MORE = [
    "The finance committee had met three times in the week before the vote, and its chair"
    " said every line of the plan had been read aloud at least once in those sessions.",
    "Teachers from the two primary schools asked for the library branch to open on Saturday"
    " mornings, and the council agreed to study the hours with the librarians this spring.",
    "A local business group welcomed the road repairs but warned that the works on the main"
    " street should not start before the summer market closes at the end of August.",
    "The budget will be published in full on the town's website, the clerk said, together"
    " with the minutes of the debate and the written comments sent by the residents.",
]


def _sections(last: str) -> str:
    # A blog platform's post: sections in blocks of one class split by a picture.
    return _post(
        "<article><section>"
        f"<div class='n p'><div class='col'><h1>Council passes budget</h1>{_paras(STORY + _MORE)}"
        "</div></div>"
        f"{_figure('The chamber on Tuesday')}"
        f"<div class='n p'><div class='col'>{last}</div></div></section></article>"
    )


def test_a_section_after_a_picture_with_h1_subheadings_is_the_article() -> None:
    # the last block opens with a sentence, then a section heading marked up as an <h1>
    page = _sections(f"<p>{HARBOUR[0]}</p><h1>What comes next</h1>{_paras(HARBOUR[1:])}")
    text = _own(page)
    assert HARBOUR[0] in text and HARBOUR[3] in text, text


def test_the_next_story_under_its_own_headline_stays_out() -> None:
    page = _sections(f"<span>Next</span><h1>Harbour opens a terminal</h1>{_paras(HARBOUR)}")
    text = _own(page)
    assert STORY[3] in text and HARBOUR[0] not in text, text


def test_an_acronym_in_a_sentence_stays_in_its_paragraph() -> None:
    sentence = (
        "The budget, which <acronym title='in my opinion'>IMO</acronym> came too late, was"
        " still passed by a large majority of the members present that evening."
    )
    page = _post(
        f"<article><h1>Council passes budget</h1>{_paras(STORY[:2])}<p>{sentence}</p>"
        f"{_paras(STORY[2:])}</article>"
    )
    lines = _own(page).split("\n")
    assert (
        "The budget, which IMO came too late, was still passed by a large majority of the"
        " members present that evening." in lines
    ), lines
