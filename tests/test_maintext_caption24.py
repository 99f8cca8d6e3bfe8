"""Figure captions by kind (branch caption24), on pages we wrote ourselves: the caption of a
figure holding an embedded player and no picture titles a clip, not the article (dropped);
a picture's caption between the paragraphs, and the caption of a figure holding a player
beside its picture, stay the article's text. A caption box ending on an element holding a
running time alone ("02:39") titles a clip a script puts in place: dropped."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.web.captions import timed_captions, video_captions
from pipeline.web.elementtext import text_of
from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import own_text as _own

_CLIP = "Watch the council chair explain the vote in two minutes"
_PHOTO = "The council chamber during Tuesday's vote on the budget"


def _page(figure: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY[:3])
    rest = "".join(f"<p>{p}</p>" for p in STORY[3:])
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council passes budget</h1>{paras}{figure}{rest}</article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "player",
    [
        "<iframe src='https://video.example.org/embed/42'></iframe>",
        "<div class='player-wrap'><video src='clip.mp4' controls></video></div>",
    ],
)
def test_a_players_caption_is_no_text(player: str) -> None:
    text = _own(_page(f"<figure class='media'>{player}<figcaption>{_CLIP}</figcaption></figure>"))
    assert _CLIP not in text, text
    assert STORY[0] in text and STORY[-1] in text, text


@pytest.mark.parametrize(
    "figure",
    [
        f"<figure><img src='chamber.jpg' alt=''><figcaption>{_PHOTO}</figcaption></figure>",
        # a player with its poster picture: the picture's caption
        "<figure><img src='poster.jpg' alt=''><iframe src='https://video.example.org/e/1'>"
        f"</iframe><figcaption>{_PHOTO}</figcaption></figure>",
    ],
)
def test_a_pictures_caption_stays(figure: str) -> None:
    text = _own(_page(figure))
    assert _PHOTO in text, text


def test_video_captions_reads_the_figure_around_the_player() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><figure><div><iframe src='x'></iframe></div><figcaption>A</figcaption>"
        "</figure><iframe src='y'></iframe><figure><img src='p.jpg'><video></video>"
        "<figcaption>B</figcaption></figure></body></html>"
    )
    assert [c.text for c in video_captions(doc)] == ["A"]


@pytest.mark.parametrize(
    "box",
    [
        # a clip a script puts in place: its caption box, the title and the running time
        f"<div class='media__caption'>{_CLIP} <span class='duration'>02:39</span></div>",
        f"<figure class='clip'><figcaption>{_CLIP}<em>1:02:05</em></figcaption></figure>",
    ],
)
def test_a_caption_ending_on_a_running_time_titles_a_clip(box: str) -> None:
    # (the player's poster picture beside it, as the script's markup prints one)
    text = _own(_page(f"<div class='video-embed'><img src='poster.jpg' alt=''>{box}</div>"))
    assert "Watch the council chair" not in text, text
    assert STORY[0] in text and STORY[-1] in text, text


@pytest.mark.parametrize(
    "box",
    [
        # a picture's caption that names an hour, and one whose time is not its own element
        f"<figure><img src='c.jpg' alt=''><figcaption>{_PHOTO}, <b>at 10:30</b></figcaption>"
        "</figure>",
        f"<figure><img src='c.jpg' alt=''><figcaption>{_PHOTO} <i>Photo</i> 10:30</figcaption>"
        "</figure>",
    ],
)
def test_a_pictures_caption_with_a_time_stays(box: str) -> None:
    text = _own(_page(box))
    assert _PHOTO in text, text


def test_timed_captions_reads_the_last_element_alone() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><figcaption>Clip one title <span>03:31</span></figcaption>"
        "<div class='caption'>Two <span>4:17</span> after</div>"
        "<div class='caption'><span>0:59</span></div></body></html>"
    )
    assert [text_of(c) for c in timed_captions(doc)] == ["Clip one title 03:31"]
