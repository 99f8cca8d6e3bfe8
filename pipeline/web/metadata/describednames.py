"""The full name of a JSON-LD author named by one word (a first name, a CMS's display name:
"Stefanus", "Nils") whose Person object describes them opening with it ("Stefanus Stahl -
Maschinenbauer", "Nils Pickert ist freier Autor": Yoast's graph of a WordPress user carries
the profile's biography), session 28.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.web.metadata.names import split_authors

# The capitalised words after the first name opening a description: a surname, or two.
_SURNAMES = re.compile(
    r"[ \t]+([A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'’][^\W\d_]+)?)(?:[ \t]+([A-ZÀ-ÖØ-Þ][^\W\d_]*))?"
)


def described_names(value: Any, names: list[str], keys: frozenset[str]) -> list[str]:
    """`names` (a JSON-LD author value's), each one-word name replaced by the full name its
    Person object's description opens with, where that reads as one person's name."""
    if not names or any(" " in name for name in names):
        return names
    full: dict[str, str] = {}
    for item in value if isinstance(value, list) else [value]:
        name = item.get("name") if isinstance(item, dict) else None
        about = item.get("description") if isinstance(item, dict) else None
        if not isinstance(name, str) or not isinstance(about, str) or " " in name.strip():
            continue
        name = name.strip()
        words = _SURNAMES.match(about, len(name)) if about.startswith(name) else None
        if words is None:
            continue
        for candidate in (" ".join(w for w in words.groups() if w), words[1]):
            whole = f"{name} {candidate}"
            if split_authors(whole, keys) == [whole]:
                full[name] = whole
                break
    return [full.get(name, name) for name in names] if full else names
