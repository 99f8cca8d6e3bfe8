"""English kinds of session 19 (branch en19), on pages we wrote ourselves.

The site's pitch for its own subscription, app or podcast, and its call for the reader's own
case, printed as a paragraph of the article: "Download and subscribe to our new app ...", a
paragraph on what is "exclusive to our subscribers", "To sign up ..., click here", "Do you
have a problem with your landlord? If so, our team wants to help you!". Dropped, whether
short or a paragraph of up to 600 characters; a sentence about an app, a streaming service's
subscribers or a reader's question is text."""

from __future__ import annotations

import pytest

from pipeline.maintext.appeals import is_appeal, is_long_appeal
from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import own_text as _own


def _page(body: str) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<article><h1>Council passes budget</h1>{body}</article></body></html>"
    )


def _with(paragraph: str) -> str:
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return _page(f"{first}<p>{paragraph}</p>{rest}")


PITCHES = [
    # an app pitch in bold italics between two paragraphs
    "<strong><em>Download and subscribe to the all-new Town Hall Daily app to keep up with"
    " every vote in the chamber. Written by our local reporters, the app is the briefing you"
    " need, right in your pocket.</em></strong>",
    "Listen and subscribe to our weekly podcast wherever you get your podcasts.",
    # a paragraph of subscriber benefits (over 300 characters)
    "All the meeting notes we gathered this month will also be bundled into a searchable"
    " archive exclusive to our subscribers. In addition, subscribers can enjoy early access"
    " to our investigations, a monthly newsletter from the editor, invitations to reader"
    " evenings at the newsroom, long interviews with the people who run the city, and more.",
    # a sign-up plea with its link
    "To sign up for all of that, and to help us keep covering the council the way we do,"
    " you can click <a href='/subscribe'>here</a>.",
    "Click here to become a member and read every story without limits.",
    # a call for the reader's own case
    "Do you have a problem with a landlord that you have not been able to fix? If so, our"
    " consumer team wants to help you!",
]


@pytest.mark.parametrize("pitch", PITCHES)
def test_the_sites_own_pitch_is_dropped(pitch: str) -> None:
    out = _own(_with(pitch))
    assert STORY[0] in out and STORY[-1] in out
    for words in ("app", "podcast", "subscribers", "click", "landlord", "member"):
        assert all(words not in line for line in out.split("\n") if line not in STORY)


TEXT = [
    "Residents can download the new parking app from Monday and pay for a space by phone.",
    "The streaming service said its new series would be exclusive to subscribers in Europe.",
    "The company told the court that it had written to all of its subscribers in March, and"
    " that only a few had asked to cancel. A lawyer for the families said the letters came"
    " too late, after most of the fees had been taken from their accounts, and that the"
    " firm's members of staff had been told not to answer questions about them on the phone"
    " lines it runs for customers in the region.",
    "Do you have a question for the mayor? Readers sent more than 300 before the meeting.",
]


@pytest.mark.parametrize("line", TEXT)
def test_sentences_about_apps_and_subscribers_are_text(line: str) -> None:
    assert not is_appeal(line) and not is_long_appeal(line)
    assert line in _own(_with(line))


def test_a_long_paragraph_is_not_read_for_a_pitch() -> None:
    """Over 600 characters a paragraph is the article's, whatever it says."""
    long = PITCHES[2] + " " + STORY[1] + " " + STORY[2]
    assert len(long) > 600 and not is_long_appeal(long)
