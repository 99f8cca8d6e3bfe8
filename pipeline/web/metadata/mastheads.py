"""The day of an edition printed in the page's masthead: a newspaper's daily edition page
prints its day over the page ("Παρασκευή 6 Γενάρη 2012", "Freitag, 6. Januar 2012", "Ausgabe
vom 06.01.2012") and nowhere beside its articles. Read last, where a page states its date
nowhere else (`dates._unstructured_date`).

The masthead is a <header> or an element a class or id names a header or masthead; not a
navigation bar, a menu or a top bar (`_NAV`: the site's tools, where portals print the day
of the fetch). A portal's header prints that day the same way ("today"): a day printed with
a clock ("6 January 2012 14:32") or beside a word for today ("Heute ist Samstag, ...") is a
clock's, two days printed there are none's, and where the fetch time is known a header day
that a clock in some zone still printed at the fetch (the fetch's day, or the day before it
west of the fetch: the page's zone may be unknown) is not told from a clock's, so not read
either; a header day older than that is no clock's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, tzinfo
from itertools import islice

from pipeline.text.dates import date_in_text
from pipeline.web.html import HtmlElement
from pipeline.web.htmltree import document_elements
from pipeline.web.metadata.datelabels import _DATELINE_CHARS
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.machinetimes import _WEST_MOST
from pipeline.web.metadata.visible import _SKIPPED_TEXT

# A class or id naming the page's header: "header", "header-top", "headerWrap", "masthead",
# "site-header", "page_header"; not an item's ("post-header", "comment-header", "card-header")
_MASTHEAD = re.compile(
    r"(?:^|\s)(?:(?:site|page|main|top|global)[-_]?)?(?:header|masthead)(?:[-_\w]*)(?=\s|$)", re.I
)
_NAV = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|topbar|toolbar)(?:$|[\s_-])", re.I)
# Words for "today" beside a header's day: a clock's ("Heute ist Samstag, 30.07.2019")
_TODAY = re.compile(
    r"(?i:\b(?:today|heute|aujourd'hui|hoy|hoje|oggi|vandaag|idag|i dag|dziś|dzisiaj|dnes|"
    r"сегодня|сьогодні|σήμερα|bugün|hari ini|hôm nay|danas|astăzi|tänään)\b)|今天|今日|오늘"
)
_MASTHEAD_ELEMENTS = 600  # elements from the page's start a masthead is sought among
_MASTHEAD_LINES = 80  # short lines of the page's headers read
# From a day's midnight in UTC to its end in the westmost zone (36 hours): a page's clock, in
# a zone the page may not state, may still print that day until then
_LAST_CLOCK = timedelta(days=1) - _WEST_MOST


def masthead_day(
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    now: datetime | None,
    near: _Near | None,
) -> datetime | None:
    """The one day the page's mastheads (`_is_masthead`; not one holding the headline, the
    article's own header) print on their first `_MASTHEAD_LINES` short lines, among the
    page's first `_MASTHEAD_ELEMENTS` elements, at midnight in `zone`; None where they print
    none, several days, a day with a clock time, or the fetch's day (`now`)."""
    h1 = near.h1 if near is not None else None
    holders = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    days: set[datetime] = set()
    lines = 0
    for seen, el in enumerate(document_elements(doc)):
        if seen >= _MASTHEAD_ELEMENTS or el is h1 or lines >= _MASTHEAD_LINES:
            break
        if el in holders or not _is_masthead(el) or any(map(_is_masthead, el.iterancestors())):
            continue
        for line in islice(_lines(el), _MASTHEAD_LINES - lines):  # (a header around the page)
            lines += 1
            found = (
                date_in_text(line, zone, language) if 6 <= len(line) <= _DATELINE_CHARS else None
            )
            if found is None:
                continue
            if found.hour or found.minute or _TODAY.search(line):
                return None  # a clock's day and time, or "today": the fetch's
            days.add(found)
    if len(days) != 1:
        return None
    day = days.pop()
    if now is not None and now < datetime.combine(day.date(), time(), UTC) + _LAST_CLOCK:
        return None  # a day some zone's clock still printed at the fetch: not told from it
    return day


def _is_masthead(el: HtmlElement) -> bool:
    """True for a <header> outside an <article> (an article's own is not the page's), or an
    element a class or id names the page's header or masthead (`_MASTHEAD`)."""
    if el.tag == "header":
        return not any(a.tag == "article" for a in el.iterancestors())
    label = f"{el.get('class', '')} {el.get('id', '')}"
    return len(label) > 1 and _MASTHEAD.search(label) is not None


def _lines(box: HtmlElement) -> Iterator[str]:
    """The texts of `box` outside scripts, styles, menus and tool bars (`_NAV`), each with
    its blanks made one, as they are asked for (a wrapper "header" may hold the page)."""
    skipped: set[HtmlElement] = set()
    for el in box.iter():
        if not isinstance(el.tag, str) or el.getparent() in skipped:
            skipped.add(el)
            continue
        label = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag in _SKIPPED_TEXT or el.tag == "nav" or _NAV.search(label):
            skipped.add(el)  # a script's code, a menu's or a tool bar's lines: not read
            continue
        for text in (el.text, *(c.tail for c in el)):
            line = " ".join((text or "").split())
            if line:
                yield line
