"""A list of other stories' dates read after the headline: a page whose byline and date sit
above its <h1> ("5 января 2012" over the title) and whose text after it holds a column of
the site's other stories, each with its date ("Другая новость ... 09.04.2013, 18:40"), an
unlabelled list its class names nowhere. The first date after the headline is then the
list's: `printeddates._text_date` takes the date line above the headline instead, and reads
the date markup above the headline before a list's after it (`listed_marks`).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from itertools import islice

from pipeline.text.dates import date_in_text
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.datelabels import _DATELINE_CHARS, _PUBLISHED_LABEL, _modified_label

_LIST_DATES = 3  # dated lines (each another time) that make a list of dated items
_ITEM_LEVELS = 4  # levels up from a date node its list item is sought


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


def listed_marks(marked: list[HtmlElement]) -> bool:
    """True when the first date markup after the headline (`marked`, in document order) is
    an item's of a list: one of its near ancestors (`_ITEM_LEVELS`) is one of at least
    `_LIST_DATES` siblings of its tag and class (list items, table rows, teaser boxes), and
    `_LIST_DATES` nodes of the first's tag and class print different texts (a column of the
    site's other stories, "<td class='date'>09.04.2013, 18:40</td>" in each, whose class
    names no related list)."""
    if not marked or not any(map(_repeated, islice(marked[0].iterancestors(), _ITEM_LEVELS))):
        return False
    kind = (marked[0].tag, marked[0].get("class"))
    texts = {" ".join(text_of(n).split()) for n in marked if (n.tag, n.get("class")) == kind}
    return len(texts) >= _LIST_DATES


def _repeated(item: HtmlElement) -> bool:
    """True when `item` is one of at least `_LIST_DATES` siblings of its tag and class."""
    parent = item.getparent()
    if parent is None:
        return False
    kind = (item.tag, item.get("class"))
    return sum((c.tag, c.get("class")) == kind for c in parent) >= _LIST_DATES
