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


def _teasers(n: int) -> str:
    items = "".join(
        f"<li><div class='card'><a href='/story/{i}'><h3>Story number {i} of the stream</h3></a>"
        f"<p>A summary of story {i}, told in one sentence that runs long enough, with a comma,"
        " to read as a line of prose under its headline in the stream.</p></div></li>"
        for i in range(n)
    )
    return f"<ul class='stream'>{items}</ul>"


def test_the_article_in_a_layer_named_modal_is_found() -> None:
    # a story opened over a page of teasers: the layer's class says "modal"; beside the
    # article, the layer holds its own links
    links = "".join(f"<li><a href='/t/{i}'>Trending topic {i}</a></li>" for i in range(40))
    page = (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<div class='app'><main>{_teasers(30)}</main>"
        "<div class='render-target-modal open'><div class='canvas'>"
        f"<div class='col'><header><h1>Council passes budget</h1></header>"
        f"<article><div class='body'>{_paras(STORY + _MORE)}</div></article></div>"
        f"<aside class='rail'><ul>{links}</ul></aside></div></div></div></body></html>"
    )
    text = _own(page)
    assert STORY[0] in text and _MORE[3] in text and "Story number" not in text, text


def test_a_modal_without_the_headline_stays_dropped() -> None:
    # a sign-in layer with a paragraph of prose and no <h1> over it
    page = _post(
        f"<article><h1>Council passes budget</h1>{_paras(STORY)}</article>"
        f"<div class='modal'><h2>Sign in</h2><p>{HARBOUR[0]} {HARBOUR[1]} {HARBOUR[2]}</p></div>"
    )
    assert HARBOUR[0] not in _own(page)


def test_a_caption_after_its_picture_and_a_line_break_is_kept() -> None:
    caption = "The mayor at the town hall on Tuesday evening, before the vote. (Photo: A. Reporter)"
    photo = (
        "<div class='inline-content inline-photo'><a name='x'></a><img src='/m.jpg'>"
        f"<br/> <span class='pb-caption'>{caption}</span></div>"
    )
    page = _post(f"<article><h1>Council passes budget</h1>{photo}{_paras(STORY)}</article>")
    assert caption in _own(page)


def test_a_caption_box_without_a_picture_stays_out() -> None:
    # a video player's caption box: no picture before it
    box = "<div class='player'><br/><span class='pb-caption'>Watch: the vote in full</span></div>"
    page = _post(f"<article><h1>Council passes budget</h1>{box}{_paras(STORY)}</article>")
    assert "Watch: the vote" not in _own(page)


_LONG_CAPTION = (
    "Council members and residents in the packed chamber of the town hall on Tuesday evening,"
    " as the clerk read out the final figures of the budget. The vote came after nearly four"
    " hours of debate, and the mayor thanked the residents who had waited to speak until the end."
)


def test_a_long_caption_with_its_credit_is_kept() -> None:
    # caption and credit together are over the caption's size, the caption alone is not
    credit = "Credit Ann Example/Example Photo Agency — Example Images via Example Wire"
    photo = (
        "<figure class='media photo lede'><div class='image'><img src='/m.jpg' alt=''></div>"
        f"<figcaption class='caption'><span class='caption-text'>{_LONG_CAPTION}</span>"
        f"<span class='credit'>{credit}</span></figcaption></figure>"
    )
    page = _post(f"<article><h1>Council passes budget</h1>{photo}{_paras(STORY)}</article>")
    text = _own(page)
    assert _LONG_CAPTION in text and "Example Photo Agency" not in text, text


def test_a_caption_box_after_a_line_of_text_is_not_the_earlier_pictures() -> None:
    # a picture far above, a line of text closed by <br>, then a caption box: not the
    # picture's caption
    box = "<div class='tr-caption-container'>Five of five points</div>"
    post = (
        f"<div class='post-body'><a href='/big.jpg'><img src='/m.jpg'></a><br>{STORY[0]}<br>"
        f"{STORY[1]}<br>{box}<br>{STORY[2]}<br>{STORY[3]}</div>"
    )
    page = _post(f"<article><h1>Council passes budget</h1>{post}</article>")
    assert "Five of five points" not in _own(page)
