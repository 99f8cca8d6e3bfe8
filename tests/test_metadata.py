"""The one metadata reader (pipeline.web.metadata): one JSON-LD rule, every field from one view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from pipeline.web.metadata import PageView

_PAGE = """<html><head>
<meta property="og:title" content="Crue de la Saône - Le Journal">
<meta property="og:image" content="/img/og.jpg">
<meta name="Author" content="https://www.facebook.com/lejournal">
<meta property="article:author" content="Par Claire Dumas">
<meta property="og:locale" content="fr_FR">
<meta property="article:modified_time" content="2026-01-09T08:00:00+01:00">
<link rel="canonical" href="/2026/01/08/crue/">
<script type="application/ld+json">{"@graph": [
 {"@type": "WebPage", "headline": "Page", "datePublished": "2015-01-01T00:00:00Z",
  "description": "the site"},
 {"@type": ["NewsArticle"], "headline": "Crue", "datePublished": "2026-01-08 10:00",
  "description": "  La Saône déborde.\\n", "image": [{"url": "/img/a.jpg"}, "/img/b.jpg"],
  "author": {"@type": "Person", "name": "-"}}]}</script>
</head><body><h1>Crue</h1></body></html>"""


def test_article_object_preferred_over_an_earlier_webpage() -> None:
    view = PageView.parse(_PAGE, "https://journal.example.fr/x")
    assert view is not None
    assert view.jsonld["headline"] == "Crue"
    meta = view.metadata()
    assert meta.title == "Crue de la Saône"
    assert meta.summary == "La Saône déborde."
    assert meta.published_at == datetime(2026, 1, 8, 10, 0, tzinfo=UTC)  # no offset: UTC
    assert meta.modified_at == datetime(2026, 1, 9, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    assert meta.canonical == "https://journal.example.fr/2026/01/08/crue/"
    assert meta.language == "fr-fr" and meta.site_name is None
    assert meta.images == (
        "https://journal.example.fr/img/a.jpg",
        "https://journal.example.fr/img/b.jpg",
        "https://journal.example.fr/img/og.jpg",
    )
    # the JSON-LD author is a placeholder and the author meta a URL: the next meta names her
    assert meta.authors == ("Claire Dumas",) and meta.author == "Claire Dumas"


def test_site_zone_and_case_insensitive_metas() -> None:
    view = PageView.parse(_PAGE)
    assert view is not None
    shanghai = timezone(timedelta(hours=8))
    assert view.metadata(shanghai).published_at == datetime(2026, 1, 8, 10, 0, tzinfo=shanghai)
    assert view.meta("author", "og:title") == "https://www.facebook.com/lejournal"
    assert view.meta("OG:Locale") == "fr_FR"


def test_webpage_object_stands_in_when_there_is_no_article() -> None:
    view = PageView.parse(
        '<html lang="zh-CN"><script type="application/ld+json">[{"@type": "WebSite"},'
        '{"@type": "WebPage", "description": "简介"}]</script><title>新闻_网站</title></html>'
    )
    assert view is not None
    assert view.jsonld == {"@type": "WebPage", "description": "简介"}
    meta = view.metadata()
    assert meta.summary == "简介" and meta.language == "zh-cn" and meta.title == "新闻"
    assert meta.authors == () and meta.author is None and meta.published_at is None


def test_a_date_after_the_fetch_or_of_no_page_is_none() -> None:
    html = (
        "<html><head><title>Harbour opens</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour '
        'opens", "datePublished": "0001-01-01T00:00:00", "dateModified": '
        '"2026-03-20T10:00:00Z"}</script></head><body><h1>Harbour opens</h1>'
        '<p class="date">Published March 3, 2026</p><p>The harbour opened on Monday.</p>'
        "</body></html>"
    )
    fetched = datetime(2026, 3, 10, tzinfo=UTC)
    view = PageView.parse(html, "https://news.example.org/harbour")
    assert view is not None
    meta = view.metadata(now=fetched)
    # the software's "no date" skipped for the date printed under the headline; an update
    # ten days after the fetch is none
    assert meta.published_at is not None and meta.published_at.date().isoformat() == "2026-03-03"
    assert meta.modified_at is None
    later = PageView.parse(html, "https://news.example.org/harbour")
    assert later is not None
    assert later.metadata(now=datetime(2026, 3, 25, tzinfo=UTC)).modified_at is not None


def test_a_fetch_time_no_page_has_is_no_fetch_time() -> None:
    # an archive's record dated 9999-12-31 or 0001-01-01: the dates read as without one
    html = (
        "<html><head><title>Harbour opens</title>"
        '<meta property="article:published_time" content="2026-03-03T10:00:00Z"></head>'
        "<body><h1>Harbour opens</h1><p>3 hours ago</p><p>The harbour opened.</p></body></html>"
    )
    for fetched in (datetime(9999, 12, 31, 23, 59, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)):
        view = PageView.parse(html, "https://news.example.org/harbour")
        assert view is not None
        meta = view.metadata(now=fetched)
        assert meta.published_at == datetime(2026, 3, 3, 10, tzinfo=UTC)


def test_a_fetch_time_without_a_zone_is_utc() -> None:
    html = (
        "<html><head><title>Harbour opens</title>"
        '<meta property="article:published_time" content="2026-03-03T10:00:00Z"></head>'
        "<body><h1>Harbour opens</h1><p>The harbour opened.</p></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/harbour")
    assert view is not None
    meta = view.metadata(now=datetime(2026, 3, 4, 12, 0))  # a library caller's naive time
    assert meta.published_at == datetime(2026, 3, 3, 10, tzinfo=UTC)
