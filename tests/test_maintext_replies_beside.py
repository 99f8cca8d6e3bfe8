"""Readers' replies in the cell that holds the article, each a small table signed under its
text with a time, then a day, a month's name and a year ("11:02 17-January-2012"), on pages we
wrote: the article's block is not widened over them (`sections.widen_to_sections` stops at an
ancestor holding them, `posts.holds_replies`); an ancestor adding more sections still widens."""

from __future__ import annotations

import lxml.html

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.posts import holds_replies

_STORY = (
    "The regional heart clinic reopened on Monday after a year of repairs that cost the "
    "province eighty-seven million, its director told reporters at the opening.",
    "Four wards, the coronary unit and the emergency department were rebuilt, and new "
    "operating theatres were fitted with equipment bought from the national fund.",
    "The money came from the federal and the provincial budgets under a programme to "
    "modernise the region's hospitals, the province's health office said in a statement.",
)
_REPLIES = (
    ("guest", "Was it not the cardiology centre that got the money, though?", "11:02"),
    ("Andrew from the city", "That is why he was put in charge there after the scanners.", "11:30"),
    (
        "Boris A.",
        "The works were never finished and the papers were signed anyway, I hear.",
        "11:42",
    ),
    ("a doctor", "Whoever wrote the previous comment has never worked in that clinic.", "13:37"),
)


def _reply(name: str, text: str, time: str, sign: str) -> str:
    return (
        '<table><tr><td class="content"><table>'
        "<tr><td colspan=2><hr></td></tr>"
        f"<tr><td colspan=2><b>Comment from our reader: {name}</b></td></tr>"
        f'<tr><td class="coment" colspan=2>{text}</td></tr>'
        f"<tr><td></td><td><font size=1>{time} {sign}</font></td></tr>"
        "</table></td></tr></table>"
    )


def _page(sign: str = "17-January-2012") -> str:
    story = "<br><br>".join(_STORY)
    replies = "".join(_reply(*r, sign) for r in _REPLIES)
    return (
        "<html><head><title>Heart clinic reopens</title></head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>'
        "<table><tr><td>"
        f'<table><tr><td class="content"><p><b>Heart clinic reopens</b></p><p>{story}</p>'
        "</td></tr></table>"
        f"{replies}</td></tr></table></body></html>"
    )


def test_the_article_is_kept_without_the_replies_beside_it() -> None:
    text = "\n".join(own_paragraphs(_page()))
    assert all(s in text for s in _STORY)
    assert not any(r[1] in text for r in _REPLIES)
    assert "Comment from our reader" not in text


def test_a_time_before_a_day_a_month_and_a_year_signs_a_reply() -> None:
    doc = lxml.html.fromstring(_page("27 December 2004"))
    cell = doc.find(".//td")
    assert cell is not None and holds_replies(cell)


def test_replies_without_a_date_are_no_signed_thread() -> None:
    doc = lxml.html.fromstring(_page("today"))
    cell = doc.find(".//td")
    assert cell is not None and not holds_replies(cell)


def test_an_ancestor_adding_sections_still_widens() -> None:
    sections = "".join(f"<div><h2>Part {i}</h2><p>{p}</p></div>" for i, p in enumerate(_STORY))
    page = (
        "<html><head><title>Heart clinic reopens</title></head><body><div>"
        f"<h1>Heart clinic reopens</h1>{sections}</div></body></html>"
    )
    text = "\n".join(own_paragraphs(page))
    assert all(s in text for s in _STORY)
