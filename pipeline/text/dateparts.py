"""The pieces every date reader of `pipeline.text.dates` shares: the zone Chinese sites print
their local times in (`SHANGHAI`), any script's digits read as ASCII ones, a numeric zone
offset ("+08:00", "Z"), a datetime built from its numeric parts, and what a page's date can
be (`plausible`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache


def _shanghai() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except (ImportError, KeyError, OSError):  # no tz database: China has had no DST since 1991
        return timezone(timedelta(hours=8), "CST")


SHANGHAI = _shanghai()


@lru_cache(maxsize=1)
def _ascii_digits() -> dict[int, str]:
    """Every decimal digit of the Basic Multilingual Plane (fullwidth ０-９, Arabic-Indic,
    Persian, Devanagari, Bengali, Thai ...) -> its ASCII digit: dates are read in ASCII
    digits. Built on the first text that needs it."""
    return {
        code: str(unicodedata.digit(chr(code)))
        for code in range(0x80, 0x10000)
        if unicodedata.category(chr(code)) == "Nd"
    }


@lru_cache(maxsize=1)
def wide_digit() -> re.Pattern[str]:
    """A character `_ascii_digits` translates (a decimal digit other than ASCII's): a text
    holding none is what translating its digits makes of it (one scan, a sixth of the time)."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in _ascii_digits()) + "]")


def _zone(text: str | None, default: tzinfo) -> tzinfo:
    """The zone of an offset ("+08:00", "-0500", "Z"); `default` for none, and for one no
    place has ("+25:00", "+05:99": the time is then read as if none were printed)."""
    if not text:
        return default
    if text == "Z":
        return UTC
    return _offset_zone(text) or default


@lru_cache(maxsize=256)
def _offset_zone(text: str) -> tzinfo | None:
    """The fixed zone of an offset ("+08:00", "-0500"), made once for each spelling: a
    page's dates name one or two, and a timezone is immutable (equal by its offset). None
    for an offset no place has."""
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    if len(digits) == 3:  # "-500": an hour of one digit, its minutes ("-0500")
        digits = "0" + digits
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > MAX_OFFSET_HOURS or minutes >= 60:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


MAX_OFFSET_HOURS = 14  # Kiribati's +14:00; the farthest west is -12:00


def _from_parts(parts: Iterable[str | None], zone: tzinfo) -> datetime | None:
    y, mo, d, h, mi, s = (int(p) if p else 0 for p in parts)
    try:
        return plausible(datetime(y, mo, d, h, mi, s, tzinfo=zone))
    except ValueError:
        return None


# The years a page's date is read in. Before: the "no date" values of software, not dates
# (0001-01-01 of .NET, 1601-01-01 of Windows, 1753-01-01 of SQL Server, 1899-12-30 of OLE),
# and the years of other calendars written as numbers ("1404/10/18", solar hijri: read by
# `calendars` where the text shows it); after: no page, and no overflow when a time is moved
# to UTC (year 9999 with a negative offset).
FIRST_YEAR, LAST_YEAR = 1900, 2199
# Midnight of 1 January 1900 and 1970 (any zone): the zero of a database's date and of a
# Unix timestamp, printed where a page has no date.
_ZERO_DATES = ((1900, 1, 1), (1970, 1, 1))


def plausible(value: datetime | None) -> datetime | None:
    """`value` if it can be the date of a page, else None: a year from `FIRST_YEAR` to
    `LAST_YEAR`, and not the zero date of a database or of a Unix timestamp."""
    if value is None or not FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    if value.time() == time(0) and (value.year, value.month, value.day) in _ZERO_DATES:
        return None
    if value.tzinfo is not None and value.year == 1970 and value.timestamp() == 0:
        return None  # the zero timestamp shown in a zone: "1970-01-01T08:00:00+08:00"
    return value
