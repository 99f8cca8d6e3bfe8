"""The dates markup gives as machine times: a <time> or RDFa property marked as the
publication (not a sidebar's or a comment's), the first ISO time of a microformat's <abbr
title>, the <date> of a CMS's property comment, and the offset a <time> states for a wall time
read without one, or for a UTC one the wall clock printed gives (`_stated_zone`). `_date`
reads the first raw value that parses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import chain, islice, takewhile
from typing import Any

from pipeline.text.dates import date_in_text, parse_datetime
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.htmltree import document_elements
from pipeline.web.metadata.headline import _Near

# The RDFa a CMS prints beside its byline counts too: Drupal's `<span property="dc:date
# dc:created" content="...">`, `property="schema:dateCreated"` (the node's creation). The
# elements, not their values: one marked `itemprop="datePublished"` with neither value prints
# the date as its text (`<div itemprop="datePublished">07.04.2024 09:15</div>`). See
# `_time_published`.
_PUBLISHED_PROPERTIES = ("datePublished", "dateCreated", "dc:created")
# A <time>, or a web component that stands for one (GitHub's <relative-time datetime="...">
# and <local-time>, which print "on Jul 7, 2020" or "3 days ago").
_TIME_TAGS = ("time", "relative-time", "local-time")
_FIRST_TIMES = 8  # <time>s read for the first outside other items
# The machine-readable time of a microformat's <abbr> ("<abbr class='published'
# title='2012-01-12T08:45:00Z'>3 hours ago</abbr>": hAtom's, older CMSs' bylines).
_ABBR_TIMES = xpath("/descendant::abbr[@title]/@title")
_ISO_DAY = re.compile(r"\s*(?:19|20)\d\d-\d\d-\d\d")
_STATED_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)\s*$")
_STATED_UTC_END = re.compile(r"(?:Z|[+-]00:?00)\s*$")  # a UTC value: "...Z", "...+00:00"
_QUARTER_HOUR = timedelta(minutes=15)  # offsets are whole quarter hours (+05:45, -03:30)
# The world's zones, westmost and eastmost: UTC-12 (Baker Island) to UTC+14 (Kiribati)
_WEST_MOST, _EAST_MOST = timedelta(hours=-12), timedelta(hours=14)
_PROBE_ZONE = timezone(timedelta(hours=5, minutes=45))  # a zone no page's default is


def _stated_zone(
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    found: datetime,
    printed_near: bool = False,
) -> datetime:
    """`found` in the offset one of the first <time>s printing its wall time states: the
    datetime's ("2016-12-22T05:00:00-0800" of a printed "Dec. 22, 2016 5:00 a.m. PT", a zone
    no table holds), else its text's ("10/11/2022 08:00 AM EDT" of a datetime "2022-10-11
    08:00:00"); a <time>'s UTC value in the offset of the wall clock printed for it
    (`_printed_wall`: "3. Mai 2019, 00:30" of "2019-05-02T22:30:00Z" is +02:00, its day the
    3rd); `found` where none does."""
    wall = found.replace(tzinfo=None, second=0, microsecond=0)
    for el in islice(_dated_times(doc), _MARKED_TIMES):
        attr = el.get("datetime") or ""
        stamp = parse_datetime(attr, zone)
        if stamp is None:
            continue
        if _STATED_UTC_END.search(attr):  # "...Z": the wall clock printed gives the offset
            local = _printed_wall(el, stamp, found, zone, language, printed_near)
            if local is not None:
                return local
        if stamp.replace(tzinfo=None, second=0, microsecond=0) != wall:
            continue
        if _STATED_OFFSET.search(attr):
            return stamp if stamp.utcoffset() != found.utcoffset() else found
        text = " ".join(text_of(el).split())
        printed = date_in_text(text, UTC, language) if text else None
        if (
            printed is not None
            and printed.replace(tzinfo=None, second=0) == wall
            and printed == date_in_text(text, _PROBE_ZONE, language)  # a zone it states
        ):
            return printed
    return found


def _printed_wall(
    el: HtmlElement,
    stamp: datetime,
    found: datetime,
    zone: tzinfo,
    language: str | None,
    printed_near: bool,
) -> datetime | None:
    """`stamp` (a <time>'s UTC `datetime`, "2019-05-02T22:30:00Z") in the offset of the
    wall clock printed for it: where `stamp` is the time read (`found`), the <time>'s own
    text ("3. Mai 2019, 00:30"; with a zone, "00:30 MESZ": that zone); where `found` is a
    time printed near the headline without a zone (`printed_near`, in `zone`), that wall
    clock, the <time> not another item's. The wall clock must read the UTC minute moved by
    whole quarter hours (-12 to +14 hours, not 0) and hold a time, not a day alone; else
    None."""
    if stamp == found:
        text = " ".join(text_of(el).split())
        printed = date_in_text(text, UTC, language) if 6 <= len(text) <= _MARK_CHARS else None
        if printed is not None and printed == date_in_text(text, _PROBE_ZONE, language):
            return stamp.astimezone(printed.tzinfo) if printed == stamp else None  # a zone
    elif (
        printed_near and found.utcoffset() == zone.utcoffset(found) and not in_other_item(el, None)
    ):
        printed = found  # a wall clock printed apart from the <time>, without a zone
    else:
        return None
    if printed is None or not (printed.hour or printed.minute):
        return None
    shift = printed.replace(tzinfo=None, second=0, microsecond=0) - stamp.replace(
        tzinfo=None, second=0, microsecond=0
    )
    if not shift or shift % _QUARTER_HOUR or not _WEST_MOST <= shift <= _EAST_MOST:
        return None
    return stamp.astimezone(timezone(shift))


def stated_offset(doc: HtmlElement, raws: tuple[Any, ...]) -> tzinfo | None:
    """The offset other than UTC's the page's own machine times state: the first of its
    structured dates (`raws`: JSON-LD's, the metas') that ends on one, else one of its first
    <time datetime>s'; None where none does. A time the page prints without a zone ("Publié
    le 8 janvier 2026 à 14h03", "mis à jour ... à 16h20") is its wall clock in that offset."""
    values = (str(r).strip() for r in raws if isinstance(r, str) and r)
    times = (el.get("datetime") or "" for el in islice(_dated_times(doc), _MARKED_TIMES))
    for value in chain(values, times):  # (the <time>s walked to only where no raw states one)
        found = _STATED_OFFSET.search(value)
        if found is None or _STATED_UTC.fullmatch(found.group()):
            continue
        stamp = parse_datetime(value, UTC)
        if stamp is not None and stamp.tzinfo is not None:
            return stamp.tzinfo
    return None


_STATED_UTC = re.compile(r"Z|[+-]00:?00")

# What holds other items' marked times: a sidebar or <aside> box, comments, related stories.
_OTHER_ITEMS = re.compile(
    r"(?:^|[\s_-])(?:aside|sidebar|comments?|related|recommend\w*|reply|replies|widgets?|popular)"
    r"(?:$|[\s_-])",
    re.I,
)
_MARKED_TIMES = 3  # marked times read for one outside other items


def _marked_time(
    doc: HtmlElement, zone: tzinfo, near: _Near | None, language: str | None = None
) -> datetime | None:
    """The first time marked as a publication (`_time_published`) that is not in an <aside>,
    a sidebar, comments or related items (`_OTHER_ITEMS`, an ancestor below those that hold
    the headline too: "main-wrapper aside-active" around the whole page says nothing): a
    sidebar's list of posts, each `<time pubdate>`, is not the article's, whose own date may
    be unmarked."""
    marks = ((el, value) for el in _time_published(doc) if (value := _mark_value(el)) != "")
    for el, value in islice(marks, _MARKED_TIMES):
        if not in_other_item(el, near):
            return _date(zone, value) if value is not None else _printed_mark(el, zone, language)
    return None


def _time_published(doc: HtmlElement) -> Iterator[HtmlElement]:
    """The page's elements marked as its publication, in document order: a <time> with a
    `datetime` and `itemprop="datePublished"`, `pubdate` or the class "published"; any element
    whose itemprop is "datePublished" or whose RDFa property holds one of
    `_PUBLISHED_PROPERTIES`. Most pages have none, so the whole page is read: libxml2 steps
    to the few elements that have an itemprop or a property attribute and tests the values
    there (`_PUBLISHED`), half the time of a walk in Python that reads both attributes of
    every element (a predicate on every element, "/descendant::*[@itemprop or ...]", costs
    more than either)."""
    return iter(_PUBLISHED(doc))


def _published_xpath() -> Any:
    """`_time_published`'s XPath: each attribute's step tests its value, then its element."""
    held = " or ".join(f"contains(.,'{name}')" for name in _PUBLISHED_PROPERTIES)
    return xpath(
        "/descendant::*/@itemprop[.='datePublished']/.."
        f" | /descendant::*/@property[{held}]/.."
        " | /descendant::time[@datetime][@pubdate or @class='published']"
    )


_PUBLISHED = _published_xpath()


def _dated_times(doc: HtmlElement) -> Iterator[HtmlElement]:
    """The page's <time>s with a `datetime`, lazily (was "/descendant::time[@datetime]")."""
    return (el for el in document_elements(doc, "time") if el.get("datetime") is not None)


def _mark_value(el: HtmlElement) -> str | None:
    """The machine-readable value of a marked element (a <time>'s `datetime`, else a
    `content`); None for one marked `itemprop="datePublished"` that prints its date instead;
    "" for one that gives none (not read)."""
    value = el.get("datetime") if el.tag == "time" else None
    if value is None:
        value = el.get("content")
    if value is not None:
        return value
    return None if el.get("itemprop") == "datePublished" and el.tag not in _NOT_PRINTED else ""


_NOT_PRINTED = frozenset({"meta", "link", "script"})
_MARK_CHARS = 60  # a date with its time and a label, not a sentence


def _printed_mark(el: HtmlElement, zone: tzinfo, language: str | None) -> datetime | None:
    """The date an element marked as the publication without a machine-readable value
    prints in its short text."""
    text = " ".join(text_of(el).split())
    return date_in_text(text, zone, language) if 6 <= len(text) <= _MARK_CHARS else None


def in_other_item(el: HtmlElement, near: _Near | None) -> bool:
    """True when an ancestor of `el` is an <aside>, a sidebar, comments or related items
    (`_OTHER_ITEMS`), below those that hold the headline too."""
    h1 = near.h1 if near is not None else None
    holders = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    return any(
        a.tag == "aside" or _OTHER_ITEMS.search(f"{a.get('class', '')} {a.get('id', '')}")
        for a in takewhile(lambda a: a not in holders, el.iterancestors())
    )


def _first_time(
    doc: HtmlElement, zone: tzinfo, near: _Near | None, fallback: bool = True
) -> datetime | None:
    """The time of the first <time datetime> (`_TIME_TAGS`) of the page that is not another
    item's (`in_other_item`) nor in a menu (<nav>): a teaser list of other stories above the
    article, each <time>d, is passed over for the article's own after it. Where the first
    `_FIRST_TIMES` are all such, the first (a page whose own date sits in a "sidebar" column
    beside its text), or None without `fallback`."""
    h1 = near.h1 if near is not None else None
    holders = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    dated = (el for el in document_elements(doc, *_TIME_TAGS) if el.get("datetime"))
    times = list(islice(dated, _FIRST_TIMES))
    for el in times:
        if any(a.tag == "nav" for a in takewhile(lambda a: a not in holders, el.iterancestors())):
            continue
        if not in_other_item(el, near):
            return _date(zone, el.get("datetime"))
    return _date(zone, times[0].get("datetime")) if times and fallback else None


# The property block a Chinese CMS (Founder's) leaves in a comment: "<!--enpproperty
# <articleid>...</articleid><date>2022-02-13 00:00:00:0</date><author>...-->", its <date>
# the article's publication time.
_CMS_PROPERTIES = xpath("//comment()[contains(., 'enpproperty')]")
_CMS_DATE = re.compile(r"<date>\s*(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)")


def _cms_comment_date(doc: HtmlElement, zone: tzinfo) -> datetime | None:
    """The <date> of a CMS's property comment (`_CMS_PROPERTIES`), read as a machine time."""
    for comment in _CMS_PROPERTIES(doc)[:1]:
        match = _CMS_DATE.search(comment.text or "")
        if match is not None:
            return _date(zone, match.group(1))
    return None


def _abbr_time(doc: HtmlElement, zone: tzinfo) -> datetime | None:
    """The first ISO date an <abbr> gives in its title (`_ABBR_TIMES`)."""
    title = next((t for t in _ABBR_TIMES(doc) if _ISO_DAY.match(t)), None)
    return _date(zone, title) if title else None


def _date(zone: tzinfo, *raws: Any) -> datetime | None:
    """The first of `raws` that parses as a date."""
    for raw in raws:
        if raw and (found := parse_datetime(str(raw), zone)):
            return found
    return None


def _timed_day(doc: HtmlElement, zone: tzinfo, found: datetime, near: _Near | None) -> datetime:
    """A printed day without its time (`found`, at midnight) at the time one of the first
    <time>s gives in its `datetime` on that day ("<time datetime='2026-01-08T14:03:00+01:00'>
    8. Januar 2026</time>"), not one of other items (`in_other_item`); else `found`."""
    if found.hour or found.minute:
        return found
    for el in islice(_dated_times(doc), _MARKED_TIMES):
        stamp = parse_datetime(el.get("datetime") or "", zone)
        if (
            stamp is not None
            and (stamp.hour or stamp.minute)
            and stamp.date() == found.date()
            and not in_other_item(el, near)
        ):
            return stamp
    return found
