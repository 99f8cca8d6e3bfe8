"""A day printed without its year under the headline ("8 janv.", "March 18"), read where
a page states its date nowhere else (`dates._unstructured_date`, late): in the fetch's year,
else the year the URL or the page's last update gives."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from pipeline.text.dates import yearless_last
from pipeline.web.metadata.datelabels import (
    _CLOCK_SKEW,
    _DATE_WINDOW,
    _DATELINE_CHARS,
    _modified_label,
)
from pipeline.web.metadata.headline import _Near

# A URL path's year and month without a day: WordPress's /2020/04/slug/
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
_YEAR = timedelta(days=366)  # how far before its last update a yearless day may be


def yearless_anchor(url: str, modified: datetime | None) -> tuple[datetime, datetime] | None:
    """The latest and earliest times a day the page prints without its year may be, where
    no fetch time dates it: within the month a URL's /2020/04/ path names (a URL with its
    day is the page's date already), else in the year up to the page's last update
    (`modified`: dateModified, article:modified_time); None without either."""
    month = _URL_MONTH.search(url.split("?", 1)[0]) if url else None
    if month is not None:
        year, number = int(month.group(1)), int(month.group(2))
        start = datetime(year, number, 1, tzinfo=UTC)
        return datetime(year + number // 12, number % 12 + 1, 1, tzinfo=UTC), start
    return (modified + _CLOCK_SKEW, modified - _YEAR) if modified is not None else None


def yearless_byline(
    near: _Near | None,
    zone: tzinfo,
    now: datetime | None,
    anchor: tuple[datetime, datetime] | None,
    language: str | None,
) -> datetime | None:
    """A day printed without its year on a short line after the headline (`yearless_last`),
    not an update's: a line holding an update label ("last updated") is not read, nor the
    line after a short one (the label alone above its date)."""
    if near is None or near.h1 is None or (now is None and anchor is None):
        return None
    lines: list[str] = []
    after_label = False
    for line in near.dated_window(_DATE_WINDOW).split("\n"):
        labelled = _modified_label(line) is not None
        if not labelled and not after_label:
            lines.append(line)
        after_label = labelled and len(line) <= _DATELINE_CHARS
    return yearless_last("\n".join(lines), zone, now, anchor, language)
