"""A gallery's title printed over each of its slides, the slides' pictures and captions
hidden, reads as one line repeated dozens of times in a row: kept once. A refrain (a
sentence) and a drawing of box characters stay as printed. Pages and lines made up."""

from __future__ import annotations

from pipeline.maintext import extract_paragraphs
from pipeline.maintext.pager import without_pager

STORY = (
    "<p>The harbour festival opened on Saturday with a parade of old boats along the quay, "
    "watched by some four thousand people from the pier and the sea wall.</p>"
    "<p>Organisers said the crowd was the largest since the festival began, and that the "
    "evening concert had to be moved to the square to make room for everyone.</p>"
    "<p>The festival goes on until Tuesday, when the boats race to the lighthouse and back "
    "and the town's brass band plays on the quay until midnight.</p>"
)
TITLE = "Harbour festival: the best pictures"


def _gallery(slides: int) -> str:
    return "".join(
        f'<div class="slide"><img src="/p/{i}.jpg" style="display:none">'
        f'<p style="display:none">Boats on the quay, picture {i}, as the parade set off.</p>'
        f'<div class="slide-title">{TITLE}</div></div>'
        for i in range(slides)
    )


def test_a_gallery_title_over_each_slide_is_kept_once() -> None:
    html = (
        "<html><head><title>Harbour festival opens</title></head><body><article>"
        f"<h1>Harbour festival opens</h1><div class='gallery'>{_gallery(12)}</div>{STORY}"
        "</article></body></html>"
    )
    paras = extract_paragraphs(html, "https://news.example.org/2024/06/harbour.html")
    assert paras.count(TITLE) <= 1
    assert any("largest since the festival began" in p for p in paras)


def test_a_refrain_and_a_drawing_stay() -> None:
    refrain = ["We sail at dawn, we sail at dawn."] * 4
    drawing = ["│"] * 6
    assert without_pager(["Verse one"] + refrain + drawing) == ["Verse one"] + refrain + drawing


def test_three_repeats_stay() -> None:
    lines = ["Intro.", TITLE, TITLE, TITLE, "End."]
    assert without_pager(lines) == lines
