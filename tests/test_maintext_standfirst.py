"""A standfirst found by its shape (`pipeline.maintext.standfirst`), on pages we wrote.

Class names that say nothing (generated: "x7f2a") hide the lead a site prints between its
headline and its body, under the byline, the date and a share bar: one paragraph of unlinked
prose closing on a full stop. It is the article's opening; an author's bio with a link, a
share widget's help text and a summary the body repeats are not. A deck right under the
headline is not `shaped_lead`'s to take, but opens the text all the same
(`pipeline.maintext.decks`)."""

from __future__ import annotations

import pytest
from lxml import html

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.standfirst import shaped_lead
from pipeline.web.html import compute_stats

# (language, headline, standfirst, body paragraphs)
_PAGES = [
    (
        "en",
        "Harbour board approves the new ferry terminal",
        "The harbour board voted on Monday to build a ferry terminal on the east quay, "
        "ending two years of argument over where the ships should berth.",
        [
            "Construction will start in the spring and is expected to take eighteen months, "
            "the board's chairwoman told reporters after the vote.",
            "Residents of the east quay had opposed the plan, saying the extra traffic would "
            "clog the narrow streets behind the harbour wall.",
            "The board said a new access road would be built before the terminal opens, paid "
            "for by the regional government and the ferry operators.",
            "Two operators have already said they will move their routes to the new terminal, "
            "which will have room for four ships at a time.",
            "The old terminal on the west quay will close once the new one opens, and the "
            "board will decide later this year what to build there instead.",
        ],
    ),
    (
        "pl",
        "Rada portu zatwierdziła budowę nowego terminalu promowego",
        "Rada portu zagłosowała w poniedziałek za budową terminalu promowego przy wschodnim "
        "nabrzeżu. Spór o miejsce cumowania statków trwał dwa lata.",
        [
            "Budowa ruszy wiosną i potrwa około osiemnastu miesięcy, powiedziała dziennikarzom "
            "przewodnicząca rady po głosowaniu.",
            "Mieszkańcy wschodniego nabrzeża sprzeciwiali się planowi, twierdząc, że większy "
            "ruch zablokuje wąskie ulice za murem portu.",
            "Rada zapowiedziała, że przed otwarciem terminalu powstanie nowa droga dojazdowa, "
            "sfinansowana przez władze regionu i armatorów.",
            "Dwaj armatorzy zapowiedzieli już, że przeniosą swoje linie do nowego terminalu, "
            "który pomieści jednocześnie cztery statki.",
            "Stary terminal na zachodnim nabrzeżu zostanie zamknięty po otwarciu nowego, a "
            "rada jeszcze w tym roku zdecyduje, co powstanie na jego miejscu.",
        ],
    ),
    (
        "es",
        "La junta del puerto aprueba la nueva terminal de ferris",
        "La junta del puerto votó el lunes a favor de construir una terminal de ferris en el "
        "muelle este, tras dos años de discusiones sobre dónde debían atracar los barcos.",
        [
            "Las obras comenzarán en primavera y durarán unos dieciocho meses, dijo la "
            "presidenta de la junta a los periodistas tras la votación.",
            "Los vecinos del muelle este se habían opuesto al plan porque el tráfico añadido "
            "colapsaría las calles estrechas detrás de la muralla del puerto.",
            "La junta anunció que antes de abrir la terminal se construirá una nueva carretera "
            "de acceso, pagada por el gobierno regional y las navieras.",
            "Dos navieras ya han dicho que trasladarán sus rutas a la nueva terminal, que "
            "tendrá espacio para cuatro barcos a la vez.",
            "La antigua terminal del muelle oeste cerrará cuando abra la nueva, y la junta "
            "decidirá este año qué se construirá en su lugar.",
        ],
    ),
    (
        "id",
        "Dewan pelabuhan setujui pembangunan terminal feri baru",
        "Dewan pelabuhan pada Senin memutuskan membangun terminal feri di dermaga timur, "
        "mengakhiri perdebatan dua tahun soal tempat kapal bersandar.",
        [
            "Pembangunan akan dimulai pada musim semi dan diperkirakan memakan waktu delapan "
            "belas bulan, kata ketua dewan kepada wartawan seusai pemungutan suara.",
            "Warga dermaga timur menolak rencana itu karena lalu lintas tambahan akan "
            "memacetkan jalan-jalan sempit di belakang tembok pelabuhan.",
            "Dewan menyatakan jalan akses baru akan dibangun sebelum terminal dibuka, dibiayai "
            "pemerintah daerah dan operator kapal.",
            "Dua operator sudah menyatakan akan memindahkan rute mereka ke terminal baru, "
            "yang dapat menampung empat kapal sekaligus.",
            "Terminal lama di dermaga barat akan ditutup setelah terminal baru dibuka, dan "
            "dewan akan memutuskan tahun ini apa yang dibangun di sana.",
        ],
    ),
]

_BYLINE = (
    '<div class="q9d"><a class="k2" href="/authors/jane-doe">Jane Doe</a>'
    '<span class="k3">12.05.2024, 14:10</span></div>'
    '<div class="z1x"><a href="https://x.example/share">X</a>'
    '<a href="https://fb.example/share">Facebook</a><span class="n0">12</span></div>'
)


_TAGS = (
    '<div class="g2"><span class="g3">Topics:</span><a href="/t/port">Port</a>'
    '<a href="/t/ferries">Ferries</a><a href="/t/city">City council</a></div>'
)
# under the paragraphs, inside their wrapper: the article's source (text of its own, so the
# wrapper is more than the paragraphs' box)
_UNDER = '<div class="s8">Source of the article: Harbour Daily newsroom</div>'
_RELATED = (
    '<div class="v9"><a href="/news/1">Ferry fares rise again</a>'
    '<a href="/news/2">New bridge opens to traffic</a></div>'
)


def _page(headline: str, between: str, lead_block: str, body: list[str]) -> str:
    # the body's paragraphs sit in a box of their own between a box of topics and a source:
    # the lead, a sibling of their wrapper, is not a sibling of the paragraphs' box
    paras = "".join(f'<p class="t4e">{p}</p>' for p in body)
    return (
        f"<html><head><title>{headline} | Harbour Daily</title></head><body>"
        '<nav class="m3"><a href="/">Home</a><a href="/news">News</a></nav>'
        f'<main><div class="a8"><div class="h7"><h1 class="c1">{headline}</h1>{between}</div>'
        f'{lead_block}<div class="ad0"></div>'
        f'<div class="b5">{_TAGS}<div class="b6">{paras}</div>{_UNDER}</div>{_RELATED}</div></main>'
        "</body></html>"
    )


@pytest.mark.parametrize(("lang", "headline", "lead", "body"), _PAGES, ids=[p[0] for p in _PAGES])
def test_a_standfirst_under_the_byline_opens_the_text(
    lang: str, headline: str, lead: str, body: list[str]
) -> None:
    page = _page(headline, _BYLINE, f'<div class="w2"><p class="r5">{lead}</p></div>', body)
    assert own_paragraphs(page) == [lead, *body]


@pytest.mark.parametrize(("lang", "headline", "lead", "body"), _PAGES, ids=[p[0] for p in _PAGES])
def test_a_standfirst_inside_the_headline_block_opens_the_text(
    lang: str, headline: str, lead: str, body: list[str]
) -> None:
    page = _page(headline, f'{_BYLINE}<p class="r5">{lead}</p>', "", body)
    assert own_paragraphs(page) == [lead, *body]


def test_a_deck_right_under_the_headline_opens_the_text() -> None:
    # nothing printed between the headline and it: its subtitle, not `shaped_lead`'s to take
    # but the article's standfirst all the same (`pipeline.maintext.decks`, issue 10's policy)
    _, headline, lead, body = _PAGES[0]
    page = _page(headline, f'<p class="r5">{lead}</p>{_BYLINE}', "", body)
    assert own_paragraphs(page) == [lead, *body]


def test_a_summary_the_body_repeats_is_printed_once() -> None:
    _, headline, lead, body = _PAGES[0]
    page = _page(headline, _BYLINE, f'<p class="r5">{lead}</p>', [lead, *body])
    assert own_paragraphs(page) == [lead, *body]


def test_an_author_bio_with_a_link_is_no_standfirst() -> None:
    _, headline, _, body = _PAGES[0]
    bio = (
        '<p class="r5">By <a href="/authors/jane-doe">Jane Doe</a>, a reporter who covers '
        "ports and shipping. Before joining the paper she wrote about trade in Rotterdam.</p>"
    )
    assert own_paragraphs(_page(headline, _BYLINE, bio, body)) == body


def test_a_share_widget_s_help_text_is_no_standfirst() -> None:
    # a box with a label of its own over a sentence ("Direct link:" then how to copy it)
    _, headline, _, body = _PAGES[0]
    widget = (
        '<div class="s6"><p class="u1">Direct link:</p><span class="u2">Right-click the '
        "link above, choose “Copy link address” from the menu and paste it into a message or "
        "a post wherever you want to share this article.</span></div>"
    )
    assert own_paragraphs(_page(headline, _BYLINE, widget, body)) == body


def test_prose_before_the_headline_is_no_standfirst() -> None:
    # a headline printed after the body's first block: the prose before that block is no
    # standfirst of it (it is not below the headline)
    _, headline, lead, body = _PAGES[0]
    paras = "".join(f"<p>{p}</p>" for p in body)
    root = html.fromstring(
        f'<div><div class="w2"><p>{lead}</p></div><div class="b6">{paras}</div>'
        f"<h1>{headline}</h1></div>"
    )
    below = root.find("h1")
    assert below is not None
    assert shaped_lead([root[1]], compute_stats(root), below) is None


@pytest.mark.parametrize(
    ("small", "large", "sample"),
    [
        (
            "Small text",
            "Large text",
            "(Example) The fastest news, all kinds of information and two-way talk: meet the "
            "news service that brings you the day's main stories as they break.",
        ),
        (
            "작은 글씨",
            "큰 글씨",
            "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 뉴스를 만나보세요. "
            "국내외 주요이슈와 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 입체적으로 "
            "전달하고 있습니다.",
        ),
    ],
    ids=["en", "ko"],
)
def test_a_text_size_panel_s_sample_is_no_standfirst(small: str, large: str, sample: str) -> None:
    # a text-size picker by the headline: its choices (radio buttons, dropped with the other
    # inputs, and their labels) over a sample sentence that reads as a standfirst
    _, headline, _, body = _PAGES[0]
    choices = "".join(
        f'<li><input type="radio" id="f{i}" name="fs"><label for="f{i}">{name}</label></li>'
        for i, name in enumerate((small, large))
    )
    panel = (
        f'<div class="u1"><ul>{choices}</ul><div class="u2"><p class="u3">{sample}</p></div></div>'
    )
    assert own_paragraphs(_page(headline, _BYLINE + panel, "", body)) == body


# (language, the deck's lines in bold above the body)
_DECKS = [
    (
        "en",
        [
            "Harbour board votes eleven to two for the east quay",
            "Access road to be built before the terminal opens",
        ],
    ),
    (
        "ko",
        ["항만위원회, 동쪽 부두에 여객선 터미널 건설 의결", "터미널 개장 전 진입도로 먼저 건설"],
    ),
    ("ja", ["港湾委員会、東岸壁にフェリーターミナル建設を可決", "開業前に取り付け道路を整備へ"]),
]


def _deck_page(deck: str, body: list[str]) -> str:
    # the deck sits in the article's box right above the body's wrapper, away from the
    # headline, in a <strong> whose class names say nothing
    paras = "".join(f'<p class="t4e">{p}</p>' for p in body)
    return (
        "<html><head><title>Harbour board approves the new ferry terminal</title></head><body>"
        '<nav class="m3"><a href="/">Home</a><a href="/news">News</a></nav>'
        '<main><div class="a8"><div class="h7"><h3 class="c1">Harbour board approves the new '
        f"ferry terminal</h3>{_BYLINE}</div>"
        f'<div class="n2"><div class="z0"></div>{deck}<div class="v3"><section class="x5">'
        f"{paras}</section></div></div>{_RELATED}</div></main></body></html>"
    )


@pytest.mark.parametrize(("lang", "lines"), _DECKS, ids=[d[0] for d in _DECKS])
def test_a_deck_in_bold_above_the_body_opens_the_text(lang: str, lines: list[str]) -> None:
    _, _, _, body = _PAGES[0]
    deck = f'<strong class="q1">{"<br>".join(lines)}</strong>'
    assert own_paragraphs(_deck_page(deck, body)) == [*lines, *body]


def test_a_bold_kicker_or_a_linked_line_is_no_deck() -> None:
    _, _, _, body = _PAGES[0]
    assert own_paragraphs(_deck_page("<strong>Exclusive</strong>", body)) == body
    linked = '<b><a href="/live">Follow our live coverage of the harbour board vote</a></b>'
    assert own_paragraphs(_deck_page(linked, body)) == body
