"""A summary printed in bold between the article's blocks, in no paragraph of its own
(pipeline.maintext.siblings `_BOLD_SIBLINGS`): the date line, the picture, then
"<strong>summary</strong>", a share box and the body's block. It reads as prose beside the
body and opens the text; a short bold label there does not. Markup of our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

SUMMARY = (
    "Inspektorzy ministerstwa sprawdzają, czy przy podziale pieniędzy na nowy terminal "
    "portowy nie doszło do nieprawidłowości."
)


def _page(between: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<div id='story'><h1>Harbour opens a new terminal</h1>"
        "<p class='when'>29 December 2011, 13:45</p>"
        f"{between}<div class='col180'><div class='boxNews'>Share this</div></div>"
        f"<div class='intext'>{body}</div></div></body></html>"
    )


def test_a_bold_summary_between_the_blocks_opens_the_text() -> None:
    for tag in ("strong", "b"):
        kept = own_paragraphs(_page(f"<{tag}>{SUMMARY}</{tag}>"))
        assert SUMMARY in kept
        assert kept.index(SUMMARY) < kept.index(STORY[0])


def test_a_short_bold_label_there_stays_out() -> None:
    kept = own_paragraphs(_page("<strong>Foto: Jan Kowalski.</strong>"))
    assert all(line in kept for line in STORY)
    assert not any("Kowalski" in line for line in kept)
