"""The opening of a paywalled article, two long paragraphs in a block named for the paywall
("post-paywall"), is the article's text (pipeline.web.namedtext `is_metered_text`: three
paragraphs of prose, or two holding `_METERED_CHARS`); a prompt of two short paragraphs so
named stays out. Markup of our own."""

from __future__ import annotations

import lxml.html

from pipeline.maintext.core import own_paragraphs
from pipeline.web.namedtext import is_metered_text

OPENING = [
    "Le président ne parvient pas à remonter la pente et à se défaire d'une forte impopularité "
    "dans le baromètre publié ce mois-ci, où sa cote de confiance demeure stable à un niveau "
    "très bas. La crise internationale et sa récente tournée à l'étranger auraient pu provoquer "
    "un sursaut dans l'opinion, comme cela s'était produit il y a deux ans lors d'une autre "
    "crise. Il n'en a rien été, constatent les auteurs de l'enquête, qui notent un recul.",
    "« Son action face à la crise est majoritairement bien perçue par les Français. Mais cela ne "
    "change le regard que porte l'opinion sur sa politique qu'à la marge », constate le "
    "président de l'institut de sondage. L'électorat de la gauche modérée lui fait plutôt "
    "crédit de sa position, tandis que la droite reste partagée sur la conduite de l'exécutif "
    "depuis la rentrée et sur ses choix budgétaires pour l'année prochaine.",
]
TEASERS = [
    f"Le réseau de tunnels sous la ville, un labyrinthe de {i} kilomètres." for i in range(5)
]
PROMPT = [
    "Cet article est réservé aux abonnés.",
    "Pour lire la suite, abonnez-vous dès maintenant : un euro le premier mois, sans engagement.",
]


def _page(paywalled: list[str]) -> str:
    teasers = "".join(
        f"<div class='card'><h3><a href='/r/{i}'>Reportage {i}</a></h3><p>{t}</p></div>"
        for i, t in enumerate(TEASERS)
    )
    return (
        "<html><head><title>Le président reste impopulaire</title></head><body><article>"
        "<h1>Le président reste impopulaire</h1><div class='sc-1 body'><div class='sc-2'>"
        "<div class='sc-3 post-paywall'>"
        + "".join(f"<p>{p}</p>" for p in paywalled)
        + f"</div></div></div><div class='sc-4'>{teasers}</div></article></body></html>"
    )


def test_two_long_paragraphs_named_for_the_paywall_are_the_text() -> None:
    kept = own_paragraphs(_page(OPENING))
    assert kept[:2] == OPENING
    assert not any("tunnels" in line for line in kept)


def test_a_short_prompt_named_for_the_paywall_stays_out() -> None:
    assert not any("abonnés" in line for line in own_paragraphs(_page(PROMPT)))


def test_the_block_reads_as_metered_text_by_its_two_long_paragraphs() -> None:
    def block(paras: list[str]) -> bool:
        html = "<div class='sc-3 post-paywall'>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
        return is_metered_text(lxml.html.fragment_fromstring(html))

    assert block(OPENING)
    assert not block(PROMPT)
    assert not block(OPENING[:1])
