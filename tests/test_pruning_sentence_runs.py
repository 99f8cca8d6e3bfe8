"""A story printed in short paragraphs that all carry one weakly named class ("headtypea":
"head"), none long enough to read as prose alone, on pages we wrote (`namedtext.
is_sentence_run`): three or more closing a sentence, 300 characters together, are the
article's and stay; two, or lines that close no sentence (credits), are still dropped."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_SHORT = [
    "The lifeboat was called out twice on Sunday, both times to walkers cut off by the tide.",
    "Nobody was hurt, the station's coxswain said, though one of them had a sprained ankle.",
    "The crew reminded visitors to check the tide tables before setting out along the sands.",
    "Tide tables are posted at the car park and on the harbour office's noticeboard.",
    "The station's open day goes ahead next month, with the new boat on show to the public.",
]
_CREDITS = ["Edited by: Ann Lowe", "Pictures: Harbour Press"]


def _page(paragraphs: list[str], name: str = "headtypea") -> str:
    story = "".join(f'<p class="{name}">{p}</p>' for p in paragraphs)
    return (
        "<html><head><title>Lifeboat busy on Sunday</title></head><body>"
        '<div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>'
        f"<table><tr><td><h1>Lifeboat busy on Sunday</h1>{story}</td></tr></table>"
        "</body></html>"
    )


def test_a_story_of_short_weakly_named_paragraphs_stays() -> None:
    paragraphs = own_paragraphs(_page(_SHORT))
    assert all(p in paragraphs for p in _SHORT)


def test_its_credit_lines_still_go() -> None:
    paragraphs = own_paragraphs(_page(_SHORT + _CREDITS))
    assert all(p in paragraphs for p in _SHORT)
    assert not any(c in paragraphs for c in _CREDITS)


def test_two_short_paragraphs_are_no_run() -> None:
    page = _page(_SHORT[:2]).replace("</td>", f"</td><td><p>{' '.join(_SHORT[2:] * 2)}</p></td>")
    paragraphs = own_paragraphs(page)
    assert not any(p in paragraphs for p in _SHORT[:2])
