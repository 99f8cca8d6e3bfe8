"""Dates and zones: the one date parser of the pipeline and the zone constants.

Chinese sites print local times without a zone: those are Asia/Shanghai (`SHANGHAI`), the
zone site modules declare. A value without a zone gets the caller's `default_tz`.

Hand-written rather than dateparser or python-dateutil: neither reads epoch milliseconds, and
both read text we must refuse (dateparser: "yesterday" is a date; dateutil's fuzzy parse
invents today's year or day for a partial date), so their results would not stay the same.
dateparser also costs a second to import and about a millisecond a call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

__all__ = ["CN_DATE", "DATE_IN_TEXT", "SHANGHAI", "UTC", "date_in_text", "parse_datetime"]


def _shanghai() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except (ImportError, KeyError, OSError):  # no tz database: China has had no DST since 1991
        return timezone(timedelta(hours=8), "CST")


SHANGHAI = _shanghai()

# 2026年1月8日 18:21(:05), spaces allowed anywhere (Sohu bylines, Chinese body text).
CN_DATE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：时]\s*(\d{1,2})"
    r"(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
# The whole value: 2026-01-08, 2026/01/08 18:21, 2026-01-08T18:21:00.000+08:00, ... Z.
_NUM_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
# A date inside a longer text (a byline after the title): 2024-05-20 13:15, 2024.05.20,
# 2024年5月20日 13:15; the year must look like one (19xx, 20xx).
DATE_IN_TEXT = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[T\s]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?"
    r"(Z|[+-]\d{2}:?\d{2})?"
)
_EPOCH = re.compile(r"\d{9,13}(\.\d+)?")


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
    '2026年1月8日 18:21', or such a date inside a longer text; None when there is none.

    Epoch values are shown in `default_tz`; dates without a zone are read in it (Asia/Shanghai
    by default: the Chinese sites never state one).
    """
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
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
    try:
        parsed = datetime.fromisoformat(text.replace(" +", "+"))
    except ValueError:
        return date_in_text(text, default_tz)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=default_tz)


def date_in_text(text: str, default_tz: tzinfo = SHANGHAI) -> datetime | None:
    """The first date printed in a text (a byline: "2024-05-20 13:15 来源：..."), else None."""
    match = DATE_IN_TEXT.search(text)
    if match is None:
        return None
    return _from_parts(match.groups()[:6], _zone(match.group(7), default_tz))
