"""The publication date a page prints as text where it gives no structured one: after the
headline (the first date there, a labelled date, a relative time such as "3小时前" read
against the fetch time), on a short line above it, in date-classed markup, on a date line of
a page without a headline, or the one day the text after the headline prints. Page headers,
menus, comments and related items are not read: they print the day of the fetch or other
items' dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, tzinfo
from itertools import islice
from typing import Any

from pipeline.text.dates import date_in_text, relative_datetime, yearless_datetime
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.htmltree import document_elements
from pipeline.web.metadata.datedlists import in_dated_list, listed_marks
from pipeline.web.metadata.datelabels import (
    _DATE_WINDOW,
    _DATELINE_CHARS,
    _PUBLISHED_LABEL,
    _labelled_date,
    _published_in,
)
from pipeline.web.metadata.headline import (
    _MAX_BYLINE_NODES,
    _NEAR_ELEMENTS,
    _NOT_BYLINE,
    OTHER_ITEM_WORDS,
    _in_page_header,
    _is_page_header,
    _Near,
)
from pipeline.web.metadata.machinetimes import _date
from pipeline.web.metadata.visible import (
    _SKIPPED_TEXT,
    _elements_before,
    _one_line,
    _outside_says,
    _texts_after_outside,
)

_NO_OFFSET = timedelta(0)
# What a date without its year holds (a fast test): "1月8日", "01-08", a time "14:32", "14h32"
_YEARLESS_MARKS = re.compile(r"\d[月\-/]\d|\d[:h時]\d\d|\d\. ?\d{1,2}\.(?![\d.])")
# Elements whose class names a date, a time, a publication, a post or a byline, or whose id
# a date or a time (not a <script>, <style>, <body> or <html>): `_date_nodes`.
_DATE_CLASS_PARTS = ("ate", "ime", "ublish", "osted", "yline")
_DATE_ID_PARTS = ("ate", "ime")
_NOT_DATE_NODES = frozenset({"script", "style", "body", "html"})
# Date markup that is not the article's date: the page header's "today", menus, weather.
_NOT_DATE = re.compile(
    # ("date-header", a blog's heading of a day's posts, is a date: `(?<!date)`)
    r"(?:^|(?<!date)[\s_-])"
    r"(?:header|masthead|top|topbar|nav|navbar|menu|weather|today|clock)(?:$|[\s_-])",
    re.I,
)
_DATELINE_ELEMENTS = 1500  # elements of a page without a headline searched for a date line
_LABELLED_WINDOW = 2000  # characters after the headline searched for a labelled date


def _text_date(
    doc: HtmlElement,
    zone: tzinfo,
    now: datetime | None = None,
    language: str | None = None,
    near: _Near | None = None,
) -> datetime | None:
    """A date printed near the title (the byline of pages without metas): the first date in
    the text that follows the <h1> (numeric, Chinese, or written in English, French or the
    page's language; else relative to `now`, "3小时前", "vor 2 Stunden", when `now` is
    given; else a date inside the headline itself); on a page without a headline or without a
    date there, the first date in markup whose class or id names a date or time (not in
    comments, related items, headers or menus): after the headline, else among the few
    elements right before it (a date line above the title). The page text before the title is
    not read: a page header there often prints the day the page was fetched; but where the
    first date after the headline opens a list of other stories' dates (`datedlists`), the
    date line right above the headline is the article's. The headline is `_Near.h1`: the
    <h1>, or the node that holds the title when the <h1> does not."""
    near = near or _Near(doc)
    h1 = near.h1
    if h1 is not None:
        window = near.dated_window(_DATE_WINDOW)
        found = _published_in(window, zone, language)
        if found is not None and len(window) > _DATELINE_CHARS:
            found = _published_in(_line_heads(window), zone, language)
            # (the <time> sought first: a few elements walked; the sentence test reads dates)
            above = _time_above(h1, zone, found) if found is not None else None
            if found is not None and above is not None:
                found = above if _in_a_sentence(window, found, zone, language) else found
        if found is not None and in_dated_list(window, found, zone, language):
            # other stories' dates after the headline: the date line above it, if any
            found = _date_line_before(h1, zone, language) or found
        if found is None and now is not None:
            # in the page's zone where it has one: "昨天 10:30" on a Chinese page is 10:30 in
            # Beijing the day before the day it is there ("1月8日 10:30" in the year it is
            # there); else in the zone of `now` (UTC: the default, no zone of the page's)
            local = now if zone.utcoffset(now) == _NO_OFFSET else now.astimezone(zone)
            found = relative_datetime(window, local, language)
            if found is not None:  # "3小時前" whose markup holds the date it stands for
                found = _behind_relative(h1, zone, now) or found
            elif _YEARLESS_MARKS.search(window):
                found = yearless_datetime(window, local, language)
        if found is None:  # "Title 05.01.12 13:00": the date set inside the heading
            found = date_in_text(text_of(h1), zone, language)
        if found is None:  # "Mise en ligne 23 mai 2019" below a long standfirst
            found = _labelled_date(near.window(_LABELLED_WINDOW).split("\n"), zone, language)
        if found is None:  # "30.07.2019", "Bonn, 11.10.2021" on a line of its own above it
            found = _date_line_before(h1, zone, language)
        if found is not None:
            return found
    if h1 is None:
        nodes: Iterable[HtmlElement] = islice(_date_nodes(doc), _MAX_BYLINE_NODES)
    else:
        after, before = near.marked[1][:_MAX_BYLINE_NODES], near.before[:_MAX_BYLINE_NODES]
        # a list's dates after the headline (`listed_marks`): the byline's above it first
        nodes = [*before, *after] if before and listed_marks(after) else [*after, *before]
    holders = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    for node in nodes:
        if _label_says(node, holders):
            continue
        found = _published_in(text_of(node)[:200], zone, language, marked=True)
        if found is not None:
            return found
    return _dateline(doc, zone, language) if h1 is None else None


def _in_a_sentence(window: str, found: datetime, zone: tzinfo, language: str | None) -> bool:
    """True when the first date `window` prints (`found`) opens a sentence, not a short line:
    the window's short lines alone do not give it."""
    lines = window.split("\n")
    short = "\n".join(line for line in lines if not _sentence(line))
    return len(short) < len(window) and _published_in(short, zone, language) != found


_TIMES_ABOVE = 40  # elements right before the headline searched for a <time>


def _time_above(h1: HtmlElement, zone: tzinfo, found: datetime) -> datetime | None:
    """The time of a `<time datetime>` among the `_TIMES_ABOVE` elements right before the
    headline (a date line above the title), outside a page header, on another day than
    `found`, a date the lead's first sentence tells of ("Mit der am 15. Januar 2022 in Kraft
    getretenen Verordnung ..." under a `<time datetime="2022-01-26">`); else None."""
    for el in islice(_elements_before(h1), _TIMES_ABOVE):
        if el.tag != "time" or el.get("datetime") is None:
            continue
        if _in_page_header(el):
            return None
        stamp = _date(zone, el.get("datetime"))
        return stamp if stamp is not None and stamp.date() != found.date() else None
    return None


def _date_nodes(doc: HtmlElement) -> Iterator[HtmlElement]:
    """The page's date markup (`_DATE_CLASS_PARTS`, `_DATE_ID_PARTS`) in document order,
    lazily: only the first few are read (on a page with no headline). The XPath it was
    ("//*[@class or @id][contains(@class,'ate') or ...]") built the whole page's set first."""
    for el in document_elements(doc):
        cls, ident = el.get("class"), el.get("id")
        if (
            # (the parts spelled out: a generator an element cost four times the tests)
            (
                cls is not None
                and (
                    "ate" in cls
                    or "ime" in cls
                    or "ublish" in cls
                    or "osted" in cls
                    or "yline" in cls
                )
            )
            or (ident is not None and ("ate" in ident or "ime" in ident))
        ) and el.tag not in _NOT_DATE_NODES:
            yield el


def _label_says(node: HtmlElement, holders: frozenset[HtmlElement]) -> bool:
    """True when the class or id of `node` or of one of its near ancestors names related
    items, comments (`_NOT_BYLINE`), a page header or a menu (`_NOT_DATE`); an ancestor that
    holds the headline too (`holders`) says nothing of the date: "content-header" around a
    kicker, the date and the <h1> is the article's header, not the page's."""
    return _outside_says(node, holders, _NOT_BYLINE) or _outside_says(node, holders, _NOT_DATE)


_SENTENCE_LINE = 2 * _DATELINE_CHARS  # a longer line is text: a caption, a paragraph
_WIDE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _line_heads(window: str) -> str:
    """`window` with each line longer than `_SENTENCE_LINE` cut to its first
    `_DATELINE_CHARS` characters: a date deep in a sentence ("... su cotización más baja desde
    el 6 de marzo de 2002.", a photo caption's "... France, January 16, 2020. Photo/Agency")
    is the text's, not the page's; one opening a long line ("Published January 5, 2020 10:00
    | Updated ...") stays. A Chinese, Japanese or Korean character counts two (a sentence
    of 50 of them says what one of 100 Latin letters does: "市議会は...(2025年1月15日)")."""
    lines = window.split("\n")
    if not any(map(_sentence, lines)):
        return window
    return "\n".join(_head(line) if _sentence(line) else line for line in lines)


def _sentence(line: str) -> bool:
    """`line` is longer than `_SENTENCE_LINE`, its wide characters (`_WIDE`) counted twice
    (counted only where that decides)."""
    if len(line) <= _SENTENCE_LINE // 2 or len(line) > _SENTENCE_LINE:
        return len(line) > _SENTENCE_LINE
    return not line.isascii() and len(line) + len(_WIDE.findall(line)) > _SENTENCE_LINE


def _head(line: str) -> str:
    """The opening of `line` at most `_DATELINE_CHARS` wide."""
    head = line[:_DATELINE_CHARS]
    if head.isascii():
        return head
    width = 0
    for i, char in enumerate(head):
        width += 2 if _WIDE.match(char) else 1
        if width > _DATELINE_CHARS:
            return line[:i]
    return head


_LINES_BEFORE = 2  # elements right before the headline read for a date line above it
_LEVELS_BEFORE = 3  # levels up a headline first in its parent the line before it is sought


def _date_line_before(h1: HtmlElement, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of a short line set right above the headline, where a page prints no date
    after it: one of the `_LINES_BEFORE` elements before it (its parent's, for a headline first
    in its parent, and so up), each at most `_DATELINE_CHARS` long ("30.07.2019", "Bonn,
    11.10.2021", "Freitag, 5. Juni 2015", "21. Jan 2022 // Jana Roth"), or the first item of
    a row of short items ("26 | 01 | 2022", a section, a byline, counts: `_first_line`); none
    past a longer text (a teaser or a paragraph), nor in a page header or menu (which print
    the day of the fetch). A picture's credit line ("© 2012 APA/AP") is not read nor counted."""
    # (for a headline first in its parent, its parent's, up to `_LEVELS_BEFORE` levels:
    # "<div id='date'>...</div><div id='title'><div class='inner'><h1>")
    sibling, node = h1.getprevious(), h1
    for _ in range(_LEVELS_BEFORE):
        parent = node.getparent() if sibling is None else None
        if parent is None:
            break
        sibling, node = parent.getprevious(), parent
    holders = frozenset(h1.iterancestors())  # the article's header: its class says nothing
    read = 0
    while sibling is not None and read < _LINES_BEFORE:
        if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
            if _is_page_header(sibling) or _outside_says(sibling, holders, _NOT_DATE):
                return None
            text = " ".join(text_of(sibling).split())
            row = len(text) > _DATELINE_CHARS
            if row:  # a row of short items opening with the date, else a longer text
                text = _first_line(sibling, text) or ""
            if text.startswith("©"):
                text = ""  # a picture's credit ("© 2012 APA/AP"): no line of the header's
            found = _published_in(text, zone, language) if len(text) >= 6 else None
            if found is not None or row:
                return found
            read += bool(text)
        sibling = sibling.getprevious()
    return None


_ROW_CHARS = 3 * _DATELINE_CHARS  # a row of a date, a section, a byline and counts


def _first_line(box: HtmlElement, text: str) -> str | None:
    """The first text of `box` where it is a date line and `box` a row of short items above
    a headline ("26 | 01 | 2022", "Schweiz | Praxis", "Text: Jana Roth", "0 comments"): its
    whole text at most `_ROW_CHARS`; else None (a teaser, a paragraph)."""
    if len(text) > _ROW_CHARS:
        return None
    first = " ".join(next((str(t) for t in box.itertext() if t.strip()), "").split())
    return first if len(first) <= _DATELINE_CHARS else None


# Elements after the headline whose attributes may hold the date their text gives relatively:
# <time datetime="2012-01-12T08:45Z">3 hours ago</time>, <abbr title="2012-01-12T08:45:00Z">
# 3小時前</abbr> (the hAtom way).
_DATED_AFTER = xpath(
    f"following::*[position() <= {_NEAR_ELEMENTS}][@datetime or @title]"
    "[self::time or self::abbr or self::span]"
)


def _behind_relative(h1: HtmlElement, zone: tzinfo, now: datetime) -> datetime | None:
    """The full date in the `datetime` or `title` of the first element after the headline
    that prints a relative time: what "3小時前" stood for when the page was made, not when
    it was fetched (an archived page read years later)."""
    for node in _DATED_AFTER(h1):
        if relative_datetime(text_of(node)[:100], now) is None:
            continue
        found = _date(zone, node.get("datetime"), node.get("title"))
        if found is not None:
            return found
    return None


def _dateline(doc: HtmlElement, zone: tzinfo, language: str | None) -> datetime | None:
    """On a page with no headline markup (no <h1>, no heading that is the title) and no
    date-classed markup: the first short line of the body text that holds a date ("2012-01-17
    HKT 19:37", "【2012/01/17 16:59 報導】", "2003-5-29 09:07"), within the first
    `_DATELINE_ELEMENTS` elements. Page headers, menus, weather and "today" boxes are not read
    (see `_NOT_DATE`, `_is_page_header`), nor comments and related items (`_NOT_BYLINE`). A
    first date line without a time gives way to the next date line when that one has a time
    ("2006年12月27日" in an unmarked header cell, then "September 10th, 2005 10:56 am")."""
    body = doc.find("body")
    if body is None:
        return None
    seen = 0
    skipped: set[Any] = set()
    dated: datetime | None = None
    for el in body.iter():
        seen += 1
        if seen > _DATELINE_ELEMENTS:
            break
        if el.getparent() in skipped:
            skipped.add(el)
            continue
        if not isinstance(el.tag, str):
            continue
        label = f"{el.get('class', '')} {el.get('id', '')}"
        if (
            el.tag in _SKIPPED_TEXT
            or _is_page_header(el)
            or (label.strip() and (_NOT_DATE.search(label) or _NOT_BYLINE.search(label)))
        ):
            skipped.add(el)
            continue
        for text in (el.text, *(c.tail for c in el)):
            # (" ".join(text.split()): most texts are single-spaced already, or blank)
            found = _dateline_date(_one_line(text), zone, language) if text else None
            if found is None:
                continue
            if found.hour or found.minute or dated is not None:
                # a date alone, then a date with its time as the next date line: the first was
                # a header's "today" or a blog's founding day, the second the post's stamp
                return found if found.hour or found.minute else dated
            dated = found
    return dated


def _dateline_date(line: str, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of a short line (`_DATELINE_CHARS`), or of the start of a longer one opening
    with a publication label ("Δημοσίευση: 8-1-2012, 10:54 Τελευταία ανανέωση: ...")."""
    if len(line) > _DATELINE_CHARS and _PUBLISHED_LABEL.match(line):
        line = line[:_DATELINE_CHARS]
    return _published_in(line, zone, language) if 6 <= len(line) <= _DATELINE_CHARS else None


_SOLE_DATE_WINDOW = 30000  # characters of text after a headline its one date is sought in
# What holds other items' or the page's own dates after a headline: those of `_NOT_DATED`
# (comments, readers' letters, related lists, sidebars), and footers, teasers and menus.
_NOT_SOLE = re.compile(
    rf"(?:^|[\s_-])(?:{OTHER_ITEM_WORDS}|footer|teaser|card|aside|nav|menu)", re.I
)


def _sole_date(near: _Near | None, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of a short line (`_DATELINE_CHARS`: a date line, not a sentence) after the
    headline where every date the text after it prints (outside comments, related lists,
    footers and menus: `_NOT_SOLE`) is on its day (a press release's "2019.03.05" under its
    text); None without a headline, or where it prints none, several days, or its one day in
    sentences only. The text before the headline is not read (a page header prints the day
    of the fetch)."""
    if near is None or near.h1 is None:
        return None
    found: datetime | None = None
    read = 0
    for text in _texts_after_outside(near.h1, _NOT_SOLE):
        read += len(text)
        if read > _SOLE_DATE_WINDOW:
            break
        if not _HAS_DIGIT.search(text):
            continue
        line = " ".join(text.split())
        day = date_in_text(line, zone, language)
        if day is None:
            continue
        if found is not None and day.date() != found.date():
            return None
        if found is None and len(line) <= _DATELINE_CHARS:
            found = day  # a date line of its own, not a date in a sentence
    return found


_HAS_DIGIT = re.compile(r"\d")
