"""The zones a text prints after a time (`_named_zone`): abbreviations ("EST", "CET", "MSK",
"北京时间": `_ZONE_NAMES`; CST left out, China's and the US Central zone alike), the US zones
printed without their standard or daylight letter ("5:00 a.m. PT": `_US_ZONES`, at the date's
offset), an offset ("GMT+1", "UTC-05:00", "+0100"); and the zone patterns the date patterns of
`writtendates` end with (`_ZONE_WORD`, `_US_ZONE_WORD`, `_ZONE_AFTER`).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone, tzinfo
from functools import cache

from pipeline.text.dateparts import MAX_OFFSET_HOURS, _zone

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
    "aedt": 11,
    "msk": 3,
    "mez": 1,  # (German: CET, CEST)
    "mesz": 2,
    "tsi": 3,  # (Turkey's, printed "TSİ")
    "TSİ": 3,
    "мск": 3,
    "sgt": 8,
    "wib": 7,
    "wita": 8,
    "wit": 9,
    "ict": 7,
    "pkt": 5,
    "eat": 3,
    "wat": 1,
    "sast": 2,  # South Africa's
    "brt": -3,  # Brasília's, and its former summer time
    "brst": -2,
    "hst": -10,  # Hawaii's, Alaska's
    "akst": -9,
    "akdt": -8,
    "awst": 8,  # Australia's western and central zones, New Zealand's
    "acst": 9.5,
    "acdt": 10.5,
    "nzst": 12,
    "nzdt": 13,
    "pht": 8,  # the Philippines', Malaysia's, Nepal's
    "myt": 8,
    "npt": 5.75,
    "北京时间": 8,
    "北京時間": 8,
    "台北時間": 8,
    "香港時間": 8,
    "日本時間": 9,
    "東京時間": 9,
    "한국시간": 9,
}
_ZONE_WORD = "|".join(sorted(_ZONE_NAMES, key=len, reverse=True))
# The US zones printed without their standard or daylight letter ("5:00 a.m. PT", "10:30 AM
# ET"): read in capitals only ("et": a French word), at the offset of the date (DST).
_US_ZONES = {
    "et": ("America/New_York", -5),
    "ct": ("America/Chicago", -6),
    "mt": ("America/Denver", -7),
    "pt": ("America/Los_Angeles", -8),
}
_US_ZONE_WORD = "|".join(n.upper() for n in _US_ZONES)
# A zone printed after the time of a numeric date, in brackets or not: "GMT+8", "UTC+3",
# "MSK", "мск", "（北京时间）", after German's "Uhr" ("14:03 Uhr MEZ"). Latin abbreviations
# in capitals only ("10:30 ist", "est": German and French words), none of one letter
# (Polish "z").
_ZONE_UPPER = "|".join(
    sorted(
        {n.upper() for n in (*_ZONE_NAMES, *_US_ZONES) if len(n) > 1}
        | {n for n in _ZONE_NAMES if not n.isascii()},
        key=len,
        reverse=True,
    )
)
_ZONE_AFTER = (
    r"(?:(?:\s*[Uu]hr)?\s*[(（]?\s*"
    rf"(?P<zn>(?-i:{_ZONE_UPPER})\b(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?))?"
)


@cache
def _us_zone(name: str) -> tzinfo:
    """The zone of a US abbreviation of `_US_ZONES` (its standard offset without a tz
    database)."""
    place, hours = _US_ZONES[name]
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(place)
    except (ImportError, KeyError, OSError):
        return timezone(timedelta(hours=hours))


def _named_zone(text: str | None, default: tzinfo) -> tzinfo:
    """The zone of "EST", "GMT+1", "UTC-05:00" or "+0100"; `default` when none is given."""
    if not text:
        return default
    text = text.strip().lower()
    if text[0] in "+-":
        return _zone(text, default)
    name = re.match(r"[^\W\d_]+", text)
    if name and name.group(0) in _US_ZONES and name.end() == len(text):
        return _us_zone(name.group(0))
    hours = float(_ZONE_NAMES.get(name.group(0), 0)) if name else 0.0
    offset = re.search(r"([+-])(\d{1,2})(?::?(\d{2}))?$", text)
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        hours += sign * (int(offset.group(2)) + int(offset.group(3) or 0) / 60)
    if abs(hours) > MAX_OFFSET_HOURS:
        return default  # "GMT+99": no place's zone, the time read as if none were printed
    return UTC if hours == 0 else timezone(timedelta(hours=hours))
