"""A paywalled article whose body is empty: its header (headline, standfirst, byline), then a
prompt to subscribe or log in where the body would be. The standfirst is the article's text
(`teaser.teaser_text`), not the fallback extractor's lines (the prompt, the header run
together); the header's box holding "Subscribe now" and "Log in" links is the article's, not
an account prompt (`signups._HEADLINE`: the mark of its pruned header counts as its <h1>);
the lock's line in Polish, Spanish, Indonesian, Czech, Swedish and Hungarian is furniture
(`appeals._PAYWALL_ANYWHERE`). Pages and lines we wrote."""

from __future__ import annotations

import pytest

from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.maintext.teaser import teaser_text
from pipeline.pages import make_article
from pipeline.records import Article, RawPage

_TITLE = "Council approves new tram line"
_DECK = (
    "The 12-kilometre line will link the airport to the city centre by 2029, councillors "
    "decided on Tuesday night after a four-hour debate."
)
_PROMPT = (
    "<div class='offer'><p>Subscribe to continue reading. Get unlimited access for $1 a week."
    "</p><a href='/subscribe'>Subscribe now</a><p>Already a subscriber? "
    "<a href='/login'>Log in</a></p></div>"
)
_CAPTION = "<figure><img src='route.jpg'><figcaption>The planned route</figcaption></figure>"
_MOST_READ = "".join(
    f"<li><a href='/m{i}'>Most read story {i}: a long headline about something else in town"
    "</a></li>"
    for i in range(8)
)


def _page(deck: str, after_header: str) -> bytes:
    return (
        f"<html><head><title>{_TITLE} | The Daily Post</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='content'>"
        f"<article class='story'><header><h1>{_TITLE}</h1>{deck}"
        "<p class='meta'>By John Smith | January 8, 2026</p></header>"
        f"{after_header}<div class='story-body'></div></article>"
        f"<div class='most-read'><h3>Most read</h3><ol>{_MOST_READ}</ol></div></div>"
        "<footer>© The Daily Post 2026</footer></body></html>"
    ).encode()


def _text(page: bytes) -> str:
    made = make_article(RawPage(url="https://www.example.com/news/2026/01/08/tram.html", body=page))
    assert isinstance(made, Article), made
    return made.text


@pytest.mark.parametrize(
    "deck",
    [
        f"<h2 class='story-subtitle'>{_DECK}</h2>",
        f"<div class='lead'><p>{_DECK}</p></div>",
        f"<p>{_DECK}</p>",
    ],
)
@pytest.mark.parametrize("after_header", [_PROMPT, _CAPTION + _PROMPT, _CAPTION, ""])
def test_the_standfirst_is_the_text_of_an_empty_body(deck: str, after_header: str) -> None:
    text = _text(_page(deck, after_header))
    lines = text.split("\n")
    assert lines[0] == _DECK
    assert not any("subscri" in line.lower() or "Log in" in line for line in lines)
    assert "By John Smith" not in text and "Most read" not in text


def test_a_body_the_fallback_finds_wins_over_the_teaser() -> None:
    body = [
        "The council voted 31 to 12 in favour of the plan, which the region will fund with a "
        "loan from the national infrastructure bank and a new levy on city-centre parking.",
        "Opponents said the route would cut through two parks and that buses could do the same "
        "job for a tenth of the cost; they plan to challenge the decision in court next month.",
    ]
    assert teaser_text([], _DECK, _TITLE, [_TITLE, _DECK, *body]) is None


def test_the_prompt_and_the_header_add_nothing_to_the_teaser() -> None:
    fallback = [
        f"{_TITLE} {_DECK} By John Smith | January 8, 2026",
        "Subscribe to continue reading. Get unlimited access for $1 a week.",
        "Subscribe now",
        "Already a subscriber? Log in",
    ]
    assert teaser_text([], _DECK, _TITLE, fallback) == [_DECK]
    assert teaser_text(["The planned route"], _DECK, _TITLE, fallback) == [
        _DECK,
        "The planned route",
    ]
    assert teaser_text([], None, _TITLE, fallback) is None  # no summary: the fallback's text


@pytest.mark.parametrize(
    "line",
    [
        "Ten artykuł jest dostępny tylko dla subskrybentów.",
        "Materiał dostępny wyłącznie dla subskrybentów",
        "Este artículo es exclusivo para suscriptores.",
        "Artikel ini khusus untuk pelanggan.",
        "Tento článek je dostupný pouze pro předplatitele.",
        "Den här artikeln är endast för prenumeranter.",
        "Ez a cikk csak előfizetőknek érhető el.",
    ],
)
def test_the_lock_in_other_languages_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "El número de suscriptores de Netflix creció un 10% en el último trimestre.",
        "Artykuł 5 ustawy mówi, że prenumeratorzy mają prawo do zwrotu pieniędzy.",
        "Treść umowy jest dostępna tylko dla subskrybentów serwisu, którzy zapłacili za dostęp "
        "do archiwum i mają konto.",
        "Berita tentang pelanggan listrik yang mengeluh tagihan naik.",
        "Obsah balíčku pro předplatitele se rozšíří o nové filmy.",
    ],
)
def test_sentences_about_subscribers_stay_text(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_polish_teaser_keeps_its_lead_without_the_lock() -> None:
    lead = (
        "Posłowie przyjęli w czwartek nowelizację ustawy o mediach publicznych. Za głosowało "
        "240 posłów, przeciw było 198. Ustawa trafi teraz do Senatu."
    )
    page = (
        "<html><head><title>Sejm przyjął ustawę o mediach</title></head><body><div id='main'>"
        "<div class='art'><h1>Sejm przyjął ustawę o mediach publicznych</h1>"
        "<div class='art-meta'>Anna Kowalska, 8 stycznia 2026, 14:03</div>"
        f"<div class='art-lead'>{lead}</div><div class='premium-box'>"
        "<p>Ten artykuł jest dostępny tylko dla subskrybentów.</p>"
        "<p><a href='/sub'>Kup dostęp</a> lub <a href='/login'>zaloguj się</a></p></div></div>"
        "</div></body></html>"
    ).encode()
    made = make_article(RawPage(url="https://www.example.pl/kraj/sejm.html", body=page))
    assert isinstance(made, Article)
    assert made.text == lead


def test_a_brief_of_two_paragraphs_is_no_teaser() -> None:
    # a short story whose first paragraph sits where a standfirst would: its one paragraph
    # more is its body (the threshold was two paragraphs' worth, and cut such briefs)
    second = (
        "Opponents said the route would cut through two parks, and a residents' group promised "
        "to take the matter to the regional court before work begins in the spring."
    )
    assert teaser_text([], _DECK, _TITLE, [_TITLE, _DECK, second]) is None
    page = _page(f"<p>{_DECK}</p>", f"<p>{second}</p>")
    assert _text(page).split("\n")[:2] == [_DECK, second]
