"""Find figures (numbers with a unit or a magnitude) in Chinese, French and English text.

This module only reads numbers: 43亿港元 -> 4.3e9 HKD, « 4,3 milliards de dollars de Hong
Kong » -> 4.3e9 HKD, "HK$4.35 billion" -> 4.35e9 HKD. What a figure measures (its label) is
decided in `pipeline.figures.labels`; the public API is in `pipeline.figures.check`.

Dates are figures of kind "date" whose value is YYYYMMDD (year 0 when the text leaves it out,
day 0 for « juin 2019 »). A year alone is never a figure, nor is a bare number.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pipeline.figures.french import MONTHS_FR

logger = logging.getLogger(__name__)

# Full-width digits and signs become ASCII one for one, so spans stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％＄", "0123456789.%$")

_ZH_MAGNITUDES = {
    "万亿": 1e12,
    "萬億": 1e12,
    "千万": 1e7,
    "千萬": 1e7,
    "百万": 1e6,
    "百萬": 1e6,
    "亿": 1e8,
    "億": 1e8,
    "万": 1e4,
    "萬": 1e4,
}
_LATIN_MAGNITUDES = {
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "thousand": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "mds": 1e9,
    "md": 1e9,
    "millions": 1e6,
    "mille": 1e3,
}
_ZH_CURRENCIES = {
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "美元": "USD",
    "人民币": "CNY",
    "人民幣": "CNY",
    "欧元": "EUR",
    "歐元": "EUR",
    "元": "CNY",
}
_PREFIX_CURRENCIES = {
    "hk$": "HKD",
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "rmb": "CNY",
    "hkd": "HKD",
    "usd": "USD",
    "cny": "CNY",
    "eur": "EUR",
    "¥": "CNY",
}
# French and English currency words, longest first; plain "dollars" / "$" is the US dollar.
_LATIN_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"dollars?\s+de\s+hong[\s-]kong", "HKD"),
    (r"dollars?\s+hongkongais", "HKD"),
    (r"dollars?\s+(?:de\s+)?hk", "HKD"),
    (r"hong\s+kong\s+dollars?", "HKD"),
    (r"hk\s+dollars?", "HKD"),
    (r"\$\s?hk", "HKD"),
    (r"hk\s?\$", "HKD"),
    (r"hkd", "HKD"),
    (r"dollars?\s+am[ée]ricains", "USD"),
    (r"dollars?\s+us", "USD"),
    (r"us\s+dollars?", "USD"),
    (r"\$\s?us", "USD"),
    (r"us\s?\$", "USD"),
    (r"usd", "USD"),
    (r"dollars?", "USD"),
    (r"\$", "USD"),
    (r"euros?", "EUR"),
    (r"€", "EUR"),
    (r"eur", "EUR"),
    (r"yuans?(?:\s+\(renminbi\))?", "CNY"),
    (r"renminbis?", "CNY"),
    (r"rmb", "CNY"),
    (r"cny", "CNY"),
)
_CUR_LATIN = "|".join(f"(?:{p})" for p, _ in _LATIN_CURRENCIES)
_CUR_LATIN_RES = tuple((re.compile(p + r"\Z", re.I), c) for p, c in _LATIN_CURRENCIES)

_ZH_PATTERN = re.compile(
    r"(?:(?P<pre>HK\$|US\$|\$)\s*)?"
    r"(?<![\d.A-Za-z\-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]*\d)\s*"
    r"(?P<mag>万亿|萬億|千万|千萬|百万|百萬|亿|億|万|萬)?\s*"
    r"(?:(?P<pct>%)|(?P<mult>倍)|(?P<cur>港元|港币|港幣|美元|人民币|人民幣|欧元|歐元|元)"
    r"|(?P<shares>股)|(?P<cls>家|位|名|个|個|次|款|项|項|参数|參數))?"
)
_FR_NUM = r"\d{1,3}(?:[ \u00a0\u202f'’.]\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?!\d)|\d+(?:,\d+)?"
_FR_PATTERN = re.compile(
    r"(?P<pre>HK\$|US\$|\$|€)?\s?"
    rf"(?<![\d,.\w])(?P<num>{_FR_NUM})(?![\d,]*\d)"
    r"(?:\s*(?P<mag>milliards?|millions?|mille|mds?|md)\b)?"
    rf"(?:\s*(?:(?P<pct>%|pour\s*cent\b)|(?P<mult>fois\b)"
    rf"|(?:(?:de\s+|d['’]\s*)?(?P<shares>actions?\b|titres?\b))"
    rf"|(?:(?:de\s+|d['’]\s*)?(?P<cur>(?:{_CUR_LATIN})(?![\w]))))?)?",
    re.I,
)
_EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# (no digit after the number's dots and commas: `[.,]*\d` is where `[\d,.]*\d` finds its first
# digit; read as that, each "1" of "1,1,1,..." scanned the rest: 8,000 took 0.1 s)
_EN_PATTERN = re.compile(
    r"(?P<pre>HK\$|US\$|\$|€|RMB\s?|HKD\s?|USD\s?|CNY\s?)?"
    rf"(?<![\d.\w])(?P<num>{_EN_NUM})(?![.,]*\d)"
    r"(?:\s*(?P<mag>trillion|billion|bn|million|mln|mn|thousand)\b)?"
    rf"(?:\s*(?:(?P<pct>%|percent\b|per\s+cent\b|pct\b)|(?P<mult>times\b|-?fold\b|x\b)"
    rf"|(?P<shares>(?:h\s+)?shares\b)|(?P<cur>(?:{_CUR_LATIN})(?![\w]))))?",
    re.I,
)

_FR_MONTHS = MONTHS_FR  # one list for parsing and rendering French dates
_EN_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUMBERS = {name: i + 1 for names in (_FR_MONTHS, _EN_MONTHS) for i, name in enumerate(names)}
_MONTH_NUMBERS.update({"fevrier": 2, "aout": 8, "decembre": 12})
_MONTH_NUMBERS.update({name[:3]: i + 1 for i, name in enumerate(_EN_MONTHS)})
_MONTH_NUMBERS["sept"] = 9
_MONTH_ALT = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))

_ZH_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号號])?"
)
_FR_DATE = re.compile(
    rf"\b(?:(?P<d>1er|\d{{1,2}})\s+)?(?P<m>{_MONTH_ALT})\.?(?:\s+(?P<y>\d{{4}}))?\b", re.I
)
_EN_DATE = re.compile(
    rf"\b(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?", re.I
)
_YEAR_BEFORE = re.compile(r"(\d{4})\s*年[^。！？；\n]*$")

_SENTENCE_END = re.compile(r"[。！？；!?;\n]+|\.(?=\s+[^\d\s])|\.\Z")
CLAUSE_SEPARATORS = re.compile(
    r"[，、：:（）()]|,(?!\d)|\s(?:et|and|soit|while|mais|but)\s|\s[—–-]\s", re.I
)


@dataclass(frozen=True)
class RawFigure:
    """A figure before labelling: kind, normalized value and unit, and its span."""

    kind: str
    value: float
    unit: str
    start: int
    end: int


def number_value(token: str, language: str) -> float:
    """The value of a number as written: "1 159,46" (fr), "1,159.46" (en/zh), "43"."""
    token = re.sub(r"[\s\u00a0\u202f'’]", "", token)
    if language == "fr":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
            token = token.replace(".", "")
        return float(token.replace(",", "."))
    return float(token.replace(",", ""))


def scale_of(text: str) -> float:
    """The magnitude a figure's text carries (亿 -> 1e8, milliards -> 1e9), else 1."""
    for word, value in _ZH_MAGNITUDES.items():
        if word in text:
            return value
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in _LATIN_MAGNITUDES:
            return _LATIN_MAGNITUDES[word.lower()]
    return 1.0


def _currency(match: re.Match[str], language: str) -> str:
    cur, pre = match.group("cur"), match.group("pre")
    if cur:
        if language == "zh":
            return _ZH_CURRENCIES[cur]
        for regex, code in _CUR_LATIN_RES:
            if regex.match(cur.strip()):
                return code
    if pre:
        return _PREFIX_CURRENCIES.get(pre.strip().lower(), "")
    return ""


def _magnitude(match: re.Match[str], language: str) -> float:
    mag = match.group("mag")
    if not mag:
        return 1.0
    if language == "zh":
        return _ZH_MAGNITUDES[mag]
    return _LATIN_MAGNITUDES[mag.lower()]


def _classify(match: re.Match[str], language: str) -> tuple[str, float, str] | None:
    """(kind, value, unit) of a number match, or None when it carries no unit nor magnitude."""
    number = number_value(match.group("num"), language)
    scale = _magnitude(match, language)
    value = number * scale
    if match.group("pct"):
        return "percent", number, "%"
    if match.group("mult"):
        return "multiple", number, "x"
    if match.group("shares"):
        return "shares", value, "shares"
    currency = _currency(match, language)
    if currency:
        kind = "price" if scale == 1.0 and value < 10_000 else "money"
        return kind, value, currency
    if scale != 1.0 or (language == "zh" and match.group("cls")):
        return "count", value, ""
    return None


def _date_value(match: re.Match[str], text: str, language: str) -> float | None:
    groups = match.groupdict()
    month_token = groups["m"].lower().rstrip(".")
    month = int(month_token) if month_token.isdigit() else _MONTH_NUMBERS.get(month_token, 0)
    day_token = (groups.get("d") or "").lower()
    day = 1 if day_token == "1er" else int(day_token) if day_token else 0
    year = int(groups["y"]) if groups.get("y") else 0
    if not 1 <= month <= 12 or day > 31 or (day == 0 and year == 0):
        return None
    if year == 0 and language == "zh":
        found = _YEAR_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
        year = int(found.group(1)) if found else 0
    return float(year * 10_000 + month * 100 + day)


def find_dates(text: str, language: str) -> list[RawFigure]:
    """Dates in `text` (« 8 janvier 2026 », 2026年1月8日, "January 8, 2026", 1月8日)."""
    patterns = {"zh": (_ZH_DATE,), "fr": (_FR_DATE,), "en": (_EN_DATE, _FR_DATE)}
    found: list[RawFigure] = []
    for pattern in patterns.get(language, (_FR_DATE,)):
        for match in pattern.finditer(text):
            if any(f.start <= match.start() < f.end for f in found):
                continue
            value = _date_value(match, text, language)
            if value is not None:
                found.append(RawFigure("date", value, "date", match.start(), match.end()))
    return found


def find_numbers(text: str, language: str) -> list[RawFigure]:
    """Figures with a unit or magnitude in `text`, dates included, in text order."""
    text = text.translate(_FULLWIDTH)
    dates = find_dates(text, language)
    pattern = {"zh": _ZH_PATTERN, "fr": _FR_PATTERN}.get(language, _EN_PATTERN)
    found = list(dates)
    for match in pattern.finditer(text):
        if any(d.start <= match.start("num") < d.end for d in dates):
            continue
        classified = _classify(match, language)
        if classified is None:
            continue
        kind, value, unit = classified
        start = match.start("pre") if match.group("pre") else match.start("num")
        end = match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        found.append(RawFigure(kind, value, unit, start, end))
    return sorted(found, key=lambda f: (f.start, f.end))


@lru_cache(maxsize=8)
def _sentence_ends(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the sentence separators of `text` (cached: a text has many figures)."""
    matches = list(_SENTENCE_END.finditer(text))
    return tuple(m.start() for m in matches), tuple(m.end() for m in matches)


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding `position`."""
    starts, ends = _sentence_ends(text)
    index = bisect_right(ends, position)  # separators entirely before `position`
    start = ends[index - 1] if index else 0
    end = starts[index] if index < len(starts) else len(text)
    return start, max(end, start)


@lru_cache(maxsize=64)
def _clause_separators(text: str, low: int, high: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the clause separators of text[low:high] (cached: one per sentence)."""
    matches = list(CLAUSE_SEPARATORS.finditer(text, low, high))
    return tuple(m.start() for m in matches), tuple(m.end() for m in matches)


def clause_bounds(text: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """The [start, end) of the clause (between commas, 、, brackets...) holding [start, end)."""
    low, high = bounds
    starts, ends = _clause_separators(text, low, high)
    before = bisect_right(ends, start)  # separators ending at or before the figure
    after = bisect_left(starts, end)  # the first one starting after it
    left = ends[before - 1] if before else low
    right = starts[after] if after < len(starts) else high
    return left, right
