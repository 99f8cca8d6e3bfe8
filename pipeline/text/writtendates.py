"""The dates printed inside a text (`date_in_text`): numeric, Chinese, Japanese and Korean
ones, ones written with a month name in any order the languages use, Vietnamese ones, with
the time and the zone printed after them (the zones' names and patterns in `zonenames`); and
Java's Date.toString() (`java_date`)."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from pipeline.text.calendars import calendar_dates
from pipeline.text.dateparts import (
    SHANGHAI,
    _ascii_digits,
    _from_parts,
    _zone,
    plausible,
    wide_digit,
)
from pipeline.text.monthnames import _MONTH_WORD, _MONTHS, _months, month_key, weekday_number
from pipeline.text.zonenames import (
    _US_ZONE_WORD,
    _ZONE_AFTER,
    _ZONE_NAMES,
    _ZONE_WORD,
    _named_zone,
)

_AFTERNOON = frozenset({"下午", "午後", "오후"})
_DIGIT = re.compile(r"\d")  # the digits of the patterns here (\d: any decimal digit)
# A date inside a longer text (a byline after the title): 2024-05-20 13:15, 2024.05.20,
# 2024年5月20日 13:15, 2026年1月8日(木) 15時20分, 2026년 1월 8일 오후 3:20, 2026.01.08. 오후 3:20;
# the year must look like one (19xx, 20xx). A weekday in brackets may follow the day, and
# a Chinese, Japanese or Korean half-day word (下午, 午後, 오후: afternoon) the time's hour;
# a zone may follow the time (`_ZONE_AFTER`).
DATE_IN_TEXT = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年년]\s*(?P<mo>\d{1,2})\s*[-/.月월]\s*(?P<d>\d{1,2})\s*[日일]?"
    r"(?:\.?\s*[(（][^)）\d]{1,4}[)）]|\s*(?:星期|周|週)[一二三四五六日天])?"
    r"(?:[T\s.]*(?P<half>上午|下午|午前|午後|오전|오후)?\s*"
    r"(?P<h>\d{1,2})\s*[:：时時点點시]\s*(?P<mi>\d{2})(?:\s*[:：分분]\s*(?P<s>\d{2}))?"
    + _ZONE_AFTER
    + r")?"
    r"(?P<z>Z|[+-]\d{2}:?\d{2})?"
)
# A time after a written date: "10:30", "10:30:05", "10:30 a.m.", "14h30", "14 h 30", then
# an optional zone ("EST", "GMT+1", "+0100", "UTC"); after the dot that closes a Croatian or
# Serbian year, and its "u" (at): "12. svibnja 2024. u 14:35", "12. мај 2024. 14:35"; "at" in
# Dutch, Ukrainian, Romanian, Finnish ("12 mei 2024 om 14:35", "12 травня 2024 р. о 14:35");
# after an Arabic comma ("اتوار، 12 مئی 2024، 14:35"); Arabic's half-day after the time, a
# word or its letter ("02:35 م", "مساءً": evening, PM; "ص", "صباحًا": morning, AM).
_ARABIC_HALF = r"م(?![^\W\d_])|ص(?![^\W\d_])|مساء\S*|صباح\S*"
# Greek's: "2:03 μ.μ." (after noon, PM), "π.μ." (before noon)
_GREEK_HALF = r"[πμ]\.\s?μ\.?"
# Turkish prints the weekday between the date and the time: "12 Mayıs 2024 Pazar 14:35".
_TR_WEEKDAY = r"(?:pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar),?\s+"
_TIME = (
    rf"(?:\.?[\s,،]*(?:{_TR_WEEKDAY})?"
    r"(?:at|à|a|às|alle|ore|um|в|o|u|у|om|о|ora|klo|kl\.?|saat|-|–|—|\|)?\s*\(?(\d{1,2})\s*(?::|h\s*|\.(?=\d{2}(?![\d.])))"
    r"(\d{2})(?::(\d{2}))?"
    # (Malay: morning, afternoon, night; Greek: π.μ., μ.μ.)
    rf"\s*([ap]\.?\s?m\.?|{_GREEK_HALF}|pagi|petang|malam|{_ARABIC_HALF})?"
    # (German's "Uhr" before the zone: "14:03 Uhr MEZ")
    rf"(?:\s*(?:uhr\s*)?\(?((?:{_ZONE_WORD}|(?-i:{_US_ZONE_WORD}))\b(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?|[+-]\d{{2}}:?\d{{2}}))?)?"
)
# "January 8, 2026", "Jan. 8 2026", "Thursday, January 8th, 2026 10:30 AM EST", "Mayıs 16, 2024",
# "January 11,2012" (the comma glued to the year, as some CMSs print it), "Dec 28 Sat 2013 00:28"
# (an English weekday between the day and the year, as Pixnet's blogs print it): any word, then the
# month table decides (one small pattern, not hundreds of alternatives).
_MDY_DATE = re.compile(
    rf"(?<![^\W\d_])({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)"
    r"(?:(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b\.?,?\s+)?((?:19|20)\d{2})\b" + _TIME,
    re.I,
)
# "8 janvier 2026", "1er janvier 2026 à 14h30", "08 Jan 2026 10:00:00 +0000", "6 января 2012 г.",
# "1 de diciembre de 2017", "12 de maig del 2024", "21.dez.2018 às 12h55", "11th of January 2012",
# "17 января 12 (18:23)", "16 janvier 12 à 15h48", "12 травня 2024 р.", "8 d'abril de 2026"
# (a two-digit year only when a clock follows: "12, 15:48", "12 à 15h48", "12 (15:48)")
_TWO_DIGIT_YEAR = r"(?=,?\s*(?:à|в|o|u|um|at|-|–)?\s*\(?\d{1,2}[:h]\d{2})"
_DMY_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})(?:er|st|nd|rd|th|η|ης)?\.?[\s.]*(?:de\s+|of\s+|d['’])?"
    rf"({_MONTH_WORD})\.?"
    rf"[\s.,]*(?:del?\s+)?((?:19|20)\d{{2}}|\d{{2}}{_TWO_DIGIT_YEAR})\b(?:\s*(?:г|r|р)\.)?" + _TIME,
    re.I,
)
# The year first, as Hungarian and Lithuanian write it: "2026. január 8. 15:20",
# "2026 m. sausio 8 d." (a dot or "m." after the year: "in 2019 May 3 people" is no date)
_YMD_DATE = re.compile(
    rf"(?<![\d.])((?:19|20)\d{{2}})(?:\.|\s+m\.)\s*({_MONTH_WORD})\.?\s+(\d{{1,2}})\b\.?"
    r"(?:\s*d\.)?" + _TIME,
    re.I,
)
_YDM_DATE = re.compile(  # ... and Latvian: "2026. gada 8. janvāris"
    rf"(?<![\d.])((?:19|20)\d{{2}})\.\s*gada\s+(\d{{1,2}})\.\s*({_MONTH_WORD})" + _TIME, re.I
)
_VI_DATE = re.compile(  # Vietnamese: "ngày 8 tháng 1 năm 2026", "8 tháng 1, 2026"
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+)((?:19|20)\d{2})\b", re.I
)
# 25.11.2011, 05.01.2012, 14:45, 16/12/11-15:42, 08/01/26 à 14h32, 08-01-26, 14:03 (a two-digit year
# only when a time follows, French "à" and "h" included), 29-12-2011: day first, except month first
# with "/" on English pages (01/11/2012 12:16 PM) unless the first number cannot be a month; "8. 1.
# 2026", as Czech, Slovak and Slovene write it (a space after each dot), "26 | 01 | 2022" (a bar
# between the numbers, as some date boxes print it); a dot may close the year, as Croatian, Serbian
# and Bosnian write it ("08.01.2026.", "8. 1. 2026."). A clock may be glued to the date by a "/"
# ("[16:30/28.11.2011]", "28.11.2011/16:30"). Every match opens with a digit: the lookahead first
# lets re skip the other characters at once.
_NUMERIC_DMY = re.compile(
    r"(?=\d)(?:(?:(?<![\d./-])|(?<=\d[:h]\d\d/))"
    r"(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2}|\d{2}(?=[\s,-]*(?:à\s*|в\s*|\()?\d{1,2}[:h]\d{2}))"
    r"(?!\d|/(?!\d{1,2}:\d\d))(?!\.\d)"
    r"|(?<![\d./-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2}|\d{2}(?=,?\s*\d{1,2}:\d{2}))(?![\d-])"
    r"|(?<![\d./-])(\d{1,2})(?:\.| \|) (\d{1,2})(?:\.| \|) ((?:19|20)\d{2})(?![\d/])(?!\.\d)"
    r")"
)
# the clock glued before a date by a "/": "16:30/" of "[16:30/28.11.2011]"
_CLOCK_BEFORE = re.compile(r"(?<!\d)(\d{1,2})[:h](\d{2}) ?/ ?$")
# What every match of a pattern above holds, searched first: their lookbehinds come first,
# so re tries each of them at every position of a text (0.1-0.6 ms a page of prose), where it
# skips ahead to these's first characters. Only the speed depends on them.
_MDY_GATE = re.compile(r"[\s,][12][09]\d\d")  # (its year follows a space or a comma)
_DMY_GATE = re.compile(r"\d(?:[09]\d\d|[:h]\d\d)")  # (a year, or a time after two digits)
_YEAR_FIRST_GATE = re.compile(r"[12][09]\d\d(?:\.|\s+m\.)", re.I)
_VI_GATE = re.compile("[áÁ]")  # (re.I takes no other character for "á")
# What every pattern above holds ("(?:19|20)\d\d|\d[:h]\d\d": a year, or a clock after a two-digit
# one), searched before them all (most texts asked hold neither: a dev page's 60%), opening on its
# digit, the year's first checked behind it: a third of the time of the two.
_YEAR_OR_CLOCK = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[:h]\d\d)")
_NUMERIC_GATE = re.compile(r"\d(?:[./]\d\d?[./]|-\d\d?-|\. \d\d?\. | \| \d\d? \| )")
_CLOCK = re.compile(
    rf"[\s,.|/(-]*(?:{_TR_WEEKDAY})?"
    r"(?:[^\W\d]{1,4}\.?\s*)?(\d{1,2})[:h.](\d{2})(?::\d{2})?(?!\d)\s*"
    rf"([ap]\.?\s?m\.?|{_GREEK_HALF}|{_ARABIC_HALF})?" + _ZONE_AFTER,
    re.I,
)
# The regions whose English writes "01/11/2012" month first (none given: the US habit of
# most English pages); en-GB, en-AU, en-IN and a page of another country (`und-es`: its
# host's country code) write it day first.
_MONTH_FIRST_REGIONS = frozenset({"", "us", "ca", "ph"})
# A "/" date followed by a 12-hour clock ("7/5/2005 9:23:57 PM") is month first on pages of
# unknown language, English and East Asian ones (an en-US server's stamp: every such date of
# the eval corpora whose order shows is month first, 11 in 9 sites); not where a region that
# writes day first with AM/PM is given ("en-AU", "und-in"), nor in other languages.
_MERIDIEM_MONTH_FIRST = frozenset({None, "en", "und", "zh", "ja", "ko"})
_MERIDIEM_DAY_FIRST_REGIONS = frozenset(
    "gb uk au nz ie in pk bd lk np za ng ke gh sg my eg sa ae qa kw".split()
)


def month_first(language: str | None) -> bool:
    """True where a page of `language` ("en", "en-us", "und-ca", none) may write "01/11/2012"
    month first (`_MONTH_FIRST_REGIONS`), its text's script aside."""
    base, _, region = language.lower().partition("-") if language else (None, "", "")
    return base in (None, "en", "und") and region[:2] in _MONTH_FIRST_REGIONS


# Languages whose short dates put the year first ("26-01-08"): a dash date with a two-digit
# year (Dutch "08-01-26, 14:03", two digits each) is read on pages of a language, or of a
# country's host, not on theirs nor on pages of neither (a Weibo page's "24-5-13 17:07")
_YEAR_FIRST_LANGUAGES = frozenset({"zh", "ja", "ko", "hu", "lt", "sv"})
_LATIN_MONTH_FIRST = 0.8  # share of ASCII letters above which "01/11/2012" may be US-style
_SCRIPT_SAMPLE = 400


def date_in_text(
    text: str, default_tz: tzinfo = SHANGHAI, language: str | None = None
) -> datetime | None:
    """The first date printed in a text, else None: numeric or Chinese ("2024-05-20 13:15
    来源：...", "2024年5月20日", "25.11.2011", "16/12/11-15:42"), written with a month name in
    English ("January 8, 2026 10:30 a.m. EST", "8 Jan 2026"), French ("le 8 janvier 2026 à
    14h30") or the page's `language` ("6 января 2012", "1 de diciembre de 2017"; every
    known language when it is not given), with its time and zone when printed; Japanese and
    Korean ones too ("2026年1月8日(木) 15時20分", "2026년 1월 8일 오후 3:20"), the year first
    as Hungarian, Lithuanian and Latvian write it ("2026. január 8.", "2026 m. sausio 8 d.",
    "2026. gada 8. janvāris"), Vietnamese ("ngày 8 tháng 1 năm 2026") and Czech numeric ones
    ("8. 1. 2026"), in any script's digits. "01/11/2012" is month first on pages declared
    English or of unknown language whose text is in Latin letters (US-style metas), unless a
    region that writes it day first is given ("en-GB", "und-ES"), day first elsewhere (a
    Russian page declared "en" included); with dots it is always day first."""
    if _DIGIT.search(text) is None:
        # every pattern below needs a digit (most short lines of a page have none), but a
        # date in Han numerals ("二〇二六年一月八日", `calendars`)
        if "年" not in text or "月" not in text:
            return None
        found = _calendar_dates(text, text, default_tz)
        return min(found, key=lambda item: item[0])[1] if found else None
    raw = text
    if not text.isascii() and wide_digit().search(text):
        text = text.translate(_ascii_digits())  # ２０２６年１月８日, ८ जनवरी २०२६: one for one
    found = []
    if not raw.isascii():  # "۱۲ اسفند ۱۳۹۷", "3 มี.ค. 2562": other calendars
        found = _calendar_dates(text, raw, default_tz)
    if _YEAR_OR_CLOCK.search(text) is None:  # (no pattern below can match: see there)
        return min(found, key=lambda item: item[0])[1] if found else None
    match = DATE_IN_TEXT.search(text)
    if match is not None:
        hour = match.group("h")
        if hour and match.group("half"):  # 下午 3:20 is 15:20, 上午 12:05 is 00:05
            hour = str(int(hour) % 12 + (12 if match.group("half") in _AFTERNOON else 0))
        parts = (*match.group("y", "mo", "d"), hour, *match.group("mi", "s"))
        zone = _named_zone(match.group("zn"), default_tz) if match.group("zn") else None
        parsed = _from_parts(parts, zone or _zone(match.group("z"), default_tz))
        if parsed is not None:
            found.append((match.start(), parsed))
    base, _, region = language.lower().partition("-") if language else (None, "", "")
    for pattern, order, gate in (
        (_MDY_DATE, (1, 0, 2), _MDY_GATE),
        (_DMY_DATE, (0, 1, 2), _DMY_GATE),
        (_YMD_DATE, (2, 1, 0), _YEAR_FIRST_GATE),
        (_YDM_DATE, (1, 2, 0), _YEAR_FIRST_GATE),
    ):
        if gate.search(text) is None:
            continue
        for written in pattern.finditer(text):
            parsed = _written_date(written, order, default_tz, _months(base))
            if parsed is not None:
                found.append((written.start(), parsed))
                break
    vietnamese = _VI_DATE.search(text) if "th" in text and _VI_GATE.search(text) else None
    if vietnamese is not None:
        day, month, year = map(int, vietnamese.groups())
        parsed = _clocked_date(year, month, day, text, vietnamese.end(), default_tz)
        if parsed is not None:
            found.append((vietnamese.start(), parsed))
    us_order: bool | None = None  # read on the first numeric date (most texts have none)
    for numeric in _NUMERIC_DMY.finditer(text) if _NUMERIC_GATE.search(text) else ():
        if us_order is None:
            us_order = month_first(language) and _latin_share(text) >= _LATIN_MONTH_FIRST
        by_clock = (
            not us_order
            and base in _MERIDIEM_MONTH_FIRST
            and region[:2] not in _MERIDIEM_DAY_FIRST_REGIONS
        )
        parsed = _numeric_date(numeric, text, default_tz, us_order, by_clock, base)
        if parsed is not None:
            found.append((numeric.start(), parsed))
            break
    return min(found, key=lambda item: item[0])[1] if found else None


def _calendar_dates(text: str, raw: str, zone: tzinfo) -> list[tuple[int, datetime]]:
    """(start, date) of the dates of other calendars and numerals in `text` (`calendars`)."""
    found: list[tuple[int, datetime]] = []
    for start, end, year, month, day in calendar_dates(text, raw):
        parsed = _clocked_date(year, month, day, text, end, zone)
        if parsed is not None:
            found.append((start, parsed))
    return found


def _latin_share(text: str) -> float:
    """The share of ASCII letters among the letters of the start of `text` (1.0 without any)."""
    letters = list(filter(str.isalpha, text[:_SCRIPT_SAMPLE]))
    return sum(map(str.isascii, letters)) / len(letters) if letters else 1.0


def _numeric_date(
    match: re.Match[str],
    text: str,
    zone: tzinfo,
    month_first: bool,
    by_clock: bool = False,
    language: str | None = None,
) -> datetime | None:
    """A numeric day-month-year date (month first with "/" when `month_first` and possible,
    or when `by_clock` and a 12-hour clock follows it; the reading that falls on the weekday
    printed before it, in English or `language`, where both are possible: "Tuesday,
    11.06.2012" is November 6th), with the clock time printed right after it."""
    if match.group(1):
        first, sep, second, year = match.group(1, 2, 3, 4)
    elif match.group(5):
        (first, second, year), sep = match.group(5, 6, 7), "-"
        if len(year) == 2 and (
            language in _YEAR_FIRST_LANGUAGES or not language or len(first + second) != 4
        ):
            return None  # "26-01-08 14:03", "24-5-13 17:07" may be year first: not read
    else:
        (first, second, year), sep = match.group(8, 9, 10), "."
    a, b = int(first), int(second)
    if by_clock and sep == "/" and "m" in text[match.end() : match.end() + 16].lower():
        clock = _CLOCK.match(text, match.end())
        month_first = bool(clock and clock.group(3))
    # month first where the page's habit says so, or where the second number cannot be a
    # month ("9/17/2004" on a Chinese page, "12-25-2011"): the only reading there is
    day, month = (b, a) if (month_first and sep == "/" or b > 12) and a <= 12 else (a, b)
    if (
        a != b
        and a <= 12
        and b <= 12
        and _weekday_says(text, match.start(), month, day, year, language)
    ):
        day, month = month, day
    found = _clocked_date(int(year), month, day, text, match.end(), zone)
    before = _CLOCK_BEFORE.search(text, max(0, match.start() - 8), match.start())
    if found is not None and before is not None and (found.hour, found.minute) == (0, 0):
        hour, minute = int(before.group(1)), int(before.group(2))
        found = found.replace(hour=hour, minute=minute) if hour < 24 and minute < 60 else found
    return found


# A weekday's name closing the text before a date: "Tuesday, ", "Di., ", "вторник "
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{3,})\.?,?\s*$")


def _weekday_says(
    text: str, start: int, month: int, day: int, year: str, language: str | None
) -> bool:
    """True where a weekday printed right before the date (`start`) is the weekday of the
    other reading (`day` as the month), not of this one."""
    named = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    number = weekday_number(named.group(1), language) if named is not None else None
    if number is None:
        return False
    full = int(year) + (2000 if len(year) == 2 else 0)
    try:
        this, other = datetime(full, month, day), datetime(full, day, month)
    except ValueError:
        return False
    return this.weekday() != number and other.weekday() == number


def _clocked_date(
    year: int, month: int, day: int, text: str, end: int, zone: tzinfo
) -> datetime | None:
    """The date with the clock time printed right after it in `text` (from `end`), if any;
    None when there is no such day, or no page is of that year (`plausible`; a two-digit year
    is this century's)."""
    year += 2000 if year < 100 else 0
    hour = minute = 0
    clock = _CLOCK.match(text, end)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        if clock.group(3):
            hour = hour % 12 + (12 if clock.group(3).lower().startswith(("p", "μ", "م")) else 0)
        zone = _named_zone(clock.group("zn"), zone)
    try:
        return plausible(datetime(year, month, day, hour, minute, tzinfo=zone))
    except ValueError:
        try:
            return plausible(datetime(year, month, day, tzinfo=zone))
        except ValueError:
            return None


def _written_date(
    match: re.Match[str],
    order: tuple[int, int, int],
    zone: tzinfo,
    months: dict[str, int] | None = None,
) -> datetime | None:
    """A date written with a month name; `order` gives the groups of day, month, year."""
    groups = match.groups()
    day, month, year = (groups[i] for i in order)
    hour, minute, second, meridiem, zone_text = groups[3:8]
    h = int(hour) if hour else 0
    if meridiem:
        if h > 12:
            return None
        half = meridiem.lower()
        h = h % 12 + (12 if half[:1] in "pmμم" and half != "pagi" else 0)
    # (a name typed with its accents apart, e + U+0301, is the same name; so is "ژانويه")
    number = (months or _MONTHS).get(month_key(month.lower().rstrip(".")))
    if number is None:
        return None  # a word that is not a month name
    try:
        return datetime(
            int(year) + (2000 if len(year) == 2 else 0),
            number,
            int(day),
            h,
            int(minute) if minute else 0,
            int(second) if second else 0,
            tzinfo=_named_zone(zone_text, zone) if hour else zone,
        )
    except ValueError:
        return None


# Java's Date.toString(), which Java CMSs write into their date metas: "Mon Aug 03 12:45:00
# EDT 2015" (weekday, month, day, time, zone, year).
_JAVA_DATE = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun) ([a-z]{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([a-z]{1,5}) "
    r"((?:19|20)\d{2})",
    re.I,
)


def java_date(text: str, default_tz: tzinfo) -> datetime | None:
    """The instant of a value written as Java's Date.toString() ("Mon Aug 03 12:45:00 EDT
    2015"), else None; a zone not known (CST: China's or the US's) is `default_tz`."""
    match = _JAVA_DATE.fullmatch(text)
    month = _months(None).get(month_key(match.group(1).lower())) if match else None
    if match is None or month is None:
        return None
    zone = (
        _named_zone(match.group(6), default_tz) if match.group(6).lower() in _ZONE_NAMES else None
    )
    parts = (match.group(7), str(month), *match.group(2, 3, 4, 5))
    return _from_parts(parts, zone or default_tz)
