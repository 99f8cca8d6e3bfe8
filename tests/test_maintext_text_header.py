"""A `<header>` holding a module's text (branch container26): page builders' image-and-text
modules print each part of an article as a picture beside a `<header>` holding the part's
title and paragraphs. Such a header is searched, not dropped as the page's or the article's
head. Pages written here, in German and English; the guards are a site header with its menu
and an article's header with its `<h1>` and deck, which stay heads."""

from __future__ import annotations

from pipeline.maintext.core import extract_paragraphs
from pipeline.web.html import parse
from pipeline.web.namedtext import is_text_header

_PARTS_DE = [
    [
        "Die besten Athletinnen und Athleten Europas zeigen schon im Winter starke Leistungen,"
        " ein halbes Jahr vor den Meisterschaften in der Stadt.",
        "Der Stabhochspringer übersprang beim Hallenmeeting am Freitag sechs Meter und damit die"
        " beste Höhe, die in diesem Jahr bisher gemeldet worden ist.",
        "Danach versuchte er sich noch an einer Höhe über seinem eigenen Rekord, scheiterte"
        " aber dreimal knapp und sprach von einem gelungenen Auftakt.",
    ],
    [
        "Am Sonntag startet er in Berlin, wo er vor zwei Jahren seinen ersten Rekord aufgestellt"
        " hat, und er sagte, er fühle sich so gut vorbereitet wie selten.",
        "Die Veranstalter erwarten mehr als zehntausend Zuschauer in der Halle, so viele wie seit"
        " dem Beginn der Pandemie bei keinem Wettkampf mehr.",
        "Für viele von ihnen ist es die erste Gelegenheit, ihn springen zu sehen, seit er im"
        " vergangenen Sommer den Titel gewonnen hat.",
    ],
    [
        "Auch der Hürdensprinter begann die Saison mit einem Sieg, nach einer langen Pause wegen"
        " mehrerer Verletzungen, die ihn fast zwei Jahre gekostet hatten.",
        "Er lief im Vorlauf die schnellste Zeit des Winters und unterbot sie im Finale noch"
        " einmal, vor zwei Läufern aus Spanien und aus Polen.",
        "Im Sommer will er seinen Titel im Freien verteidigen, in dem Stadion, in dem er vor"
        " zehn Jahren sein erstes großes Rennen gelaufen ist.",
    ],
]


def _module(title: str, paras: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<section class="PageSection_x1"><div class="PageSection_Inner_x2">'
        '<article class="ImageText_Container_x3"><figure><img src="a.jpg"></figure>'
        f'<header class="ImageText_Description_x4"><h3>{title}</h3>'
        f'<div class="Richtext_Block_x5">{text}</div></header></article></div></section>'
    )


def test_an_article_told_in_image_text_modules_is_read_whole() -> None:
    modules = "".join(_module(f"Teil {i}", parts) for i, parts in enumerate(_PARTS_DE))
    menu = "".join(f'<li><a href="/s{i}">Sportart {i}</a></li>' for i in range(10))
    html = (
        "<html><head><title>Europas Beste in Form</title></head><body>"
        f'<header class="site-header"><nav><ul>{menu}</ul></nav></header>'
        f'<main class="BasePageLayout_Main">{modules}</main>'
        "<footer><p>© Veranstalter GmbH</p></footer></body></html>"
    )
    text = "\n".join(extract_paragraphs(html))
    for parts in _PARTS_DE:
        for p in parts:
            assert p in text
    assert "Sportart 3" not in text


def _first_header(html: str) -> bool:
    doc = parse(f"<html><body>{html}</body></html>")
    assert doc is not None
    header = next(doc.iter("header"))
    return is_text_header(header, len("".join(header.itertext())))


_EN = (
    "The museum reopened its east wing on Saturday after a renovation that took three years"
    " and cost more than the city had first planned to spend on it."
)
_EN2 = (
    "Visitors queued around the block before the doors opened, and the curators said the new"
    " galleries would show works that had been in storage for decades."
)


def test_a_module_header_is_text() -> None:
    assert _first_header(f'<header class="card__text"><h3>Wing</h3><p>{_EN}</p><p>{_EN2}</p>')


def test_heads_stay_heads() -> None:
    # an article's header: its <h1> and a deck
    assert not _first_header(f"<header><h1>East wing reopens</h1><p>{_EN}</p><p>{_EN2}</p>")
    # a site's header with its menu beside a text
    nav = '<nav><a href="/a">Visit</a> <a href="/b">Collection</a></nav>'
    assert not _first_header(f"<header>{nav}<p>{_EN}</p><p>{_EN2}</p></header>")
    # a search or sign-up form in it
    form = '<form action="/s"><input name="q"></form>'
    assert not _first_header(f"<header>{form}<p>{_EN}</p><p>{_EN2}</p></header>")
    # a teaser's header: one paragraph
    assert not _first_header(f"<header><h3>Wing</h3><p>{_EN}</p></header>")
    # not prose: a list of links
    links = "".join(f'<p><a href="/x{i}">{_EN}</a></p>' for i in range(3))
    assert not _first_header(f"<header>{links}</header>")
