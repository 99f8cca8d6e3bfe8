"""Kinds of English page the blind proxies (cx_set.py's BBC pages, trafilatura's snippets)
showed us losing, on pages we wrote.

An interactive special prints each of its sections under an <h1> of its own ("Fewer
children", "The 4-2-1 family", "One-child success?"), the page's headline above them all: a
section's <h1> after the first section's prose is no next story's headline, and the special
is kept whole (the longest, last section was the best block, and the sections before it
were set aside as the page's own story, lost with the rest).
"""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_FIRST = [
    "In the early 1980s the city asked its people to marry later, wait longer between "
    "children and have fewer of them, in a bid to keep its schools and flats from filling.",
    "Families are smaller now, and a small generation following a large one means that by "
    "2050 there will be two retired people for every five of working age.",
]
_SECOND = [
    "An only child of two only children may one day look after two parents and four "
    "grandparents, and the family we met is already worried about it.",
]
_LAST = [
    f"Finding {i} of the study: the birth rate would have fallen about as fast without the "
    "rules, the demographer says, since it had halved in the decade before they came, as it "
    "did in the countries around the city that never had such rules at all."
    for i in range(1, 9)
]


def _special(first_heading: str) -> str:
    def section(heading: str, paras: list[str], name: str) -> str:
        body = "".join(f"<p>{p}</p>" for p in paras)
        return f"<div id={name}><h1>{heading}</h1><div class=text>{body}</div></div>"

    return (
        "<html><head><title>An ageing city: changes and challenges</title></head><body>"
        "<div id=nav><a href=/>Home</a> <a href=/world>World</a></div>"
        "<div id=main><h1 class=story-header>An ageing city: changes and challenges</h1>"
        "<ul class=tabs><li><a href=/a>Later, longer, fewer</a></li><li><a href=/b>What it "
        "means</a></li></ul><div id=special><div id=columns>"
        + section(first_heading, _FIRST, "intro")
        + section("The 4-2-1 family", _SECOND, "family")
        + "</div>"
        + section("Success at last?", _LAST, "rate")
        + "</div></div><div id=footer><a href=/about>About us</a> <a href=/contact>Contact</a>"
        "</div></body></html>"
    )


def test_a_special_whose_sections_each_open_under_an_h1_is_kept_whole() -> None:
    paras = own_paragraphs(_special("Fewer children"))
    for line in _FIRST + _SECOND + _LAST:
        assert line in paras, paras
    assert paras.index(_FIRST[0]) < paras.index(_SECOND[0]) < paras.index(_LAST[0])


def test_a_long_h1_before_the_story_is_no_section_heading() -> None:
    # a caption or a second headline set as an <h1>, longer than the page's headline, tells
    # nothing of sections: the <h1> after the story's prose is a next story's, set aside
    paras = own_paragraphs(
        _special("The city's old quarter at dawn, where most of the people over sixty live now")
    )
    assert _FIRST[0] in paras
    assert _LAST[0] not in paras
