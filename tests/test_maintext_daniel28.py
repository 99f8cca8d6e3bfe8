"""Kinds of page the blind multilingual proxy (benchmarks/extraction/daniel_set.py) showed us
losing to trafilatura, on pages we wrote.

A deck under the headline set in a heading (<h2>) is not the page's own story: a caption the
article's photo box prints as an <h1> after it is no next story's headline, and the article
under that caption is kept (it was set aside whole, the deck alone left).

A footer of legal terms opening with its rights holder's lead-in and the copyright sign
("Owner and rights holder of the project «X»: © ...") is a rights notice, not prose: a short
article beside it is the text, not the terms.

The readers' comments in a block named by a short form of the word ("comm") are furniture as
"comments" is: a long thread no longer outscores a short story."""

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


_NEWS = [
    "Kyiv, January 4 - A 51-year-old man held on suspicion of murder died in a police cell on "
    "Wednesday afternoon after trying to take his own life, the interior ministry said.",
    "Guards who saw him on the camera ran to help and called an ambulance, but he died of a "
    "heart attack before the doctors could take him to hospital.",
    "An internal inquiry has been opened.",
]
_TERMS = [
    "Owner and rights holder of the project «Region News»: © Region News Agency L.P. Version 5.0 "
    "«Region News», 2004-2012. Information",
    "Legal restrictions: under the agreement between © Region News Agency L.P. and its founder, "
    "the site publishes the work of independent journalists, residents and non-residents, and "
    "of registered online periodicals with which it has agreements, including the registered "
    "media outlet «New Region» (registration certificate No. 77-20649 of 30.05.2005, founder: "
    "Information Technologies Ltd, address of the founder: 8 Silicate Lane, Moscow).",
    "The share of that outlet's material on the site is no more than 15% of all it publishes.",
    "All rights to the material and news published on the site are protected under the law of "
    "the Russian Federation and international law.",
    "Quoting the site's material without the agreement of the agency is allowed up to half of "
    "the original, with a direct hyperlink to the page it is taken from, placed in the text "
    "itself, before or after the quoted block.",
    "The editors are not responsible for the accuracy of the information in advertisements and "
    "give no reference information.",
]


def test_a_footer_of_legal_terms_opened_by_its_rights_holder_is_no_article() -> None:
    news = "".join(f"<p>{p}</p>" for p in _NEWS)
    html = (
        "<html><head><title>Suspect dies in police cell</title></head><body>"
        "<div class=lm><div class=nav><a href=/>Home</a> <a href=/kiev>Kyiv</a></div>"
        f"<h1>Suspect dies in police cell</h1><div class=mafa>{news}</div></div>"
        f"<div class=lm01><div class='bot1 bot11 fl'>{'<br>'.join(_TERMS)}</div>"
        "<div class='bot1 bot12'><a href=/archive>Archive</a> | <a href=/ads>Advertisers</a>"
        "</div></div></body></html>"
    )
    paras = own_paragraphs(html)
    assert paras[: len(_NEWS)] == _NEWS, paras
    assert not any("rights holder" in p or "Legal restrictions" in p for p in paras), paras


_STORY = [
    "The first meeting of the candidate's regional campaign office was held in the city on "
    "Thursday, the mayor's press office said on Friday.",
    "The office will work without days off until the day of silence before the vote, its head, "
    "a doctor who founded the regional veterans' hospital, told the meeting.",
]
_COMMENTS = [
    "That a doctor of fifty years decided to back the premier so far as to head his office says "
    "a lot to me. The mayor did well too, of course. A good start, all in all.",
    "And I hear the father of the region's rock music is on the staff as well. Who would have "
    "thought it, after all the songs he wrote about the city council in the eighties?",
    "I thought the name was familiar but could not place it; now I remember the concerts at the "
    "old club by the river, where he played every Friday for years.",
    "Whatever you think of the candidate, the office has more musicians than politicians in it, "
    "which may be the best thing about this whole campaign so far.",
]


def test_the_readers_comments_under_a_short_class_name_are_no_article() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    comments = "".join(
        f"<table class=coomt><tr><td>Reader {i}</td><td>6 January 2012</td></tr></table>"
        f"<div class=coom4>{text}</div>"
        for i, text in enumerate(_COMMENTS)
    )
    html = (
        "<html><head><title>Campaign office meets</title></head><body>"
        f"<h1>Campaign office meets</h1><div class=news>{story}</div>"
        f"<div class=comm><a href=#add>Comments</a>{comments}</div></body></html>"
    )
    paras = own_paragraphs(html)
    assert paras == _STORY, paras
