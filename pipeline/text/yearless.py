"""A day printed without its year: a month, day and time on a byline ("1月8日 10:30",
"1/8(木) 15:20", "8.1. 14:03", "8 janv. à 14h32", "Jan 8, 14:32": `yearless_datetime`), or a
day and a month alone on a short line ("8 janv.", "March 18", "1月8日", "1/8(木)":
`yearless_last`), read in the year of the fetch time (or of a time the page states after its
publication); a Japanese weekday printed beside the day says which year it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo

from pipeline.text.monthnames import _MONTH_WORD, _months, month_key
from pipeline.text.relativedates import _on_short_line

# A day and a time without the year, as Chinese, Japanese and Korean portals print a byline's
# date: "1月8日 10:30", "01月08日 10:30", "01-08 10:30", "01/08 10:30" (month first; with
# a dash or a slash in two digits each, not a score "3-1 12:30"), "06月24日 11時30分" (NHK);
# a Japanese weekday in brackets may follow the day ("1月8日(木) 15:20", "1/8(木) 15:20配信":
# then a slash's numbers may be of one digit, the weekday says it is a day)
_JA_WEEKDAYS = "月火水木金土日"  # Monday first, as datetime.weekday() counts
_JA_WEEKDAY = rf"[(（]([{_JA_WEEKDAYS}])[)）]"
_YEARLESS = re.compile(
    r"(?<![\d年/.-])(?:(\d{1,2})月(\d{1,2})日|(\d{2})[-/](\d{2})"
    rf"|(\d{{1,2}})/(\d{{1,2}})(?=[(（][{_JA_WEEKDAYS}]))(?:{_JA_WEEKDAY})?"
    r"[ \t　]*(\d{1,2})(?:[:：]|[時时](?=\d{2}分))(\d{2})(?![\d:])"
)
# A 12-hour clock's half after the time ("3:57 PM", "3:57 p.m."): read, or the afternoon's
# times come out twelve hours early.
_MERIDIEM = r"(?:\s?([ap])\.?\s?m\b\.?)?"
# ... and with the month's name: "8 janv. à 14h32", "8 Jan, 14:32" (day first), "Jan 8,
# 14:32", "January 8 at 2:32" (month first); no year between the day and the time.
_YEARLESS_DAY_MONTH = re.compile(
    rf"(?<![\d.])(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+({_MONTH_WORD})\.?,?"
    r"\s*(?:à|at|um|a las|alle|às|-|–)?\s*(\d{1,2})[:h](\d{2})(?![\d:])" + _MERIDIEM,
    re.I,
)
_YEARLESS_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_])({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?"
    r"\s*(?:at|-|–)?\s*(\d{1,2})[:h](\d{2})(?![\d:])" + _MERIDIEM,
    re.I,
)
# ... and day first with dots, as Finnish, Nordic, Czech and German bylines print today's
# stories: "8.1. 14:03", "8.1. klo 14.03", "08.01. um 14:03 Uhr", "8. 1. 14:03" (the dot after
# the month and no year: "8.1.2026" is date_in_text's)
_YEARLESS_DOTTED = re.compile(
    r"(?<![\d.])(\d{1,2})\. ?(\d{1,2})\.(?![\d.])\s*(?:klo|kl\.?|um|o|v|в)?\s*"
    r"([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:.]|\.\d)"
)
_YEARLESS_SKEW = timedelta(days=1)  # a date this far after the fetch time is last year's


def yearless_datetime(text: str, now: datetime, language: str | None = None) -> datetime | None:
    """A month, day and time printed without the year on a short line of `text` (a byline:
    "1月8日 10:30", "01-08 10:30", "06月24日 11時30分", "1/8(木) 15:20", "8 janv. à 14h32",
    "Jan 8, 14:32"; a month's name in English, French or `language`), in the year of `now`
    (the fetch time, in the page's zone), or the year before where that would fall more than
    a day after `now` ("12-31 23:00" fetched on 2 January), or the latest year before on
    whose calendar the day has the Japanese weekday printed beside it (`_weekday_year`, none
    when no recent year fits); None when there is none."""
    for match in _YEARLESS.finditer(text):
        if _on_short_line(text, match):
            month = int(match.group(1) or match.group(3) or match.group(5))
            day = int(match.group(2) or match.group(4) or match.group(6))
            found = _in_year_of(now, month, day, int(match.group(8)), int(match.group(9)))
            if found is not None:
                found = _weekday_year(found, match.group(7), now)
            if found is not None:
                return found
    if "." in text:
        for match in _YEARLESS_DOTTED.finditer(text):
            if _on_short_line(text, match):
                day, month, hour, minute = map(int, match.groups())
                found = _in_year_of(now, month, day, hour, minute)
                if found is not None:
                    return found
    if _HAS_TIME.search(text):  # (the written forms need a time: a fast test)
        for match in _written_yearless(text):
            if not _on_short_line(text, match):
                continue
            first, second = match.group(1), match.group(2)
            name, number = (second, first) if first.isdigit() else (first, second)
            named = _months(language).get(month_key(name.lower()))
            hour, minute = int(match.group(3)), int(match.group(4))
            if match.group(5):  # a 12-hour clock: 12:05 am is 00:05, 3:57 pm 15:57
                if hour > 12:
                    continue
                hour = hour % 12 + (12 if match.group(5).lower() == "p" else 0)
            found = _in_year_of(now, named, int(number), hour, minute) if named else None
            if found is not None:
                return found
    return None


def yearless_last(
    text: str,
    zone: tzinfo,
    now: datetime | None,
    anchor: tuple[datetime, datetime] | None,
    language: str | None = None,
) -> datetime | None:
    """A day printed without its year on a short line of `text`, read where no other date
    was: against `now` (the fetch time) a day and a month alone ("8 janv.", "March 18",
    "1月8日", "1/8(木)": `_bare_yearless`; the forms with a time are `yearless_datetime`'s,
    read before);
    without it, in either form in the year of `anchor`'s latest time (a time the page states
    after its publication), between its earliest and its latest; in the zone `zone`."""
    if now is not None:
        return _bare_yearless(
            text, now if zone.utcoffset(now) == _NO_OFFSET else now.astimezone(zone), language
        )
    if anchor is None:
        return None
    latest = anchor[0].astimezone(zone)
    found = yearless_datetime(text, latest, language) or _bare_yearless(text, latest, language)
    return found if found is not None and anchor[1] <= found <= anchor[0] else None


_NO_OFFSET = timedelta(0)


def _bare_yearless(text: str, now: datetime, language: str | None = None) -> datetime | None:
    """A day and a month printed without a year or a time as a line of its own, at most
    `_NAMED_DAY_LINE` long (a byline's "8 janv.", "March 18", "Le 8 janvier", "1月8日"), at
    midnight in the year `yearless_datetime` gives; None when there is none."""
    for pattern in (_BARE_DAY_MONTH, _BARE_MONTH_DAY, _BARE_HAN):
        for match in pattern.finditer(text):
            if not _on_short_line(text, match):
                continue
            first, second = match.group(1), match.group(2)
            if pattern is _BARE_HAN:
                month: int | None = int(first or match.group(3))
                number = second or match.group(4)
            else:
                name, number = (second, first) if first.isdigit() else (first, second)
                month = _months(language).get(month_key(name.lower()))
            found = _in_year_of(now, month, int(number), 0, 0) if month else None
            if found is not None:
                weekday = match.group(5) if pattern is _BARE_HAN else None
                found = _weekday_year(found, weekday, now)
            if found is not None:
                return found
    return None


# ... with neither a year nor a time after it (a year's date is `date_in_text`'s, a time's
# the forms above): "8 janv.", "8. März", "March 18", "Mar. 18th", "1月8日"
_BARE_DAY_MONTH = re.compile(
    rf"(?<![\w.])(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+({_MONTH_WORD})\.?(?![\w.]*\s*[,.]?\s*\d)"
)
_BARE_MONTH_DAY = re.compile(  # (not "4 April 17": a day before, a two-digit year after)
    rf"(?<![^\W\d_])(?<!\d )(?<!\d\. )({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?![\w:]|\s*[,.]?\s*\d)"
)
_BARE_HAN = re.compile(  # "1月8日", "1月8日(木)", "1/8(木)"
    r"(?<![\d年/.-])(?:(\d{1,2})月(\d{1,2})日"
    rf"|(\d{{1,2}})/(\d{{1,2}})(?=[(（][{_JA_WEEKDAYS}]))(?:{_JA_WEEKDAY})?(?![(（]|\s*\d)"
)


_HAS_TIME = re.compile(r"\d[:h]\d\d")


def _written_yearless(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_YEARLESS_DAY_MONTH`, then of `_YEARLESS_MONTH_DAY`, in `text`."""
    yield from _YEARLESS_DAY_MONTH.finditer(text)
    yield from _YEARLESS_MONTH_DAY.finditer(text)


def _in_year_of(now: datetime, month: int, day: int, hour: int, minute: int) -> datetime | None:
    """That day and time in the year of `now`, or the year before where it would fall more
    than `_YEARLESS_SKEW` after `now`; None for a day or time no calendar has."""
    try:
        found = now.replace(month=month, day=day, hour=hour, minute=minute, second=0,
                            microsecond=0)  # fmt: skip
        if found > now + _YEARLESS_SKEW:
            found = found.replace(year=now.year - 1)
    except ValueError:
        return None
    return found


_WEEKDAY_YEARS = 1  # how many years before the fetch year a printed weekday may place its day


def _weekday_year(found: datetime, weekday: str | None, now: datetime) -> datetime | None:
    """`found` (a day `_in_year_of` placed in the fetch year or the one before), or the same
    day in a year before it whose calendar gives the Japanese `weekday` printed beside it
    ("1/8(木)" fetched in 2027: 2026's 8 January, a Thursday), at most `_WEEKDAY_YEARS`
    before the fetch year; None when the weekday fits none of them. A site prints the year
    of any older day, so a weekday that fits no recent year marks a page read long after it
    was printed: over six years some year always fits, a guess, and a wrong year is worse
    than no date."""
    if weekday is None or found.weekday() == _JA_WEEKDAYS.index(weekday):
        return found
    for year in range(found.year - 1, now.year - _WEEKDAY_YEARS - 1, -1):
        try:
            earlier = found.replace(year=year)
        except ValueError:  # 29 February
            continue
        if earlier.weekday() == _JA_WEEKDAYS.index(weekday) and earlier <= now:
            return earlier
    return None
