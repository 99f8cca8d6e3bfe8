"""Kinds of English page the blind proxies (cx_set.py's BBC pages, trafilatura's snippets)
showed us losing, on pages we wrote.

An interactive special prints each of its sections under an <h1> of its own ("Fewer
children", "The 4-2-1 family", "One-child success?"), the page's headline above them all: a
section's <h1> after the first section's prose is no next story's headline, and the special
is kept whole (the longest, last section was the best block, and the sections before it
were set aside as the page's own story, lost with the rest).

The comment section's notes printed as lines of the text: its moderation ("Submitted comments
are subject to moderation before being displayed"), its terms ("Please read our terms of use
before posting comments", a paragraph of them opening "TERMS OF USE: The views ... are not
endorsed by this website"), its rules ("Comments that are judged to be defamatory ... will not
be approved", a paragraph), the site disowning its contributors' opinions, a platform's
comments ("X is now using Facebook Comments ...") and the "Add Your Opinion" prompt. A
sentence of the story reporting a company's rules for comments stays.

A star-rating widget's lines ("Be the first to rate:", "(Hover over the stars then click to
rate)", "Current Article Ratings:", "Your rating: None Average: 4 (6 votes)", "4.5 (10
votes)", "Rating: 5.0/5 (1 vote cast)") are furniture; a review's own verdict ("Our Rating:
4/5") and sentences on ratings stay.

A dateline labelled as the page's ("Last updated at 4:09 PM on 15th December 2011") under a
summary's two or three points, past the text's first two lines, is dropped as it is over
them; a date under a label of its own there (an event's, a ruling's) stays.

A wire story's note that it was printed unread ("(This story has not been edited by X staff
and is auto-generated from a syndicated feed.)", "This is an automated news feed. The
contents have not been selected or edited by X.") is the publisher's, not the story's.
"""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.edges import trim_edges
from pipeline.maintext.linekinds import is_boilerplate_line

_FIRST = [
    "In the early 1980s the city asked its people to marry later, wait longer between "
    "children and have fewer of them, in a bid to keep its schools and flats from filling.",
    "Families are smaller now, and a small generation following a large one means that by "
    "2050 there will be two retired people for every five of working age.",
]
_SECOND = [
    "An only child of two only children may one day look after two parents and four "
    "grandparents, and the family we met is already worried about it.",
]
_LAST = [
    f"Finding {i} of the study: the birth rate would have fallen about as fast without the "
    "rules, the demographer says, since it had halved in the decade before they came, as it "
    "did in the countries around the city that never had such rules at all."
    for i in range(1, 9)
]


def _special(first_heading: str) -> str:
    def section(heading: str, paras: list[str], name: str) -> str:
        body = "".join(f"<p>{p}</p>" for p in paras)
        return f"<div id={name}><h1>{heading}</h1><div class=text>{body}</div></div>"

    return (
        "<html><head><title>An ageing city: changes and challenges</title></head><body>"
        "<div id=nav><a href=/>Home</a> <a href=/world>World</a></div>"
        "<div id=main><h1 class=story-header>An ageing city: changes and challenges</h1>"
        "<ul class=tabs><li><a href=/a>Later, longer, fewer</a></li><li><a href=/b>What it "
        "means</a></li></ul><div id=special><div id=columns>"
        + section(first_heading, _FIRST, "intro")
        + section("The 4-2-1 family", _SECOND, "family")
        + "</div>"
        + section("Success at last?", _LAST, "rate")
        + "</div></div><div id=footer><a href=/about>About us</a> <a href=/contact>Contact</a>"
        "</div></body></html>"
    )


def test_a_special_whose_sections_each_open_under_an_h1_is_kept_whole() -> None:
    paras = own_paragraphs(_special("Fewer children"))
    for line in _FIRST + _SECOND + _LAST:
        assert line in paras, paras
    assert paras.index(_FIRST[0]) < paras.index(_SECOND[0]) < paras.index(_LAST[0])


def test_a_long_h1_before_the_story_is_no_section_heading() -> None:
    # a caption or a second headline set as an <h1>, longer than the page's headline, tells
    # nothing of sections: the <h1> after the story's prose is a next story's, set aside
    paras = own_paragraphs(
        _special("The city's old quarter at dawn, where most of the people over sixty live now")
    )
    assert _FIRST[0] in paras
    assert _LAST[0] not in paras


_COMMENT_NOTES = [
    "*Submitted comments are subject to moderation before being displayed.",
    "All opinions are moderated before being included (to stop spam)",
    "Comments are moderated before they appear.",
    "Please read our terms of use before posting comments",
    "Add Your Opinion",
    "The Daily Example is not responsible for the opinions, statements or media content "
    "presented by contributors. In case of abuse, click here to report.",
    "Comments that are judged to be defamatory, abusive or tasteless will not be approved and "
    "contributors who keep falling below these criteria will be banned for good. Comments "
    "should be short and to the point. The moderator will not enter into debate with any "
    "contributor, and the moderator's decision on every comment posted here is final.",
    "TERMS OF USE: The views, opinions and comments posted are yours, and are not endorsed by "
    "this website. You alone are responsible for the comment you post here. The website may "
    "delete, reject or otherwise remove any views, opinions and comments posted or part of "
    "them. You shall make sure that the comment is not abusive or defamatory, and that it "
    "does not break anyone's privacy or copyright, or any law.",
    "The Daily Example is now using Facebook Comments on its stories and blog posts. To post "
    "a comment, log into Facebook and then add your comment. To report spam or abuse, click "
    "the X in the corner of the comment box. To find out more, read the FAQ and the "
    "conversation guidelines of the site, linked at the foot of every page.",
]
_STORY_LINES = [
    "Comments are reviewed before publication, the site's editor said.",
    "The minister said the comments were reviewed before the decision.",
    "Critics said the views of the panel are not endorsed by the government.",
    "Comments that are found to be false will be removed, the company said in a statement.",
    "The company is not responsible for the comments of its users, its lawyer argued.",
    "Readers were asked to read the rules before commenting, and most did so.",
]


@pytest.mark.parametrize("line", _COMMENT_NOTES)
def test_the_comment_sections_notes_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", _STORY_LINES)
def test_the_storys_sentences_on_comments_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_the_comment_notes_under_a_story_go() -> None:
    story = "".join(f"<p>{p}</p>" for p in _FIRST + _SECOND + _STORY_LINES[:2])
    notes = "".join(f"<p>{p}</p>" for p in _COMMENT_NOTES)
    html = (
        "<html><head><title>An ageing city</title></head><body>"
        f"<div id=main><h1>An ageing city</h1><div class=text>{story}{notes}</div></div>"
        "</body></html>"
    )
    paras = own_paragraphs(html)
    for line in _FIRST + _SECOND + _STORY_LINES[:2]:
        assert line in paras, paras
    for line in _COMMENT_NOTES:
        assert line not in paras, line


_RATING_LINES = [
    "Be the first to rate:",
    "Click to rate",
    "Click to rate this post!",
    "(Hover over the stars then click to rate)",
    "Current Article Ratings:",
    "Current rating:",
    "Your rating: None Average: 4 (6 votes)",
    "4.5 (10 votes)",
    "Rating: 5.0/5 (1 vote cast)",
]
_RATING_PROSE = [
    "Our Rating: 4/5",
    "The film has a current rating: 92 percent on the review site.",
    "Voters were asked to rate the candidates on a scale of one to ten.",
    "Click to rate the ride, the app told drivers, and most did.",
    "Average rating: 4.2 out of 5 from 300 readers, the survey found.",
]


@pytest.mark.parametrize("line", _RATING_LINES)
def test_a_rating_widgets_lines_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", _RATING_PROSE)
def test_lines_on_ratings_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


_POINTS = [
    "Just over 80 per cent of men aged between 55 and 74 were classed as overweight",
    "The chairman of the forum says each minister has done less than the one before",
    "A quarter of adults are now obese, twice as many as in 1993",
]
_BODY = [
    "More than a quarter of men and women were classed as clinically obese for the first "
    "time, the health service's yearly report said on Thursday.",
    "The share has doubled since 1993, when the survey began.",
]


@pytest.mark.parametrize(
    "dateline",
    [
        "Last updated at 4:09 PM on 15th December 2011",
        "Published: 10:35 EST, 12 January 2012 | Updated: 11:02 EST, 12 January 2012",
    ],
)
@pytest.mark.parametrize("points", [2, 3])
def test_the_pages_dateline_under_a_summary_goes(dateline: str, points: int) -> None:
    lines = [*_POINTS[:points], dateline, *_BODY]
    assert trim_edges(lines, "Obesity doubles") == [*_POINTS[:points], *_BODY]


@pytest.mark.parametrize(
    "dateline",
    ["December 24, 2016", "Date: 6 March 2019, 13:00-16:40", "Posted by Kathy on April 6, 2007"],
)
def test_a_date_of_the_text_under_its_first_lines_stays(dateline: str) -> None:
    lines = [*_POINTS, dateline, *_BODY]
    assert trim_edges(lines, "Obesity doubles") == lines


@pytest.mark.parametrize(
    "line",
    [
        "(This story has not been edited by Example News staff and is auto-generated from a "
        "syndicated feed.)",
        "(Only the headline and picture of this report may have been reworked by the Example "
        "staff; the rest of the content is auto-generated from a syndicated feed.)",
        "This is an automated news feed. The contents have not been selected or edited by X.",
    ],
)
def test_a_syndicated_feeds_note_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The syndicated feed carried the story within minutes, editors said.",
        "Critics say much of the site is auto-generated from a syndicated feed of agency copy.",
    ],
)
def test_a_sentence_on_a_syndicated_feed_stays(line: str) -> None:
    assert not is_boilerplate_line(line)
