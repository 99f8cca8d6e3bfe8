"""Three metadata kinds of French news pages (and the same shapes in English and German): a
time printed without a zone takes the offset the page's own machine times state; a byline's
label crediting a desk and its agency (« Article rédigé par / <desk> avec AFP / <broadcaster> »)
names no person, and a person named there wins; a signature closing the text with the place
it was written in brackets (« A et B (à Bruxelles) ») gives the authors and leaves the text.
Pages we wrote ourselves, patterned after no site."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipeline.pages import article_from_page
from pipeline.records import Article, RawPage

STORY = [
    "La commune a voté jeudi soir l’extension du réseau de pistes cyclables vers les deux "
    "zones d’activité du nord, un projet attendu depuis près de dix ans par les usagers.",
    "Les travaux commenceront au printemps et dureront dix-huit mois, selon le calendrier "
    "présenté en séance par le service de la voirie, qui prévoit des coupures ponctuelles.",
    "« Chaque kilomètre compte pour ceux qui viennent travailler à vélo », a souligné le "
    "conseiller délégué, rappelant que la fréquentation a doublé en trois ans.",
    "L’opposition a voté pour, tout en regrettant l’absence de stationnement sécurisé près "
    "de la gare, que la majorité promet d’étudier lors du prochain budget.",
]
TITLE = "Les pistes cyclables gagnent les zones d’activité"
PARIS_WINTER = timezone(timedelta(hours=1))


def _page(header: str, tail: str = "", head: str = "", lang: str = "fr") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html lang='{lang}'><head><title>{TITLE}</title>{head}</head><body><main><article>"
        f"<h1>{TITLE}</h1>{header}<div class='corps'>{paras}{tail}</div>"
        "</article></main></body></html>"
    )


def _article(html: str) -> Article:
    page = RawPage(
        url="https://www.example.fr/velo/article/pistes-cyclables_4521.html",
        body=html.encode(),
        fetched_at=datetime(2026, 1, 10, tzinfo=UTC),
    )
    return article_from_page(page)


_LD = '<script type="application/ld+json">{{"@type":"NewsArticle","{key}":"{value}"}}</script>'


@pytest.mark.parametrize(
    ("header", "head"),
    [
        (  # the publication in a <time> stating +01:00, the update printed without a zone
            "<p class='meta'>Publié le <time datetime='2026-01-08T14:03:00+01:00'>8 janvier "
            "2026 à 14h03</time>, mis à jour le 08/01/2026 à 16:20</p>",
            "",
        ),
        (  # the publication in the JSON-LD, both printed without a zone
            "<p class='meta'>Publié le 8 janvier 2026 à 14h03, mis à jour le 8 janvier 2026 "
            "à 16h20</p>",
            _LD.format(key="datePublished", value="2026-01-08T14:03:00+01:00"),
        ),
    ],
)
def test_a_printed_update_takes_the_offset_the_page_states(header: str, head: str) -> None:
    article = _article(_page(header, head=head))
    assert article.published_at == datetime(2026, 1, 8, 14, 3, tzinfo=PARIS_WINTER)
    assert article.modified_at == datetime(2026, 1, 8, 16, 20, tzinfo=PARIS_WINTER)
    assert article.published_at.utcoffset() == article.modified_at.utcoffset()


def test_a_printed_publication_takes_the_offset_of_the_stated_update() -> None:
    header = "<p class='meta'>Veröffentlicht am 08.01.2026, 14:03 Uhr</p>"
    head = _LD.format(key="dateModified", value="2026-01-08T16:20:00+01:00")
    article = _article(_page(header, head=head, lang="de"))
    assert article.published_at == datetime(2026, 1, 8, 14, 3, tzinfo=PARIS_WINTER)
    assert article.published_at.utcoffset() == timedelta(hours=1)


def test_an_english_printed_update_takes_the_times_offset() -> None:
    header = (
        "<p class='meta'>Published <time datetime='2026-01-08T14:03:00-05:00'>January 8, 2026 "
        "2:03 PM</time> Updated January 8, 2026 4:20 PM</p>"
    )
    article = _article(_page(header, lang="en"))
    new_york = timezone(timedelta(hours=-5))
    assert article.published_at == datetime(2026, 1, 8, 14, 3, tzinfo=new_york)
    assert article.modified_at == datetime(2026, 1, 8, 16, 20, tzinfo=new_york)
    assert article.modified_at.utcoffset() == timedelta(hours=-5)


def test_a_page_stating_no_offset_is_read_in_its_domains_country_zone() -> None:
    # (no offset in its markup: the ".fr" domain's country keeps one clock, Paris's; on a
    # generic domain the clock stays UTC: tests/test_dates_country_zone.py)
    header = (
        "<p class='meta'>Publié le 8 janvier 2026 à 14h03, mis à jour le 8 janvier 2026 à 16h20</p>"
    )
    article = _article(_page(header))
    paris = timezone(timedelta(hours=1))
    assert article.published_at == datetime(2026, 1, 8, 14, 3, tzinfo=paris)
    assert article.modified_at == datetime(2026, 1, 8, 16, 20, tzinfo=paris)


_SITE = "<meta property='og:site_name' content='infocontinue'>"
_DATE = "<p>Publié le 08/01/2026 14:03</p>"


def _credit(*parts: str) -> str:
    spans = "".join(f"<span>{p}</span> " for p in parts)
    return f"<div class='signature'>{spans}</div>{_DATE}"


def test_a_desk_and_its_broadcaster_under_a_label_are_no_person() -> None:
    header = _credit("Article rédigé par", "infocontinue avec AFP", "Nord Télévisions")
    assert _article(_page(header)).author is None


@pytest.mark.parametrize(
    "byline",
    ["Claire Dupont - infocontinue", "Claire Dupont"],
)
def test_a_person_under_the_label_wins_over_the_broadcaster(byline: str) -> None:
    header = _credit("Article rédigé par", byline, "Nord Télévisions")
    assert _article(_page(header, head=_SITE)).author == "Claire Dupont"


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("Claire Dupont et Marc Lefèvre (à Bruxelles)", "Claire Dupont, Marc Lefèvre"),
        ("Claire Dupont (à Bruxelles)", "Claire Dupont"),
        ("Claire Dupont et Marc Lefèvre", "Claire Dupont, Marc Lefèvre"),
    ],
)
def test_a_signature_closing_the_text_is_the_authors(signature: str, author: str) -> None:
    article = _article(_page(_DATE, tail=f"<p>{signature}</p>"))
    assert article.author == author
    assert "Bruxelles" not in article.text
    assert article.text.endswith(STORY[-1])


def test_a_closing_sentence_about_a_place_stays_text() -> None:
    tail = "<p>Une réunion publique aura lieu le 20 janvier (à la mairie annexe).</p>"
    article = _article(_page(_DATE, tail=tail))
    assert article.text.endswith("(à la mairie annexe).")
    assert article.author is None
