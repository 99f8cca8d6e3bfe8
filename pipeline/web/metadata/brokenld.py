"""The dates of a JSON-LD block that is no JSON (`salvaged`), read by their keys: a quote left
unescaped in a name, a "//" comment line, a tag written into a string or a JavaScript comment
around its CDATA make a block no JSON, but its type and dates are still written as JSON
writes them (session 33, helper dates33). `structured.jsonld_objects` puts such an object
after the blocks that are JSON; `reader` reads its dates after the date metas'."""

from __future__ import annotations

import re
from typing import Any

# A key of a block that is no JSON (an unescaped quote in a name, a "//" comment line, a
# tag in a string) read where it is written, with its string value: its type and dates.
_SALVAGED_KEY = re.compile(
    r'"(@type|datePublished|dateModified|dateCreated)"\s*:\s*"([^"\\<>]{1,60})"'
)


# The key that marks an object `salvaged` from a block that is no JSON: its dates are read
# after the date metas' (`reader`).
SALVAGED = "@salvaged"


def salvaged(text: str) -> dict[str, Any] | None:
    """The first @type and the dates of a JSON-LD block that is no JSON, each date key
    written once in it (a list of items writes it again: none), where it states when it was
    published; else None. After the blocks that are JSON: an article of theirs comes first."""
    if "datePublished" not in text:
        return None
    found: dict[str, Any] = {}
    for key, value in _SALVAGED_KEY.findall(text):
        if key != "@type" and key in found:
            return None
        found.setdefault(key, value)
    return {**found, SALVAGED: True} if "datePublished" in found else None
