"""A short story printed whole beside its headline, in the headline's own box, inside a
container chosen wider than the story (`pipeline.maintext.headerbox.header_box`), on pages we
wrote.

The header box is the highest box around the headline holding at most 700 characters beside
it: a kicker, a deck, a byline and a date. A story of two or three short paragraphs printed in
the same `<div>` as its headline fits that size too; when the container chosen is the page's
wrapper (other blocks beside the story outscored it), the story is under half of the chosen
text and read as the header: every line of it but the headline went. The headline's own box
holds one block of prose at most when it is a header (its deck); two or more are the story.
"""

from __future__ import annotations

from lxml import html

from pipeline.maintext.headerbox import header_box
from pipeline.web.html import compute_stats

HEADLINE = "Harbour pilot joins the regional safety board"
DECK = (
    "The harbour's chief pilot was named to the regional board that inspects the safety of "
    "ports and their approach channels."
)
BODY = [
    "Her new duties include visiting the region's ports and briefing their crews on the rules "
    "for night-time arrivals.",
    "The former chief pilot was named for another term on the board's training committee, "
    "which she chaired for three years before him.",
]
OTHER = (
    "Timetable: the evening ferry leaves the east quay at eight and returns at ten, weather "
    "permitting; tickets are sold on board and at the harbour office until half past seven."
)


def _page(story_box: str) -> html.HtmlElement:
    listings = "".join(f"<div class='k2'><p>{OTHER}</p></div>" for _ in range(6))
    return html.fromstring(
        f"<html><body><div id='w1'>{story_box}<div class='m4'>{listings}</div></div></body></html>"
    )


def _box(root: html.HtmlElement) -> html.HtmlElement | None:
    headline = root.find(".//h1")
    wrapper = root.get_element_by_id("w1")
    return header_box([wrapper], headline, compute_stats(root))


def test_a_short_story_in_its_headlines_box_is_no_header() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    root = _page(f"<div class='a1'><h1>{HEADLINE}</h1><h2>{DECK}</h2>{paragraphs}</div>")
    assert _box(root) is None


def test_a_short_story_after_a_date_and_a_picture_is_no_header() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    root = _page(
        f"<div class='a1'><h1>{HEADLINE}</h1><span>3 January 2012, 18:15</span>"
        f"<div class='g5'><img src='p.jpg'><div>Photo: Harbour office</div></div>"
        f"<div class='t7'>{paragraphs}</div></div>"
    )
    assert _box(root) is None


def test_a_header_with_its_deck_is_still_the_header() -> None:
    # a kicker, the headline, one deck and a date: one block of prose beside the headline
    root = _page(
        f"<div class='a1'><span>Ports</span><h1>{HEADLINE}</h1><p>{DECK}</p>"
        "<span>3 January 2012, 18:15</span></div>"
        f"<div class='b2'>{''.join(f'<p>{p}</p>' for p in BODY * 3)}</div>"
    )
    box = _box(root)
    assert box is not None and box.get("class") == "a1"
