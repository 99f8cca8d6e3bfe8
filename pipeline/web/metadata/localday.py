"""The publisher's day of a publication time the page gives in UTC.

Many CMSs write their times in UTC ("2023-11-09T03:28:00Z", "+00:00"): the instant is right,
but its UTC day is not the day the page was published where it was published (an American
evening is the next day in UTC; a European "midnight" date stored as UTC is "23:00Z" the day
before). Where the page states that local day (its URL's date, else the date printed under the
headline, a day alone) one day off the UTC day, in the direction a real zone shifts it, the
time is given in the smallest whole-hour offset that puts it on that day; where the page
prints the publisher's wall clock (no zone beside it: one printed with a zone may be the
reader's) the same minute a whole number of quarter hours off, on another day, in that
offset. The instant stays exact, and the day is the publisher's (the one
htmldate's public gold counts; our own golds count the day in the offset the time is given
in, benchmarks/extraction/README.md, session 21).

A structured time with no offset at all ("2020-12-15T14:49:06"), on a page whose language
and markup give no zone, is its publisher's wall clock: `country_wall` gives it in the zone of
the country the page's domain names, where that country keeps one clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any, TypeVar

from pipeline.text.countryzones import country_zone
from pipeline.text.dates import date_in_url, parse_datetime
from pipeline.web.metadata.dates import _ZONELESS_TIME

# A time that says it is UTC: "Z", "+00:00", "+0000", "-00:00", " GMT", " UTC" at its end.
_UTC_STATED = re.compile(r"(?:Z|[+-]00:?00|\s(?:GMT|UTC))\s*$", re.I)
# A zone west of UTC puts its evening on the next UTC day up to UTC-10 (Hawaii): a UTC time
# before 10:00 may be the day before where it was written; east of UTC, a time from 12:00 on
# may be the next day there (UTC+12: New Zealand's standard time, Fiji, Kamchatka). The
# offsets past +12 (New Zealand's summer, Tonga, Samoa, Kiribati) are left out: a URL dated
# a day after a UTC morning is a print edition's date far more often (nytimes.com's
# /2016/09/20/ of an article out at 11:46Z on the 19th, 07:46 in New York).
_WEST_BEFORE_HOUR = 10
_EAST_FROM_HOUR = 12
_ONE_DAY = timedelta(days=1)


def local_day(
    published: datetime,
    raws: tuple[Any, ...],
    zone: tzinfo,
    url: str,
    printed: Callable[[], datetime | None],
) -> datetime:
    """`published` in the offset that puts it on the page's own day, when it was given in UTC
    (the first of `raws`, the structured values, that parses in `zone` says so) and the URL's
    date (else `printed()`, the date printed under the headline, asked only then) is the day
    before or after its UTC day, as a zone shifts it; else `published` unchanged. Where
    another of `raws` gives the same instant in an offset of its own ("2019-10-18T22:04:00Z"
    in the JSON-LD, "Sat, 19 Oct 2019 00:04:00 +0200" in a meta), that offset is the
    publisher's: the time is given in it."""
    if published.utcoffset() != timedelta(0):
        return published
    raw = next((str(r) for r in raws if r and parse_datetime(str(r), zone)), "")
    if not _UTC_STATED.search(raw):
        return published
    for other in raws:  # the same instant in the publisher's offset ("+0200" in a meta)
        found = parse_datetime(str(other), zone) if other and str(other) != raw else None
        if found is not None and found == published and found.utcoffset() != timedelta(0):
            return published.astimezone(found.tzinfo)
    stated = date_in_url(url, UTC) if url else None
    if stated is None:
        stated = printed()
        if stated is not None and (stated.hour, stated.minute) != (0, 0):
            # a printed time stated in a zone may be the reader's (a page rendered where it
            # was fetched: "May 13, 2024, 12:57 AM GMT+3"): only a printed day alone, or the
            # publisher's own wall clock (no zone printed), says the page's day
            return _printed_clock(published, stated, zone)
    if stated is None:
        return published
    shift = stated.date() - published.date()
    if shift == -_ONE_DAY and published.hour < _WEST_BEFORE_HOUR:
        hours = -(published.hour + 1)  # to 23:xx the day before
    elif shift == _ONE_DAY and published.hour >= _EAST_FROM_HOUR:
        hours = 24 - published.hour  # to 00:xx the day after
    else:
        return published
    return published.astimezone(timezone(timedelta(hours=hours)))


_QUARTER_HOUR = timedelta(minutes=15)  # offsets are whole quarter hours (+05:45, -03:30)
_WEST_MOST, _EAST_MOST = timedelta(hours=-12), timedelta(hours=14)  # Baker Island, Kiribati


def _printed_clock(published: datetime, printed: datetime, zone: tzinfo) -> datetime:
    """`published` (a UTC time) in the offset of the wall clock the page prints under its
    headline, where no zone is printed beside it (`printed` is in the page's default
    `zone`), the clock reads the same minute as the UTC time moved by whole quarter hours
    (-12 to +14 hours: "3/5/2022 22:41" printed for "2022-05-04T02:41:00Z" is -04:00) and
    that puts it on another day than its UTC day; else `published` unchanged."""
    if printed.utcoffset() != zone.utcoffset(printed):
        return published  # a zone printed beside the time: perhaps the reader's
    wall = printed.replace(tzinfo=None, second=0, microsecond=0)
    shift = wall - published.replace(tzinfo=None, second=0, microsecond=0)
    if (
        wall.date() == published.date()
        or shift % _QUARTER_HOUR
        or not _WEST_MOST <= shift <= _EAST_MOST
    ):
        return published
    return published.astimezone(timezone(shift))


_When = TypeVar("_When", datetime, datetime | None)


def country_wall(
    found: _When,
    raws: tuple[Any, ...],
    zone: tzinfo,
    url: str,
    stated: Callable[[], tzinfo | None],
    shown: Callable[[], datetime | None],
) -> _When:
    """`found`, read in UTC (`zone`: the page's language gives no zone) from the first of
    `raws` that parses, at the same wall clock in the zone of `url`'s country
    (`country_zone`: a country keeping one clock) where that value is a time without an
    offset ("2020-12-15T14:49:06") and the page states no offset of its own (`stated()`,
    asked only then); else `found`. On the public sets' pages of such countries, 12 of 12
    whose text prints the clock of such a value print its wall clock, none its UTC one
    (benchmarks/extraction/README.md, session 36). Where the clock the page prints (`shown()`,
    asked only then) is one of `raws`' read in UTC and moved to that zone, not its own, the
    machine's times are UTC: `found` stays that instant, in the country's zone."""
    if found is None or zone is not UTC or found.utcoffset() != timedelta(0):
        return found
    if (found.hour, found.minute, found.second) == (0, 0, 0):
        return found  # (a day alone: a day, at UTC midnight as on every page)
    raw = next((str(r).strip() for r in raws if r and parse_datetime(str(r), zone)), "")
    country = country_zone(url) if _ZONELESS_TIME.fullmatch(raw) else None
    if country is None or stated() is not None:
        return found
    return (
        found.astimezone(country)
        if _utc_shown(raws, country, shown)
        else found.replace(tzinfo=country)
    )


def _utc_shown(raws: tuple[Any, ...], zone: tzinfo, shown: Callable[[], datetime | None]) -> bool:
    """True when the clock the page prints (`shown()`, no zone beside it) is, to the minute,
    one of the zone-less `raws` read in UTC and moved to `zone`, and not that raw's own clock
    ("2019-05-07T11:59:00" in the JSON-LD, "Publié le 7 mai 2019 à 13h59" printed in Paris)."""
    printed = shown()
    if printed is None or (printed.hour, printed.minute) == (0, 0):
        return False
    wall = printed.replace(tzinfo=None, second=0, microsecond=0)
    for raw in raws:
        text = str(raw).strip() if raw else ""
        utc = parse_datetime(text, UTC) if _ZONELESS_TIME.fullmatch(text) else None
        if utc is not None and utc.replace(tzinfo=None, second=0, microsecond=0) != wall:
            if utc.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0) == wall:
                return True
    return False
