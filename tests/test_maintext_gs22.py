"""Kinds found on pages nobody here had seen (session 22, goose3's public test pages, read
blind): what opens a text without being the article's. Made-up pages only."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.datelines import is_dateline
from tests.sample_pages import HARBOUR_STORY as STORY

_PARAS = "".join(f"<p>{p}</p>" for p in STORY)


def _page(above: str) -> str:
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<div class='post'><h1>Harbour opens a new terminal</h1>{above}{_PARAS}</div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "above",
    [
        # a social network's widget, its prompts read as sentences
        "<div class='facebook-broadcasting'><strong class='title'>Network Activity</strong>"
        "<div class='item'>Click &quot;Add to Timeline&quot; to publish <br> what you read to"
        " your friends</div><div class='item'>See what your friends have read <br> on our"
        " sites</div><div class='item'>Use &quot;Remove&quot; to<br> stop at any time</div>"
        "</div>",
        "<div class='facebookvote_reaction'>What's Your Reaction?</div>",
    ],
)
def test_a_widget_above_the_lead_goes(above: str) -> None:
    assert own_paragraphs(_page(above)) == STORY


_DECK = "A new terminal doubles the port, and the town is divided about it"


@pytest.mark.parametrize(
    "buttons",
    ["<li><iframe src='/like'></iframe></li><li class='social'> </li>", "<li><a>Print</a></li>"],
)
def test_a_story_tool_box_under_the_standfirst_goes(buttons: str) -> None:
    """Its heading, then buttons: between the standfirst and the lead."""
    box = f"<div id='story_tools' class='module'><h4>Story Tools</h4><ul>{buttons}</ul></div>"
    assert own_paragraphs(_page(f"<p class='deck'>{_DECK}</p>{box}")) == [_DECK, *STORY]


def test_a_story_about_tools_stays() -> None:
    """A block named for tools that holds the article's prose is kept."""
    page = _page("").replace("<div class='post'>", "<div class='post garden-tools'>")
    assert own_paragraphs(page) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a weekday and the Arabic comma; the Levant's month, then the other name after "/"
        "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)",
        "الخميس، 12 أيار/مايو 2022",
        # the update's label between the date and its time
        "4 août 2013, mis à jour 02:21",
        "4 de marzo de 2013, actualizado 14:35",
        "12 maja 2024, zaktualizowano 09:10",
    ],
)
def test_a_dateline_with_an_update_label_or_two_month_names_is_one(line: str) -> None:
    assert is_dateline(line)
    assert own_paragraphs(_page(f"<p>{line}</p>")) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Le 4 août 2013, la mairie a mis à jour le plan de circulation du port.",
        "4 de marzo de 2013: actualizado el reglamento del puerto y sus tarifas de atraque",
    ],
)
def test_a_sentence_opening_on_a_date_stays(line: str) -> None:
    assert not is_dateline(line)


def test_a_fields_label_goes_and_its_value_stays() -> None:
    """Drupal prints each field with its label: the label is no line of the article (here the
    summary field holds the lead, the rest follows it)."""
    field = (
        "<div class='field field-name-field-summary field-label-above'>"
        "<div class='field-label'>Episode Description:&nbsp;</div><div class='field-items'>"
        f"<div class='field-item even'><p>{STORY[0]}</p></div></div></div>"
    )
    rest = "".join(f"<p>{p}</p>" for p in STORY[1:])
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body><div class='node'>"
        f"<h1>Harbour opens a new terminal</h1>{field}{rest}</div></body></html>"
    )
    assert own_paragraphs(page) == STORY


_STANDFIRST = (
    "After a troubled week, the port director won easy applause at the harbour festival in the"
    " old town."
)


@pytest.mark.parametrize(
    "deck",
    [
        f"<h2><span class='slug'>Analysis</span> {_STANDFIRST}</h2>",
        f"<p class='standfirst'><span class='kicker'>Analysis</span> {_STANDFIRST}</p>",
        f"<p class='deck'><span class='c-overline'>Analysis</span> {_STANDFIRST}</p>",
    ],
)
def test_a_kicker_opening_the_standfirst_goes(deck: str) -> None:
    assert own_paragraphs(_page(deck)) == [_STANDFIRST, *STORY]
