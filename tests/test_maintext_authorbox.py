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


LEAD = "A new terminal doubles the port's capacity, and the town worries about its coast road."
AUTHOR_BIO = "Dana is a writer from the coast. She studied geography and reports on ports."


def _led_page(lead: str) -> str:
    # the byline's box names its bio like a standfirst ("excerpt"), beside the headline
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body><main>"
        "<div class='story-top'><h1>Harbour opens a new terminal</h1>"
        "<div class='byline'><a href='/author/dana'>Dana Reyes</a></div>"
        f"<div class='with-excerpt'>{lead}</div></div>"
        f"<div class='story-content'>{story}</div></main></body></html>"
    )


def test_a_standfirst_beside_the_headline_is_kept() -> None:
    assert own_paragraphs(_led_page(LEAD)) == [LEAD, *STORY]


@pytest.mark.parametrize(
    "bio",
    [
        AUTHOR_BIO,
        "Sam Ortiz is the senior maritime editor of the Gazette and has covered ports since 2009.",
        "Kim Lee has been a freelance reporter for ten years, writing on shipping and trade.",
    ],
)
def test_an_author_bio_named_like_a_standfirst_is_not_the_lead(bio: str) -> None:
    assert own_paragraphs(_led_page(bio)) == STORY


def test_a_standfirst_about_someone_in_the_news_is_kept() -> None:
    lead = "The harbour master is a sailor first: she took the first ship in herself."
    assert own_paragraphs(_led_page(lead)) == [lead, *STORY]


_LONG_BIO = (
    "Dana Reyes is the founder and editor of this site. She writes about ports, shipping, "
    "ferries and the towns that live by them, and has covered the harbour council for ten "
    "years. Before that she worked as a deckhand on the estuary ferries. Contact her at the "
    "address on our about page, or follow her on the usual networks."
)


@pytest.mark.parametrize("name", ["author_info", "author-info", "authorInfo", "author_bio"])
def test_a_bio_box_named_author_info_goes_whatever_its_length(name: str) -> None:
    # WordPress themes write "author_info": an underscore joins the words into one, so the
    # class word is spelled with it; the bio, inside the post's box, is longer than a weak
    # word's 200 characters
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>Harbour news</title></head><body><h1>Harbour news</h1>"
        f"<div class='entry'>{story}<div class='{name}'><img src='/me.jpg' alt=''>"
        f"<p>{_LONG_BIO}</p></div></div></body></html>"
    )
    paras = own_paragraphs(page)
    assert _LONG_BIO not in paras
    assert all(p in paras for p in STORY)
