"""Times printed relative to the fetch time (`relative_datetime`): "3小时前", "昨天 18:21",
"3 hours ago", "vor 2 Stunden", "gestern, 18:21" and the same in Japanese, Korean, European
languages, Indonesian, Vietnamese and Arabic; a month, day and time printed without the year
(`yearless_datetime`); where a line holds a relative time (`relative_span`). The words and
patterns of each language are in `relativewords`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo

from pipeline.text.dateparts import plausible
from pipeline.text.monthnames import _MONTH_WORD, _months, month_key
from pipeline.text.relativewords import (
    _AGO_AFTER,
    _AGO_BEFORE,
    _AGO_ONE_AFTER,
    _AGO_ONE_BEFORE,
    _AGO_SYMBOL,
    _ARABIC_AGO_ONE,
    _DAYS_BACK,
    _HEBREW_AGO_ONE,
    _HEBREW_UNITS,
    _HUNGARIAN_AGO,
    _HUNGARIAN_UNITS,
    _INDIC_AGO,
    _INDIC_AGO_WORD,
    _INDIC_UNITS,
    _JUST_NOW,
    _NAMED_DAY,
    _NAMED_DAYS,
    _RELATIVE_AGO,
    _RELATIVE_DAY,
    _SWAHILI_AGO,
    _SWAHILI_UNITS,
    _SYMBOL_UNITS,
    _THAI_AGO,
    _THAI_UNITS,
    _UNIT_STEMS,
)

_NAMED_DAY_LINE = 30  # a named day without a time counts only on a line this short (a byline)


def relative_datetime(text: str, now: datetime, language: str | None = None) -> datetime | None:
    """A time printed relative to `now` (the fetch time): "刚刚", "5分钟前", "3小时前", "2天前",
    "昨天 18:21", "前天", "今天 08:00", "3時間前", "昨日", "3시간 전", "어제", "3 hours ago",
    "yesterday", and in European languages, Indonesian, Vietnamese and Arabic "vor 2
    Stunden", "2 часа назад", "il y a 3 heures", "hace 2 días", "2 ore fa", "3 giờ trước",
    "منذ 3 ساعات", "gestern, 18:21", "вчера в 10:15" (any of these languages, whatever
    `language` says); None when there is none. A named day without a time is that day at
    midnight, in `now`'s zone, and counts only on a short line (a byline), not inside a
    sentence ("Heute hat die Regierung ...", "疾病管制局今天表示", "said yesterday").
    `language` is accepted for the callers' symmetry with `date_in_text`; the tables are read
    for every language. A time no page has ("700000天前", "99999999999 minutes ago": before
    `dateparts.FIRST_YEAR`, or before the first day a datetime holds) is None."""
    del language
    try:
        return plausible(_relative(text, now))
    except OverflowError:  # a count of days, minutes ... past what a datetime can go back
        return None


def _relative(text: str, now: datetime) -> datetime | None:
    just_now = _JUST_NOW.search(text)
    if just_now is not None and _on_short_line(text, just_now):
        return now  # "刚刚" alone on a byline, not "在.NET刚刚推出之时" (just as .NET came out)
    european = _european_relative(text, now)
    if european is not None:
        return european
    ago = _RELATIVE_AGO.search(text)
    if ago:
        unit = ago.group(2).lower()
        amount = int(ago.group(1))
        if unit.startswith(("秒", "초", "sec")):
            return now - timedelta(seconds=amount)
        if unit.startswith(("分", "분", "min")):
            return now - timedelta(minutes=amount)
        if unit.startswith(("小", "時", "시", "hour", "hr")):
            return now - timedelta(hours=amount)
        return now - timedelta(days=amount)
    for day in _RELATIVE_DAY.finditer(text):
        if day.group(2) is None and not _on_short_line(text, day):
            continue  # "疾病管制局今天表示", "said yesterday": a word of the story, no dateline
        base = now - timedelta(days=_DAYS_BACK[day.group(1).lower()])
        hour, minute = (int(day.group(i)) if day.group(i) else 0 for i in (2, 3))
        try:
            return base.replace(hour=hour, minute=minute, second=0, microsecond=0)
        except ValueError:
            return None
    return None


# A day and a time without the year, as Chinese, Japanese and Korean portals print a byline's
# date: "1月8日 10:30", "01月08日 10:30", "01-08 10:30", "01/08 10:30" (month first; with
# a dash or a slash in two digits each, not a score "3-1 12:30"), "06月24日 11時30分" (NHK)
_YEARLESS = re.compile(
    r"(?<![\d年/.-])(?:(\d{1,2})月(\d{1,2})日|(\d{2})[-/](\d{2}))"
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
_YEARLESS_SKEW = timedelta(days=1)  # a date this far after the fetch time is last year's


def yearless_datetime(text: str, now: datetime, language: str | None = None) -> datetime | None:
    """A month, day and time printed without the year on a short line of `text` (a byline:
    "1月8日 10:30", "01-08 10:30", "06月24日 11時30分", "8 janv. à 14h32", "Jan 8, 14:32"; a
    month's name in English, French or `language`), in the year of `now` (the fetch time, in
    the page's zone), or the year before where that would fall more than a day after `now`
    ("12-31 23:00" fetched on 2 January); None when there is none."""
    for match in _YEARLESS.finditer(text):
        if _on_short_line(text, match):
            month, day = (
                int(match.group(1) or match.group(3)),
                int(match.group(2) or match.group(4)),
            )
            found = _in_year_of(now, month, day, int(match.group(5)), int(match.group(6)))
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
    "1月8日": `_bare_yearless`; the forms with a time are `yearless_datetime`'s, read before);
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
                month: int | None = int(first)
                number = second
            else:
                name, number = (second, first) if first.isdigit() else (first, second)
                month = _months(language).get(month_key(name.lower()))
            found = _in_year_of(now, month, int(number), 0, 0) if month else None
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
_BARE_HAN = re.compile(r"(?<![\d年/.-])(\d{1,2})月(\d{1,2})日(?!\s*\d)")


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


def _on_short_line(text: str, match: re.Match[str]) -> bool:
    """Whether `match` stands on a line of `text` at most `_NAMED_DAY_LINE` characters long
    (a byline or a date line, not a sentence)."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return len(text[start : end if end >= 0 else len(text)].strip()) <= _NAMED_DAY_LINE


def _european_relative(text: str, now: datetime) -> datetime | None:
    """`relative_datetime` for the forms with a word before or after the number (European
    languages, Indonesian, Vietnamese, Arabic; see there)."""
    for pattern in (_AGO_BEFORE, _AGO_AFTER):
        for match in pattern.finditer(text):
            step = _unit(match.group(2))
            if step is not None:
                return now - int(match.group(1)) * step
    symbol = _AGO_SYMBOL.search(text) if _holds_il_y_a(text) else None
    if symbol is not None:
        return now - int(symbol.group(1)) * _SYMBOL_UNITS[symbol.group(2).lower()]
    for pattern in (_AGO_ONE_BEFORE, _AGO_ONE_AFTER):
        for match in pattern.finditer(text):
            step = _unit(next(group for group in match.groups() if group))
            if step is not None:
                return now - step
    arabic = _ARABIC_AGO_ONE.search(text) if "منذ" in text or "قبل" in text else None
    if arabic is not None:  # (the dual, "ساعتين", ends in "ين": two units)
        word = arabic.group(1)
        step = _unit(word)
        if step is not None:
            return now - step * (2 if word.endswith("ين") else 1)
    thai = _THAI_AGO.search(text) if "ที่แล้ว" in text or "ก่อน" in text else None
    if thai is not None:
        return now - int(thai.group(1)) * _THAI_UNITS[thai.group(2)]
    hebrew = _HEBREW_AGO_ONE.search(text) if "לפני" in text else None
    if hebrew is not None:
        return now - _HEBREW_UNITS[hebrew.group(1)]
    hungarian = _HUNGARIAN_AGO.search(text) if _HUNGARIAN_WORD.search(text) else None
    if hungarian is not None:
        return now - int(hungarian.group(1)) * _HUNGARIAN_UNITS[hungarian.group(2).lower()]
    indic = _INDIC_AGO.search(text) if _INDIC_AGO_WORD.search(text) else None
    if indic is not None:
        return now - int(indic.group(1)) * _indic_unit(indic)
    swahili = _SWAHILI_AGO.search(text) if "lizopita" in text or "liyopita" in text else None
    if swahili is not None:
        return now - int(swahili.group(2)) * _SWAHILI_UNITS[swahili.group(1).lower()]
    for match in _NAMED_DAY.finditer(text):
        hour, minute = match.group(2), match.group(3)
        if hour is None and not _on_short_line(text, match):
            continue
        base = now - timedelta(days=_NAMED_DAYS[match.group(1).lower()])
        try:
            return base.replace(
                hour=int(hour or 0), minute=int(minute or 0), second=0, microsecond=0
            )
        except ValueError:
            continue
    return None


def relative_span(text: str) -> tuple[int, int] | None:
    """Where `text` holds a time counted back from now in one of `relative_datetime`'s forms
    with a number or a unit ("3小时前", "2 ชั่วโมงที่แล้ว", "vor einer Stunde", "منذ ساعتين",
    "2 órája"), or a named day with its time ("вчера в 14:35", "Heute, 14:35", "昨天 18:21";
    not a named day alone, nor "刚刚"), as (start, end); None when it holds none. Each form is
    tried where its word is (`_AGO_WORD`, `_DAY_WORD` in the lowered text, 前, 전, Thai's):
    the patterns, case-blind over scripts beyond ASCII, cost 5-20 us each on a short line."""
    lowered = text.lower()
    ago = _AGO_WORD.search(lowered) is not None
    if _DIGIT.search(text) is not None:
        found = None
        if "前" in text or "전" in text or "ago" in lowered:
            found = _RELATIVE_AGO.search(text)
        if found is None and ("ที่แล้ว" in text or "ก่อน" in text):
            found = _THAI_AGO.search(text)
        if found is None and _HUNGARIAN_WORD.search(text) is not None:
            found = _HUNGARIAN_AGO.search(text)
        if found is None and _INDIC_AGO_WORD.search(text) is not None:
            found = _INDIC_AGO.search(text)
        if found is None and ("lizopita" in text or "liyopita" in text):
            found = _SWAHILI_AGO.search(text)
        if found is not None:
            return found.span()
        for pattern in (_AGO_BEFORE, _AGO_AFTER) if ago else ():
            for match in pattern.finditer(text):
                if _unit(match.group(2)) is not None:
                    return match.span()
        symbol = _AGO_SYMBOL.search(text) if ago and "il y a" in lowered else None
        if symbol is not None:
            return symbol.span()
        for pattern in (_NAMED_DAY, _RELATIVE_DAY) if _DAY_WORD.search(lowered) else ():
            for match in pattern.finditer(text):
                if match.group(2) is not None:
                    return match.span()
    if not ago:
        return None
    for pattern in (_AGO_ONE_BEFORE, _AGO_ONE_AFTER):
        for match in pattern.finditer(text):
            if _unit(next(group for group in match.groups() if group)) is not None:
                return match.span()
    for one in (_ARABIC_AGO_ONE, _HEBREW_AGO_ONE):
        found = one.search(text)
        if found is not None:
            return found.span()
    return None


_DIGIT = re.compile(r"\d")
# The "ago" words of `_AGO_BEFORE`, `_AGO_AFTER` and the forms of one unit, and the named
# days of `_NAMED_DAY` and `_RELATIVE_DAY`, in lower case: looked for in the lowered text
# before those patterns are tried (a case-blind alternation took 13 us on a line of 32
# characters; this one 2 us).
_AGO_WORD = re.compile(
    "vor|il y a|hace|há|πριν|před|pred|منذ|قبل|acum|преди|пре|pre|prije|לפני|fa|prieš|"
    "назад|тому|temu|geleden|önce|sedan|siden|lalu|zpět|trước|ago|sitten|पहले|پیش|پہلے|"
    "ezelőtt|আগে|पूर्व|pirms|tagasi"
)
_HUNGARIAN_WORD = re.compile("órája|perce|napja|hete|másodperce")
_DAY_WORD = re.compile(
    "|".join(
        sorted(
            (re.escape(w) for w in (*_NAMED_DAYS, *_DAYS_BACK, "前天", "一昨日", "그저께")),
            key=len,
            reverse=True,
        )
    )
)


def _holds_il_y_a(text: str) -> bool:
    """French "il y a" in `text`, as a page prints it (no copy of the text lowered)."""
    return "il y a" in text or "Il y a" in text or "IL Y A" in text


def _indic_unit(match: re.Match[str]) -> timedelta:
    """The unit of an `_INDIC_AGO` match: the step of its group that matched."""
    groups = match.groups()[1:]
    return next(step for (step, _), group in zip(_INDIC_UNITS, groups, strict=True) if group)


def _unit(word: str) -> timedelta | None:
    """The length of a time unit named by `word` ("Stunden", "часа", "giorni"), else None."""
    word = word.lower()
    for stems, step in _UNIT_STEMS:
        if word.startswith(stems):
            return step
    return None
