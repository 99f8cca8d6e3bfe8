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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

__all__ = [
    "CN_DATE",
    "DATE_IN_TEXT",
    "SHANGHAI",
    "UTC",
    "date_in_text",
    "date_in_url",
    "parse_datetime",
    "relative_datetime",
]


def _shanghai() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except (ImportError, KeyError, OSError):  # no tz database: China has had no DST since 1991
        return timezone(timedelta(hours=8), "CST")


SHANGHAI = _shanghai()

# 2026年1月8日 18:21(:05), 18时21分, 18時21分, spaces allowed anywhere (Sohu bylines, Chinese
# body text).
CN_DATE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：时時点點]\s*(\d{1,2})"
    r"(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
# The whole value: 2026-01-08, 2026/01/08 18:21, 2026-01-08T18:21:00.000+08:00, ... Z.
_NUM_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
# A date inside a longer text (a byline after the title): 2024-05-20 13:15, 2024.05.20,
# 2024年5月20日 13:15, 2026年1月8日(木) 15時20分, 2026년 1월 8일 오후 3:20, 2026.01.08. 오후 3:20;
# the year must look like one (19xx, 20xx). A weekday in brackets may follow the day, and
# a Chinese, Japanese or Korean half-day word (下午, 午後, 오후: afternoon) the time's hour.
DATE_IN_TEXT = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年년]\s*(?P<mo>\d{1,2})\s*[-/.月월]\s*(?P<d>\d{1,2})\s*[日일]?"
    r"(?:\.?\s*[(（][^)）\d]{1,4}[)）])?"
    r"(?:[T\s.]*(?P<half>上午|下午|午前|午後|오전|오후)?\s*"
    r"(?P<h>\d{1,2})\s*[:：时時点點시]\s*(?P<mi>\d{2})(?:\s*[:：分분]\s*(?P<s>\d{2}))?)?"
    r"(?P<z>Z|[+-]\d{2}:?\d{2})?"
)
_AFTERNOON = frozenset({"下午", "午後", "오후"})
_DIGIT = re.compile(r"\d")  # the digits of the patterns here (\d: any decimal digit)
_RFC822_START = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_EPOCH = re.compile(r"\d{9,13}(\.\d+)?")


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


def _mark_class(first: int, last: int) -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) from `first` to `last`, as the body
    of a regex character class: the vowel signs of Indic, Thai and Khmer words, Arabic and
    Hebrew points, and the accents of decomposed Latin text, which `\\w` does not match."""
    spans: list[tuple[int, int]] = []
    for code in range(first, last + 1):
        if unicodedata.category(chr(code))[0] == "M":
            if spans and spans[-1][1] == code - 1:
                spans[-1] = (spans[-1][0], code)
            else:
                spans.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a < b else f"\\u{a:04x}" for a, b in spans)


# A month's name: a letter, then two or more letters or combining marks (जनवरी, มกราคม).
_MONTH_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_mark_class(0x0300, 0x1FFF)}]){{2,}}"

# Month names (English and French, full and abbreviated) -> month number.
_MONTHS = {
    **{
        name: i + 1
        for i, names in enumerate(
            [
                "january jan janvier janv",
                "february feb febr février fevrier févr fevr",
                "march mar mars",
                "april apr avril avr",
                "may mai",
                "june jun juin",
                "july jul juillet juil",
                "august aug août aout",
                "september sep sept septembre",
                "october oct octobre",
                "november nov novembre",
                "december dec décembre decembre déc",
            ]
        )
        for name in names.split()
    }
}
# Month names the dateparser locales lack: Greek's spoken genitives, as Greek papers print
# their issue's date ("Παρασκευή 6 Γενάρη 2012", "15 Σεπτέμβρη 2011"); lower case, accented.
_VERNACULAR_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "γενάρη ιανουάρη",
            "φλεβάρη φεβρουάρη",
            "μάρτη",
            "απρίλη",
            "μάη",
            "ιούνη",
            "ιούλη",
            "αυγούστου",
            "σεπτέμβρη",
            "οκτώβρη οχτώβρη",
            "νοέμβρη",
            "δεκέμβρη",
        ]
    )
    for name in names.split()
}
# Zone abbreviations printed after a time ("10:30 a.m. EST"); CST is left out: it is China's
# and the US Central zone alike, so such a time is read in the page's zone.
_ZONE_NAMES = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "est": -5,
    "edt": -4,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "bst": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "hkt": 8,
    "jst": 9,
    "kst": 9,
    "ist": 5.5,
    "aest": 10,
}
_ZONE_WORD = "|".join(sorted(_ZONE_NAMES, key=len, reverse=True))
# A time after a written date: "10:30", "10:30:05", "10:30 a.m.", "14h30", "14 h 30", then
# an optional zone ("EST", "GMT+1", "+0100", "UTC").
_TIME = (
    r"(?:[\s,]*(?:at|à|a|às|alle|um|в|o|kl\.?|saat|-|–|—|\|)?\s*(\d{1,2})\s*(?::|h\s*|\.(?=\d{2}(?![\d.])))"
    r"(\d{2})(?::(\d{2}))?"
    r"\s*([ap]\.?\s?m\.?)?"
    rf"(?:\s*\(?((?:{_ZONE_WORD})\b(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?|[+-]\d{{2}}:?\d{{2}}))?)?"
)
# "January 8, 2026", "Jan. 8 2026", "Thursday, January 8th, 2026 10:30 AM EST", "Mayıs 16, 2024",
# "Dec 28 Sat 2013 00:28" (an English weekday between the day and the year, as Pixnet's blogs
# print it): any word, then the month table decides (one small pattern, not hundreds of
# alternatives).
_MDY_DATE = re.compile(
    rf"(?<![^\W\d_])({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    r"(?:(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b\.?,?\s+)?((?:19|20)\d{2})\b" + _TIME,
    re.I,
)
# "8 janvier 2026", "1er janvier 2026 à 14h30", "08 Jan 2026 10:00:00 +0000", "6 января 2012 г.",
# "1 de diciembre de 2017", "21.dez.2018 às 12h55", "11th of January 2012", "17 января 12 (18:23)"
# (a two-digit year only when a time follows; a time in brackets is not read)
_DMY_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})(?:er|st|nd|rd|th|η|ης)?\.?[\s.]*(?:de\s+|of\s+)?"
    rf"({_MONTH_WORD})\.?"
    r"[\s.,]*(?:de\s+)?((?:19|20)\d{2}|\d{2}(?=\s*\(?\d{1,2}:\d{2}))\b(?:\s*(?:г|r)\.)?" + _TIME,
    re.I,
)
# The year first, as Hungarian and Lithuanian write it: "2026. január 8. 15:20",
# "2026 m. sausio 8 d." (a dot or "m." after the year: "in 2019 May 3 people" is no date)
_YMD_DATE = re.compile(
    rf"(?<![\d.])((?:19|20)\d{{2}})(?:\.|\s+m\.)\s*({_MONTH_WORD})\.?\s+(\d{{1,2}})\b\.?"
    r"(?:\s*d\.)?" + _TIME,
    re.I,
)
# ... and Latvian: "2026. gada 8. janvāris"
_YDM_DATE = re.compile(
    rf"(?<![\d.])((?:19|20)\d{{2}})\.\s*gada\s+(\d{{1,2}})\.\s*({_MONTH_WORD})" + _TIME, re.I
)
# Vietnamese: "ngày 8 tháng 1 năm 2026", "8 tháng 1, 2026" (the month is a number)
_VI_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+)((?:19|20)\d{2})\b", re.I
)
# 25.11.2011, 05.01.2012, 14:45, 16/12/11-15:42, 29-12-2011: day first, except month first
# with "/" on English pages (01/11/2012 12:16 PM) unless the first number cannot be a month;
# "8. 1. 2026", as Czech, Slovak and Slovene write it (a space after each dot).
_NUMERIC_DMY = re.compile(
    r"(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2}|\d{2}(?=[\s,-]*\d{1,2}:\d{2}))(?![\d./])"
    r"|(?<![\d./-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])"
    r"|(?<![\d./-])(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d{2})(?![\d./])"
)
_CLOCK = re.compile(
    r"[\s,|-]*(?:[^\W\d]{1,4}\.?\s*)?(\d{1,2})[:h.](\d{2})(?::\d{2})?(?!\d)\s*([ap]\.?\s?m\.?)?",
    re.I,
)
# The languages whose month names written dates are read in besides English and French (their
# dateparser locales); a word that names two months in two of them (Czech and Croatian
# "listopad") is only read on a page declared in one of them.
_LATIN_MONTH_FIRST = 0.8  # share of ASCII letters above which "01/11/2012" may be US-style
_SCRIPT_SAMPLE = 400
_LOCALES = (
    "de es it pt nl pl ru uk el tr id ms cs sk sl hr sr bg ro hu sv da nb fi et lv lt ca vi"
).split()
_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()
# Relative times against the fetch time: 刚刚, 5分钟前, 3小时前, 2天前, 昨天 18:21, 前天,
# 今天 08:00, and "3 hours ago", "5 minutes ago", "2 days ago".
# ... and in Japanese and Korean: 5分前, 3時間前, 2日前, 3시간 전, 5분 전, 2일 전, 昨日 10:00, 어제.
_RELATIVE_AGO = re.compile(  # (?<!\d): a run of digits is tried from its first digit only
    r"(?<!\d)(\d+)\s*(秒|分钟|分鐘|分|小时|小時|時間|天|日|초|분|시간|일|seconds?|secs?|minutes?|mins?|"
    r"hours?|hrs?|days?)\s*(前|전(?![가-힣])|ago)",  # not 25일 전국 (the 25th, nationwide)
    re.I,
)
_RELATIVE_DAY = re.compile(
    r"(今天|昨天|前天|一昨日|今日|昨日|오늘|어제|그저께|그제|today|yesterday)"
    r"(?:\s*(\d{1,2})[:：](\d{2}))?",
    re.I,
)
_JUST_NOW = re.compile("刚刚")
_DAYS_BACK = {"today": 0, "yesterday": 1}
_DAYS_BACK.update(dict.fromkeys(("今天", "今日", "오늘"), 0))
_DAYS_BACK.update(dict.fromkeys(("昨天", "昨日", "어제"), 1))
_DAYS_BACK.update(dict.fromkeys(("前天", "一昨日", "그저께", "그제"), 2))
# The same in European languages, Indonesian, Vietnamese and Arabic: "vor 2 Stunden", "il y
# a 3 heures", "hace 2 días", "há 2 dias", "πριν από 2 ώρες", "před 2 hodinami", "منذ 3
# ساعات" (the word before the number), "2 часа назад", "2 ore fa", "2 godziny temu", "2 uur
# geleden", "2 saat önce", "2 jam yang lalu", "3 giờ trước" (the word after). The unit is the
# word's start (`_UNIT_STEMS`). A hand-written table, not dateparser: dateparser.parse needs
# the phrase cut out first, its first call in a language costs ~0.5 s and later ones 2-6 ms,
# and its search_dates reads "Die" and "am Dienstag" in a German byline as dates (38 ms with
# the language given, 5 s without).
_AGO_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vor|il y a|hace|há|πριν(?: από)?|před|pred|منذ)\s+(\d{1,3})\s+"
    r"([^\W\d_]+)",
    re.I,
)
_AGO_AFTER = re.compile(
    r"(?<![\d.:])(\d{1,3})\s+([^\W\d_]+)\.?\s+"
    r"(?:назад|тому|fa|temu|geleden|önce|sedan|siden|yang lalu|lalu|zpět|trước|ago)"
    r"(?![^\W\d_])",
    re.I,
)
# Unit word starts, tried in order (weeks before minutes: Indonesian "minggu").
_UNIT_STEMS: tuple[tuple[tuple[str, ...], timedelta], ...] = (
    (
        (
            "недел",
            "тиж",
            "woch",
            "semain",
            "seman",
            "settiman",
            "tydz",
            "tyg",
            "week",
            "hafta",
            "εβδομ",
            "týd",
            "minggu",
            "uge",
            "uke",
            "veck",
            "tuần",
            "أسب",
            "أساب",
        ),
        timedelta(weeks=1),
    ),
    (
        ("сек", "sek", "sec", "seg", "saniye", "δευτ", "detik", "giây", "ثوان", "ثاني"),
        timedelta(seconds=1),
    ),
    (
        ("мин", "хвил", "min", "dakika", "λεπ", "menit", "phút", "دقي", "دقا"),
        timedelta(minutes=1),
    ),
    (
        (
            "час",
            "годин",
            "stund",
            "heure",
            "hora",
            "ore",
            "ora",
            "godz",
            "uur",
            "saat",
            "ώρ",
            "ωρ",
            "hodin",
            "jam",
            "tim",
            "hour",
            "hr",
            "giờ",
            "ساع",
        ),
        timedelta(hours=1),
    ),
    (
        (
            "д",
            "tag",
            "jour",
            "día",
            "dia",
            "giorn",
            "dni",
            "dzie",
            "dag",
            "gün",
            "ημέρ",
            "μέρ",
            "ημερ",
            "μερ",
            "den",
            "dny",
            "dn",
            "hari",
            "day",
            "ngày",
            "يوم",
            "أيا",
        ),
        timedelta(days=1),
    ),
)
# Named days: "gestern, 18:21", "вчера в 10:15", "hier à 14h30", "ayer", "oggi 08:00".
_NAMED_DAYS = {
    **dict.fromkeys(
        (
            "heute",
            "aujourd'hui",
            "hoy",
            "hoje",
            "oggi",
            "dzisiaj",
            "dziś",
            "vandaag",
            "bugün",
            "σήμερα",
            "dnes",
            "сегодня",
            "сьогодні",
            "hari ini",
            "idag",
            "i dag",
        ),
        0,
    ),
    **dict.fromkeys(
        (
            "gestern",
            "hier",
            "ayer",
            "ontem",
            "ieri",
            "wczoraj",
            "gisteren",
            "dün",
            "χθες",
            "χτες",
            "včera",
            "вчера",
            "вчора",
            "kemarin",
            "igår",
            "i går",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "vorgestern",
            "avant-hier",
            "anteayer",
            "anteontem",
            "l'altro ieri",
            "przedwczoraj",
            "eergisteren",
            "позавчера",
            "позавчора",
            "předevčírem",
        ),
        2,
    ),
}
_NAMED_DAY = re.compile(
    r"(?<![^\W\d_'])("
    + "|".join(sorted((re.escape(w) for w in _NAMED_DAYS), key=len, reverse=True))
    + r")(?![^\W\d_])[,\s]*(?:(?:à|a las|às|alle|um|в|o|om|saat|kl\.?|στις|at)\s*)?"
    r"(?:(\d{1,2})\s*[:h.]\s*(\d{2}))?",
    re.I,
)
_NAMED_DAY_LINE = 30  # a named day without a time counts only on a line this short (a byline)
# A date in a URL path: /2026/01/08/, /2026-01-08/, /20260108/ (year 19xx or 20xx).
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=\D|$)")
# ... or in a query value: ?a=20170309-35097838, ?date=2017-03-09
_QUERY_DATE = re.compile(r"=((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=\D|$)")


def is_month_name(word: str) -> bool:
    """True when `word` (any case, a trailing dot allowed) names a month in a known language."""
    return word.lower().rstrip(".") in _months(None)


def _locale_months(language: str) -> dict[str, int]:
    """Month names of one dateparser locale, lower-cased, dots dropped ({} when unknown)."""
    try:
        from dateparser.languages.loader import default_loader  # type: ignore[import-untyped]

        info = default_loader.get_locale(language).info
    except Exception:  # noqa: BLE001 - no such locale, or dateparser missing: no names
        return {}
    out: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, 1):
        for word in info.get(key, []):
            name = unicodedata.normalize("NFC", str(word).lower().rstrip("."))
            if len(name) >= 3 and all(map(_is_letter, name.replace(" ", ""))):
                out.setdefault(name, number)
    return out


def _is_letter(char: str) -> bool:
    """A letter, or a combining mark (the vowel sign in जनवरी)."""
    return char.isalpha() or unicodedata.category(char)[0] == "M"


@lru_cache(maxsize=64)
def _months(language: str | None) -> dict[str, int]:
    """Month name -> number: English and French, the page language's names, and every
    `_LOCALES` name that means one month in all of them (pages often declare a wrong language:
    a Greek page served as "en-us")."""
    seen: dict[str, set[int]] = {}
    for code in _LOCALES:
        for name, number in _locale_months(code).items():
            seen.setdefault(name, set()).add(number)
    shared = {name: next(iter(n)) for name, n in seen.items() if len(n) == 1}
    own = _locale_months(language) if language and language not in ("en", "fr") else {}
    return {**shared, **_VERNACULAR_MONTHS, **own, **_MONTHS}


def _zone(text: str | None, default: tzinfo) -> tzinfo:
    if not text:
        return default
    if text == "Z":
        return UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _from_parts(parts: Iterable[str | None], zone: tzinfo) -> datetime | None:
    y, mo, d, h, mi, s = (int(p) if p else 0 for p in parts)
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=zone)
    except ValueError:
        return None


def parse_datetime(value: Any, default_tz: tzinfo = SHANGHAI) -> datetime | None:
    """A zone-aware datetime from epoch s/ms, ISO 8601, 'YYYY-MM-DD HH:MM', 'YYYY/MM/DD',
    '2026年1月8日 18:21', RFC 822 ('Thu, 08 Jan 2026 10:00:00 +0000'), or a date inside a
    longer text (see `date_in_text`: 'January 8, 2026', '8 janvier 2026 à 14h30'); None when
    there is none. Relative times ('昨天', '3小时前') are not dates here: `relative_datetime`.

    Epoch values are shown in `default_tz`; dates without a zone are read in it (Asia/Shanghai
    by default: the Chinese sites never state one).
    """
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text.isascii():
        text = text.translate(_ascii_digits())
    if _EPOCH.fullmatch(text):
        number = float(text)
        seconds = number / 1000 if number > 1e11 else number
        return datetime.fromtimestamp(seconds, tz=default_tz)
    match = _NUM_DATE.match(text)
    if match:
        return _from_parts(match.groups()[:6], _zone(match.group(7), default_tz))
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
        return date_in_text(text, default_tz)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=default_tz)


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
    English or of unknown language whose text is in Latin letters (US-style metas), day first
    elsewhere (a Russian page declared "en" included); with dots it is always day first."""
    if _DIGIT.search(text) is None:
        return None  # every pattern below needs a digit (most short lines of a page have none)
    if not text.isascii():
        text = text.translate(_ascii_digits())  # ２０２６年１月８日, ८ जनवरी २०२६: one for one
    found: list[tuple[int, datetime]] = []
    match = DATE_IN_TEXT.search(text)
    if match is not None:
        hour = match.group("h")
        if hour and match.group("half"):  # 下午 3:20 is 15:20, 上午 12:05 is 00:05
            hour = str(int(hour) % 12 + (12 if match.group("half") in _AFTERNOON else 0))
        parts = (*match.group("y", "mo", "d"), hour, *match.group("mi", "s"))
        parsed = _from_parts(parts, _zone(match.group("z"), default_tz))
        if parsed is not None:
            found.append((match.start(), parsed))
    base = language.split("-")[0].lower() if language else None
    for pattern, order in (
        (_MDY_DATE, (1, 0, 2)),
        (_DMY_DATE, (0, 1, 2)),
        (_YMD_DATE, (2, 1, 0)),
        (_YDM_DATE, (1, 2, 0)),
    ):
        for written in pattern.finditer(text):
            parsed = _written_date(written, order, default_tz, _months(base))
            if parsed is not None:
                found.append((written.start(), parsed))
                break
    vietnamese = _VI_DATE.search(text) if "th" in text else None
    if vietnamese is not None:
        day, month, year = map(int, vietnamese.groups())
        parsed = _clocked_date(year, month, day, text, vietnamese.end(), default_tz)
        if parsed is not None:
            found.append((vietnamese.start(), parsed))
    month_first: bool | None = None  # read on the first numeric date (most texts have none)
    for numeric in _NUMERIC_DMY.finditer(text):
        if month_first is None:
            month_first = base in (None, "en") and _latin_share(text) >= _LATIN_MONTH_FIRST
        parsed = _numeric_date(numeric, text, default_tz, month_first)
        if parsed is not None:
            found.append((numeric.start(), parsed))
            break
    return min(found, key=lambda item: item[0])[1] if found else None


def _latin_share(text: str) -> float:
    """The share of ASCII letters among the letters of the start of `text` (1.0 without any)."""
    letters = list(filter(str.isalpha, text[:_SCRIPT_SAMPLE]))
    return sum(map(str.isascii, letters)) / len(letters) if letters else 1.0


def _numeric_date(
    match: re.Match[str], text: str, zone: tzinfo, month_first: bool
) -> datetime | None:
    """A numeric day-month-year date (month first with "/" when `month_first` and possible),
    with the clock time printed right after it."""
    if match.group(1):
        first, sep, second, year = match.group(1, 2, 3, 4)
    elif match.group(5):
        (first, second, year), sep = match.group(5, 6, 7), "-"
    else:
        (first, second, year), sep = match.group(8, 9, 10), "."
    a, b = int(first), int(second)
    # month first where the page's habit says so, or where the second number cannot be a
    # month ("9/17/2004" on a Chinese page, "12-25-2011"): the only reading there is
    day, month = (b, a) if (month_first and sep == "/" or b > 12) and a <= 12 else (a, b)
    return _clocked_date(int(year), month, day, text, match.end(), zone)


def _clocked_date(
    year: int, month: int, day: int, text: str, end: int, zone: tzinfo
) -> datetime | None:
    """The date with the clock time printed right after it in `text` (from `end`), if any;
    None when there is no such day (a two-digit year is this century's)."""
    year += 2000 if year < 100 else 0
    hour = minute = 0
    clock = _CLOCK.match(text, end)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        if clock.group(3):
            hour = hour % 12 + (12 if clock.group(3).lower().startswith("p") else 0)
    try:
        return datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        try:
            return datetime(year, month, day, tzinfo=zone)
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
        h = h % 12 + (12 if meridiem.lower().startswith("p") else 0)
    name = month.lower().rstrip(".")
    if not name.isascii():  # a name typed with its accents apart (e + U+0301) is the same name
        name = unicodedata.normalize("NFC", name)
    number = (months or _MONTHS).get(name)
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


def _named_zone(text: str | None, default: tzinfo) -> tzinfo:
    """The zone of "EST", "GMT+1", "UTC-05:00" or "+0100"; `default` when none is given."""
    if not text:
        return default
    text = text.strip().lower()
    if text[0] in "+-":
        return _zone(text, default)
    name = re.match(r"[a-z]+", text)
    hours = float(_ZONE_NAMES.get(name.group(0), 0)) if name else 0.0
    offset = re.search(r"([+-])(\d{1,2})(?::?(\d{2}))?$", text)
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        hours += sign * (int(offset.group(2)) + int(offset.group(3) or 0) / 60)
    return UTC if hours == 0 else timezone(timedelta(hours=hours))


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
    for every language."""
    del language
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


def _unit(word: str) -> timedelta | None:
    """The length of a time unit named by `word` ("Stunden", "часа", "giorni"), else None."""
    word = word.lower()
    for stems, step in _UNIT_STEMS:
        if word.startswith(stems):
            return step
    return None


def date_in_url(url: str, default_tz: tzinfo = SHANGHAI) -> datetime | None:
    """The date in a URL path (/2026/01/08/, /2026-01-08/, /20260108/), else at the start of
    a query value (?a=20260108-..., ?date=2026-01-08), at midnight in `default_tz`; None when
    the URL holds none."""
    path, _, query = url.split("#", 1)[0].partition("?")
    match = _URL_DATE.search(path) or _QUERY_DATE.search(query)
    return _from_parts((*match.groups(), None, None, None), default_tz) if match else None
