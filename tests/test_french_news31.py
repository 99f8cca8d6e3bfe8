"""French news pages (session 31, helper fr31), and the one-word labels of every language: a
button or a badge printed as a line of the body (« Lire », « Écouter », « Abonnés »,
« Exclusif », "Anhören", "Ascolta", "Słuchaj", "Слушать"); the box under a translated article
presenting the foreign paper it comes from (« Source de l'article », its name, its town, a
paragraph on it) and the slider of the site's offers after it (« Nos services », each card
closed by « Je reçois mon invitation → »); the controls of a French page's player, reader's
tools and offers; an embed's placeholder asking for cookies; « Vous avez trouvé une erreur
? », « Vous devez être connecté pour publier un commentaire », « Lecture en 3 min », « Le texte
se poursuit après la publicité ». Sentences opening with the same words stay. Every page here
is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.calltoaction import is_call_to_action
from tests.made_articles import article_keeping, lines_beside

_PARAGRAPHS = (
    "La municipalité a présenté mardi son plan de végétalisation des cours d'école, qui doit "
    "transformer trente-deux cours goudronnées en îlots de fraîcheur d'ici à l'été 2028.",
    "Les premiers chantiers commenceront pendant les vacances de printemps dans les écoles "
    "les plus exposées aux fortes chaleurs, selon une carte établie avec Météo-France.",
    "Les parents d'élèves, consultés depuis l'automne, ont demandé que les travaux ne privent "
    "pas les enfants de leur cour pendant plus de deux semaines.",
    "L'adjointe chargée de l'éducation a promis un bilan public après la première année, avec "
    "des relevés de température réalisés par les élèves eux-mêmes.",
)
_TITLE = "Trente-deux cours d'école vont être végétalisées"


def _page(in_body: str = "", after_text: str = "") -> str:
    half = len(_PARAGRAPHS) // 2
    first = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[:half])
    second = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[half:])
    return (
        f"<html lang='fr'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        "<header><nav><a href='/'>Accueil</a> <a href='/societe/'>Société</a></nav></header>"
        f"<main><article class='article'><h1>{_TITLE}</h1><div class='article-content'>"
        f"<div class='article-text'>{first}{in_body}{second}</div>"
        f"<div class='article-secondary'>{after_text}</div></div></article>"
        "<aside><a href='/plus-lus'>Les plus lus</a></aside></main>"
        "<footer><a href='/mentions'>Mentions légales</a></footer></body></html>"
    )


def _text(html: str) -> str:
    url = "https://journal.example.fr/societe/cours-ecole-vegetalisees"
    return article_keeping(html, url, _PARAGRAPHS).text


def _lines(text: str) -> list[str]:
    return lines_beside(text, _PARAGRAPHS)


@pytest.mark.parametrize(
    "label",
    [
        "Lire",
        "Écouter",
        "Abonnés",
        "Exclusif",
        "Lire plus tard",
        "Offrir l’article",
        "Sauvegarder",
        "Anhören",
        "Merken",
        "Exklusiv",
        "Escuchar",
        "Ascolta",
        "Słuchaj",
        "Слушать",
        "Exclusive",
        "Dinle",
        "Lyssna",
        "Exkluzív",
    ],
)
@pytest.mark.parametrize("tag", ["p", "div", "span"])
def test_a_buttons_or_badges_one_word_between_paragraphs_goes(label: str, tag: str) -> None:
    assert _lines(_text(_page(in_body=f"<{tag}>{label}</{tag}>"))) == []


@pytest.mark.parametrize(
    "line",
    [
        "Passer la publicité",
        "Voir la vidéo",
        "Ouvrir en mode plein écran",
        "Ajouter aux favoris",
        "Suivre ce sujet",
        "Télécharger l’application",
        "Signaler une coquille",
        "Pour poursuivre votre lecture",
        "Déjà abonné ? Connectez-vous",
        "Découvrir les offres",
        "Abonnez-vous à notre infolettre",
        "Partager par courriel",
        "En savoir plus",
        "Article réservé aux abonnés",
    ],
)
def test_a_french_pages_controls_printed_in_the_body_go(line: str) -> None:
    assert _lines(_text(_page(in_body=f"<p>{line}</p>"))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lire entre les lignes n'est pas donné à tout le monde, a rappelé la juge.",
        "Écouter les habitants, c'est la première promesse de la nouvelle équipe.",
        "Exclusif : le maire renonce à se représenter.",
        "En savoir plus sur les essences plantées a été la première demande des parents.",
    ],
)
def test_a_sentence_opening_with_a_buttons_words_stays(sentence: str) -> None:
    assert sentence in _text(_page(in_body=f"<p>{sentence}</p>"))


_DESCRIPTION = (
    "Fondé en 1887, c'est le plus ancien quotidien du pays encore publié. De tendance libérale, "
    "il s'est illustré par ses enquêtes sur le crime organisé, qui lui ont valu un attentat "
    "contre son siège. Son site publie des chroniques très suivies et des dossiers sur "
    "l'environnement, souvent repris par la presse étrangère."
)
_SOURCE_BOX = (
    "<div class='box-source'><div class='section-title'>Source de l’article</div>"
    "<div class='infos'><img src='/logo.png' alt='Logo'><span class='name'>El Diario Austral</span>"
    f" <span class='town'>(Valdivia)</span><div class='text'><p>{_DESCRIPTION}</p>"
    f"<p>{_DESCRIPTION}</p></div><a href='/notule/el-diario'>Lire la suite</a></div></div>"
)


def _card(href: str, title: str, description: str, action: str) -> str:
    return (
        f"<div class='item'><a href='{href}'><div class='image'><img src='{href}.jpg' alt=''>"
        f"</div><div class='title'>{title}</div><div class='description'>{description}</div>"
        f"<div class='action'>{action}</div></a></div>"
    )


_SERVICES = (
    "<section class='services' data-slider><div class='section-title'>Nos services</div>"
    "<div class='wrap'>"
    + _card(
        "/club/avant-premiere",
        "Avant-première « Les Feux de l'hiver »",
        "Tentez de remporter une invitation pour l'avant-première du film, suivie d'une "
        "rencontre avec la réalisatrice.",
        "Je reçois mon invitation →",
    )
    + _card(
        "/cours-langues",
        "Cours de langues en ligne",
        "Profitez d'un mois d'essai gratuit pour progresser avec nos leçons quotidiennes.",
        "J’en profite ->",
    )
    + "</div></section>"
)


def test_the_source_papers_box_under_a_translated_article_goes() -> None:
    text = _text(_page(after_text=_SOURCE_BOX))
    assert "El Diario Austral" not in text
    assert "Fondé en 1887" not in text
    assert "Source de l" not in text


def test_the_offers_slider_after_the_source_box_goes_with_it() -> None:
    text = _text(_page(after_text=_SOURCE_BOX + _SERVICES))
    assert "Nos services" not in text
    assert "invitation" not in text
    assert "El Diario Austral" not in text


def test_the_source_line_with_its_label_goes() -> None:
    line = "Source de l’article : El Diario Austral, Valdivia"
    assert _lines(_text(_page(in_body=f"<p>{line}</p>"))) == []


def test_a_sentence_naming_the_source_of_the_article_stays() -> None:
    sentence = "La source de l'article, un rapport interne, a été authentifiée par deux experts."
    assert sentence in _text(_page(in_body=f"<p>{sentence}</p>"))


@pytest.mark.parametrize(
    ("line", "button"),
    [
        ("Je reçois mon invitation →", True),
        ("J’en profite ->", True),
        ("Je m'abonne", True),
        ("Je tente ma chance", True),
        ("Découvrir l'offre →", True),
        ("Je suis venue pour travailler", False),
        ("Je soutiens la réforme.", False),
        ("Paris → Lyon", False),
        ("<!-- fin du formulaire -->", False),
        ("→", False),
    ],
)
def test_a_buttons_call_to_action(line: str, button: bool) -> None:
    assert is_call_to_action(line) is button


@pytest.mark.parametrize(
    "placeholder",
    [
        "Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.",
        "Pour afficher ce contenu, vous devez accepter les cookies.",
        "This content is blocked because you have not accepted cookies.",
        "Um diesen Inhalt zu sehen, müssen Sie der Nutzung von Cookies zustimmen.",
    ],
)
def test_an_embeds_cookie_placeholder_goes(placeholder: str) -> None:
    assert _lines(_text(_page(in_body=f"<p>{placeholder}</p>"))) == []


def test_a_sentence_on_cookies_stays() -> None:
    sentence = (
        "La CNIL a sanctionné le site, qui déposait des cookies sans le consentement des "
        "internautes, d'une amende de 2 millions d'euros."
    )
    assert sentence in _text(_page(in_body=f"<p>{sentence}</p>"))


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez trouvé une erreur ?",
        "Vous devez être connecté pour publier un commentaire.",
        "Connectez-vous à votre compte pour participer à la conversation.",
        "You must be logged in to post a comment.",
        "Lecture en 3 min.",
        "Le texte se poursuit après la publicité",
    ],
)
def test_a_site_note_in_the_body_goes(line: str) -> None:
    assert _lines(_text(_page(in_body=f"<p>{line}</p>"))) == []


def test_an_interviewers_short_question_stays() -> None:
    assert "Une erreur ?" in _text(_page(in_body="<p>Une erreur ?</p>"))
