"""A shop's region page we wrote: its one block of prose (lines cut by <br>) opens the same
wrapper as its grid of product cards, which outscores it; passing over the grid
(`container._past_teasers`) passed over the prose too and took the shop's address box
(main). The page's one long block of prose inside the grid's wrapper is the article when
it outscores the best candidate past the grid (`cardgrid.prose_among_teasers`, asked by
`container.best_container`); a wrapper with two such blocks has none."""

from __future__ import annotations

import lxml.html

from pipeline.maintext.candidates import Candidates
from pipeline.maintext.cardgrid import prose_among_teasers
from pipeline.maintext.container import best_container
from pipeline.web.html import compute_stats

_PROSE = (
    "The valley lies in the north of the country along the middle course of the river, "
    "about a hundred and twenty kilometres long and forty wide, named after a small tributary.",
    "It is divided into three districts, the upper, the western and the lower valley; the "
    "first two have an Atlantic climate, while the lower valley is dry and Mediterranean.",
    "The rules of the appellation allow four red and three white grape varieties, and most "
    "growers blend them, ageing the wine in oak barrels for one year or for several years.",
    "Its best wines are kept for five years before they are sold, two of them in barrels, "
    "and the growers' council tastes every lot before it may carry the region's seal.",
)


def _card(n: int) -> str:
    return (
        f'<div class="card"><a href="/wine/{n}">Red wine of the valley, vintage {2000 + n}</a>'
        f"<p>A dry red wine, {n + 11} euros the bottle, aged in oak and bottled by the grower "
        "in the upper valley.</p></div>"
    )


def _page(prose: str) -> str:
    cards = "".join(_card(n) for n in range(12))
    address = (
        '<div class="panel"><div class="panel-body"><p>Wine shop, 18 King Street</p>'
        "<p>Open Monday to Friday from noon to seven, Saturdays from ten to three.</p>"
        "<p>Call us during these hours: we are glad to advise you on any wine.</p>"
        "<p>We deliver by parcel service within three working days, and a case of twelve "
        "bottles travels free of charge to any address in the country.</p>"
        "<p>Orders placed before noon leave the shop the same day, well packed.</p></div></div>"
    )
    return (
        "<html><head><title>Valley wines - the wine shop</title></head><body>"
        f'<div class="side">{address}</div><div class="main">{prose}{cards}</div>'
        "</body></html>"
    )


def _lines() -> str:
    return '<div class="text">' + "<br><br>".join(_PROSE) + "</div>"


def test_the_one_block_of_prose_beside_a_grid_of_cards_is_the_article() -> None:
    # Scores as on the shop's page: the grid's wrapper first (its cards' paragraphs and the
    # prose's), the address box past it above a quarter of that, the prose block more.
    doc = lxml.html.fromstring(_page(_lines()))
    st = compute_stats(doc)
    main, box = doc.find_class("main")[0], doc.find_class("panel-body")[0]
    paragraphs = {el: 2.0 for el in st.order if st.own.get(el, 0) >= 25}
    prose = doc.find_class("text")[0]
    paragraphs[prose] = 18.0
    cands = Candidates({main: 60.0, box: 16.0, doc.find("body"): 10.0}, st, {}, paragraphs)
    assert best_container(cands) is prose
    paragraphs[prose] = 12.0  # the box outscores the prose: past the grid to the box, as before
    assert best_container(cands) is box


def test_prose_among_teasers_finds_one_long_block_and_no_short_summaries() -> None:
    doc = lxml.html.fromstring(_page(_lines()))
    st = compute_stats(doc)
    main = doc.find_class("main")[0]
    paragraphs = {el: 10.0 for el in st.order}
    found = prose_among_teasers(main, paragraphs, st)
    assert found is not None and found[0].get("class") == "text"
    side = doc.find_class("side")[0]
    assert prose_among_teasers(side, paragraphs, st) is None


def test_two_long_blocks_among_the_teasers_are_no_article() -> None:
    doc = lxml.html.fromstring(_page(_lines() + _lines()))
    st = compute_stats(doc)
    paragraphs = {el: 10.0 for el in st.order}
    assert prose_among_teasers(doc.find_class("main")[0], paragraphs, st) is None
