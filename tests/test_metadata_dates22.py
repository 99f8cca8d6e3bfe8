"""Of a JSON-LD `datePublished` and a date meta that give different days, the one whose day
the page prints under its headline (session 22, helper dates22: on the public sets the gold
follows the printed one of the two on 17 pages of 17, and no fixed order of the two wins on
every set). Every page here is made up."""

from __future__ import annotations

from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The council met on the budget and voted late in the evening. " * 8 + "</p>"
_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
    '"NewsArticle", "headline": "Council votes the budget", "datePublished": "%s"}</script>'
)
_META = '<meta property="article:published_time" content="%s">'


def _published(ld: str, meta: str, printed: str) -> str | None:
    html = (
        f"<html lang='en'><head><title>Council votes the budget</title>{_LD % ld}"
        f"{_META % meta}</head><body><article><h1>Council votes the budget</h1>"
        f"<p class='byline'>{printed}</p>{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, "https://news.example.com/politics/council-votes")
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


def test_the_meta_the_page_prints_wins_over_an_earlier_jsonld_day() -> None:
    # the JSON-LD keeps the draft's creation, the meta and the page the day it went out
    assert _published("2024-03-04T07:29:00+00:00", "2024-03-06T08:30:00+00:00", "6 March 2024") == (
        "2024-03-06"
    )


def test_the_jsonld_day_stays_when_the_page_prints_it() -> None:
    assert _published("2024-03-04T07:29:00+00:00", "2024-03-06T08:30:00+00:00", "4 March 2024") == (
        "2024-03-04"
    )


def test_the_jsonld_day_stays_when_the_page_prints_neither() -> None:
    assert _published("2024-03-04T07:29:00+00:00", "2024-03-06T08:30:00+00:00", "By Ann Lee") == (
        "2024-03-04"
    )


def test_the_same_day_given_twice_is_left_as_it_is() -> None:
    assert _published("2024-03-06T07:29:00+00:00", "2024-03-06T18:30:00+00:00", "4 March 2024") == (
        "2024-03-06"
    )
