"""A short article whose header box (kicker, headline, deck, byline) stands in a block of its
own above the body's column (`pipeline.maintext.container._header_box`), on pages we wrote:
the header holds as much text as half the body, and is nearest the headline, but it is the
article's header, not the article: the body after it is taken, opened by the deck. A short
article printed in its headline's box (two paragraphs) stays against a longer block after
it."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs

HEADLINE = "Director de la eléctrica da positivo en coronavirus"
KICKER = "TREBINJE"
DECK = (
    "Queridos amigos, quiero informaros de que también he contraído el virus que golpea "
    "al mundo entero, escribió el director en su perfil de una red social"
)
BODY = [
    "El director general de la compañía eléctrica regional dio positivo en coronavirus.",
    "Confirmó la información en su perfil de una red social el lunes por la tarde.",
    "Cuiden de ustedes y de sus familias, escribió el director, que seguirá trabajando "
    "desde su casa durante los próximos diez días.",
]
RELATED = [
    "Dos personas más fallecieron y se confirmaron cuarenta nuevos casos en la región",
    "El gobierno regional presentará un recurso ante el tribunal por el aplazamiento",
]


def _related() -> str:
    items = "".join(
        f"<div class='r4'><a href='/noticias/{i}'>{t}</a><span>09.08.2020 10:52</span></div>"
        for i, t in enumerate(RELATED)
    )
    return f"<div class='r1 rel'>{items}</div>"


def _page(deck_tag: str, column: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} | Diario</title></head><body>"
        "<div class='w0 page'>"
        f"<div class='w1 article-wrapper'><p class='k1'><strong>{KICKER}</strong></p><h1>{HEADLINE}</h1>"
        f"<{deck_tag} class='subtitle'>{DECK}</{deck_tag}>"
        "<div class='a1'><span>Escribe: P. Marín</span> <span>hace 26 minutos</span></div></div>"
        f"<div class='w2 flex'>{column}</div></div></body></html>"
    )


def _column(body: str) -> str:
    return (
        "<div class='c9 content'><div class='f1'><figure><img src='/a.jpg' alt=''></figure>"
        "<p class='cap'>Foto: Agencias</p></div><div id='ad-mid'></div>"
        f"<div class='t3 news'><div class='t4 text'>{body}</div>{_related()}</div></div>"
    )


@pytest.mark.parametrize("deck_tag", ["p", "h2", "div"])
def test_the_body_after_a_header_box_is_the_article(deck_tag: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    assert own_paragraphs(_page(deck_tag, _column(body))) == [DECK, *BODY]


def test_a_paywalled_teaser_of_one_paragraph_after_the_header() -> None:
    # the body shows one paragraph (the rest behind the wall), longer than the deck
    para = " ".join(BODY) + " " + BODY[2]
    text = own_paragraphs(_page("p", _column(f"<p class='ce'>{para}</p>")))
    assert text == [DECK, para]


def test_a_short_article_in_its_headline_box_stays_against_a_longer_block() -> None:
    # two paragraphs under the headline in one box: the article, not a header (the longer
    # block after it may follow it as more prose: siblings)
    about = " ".join(["La asociación de vecinos organiza talleres y encuentros cada mes."] * 5)
    short = [
        f"{BODY[0]} {BODY[1]}",
        "La empresa informó de que el resto de la dirección se sometió a pruebas y que "
        "ninguno de sus miembros tiene síntomas por ahora.",
    ]
    page = (
        f"<html><head><title>{HEADLINE} | Diario</title></head><body><div class='w0'>"
        f"<div class='w1'><h1>{HEADLINE}</h1><p>{short[0]}</p><p>{short[1]}</p></div>"
        f"<div class='w2'><p>{about}</p></div></div></body></html>"
    )
    assert own_paragraphs(page)[:2] == short
