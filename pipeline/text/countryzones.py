"""The zone of a page's country, read off its host's country-code domain ("lemonde.fr":
Europe/Paris), for a time the page prints without a zone ("Publié le 7 mai 2019 à 13h59",
"14:03 Uhr"): a country that keeps one clock is where such a page's wall clock is read.

The countries and their zones are the IANA tz database's own table (`zone.tab`, shipped by
the `tzdata` package and by the system's zoneinfo): a country is given a zone only where all
its zones keep the same offsets (Germany's Berlin and Büsingen; not Spain, whose Canaries are
an hour behind Madrid, nor the US, Russia, Brazil, Canada or Australia). The country-code
domains sold as generic ones (".io", ".tv", ".co", ".me", ...) name no country."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["GENERIC_COUNTRY_CODES", "country_code", "country_day", "country_zone"]

# Country-code domains used as generic ones (".io", ".tv", ".co", ".me"): no country (for
# `pagedating`'s day-first languages too). With them, those Google Search documents it reads as
# generic (".nu", sold to Swedish and Dutch sites, is Niue's, eleven hours behind UTC; ".tk",
# free to all, Tokelau's, thirteen ahead): a zone of theirs would move a site's clock by half a
# day.
GENERIC_COUNTRY_CODES = frozenset(
    "io tv co me ai fm ly to cc ws gg sh la ad as bz cd dj ms nu sc sr su tk".split()
)
# The domain whose country code is another: the United Kingdom's ".uk" is ISO's "GB".
_DOMAIN_COUNTRY = {"uk": "GB"}
# Two days a year whose offsets tell a country's zones apart: winter's and summer's in either
# hemisphere.
_PROBES = (datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12))


def _zone_table() -> str:
    """The text of the tz database's `zone.tab` ("" where none is installed)."""
    try:
        from importlib.resources import files

        return files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ImportError, OSError, ModuleNotFoundError):
        pass
    import zoneinfo

    for folder in zoneinfo.TZPATH:
        try:
            return (Path(folder) / "zone.tab").read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


@cache
def _zone_names() -> dict[str, tuple[str, ...]]:
    """Country code -> the names of its zones, as `zone.tab` lists them."""
    names: dict[str, list[str]] = {}
    for line in _zone_table().splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            names.setdefault(fields[0], []).append(fields[2])
    return {country: tuple(zones) for country, zones in names.items()}


@cache
def _one_clock(country: str) -> tzinfo | None:
    """The zone of `country` (an ISO code) where all its zones keep the same offsets; None
    for a country of several clocks or one the table does not list. (Loaded per country
    asked: the table's 400 zones at once take a tenth of a second.)"""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        loaded = [ZoneInfo(name) for name in _zone_names().get(country, ())]
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    offsets = {tuple(z.utcoffset(probe) for probe in _PROBES) for z in loaded}
    return loaded[0] if len(offsets) == 1 else None


def country_code(url: str) -> str | None:
    """The country-code domain ending `url`'s host ("fr", "uk"); None for a generic domain
    (".com", ".io"), an IP address or a malformed host."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:  # a malformed host: no country
        return None
    code = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(code) != 2 or not code.isalpha() or code in GENERIC_COUNTRY_CODES:
        return None
    return code


def country_zone(url: str) -> tzinfo | None:
    """The zone of the country whose code ends `url`'s host (`country_code`), where that
    country keeps one clock (`_one_clock`); None for no country, a country of several zones,
    or no tz database."""
    code = country_code(url)
    return None if code is None else _one_clock(_DOMAIN_COUNTRY.get(code, code.upper()))


def country_day(found: datetime | None, zone: tzinfo, url: str) -> datetime | None:
    """`found`; where it was read in the zone of `url`'s country (`zone` is `country_zone`'s)
    as a day alone (00:00 there: no clock printed), that day at UTC midnight, as a day
    printed without a zone is given on every other page: a day names no instant, and its
    midnight in a zone east of UTC is the day before in UTC."""
    if found is None or (found.hour, found.minute, found.second) != (0, 0, 0):
        return found
    if zone is not country_zone(url) or found.utcoffset() != zone.utcoffset(found):
        return found
    return found.replace(tzinfo=UTC)
