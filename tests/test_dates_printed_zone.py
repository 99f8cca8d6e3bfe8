"""A structured publication time without an offset ("2025-03-04T10:00:00") takes the zone
the page prints beside the same time ("4 March 2025 10:00 CET", "10:00 WIB", "(GMT+7)");
a printed time that differs, or a structured time with its own offset, is left as it is."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_FILL = (
    "<p>" + "The council approved the new cycle lanes after a short debate on costs. " * 4 + "</p>"
)


def _published(head: str, byline: str, lang: str = "en") -> str | None:
    html = (
        f"<html lang='{lang}'><head><title>Lanes - Courier</title>{head}</head><body>"
        f"<article><h1>New cycle lanes</h1>{byline}{_FILL}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.org/city/4")
    assert view is not None
    found = view.metadata().published_at
    return found.isoformat() if found else None


def _ld(value: str) -> str:
    return (
        "<script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "datePublished": "{value}"}}</script>'
    )


@pytest.mark.parametrize(
    ("head", "byline", "lang", "iso"),
    [
        (
            _ld("2025-03-04T10:00:00"),
            "<p>4 March 2025 10:00 CET</p>",
            "en",
            "2025-03-04T10:00:00+01:00",
        ),
        (
            _ld("2025-03-04 10:00:00"),
            "<p>Selasa, 04 Mar 2025 10:00 WIB</p>",
            "id",
            "2025-03-04T10:00:00+07:00",
        ),
        (
            "<meta property='article:published_time' content='2025-03-04T23:30:00'>",
            "<p>Thứ ba, 4/3/2025, 23:30 (GMT+7)</p>",
            "vi",
            "2025-03-04T23:30:00+07:00",
        ),
    ],
)
def test_zone_printed_beside_the_same_time(head: str, byline: str, lang: str, iso: str) -> None:
    assert _published(head, byline, lang) == iso


@pytest.mark.parametrize(
    ("head", "byline", "iso"),
    [
        (_ld("2025-03-04T10:00:00"), "<p>4 March 2025 11:15 CET</p>", "2025-03-04T10:00:00+00:00"),
        (
            _ld("2025-03-04T10:00:00+02:00"),
            "<p>4 March 2025 10:00 CET</p>",
            "2025-03-04T10:00:00+02:00",
        ),
        (_ld("2025-03-04T10:00:00"), "<p>4 March 2025</p>", "2025-03-04T10:00:00+00:00"),
    ],
)
def test_other_times_left_as_they_are(head: str, byline: str, iso: str) -> None:
    assert _published(head, byline) == iso
