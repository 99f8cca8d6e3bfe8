"""The writer's contact closing the article (`pipeline.maintext.paragraphs.trim_edges`): an
e-mail address with the writer's name, title or agency beside it, as Korean wire copy closes
every story ("홍길동 기자 hong@example.kr"), and the short signature lines above it (name,
title). A bare address stays (a contact the text points to), and so does a sentence giving
an address, or an address inside the text."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY


def _page(tail: list[str], middle: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle
    paras += "".join(f"<p>{p}</p>" for p in STORY[2:] + tail)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{paras}</article></body></html>"
    )


@pytest.mark.parametrize(
    "tail",
    [
        ["홍길동 기자 hong@harbour-news.example"],
        ["☞항만일보 reporter77@harbour-news.example"],
        ["Jana Nowak, MSc", "Dietetyk kliniczny", "Email: jana.nowak@harbour.example"],
        ["Иван Петров, ivan.petrov@harbour.example"],
    ],
)
def test_the_writers_contact_closing_the_text_goes(tail: list[str]) -> None:
    assert own_paragraphs(_page(tail)) == STORY


@pytest.mark.parametrize(
    "tail",
    [
        ["newsdesk@harbour.example"],
        [
            "Readers with questions about the new quay can write to the harbour office at"
            " office@harbour.example, which answers within a week."
        ],
    ],
)
def test_an_address_the_text_gives_stays(tail: list[str]) -> None:
    assert own_paragraphs(_page(tail)) == STORY + tail


def test_a_contact_inside_the_text_stays() -> None:
    line = "Jana Nowak, jana.nowak@harbour.example"
    paras = own_paragraphs(_page([], f"<p>{line}</p>"))
    assert paras == STORY[:2] + [line] + STORY[2:]
