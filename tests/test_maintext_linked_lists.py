"""A list inside the article whose items are sentences with linked words (branch recall26),
on pages we wrote ourselves in several languages: the list's link density passes a link
list's bound, yet each item is a closed sentence mostly of the article's own words, and it
stays; a list of linked headlines, or of links with a date or a file's size, still goes."""

from __future__ import annotations

import pytest

from tests.sample_pages import COUNCIL_STORY, HARBOUR_STORY, own_text

_ITEMS = {
    "en": [
        "<a href='/p/1'>The Ministry of Finance</a> said the plan was sound.",
        "The <a href='/p/2'>harbour authority</a> gets 3 million for <a href='/p/3'>dredging</a>.",
        "<a href='/p/4'>The Chamber of Commerce</a> warned it would cost jobs.",
    ],
    "de": [
        "<a href='/p/1'>Das Finanzministerium</a> hält den Plan für solide.",
        "Die <a href='/p/2'>Hafenbehörde</a> erhält drei Millionen für <a href='/p/3'>Baggerarbeiten</a>.",
        "<a href='/p/4'>Die Handelskammer</a> warnt vor dem Verlust von Stellen.",
    ],
    "es": [
        "<a href='/p/1'>El Ministerio de Hacienda</a> dijo que el plan es sólido.",
        "La <a href='/p/2'>autoridad portuaria</a> recibe tres millones para <a href='/p/3'>dragado</a>.",
        "<a href='/p/4'>La Cámara de Comercio</a> advirtió que costará empleos.",
    ],
    "pl": [
        "<a href='/p/1'>Ministerstwo Finansów</a> uznało plan za rozsądny.",
        "<a href='/p/2'>Zarząd portu</a> dostaje trzy miliony na <a href='/p/3'>pogłębianie</a>.",
        "<a href='/p/4'>Izba Handlowa</a> ostrzega przed utratą miejsc pracy.",
    ],
}


def _page(items: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in COUNCIL_STORY)
    more = "".join(f"<p>{p}</p>" for p in HARBOUR_STORY[:2])
    listed = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html><head><title>Council passes the budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<main><article><h1>Council passes the budget</h1>{body}<ul>{listed}</ul>{more}"
        "</article></main><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )


def _plain(item: str) -> str:
    out, inside = [], False
    for ch in item:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


@pytest.mark.parametrize("lang", sorted(_ITEMS))
def test_items_that_are_sentences_with_linked_words_stay(lang: str) -> None:
    text = own_text(_page(_ITEMS[lang]))
    for item in _ITEMS[lang]:
        assert _plain(item) in text, text
    assert COUNCIL_STORY[-1] in text and HARBOUR_STORY[1] in text, text


@pytest.mark.parametrize(
    "items",
    [
        [f"<a href='/n/{i}'>Storm hits the coast again, part {i}.</a>" for i in range(4)],
        [f"<a href='/d/{i}'>Report {i} on the city budget</a> (PDF, 2 MB)" for i in range(4)],
        [f"<a href='/n/{i}'>Train strike ends after talks</a>, 12.03.2021" for i in range(4)],
    ],
    ids=["linked headlines", "files", "dated links"],
)
def test_lists_of_links_still_go(items: list[str]) -> None:
    text = own_text(_page(items))
    assert _plain(items[1]) not in text, text
    assert COUNCIL_STORY[0] in text and HARBOUR_STORY[1] in text, text
