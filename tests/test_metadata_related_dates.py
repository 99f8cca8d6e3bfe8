"""The date printed after the headline is the article's, not that of a related story or a
reader's comment set between the headline and the byline (`_Near.dated_window`)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.web.metadata import PageView

_TEXT = "<p>" + "Der Stadtrat hat den neuen Fahrplan für die Fähren beschlossen. " * 3 + "</p>"
_NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _day(lang: str, article: str) -> str | None:
    html = (
        f"<html lang='{lang}'><head><title>Fähren fahren neu</title></head><body>"
        f"<article><h1>Fähren fahren neu</h1>{article}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.de/faehren-123")
    assert view is not None
    found = view.metadata(now=_NOW).published_at
    return found.date().isoformat() if found else None


@pytest.mark.parametrize(
    ("lang", "article", "day"),
    [
        (
            "de",
            "<ul class='related-links'><li><a href='/a'>Ältere Meldung</a> 02.01.2026</li></ul>"
            f"<p class='date'>08.01.2026</p>{_TEXT}",
            "2026-01-08",
        ),
        (
            "en",
            f"<div id='sidebar'><p>Most read, Jan 2, 2026</p></div><p>January 8, 2026</p>{_TEXT}",
            "2026-01-08",
        ),
        (
            "zh",
            "<div class='recommend-list'><p>旧闻 2026-01-02</p></div>"
            f"<p>2026年1月8日 10:30</p>{_TEXT}",
            "2026-01-08",
        ),
    ],
)
def test_a_related_story_s_date_is_not_the_article_s(lang: str, article: str, day: str) -> None:
    assert _day(lang, article) == day


def test_a_comment_s_date_is_no_publication_date() -> None:
    article = f"{_TEXT}<div class='comments'><p>Kommentar vom 09.01.2026</p></div>"
    assert _day("de", article) is None


def test_the_date_line_itself_is_still_read() -> None:
    assert _day("de", f"<p class='byline'>Von Anna Berger, 08.01.2026</p>{_TEXT}") == "2026-01-08"
