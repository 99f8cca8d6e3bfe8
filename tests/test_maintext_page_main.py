"""A layout block named for a menu it holds is the page's wrapper when it holds the page's
`<main>` with the `<h1>` (branch container26): its children are judged one by one, not dropped
with it; so is a menu item the parser nested the page in (a sub-menu left open). Pages written
here, in German and English; the guard is a stray `<main>` in a mega menu's item (no `<h1>`),
which stays menu."""

from __future__ import annotations

from pipeline.maintext.core import extract_paragraphs
from pipeline.web.html import parse
from pipeline.web.namedtext import holds_page_main
from tests.sample_pages import own_text

_DE = [
    "Der Verband hat am Mittwoch in Freiburg eine neue Präsidentin gewählt, die als erste Frau"
    " in seiner langen Geschichte das Amt übernehmen wird.",
    "Die Delegierten stimmten mit großer Mehrheit für die Kandidatin, die zuvor im Ministerium"
    " und im Vorstand einer Gewerkschaft gearbeitet hatte.",
    "Sie kündigte an, die Digitalisierung der Dienste voranzubringen und sich für bezahlbares"
    " Wohnen und für die Pflege auf dem Land einzusetzen.",
    "Ihr Vorgänger stellte sich nach achtzehn Jahren im Amt nicht mehr zur Wahl und dankte den"
    " Mitarbeitenden für ihre Arbeit in schwierigen Zeiten.",
]
_EN = [
    "The museum reopened its east wing on Saturday after a renovation that took three years"
    " and cost more than the city had first planned to spend.",
    "Visitors queued around the block before the doors opened, and the curators said the new"
    " galleries would show works that had been in storage for decades.",
    "The director said the building now meets modern standards for light and temperature, so"
    " loans from abroad can be shown there for the first time.",
]


def _captions(n: int, word: str) -> str:
    """A slider of teasers with a caption each: furniture that scores as text."""
    items = "".join(
        f'<div class="slider__item"><p>{word} {i}: Auf dem Bild sind Gäste und Redner der'
        f" Versammlung im großen Saal zu sehen, die am Abend zusammenkamen.</p></div>"
        for i in range(n)
    )
    return f'<div class="slider">{items}</div>'


def _page(paras: list[str], wrapper: str, h1: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    # the rest of the page (a portal's service pages), more than the wrapper's text
    extra = "".join(
        f'<li><a href="/t{i}">Thema {i}: Beratung, Hilfe und Angebote in Ihrer Nähe finden,'
        " Ansprechpartner und Termine</a></li>"
        for i in range(60)
    )
    menu = "".join(f'<li><a href="/s{i}">Bereich {i}</a></li>' for i in range(12))
    # the main column's list of other releases: links enough that it reads as no prose
    others = "".join(
        f'<li><a href="/r{i}">Meldung {i}: Verband begrüßt den Beschluss des Bundestages zur'
        " Reform der Pflegeversicherung</a></li>"
        for i in range(20)
    )
    return (
        f'<html><head><title>{h1}</title></head><body><div id="pagewrapper">'
        f'<div {wrapper}><div class="grid">'
        f'<nav class="left-navigation"><ul>{menu}</ul></nav>'
        f'<div class="grid__column left-navigation-wrapper--margin">'
        f'<main id="main"><div class="eventbox"><h1>{h1}</h1></div>'
        f'<div class="tabs-wrapper"><div class="tab-pane active"><div class="article">'
        f"{body}</div></div></div>"
        f'<div class="more-releases"><ul>{others}</ul></div>'
        '<div class="contact"><p>Pressestelle, Karlstraße 40, 79104 Freiburg, Telefon 0761'
        " 200-0, montags bis freitags von neun bis sechzehn Uhr erreichbar.</p></div>"
        "</main></div></div></div>"
        f'<div class="more-info-section"><div class="grey-box"><div class="grid">'
        f'<div class="grid__column"><div class="border-box">{_captions(4, "Bild")}'
        f'</div></div></div></div></div><div class="topics"><ul>{extra}</ul></div>'
        "</div></body></html>"
    )


def test_a_page_wrapper_named_for_its_side_menu_keeps_the_article() -> None:
    html = _page(
        _DE,
        'class="page-wrapper" id="left-navigation_page-wrapper"',
        "Neue Präsidentin gewählt",
    )
    text = "\n".join(extract_paragraphs(html))
    for p in _DE:
        assert p in text


def test_a_column_named_for_the_menu_beside_it_keeps_the_article() -> None:
    html = _page(_EN, 'class="sidebar-layout"', "The east wing reopens")
    text = "\n".join(extract_paragraphs(html))
    for p in _EN:
        assert p in text


def test_holds_page_main_needs_a_headline_in_main() -> None:
    doc = parse(
        "<html><body>"
        '<div id="a" class="nav-wrapper"><main><h1>Title</h1><p>x</p></main></div>'
        '<ul class="menu"><li id="b" class="menu-item"><main><p>Teaser</p></main></li></ul>'
        '<div id="c" class="navigation"><h1>Title</h1><ul><li>x</li></ul></div>'
        "</body></html>"
    )
    assert doc is not None
    found = {el.get("id"): holds_page_main(el) for el in doc.iter() if el.get("id")}
    assert found == {"a": True, "b": False, "c": False}


def test_a_stray_main_in_a_mega_menu_stays_menu() -> None:
    teasers = "".join(
        f'<li class="js-menu-trigger menu-item"><main><p>Teaser {i}: Tickets für das'
        " nächste Heimspiel gibt es ab sofort im Shop und an der Abendkasse.</p></main></li>"
        for i in range(3)
    )
    html = (
        "<html><head><title>Museum</title></head><body>"
        f'<ul class="menu">{teasers}</ul>'
        '<div class="content"><h1>The east wing reopens</h1>'
        + "".join(f"<p>{p}</p>" for p in _EN)
        + "</div></body></html>"
    )
    text = "\n".join(extract_paragraphs(html))
    assert _EN[0] in text
    assert "Tickets für das" not in text


def test_a_page_nested_in_a_menu_item_by_unclosed_tags_keeps_the_article() -> None:
    # a sub-menu left open: the parser puts the rest of the page, <main> with it, in its item
    items = [
        f'<li><a href="/n{i}">Spielbericht {i}: Sieg im Derby vor ausverkauftem Haus,'
        " Stimmen zum Spiel und Bilder aus der Halle</a></li>"
        for i in range(40)
    ]
    # the article's own list of related reports (links enough that <main> reads as no prose)
    related, teasers = "".join(items[:12]), "".join(items[12:])
    html = (
        "<html><head><title>Vorverkauf gestartet</title></head><body>"
        '<div class="navigation"><ul><li class="menu-item"><a href="/team">Team</a>'
        '<div class="navigation__sub-menu"><ul><li class="js-menu-trigger menu-item">'
        '<a href="/news">News</a><div class="container">'
        '<main class="content"><h1>Vorverkauf für die Heimspiele gestartet</h1>'
        + "".join(f"<p>{p}</p>" for p in _DE)
        + f'<ul class="related">{related}</ul>'
        + f'</main></div></div></div><div class="more-news"><ul>{teasers}</ul></div>'
        "</body></html>"
    )
    text = own_text(html)  # our extractor: the fallback answers when it finds nothing
    for p in _DE:
        assert p in text
