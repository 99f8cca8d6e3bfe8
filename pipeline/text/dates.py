"""Dates and zones: the one date parser of the pipeline and the zone constants.

Chinese sites print local times without a zone: those are Asia/Shanghai (`SHANGHAI`), the
zone site modules declare. A value without a zone gets the caller's `default_tz`.

Hand-written rather than dateparser or python-dateutil: neither reads epoch milliseconds, and
both read text we must refuse (dateparser: "yesterday" is a date; dateutil's fuzzy parse
invents today's year or day for a partial date), so their results would not stay the same.
dateparser also costs a second to import and about a millisecond a call. Its locale data is
used, though: the month names of written dates in other languages ("6 января 2012",
"31 grudnia 2011", "18 Maggio 2024", "1 de diciembre de 2017") come from dateparser's
maintained locales, loaded once on the first written date that needs them.

This module is the public face: `parse_datetime` (a whole value) and `date_in_url` live here;
the dates inside a text in `writtendates` (their month names in `monthnames`), the relative
times in `relativedates` (their words in `relativewords`), and the zone and digit pieces they
share in `dateparts`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any

from pipeline.text.dateparts import SHANGHAI, _ascii_digits, _from_parts, _zone, plausible
from pipeline.text.monthnames import is_month_name
from pipeline.text.relativedates import relative_datetime
from pipeline.text.writtendates import DATE_IN_TEXT, date_in_text, java_date
from pipeline.text.yearless import yearless_datetime, yearless_last

__all__ = [
    "CN_DATE",
    "DATE_IN_TEXT",
    "SHANGHAI",
    "UTC",
    "date_in_text",
    "date_in_url",
    "is_month_name",
    "slug_date",
    "parse_datetime",
    "relative_datetime",
    "yearless_datetime",
    "yearless_last",
]


# 2026年1月8日 18:21(:05), 18时21分, 18時21分, spaces allowed anywhere (Sohu bylines, Chinese
# body text).
CN_DATE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：时時点點]\s*(\d{1,2})"
    r"(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
# The whole value: 2026-01-08, 2026/01/08 18:21, 2026-01-08T18:21:00.000+08:00, ... Z; after
# a time, an offset of three digits ("-500": a CMS's "-0500" written as a number; not after a
# day alone)
_NUM_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|(?(4)[+-]\d(?:00|30|45)|(?!)))?$"
)
_RFC822_START = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_EPOCH = re.compile(r"\d{9,13}(\.\d+)?")
# A compact stamp, year to minute or second, as Korean CMSs write their og:regDate
# ("20260108140300"): twelve digits read as epoch milliseconds would be a day of 1976.
_COMPACT = re.compile(
    r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)([0-5]\d)?"
)
# A date in a URL path: /2026/01/08/, /2026-01-08/, /20260108/, /2026/0108/ (year 19xx or
# 20xx); not a year and a month run together before a separated day: "/194709-13-ways-to"
# is an id and a count, no date is written so.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})(?!(?:0[1-9]|1[0-2])[/_-])[/_-]?(0[1-9]|1[0-2])[/_-]?"
    r"(0[1-9]|[12]\d|3[01])(?=\D|$)"
)
# ... written with one-digit parts between slashes, as blog platforms do: /2017/7/12/ (a
# slash after the day: "/2017/7/12345" is an id)
_URL_SHORT_DATE = re.compile(r"/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/")
# ... or day first: /29-10-2021 (read only where one number cannot be a month)
_URL_DAY_FIRST = re.compile(
    r"/(0[1-9]|[12]\d|3[01])-(0[1-9]|[12]\d|3[01])-((?:19|20)\d{2})(?=[^\d-]|-\D|$)"
)
# ... or a whole path segment day first with dots, as Russian regional sites file their news
# (/news/asia/05.01.2012/185968/...): dots write the day first, as the pages print it
_URL_DOTTED = re.compile(r"/(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.((?:19|20)\d{2})(?=/|$)")
# ... or in a query value: ?a=20170309-35097838, ?date=2017-03-09
_QUERY_DATE = re.compile(
    r"=((?:19|20)\d{2})(?!(?:0[1-9]|1[0-2])-)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=\D|$)"
)

# ... or glued to the end of a slug, the path's last segment: "/some-title-20190503.html",
# "/some-title-2019-05-03/" (a word of letters, then the day, then the segment's end)
_SLUG_DATE = re.compile(
    r"[^\W\d_]{2,}[-_]((?:19|20)\d{2})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])"
    r"(?:\.[A-Za-z]{2,5})?/?$"
)


def parse_datetime(value: Any, default_tz: tzinfo = SHANGHAI) -> datetime | None:
    """A zone-aware datetime from epoch s/ms, ISO 8601, 'YYYY-MM-DD HH:MM', 'YYYY/MM/DD',
    '2026年1月8日 18:21', RFC 822 ('Thu, 08 Jan 2026 10:00:00 +0000'), or a date inside a
    longer text (see `date_in_text`: 'January 8, 2026', '8 janvier 2026 à 14h30'); None when
    there is none. Relative times ('昨天', '3小时前') are not dates here: `relative_datetime`.

    Epoch values are shown in `default_tz`; dates without a zone are read in it (Asia/Shanghai
    by default: the Chinese sites never state one). A date no page can have ("0001-01-01",
    the zero timestamp: `dateparts.plausible`) is None, checked once here for every form.
    """
    return plausible(_parsed(value, default_tz))


# A date value is read in its first this many characters: the longest of the 1,643 pages on
# disk holds 39 ('Mon May 20 2024 01:01:06 GMT+0000 (UTC)'); a <time datetime> of a megabyte
# had the written-date patterns run over all of it, 0.6 s a page.
_MAX_DATE_VALUE = 1_000


def _parsed(value: Any, default_tz: tzinfo) -> datetime | None:
    if value is None or isinstance(value, bool):
        return None
    raw = str(value).strip()[:_MAX_DATE_VALUE]
    text = raw if raw.isascii() else raw.translate(_ascii_digits())
    compact = _COMPACT.fullmatch(text) if len(text) in (12, 14) else None
    if compact is not None:
        return _from_parts(compact.groups(), default_tz)
    if _EPOCH.fullmatch(text):
        number = float(text)
        seconds = number / 1000 if number > 1e11 else number
        return datetime.fromtimestamp(seconds, tz=default_tz)
    match = _NUM_DATE.match(text)
    if match:
        # None for a year no page is dated ("0001-01-01"); a solar hijri "۱۴۰۴/۱۰/۱۸" is
        # then read by date_in_text on the digits as printed
        parsed = _from_parts(match.groups()[:6], _zone(match.group(7), default_tz))
        return parsed or (date_in_text(raw, default_tz) if not raw.isascii() else None)
    match = CN_DATE.search(text)
    if match:
        return _from_parts(match.groups(), default_tz)
    if _RFC822_START.match(text):
        try:
            rfc = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            rfc = None
        if rfc is not None:
            return rfc if rfc.tzinfo else rfc.replace(tzinfo=default_tz)
    try:
        parsed = datetime.fromisoformat(text.replace(" +", "+"))
    except ValueError:
        if text[-4:].isdigit() and text[:3].isalpha():
            java = java_date(text, default_tz)  # "Mon Aug 03 12:45:00 EDT 2015"
            if java is not None:
                return java
        return date_in_text(text, default_tz)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=default_tz)


def date_in_url(url: str, default_tz: tzinfo = SHANGHAI) -> datetime | None:
    """The date in a URL path (/2026/01/08/, /2026-01-08/, /20260108/), else at the start of
    a query value (?a=20260108-..., ?date=2026-01-08), else in a path as /2026/1/8/,
    /08.01.2026/ (day first) or /29-10-2021 (day or month first where only one order is a
    date), at midnight in
    `default_tz`; None when the URL holds none."""
    path, _, query = url.split("#", 1)[0].partition("?")
    match = _URL_DATE.search(path) or _QUERY_DATE.search(query) or _URL_SHORT_DATE.search(path)
    if match is not None:
        return _from_parts((*match.groups(), None, None, None), default_tz)
    dotted = _URL_DOTTED.search(path) if ".20" in path or ".19" in path else None
    if dotted is not None:  # /05.01.2012/
        return _from_parts((*dotted.groups()[::-1], None, None, None), default_tz)
    day_first = _URL_DAY_FIRST.search(path) if "-20" in path or "-19" in path else None
    if day_first is None:
        return None
    first, second, year = day_first.groups()
    if int(first) > 12 >= int(second):  # /29-10-2021
        return _from_parts((year, second, first, None, None, None), default_tz)
    if int(second) > 12 >= int(first):  # /10-29-2021, month first
        return _from_parts((year, first, second, None, None, None), default_tz)
    return None  # /05-06-2021: either; /31-31-2021: no date


def slug_date(url: str, default_tz: tzinfo = SHANGHAI) -> datetime | None:
    """The day glued to the end of the URL's slug ("/some-title-20190503.html",
    "/some-title-2019-05-03/"), at midnight in `default_tz`; else None. Not one of
    `date_in_url`'s: a number closing a slug is as often an id ("-20190503" of an article
    numbered so), so it is read only where nothing else dates a page, and guards nothing."""
    path = url.split("#", 1)[0].split("?", 1)[0]
    match = _SLUG_DATE.search(path) if "-" in path or "_" in path else None
    if match is None:
        return None
    year, _, month, day = match.groups()
    return _from_parts((year, month, day, None, None, None), default_tz)
