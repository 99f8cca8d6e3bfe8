"""French news pages (session 33, helper fr33): what a probe of made-up French article pages
found us getting wrong. A byline whose date follows the name after a comma or a dash ("Par
Marie Dupont, le 8 janvier 2026 à 14h03", "Par Marie Dupont - Le 8 janvier 2026") gave the
date's "le" as a second author (a weekday before the date, "mardi", and the French "il y a"
of a relative time likewise); one whose update label follows the name ("Par Marie Dupont Mis à
jour le 8 janvier 2026") gave no author at all. The wire services credited on the
text's last line ("(avec AFP)", "Marie Dupont (avec AFP)", "(With Reuters)") were kept as
article text, where the bare "Avec AFP" (a short unpunctuated line) was already dropped. The
site's own channels pitched in a line: following it on Google Actualités / Google News, its
channel to join named after the noun ("Rejoignez notre chaîne WhatsApp"), its app to download ("Téléchargez
l'application X pour suivre l'info", "Download our app"), an error to report ("Vous avez repéré
une erreur ? Signalez-la"). Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.appeals import is_appeal
from pipeline.maintext.edges import is_agency_credit
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.web.metadata.names import split_authors

_PARAGRAPHS = (
    "Le conseil municipal de Saint-Aubert a voté mardi soir la rénovation complète de la "
    "médiathèque, un chantier estimé à 4,2 millions d'euros qui doit débuter au printemps.",
    "Selon l'adjointe à la culture, les travaux dureront dix-huit mois\u202f; la médiathèque "
    "restera ouverte dans des locaux provisoires installés près de la gare routière.",
    "L'opposition a voté contre, jugeant le coût trop élevé au regard de l'état des finances "
    "de la commune et de la hausse des taux d'intérêt observée depuis le début de l'année.",
    "Les habitants pourront consulter les plans lors d'une réunion publique organisée le mois "
    "prochain dans la salle des fêtes, en présence des architectes du projet retenu.",
)
_TITLE = "Saint-Aubert vote la rénovation de sa médiathèque"


def _article(top: str = "", tail: str = "") -> Article:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    html = (
        f"<html lang='fr'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/region/'>Région</a></nav>"
        f"<article><h1>{_TITLE}</h1>{top}<div class='article-body'>{body}{tail}</div>"
        "</article><footer><a href='/mentions'>Mentions légales</a></footer></body></html>"
    )
    made = make_article(
        RawPage(
            url="https://journal.example.fr/region/mediatheque-saint-aubert", body=html.encode()
        )
    )
    assert isinstance(made, Article)
    for paragraph in _PARAGRAPHS:
        assert paragraph in made.text
    return made


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Par Marie Dupont, le 8 janvier 2026 à 14h03", ["Marie Dupont"]),
        ("Par Marie Dupont - Le 8 janvier 2026 à 14h03", ["Marie Dupont"]),
        ("Par Marie Dupont Mis à jour le 8 janvier 2026 à 14h03", ["Marie Dupont"]),
        (
            "Par Marie Dupont et Paul Leroy, mis à jour le 9 janvier 2026",
            ["Marie Dupont", "Paul Leroy"],
        ),
        # a weekday before the date, a relative time ("il y a": "y" joins names in Spanish)
        ("Par Marie Dupont, mardi 8 janvier 2026 à 14h03", ["Marie Dupont"]),
        ("Par Marie Dupont - Mardi 8 janvier 2026", ["Marie Dupont"]),
        ("Von Anna Berg, Dienstag, 8. Januar 2026", ["Anna Berg"]),
        ("Par Marie Dupont, il y a 3 heures", ["Marie Dupont"]),
        ("Por Ana Gómez y Luis Pérez", ["Ana Gómez", "Luis Pérez"]),
        ("Por Plácido Domingo", ["Plácido Domingo"]),
        # as before: the label after the name, the English "on", a name alone
        ("Par Marie Dupont - Publié le 8 janvier 2026", ["Marie Dupont"]),
        ("By Jane Miller, on January 8, 2026", ["Jane Miller"]),
        ("Par Marie Dupont", ["Marie Dupont"]),
    ],
)
def test_french_byline_with_its_date_gives_the_names(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


@pytest.mark.parametrize(
    "byline",
    [
        "Par Marie Dupont, le 8 janvier 2026 à 14h03",
        "Par Marie Dupont Mis à jour le 8 janvier 2026",
    ],
)
def test_page_byline_with_its_date(byline: str) -> None:
    made = _article(top=f"<p class='byline'>{byline}</p>")
    assert made.author == "Marie Dupont"
    assert made.published_at is not None and made.published_at.day == 8


@pytest.mark.parametrize(
    "line",
    [
        "(avec AFP)",
        "(Avec AFP)",
        "Avec AFP.",
        "(Avec AFP et Reuters)",
        "(avec agences)",
        "Marie Dupont (avec AFP)",
        "Marie Dupont avec AFP",
        "(With Reuters)",
        "(mit dpa)",
        "(com agências)",  # the words of "agencies" `orgwords` holds (review33b)
        "(con agenzie)",
    ],
)
def test_agency_credit_lines(line: str) -> None:
    assert is_agency_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Il a déjeuné avec AFP.",  # a sentence's words before it
        "Ensuite avec AFP.",  # one capitalised word: no writer's name
        "Avec plaisir",
        "(avec AFP et nous)",  # an item that is no wire service
        "Marie Dupont (avec AFP) a signé le texte de l'appel publié par le collectif.",
    ],
)
def test_not_agency_credit_lines(line: str) -> None:
    assert not is_agency_credit(line)


@pytest.mark.parametrize(
    "tail",
    ["<p>(avec AFP)</p>", "<p>Marie Dupont (avec AFP)</p>", "<p><em>(With Reuters)</em></p>"],
)
def test_closing_agency_credit_is_not_text(tail: str) -> None:
    made = _article(tail=tail)
    assert "AFP" not in made.text and "Reuters" not in made.text
    assert made.text.rstrip().endswith(_PARAGRAPHS[-1])


def test_agency_named_in_the_last_paragraph_stays() -> None:
    closing = (
        "Interrogée par téléphone, la maire a confirmé l'information avec AFP et plusieurs "
        "journaux régionaux présents lors du conseil."
    )
    made = _article(tail=f"<p>{closing}</p>")
    assert closing in made.text


@pytest.mark.parametrize(
    "line",
    [
        "Suivez toute l'actualité de votre région sur Google Actualités.",
        "Suivez-nous sur Google Actualités.",
        "Follow us on Google News.",
        "Rejoignez notre chaîne WhatsApp pour ne rien manquer.",
        "Abonnez-vous à notre chaîne YouTube.",
        "Téléchargez l'application Le Journal pour suivre l'info en temps réel.",
        "Téléchargez gratuitement notre application.",
        "Download our app to stay informed.",
        "Vous avez repéré une erreur ? Signalez-la à la rédaction.",
        "Spotted an error? Let us know.",
    ],
)
def test_own_channel_appeals(line: str) -> None:
    assert is_appeal(line)


@pytest.mark.parametrize(
    "line",
    [
        "Google Actualités a changé la façon dont il classe les articles régionaux.",
        "Téléchargez l'application de la mairie.",  # no pitch of following the news
        "La mairie a reconnu une erreur dans le calcul des subventions.",
        "Download the report here.",
        "La chaîne YouTube du musée a été suspendue pendant deux jours.",
        "Découvrez nos vidéos de démonstration sur notre chaîne YouTube.",  # asks none to join
    ],
)
def test_not_own_channel_appeals(line: str) -> None:
    assert not is_appeal(line)


def test_page_closing_appeals_are_not_text() -> None:
    tail = (
        "<p>Vous avez repéré une erreur ? Signalez-la à la rédaction.</p>"
        "<p>Suivez toute l'actualité de votre région sur Google Actualités.</p>"
    )
    made = _article(tail=tail)
    assert "Google" not in made.text and "erreur" not in made.text
