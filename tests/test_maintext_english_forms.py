"""A newsletter form's lines and a metered paywall's count on an English page ("Sign up to
our free Breaking News email", "I would like to be emailed about offers ...", "You have 3
free articles left this month"), and a wire story's head of labelled times over its days
("Last updated: 2:52 pm" / "March 12, 2009" / "Posted: 2:51 pm" / "March 12, 2009"): none is
a line of the story. Sentences of the same words stay; so does "Posted at 11:15 AM" (golds
on disk keep it). Made-up page and lines."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.appeals import is_appeal
from pipeline.maintext.updatelines import is_update_time

PARAS = [
    "WASHINGTON - Federal agents searched the offices of the city's technology department on"
    " Thursday as part of an investigation into a contract awarded last year, officials said.",
    "A spokeswoman for the agency said the search was being conducted with the cooperation of"
    " the city government and declined to give the subject of the investigation.",
    "The head of the department left last month to take a post in the federal government, and"
    " his deputy has been running the office since, according to city records.",
    "A spokesman for the mayor said an investigation was in progress but would not comment"
    " further on the case or on the employees who were questioned by the agents.",
]
URL = "https://www.example.com/news/2009/03/12/agents-search-city-offices"


def _page(body: str) -> str:
    return (
        "<html><head><title>Agents search city offices - The Daily Example</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        "<main><article><h1>Agents search city offices</h1>"
        f"<div class='story'>{body}</div></article></main>"
        "<footer><p>© 2009 The Daily Example</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free Breaking News email",
        "Sign up for the Morning Briefing email.",
        "I would like to be emailed about offers, events and updates from The Daily Example."
        " Read our privacy notice",
        "You have 3 free articles left this month.",
        "You have one free article remaining.",
    ],
)
def test_a_form_line_between_paragraphs_is_dropped(line: str) -> None:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{line}</p><p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    assert is_appeal(line)
    assert extract_text(_page(body), URL).splitlines() == PARAS


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up for the race opens in May, organisers said.",
        "Residents can sign up for the city alerts at the library or online.",
        "He said you have three free tickets left for the show on Friday night.",
        "I would like to receive an apology, the resident told the council.",
    ],
)
def test_a_sentence_of_the_same_words_is_no_appeal(sentence: str) -> None:
    assert not is_appeal(sentence)


def test_a_wire_storys_head_of_labelled_times_and_days_is_dropped() -> None:
    head = (
        "<p>ASSOCIATED PRESS</p><p>Last updated: 2:52 pm</p><p>March 12, 2009</p>"
        "<p>Posted: 2:51 pm</p><p>March 12, 2009</p>"
    )
    lines = extract_text(_page(head + "".join(f"<p>{p}</p>" for p in PARAS)), URL).splitlines()
    assert not any(":" in line and "pm" in line for line in lines)
    assert "March 12, 2009" not in lines
    assert lines[-4:] == PARAS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted: 2:51 pm", True),
        ("Last updated: 2:52 pm", True),
        ("Published: 10:00", True),
        ("Updated 07:14 GMT", True),
        ("Posted at 11:15 AM", False),  # (golds on disk keep it)
        ("Posted: October 27, 2012 at 9:14 am", False),  # (a dateline's, not this test's)
        ("Posted: 2:51 pm by the night desk", False),
        ("Last updated: 2:52 pm March 12", False),
    ],
)
def test_a_labelled_time_alone(line: str, expected: bool) -> None:
    assert is_update_time(line) is expected
