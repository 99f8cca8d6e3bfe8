"""The controls of an English news page printed as lines of the article's body: its video
player's labels ("Just watched", "Up next"), its pictures' ("Click photo to enlarge",
"Toggle caption"), its ad and sponsor labels ("Skip advertisement", "Supported by"), its
share, print and account buttons, its newsletter form's messages and the headings of its
teaser boxes standing alone ("Read next", "Most viewed"). Each is a line no article
sentence is; a gold of an article body leaves it out. Sentences using the same words stay.
Made-up page and lines."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.labels import is_furniture_label

PARAS = [
    "The city council voted on Tuesday to approve a new budget for the coming year, ending"
    " weeks of debate over how to pay for road repairs and a new library branch.",
    "Council members said the compromise would raise property taxes by a small amount while"
    " cutting spending on consultants, a move the mayor called painful but necessary.",
    "Residents who spoke at the meeting were divided, with some praising the library plan and"
    " others warning that older homeowners could struggle with even a modest rise.",
    "The budget now goes to the county board, which is expected to review it next month"
    " before the fiscal year begins in July, officials said in a statement.",
]
CONTROLS = [
    "JUST WATCHED",
    "MUST WATCH",
    "Up Next",
    "Now Playing",
    "Media playback is unsupported on your device",
    "Click photo to enlarge",
    "Toggle caption",
    "Skip Advertisement",
    "Supported by",
    "Paid Content",
    "Link copied!",
    "Share full article",
    "Printer friendly page",
    "Your e-mail alerts",
    "Please enter a valid email address",
    "Thanks for signing up!",
    "Something went wrong. Please try again later.",
    "Continue reading",
    "Read Next",
    "Most Viewed",
    "Recommended Stories",
    "Explore more on these topics",
    "Reuse this content",
    "Join the conversation",
]


def _text(control: str) -> str:
    body = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{control}</p><p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    page = (
        "<html><head><title>Council approves budget - The Daily Example</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        "<main><article><h1>Council approves budget after weeks of debate</h1>"
        f"<p class='byline'>By Jane Doe</p><div class='article-body'>{body}</div>"
        "</article></main><footer><p>© 2024 The Daily Example</p></footer></body></html>"
    )
    return extract_text(page, "https://www.example.com/news/2024/03/08/council-budget")


@pytest.mark.parametrize("control", CONTROLS)
def test_a_control_printed_between_paragraphs_is_dropped(control: str) -> None:
    lines = _text(control).splitlines()
    assert lines == PARAS


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival was supported by a grant from the city and two local businesses.",
        "Continue reading the main story",  # (a gold on disk keeps it: not this label)
        "Officials said they would expand the programme to every school next year.",
        "Up next for the council is a vote on the new parking rules in the city centre.",
        "Viewers who just watched the debate said the mayor had the better evening.",
        "Log in details for the new portal will be sent to residents by post.",
    ],
)
def test_a_sentence_of_the_same_words_stays(sentence: str) -> None:
    assert not is_furniture_label(sentence)
    assert sentence in _text(sentence).splitlines()


@pytest.mark.parametrize("kept", ["Close", "Ad Feedback", "Next up", "Hide caption", "Email"])
def test_labels_a_gold_on_disk_keeps_are_not_read_by_this_list(kept: str) -> None:
    """Golds on disk keep these as lines of the text (a cooking page's "Close", a video's
    "Ad Feedback" under its title ...): the list leaves them to the other tests."""
    from pipeline.maintext.buttonwords import BUTTONS

    assert kept.lower() not in BUTTONS.split("|")
