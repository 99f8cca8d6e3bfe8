"""Structured data of another story not read as the page's own (session 27, jsonld27): of
several article JSON-LD objects the page's own is picked by its address, else its headline,
else the first as before; an author given as a slug or an author page's address is no
printed name, taken last and only where the page prints the name it reads as."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pipeline.maintext.core import extract_paragraphs
from pipeline.web.metadata import PageView

_URL = "https://example.net/local/ferry-timetable"
_BODY = (
    "<p>"
    + "The harbour authority approved the new ferry timetable for the winter months. " * 4
    + "</p>"
)
_OTHER: dict[str, Any] = {
    "@type": "NewsArticle",
    "headline": "Council elects a new mayor after long night",
    "url": "https://example.net/politics/new-mayor",
    "datePublished": "2024-01-02T10:00:00Z",
    "author": {"@type": "Person", "name": "Carl Jones"},
}
_OWN: dict[str, Any] = {
    "@type": "NewsArticle",
    "headline": "Ferry timetable approved",
    "url": _URL,
    "datePublished": "2024-03-04T10:00:00Z",
    "author": {"@type": "Person", "name": "Anna Smith"},
}


def _ld(value: Any) -> str:
    return f"<script type='application/ld+json'>{json.dumps(value)}</script>"


def _page(head: str, body: str = "", canonical: bool = True) -> str:
    link = f"<link rel='canonical' href='{_URL}'>" if canonical else ""
    return (
        f"<html lang='en'><head><title>Ferry timetable approved - Gazette</title>{link}{head}"
        f"</head><body><article><h1>Ferry timetable approved</h1>{body or _BODY}</article>"
        "</body></html>"
    )


def _meta(html: str) -> tuple[tuple[str, ...], date | None, str | None]:
    view = PageView.parse(html, _URL)
    assert view is not None
    meta = view.metadata()
    day = meta.published_at.date() if meta.published_at else None
    return meta.authors, day, view.jsonld.get("headline")


def test_a_related_storys_block_first_gives_way_to_the_one_at_the_pages_address() -> None:
    authors, day, headline = _meta(_page(_ld(_OTHER) + _ld(_OWN)))
    assert (authors, day, headline) == (("Anna Smith",), date(2024, 3, 4), _OWN["headline"])


def test_a_graph_of_several_articles_without_addresses_picks_the_pages_headline() -> None:
    graph = {"@context": "https://schema.org", "@graph": [_OTHER | {"url": ""}, _OWN]}
    html = _page(_ld(graph), canonical=False)
    assert _meta(html) == (("Anna Smith",), date(2024, 3, 4), _OWN["headline"])


def test_a_list_of_teasers_before_the_article_is_passed_over() -> None:
    teasers = [_OTHER, _OTHER | {"headline": "Bridge closed for repairs", "url": _URL + "-x"}]
    assert _meta(_page(_ld(teasers) + _ld(_OWN)))[2] == _OWN["headline"]


def test_with_no_article_of_the_page_the_first_stays() -> None:
    other = _OTHER | {"headline": "Bridge closed for repairs", "url": _URL + "-bridge"}
    html = _page(_ld(_OTHER) + _ld(other))
    assert _meta(html)[2] == _OTHER["headline"]


def test_a_thin_pages_text_is_its_own_articles_body() -> None:
    own = " ".join(["The ferry timetable for the winter months was approved today."] * 30)
    related = " ".join(["The council elected a new mayor after a long night of votes."] * 30)
    blocks = _ld(_OTHER | {"articleBody": related}) + _ld(_OWN | {"articleBody": own})
    text = " ".join(extract_paragraphs(_page(blocks, "<p>Loading</p>"), _URL))
    assert "ferry timetable" in text
    assert "new mayor" not in text


def test_an_authors_slug_gives_way_to_the_printed_byline() -> None:
    own = _OWN | {"author": {"@type": "Person", "name": "anna-smith"}}
    body = f"<p class='byline'>By Carl Jones</p>{_BODY}"
    assert _meta(_page(_ld(own), body))[0] == ("Carl Jones",)


def test_a_slug_alone_is_the_name_the_page_prints_or_none() -> None:
    own = _OWN | {"author": {"@type": "Person", "name": "anna-smith"}}
    body = f"{_BODY}<p>Anna Smith covers the harbour for the Gazette.</p>"
    assert _meta(_page(_ld(own), body))[0] == ("Anna Smith",)
    assert _meta(_page(_ld(own)))[0] == ()
    team = _OWN | {"author": {"@type": "Person", "name": "news_team"}}
    assert _meta(_page(_ld(team)))[0] == ()


def test_an_author_pages_address_in_a_meta_reads_as_its_slug() -> None:
    meta = "<meta property='article:author' content='https://example.net/author/anna-smith/'>"
    body = f"{_BODY}<p>Anna Smith covers the harbour for the Gazette.</p>"
    assert _meta(_page(meta, body))[0] == ("Anna Smith",)
    social = "<meta property='article:author' content='https://facebook.com/gazette'>"
    assert _meta(_page(social, body))[0] == ()


def test_a_first_article_without_address_titled_as_the_page_stays() -> None:
    first = _OWN | {"url": "", "articleSection": "Local"}
    copy = _OWN | {"datePublished": "2024-03-05T10:00:00Z"}
    view = PageView.parse(_page(_ld(first) + _ld(copy)), _URL)
    assert view is not None
    assert view.jsonld.get("articleSection") == "Local"
