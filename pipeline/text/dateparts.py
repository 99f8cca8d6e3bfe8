"""The pieces every date reader of `pipeline.text.dates` shares: the zone Chinese sites print
their local times in (`SHANGHAI`), any script's digits read as ASCII ones, a numeric zone
offset ("+08:00", "Z") and a datetime built from its numeric parts."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
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


def _zone(text: str | None, default: tzinfo) -> tzinfo:
    if not text:
        return default
    if text == "Z":
        return UTC
    return _offset_zone(text)


@lru_cache(maxsize=256)
def _offset_zone(text: str) -> tzinfo:
    """The fixed zone of an offset ("+08:00", "-0500"), made once for each spelling: a
    page's dates name one or two, and a timezone is immutable (equal by its offset)."""
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _from_parts(parts: Iterable[str | None], zone: tzinfo) -> datetime | None:
    y, mo, d, h, mi, s = (int(p) if p else 0 for p in parts)
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=zone)
    except ValueError:
        return None
