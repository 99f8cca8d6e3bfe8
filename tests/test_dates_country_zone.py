"""A time printed without a zone, on a page that states none elsewhere, is read in the zone
of the country its host's domain names, where that country keeps one clock
(`pipeline.text.countryzones`); a day printed alone stays a day at UTC midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.text.countryzones import country_zone
from pipeline.web.metadata import PageView

_BODY = "<p>" + "Le conseil municipal a voté le budget après un long débat public. " * 5 + "</p>"


def _published(byline: str, url: str, head: str = "") -> datetime | None:
    html = (
        f"<html lang='fr'><head><title>Le budget voté</title>{head}</head><body>"
        f"<h1>Le budget voté</h1><div class='meta'>{byline}</div>{_BODY}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata().published_at


def test_a_printed_clock_in_the_domain_countrys_zone() -> None:
    found = _published("Publié le 7 mai 2019 à 13h59", "https://journal.example.fr/budget")
    assert found is not None
    assert (found.hour, found.minute) == (13, 59)
    assert found.utcoffset() == timedelta(hours=2)  # Paris in May (summer time)
    winter = _published("Publié le 7 janvier 2019 à 13h59", "https://journal.example.fr/b")
    assert winter is not None and winter.utcoffset() == timedelta(hours=1)


def test_no_country_no_zone() -> None:
    # a generic domain (".com", ".io") names no country: the clock stays in UTC
    for url in ("https://journal.example.com/budget", "https://journal.example.io/budget"):
        found = _published("Publié le 7 mai 2019 à 13h59", url)
        assert found is not None and found.utcoffset() == timedelta(0)


def test_an_offset_the_page_states_wins_over_the_country() -> None:
    head = "<meta property='article:modified_time' content='2019-05-07T15:00:00-04:00'>"
    found = _published("Publié le 7 mai 2019 à 13h59", "https://journal.example.fr/b", head)
    assert found is not None and found.utcoffset() == timedelta(hours=-4)


def test_a_day_alone_stays_at_utc_midnight() -> None:
    found = _published("Publié le 7 mai 2019", "https://journal.example.fr/budget")
    assert found == datetime(2019, 5, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "zone"),
    [
        ("https://www.example.de/a", "Europe/Berlin"),
        ("https://news.example.co.uk/a", "Europe/London"),  # ".uk" is ISO's GB
        ("https://example.jp/a", "Asia/Tokyo"),
        ("https://example.es/a", None),  # the Canaries keep another clock than Madrid
        ("https://example.us/a", None),  # several zones
        ("https://example.tv/a", None),  # a country code sold as a generic domain
        ("https://example.com/a", None),
        ("http://192.0.2.1/a", None),
        ("not a url", None),
    ],
)
def test_country_zone(url: str, zone: str | None) -> None:
    found = country_zone(url)
    assert (str(found) if found is not None else None) == zone


def test_a_structured_time_without_offset_is_the_countrys_wall_clock() -> None:
    head = "<meta property='article:published_time' content='2020-12-15T14:49:06'>"
    found = _published("Le conseil a voté.", "https://journal.example.fr/budget", head)
    assert found is not None
    assert (found.hour, found.minute, found.utcoffset()) == (14, 49, timedelta(hours=1))
    # the same value on a generic domain stays in UTC; one stating its offset keeps it
    plain = _published("Le conseil a voté.", "https://journal.example.com/budget", head)
    assert plain is not None and plain.utcoffset() == timedelta(0)
    zoned = head.replace("14:49:06'", "14:49:06Z'")
    utc = _published("Le conseil a voté.", "https://journal.example.fr/budget", zoned)
    assert utc is not None and (utc.hour, utc.utcoffset()) == (14, timedelta(0))


def test_an_offset_stated_elsewhere_keeps_a_structured_time_in_utc() -> None:
    head = (
        "<meta property='article:published_time' content='2020-12-15T14:49:06'>"
        "<meta property='article:modified_time' content='2020-12-15T16:00:00-05:00'>"
    )
    found = _published("Le conseil a voté.", "https://journal.example.fr/budget", head)
    assert found is not None and found.utcoffset() == timedelta(0)
    # its update, given without an offset, is the country's wall clock too
    head = (
        "<meta property='article:published_time' content='2020-12-15T14:49:06'>"
        "<meta property='article:modified_time' content='2020-12-16T09:30:00'>"
    )
    html = (
        f"<html lang='fr'><head><title>Le budget voté</title>{head}</head><body>"
        f"<h1>Le budget voté</h1>{_BODY}</body></html>"
    )
    view = PageView.parse(html, "https://journal.example.fr/budget")
    assert view is not None
    modified = view.metadata().modified_at
    assert modified is not None and modified.utcoffset() == timedelta(hours=1)


def test_a_country_code_sold_as_a_generic_domain_names_no_country() -> None:
    # ".nu" (Niue, UTC-11) and ".tk" (Tokelau, UTC+13) are sold to sites anywhere: a clock
    # printed there stays in UTC rather than moving half a day
    for url in ("https://tidning.example.nu/budget", "https://blog.example.tk/budget"):
        assert country_zone(url) is None
        found = _published("Publié le 7 mai 2019 à 13h59", url)
        assert found is not None and found.utcoffset() == timedelta(0)


def _published_and_updated(byline: str, ld_times: tuple[str, str]) -> tuple[datetime, datetime]:
    html = (
        "<html lang='fr'><head><title>Le budget voté</title>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        f'"datePublished": "{ld_times[0]}", "dateModified": "{ld_times[1]}"}}</script>'
        f"</head><body><h1>Le budget voté</h1><div class='meta'>{byline}</div>{_BODY}"
        "</body></html>"
    )
    view = PageView.parse(html, "https://journal.example.fr/budget")
    assert view is not None
    meta = view.metadata()
    assert meta.published_at is not None and meta.modified_at is not None
    return meta.published_at, meta.modified_at


def test_a_zoneless_structured_time_the_printed_clock_shows_is_utc() -> None:
    # the JSON-LD's zone-less 11:59 is UTC: the page prints it as Paris's 13h59
    published, updated = _published_and_updated(
        "Publié le 7 mai 2019 à 13h59", ("2019-05-07T11:59:00", "2019-05-07T12:30:00")
    )
    assert published == datetime(2019, 5, 7, 11, 59, tzinfo=UTC)
    assert updated == datetime(2019, 5, 7, 12, 30, tzinfo=UTC)
    assert published.utcoffset() == timedelta(hours=2)  # (given in Paris's offset)
    # printed as its own clock, or not printed: the publisher's wall clock in Paris
    for byline in ("Publié le 7 mai 2019 à 11h59", ""):
        published, updated = _published_and_updated(
            byline, ("2019-05-07T11:59:00", "2019-05-07T12:30:00")
        )
        assert published == datetime(2019, 5, 7, 9, 59, tzinfo=UTC)
        assert updated == datetime(2019, 5, 7, 10, 30, tzinfo=UTC)


def test_one_reading_of_a_hosts_country_code() -> None:
    # (the day-first dating language and the zone read the same code off the host)
    from pipeline.text.countryzones import country_code
    from pipeline.web.metadata.pagedating import dating_language

    for url, code in [
        ("https://journal.example.fr./budget", "fr"),
        ("https://www.example.co.uk/a", "uk"),
        ("https://example.nu/a", None),
        ("http://192.0.2.1/a", None),
        ("http://[::1/a", None),
    ]:
        assert country_code(url) == code
        assert dating_language(None, url) == (f"und-{code}" if code else None)
