"""English kinds of session 18 (branch en18), on pages we wrote ourselves.

A captioned figure whose own box is named "caption" (WordPress's `<div class="wp-caption">`
around the picture and its `<p class="wp-caption-text">`, a `<figure class="caption">`) holds
the picture and its caption: its caption is the article's, as a <figcaption> is. A box named
so that holds several pictures is a gallery's strip: furniture, as before."""

from __future__ import annotations

import pytest

from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import own_text as _own

CAPTION = "Residents queue to speak at the town hall on Tuesday evening."


def _page(body: str) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<article><h1>Council passes budget</h1>{body}</article></body></html>"
    )


def _with_box(box: str) -> str:
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return _page(f"{first}{box}{rest}")


@pytest.mark.parametrize(
    "box",
    [
        # WordPress: the box named "wp-caption" holds the (linked) picture and its caption
        "<div id='attachment_12' style='width: 310px' class='wp-caption alignleft'>"
        "<a href='/up/hall.jpg'><img src='/up/hall-300.jpg' alt='' width='300'></a>"
        f"<p class='wp-caption-text'>{CAPTION}</p></div>",
        # a <figure> itself named "caption", its picture in a wrapper of hashed classes
        "<div class='image-inline-container'><figure class='image-inline caption x1f'>"
        "<div class='c0'><img src='/a.jpg' title='The town hall'></div>"
        f"<figcaption class='c9'>{CAPTION}</figcaption></figure></div>",
        # old markup: a table-less "imageCaption" box, the caption a <span> after the picture
        f"<div class='imageCaption'><img src='/a.jpg'><br><span>{CAPTION}</span></div>",
    ],
)
def test_caption_of_a_box_named_caption_around_its_picture_is_kept(box: str) -> None:
    out = _own(_with_box(box))
    assert CAPTION in out
    assert STORY[0] in out and STORY[-1] in out


def test_box_named_caption_holding_several_pictures_is_still_dropped() -> None:
    # a gallery's strip of thumbnails with its slide caption: not a captioned figure
    box = (
        "<div class='gallery-caption'>"
        + "".join(f"<a href='/g/{i}'><img src='/g/{i}.jpg'></a>" for i in range(4))
        + f"<p>{CAPTION}</p></div>"
    )
    out = _own(_with_box(box))
    assert CAPTION not in out
    assert STORY[0] in out and STORY[-1] in out
