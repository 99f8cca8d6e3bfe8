"""Whose name is not a person's: the site's own names (`site_keys`), an agency, a newsroom,
a domain (`is_organisation`), compared by their letters-and-digits keys (`_key`).
"""

from __future__ import annotations

import re

from pipeline.web.metadata.orgwords import (
    _AGENCY_NAMES,
    _CJK_ORG_MARKS,
    _ORG_WORDS,
    _WIRE_SERVICES,
)
from pipeline.web.metadata.vocabulary import _DOMAIN

# (the keys `_key` gives: letters and digits, case-folded)
_AGENCY_KEYS = frozenset("".join(filter(str.isalnum, n.casefold())) for n in _AGENCY_NAMES)
# The wire services' keys (`agencycredit`; "dpa/lno": the agency's regional service)
AGENCIES = frozenset("".join(filter(str.isalnum, n.casefold())) for n in _WIRE_SERVICES)
# One word of two to six letters (or two joined by "-"), in capitals: an agency's or outlet's
# initials ("ANP", "ČTK", "TTXVN", "ΑΠΕ-ΜΠΕ"), no person's name.
_ACRONYM = re.compile(r"[^\W\d_]{2,6}(?:-[^\W\d_]{2,6})?")
_SITE_SHARE = 0.6
# Legal forms written as initials ("Acme S.A."): they close a company's name; between a
# person's first name and surname the same letters are initials.
_LEGAL_INITIALS = frozenset({"s.a", "a.e", "α.ε", "ag", "e.v"})
# The metas naming the site: a name they give is the site's own.
SITE_METAS = ("og:site_name", "application-name", "sitename", "site_name")


def site_keys(site_name: str | None, url: str = "", publisher: str | None = None) -> frozenset[str]:
    """Letters-and-digits keys of the site's own names: og:site_name, the JSON-LD publisher and
    the host's labels ("sportowefakty" of sportowefakty.wp.pl; "www", TLDs and short labels
    left out). An author or title part matching one is the site, not a person."""
    keys = {_key(name) for name in (site_name, publisher) if name}
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    labels = [label for label in host.split(".") if label]
    keys.update(_key(label) for label in labels[:-1] if len(label) > 3 and label != "www")
    return frozenset(k for k in keys if len(k) >= 3)


# The ASCII characters that are not letters or digits: deleted from an ASCII text by one
# `str.translate` (CPython's ASCII fast path), what `filter(str.isalnum, ...)` leaves out of it.
_ASCII_NOT_ALNUM = dict.fromkeys(c for c in range(128) if not chr(c).isalnum())


def _key(text: str) -> str:
    """The letters and digits of `text`, case-folded. Folded to ASCII (most names, titles and
    summaries read here), its other characters are deleted by `_ASCII_NOT_ALNUM` (a fifth of
    the time of the filter on a 400-character summary); else the filter runs str.isalnum
    without a Python step a character."""
    folded = text.casefold()
    if folded.isascii():
        return folded.translate(_ASCII_NOT_ALNUM)
    return "".join(filter(str.isalnum, folded))


def is_organisation(name: str, site_keys: frozenset[str] = frozenset()) -> bool:
    """True for a publisher rather than a person: the site's own name (`site_keys`), a domain,
    a name holding an organisation word (News, Times, Media, Press, Staff, Desk, Reuters,
    AFP, 新华社, 编辑部 ...)."""
    key = _key(name)
    if not key or "http" in name or "@" in name or _DOMAIN.search(name):
        return True
    if key in _AGENCY_KEYS or (_ACRONYM.fullmatch(name) and _capitals_only(name)):
        return True  # "Lusa", "РИА Новости"; "ANP", "ČTK", "ΑΠΕ-ΜΠΕ": an agency's letters
    if any(_same_site(key, k) for k in site_keys):
        return True
    words = [_lower(w.strip(".,'’()")) for w in name.split()]
    if words[-1] == "co" and name.rstrip().endswith("."):
        return True  # "Acme Co.": a company's ("Emily Co" a person's: `holds_org_word`)
    return holds_org_word(words) or any(mark in name for mark in _CJK_ORG_MARKS)


# Words of outlets' names that are a person's name elsewhere (a surname "Post" opens no
# newspaper's name): an organisation's only closing a name.
_CLOSING_ORG_WORDS = frozenset({"post"})
# An office's, a desk's or a foundation's word closing a hyphenated compound ("ARD-Studio",
# "ZDF-Redaktion", "dpa-Büro", "Hanns-Seidel-Stiftung"), and the German compounds ending in
# one ("Hauptstadtstudio", "Sportredaktion", "Bundesverband").
_OFFICE_WORDS = frozenset({"studio", "redaktion", "büro", "bureau", "desk", "newsroom", "stiftung"})
_OFFICE_COMPOUNDS = ("studio", "redaktion", "stiftung", "ministerium", "verband")


def holds_org_word(words: list[str]) -> bool:
    """True when one of a name's `words` (lowered, dots and commas stripped from their ends)
    is an organisation's (`_ORG_WORDS`); a legal form written as initials only when it closes
    the name ("Acme S.A.", not "James S.A. Corey": a person's initials)."""
    for word in words:  # (a loop: most names hold no such word)
        if word in _ORG_WORDS and (word not in _LEGAL_INITIALS or word == words[-1]):
            if word == "co" and len(words) == 2 and words[0] != "co":
                continue  # "Emily Co": a surname (a company says "Co." after two words or more)
            return True
        if "-" in word and word.rsplit("-", 1)[1] in _OFFICE_WORDS:
            return True  # "ARD-Studio Washington", "BR-Redaktion": an office, no person
        if word.endswith(_OFFICE_COMPOUNDS) and word not in _OFFICE_COMPOUNDS:
            return True  # "Hauptstadtstudio", "Sportredaktion": a German compound's office
    # "Washington Post", "Jerusalem Post": a newspaper's word closing a name of two or more
    return len(words) > 1 and words[-1] in _CLOSING_ORG_WORDS


def _capitals_only(name: str) -> bool:
    """True when every letter of `name` is a capital ("ČTK"; not "夕A阳": Han has no case)."""
    return all(map(str.isupper, filter(str.isalpha, name)))


def _lower(word: str) -> str:
    """`word` in lower case, Turkish "İ" as "i": "İHA".lower() is "i̇ha" (i and a combining
    dot), which no word list holds."""
    return word.replace("İ", "I").lower() if "İ" in word else word.lower()


def _same_site(key: str, site: str) -> bool:
    """True when a name's key is a site key, holds one, or is most of one ("cnxsoft" of
    "cnxsoftware"; not "敦士" of "敦士オフィシャルブログ")."""
    if key == site:
        return True
    if len(site) >= 4 and site in key:
        return True
    return len(key) >= 4 and key in site and len(key) >= _SITE_SHARE * len(site)
