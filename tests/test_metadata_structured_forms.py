"""Structured author and date forms (`pipeline.web.metadata.structured`, `dates`): a JSON-LD
author given as its page's address is no name; Parse.ly's older JSON meta ("parsely-page")
gives the author and the publication time; the Dublin Core terms "dcterms.issued" and
"dcterms.date" give the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.web.metadata import PageView

_BODY = (
    "<p>"
    + "The library board approved the new branch and its opening hours this week. " * 4
    + "</p>"
)


def _meta(head: str) -> tuple[tuple[str, ...], date | None]:
    html = (
        f"<html lang='en'><head><title>Branch library - Courier</title>{head}</head><body>"
        f"<article><h1>Branch library approved</h1>{_BODY}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.com/local/branch")
    assert view is not None
    meta = view.metadata()
    return meta.authors, meta.published_at.date() if meta.published_at else None


def test_jsonld_author_address_is_no_name() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"author": "https://example.com/people/tom-baker"}</script>'
    )
    assert _meta(head)[0] == ()


def test_jsonld_author_address_beside_a_name() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        '["https://example.com/people/tom-baker", {"@type": "Person", '
        '"name": "Tom Baker", "url": "https://example.com/people/tom-baker"}]}</script>'
    )
    assert _meta(head)[0] == ("Tom Baker",)


def test_parsely_page_json() -> None:
    head = (
        '<meta name=\'parsely-page\' content=\'{"title": "Branch library", '
        '"author": "Tom Baker", "pub_date": "2025-06-02T08:15:00Z"}\'>'
    )
    assert _meta(head) == (("Tom Baker",), date(2025, 6, 2))


def test_parsely_page_not_json() -> None:
    assert _meta("<meta name='parsely-page' content='{not json'>") == ((), None)


@pytest.mark.parametrize("name", ["dcterms.issued", "DCTERMS.date"])
def test_dublin_core_terms_dates(name: str) -> None:
    assert _meta(f"<meta name='{name}' content='2025-06-02'>")[1] == date(2025, 6, 2)


def test_jsonld_person_named_by_its_parts() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "givenName": "Tom", "familyName": "Baker"}}</script>'
    )
    assert _meta(head)[0] == ("Tom Baker",)


@pytest.mark.parametrize(
    ("creator", "names"),
    [
        ('["Ana Costa", "Rui Lima"]', ("Ana Costa", "Rui Lima")),
        ('{"@type": "Person", "name": "Ana Costa"}', ("Ana Costa",)),
        ('{"@type": "Organization", "name": "Courier Group"}', ()),
    ],
)
def test_a_json_ld_creator_is_the_author_where_none_is_given(
    creator: str, names: tuple[str, ...]
) -> None:
    ld = f'{{"@type": "NewsArticle", "headline": "Branch library approved", "creator": {creator}}}'
    authors, _ = _meta(f"<script type='application/ld+json'>{ld}</script>")
    assert authors == names


def test_the_author_beats_the_creator() -> None:
    ld = '{"@type": "NewsArticle", "author": "Ana Costa", "creator": "Rui Lima"}'
    authors, _ = _meta(f"<script type='application/ld+json'>{ld}</script>")
    assert authors == ("Ana Costa",)


def test_a_byl_meta_is_read_as_a_byline() -> None:
    authors, _ = _meta("<meta name='byl' content='By Ana Costa and Rui Lima'>")
    assert authors == ("Ana Costa", "Rui Lima")
