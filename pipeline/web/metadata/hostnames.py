"""A writer whose site is named after them: a personal site's or a newsletter's address that
spells the writer's name ("garymarcus.substack.com", "gregoryszorc.com", "erik-engheim" on a
blogging platform). `site_keys` reads the host's labels as the site's own names, so the
writer's name, declared and printed, was left out of every source as the site's.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.web.html import HtmlElement
from pipeline.web.metadata.bylinelines import _name_shaped
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.organisations import SITE_METAS, _key, holds_org_word
from pipeline.web.metadata.printednames import _printed
from pipeline.web.metadata.structured import _ld_people, _publisher

_MIN_HELD = 4  # letters of a host's label a name holds ("ttias" of ma.ttias.be: "Mattias Geniar")


def host_named(
    doc: HtmlElement, ld: dict[str, Any], metas: dict[str, str], keys: frozenset[str]
) -> list[str]:
    """The one person the JSON-LD (a Person, not an organisation) or the author meta declares
    whose name's key is among the site's keys, or holds a host's label ("Mattias Geniar" of
    ma.ttias.be), only by the host (`keys` also holds the site name's and the publisher's: a
    name those give or hold is the site's, "Fox News", "El Colombiano" of the publisher
    "ElColombiano.com"), of two words or more of a person's shape, no organisation's word,
    printed on the page; else []."""
    own = {_key(metas.get(name) or "") for name in SITE_METAS}
    own.add(_key(_publisher(ld.get("publisher")) or ""))
    own.discard("")
    for raw in (*_ld_people(ld.get("author")), metas.get("author") or ""):
        names = split_authors(raw) if raw else []
        if len(names) != 1:
            continue
        name = names[0]
        key = _key(name)
        if (
            (key in keys or _holds_label(name, key, keys - own))
            and not any(key in name_key for name_key in own)  # ("ElColombiano.com")
            and " " in name
            and _name_shaped(name)
            and not holds_org_word([w.lower() for w in name.split()])
            and _printed(doc, names)
        ):
            return names
    return []


def _holds_label(name: str, key: str, labels: frozenset[str]) -> bool:
    """True when the name's key holds one of the host's `labels` inside a word of it
    ("ttias" of ma.ttias.be in "Mattias Geniar"), not as a word ("FOCUS-Online-Experte Robin
    Tschöpe" on focus.de: the site's label and a role before the name)."""
    held = [k for k in labels if len(k) >= _MIN_HELD and k in key]
    return bool(held) and not {_key(w) for w in re.split(r"[\s-]+", name)} & set(held)


# A title before a name on a personal site's name ("Dr. Alexander Klier", "Prof. Dr. X").
_TITLES_BEFORE = re.compile(r"^(?:(?:dr|prof|mag|dipl)\.(?:[ \t]*-?[ \t]*\w+\.)?[ \t]+)+", re.I)
_POSSESSIVE = re.compile(r"(.+?)['’]s\b")  # "Daniel Lemire's blog", "Jane Doe’s Homepage"
_OWNER_WORDS = (2, 3)  # words of the owner's name


def site_named_owner(metas: dict[str, str], keys: frozenset[str]) -> list[str]:
    """The person a personal site is named after, where its address spells them: the site's
    name (og:site_name and kin) names its owner's site ("Daniel Lemire's blog") or is a
    person's name after a title ("Dr. Alexander Klier"), two or three words of a person's
    shape and no organisation's word, and another of the site's keys (the host's labels:
    `site_keys`) holds that name, or for an owner's site is its surname ("lemire.me",
    "alexander-klier.net"). Read last, where no one else is named: such a site's writer is
    its owner, whose name every other source left out as the site's. (A site's name of a
    name's shape alone is as often a place's or a paper's: "Miami Today", "Stadt Ahlen".)"""
    site = next((metas[k] for k in SITE_METAS if metas.get(k)), "")
    owner = _POSSESSIVE.match(site) if "'s" in site or "’s" in site else None
    titled = _TITLES_BEFORE.match(site) if site[:1] in "DdPpMm" else None
    if not keys or (owner is None and titled is None):
        return []
    name = owner.group(1).strip() if owner else site[titled.end() :].strip() if titled else ""
    words = name.split()
    if len(words) not in _OWNER_WORDS or not _name_shaped(name) or name.isupper():
        return []
    if holds_org_word([w.lower() for w in words]) or split_authors(name) != [name]:
        return []
    own, full, surname = _key(site), _key(name), _key(words[-1])
    if any(k != own and (full in k or (owner and k == surname)) for k in keys):
        return [_TITLES_BEFORE.sub("", name)]
    return []
