"""Readers' comments printed in the article's own block, under a line that opens them.

Old news templates print the replies in the block holding the story, with no class of
their own: the story's paragraphs, a rule, "Comments are now closed for this story" or
"| 13 Comment(s)", then each reader's name in bold over the reply. The replies go from that
line on; a count printed above a post's body, or a box of picked replies, cuts nothing. The
pages are made up, in the shape of such markup.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.threadcut import opens_thread

STORY = [
    "The city council approved a new budget for road repairs on Tuesday evening, after a "
    "debate that lasted more than three hours and drew a crowd of residents to the hall.",
    "The plan sets aside money for the resurfacing of forty streets over the next two years, "
    "most of them in the older neighbourhoods north of the river.",
    "Several councillors said the work was overdue, while others asked why the budget did not "
    "include more money for cycle lanes and pavements.",
]

REPLIES = [
    (
        "Margaret in the north end",
        "About time. My street has not been touched in twenty "
        "years and the potholes are deep enough to lose a bicycle wheel in them every spring.",
    ),
    (
        "Dave K",
        "Forty streets is nothing. They said the same thing before the last election "
        "and nothing happened, so I will believe it when I see the trucks on my road.",
    ),
    (
        "concerned taxpayer",
        "Where is the money coming from? Nobody at the meeting could "
        "answer that question and I think the residents deserve a straight answer on it.",
    ),
    (
        "Priya",
        "I was there and the debate was actually quite good. The cycle lane question "
        "is a fair one and I hope they come back to it when the next budget is drawn up.",
    ),
]


def _page(opener: str, story: list[str] = STORY, before: str = "") -> str:
    replies = "".join(f"<br><b>{name}</b><br>{text}<br><br><hr>" for name, text in REPLIES)
    body = "".join(f"<p>{p}</p>" for p in story)
    return (
        "<html><head><title>Council approves road budget</title></head><body>"
        "<h1>Council approves road budget</h1>"
        f'<div class="storyBody">{before}{body}<hr><b>{opener}</b><br>{replies}</div>'
        "</body></html>"
    )


def _text(html: str) -> str:
    return extract_text(html, url="https://news.example.com/local/road-budget.html") or ""


@pytest.mark.parametrize(
    "opener",
    [
        "Comments are now closed for this story",
        "| 13 Comment(s)",
        "Comments (4)",
        "4 comments",
        "Komentarze (4)",
        "Readers' comments",
    ],
)
def test_replies_under_the_line_that_opens_them_go(opener: str) -> None:
    text = _text(_page(opener))
    for para in STORY:
        assert para in text
    for _, reply in REPLIES:
        assert reply not in text


def test_without_such_a_line_the_replies_stay() -> None:
    """No line opens the replies: nothing is cut (the case the line-level rule leaves)."""
    text = _text(_page("Have your say"))
    for para in STORY:
        assert para in text
    assert REPLIES[-1][1] in text


def test_a_count_above_a_short_opening_cuts_nothing() -> None:
    """A post's header printing its comment count above the body: too little text before it."""
    html = (
        "<html><head><title>Council approves road budget</title></head><body>"
        "<h1>Council approves road budget</h1><div class='post'>"
        "<p>Posted on 12 May</p><p>12 Comments</p>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div></body></html>"
    )
    text = _text(html)
    for para in STORY:
        assert para in text


def test_the_lines_read_as_openers() -> None:
    story = STORY[:2]
    assert opens_thread("Comments are now closed for this story", story)
    assert opens_thread("| 13 Comment(s)", story)
    assert opens_thread("Opinie (12)", story)
    assert opens_thread("The following are comments from the readers. In no way ...", story)
    assert opens_thread("COMMENT RULES", story)
    assert opens_thread("What You Should Know About Comments on example.com", story)
    assert opens_thread("Comment Blog - Note: All Comments Subject To Approval", story)
    assert opens_thread("共有12条评论", ["一" * 120])
    # not an opener: a sentence, a box of picked replies, an invitation, too little before
    assert not opens_thread("Comments are now closed, the mayor's office said on Monday.", story)
    assert not opens_thread("Selected comments", story)
    assert not opens_thread("Leave a comment", story)
    assert not opens_thread("A comment rules the day, the minister said.", story)
    assert not opens_thread("13 Comments", ["Posted on 12 May", "By Ann Lee"])
    assert not opens_thread("13 Comments", STORY[:1])


@pytest.mark.parametrize(
    "toolbar",
    ["<p><a href='#comments'>Comments (12)</a></p>", "<p>Show comments</p>"],
)
def test_a_toolbar_between_paragraphs_cuts_nothing(toolbar: str) -> None:
    """A link jumping to the thread, or a button showing it, under the story's first
    paragraphs: the story goes on after it."""
    body = "".join(f"<p>{p}</p>" for p in STORY[:2]) + toolbar + f"<p>{STORY[2]}</p>"
    html = (
        "<html><head><title>Council approves road budget</title></head><body>"
        f"<h1>Council approves road budget</h1><div class='storyBody'>{body}</div></body></html>"
    )
    text = _text(html)
    for para in STORY:
        assert para in text
