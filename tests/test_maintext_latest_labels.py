"""The heading of the site's latest stories and of a box of sponsored links, alone on its
line, is no text (pipeline.maintext.labels `_LATEST`), in any language; the same words in a
sentence are. Pages we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY


def _page(line: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{paras}<p>{line}</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "line", ["Ostatnie wiadomości", "Последние новости", "Son Haberler", "Σύνδεσμοι διαφημιζομένων"]
)
def test_a_latest_news_or_sponsored_links_heading_goes(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY


def test_the_words_in_a_sentence_stay() -> None:
    line = "The latest news from the harbour came on Monday, when the cranes arrived."
    assert own_paragraphs(_page(line)) == [*STORY, line]
