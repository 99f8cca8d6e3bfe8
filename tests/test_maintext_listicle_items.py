"""A listicle whose numbered items are blocks of their own after the article's opening ("7
photos of ...", then a heading "1. ..." over a picture per block, often one page each of a
paged story with every page in the markup): the items stay, in a WordPress-like page, in a
div soup of hashed class names and in an AMP page, in three languages. The counter between
the pages ("3 dari 8 halaman", "Page 3 of 8") goes. Numbered blocks that are other stories
(their headings link away, or each card is a link) stay out, and so does a run of two."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line

OPENINGS = {
    "id": [
        "Penyanyi muda itu tampil memukau di acara pernikahan kakaknya di Bandung pekan lalu,"
        " mengenakan kebaya biru rancangan desainer lokal yang langsung menuai pujian.",
        "Dalam unggahan di media sosialnya, ia membagikan sejumlah foto dari hari bahagia"
        " tersebut. Berikut lima potret penampilannya yang dihimpun redaksi dari akun resminya.",
    ],
    "en": [
        "The old harbour town has reinvented itself over the past decade, and its narrow streets"
        " now hold some of the most inventive small kitchens on the whole of the coast.",
        "We spent a long weekend eating our way through it, from the fish market at dawn to the"
        " late bars by the quay. Here are the five places we would go back to first.",
    ],
    "pl": [
        "Sezon na szparagi zaczyna się w tym roku wcześniej niż zwykle, a na targach w całym"
        " kraju pojawiły się już pierwsze pęczki z lokalnych gospodarstw rolnych.",
        "Zapytaliśmy kucharzy z kilku regionów, jak najlepiej je przygotować w domu. Oto pięć"
        " sposobów, które polecają najczęściej, od najprostszego do najbardziej wymyślnego.",
    ],
}
ITEMS = {
    "id": [
        "Tampil anggun dengan kebaya biru di depan pelaminan",
        "Berpose bersama sang kakak dan pengantin pria",
        "Riasan natural dengan sanggul modern menjadi sorotan",
        "Menyanyikan lagu khusus untuk kedua mempelai",
        "Foto bersama keluarga besar di akhir acara",
    ],
    "en": [
        "A fish counter that cooks whatever came in that morning",
        "The bakery that opens at four for the harbour workers",
        "A tiny wine bar with twelve seats and no menu",
        "The noodle shop run by two brothers from Osaka",
        "An ice cream stand at the very end of the pier",
    ],
    "pl": [
        "Szparagi gotowane na parze z masłem i bułką tartą",
        "Zielone szparagi z grilla z parmezanem",
        "Krem ze szparagów z grzankami czosnkowymi",
        "Tarta ze szparagami i kozim serem",
        "Risotto ze szparagami i cytryną",
    ],
}
CAPTION = {"id": "Foto: Instagram", "en": "Photo: our reporter", "pl": "Fot. archiwum"}
COUNTER = {"id": "{n} dari 6 halaman", "en": "Page {n} of 6", "pl": "Strona {n} z 6"}


def _opening(lang: str) -> str:
    return "".join(f"<p>{p}</p>" for p in OPENINGS[lang])


def _wordpress(lang: str) -> str:
    pages = "".join(
        f"<div class='story-page story-page--next'><h2 class='story-page__title'>{i}. {t}</h2>"
        f"<figure><img src='/p{i}.jpg' alt=''><figcaption>{CAPTION[lang]}</figcaption></figure>"
        "<div class='ad-slot'><p>Advertisement</p></div>"
        f"<div class='story-page__break'>{COUNTER[lang].format(n=i + 2)}</div></div>"
        for i, t in enumerate(ITEMS[lang], 1)
    )
    return (
        "<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header>"
        "<main><article><h1>Five of the best</h1><div class='story-body'>"
        f"<div class='story-page'><div class='story-page__content'>{_opening(lang)}</div>"
        "<div class='promo'><p>Follow our channel for the latest news.</p></div>"
        f"<div class='story-page__break'>{COUNTER[lang].format(n=2)}</div></div>"
        f"{pages}</div></article></main>"
        "<footer><a href='/about'>About us</a> <a href='/privacy'>Privacy</a></footer>"
        "</body></html>"
    )


def _hashed_pages(lang: str) -> str:
    """`_wordpress` with every class name hashed (a Next.js build)."""
    page = _wordpress(lang)
    for name, hashed in (
        ("story-page__content", "q7Rt"),
        ("story-page__title", "j2Wx"),
        ("story-page__break", "v9Kc"),
        ("story-page story-page--next", "p3Nd b8Zz"),
        ("story-page", "p3Nd"),
        ("story-body", "u5Hy"),
        ("ad-slot", "e1Fg"),
        ("promo", "o4Ls"),
    ):
        page = page.replace(f"'{name}'", f"'{hashed}'")
    return page


def _hashed(lang: str) -> str:
    items = "".join(
        f"<div class='x8Kq2'><div class='a1Zr'><h3 class='t9Pp'>{i}) {t}</h3></div>"
        f"<div class='m4Lw'><img src='/p{i}.jpg' alt=''></div></div>"
        "<div class='s0Ad'></div>"
        for i, t in enumerate(ITEMS[lang], 1)
    )
    return (
        "<html><body><div id='__next'><div class='h2Nv'><a href='/'>Home</a></div>"
        "<div class='c7Xy'><h1 class='k2Tt'>Five of the best</h1>"
        f"<div class='b5Qq'><div class='r3Lm'>{_opening(lang)}</div>"
        "<div class='w2Pq'><span>Share</span></div></div>"
        f"{items}</div></div></body></html>"
    )


def _amp(lang: str) -> str:
    items = "".join(
        f"<section><h2>{i}. {t}</h2><amp-img src='/p{i}.jpg' width='4' height='3'></amp-img>"
        "</section>"
        for i, t in enumerate(ITEMS[lang], 1)
    )
    return (
        "<html amp><body><nav><a href='/'>Home</a></nav><article><h1>Five of the best</h1>"
        f"<div class='article-body'>{_opening(lang)}</div>{items}</article></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(ITEMS))
@pytest.mark.parametrize("shape", [_wordpress, _hashed_pages, _hashed, _amp])
def test_numbered_items_after_the_opening_stay(shape: object, lang: str) -> None:
    paras = own_paragraphs(shape(lang))  # type: ignore[operator]
    text = "\n".join(paras)
    for p in OPENINGS[lang]:
        assert p in paras
    for t in ITEMS[lang]:
        assert t in text
    for boiler in ("Home", "Privacy", "Advertisement", "Share"):
        assert boiler not in paras
    assert not any(COUNTER[lang].format(n=n) in paras for n in range(2, 8))


def _teasers(linked_headings: bool) -> str:
    def card(i: int, t: str) -> str:
        if linked_headings:
            return f"<div class='card'><h3><a href='/story/{i}'>{i}. {t}</a></h3></div>"
        return f"<a class='card' href='/story/{i}'><div><h3>{i}. {t}</h3></div></a>"

    cards = "".join(card(i, t) for i, t in enumerate(ITEMS["en"], 1))
    return (
        "<html><body><article><h1>Harbour town</h1>"
        f"<div class='article-body'>{_opening('en')}</div></article>"
        f"<div class='most-read'>{cards}</div></body></html>"
    )


@pytest.mark.parametrize("linked_headings", [True, False])
def test_numbered_teasers_after_the_article_stay_out(linked_headings: bool) -> None:
    paras = own_paragraphs(_teasers(linked_headings))
    assert paras[: len(OPENINGS["en"])] == OPENINGS["en"]
    text = "\n".join(paras)
    assert not any(t in text for t in ITEMS["en"])


def test_two_numbered_blocks_are_no_listicle() -> None:
    blocks = "".join(
        f"<div class='z{i}'><h2>{i}. {t}</h2><img src='/p{i}.jpg'></div>"
        for i, t in enumerate(ITEMS["en"][:2], 1)
    )
    page = (
        "<html><body><article><h1>Harbour town</h1>"
        f"<div class='article-body'>{_opening('en')}</div>{blocks}</article></body></html>"
    )
    text = "\n".join(own_paragraphs(page))
    assert ITEMS["en"][0] not in text


@pytest.mark.parametrize(
    "line",
    [
        "3 dari 8 halaman",
        "Page 3 of 8",
        "Seite 2 von 5",
        "Strona 2 z 4",
        "Página 1 de 3",
        "Страница 2 из 3",
        "(Page 2 of 2)",
    ],
)
def test_page_counter_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["3 of 8", "He read 3 of 8 pages.", "Page 3", "1/8"])
def test_numbers_without_a_page_counter_stay(line: str) -> None:
    assert not is_boilerplate_line(line)
