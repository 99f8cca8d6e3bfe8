"""French news pages (session 29, helper fr29): the kinds a probe of modern French article
markup found us missing. Bylines opened by a participle before "par" ("Propos recueillis
par", "Recueilli par", "Entretien réalisé par", "Rédigé par", "Publié par ... le ...") and
"La chronique de", "Interview par", and the outlet closing a byline ("Par X pour Le
Journal", "Jane Doe for The Guardian", after a full name); a date "Publié le 08/01/26 à 14h32" (a two-digit year with a French
time); and lines of the article body that are furniture: the paywall's meter ("Vous avez lu
3 articles sur 5 ce mois-ci"), the share of the article left ("Il vous reste 65 % de cet
article à lire"), the reading time "Lecture 3 min.", an invitation to follow the site's news
on a network. Every page here is made up."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.maintext.appeals import is_appeal
from pipeline.maintext.datelines import is_dateline
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.text.dates import date_in_text
from pipeline.web.metadata.names import split_authors

_PARAGRAPHS = (
    "Le conseil communautaire de Val-Fleuri a adopté jeudi soir un plan de mobilité qui "
    "prévoit trois nouvelles lignes de bus et un réseau de pistes cyclables continu.",
    "Les élus de la minorité ont regretté un calendrier jugé trop lent et demandé que les "
    "communes rurales du nord soient desservies avant la fin de l'année prochaine.",
    "Le président de l'intercommunalité a rappelé que les travaux seraient financés en partie "
    "par la région et qu'une consultation des habitants aurait lieu au printemps.",
    "Les associations d'usagers ont salué un effort attendu depuis longtemps, tout en "
    "réclamant des horaires élargis le soir et le dimanche pour les salariés de la zone.",
)
_TITLE = "Val-Fleuri adopte son plan de mobilité"


def _article(top: str = "", extra: dict[int, str] | None = None, tail: str = "") -> Article:
    extra = extra or {}
    body = "".join(f"<p>{p}</p>{extra.get(i, '')}" for i, p in enumerate(_PARAGRAPHS))
    html = (
        f"<html lang='fr'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/region/'>Région</a></nav>"
        f"<article><h1>{_TITLE}</h1>{top}<div class='article-body'>{body}</div>{tail}</article>"
        "<footer><a href='/mentions'>Mentions légales</a></footer></body></html>"
    )
    made = make_article(
        RawPage(url="https://journal.example.fr/region/plan-mobilite", body=html.encode())
    )
    assert isinstance(made, Article)
    for paragraph in _PARAGRAPHS:
        assert paragraph in made.text
    return made


_DATE = "<p class='date'>Publié le 8 janvier 2026 à 14h32</p>"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Propos recueillis par Claire Fontaine", "Claire Fontaine"),
        ("Propos recueillis par Claire Fontaine et Hugo Marchal", "Claire Fontaine, Hugo Marchal"),
        ("Recueilli par Claire Fontaine", "Claire Fontaine"),
        ("Recueillis par Claire Fontaine", "Claire Fontaine"),
        ("Entretien réalisé par Claire Fontaine", "Claire Fontaine"),
        ("Rédigé par Claire Fontaine", "Claire Fontaine"),
        ("Publié par Claire Fontaine le 8 janvier 2026", "Claire Fontaine"),
        ("La chronique de Claire Fontaine", "Claire Fontaine"),
        ("Chronique de Claire Fontaine", "Claire Fontaine"),
        ("Interview par Claire Fontaine", "Claire Fontaine"),
        ("Par Claire Fontaine pour La Gazette du Val", "Claire Fontaine"),
    ],
)
def test_a_participle_or_a_piece_kind_before_the_name(byline: str, author: str) -> None:
    made = _article(top=f"<p class='byline'>{byline}</p>{_DATE}")
    assert made.author == author
    assert byline not in made.text


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Claire Fontaine et Hugo Marchal pour Le Journal", ["Claire Fontaine", "Hugo Marchal"]),
        ("Jane Doe for The Guardian", ["Jane Doe"]),
        ("Ana Pérez para El País", ["Ana Pérez"]),
        ("Claire Fontaine, pour La Gazette", ["Claire Fontaine"]),  # (read before, unchanged)
        # an op-ed's signature: a profession in lower case after the name
        ("Par Claire Fontaine, économiste", ["Claire Fontaine"]),
        (
            "Claire Fontaine, sociologue, et Hugo Marchal, historien",
            ["Claire Fontaine", "Hugo Marchal"],
        ),
        ("Claire Fontaine, ancienne ministre", ["Claire Fontaine"]),  # (read before, unchanged)
        # an institution's name with the same connector stays whole (not German "für")
        ("Center for American Progress", ["Center for American Progress"]),
        ("Comité pour la Liberté", ["Comité pour la Liberté"]),
    ],
)
def test_the_outlet_or_the_profession_closing_a_byline_is_no_name(
    value: str, names: list[str]
) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize("byline", ["La Tribune de Genève", "La chronique de la ville"])
def test_a_title_shaped_like_a_piece_kind_names_nobody(byline: str) -> None:
    made = _article(top=f"<p class='byline'>{byline}</p>{_DATE}")
    assert made.author is None


def test_the_plain_par_byline_is_unchanged() -> None:
    made = _article(top=f"<p class='byline'>Par Claire Fontaine et Hugo Marchal</p>{_DATE}")
    assert made.author == "Claire Fontaine, Hugo Marchal"


def test_a_two_digit_year_with_a_french_time() -> None:
    made = _article(
        top="<p class='byline'>Par Claire Fontaine</p><p>Publié le 08/01/26 à 14h32</p>"
    )
    assert made.published_at is not None
    assert (made.published_at.date().isoformat(), made.published_at.hour) == ("2026-01-08", 14)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Publié le 08/01/26 à 14h32", "2026-01-08"),
        ("Le 02/11/23 à 11h55 — Mis à jour le 02/11/23 à 14h01", "2023-11-02"),
        ("08.01.26 à 9h05", "2026-01-08"),
        ("08/01/26 14:32", "2026-01-08"),  # (read before, unchanged)
    ],
)
def test_a_two_digit_year_is_read_before_a_time(text: str, day: str) -> None:
    found = date_in_text(text, language="fr")
    assert isinstance(found, datetime)
    assert found.date().isoformat() == day


@pytest.mark.parametrize("text", ["Publié le 08/01/26", "version 1.2.26 h", "12/03/26 14h"])
def test_a_two_digit_year_without_a_time_is_no_date(text: str) -> None:
    assert date_in_text(text, language="fr") is None


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez lu 3 articles sur 5 ce mois-ci. Abonnez-vous pour un accès illimité.",
        "Vous avez atteint votre limite d’articles gratuits.",
        "Il vous reste 65.22% de cet article à lire. La suite est réservée aux abonnés.",
        "Il vous reste 80 % à découvrir.",
        "Cet article est réservé aux abonnés.",
    ],
)
def test_the_paywall_meter_and_lock_are_appeals(line: str) -> None:
    assert is_appeal(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez lu le rapport ? Il est accablant.",
        "Il vous reste 3 jours pour voter.",
        "Le juge a rappelé que cet article est réservé aux abonnés du service public.",
    ],
)
def test_sentences_of_a_story_with_those_words_are_not(line: str) -> None:
    assert not is_appeal(line)


@pytest.mark.parametrize("line", ["Lecture 3 min.", "Lecture : 4 min"])
def test_the_bare_reading_time(line: str) -> None:
    assert is_dateline(line)


def test_lecture_in_a_sentence_is_no_reading_time() -> None:
    assert not is_dateline("Lecture 3 minutes de Proust chaque soir")


def test_the_furniture_lines_leave_the_body() -> None:
    meter = (
        "<div class='meter'><p>Vous avez lu 3 articles sur 5 ce mois-ci. Abonnez-vous.</p></div>"
    )
    follow = "<p>Suivez toute l’actualité de votre région sur notre page Facebook et sur X.</p>"
    made = _article(
        top=f"<p class='byline'>Par Claire Fontaine</p>{_DATE}<p>Lecture 3 min.</p>",
        extra={1: meter},
        tail=follow,
    )
    for furniture in ("Vous avez lu", "Lecture 3 min", "Suivez toute"):
        assert furniture not in made.text
