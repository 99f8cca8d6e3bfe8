"""Date and author kinds found on public page sets nobody here tuned on (session 21, helper
blind21m, benchmarks/extraction/public_metadata.py): a publication time given in UTC whose
UTC day is not the day the page states, an article JSON-LD object whose fields sit in its
mainEntityOfPage object, a blog theme's "View all posts by X" link label, and a German
byline's furniture words left alone as a name. Every page here is made up."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors

_TEXT = "<p>" + "The council met on the budget and voted late in the evening. " * 8 + "</p>"


def _meta(head: str, body: str = "", url: str = "https://news.example.com/story/1") -> PageView:
    html = (
        f"<html lang='en'><head><title>Council votes</title>{head}</head>"
        f"<body><h1>Council votes</h1>{body}{_TEXT}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view


def _published(head: str, body: str = "", url: str = "https://news.example.com/story/1") -> str:
    found = _meta(head, body, url).metadata().published_at
    assert found is not None
    return found.isoformat()


_UTC_EVENING = "<meta property='article:published_time' content='2023-11-09T03:28:00Z'>"


def test_a_utc_time_goes_on_the_day_its_url_states() -> None:
    # an American evening, stored in UTC: the next day there; the URL states the local day
    found = _published(_UTC_EVENING, url="https://news.example.com/2023/11/08/council-votes/")
    assert found.startswith("2023-11-08T23:28")
    assert found.endswith("-04:00")  # the smallest shift to that day: the instant is the same


def test_a_utc_midnight_goes_on_the_day_after_it_states() -> None:
    # a European date stored as its midnight in UTC: "23:00Z" the day before
    head = "<meta property='article:published_time' content='2021-11-04T23:00:00+00:00'>"
    found = _published(head, url="https://news.example.de/2021/11/05/ratsbeschluss")
    assert found == "2021-11-05T00:00:00+01:00"


def test_a_utc_time_goes_on_the_day_printed_under_the_headline() -> None:
    # no date in the URL: the day printed under the headline says it
    head = '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
    head += '"datePublished": "2022-05-04T00:25:00Z"}</script>'
    found = _published(head, "<p class='date'>May 3, 2022</p>")
    assert found.startswith("2022-05-03T23:25")


@pytest.mark.parametrize(
    ("content", "url", "day"),
    [
        # the URL's day is the UTC day: nothing to move
        ("2023-11-09T03:28:00Z", "https://news.example.com/2023/11/09/x", "2023-11-09"),
        # a zone west of UTC cannot put 15:00 UTC on the day before
        ("2023-11-09T15:00:00Z", "https://news.example.com/2023/11/08/x", "2023-11-09"),
        # nor a zone east of UTC 03:00 UTC on the day after
        ("2023-11-09T03:00:00Z", "https://news.example.com/2023/11/10/x", "2023-11-09"),
        # two days off: the URL's date is another (a draft's), not a zone's shift
        ("2023-11-09T03:28:00Z", "https://news.example.com/2023/11/07/x", "2023-11-09"),
        # a time given in its own offset is the page's own day already
        ("2023-11-09T00:28:00+01:00", "https://news.example.com/2023/11/08/x", "2023-11-09"),
    ],
)
def test_a_utc_time_stays_where_no_zone_explains_the_day(content: str, url: str, day: str) -> None:
    head = f"<meta property='article:published_time' content='{content}'>"
    assert _published(head, url=url)[:10] == day


def test_a_printed_time_is_not_taken_for_the_page_day() -> None:
    # a page rendered in its reader's zone prints the next day there: no day of the page's
    head = "<meta property='article:published_time' content='2024-05-12T21:57:01Z'>"
    found = _published(head, "<p class='date'>May 13, 2024, 12:57 AM GMT+3</p>")
    assert found == "2024-05-12T21:57:01+00:00"


def test_a_utc_time_moved_keeps_its_instant() -> None:
    view = _meta(_UTC_EVENING, url="https://news.example.com/2023/11/08/council-votes/")
    found = view.metadata().published_at
    assert found is not None
    assert found.utcoffset() == timedelta(hours=-4)
    assert found.astimezone(tz=None).timestamp() == 1699500480.0  # 2023-11-09T03:28:00Z


def test_article_fields_nested_in_its_main_entity_of_page() -> None:
    ld = (
        '{"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": '
        '{"@type": "WebPage", "@id": "https://news.example.ba/1", "headline": "Council votes", '
        '"datePublished": "2020-10-26T18:10:00+01:00", "dateModified": '
        '"2020-10-26T18:13:30+01:00", "author": {"@type": "Person", "name": "Ana Kovač"}}}'
    )
    meta = _meta(f"<script type='application/ld+json'>{ld}</script>").metadata()
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2020-10-26T18:10:00+01:00"
    assert meta.authors == ("Ana Kovač",)


def test_the_article_own_fields_win_over_its_main_entity_of_page() -> None:
    ld = (
        '{"@type": "NewsArticle", "datePublished": "2020-10-25T08:00:00+01:00", '
        '"mainEntityOfPage": {"@type": "WebPage", "datePublished": "2019-01-01T00:00:00Z"}}'
    )
    found = _published(f"<script type='application/ld+json'>{ld}</script>")
    assert found == "2020-10-25T08:00:00+01:00"


def test_a_json_ld_block_with_a_stray_closing_brace() -> None:
    ld = (
        '{"@context": "http://schema.org", "@type": "NewsArticle", '
        '"datePublished": "2020-10-26T18:10:00+01:00", "author": {"@type": "Person", '
        '"name": "Ana Kovač"}}\n    }\n'
    )
    meta = _meta(f"<script type='application/ld+json'>{ld}</script>").metadata()
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2020-10-26T18:10:00+01:00"
    assert meta.authors == ("Ana Kovač",)


def test_a_json_ld_block_followed_by_more_than_closers_is_no_json() -> None:
    """Its object is not read (no author from it); its type and dates are, by their keys
    (`brokenld.salvaged`, session 33)."""
    ld = (
        '{"@type": "NewsArticle", "datePublished": "2020-10-26T18:10:00+01:00", '
        '"author": {"@type": "Person", "name": "Ana Kovač"}} var x = 1;'
    )
    meta = _meta(f"<script type='application/ld+json'>{ld}</script>").metadata()
    assert meta.published_at is not None
    assert meta.published_at.isoformat() == "2020-10-26T18:10:00+01:00"
    assert meta.authors == ()


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("View all posts by Daniel Moreau", "Daniel Moreau"),
        ("Zeige alle Beiträge von Petra Lindner", "Petra Lindner"),
        ("Alle Beiträge von Petra Lindner", "Petra Lindner"),
        ("Voir tous les articles de Marie Dupont", "Marie Dupont"),
        ("Ver todas las entradas de Juan Pérez", "Juan Pérez"),
        ("Visualizza tutti gli articoli di Marco Bianchi", "Marco Bianchi"),
        ("Bekijk alle berichten van Jan de Vries", "Jan de Vries"),
        ("Erstellt von Andreas Brunner", "Andreas Brunner"),
    ],
)
def test_a_blog_theme_author_link_label(label: str, name: str) -> None:
    assert split_authors(label) == [name]


@pytest.mark.parametrize(
    "furniture",
    [
        *("vom", "vor", "Publiziert", "Beitrag", "Edit", "Über", "Alle Beiträge"),
        *("Mehr über mich", "Zur Person", "prije", "hace"),
    ],
)
def test_german_byline_furniture_alone_is_no_name(furniture: str) -> None:
    assert split_authors(furniture) == []


def test_a_german_byline_dated_after_vom() -> None:
    page = "<p class='byline'>Ein Beitrag vom 12.03.2020</p>"
    assert _meta("", page).metadata().authors == ()


def _dated_page(before: str, after: str = "") -> str | None:
    html = (
        "<html lang='de'><head><title>Rat beschließt Haushalt</title></head><body>"
        f"<div class='article'>{before}<h1>Rat beschließt Haushalt</h1>{after}"
        + "<p>"
        + "Der Rat hat am Abend über den Haushalt beraten und abgestimmt. " * 8
        + "</p>"
        + "</div></body></html>"
    )
    view = PageView.parse(html, "https://www.example.de/aktuelles/rat-haushalt")
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


@pytest.mark.parametrize(
    "line",
    [
        "<div class='details__meta'>30.07.2019</div>",
        "<p class='subline'>30. Jul 2019 // Jana Roth</p>",
        "<span class='metadata'>Bonn,\xa030.07.2019</span>",
        "<h3>30.07.2019</h3><!-- the kicker's date -->",
    ],
)
def test_a_date_line_right_above_the_headline(line: str) -> None:
    assert _dated_page(line) == "2019-07-30"


def test_a_date_line_above_a_headline_first_in_its_box() -> None:
    page = "<span class='info'>30.07.2019</span><div class='head'><h1>Rat beschließt Haushalt</h1>"
    assert _dated_page(page + "</div>") == "2019-07-30"


@pytest.mark.parametrize(
    "before",
    [
        # the page header prints the day of the fetch
        "<header><span>Heute ist Samstag, 30.07.2019</span></header>",
        "<div class='topbar'>30.07.2019</div>",
        # a teaser or a paragraph above the headline, a date inside it
        "<p>Am 30.07.2019 hatte der Rat schon einmal über den Haushalt beraten, ohne Ergebnis.</p>",
        # the date line sits above a longer text that stands between it and the headline
        "<span>30.07.2019</span><p>Der Rat tagt morgen wieder, die Sitzung im Rathaus ist öffentlich.</p>",
    ],
)
def test_no_date_line_above_the_headline(before: str) -> None:
    assert _dated_page(before) is None


def test_a_date_after_the_headline_wins_over_one_above_it() -> None:
    assert _dated_page("<div>30.07.2019</div>", "<p class='date'>31.07.2019</p>") == "2019-07-31"


def _window_date(after: str) -> str | None:
    html = (
        "<html lang='en'><head><title>Oil price falls</title></head><body>"
        f"<h1>Oil price falls</h1>{after}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.com/markets/oil-price-falls")
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


_PROSE = "The price of oil fell by a fifth this Tuesday against Friday, the markets said. " * 2


def test_a_date_deep_in_a_sentence_is_no_publication_date() -> None:
    page = f"<p>{_PROSE}It closed at its lowest price since 6 March 2002 in the evening.</p>"
    assert _window_date(page) is None


def test_a_photo_caption_date_gives_way_to_the_dateline() -> None:
    caption = (
        "<p class='caption'>FILE PHOTO: The minister speaks to reporters at a ceremony near "
        "Lyon, France, January 16, 2020. Jean Martin/Pool via Agency</p>"
    )
    assert _window_date(caption + "<p>January 18, 2020</p><p>" + _PROSE + "</p>") == "2020-01-18"


def test_a_date_opening_a_long_byline_line_stays() -> None:
    line = (
        "<p>Published January 5, 2020 10:00 | Updated January 6, 2020 08:00 | By Jane Doe, "
        "Senior Markets Correspondent in London</p>"
    )
    assert _window_date(line + "<p>" + _PROSE + "</p>") == "2020-01-05"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on September 21, 2020 by Ada Lindqvist", ["Ada Lindqvist"]),
        ("Posted on September 21, 2020 by Ada Lindqvist and Jo Bell", ["Ada Lindqvist", "Jo Bell"]),
        ("Veröffentlicht am 3. März 2021 von Anna Berg", ["Anna Berg"]),
        ("Publié le 3 mars 2021 par Marie Dupont", ["Marie Dupont"]),
        ("Pubblicato il 3 marzo 2021 da Marco Bianchi", ["Marco Bianchi"]),
        # the date after the name, and the word it follows
        ("Posted by Ada Lindqvist at 18:52", ["Ada Lindqvist"]),
        ("Von Anna Berg um 10:00 Uhr", ["Anna Berg"]),
    ],
)
def test_a_blog_meta_line_with_its_date(line: str, names: list[str]) -> None:
    assert split_authors(line) == names
