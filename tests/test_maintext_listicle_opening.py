"""A listicle printed in two blocks, its items 1 to n - 1 in one and n onwards in the next (a
box of teasers between them), keeps its first part (`with_numbered_opening`), in four
languages; a numbered block that does not run 1 to n - 1, prose between the two, or a first
part that is mostly links stays out."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.maintext.listitems import with_numbered_opening
from pipeline.web.html import HtmlElement
from pipeline.web.linkstats import compute_stats

TIPS = {
    "en": [
        "Go for a walk in the park before work.",
        '"I read one chapter of a novel every night," a reader wrote to us.',
        "Call a friend instead of sending a message.",
        "Cook something new on Sunday.",
        "Tidy one drawer, not the whole flat.",
        "Leave the phone in another room for an hour.",
        "Write down three good things that happened today.",
        "Take the stairs.",
    ],
    "de": [
        "Vor der Arbeit einen Spaziergang im Park machen.",
        "„Ich lese jeden Abend ein Kapitel“, schrieb uns eine Leserin.",
        "Eine Freundin anrufen, statt zu schreiben.",
        "Am Sonntag etwas Neues kochen.",
        "Eine Schublade aufräumen, nicht die ganze Wohnung.",
        "Das Telefon eine Stunde lang in einem anderen Zimmer lassen.",
        "Drei schöne Dinge des Tages aufschreiben.",
        "Die Treppe nehmen.",
    ],
    "fr": [
        "Faire une promenade au parc avant le travail.",
        "« Je lis un chapitre chaque soir », nous a écrit une lectrice.",
        "Appeler une amie au lieu de lui écrire.",
        "Cuisiner quelque chose de nouveau le dimanche.",
        "Ranger un tiroir, pas tout l'appartement.",
        "Laisser le téléphone dans une autre pièce pendant une heure.",
        "Noter trois bonnes choses de la journée.",
        "Prendre l'escalier.",
    ],
    "es": [
        "Dar un paseo por el parque antes del trabajo.",
        "«Leo un capítulo cada noche», nos escribió una lectora.",
        "Llamar a una amiga en lugar de escribirle.",
        "Cocinar algo nuevo el domingo.",
        "Ordenar un cajón, no todo el piso.",
        "Dejar el teléfono en otra habitación durante una hora.",
        "Apuntar tres cosas buenas del día.",
        "Subir por la escalera.",
    ],
}
TEASERS = (
    '<div class="teasers">'
    + "".join(
        f'<p><a href="/story/{i}">Another story of the magazine, number {i}</a></p>'
        for i in range(4)
    )
    + "</div>"
)


def _lines(tips: list[str], start: int) -> str:
    return "".join(f"<p>{start + i}. {tip}</p>" for i, tip in enumerate(tips))


def _run(html: str) -> tuple[list[HtmlElement], list[HtmlElement]]:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    st = compute_stats(root)
    chosen = [root[-1]]
    return with_numbered_opening(chosen, st), list(root)


@pytest.mark.parametrize("lang", sorted(TIPS))
def test_the_listicles_first_items_before_a_teaser_box_are_kept(lang: str) -> None:
    tips = TIPS[lang]
    html = (
        f'<div class="story">{_lines(tips[:4], 1)}</div>{TEASERS}'
        f'<div class="more">{_lines(tips[4:], 5)}</div>'
    )
    out, blocks = _run(html)
    assert out == [blocks[0], blocks[2]]


def test_a_block_not_running_from_one_stays_out() -> None:
    tips = TIPS["en"]
    gap = f'<div class="story">{_lines(tips[1:4], 2)}</div><div class="more">{_lines(tips[4:], 5)}</div>'
    out, blocks = _run(gap)
    assert out == [blocks[1]]
    skip = (
        '<div class="story"><p>1. One</p><p>2. Two</p><p>4. Four</p></div>'
        f'<div class="more">{_lines(tips[4:], 5)}</div>'
    )
    out, blocks = _run(skip)
    assert out == [blocks[1]]


def test_prose_between_the_two_blocks_ends_the_search() -> None:
    tips = TIPS["de"]
    prose = (
        "<div class='box'><p>Eine ganz andere Geschichte über den Stadtrat, die mit der Liste"
        " nichts zu tun hat und hier zwischen den beiden Blöcken steht.</p></div>"
    )
    html = (
        f'<div class="story">{_lines(tips[:4], 1)}</div>{prose}'
        f'<div class="more">{_lines(tips[4:], 5)}</div>'
    )
    out, blocks = _run(html)
    assert out == [blocks[2]]


def test_a_first_part_of_links_stays_out() -> None:
    tips = TIPS["fr"]
    links = "".join(f'<p><a href="/t/{i}">{i + 1}. {tip}</a></p>' for i, tip in enumerate(tips[:4]))
    html = f'<div class="story">{links}</div><div class="more">{_lines(tips[4:], 5)}</div>'
    out, blocks = _run(html)
    assert out == [blocks[1]]


def test_a_list_opening_at_one_takes_nothing() -> None:
    tips = TIPS["es"]
    html = (
        f'<div class="story">{_lines(tips[:4], 1)}</div><div class="more">{_lines(tips, 1)}</div>'
    )
    out, blocks = _run(html)
    assert out == [blocks[1]]
