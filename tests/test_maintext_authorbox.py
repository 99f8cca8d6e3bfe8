"""An author box opened by a heading that asks who wrote the piece ("Who curated this
article?", "Meet the experts"), and one standing between the article's own sections in a
flat box (where the box's later part is the article's, not a thread to cut): the heading and
its bio go, up to the next heading; the sections around it stay.
A section of the article after its heading, longer than a bio, stays too."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

BIO = (
    "Hi, I'm Dana Reyes, and I oversee all of our coverage of ports and shipping. When I'm not"
    " on a quay somewhere, you'll probably find me sailing or reading about lighthouses."
)
TESTING = [
    "We visited each terminal twice, once at dawn and once at the evening shift change.",
    "Every crane was timed over a full hour of loading, and the results compared by hand.",
]
CHOOSING = [
    "A terminal close to the rail yard saves a day on most inland deliveries.",
    "Deep water matters less than it did, since most new ships are built for river ports.",
]


def _page(heading: str, bio: str = BIO) -> str:
    box = (
        "<div class='k3 m9'><h2>How we visited the terminals</h2>"
        + "".join(f"<p>{p}</p>" for p in TESTING)
        + f"<h2>{heading}</h2><p>{bio}</p>"
        + "<h2>How to choose a terminal</h2>"
        + "".join(f"<p>{p}</p>" for p in CHOOSING)
        + "</div>"
    )
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>The best harbour terminals</title></head><body>"
        f"<h1>The best harbour terminals</h1><div class='q1 w4'>{story}{box}</div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    ["Who curated this article?", "Who wrote this guide?", "Meet the experts", "About the author"],
)
def test_an_author_box_between_sections_is_dropped(heading: str) -> None:
    paras = own_paragraphs(_page(heading))
    assert BIO not in paras and heading not in paras
    assert all(p in paras for p in STORY + TESTING + CHOOSING)


def test_a_long_section_under_such_a_heading_stays() -> None:
    # a section of the article, not a bio: longer than an author box
    long = " ".join(TESTING * 8)
    paras = own_paragraphs(_page("Meet the experts", long))
    assert long in paras
