"""A list of other stories' dates read after the headline: a page whose byline and date sit
above its <h1> ("5 января 2012" over the title) and whose text after it holds a column of
the site's other stories, each with its date ("Другая новость ... 09.04.2013, 18:40"), an
unlabelled list its class names nowhere. The first date after the headline is then the
list's: `printeddates._text_date` takes the date line above the headline instead.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from pipeline.text.dates import date_in_text
from pipeline.web.metadata.datelabels import _DATELINE_CHARS, _PUBLISHED_LABEL, _modified_label

_LIST_DATES = 3  # dated lines (each another time) that make a list of dated items


def in_dated_list(window: str, found: datetime, zone: tzinfo, language: str | None) -> bool:
    """True when the first date `window` prints (`found`) opens a list of dated items: it
    and at least two more short lines (`_DATELINE_CHARS`) each print a date, `_LIST_DATES`
    different times in all, none labelled as a publication or an update ("Published ...",
    "Updated ...": a byline's dates)."""
    times: list[datetime] = []
    for line in window.split("\n"):
        if len(line) > _DATELINE_CHARS or not any(c.isdigit() for c in line):
            continue
        day = date_in_text(line, zone, language)
        if day is None:
            continue
        if not times and day != found:
            return False  # the first date read is not on a short line of its own
        if _PUBLISHED_LABEL.search(line) or _modified_label(line) is not None:
            return False
        times.append(day)
        if len(set(times)) >= _LIST_DATES:
            return True
    return False
