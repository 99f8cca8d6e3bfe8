"""Kinds of English news page the blind sets (MSV's news pages) showed us keeping that their
golds and trafilatura drop, on lines and pages we wrote: the page's short address printed
after a share button's label ("Read or Share this story: https://...") is furniture, as the
address alone on its line already was; a sentence naming a shared address stays. An
invitation to the site's chat on a network ("Chat with us in Facebook Messenger") is a follow
prompt; a player's or gallery's label alone on its line ("Scroll down for video", "View full
gallery", "Loading new images...") is the player's."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import HARBOUR_STORY as STORY


@pytest.mark.parametrize(
    "line",
    [
        "Read or Share this story: https://short.example.com/2abCdE",
        "Share this article: http://www.example.org/news/harbour",
        "SHARE: www.example.org/h/42",
    ],
)
def test_a_share_labels_address_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "We share the data with our partners: https://example.org/privacy explains how.",
        "The shared folder: https://example.org/files",
        "Share prices fell after the report: https://example.org/report",
    ],
)
def test_a_sentence_about_sharing_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_the_share_line_under_a_story_goes() -> None:
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body><article>"
        "<h1>Harbour opens a new terminal</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "<p>Read or Share this story: https://short.example.com/2abCdE</p>"
        "</article></body></html>"
    )
    assert own_paragraphs(page) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
        "Chat with us on WhatsApp",
    ],
)
def test_an_invitation_to_the_sites_chat_on_a_network_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_chat_reported_in_a_sentence_stays() -> None:
    assert not is_boilerplate_line("The mayor said she would chat with us after the vote.")


@pytest.mark.parametrize(
    "line", ["Scroll down for video", "View full gallery", "Loading new images..."]
)
def test_a_players_and_gallerys_labels_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    ["Scroll down for videos of the storm", "The gallery will reopen in a full new building."],
)
def test_a_sentence_about_a_gallery_or_a_video_stays(line: str) -> None:
    assert not is_boilerplate_line(line)
