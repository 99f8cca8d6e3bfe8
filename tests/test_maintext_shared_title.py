"""The standfirst of a page whose <title> is written for search engines and names no heading,
found after the heading its shared title (og:title) names (`pipeline.maintext.headline.
shared_title`, `core._lead_anchor`), on pages we wrote: the header (headline, byline,
standfirst) in one section of a layout grid, the body wrapped five deep in the next (the two
meet seven levels above the body's block: `standfirst._STANDFIRST_LEVELS`)."""

from __future__ import annotations

import pytest
from lxml import html

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.headline import shared_title

# (the <title> for search engines, the headline printed and shared, standfirst, body)
_PAGES = {
    "en": (
        "Watch out for strawberries: with these drugs they can do harm - Green Pages",
        "Do not eat strawberries if you take these drugs",
        "Strawberry season is about to start in earnest. Few people know that the fruit can "
        "interact badly with some common medicines, pharmacists warn.",
        [
            "Strawberries are rich in vitamin C, manganese and potassium, and most people "
            "can eat them every day of the season without any trouble at all.",
            "Some of the compounds they hold, however, strengthen the effect of drugs that "
            "thin the blood, which raises the risk of bruising and of bleeding.",
            "Pharmacists advise anyone taking such drugs to ask a doctor how much of the "
            "fruit is safe before the season's first punnet lands on the table.",
            "The same care applies to some painkillers, the pharmacists add, and to "
            "supplements sold as natural remedies for the heart and the joints.",
        ],
    ),
    "pl": (
        "Uważaj na truskawki. Z tymi lekami mogą zaszkodzić - Zielone Strony",
        "Nie jedz truskawek, jeśli bierzesz te leki",
        "Sezon na truskawki zaraz się zacznie na dobre. Niewielu wie, że owoce te mogą źle "
        "działać razem z niektórymi popularnymi lekami, ostrzegają farmaceuci.",
        [
            "Truskawki są bogate w witaminę C, mangan i potas, a większość z nas może je "
            "jeść codziennie przez cały sezon bez żadnych kłopotów ze zdrowiem.",
            "Niektóre z ich składników wzmacniają jednak działanie leków rozrzedzających "
            "krew, co zwiększa ryzyko siniaków i krwawień u części pacjentów.",
            "Farmaceuci radzą, by osoby przyjmujące takie leki zapytały lekarza, ile owoców "
            "mogą bezpiecznie zjeść, zanim pierwsza łubianka trafi na stół.",
            "Ta sama ostrożność dotyczy niektórych leków przeciwbólowych i suplementów "
            "sprzedawanych jako naturalne środki na serce i stawy, dodają farmaceuci.",
        ],
    ),
}


def _page(lang: str, shared: str | None) -> str:
    title, headline, lead, body = _PAGES[lang]
    meta = f'<meta property="og:title" content="{shared}">' if shared is not None else ""
    paras = "".join(f'<p class="p0">{p}</p>' for p in body)
    return (
        f"<html><head><title>{title}</title>{meta}</head><body>"
        '<nav class="n1"><a href="/">Home</a><a href="/health">Health</a></nav><article>'
        f'<section class="s1"><div class="k2"><div class="x9"><h1 class="t1">{headline}</h1>'
        '<p class="y2">Anna Berg | 5.12.2026, 09:43</p></div>'
        f'<div class="w2"><div class="q9">{lead}</div></div>'
        '<figure class="f4"><img src="/a.jpg" alt=""></figure></div></section>'
        '<section class="s2"><div class="k2"><div class="c1"><div class="c2"><div class="c3">'
        f'<div class="c4"><div class="b6">{paras}</div></div></div></div></div></div></section>'
        "</article></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_the_standfirst_after_the_shared_headline_opens_the_text(lang: str) -> None:
    _, headline, lead, body = _PAGES[lang]
    assert own_paragraphs(_page(lang, headline)) == [lead, *body]


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_without_a_shared_title_the_pages_one_h1_anchors_its_deck(lang: str) -> None:
    # no title names the heading, but the page's one <h1> holds a headline: the block of prose
    # after it and its byline-and-date line is its deck (`decks.deck_anchor`, decks26)
    _, _, lead, body = _PAGES[lang]
    assert own_paragraphs(_page(lang, None)) == [lead, *body]
    assert own_paragraphs(_page(lang, "Green Pages: health news")) == [lead, *body]


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_without_a_shared_title_or_an_h1_there_is_no_anchor(lang: str) -> None:
    # the headline printed in a plain block: no heading found, and the block of prose before
    # the body is not taken as its standfirst
    _, _, lead, body = _PAGES[lang]
    for shared in (None, "Green Pages: health news"):
        page = _page(lang, shared).replace("<h1 ", "<div ").replace("</h1>", "</div>")
        assert own_paragraphs(page) == body


def test_shared_title_reads_the_heads_own_metas() -> None:
    doc = html.fromstring(
        '<html><head><meta name="twitter:title" content="Second">'
        '<meta property="og:title" content=" First "></head>'
        '<body><meta property="og:title" content="A teaser"><p>x</p></body></html>'
    )
    assert shared_title(doc) == "First"
    doc = html.fromstring(
        '<html><head><meta name="twitter:title" content="Second"><meta property="og:title"'
        ' content=""></head><body><p>x</p></body></html>'
    )
    assert shared_title(doc) == "Second"
    doc = html.fromstring("<html><body><p>x</p></body></html>")
    assert shared_title(doc) == ""
