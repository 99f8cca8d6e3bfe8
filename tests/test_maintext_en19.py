"""English kinds of session 19 (branch en19), on pages we wrote ourselves.

The site's pitch for its own subscription, app or podcast, and its call for the reader's own
case, printed as a paragraph of the article: "Download and subscribe to our new app ...", a
paragraph on what is "exclusive to our subscribers", "To sign up ..., click here", "Do you
have a problem with your landlord? If so, our team wants to help you!". Dropped, whether
short or a paragraph of up to 600 characters; a sentence about an app, a streaming service's
subscribers or a reader's question is text.

A client-rendered page whose markup shows only the site's blurb (more than the 500
characters under which the JSON-LD body and the application state were read already) while
the article sits in its application state or its JSON-LD body: the article is read there. A
teaser of that body, or a story telling the page's headline, stays as shown."""

from __future__ import annotations

import json

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.appeals import is_appeal, is_long_appeal
from pipeline.maintext.elsewhere import _may_hold_article
from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import HARBOUR_STORY as HARBOUR
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


# The article held elsewhere than in the text the markup shows (`maintext.elsewhere`): a
# client-rendered shell whose only prose is the site's blurb, while the article sits in the
# application state or the JSON-LD body.

BLURB = (
    "The Harbour Gazette is an independent newsroom that has covered the coast since 1921."
    " We are funded by our readers and a charitable trust, and our reporters follow politics,"
    " business, culture and sport across the region. Everything we publish is free to read,"
    " and corrections are listed on a page of their own. "
)
TITLE = "Harbour opens new container terminal"


def _shell(shown: str, script: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>{TITLE} | Harbour Gazette</title>{head}</head><body>"
        "<div id='__next'><nav><a href='/'>Home</a> <a href='/port'>Port</a></nav>"
        f"<main><h1>{TITLE}</h1><div class='skeleton'></div></main>"
        f"<footer><div class='about'>{shown}</div></footer></div>{script}</body></html>"
    )


def _state(paragraphs: list[str]) -> str:
    state = {
        "props": {
            "pageProps": {
                "story": {
                    "headline": TITLE,
                    "blocks": [{"type": "paragraph", "text": p} for p in paragraphs],
                }
            }
        }
    }
    return f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"


def _jsonld(paragraphs: list[str]) -> str:
    ld = {"@type": "NewsArticle", "headline": TITLE, "articleBody": "\n".join(paragraphs)}
    return f"<script type='application/ld+json'>{json.dumps(ld)}</script>"


LONG_STORY = [p.replace("harbour", place) for place in ("harbour", "port", "quay") for p in HARBOUR]


@pytest.mark.parametrize("where", ["state", "jsonld"])
def test_an_article_held_beside_a_blurb_is_read(where: str) -> None:
    shown = f"<p>{BLURB}</p><p>{BLURB}</p>"
    if where == "state":
        page = _shell(shown, script=_state(LONG_STORY))
    else:
        page = _shell(shown, head=_jsonld(LONG_STORY))
    out = extract_text(page, "https://news.example.org/port/2026/01/08/terminal")
    assert HARBOUR[0] in out and HARBOUR[-1] in out
    assert "independent newsroom" not in out


def test_a_teaser_of_the_held_body_stays_as_shown() -> None:
    """A page showing the first paragraphs of its body (a teaser, one page of several)."""
    shown = "".join(f"<p>{p}</p>" for p in LONG_STORY[:5])  # (over 500 characters)
    page = _shell(shown, head=_jsonld(LONG_STORY * 2))
    out = extract_text(page, "https://news.example.org/port/2026/01/08/terminal")
    assert out.split("\n") == LONG_STORY[:5]


def test_an_article_shown_beside_another_story_in_the_state_stays() -> None:
    """The shown text tells the headline's story; the state preloads a longer next story."""
    shown = "".join(f"<p>{p}</p>" for p in HARBOUR)
    other = [p.replace("harbour", "airport").replace("container", "cargo") for p in STORY * 3]
    page = _shell(shown, script=_state(other))
    out = extract_text(page, "https://news.example.org/port/2026/01/08/terminal")
    assert HARBOUR[0] in out and other[0] not in out


def test_a_script_of_settings_is_not_read_for_an_article() -> None:
    """The state is parsed only where a script holds prose (stops in sentences): a page's
    settings and trackers are counted, not parsed."""
    settings = "window.__cfg=" + json.dumps(
        {f"k{i}": f"ads.example.org/s{i}.js" for i in range(200)}
    )
    shown = f"<p>{BLURB}</p><p>{BLURB}</p>"
    page = _shell(shown, script=f"<script>{settings}</script>")
    assert "independent newsroom" in extract_text(page)
    assert not _may_hold_article([("", settings)], 1000)
    assert _may_hold_article([("", _state(LONG_STORY))], 1000)
