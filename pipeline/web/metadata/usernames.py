"""A writer declared by a CMS's user name ("arianschlichenmayer", "christian.stadtfeld": a
JSON-LD author's or an author meta's), the page printing the name it spells ("von Arian
Schlichenmayer", "(Christian P. Stadtfeld)" closing the text): the printed name.
"""

from __future__ import annotations

import re

from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.organisations import _key

# A user name: lower-case letters and digits, words joined by a dot, a hyphen or an underscore
# ("arianschlichenmayer", "christian.stadtfeld", "jane_doe").
_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
# ... of two or three words of letters, which the page may print capitalised
_WORDED_HANDLE = re.compile(r"[a-z]{2,}(?:[._-][a-z]{2,}){1,2}")


def spelled_names(doc: HtmlElement, printed: list[str], declared: list[str]) -> list[str]:
    """The names the page prints for the `declared` user names: the byline's (`printed`)
    where each spells the name in its place (`_spells`), else, for one user name of two or
    three words, the first place the page's text prints those words capitalised, a middle
    initial allowed between them; [] when the declared names are no user names, or unprinted."""
    if not declared or not all(_HANDLE.fullmatch(d) for d in declared):
        return []
    if len(printed) == len(declared) and all(map(_spells, declared, printed)):
        return printed
    if len(declared) != 1 or not _WORDED_HANDLE.fullmatch(declared[0]):
        return []
    words = [w.capitalize() for w in re.split(r"[._-]", declared[0])]
    found = re.search(r"\b" + r"(?:\s+[A-Z]\.)?\s+".join(words) + r"\b", text_of(doc))
    return [found.group()] if found else []


def _spells(handle: str, name: str) -> bool:
    """True when `name` has two words or more and the letters of `handle` are those of the
    whole name, of its first and last words ("christian.stadtfeld", "Christian P.
    Stadtfeld") or of the first's initial and the last word ("aschmidt", "Anna Schmidt")."""
    words = name.split()
    return len(words) > 1 and _key(handle) in (
        _key(name),
        _key(words[0] + words[-1]),
        _key(words[0][:1] + words[-1]),
    )
