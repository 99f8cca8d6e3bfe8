"""French news pages (session 30, helper fr30): furniture labels French pages print that the
English lists already answered ("Vous aimerez aussi", "Dans la même rubrique",
"Partager cet article", "Réagir", "Voir les commentaires"), a label printed with the
typographic apostrophe (« Écouter l’article »: the lists spell "écouter l'article"), a
player's length under its label (« Durée : 02:31 »), a time counted back with the unit's
symbol (« il y a 3 h »), the disclaimer under an op-ed with "ne" elided (« Cette tribune
n’engage que son auteur ») and a player's notice for an old browser printed as a line (« Votre
navigateur ne supporte pas la lecture de vidéos »). "A lire aussi" without its accent is read
only before a link on its line. Every page here is made up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.maintext.labels import is_furniture_label
from pipeline.maintext.sitenotes import is_site_note
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.text.relativedates import relative_datetime, relative_span

_PARAGRAPHS = (
    "La commune de Saint-Aubin-des-Prés a inauguré samedi une halle couverte destinée au "
    "marché hebdomadaire, après deux ans de travaux et plusieurs reports de chantier.",
    "Les producteurs locaux, jusqu'ici installés sur la place de l'église, disposeront de "
    "trente emplacements abrités et d'un espace réfrigéré pour les produits frais.",
    "Le maire a indiqué que la halle accueillerait aussi des concerts et une brocante en été, "
    "afin que le bâtiment serve toute l'année aux associations du canton.",
    "Quelques riverains ont regretté la disparition de places de stationnement, un point que "
    "la municipalité promet de compenser par un parking à l'entrée du bourg.",
)
_TITLE = "Saint-Aubin-des-Prés inaugure sa halle de marché"


def _page(extra: dict[int, str] | None = None, top: str = "") -> str:
    extra = extra or {}
    body = "".join(f"<p>{p}</p>{extra.get(i, '')}" for i, p in enumerate(_PARAGRAPHS))
    return (
        f"<html lang='fr'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/communes/'>Communes</a></nav>"
        f"<article><h1>{_TITLE}</h1>{top}<div class='article-body'>{body}</div></article>"
        "<footer><a href='/mentions'>Mentions légales</a></footer></body></html>"
    )


def _article(html: str, fetched_at: datetime | None = None) -> Article:
    made = make_article(
        RawPage(
            url="https://gazette.example.fr/communes/halle-marche",
            body=html.encode(),
            fetched_at=fetched_at,
        )
    )
    assert isinstance(made, Article)
    for paragraph in _PARAGRAPHS:
        assert paragraph in made.text
    return made


@pytest.mark.parametrize(
    "label",
    [
        "À voir aussi :",
        "Vous aimerez aussi",
        "Dans la même rubrique",
        "Partager cet article",
        "Partagez",
        "Réagir",
        "Voir les commentaires",
        "Écouter l’article",
        "Partager l’article",
    ],
)
def test_french_labels_are_furniture(label: str) -> None:
    assert is_furniture_label(label)
    html = _page({2: f"<div class='x'><p>{label}</p></div>"})
    assert label not in _article(html).text


@pytest.mark.parametrize("label", ["A lire aussi :", "A LIRE AUSSI -", "A voir aussi :"])
def test_the_unaccented_pointer_before_a_link_is_dropped(label: str) -> None:
    link = "<a href='/communes/budget'>Le budget de la commune en hausse</a>"
    text = _article(_page({2: f"<p>{label} {link}</p>"})).text
    assert "Le budget de la commune" not in text
    assert label.rstrip(" :-") not in text


def test_the_unaccented_label_over_paragraphs_of_text_stays() -> None:
    # (a trafilatura snippet gold keeps such reviews under « A lire aussi : »; the label
    # alone opens no related box, only before a link on its line)
    review = (
        "Revue <em>Territoires</em> : <a href='https://revue.example.org/n12'>Les halles "
        "reviennent</a>. Un dossier sur le retour des marchés couverts dans les bourgs, leurs "
        "coûts et les usages qu'en font les associations, avec des témoignages d'élus."
    )
    text = _article(_page({3: f"<p>A lire aussi :</p><p>{review}</p>"})).text
    assert "Un dossier sur le retour des marchés couverts" in text


@pytest.mark.parametrize(
    "line",
    [
        "A lire aussi les propositions des habitants, publiées en mairie.",
        "Réagir vite aurait évité le pire, selon les pompiers.",
        "Partagez-vous cet avis ?",
    ],
)
def test_sentences_opened_by_the_same_words_stay(line: str) -> None:
    assert not is_furniture_label(line)


@pytest.mark.parametrize(
    "length",
    ["Durée : 02:31", "Durée de la vidéo : 2 min 31", "Duration: 1:02:31", "Dauer: 3 Min."],
)
def test_a_players_length_under_its_label_is_dropped(length: str) -> None:
    html = _page({0: f"<div class='video'><div class='player'></div><p>{length}</p></div>"})
    assert length not in _article(html).text


def test_a_sentence_about_a_duration_stays() -> None:
    line = "Durée : trois heures de débat, puis un vote à main levée."
    html = _page({1: f"<p>{line}</p>"})
    assert line in _article(html).text


_NOW = datetime(2026, 1, 9, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "hours"),
    [("il y a 3 h", 3), ("Il y a 3h", 3), ("Publié il y a 45 min", 0.75), ("il y a 2 j", 48)],
)
def test_a_time_counted_back_with_the_units_symbol(text: str, hours: float) -> None:
    found = relative_datetime(text, _NOW)
    assert found is not None
    assert (_NOW - found).total_seconds() == hours * 3600
    assert relative_span(text) is not None


@pytest.mark.parametrize("text", ["il y a 3 ha de vignes", "il y a 12 hommes", "3 h de route"])
def test_a_symbol_joined_to_a_word_is_no_unit(text: str) -> None:
    assert relative_datetime(text, _NOW) is None


def test_the_page_dated_by_il_y_a_3_h() -> None:
    html = _page(top="<p class='byline'>Par Jeanne Morel</p><span class='date'>il y a 3 h</span>")
    article = _article(html, fetched_at=_NOW)
    assert article.published_at is not None
    assert article.published_at.date() == _NOW.date()


@pytest.mark.parametrize(
    "line",
    [
        "Cette tribune n’engage que son auteur.",
        "Les opinions exprimées n'engagent que leurs auteurs.",
        "Les contenus de cet espace n'engagent pas la rédaction.",
    ],
)
def test_an_elided_french_disclaimer_is_a_site_note(line: str) -> None:
    assert is_site_note(line)
    assert line not in _article(_page({3: f"<p>{line}</p>"})).text


@pytest.mark.parametrize(
    "line",
    [
        "Le maire n'engage pas de travaux cette année, a indiqué la rédaction du bulletin.",
        "Cette promesse n'engage que ceux qui y croient, a ironisé le député.",
    ],
)
def test_a_sentence_with_n_engage_stays(line: str) -> None:
    assert not is_site_note(line)


@pytest.mark.parametrize(
    "notice",
    [
        "Votre navigateur ne supporte pas la lecture de vidéos.",
        "Votre navigateur ne prend pas en charge la vidéo HTML5.",
        "Your browser does not support the video tag.",
        "Ihr Browser unterstützt kein HTML5-Video.",
    ],
)
def test_a_players_old_browser_notice_printed_as_a_line_is_dropped(notice: str) -> None:
    html = _page({1: f"<div class='media'><p>{notice}</p></div>"})
    assert notice not in _article(html).text


def test_a_sentence_about_a_browser_stays() -> None:
    line = "Votre navigateur garde la trace des sites visités, rappelle la Cnil dans son guide."
    assert line in _article(_page({1: f"<p>{line}</p>"})).text
