"""An old document printed as a list of sections, each an item holding its heading (linked
to itself from the document's table of contents) and its text in a quote block, is one text:
the wrapper of the best section adds only its heading, whose link does not stop the widening
(`sections.widen_to_sections`, `_HEADING_CHARS`); what the next ancestor adds is judged, its
links with it. On pages we wrote: a career handbook's entry; a menu list still stops it."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_SECTIONS = {
    "Nature of the Work": [
        "Animal caretakers feed, water, groom, bathe and exercise animals and clean and "
        "repair their cages, and they play with the animals and watch for signs of illness.",
        "In kennels and shelters they also answer questions from the public, screen "
        "people who wish to adopt an animal and keep records of the animals in their care.",
        "The work can be unpleasant and demanding, since caretakers clean cages and lift "
        "heavy supplies, and some of them must help with sick or dying animals.",
    ],
    "Working Conditions": [
        "People who love animals get satisfaction from the work, but many caretakers work "
        "outdoors in all kinds of weather and on weekends and holidays as well.",
        "Caretakers in shelters may find it hard to see animals that were abandoned or "
        "mistreated, and to help put down those that cannot be given a home.",
    ],
    "Job Outlook": [
        "Employment of animal caretakers is expected to grow faster than the average for "
        "all occupations, as more households keep pets and spend more on their care.",
        "Most openings will come from the need to replace caretakers who leave the "
        "occupation, since many of them are young and work at these jobs for a short time.",
    ],
}


def _entry(i: int, head: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<li><h4><a href='260.htm#s{i}'>{head}</a></h4><blockquote>{body}</blockquote></li>"


def _page(extra: str = "") -> str:
    toc = "".join(f"<a href='260.htm#s{i}'>{h}</a><br>" for i, h in enumerate(_SECTIONS))
    items = "".join(_entry(i, h, ps) for i, (h, ps) in enumerate(_SECTIONS.items()))
    return (
        "<html><head><title>Animal Caretakers</title></head><body>"
        "<table><tr><td><a href='/'>Handbook contents</a> <a href='/lib'>Libraries</a>"
        f"</td></tr></table><h2>Animal Caretakers</h2><p>{toc}</p><ul>{items}</ul>{extra}"
        "</body></html>"
    )


def test_the_sections_of_a_list_with_linked_headings_are_one_text() -> None:
    text = " ".join(own_paragraphs(_page()))
    for paras in _SECTIONS.values():
        for p in paras:
            assert p in text


def test_a_menu_list_beside_the_document_is_not_taken() -> None:
    menu = "".join(
        f"<li><a href='/job/{i}'>Other occupation number {i}</a></li>" for i in range(30)
    )
    text = " ".join(own_paragraphs(_page(f"<ul class='menu'>{menu}</ul>")))
    assert "Other occupation number 7" not in text
    assert _SECTIONS["Nature of the Work"][0] in text
