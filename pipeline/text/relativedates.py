"""Times printed relative to the fetch time (`relative_datetime`): "3小时前", "昨天 18:21",
"3 hours ago", "vor 2 Stunden", "gestern, 18:21" and the same in Japanese, Korean, European
languages, Indonesian, Vietnamese and Arabic; a month, day and time printed without the year
(`yearless_datetime`); where a line holds a relative time (`relative_span`). The words and
patterns of each language are in `relativewords`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from pipeline.text.dateparts import plausible
from pipeline.text.relativewords import (
    _AGO_AFTER,
    _AGO_AFTER_WORDS,
    _AGO_BEFORE,
    _AGO_BEFORE_WORDS,
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
# The "ago" words of `_AGO_BEFORE` and `_AGO_AFTER` (their tables, `relativewords`', read
# here: no second copy to keep in step), which the forms of one unit hold too, and the named
# days of `_NAMED_DAY` and `_RELATIVE_DAY`, in lower case: looked for in the lowered text
# before those patterns are tried (a case-blind alternation took 13 us on a line of 32
# characters; this one 2 us).
# (plain words: Greek's optional "από" left off, and a word holding a shorter one of the set,
# "yang lalu", "pred", is found by that one)
_AGO_WORDS = frozenset(
    w.removesuffix("(?: από)?")
    for w in (*_AGO_BEFORE_WORDS.split("|"), *_AGO_AFTER_WORDS.split("|"))
)
_AGO_WORD = re.compile(
    "|".join(sorted(w for w in _AGO_WORDS if not any(o != w and o in w for o in _AGO_WORDS)))
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
