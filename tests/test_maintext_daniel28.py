"""Kinds of page the blind multilingual proxy (benchmarks/extraction/daniel_set.py) showed us
losing to trafilatura, on pages we wrote.

A deck under the headline set in a heading (<h2>) is not the page's own story: a caption the
article's photo box prints as an <h1> after it is no next story's headline, and the article
under that caption is kept (it was set aside whole, the deck alone left)."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_BODY = [
    "In what the city hospital calls a first, one of its surgeons has found a way to mend a "
    "torn eardrum in twenty minutes without putting the child to sleep.",
    "The procedure is done under local anaesthesia and has been shown to give the same "
    "results as the usual operation, which takes ninety minutes and a night in hospital.",
    "Parents also do not have to take days off work, the surgeon said on Monday, and the "
    "child can go back to school the next morning.",
    "A study of five years found the new technique mended the eardrum in nine cases out of "
    "ten, as often as the conventional surgery does.",
]
_DECK = (
    "Hospital claims breakthrough; the surgeon's procedure takes twenty minutes and can be "
    "done without a night's stay"
)
_CAPTION = (
    "The surgeon with a ten-year-old patient who underwent the new technique, which spares "
    "children pain and saves the hospital about fifteen hundred dollars."
)


def _page(caption_tag: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        "<html><head><title>A magical solution to ear surgery</title></head><body>"
        "<div id=nav><a href=/>Home</a> <a href=/health>Health</a></div>"
        "<div id=storyheader><div class=headline><h1>A magical solution to ear surgery</h1>"
        f"</div><div class=subheadline><h2>{_DECK}</h2></div>"
        "<div class=byline><span>By A. Writer</span> <span>January 17, 2012</span></div></div>"
        "<div id=story_content><div id=storycontent><div id=imageBox><img src=a.jpg>"
        f"<div class=imagetext><{caption_tag} id=photocaption>{_CAPTION}</{caption_tag}>"
        "<h2 id=photocredit>Photograph by: A. Photographer</h2></div></div>"
        f"<div class=col><div id=page1>{body}</div></div><div class=related><a href=/a>Flu season peaks early</a> "
        "<a href=/b>New wing for the children's hospital</a> <a href=/c>Nurses vote on a "
        "contract</a></div></div></div>"
        "<div id=footer><a href=/about>About us</a> <a href=/contact>Contact</a></div>"
        "</body></html>"
    )


def test_a_photo_caption_set_as_h1_after_a_heading_deck_is_no_next_story() -> None:
    for tag in ("h1", "p"):
        paras = own_paragraphs(_page(tag))
        for line in _BODY:
            assert line in paras, (tag, paras)
