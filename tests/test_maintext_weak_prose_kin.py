"""A class named with a weak furniture word ("head…", "…link…", "…info") on every paragraph of
an article: the paragraphs over 200 characters were kept for their length and the shorter
ones, most of the story, dropped as a header or a link line. A weakly named paragraph kept
for its prose names its siblings of the same tag and class as the article's too. Pages
written for this test."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_SHORT = [
    "The ferry from the north harbour was cancelled on Sunday after the storm tore a mooring.",
    "Some forty passengers waited in the terminal for the afternoon crossing instead.",
    "The operator said repairs to the pier would take at least another week of work.",
]
_LONG = (
    "Engineers from the port authority inspected the damage on Monday morning and found that "
    "two of the four bollards on the outer berth had been pulled loose, which means the larger "
    "of the two vessels cannot tie up safely until both are replaced and tested, they said."
)
_TAIL = "Passengers were told to check the timetable online before travelling to the island."


def _page(cls: str) -> str:
    story = "".join(f'<p class="{cls}">{text}</p>' for text in [*_SHORT, _LONG, _TAIL])
    return (
        "<html><head><title>Ferry cancelled</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f'<table><tr><td><p class="{cls}">17:00, Dec 30 2007</p></td></tr></table>'
        f"<table><tr><td>{story}</td></tr></table>"
        "<div class='footer'><a href='/about'>About us</a> <a href='/terms'>Terms</a></div>"
        "</body></html>"
    )


def test_short_paragraphs_of_a_weakly_named_class_are_kept_with_the_long_one() -> None:
    for cls in ("headtypea", "add-linkout", "story-info"):
        text = "\n".join(own_paragraphs(_page(cls)))
        for para in [*_SHORT, _LONG, _TAIL]:
            assert para in text, (cls, para)
        assert "17:00" not in text, cls  # the date line of that class in the header box goes
        assert "About us" not in text


def test_without_a_paragraph_of_prose_the_weak_class_stays_furniture() -> None:
    """No paragraph of the class is kept for its prose: the short lines still go (a box of
    short dated links named "…-link" is no article)."""
    links = "".join(
        f'<p class="item-link"><a href="/s/{i}">Story number {i} of the day</a></p>'
        for i in range(5)
    )
    body = "".join(f"<p>{text}</p>" for text in [*_SHORT, _LONG])
    page = f"<html><body><div>{body}</div><div>{links}</div></body></html>"
    text = "\n".join(own_paragraphs(page))
    assert _SHORT[0] in text and "Story number 3" not in text


def test_credit_lines_of_the_class_of_a_long_note_stay_out() -> None:
    """A long "source" note under the story (prose) keeps its class's sentences, not the
    credit lines beside it, which close no sentence."""
    note = (
        "Methodology: the figures were compiled from the harbour master's logs for the last "
        "ten winters, counting every crossing cancelled for weather, and checked against the "
        "operator's own records where the two of them disagreed on a date or a sailing."
    )
    credits = (
        '<p class="source">Edited by: Dana Reyes</p><p class="source">Graphics by: Ola Berg</p>'
    )
    story = "".join(f"<p>{text}</p>" for text in [*_SHORT, _LONG])
    page = (
        "<html><body><div class='nav'><a href='/'>Home</a></div>"
        f'<div>{story}{credits}<p class="source">{note}</p></div></body></html>'
    )
    text = "\n".join(own_paragraphs(page))
    assert _LONG in text and note in text
    assert "Edited by" not in text and "Graphics by" not in text
