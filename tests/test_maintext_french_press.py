"""The furniture of a modern French news page printed among its paragraphs (the paywall's
and the subscription offer's lines, a read-also pointer after a bar and a badge, a comment's
report button, the header's row of byline, dates and buttons) and the sentences of the same
words that stay text; the dates and authors of pages shaped as the French press prints them.
Lines and pages we wrote ourselves, patterned after no site."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.daterows import is_dateline_row
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.pages import article_from_page
from pipeline.records import Article, RawPage
from tests.sample_pages import story_with_lines

STORY = [
    "Le conseil municipal a adopté lundi soir le nouveau plan de circulation du centre-ville, "
    "après trois heures de débats parfois vifs entre la majorité et l’opposition.",
    "Le texte prévoit la fermeture aux voitures de deux rues commerçantes le samedi, ainsi "
    "que la création d’une navette gratuite entre les parkings relais et la place du marché.",
    "« Nous voulons rendre le cœur de ville aux piétons sans pénaliser les commerçants », a "
    "expliqué l’adjointe chargée des mobilités, qui promet un premier bilan dès l’automne.",
    "Les associations de riverains saluent une avancée, mais plusieurs commerçants craignent "
    "une baisse de leur chiffre d’affaires et réclament des places de livraison réservées.",
]

LINES = {
    "a paywall's prompt": [
        "Vous souhaitez lire la suite ? Abonnez-vous",
        "Abonnez-vous à partir de 1 € par mois",
        "Soutenez une rédaction indépendante : abonnez-vous.",
        "Déjà abonné ? Se connecter",
        "Vous êtes déjà abonnée ? Connectez-vous",
    ],
    "what the page is told to its reader": [
        "Vous lisez un article réservé aux abonnés.",
        "Cet article vous est offert par un abonné.",
        "Cet article est en accès libre.",
    ],
    "an offer's price and terms": [
        "Offre spéciale : 1 € le premier mois, sans engagement.",
        "2,99 € par mois, sans engagement",
    ],
    "a newsletter's pitch": [
        "Recevez chaque matin l’essentiel de l’actualité",
        "« La Lettre du matin » Chaque matin, l’essentiel de l’actualité",
    ],
    "a button or a heading of the site's picks": [
        "Signaler un abus",
        "Lien copié",
        "Sélectionné pour vous",
        "Nos lecteurs ont aussi lu",
        "Vous avez aimé cet article ?",
    ],
}

TEXT_LINES = [
    "Le forfait à 9,99 € par mois est sans engagement, précise l’opérateur.",
    "Cet article est en accès libre depuis lundi, a indiqué l’éditeur du journal.",
    "Déjà abonnée à deux quotidiens, elle lit la suite de l’enquête chaque soir.",
    "Chaque matin, l’essentiel de l’actualité locale est lu à l’antenne par deux animateurs.",
    "Les abonnés du réseau de bus pourront signaler un abus de contrôle sur le site de la ville.",
    "Par ailleurs, le décret publié le 8 janvier 2026 à 14h00 au Journal officiel précise "
    "les sanctions.",
]


def _page(lines: list[str], where: str = "end") -> str:
    return (
        "<html lang='fr'><head><title>Le centre-ville change de plan de circulation</title>"
        "</head><body><nav><a href='/'>Accueil</a> <a href='/ville'>Ville</a></nav><main>"
        "<article><h1>Le centre-ville change de plan de circulation</h1>"
        f"<div class='corps'>{story_with_lines(STORY, lines, where)}</div></article></main></body></html>"
    )


@pytest.mark.parametrize("kind", sorted(LINES))
def test_a_french_furniture_line_is_no_text(kind: str) -> None:
    for line in LINES[kind]:
        assert is_boilerplate_line(line), line
    assert own_paragraphs(_page(LINES[kind])) == STORY
    assert own_paragraphs(_page(LINES[kind], "middle")) == STORY


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_sentence_of_the_same_words_is_text(line: str) -> None:
    assert not is_boilerplate_line(line)
    assert own_paragraphs(_page([line], "middle")) == STORY[:2] + [line] + STORY[2:]


def test_a_read_also_pointer_after_a_bar_and_a_badge_is_no_text() -> None:
    pointer = (
        "<p>Lire aussi | <span>Article réservé à nos abonnés</span> "
        "<a href='/ville/parkings'>Parkings : les tarifs changent</a></p>"
    )
    html = _page([]).replace(f"<p>{STORY[2]}</p>", pointer + f"<p>{STORY[2]}</p>")
    assert own_paragraphs(html) == STORY


def _article(html: str) -> Article:
    page = RawPage(
        url="https://www.example.fr/ville/article/2026/01/08/circulation_123.html",
        body=html.encode(),
        fetched_at=datetime(2026, 1, 9, tzinfo=UTC),
    )
    return article_from_page(page)


def _press_page(header: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html lang='fr'><head><meta charset='utf-8'>"
        "<title>Le centre-ville change de plan de circulation</title></head><body>"
        "<header><nav><a href='/'>Accueil</a></nav></header><main><article>"
        "<h1>Le centre-ville change de plan de circulation</h1>"
        "<p class='chapo'>Deux rues fermées aux voitures le samedi, une navette gratuite : "
        "la majorité a fait adopter son plan malgré l’opposition.</p>"
        f"{header}<div class='corps'>{body}</div></article></main></body></html>"
    )


def test_the_header_row_of_byline_dates_and_buttons_is_no_text() -> None:
    row = (
        "<section class='infos'><span>Par <a href='/auteurs/claire-dupont'>Claire Dupont</a> "
        "et <a href='/auteurs/marc-lefevre'>Marc Lefèvre</a></span> <span>Publié le 8 janvier "
        "2026 à 14h03, modifié le 8 janvier 2026 à 16h20</span> <span>Temps de lecture 4 min."
        "</span> <span>Offrir l’article</span> <span>Lire plus tard</span> <span>Partager</span>"
        " <a>Partager sur Facebook</a> <a>Envoyer par e-mail</a></section>"
    )
    article = _article(_press_page(row))
    assert article.text.split("\n")[1:] == STORY  # (the standfirst first)
    assert article.author == "Claire Dupont, Marc Lefèvre"
    assert str(article.published_at).startswith("2026-01-08 14:03")


@pytest.mark.parametrize("space", [" ", "\xa0", "\t"])
def test_the_header_row_opens_on_par_and_any_space(space: str) -> None:
    row = f"Par{space}Claire Dupont et Marc Lefèvre Publié le 8 janvier 2026 à 14h03"
    assert is_dateline_row(row)
    assert not is_dateline_row(f"Par{space}ailleurs, le décret publié le 8 janvier à 14h00")


def test_a_caption_dated_above_the_publication_line_dates_no_article() -> None:
    header = (
        "<figure><img src='/img/rue.jpg' alt=''><figcaption>La rue du Marché, à Rennes, le 6 "
        "janvier 2026. (JEAN MARTIN / AFP)</figcaption></figure>"
        "<div class='signature'><p>Article rédigé par</p><p>Sophie Bernard</p></div>"
        "<div class='dates'><p>Publié le 08/01/2026 14:03</p>"
        "<p>Mis à jour le 08/01/2026 16:20</p></div>"
    )
    article = _article(_press_page(header))
    assert str(article.published_at).startswith("2026-01-08 14:03")
    assert article.text.split("\n")[-len(STORY) :] == STORY


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        (
            "Par Claire Dupont et Marc Lefèvre, le 8 janvier 2026 à 14h03",
            "Claire Dupont, Marc Lefèvre",
            "2026-01-08",
        ),
        ("Par Jean Martin Publié le 08/01/2026 à 14:03", "Jean Martin", "2026-01-08"),
        ("par Sophie Bernard publié le 8 janvier 2026 à 14h03", "Sophie Bernard", "2026-01-08"),
        ("Publié le 8 janvier 2026 à 14h03 - Par Claire Dupont", "Claire Dupont", "2026-01-08"),
    ],
)
def test_french_bylines_and_dates(line: str, author: str, day: str) -> None:
    article = _article(_press_page(f"<div class='infos'>{line}</div>"))
    assert article.author == author
    assert str(article.published_at).startswith(day)
    assert article.text.split("\n")[1:] == STORY
