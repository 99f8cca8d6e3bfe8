"""Publication instants with their zone, and titles, of the kinds session 23's helper fmeta23
found missed on Fundus's public parser tests (benchmarks/extraction/README.md): an article
JSON-LD nested as a WebPage's mainEntity, a zoneless JSON-LD time beside a meta giving its
offset, a date meta written "article:published:time", a two-digit year before "| 14:07", a
WordPress `<time class="entry-date published">`, a byline marking the JSON-LD's day on a
live page. Every page here is made up."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The council met on the budget and voted late in the evening. " * 8 + "</p>"
_URL = "https://news.example.com/politics/council-votes"


def _page(head: str, body: str, lang: str = "de") -> PageView:
    html = (
        f"<html lang='{lang}'><head><title>Council votes the budget</title>{head}</head>"
        f"<body>{body}{_TEXT}</body></html>"
    )
    view = PageView.parse(html, _URL)
    assert view is not None
    return view


def _published(head: str, body: str, lang: str = "de") -> datetime | None:
    return _page(head, body, lang).metadata().published_at


def test_an_article_nested_as_the_webpages_main_entity_is_read() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "http://schema.org", "@type": '
        '"WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Council votes the '
        'budget", "datePublished": "2024-04-26T20:44:00+0200", "author": {"@type": "Person", '
        '"name": "Erika Muster"}}}</script>'
    )
    body = (
        "<article><h1>Council votes the budget</h1>"
        '<p>Stand: <time datetime="2024-04-26 20:44">26.04.2024, 20:44 Uhr</time></p>'
    )
    meta = _page(ld, body).metadata()
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2024-04-26T20:44:00+02:00"
    assert list(meta.authors) == ["Erika Muster"]


def test_a_zoneless_jsonld_time_takes_the_offset_a_meta_gives_the_same_time() -> None:
    head = (
        '<meta name="date" content="2023-04-28T18:11:01+02:00">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Council votes the budget", "datePublished": '
        '"2023-04-28 18:11:01.0"}</script>'
    )
    found = _published(head, "<article><h1>Council votes the budget</h1>")
    assert found is not None and found.isoformat() == "2023-04-28T18:11:01+02:00"


def test_a_zoneless_jsonld_time_keeps_its_zone_when_the_meta_gives_another_time() -> None:
    head = (
        '<meta name="date" content="2023-04-28T09:00:00+02:00">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Council votes the budget", "datePublished": '
        '"2023-04-28 18:11:01.0"}</script>'
    )
    found = _published(head, "<article><h1>Council votes the budget</h1>")
    assert found is not None and found.isoformat() == "2023-04-28T18:11:01+00:00"


def test_a_date_meta_written_with_a_colon_for_its_underscore() -> None:
    head = '<meta name="article:published:time" content="2024-10-23T15:48:15+00:00">'
    body = "<article><h1>Council votes the budget</h1><p>Frankfurt, October 23, 2024, 3:48 Uhr</p>"
    found = _published(head, body, "en")
    assert found is not None and found.isoformat() == "2024-10-23T15:48:15+00:00"


def test_a_two_digit_year_before_a_piped_time() -> None:
    body = (
        "<article><h1>Council votes the budget</h1><p>Do 25.04.24 | 14:07 Uhr | Von Eva Muster</p>"
    )
    found = _published("", body)
    assert found is not None and found.isoformat() == "2024-04-25T14:07:00+00:00"


def test_a_wordpress_entry_date_published_time_gives_the_time() -> None:
    body = (
        "<article><h1>Council votes the budget</h1><div class='entry-meta'>"
        "<span class='posted-on'><time class='entry-date published' "
        "datetime='2026-01-27T12:13:17+01:00'>27. Januar 2026</time></span></div>"
    )
    found = _published("", body)
    assert found is not None and found.isoformat() == "2026-01-27T12:13:17+01:00"


def test_a_byline_marking_the_jsonld_day_keeps_it_over_a_later_meta() -> None:
    # a live page: the meta set at its last entry, which the page prints under the headline;
    # the byline marks the JSON-LD's start as the publication
    head = (
        '<meta property="article:published_time" content="2024-08-05T19:49:50Z">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"LiveBlogPosting", "headline": "Council votes the budget", "datePublished": '
        '"2024-08-04T13:23:00Z"}</script>'
    )
    body = (
        "<article><h1>Council votes the budget</h1>"
        '<div class="byline" itemprop="datePublished" content="2024-08-04T13:23:00Z">By Ann Lee'
        "</div><p>5 August 2024</p>"
    )
    found = _published(head, body, "en")
    assert found is not None and found.astimezone(UTC).isoformat() == "2024-08-04T13:23:00+00:00"


def test_without_a_marked_byline_the_printed_meta_day_still_wins() -> None:
    head = (
        '<meta property="article:published_time" content="2024-08-05T19:49:50Z">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Council votes the budget", "datePublished": '
        '"2024-08-04T13:23:00Z"}</script>'
    )
    body = '<article><h1>Council votes the budget</h1><div class="byline">By Ann Lee</div><p>5 August 2024</p>'
    found = _published(head, body, "en")
    assert found is not None and found.date().isoformat() == "2024-08-05"


def test_a_structured_day_alone_takes_a_date_metas_time_on_that_day() -> None:
    head = (
        '<meta name="date" content="2024-04-22T06:00+02:00">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Council votes the budget", "datePublished": '
        '"2024-04-22"}</script>'
    )
    found = _published(head, "<article><h1>Council votes the budget</h1>")
    assert found is not None and found.isoformat() == "2024-04-22T06:00:00+02:00"


def test_a_structured_day_alone_takes_the_printed_time_on_that_day() -> None:
    head = '<meta name="publishdate" content="2024-04-24">'
    body = "<article><h1>Council votes the budget</h1><p>24.04.2024, 23:52 | Quelle: Agentur</p>"
    found = _published(head, body)
    assert found is not None and found.isoformat() == "2024-04-24T23:52:00+00:00"


def test_a_structured_day_alone_keeps_its_day_when_the_printed_one_differs() -> None:
    head = '<meta name="publishdate" content="2024-04-24">'
    body = "<article><h1>Council votes the budget</h1><p>25.04.2024, 09:10 | Quelle: Agentur</p>"
    found = _published(head, body)
    assert found is not None and found.isoformat() == "2024-04-24T00:00:00+00:00"


def _title(og: str, title: str, h1: str, site: str = "Daily Example") -> str | None:
    head = (
        f'<meta property="og:title" content="{og}"><meta property="og:site_name" content="{site}">'
    )
    html = (
        f"<html lang='en'><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{h1}</h1>{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, _URL)
    assert view is not None
    return view.metadata().title


def test_a_titles_own_quotation_after_a_dash_is_no_site_name() -> None:
    og = "Council votes the budget – „Sie werden schneller“"
    assert _title(og, "Budget passed late at night", "Budget passed late at night") == og


def test_a_titles_own_lower_case_phrase_after_a_dash_is_no_site_name() -> None:
    og = "Your old coins could be worth thousands - here's how to check"
    assert _title(og, "Coins worth a fortune", "Coins worth a fortune") == og


def test_a_short_or_capitalized_part_after_a_dash_is_still_cut() -> None:
    # an unknown channel or outlet after the title: "il Corriere Nazionale", "Politik"
    assert _title("Council votes the budget - il Corriere Nazionale", "x", "Other") == (
        "Council votes the budget"
    )
    assert _title("Council votes the budget - Politik", "x", "Other") == "Council votes the budget"


def test_a_headline_printing_the_og_title_after_a_kicker_keeps_its_dash() -> None:
    og = "Setback in the title race - Liverpool lose at Everton"
    h1 = "<span>Premier League</span> Setback in the title race - Liverpool lose at Everton"
    assert _title(og, og + " | example.com", h1) == og


def test_a_title_opening_a_quotation_with_a_dash_is_kept() -> None:
    # Scandinavian headlines open a quotation with a dash ("- Det blir verre")
    og = "- Det blir verre"
    assert _title(og, og, og, "Dagavisen") == og


def test_a_dash_before_the_sites_name_alone_is_no_title() -> None:
    assert _title("- Daily Example", "- Daily Example", "Council votes the budget") != (
        "- Daily Example"
    )
