"""A dateline printed as a line at either end of the article's text (pipeline.maintext.
datelines): pages we wrote ourselves in the shapes measured on the dev corpora."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.datelines import is_dateline
from tests.sample_pages import HARBOUR_STORY as STORY

DATELINES = [
    "March 3, 2025, 8:32 AM EST",
    "Posted Tue, Mar 4, 2025 at 2:52 pm PTUpdated Tue, Mar 4, 2025 at 2:55 pm PT",
    "Last updated at 3:23 PM on 4th March 2025",
    "4 March 2025 Last updated at 00:33 GMT By Ann Reporter Ports correspondent, Harbour News",
    "Mar 4, 2025 Share",
    "04.03.2025, 14:45",
    "3 days ago",
]


def _page(first: str, last: str = "", middle: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle
    paras += "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1><div class='x1'>{first}</div>"
        f"{paras}<div class='x2'>{last}</div></article></body></html>"
    )


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_at_either_end_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page("", line)) == STORY


def test_dates_in_the_text_stay() -> None:
    """A sentence with a date and a time, a year alone and a dated line inside the text
    (a live blog's entry) are the article's (dates in other languages' words:
    tests/test_maintext_spoken_dates.py)."""
    kept = [
        "On March 3, 2025, at 8:32 a.m. the first ship tied up at the new quay.",
        "2025",
        "CNN (New York) First published March 3, 2025: 1:28 AM ET",
    ]
    for line in kept:
        assert line in own_paragraphs(_page(f"<p>{line}</p>")), line
    page = _page("", "", "<p>March 3, 2025, 9:15 AM EST</p>")
    assert own_paragraphs(page) == STORY[:2] + ["March 3, 2025, 9:15 AM EST"] + STORY[2:]


def test_what_a_dateline_is() -> None:
    assert all(is_dateline(line) for line in DATELINES)
    assert not is_dateline("The terminal opens on May 5, 2025 at 10:30 with a ceremony.")
    assert not is_dateline("2009年曾坠机一机组人员身亡")
