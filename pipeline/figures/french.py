"""French rendering of figures: magnitudes, decimal comma, no-break spaces.

43亿港元 (4.3e9 HKD) -> « 4,3 milliards de dollars de Hong Kong », never « 43 milliards ».
One no-break space (U+00A0) is used throughout: as the thousands separator (« 1 159 fois »)
and before « % » (« 6,6 % »), so that a line never breaks inside a figure.
"""

from __future__ import annotations

import math

from pipeline.records import Figure

NBSP = "\u00a0"

CURRENCY_NAMES = {
    "HKD": "dollars de Hong Kong",
    "USD": "dollars américains",
    "CNY": "yuans",
    "EUR": "euros",
    "shares": "actions",
}
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_SCALES = (
    (1e12, "billion", "billions"),
    (1e9, "milliard", "milliards"),
    (1e6, "million", "millions"),
)


def format_number(value: float, decimals: int, strip: bool = True) -> str:
    """« 1 159,46 »: no-break space between thousands, decimal comma; `strip` drops ,00."""
    text = f"{value:,.{decimals}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", NBSP).replace(".", ",")


def _unit_words(unit: str) -> str:
    return CURRENCY_NAMES.get(unit, unit)


def _with_unit(number: str, words: str, after_scale: bool) -> str:
    """Join a number and its unit: « 4,3 milliards de dollars », « 12 millions d'euros »."""
    if not words:
        return number
    if not after_scale:
        return f"{number} {words}"
    joiner = "d'" if words[0] in "aeéiou" else "de "
    return f"{number} {joiner}{words}"


def render_amount(value: float, unit: str, decimals: int = 3) -> str:
    """An amount with a French magnitude word: 5.28e10 HKD -> « 52,8 milliards de dollars... »."""
    words = _unit_words(unit)
    for scale, singular, plural in _SCALES:
        if abs(value) >= scale:
            mantissa = format_number(value / scale, decimals)
            word = singular if abs(value) / scale < 2 else plural
            return _with_unit(f"{mantissa} {word}", words, True)
    return _with_unit(format_number(value, 0 if value == int(value) else 2), words, False)


def render_date(value: float) -> str:
    """YYYYMMDD (year or day 0 when unknown) -> « 8 janvier 2026 », « juin 2019 », « 8 janvier »."""
    number = int(value)
    year, month, day = number // 10_000, number // 100 % 100, number % 100
    if not 1 <= month <= 12:
        return str(number)
    parts = ["1er" if day == 1 else str(day)] if day else []
    parts.append(MONTHS_FR[month - 1])
    if year:
        parts.append(str(year))
    return " ".join(parts)


def render_fr(figure: Figure) -> str:
    """The French rendering of a figure, from its normalized value and unit."""
    kind, value, unit = figure.kind, figure.value, figure.unit
    if not math.isfinite(value):
        return figure.text  # a number too long for a float: shown as written
    if kind == "date":
        return render_date(value)
    if kind == "percent":
        return f"{format_number(value, 2)}{NBSP}%"
    if kind == "multiple":
        shown = format_number(round(value), 0) if value >= 100 else format_number(value, 2)
        return f"{shown} fois"
    if kind == "price":
        return _with_unit(format_number(value, 2, strip=False), _unit_words(unit), False)
    if kind == "shares":
        return render_amount(value, "shares", decimals=2)
    return render_amount(value, unit)
