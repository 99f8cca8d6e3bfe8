"""Byline shapes of real news sites (session 26, helper bylines26), on made-up pages: an
agency credited alone is the author, as printed (in the byline markup, an author meta, the
JSON-LD author, a dateline "City (agency) -"); a desk, the site or an agency beside a person
is not; a photographer's credit after the writer's without a separator ("Teksti: X Kuvat:
Y", "文/X 图/Y"); two names in capitals joined by a joiner in capitals; Italian "Testo di";
Greek "Κείμενο:"; Ukrainian and Greek desks."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.text.bylines import place_byline
from pipeline.web.metadata import split_authors
from pipeline.web.metadata.creditpatterns import _CREDIT

STORY = (
    "Der Stadtrat hat am Montag beschlossen, die alte Markthalle am Fluss zu erneuern, weil "
    "dort künftig jeden Samstag ein Bauernmarkt mit Ständen aus der ganzen Region stattfinden "
    "soll."
)


def _author(head: str = "", byline: str = "", first: str = "", box: str = "") -> str | None:
    """The author of a made-up page: `head` in its <head>, `byline` under the headline,
    `first` before the story's paragraphs, `box` after them."""
    paragraphs = "".join(f"<p>{n}. {STORY}</p>" for n in (1, 2, 3, 4))
    html = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Markthalle - Bote"
        f"</title>{head}</head><body><main><article><h1>Die Markthalle wird erneuert</h1>"
        f"{byline}<p class='date'>04.03.2024 10:15</p><div class='x1'>{first}{paragraphs}"
        f"</div>{box}</article></main></body></html>"
    )
    page = RawPage(
        url="https://bote.example/2024/markthalle",
        body=html.encode(),
        fetched_at=datetime(2024, 3, 5, tzinfo=UTC),
    )
    article = article_from_page(page)
    assert article is not None
    return article.author


def _marked(text: str) -> str:
    return f"<div class='article-meta'><span class='byline'>{text}</span></div>"


def _ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


@pytest.mark.parametrize(
    ("shown", "want"),
    [("dpa", "dpa"), ("Von dpa", "dpa"), ("(AFP)", "AFP"), ("Por Agencia EFE", "Agencia EFE")],
)
def test_agency_alone_in_the_byline_is_the_author(shown: str, want: str) -> None:
    assert _author(byline=_marked(shown)) == want


def test_agency_alone_in_an_author_meta_or_the_json_ld() -> None:
    assert _author(head="<meta name='author' content='dpa/lno'>") == "dpa/lno"
    site = "<meta property='og:site_name' content='The Local'>"
    agency = "<meta property='article:author' content='AFP/The Local'>"
    assert _author(head=site + agency) == "AFP/The Local"  # the site after the agency
    assert _author(head=_ld({"@type": "Organization", "name": "ТАСС"})) == "ТАСС"
    assert _author(head=_ld({"@type": "Person", "name": "Reuters"})) == "Reuters"


def test_agency_in_a_dateline_opening_the_text() -> None:
    first = "<p>Hamburg (dpa) - Der Senat hat am Montag über die Halle beraten.</p>"
    assert _author(first=first) == "dpa"


def test_a_person_beside_an_agency_is_the_author() -> None:
    assert _author(byline=_marked("Von Anna Berger, dpa")) == "Anna Berger"
    assert _author(byline=_marked("Anna Berger"), first="<p>Hamburg (dpa) - Der Senat.</p>") == (
        "Anna Berger"
    )


@pytest.mark.parametrize("shown", ["Bote", "RND", "Bote/dpa Anna"])
def test_the_site_and_unknown_initials_are_no_author(shown: str) -> None:
    assert _author(byline=_marked(shown)) is None


@pytest.mark.parametrize("shown", ["Redaktion", "Redakcja", "Редакція", "Σύνταξη"])
def test_a_desk_printed_alone_is_the_author(shown: str) -> None:
    # (no author before session 31: `web.metadata.declareddesks`)
    assert _author(byline=_marked(shown)) == shown


def test_the_site_in_the_json_ld_is_no_author() -> None:
    assert _author(head=_ld({"@type": "Organization", "name": "Bote"})) is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Teksti: Matti Virtanen Kuvat: Anna Korhonen", ["Matti Virtanen"]),
        ("Haber: Ayşe Yılmaz Fotoğraf: Mehmet Demir", ["Ayşe Yılmaz"]),
        ("كتب: محمد علي تصوير: أحمد حسن", ["محمد علي"]),
        ("文/张小明 图/李小红", ["张小明"]),
        ("文・山田太郎\u3000写真・佐藤花子", ["山田太郎"]),
        ("글 김민수 사진 이영희", ["김민수"]),
        ("Testo di Marco Rossi, foto di Luca Bianchi", ["Marco Rossi"]),
        ("Κείμενο: Γιώργος Παπαδόπουλος, φωτογραφίες: Νίκος Παππάς", ["Γιώργος Παπαδόπουλος"]),
        ("POR MARÍA GARCÍA Y JUAN PÉREZ", ["MARÍA GARCÍA", "JUAN PÉREZ"]),
        ("AUTOR: JAN NOVÁK A PETR SVOBODA", ["JAN NOVÁK", "PETR SVOBODA"]),
        ("JOHN E SMITH", ["JOHN E SMITH"]),
        ("글·사진 김민수", ["김민수"]),
        ("Karl Foto: Anna Berger", ["Karl"]),
    ],
)
def test_split_authors_shapes(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_writer_and_photographer_in_the_byline() -> None:
    assert _author(byline=_marked("Teksti: Matti Virtanen Kuvat: Anna Korhonen")) == (
        "Matti Virtanen"
    )


# --- the multilingual probe's line bylines (place_byline, the Korean credit) -------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("João Silva, do Rio", "João Silva"),
        ("Ana García, desde Madrid", "Ana García"),
        ("Marie Dupont avec AFP", "Marie Dupont"),
        ("Jan Novák, ČTK", "Jan Novák"),
        ("Der Rat, aus Berlin", None),
        ("Anna Berger, aus der Stadt", None),
        ("Kaffee mit Milch", None),
        ("Marie Dupont avec Paul", None),
    ],
)
def test_place_byline_forms(line: str, want: str | None) -> None:
    assert place_byline(line) == want


def test_a_name_and_agency_after_with_beside_the_date_is_the_byline() -> None:
    page = _author(first="<p>Marie Dupont avec AFP</p><p>04.03.2024</p>")
    assert page == "Marie Dupont"


@pytest.mark.parametrize("line", ["[서울=뉴시스] 김민수 기자", "/김민수 기자"])
def test_korean_reporter_after_an_agency_bracket_or_a_slash(line: str) -> None:
    assert _credit_names(line) == ["김민수"]


def _credit_names(line: str) -> list[str]:
    match = _CREDIT.search(line)
    assert match is not None
    return [next(g for g in match.groups() if g)]


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("Redacción / EFE", "Redacción / EFE"),
        ("Redazione ANSA", "Redazione ANSA"),
        ("Bote mit dpa", "Bote mit dpa"),
        ("Reuters Staff", "Reuters Staff"),
        ("PG PAP", "PG PAP"),
        ("Reuters Updated: March 4, 2024", None),
        ("dpa Anna", None),
    ],
)
def test_a_desk_or_the_site_with_an_agency_is_credited_as_printed(
    shown: str, want: str | None
) -> None:
    assert _author(byline=_marked(shown)) == want


def test_an_agency_dateline_with_the_day_after_the_place() -> None:
    first = "<p>Madrid, 4 mar (EFE).- El consejo decidió el lunes renovar el mercado.</p>"
    assert _author(first=first) == "EFE"


@pytest.mark.parametrize("heading", ["Über die Autorin", "About the author:", "关于作者"])
def test_an_author_box_heading_is_no_name(heading: str) -> None:
    box = (
        f"<div class='author-info'><h3>{heading}</h3><p><strong>Anna Berger</strong> "
        "schreibt über die Stadt.</p></div>"
    )
    assert _author(box=box) == "Anna Berger"
