"""A page's summary: the first of its descriptions (JSON-LD's, then the metas') that says
something more than its title, its site's name or a list of keywords (`reader.read_metadata`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.structured import _first, _name

__all__ = ["DESC_METAS", "page_summary", "summary_of"]

DESC_METAS = ("og:description", "description", "twitter:description")

# A blank run is tried from its first blank only, as in _TITLE_SEPARATORS.
_KEYWORD_SEPARATORS = re.compile(r"(?<!\s)\s+[,，;；]\s*|[,，;；]\s*")
_MAX_KEYWORD = 10  # characters of one item of a keyword list


def page_summary(
    ld: dict[str, Any], metas: dict[str, str], title: str | None, keys: frozenset[str]
) -> str | None:
    """The first description (`summary_of`) of the JSON-LD's, then the metas' (`DESC_METAS`)
    that says something: an og:description that is the site's name ("Engadget") gives way to
    the page's description meta."""
    first = _name(ld.get("description")) or _first(metas, DESC_METAS)
    found = summary_of(first, title, keys)
    if found is not None or not first:
        return found
    for key in DESC_METAS:  # (only where the first one said nothing)
        found = summary_of(metas.get(key), title, keys)
        if found is not None:
            return found
    return None


def summary_of(description: str | None, title: str | None, keys: frozenset[str]) -> str | None:
    """The page's description as its summary, unless it says nothing more: no letter (",",
    "#"), the title again, the site's name (`site_keys`), or a list of keywords
    ("云南日报网,2013,云南,云南网") where the site put its keywords."""
    if not description or not any(ch.isalpha() for ch in description):
        return None
    key = _key(description)
    if (title and key == _key(title)) or key in keys:
        return None
    items = [item for item in _KEYWORD_SEPARATORS.split(description.strip()) if item]
    if len(items) >= 2 and all(len(item) <= _MAX_KEYWORD for item in items):
        return None
    return description
