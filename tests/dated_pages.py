"""The publication date a made-up page gives under its headline, read with a fetch time:
the page reader both fetch-time date tests ask (relative and yearless bylines)."""

from __future__ import annotations

from datetime import datetime

from pipeline.web.metadata import PageView


def published_under_headline(
    lang: str, inside: str, now: datetime | None, aside: str = ""
) -> str | None:
    """The ISO publication date of a page in `lang` whose <article> holds a headline then
    `inside` (a byline, the lead), `aside` before the article; None when none is read."""
    html = (
        f"<html lang='{lang}'><head><title>Page - Site</title></head><body>{aside}"
        f"<article><h1>The headline of the piece</h1>{inside}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.org/a/5")
    assert view is not None
    found = view.metadata(now=now).published_at
    return found.isoformat() if found else None
