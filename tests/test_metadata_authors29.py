"""Author kinds of session 29 (helper authors29), on made-up pages and bylines: a byline
under the headline joining more people than the JSON-LD or the author meta declares ("Von A
und B", the JSON-LD giving A alone); Korean names in an author meta each; an agency after
Dutch and Scandinavian "with" ("met ANP", "med Ritzau"); a piece's kind before "by" in
English and the Scandinavian languages ("Analysis by", "En analyse af"); German plural and
gender-inclusive labels ("Autoren:", "Autor:innen:"); a writer's role in brackets after the
name ("Anna Schmidt (Korrespondentin in Paris)")."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.metadata import split_authors
from tests.market_pages import PARAGRAPHS, market_author, market_page


def _ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def _author(head: str, byline: str, lang: str = "en") -> str | None:
    """The author the pipeline reads from a page of the made-up market story."""
    return market_author(market_page(byline, lang, head=head))


def _byline(text: str) -> str:
    return f"<div class='article-meta'><span class='byline'>{text}</span></div>"


PERSON = {"@type": "Person", "name": "Anna Berger"}


@pytest.mark.parametrize(
    ("head", "byline", "want"),
    [
        # the JSON-LD names the first writer, the byline both
        (_ld(PERSON), "By Anna Berger and Tom Baker", "Anna Berger, Tom Baker"),
        (
            _ld(PERSON),
            "Von Anna Berger, Tom Baker und Lena Weber",
            "Anna Berger, Tom Baker, Lena Weber",
        ),
        # an author meta names the first
        (
            "<meta name='author' content='Anna Berger'>",
            "Por Anna Berger y Juan Pérez",
            "Anna Berger, Juan Pérez",
        ),
        (_ld({"@type": "Person", "name": "김민수"}), "김민수·이영희 기자", "김민수, 이영희"),
        # Dutch "en" between two full names
        (_ld(PERSON), "Door Anna Berger en Jan Jansen", "Anna Berger, Jan Jansen"),
    ],
)
def test_a_byline_joining_more_people_than_the_structured_data(
    head: str, byline: str, want: str
) -> None:
    assert _author(head, _byline(byline)) == want


def test_the_byline_nodes_other_words_are_no_co_authors() -> None:
    # a one-word field after a comma ("PhD", a section) is no second writer
    byline = "<div class='byline'><a href='/author/anna-berger'>Anna Berger</a>, PhD</div>"
    assert _author(_ld(PERSON), byline) == "Anna Berger"
    # a role's words after "and" (a programme's name), not joined to a name
    role = "By Anna Berger, Senior Technologist, Speech, Privacy, and Technology Project"
    assert _author(_ld(PERSON), _byline(role)) == "Anna Berger"
    # a second name not joined to the first (its own line: a photo credit's, an editor's)
    byline = _byline("By Anna Berger") + "<p class='credit'>Tom Baker</p>"
    assert _author(_ld(PERSON), byline) == "Anna Berger"


def test_the_structured_data_naming_more_than_the_byline_stays() -> None:
    people = [PERSON, {"@type": "Person", "name": "Tom Baker"}]
    assert _author(_ld(people), _byline("By Anna Berger")) == "Anna Berger, Tom Baker"


def test_korean_names_in_an_author_meta_each() -> None:
    head = "<meta name='author' content='김민수'><meta name='author' content='이영희'>"
    assert _author(head, "", "ko") == "김민수, 이영희"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Door Sanne de Vries met ANP", ["Sanne de Vries"]),
        ("Door Sanne de Vries en Jan Jansen met ANP", ["Sanne de Vries", "Jan Jansen"]),
        ("Af Mette Hansen og Lars Nielsen med Ritzau", ["Mette Hansen", "Lars Nielsen"]),
        ("Av Anna Lindqvist med TT", ["Anna Lindqvist"]),
        # "with others" after the name: no second writer
        ("Af Mette Hansen med flere", ["Mette Hansen"]),
        ("Af Mette Hansen med Lars Nielsen", ["Mette Hansen", "Lars Nielsen"]),
        ("Analysis by Jane Miller and Tom Baker", ["Jane Miller", "Tom Baker"]),
        ("Commentary by Jane Miller", ["Jane Miller"]),
        ("En analyse af Mette Hansen", ["Mette Hansen"]),
        ("En analys av Anna Lindqvist och Erik Berg", ["Anna Lindqvist", "Erik Berg"]),
        ("Autoren: Anna Schmidt und Max Müller", ["Anna Schmidt", "Max Müller"]),
        ("Autor:innen: Anna Schmidt und Max Müller", ["Anna Schmidt", "Max Müller"]),
        ("Autor*innen: Anna Schmidt, Max Müller", ["Anna Schmidt", "Max Müller"]),
        ("Autorin: Anna Schmidt", ["Anna Schmidt"]),
        ("Anna Schmidt (Korrespondentin in Paris)", ["Anna Schmidt"]),
        ("Mette Hansen (korrespondent i Berlin)", ["Mette Hansen"]),
        ("María García (corresponsal en Berlín)", ["María García"]),
        ("Anna Schmidt (Redakteurin)", ["Anna Schmidt"]),
        # brackets that hold no role stay as they were read
        ("Richard (R.J.) Eskow", ["Richard (R.J.) Eskow"]),
        ("Anna Berger (Text) und Tom Baker (Fotos)", ["Anna Berger"]),
        ("Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ],
)
def test_split_authors_of_agencies_kinds_labels_and_roles(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [
        # the date's label after the second name, its "le" no name's particle
        (
            "Par Marie Dupont et Jean Martin Publié le 12/05/2024 à 14h35, mis à jour le "
            "12/05/2024 à 16h10",
            ["Marie Dupont", "Jean Martin"],
        ),
        ("Por María García Publicado el 12/05/2024", ["María García"]),
        # "kl." (o'clock) left alone after the date's comma
        ("Av Kari Nordmann Publisert 12. mai 2024, kl. 14:35", ["Kari Nordmann"]),
        ("Af Mette Hansen | 12. maj 2024, kl. 14.35", ["Mette Hansen"]),
        # Dutch "en" between two names the date follows
        ("Door Sanne de Vries en Jan Jansen 12 mei 2024, 14:35", ["Sanne de Vries", "Jan Jansen"]),
        # a wire service's name closing the line after a name
        ("By JANE MILLER and TOM BAKER Associated Press", ["JANE MILLER", "TOM BAKER"]),
        ("By Jane Miller The Associated Press", ["Jane Miller"]),
        # a date's label with its own words is no name
        ("ostatnia aktualizacja", []),
    ],
)
def test_split_authors_of_bylines_sharing_their_line_with_the_date(
    value: str, want: list[str]
) -> None:
    assert split_authors(value) == want


def _site_page(url: str, head: str, body: str) -> str | None:
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Notes on the market "
        f"hall</title>{head}</head><body><main><article><h1>Notes on the market hall</h1>{body}"
        f"<p class='date'>04.03.2024</p>{PARAGRAPHS}</article></main></body></html>"
    )
    page = RawPage(url=url, body=html.encode(), fetched_at=datetime(2024, 3, 5, tzinfo=UTC))
    article = article_from_page(page)
    assert article is not None
    return article.author


def test_a_newsletter_whose_address_is_its_writers_name_names_the_writer() -> None:
    # the host's label "janedoe" is a site key: the writer's declared and printed name was
    # left out of every source as the site's, and a quoted name was taken instead
    head = (
        _ld({"@type": "Person", "name": "Jane Doe"})
        + "<meta name='author' content='Jane Doe'><meta property='og:site_name' "
        "content='Notes from the River'>"
    )
    body = (
        "<div class='byline'><a href='https://substack.example/profile/1-jane-doe'>Jane Doe"
        "</a></div><p class='byline'>Photo: Tom Baker</p>"
    )
    url = "https://janedoe.substack.example/p/market-hall"
    assert _site_page(url, head, body) == "Jane Doe"


def test_a_site_named_so_by_its_own_name_is_no_writer() -> None:
    # the same name as the site's og:site_name (a news site typed as a Person): no writer
    head = (
        _ld({"@type": "Person", "name": "River News"})
        + "<meta property='og:site_name' content='River News'>"
    )
    body = "<div class='byline'>River News</div>"
    assert _site_page("https://rivernews.example/2024/market-hall", head, body) is None
    # ... nor a name the page never prints
    head = _ld({"@type": "Person", "name": "Jane Doe"})
    assert _site_page("https://janedoe.example/2024/market-hall", head, "") is None


def test_a_news_site_typed_as_a_person_by_its_domain_name_is_no_writer() -> None:
    # the publisher named by its domain ("RiverNews.com"), the author Person "River News"
    head = _ld({"@type": "Person", "name": "River News"}) + (
        "<meta property='og:site_name' content='www.rivernews.example'>"
    )
    body = "<div class='byline'>River News</div>"
    assert _site_page("https://rivernews.example/2024/market-hall", head, body) is None
