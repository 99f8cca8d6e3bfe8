"""Start tags of thousands of attributes cut to their first `MAX_ATTRIBUTES` before parsing.

libxml2's HTML parser checks each attribute of a start tag against every one before it (a
duplicate is dropped): a tag of 20,000 attributes took 0.9 s to parse, 50,000 over 5 s, and
the per-page path parses a page more than once. The most attributes one element of 1,643 real
pages holds is 78. A tag long enough to hold a few hundred attributes spans a window of
`_WINDOW` characters holding no ">" or no "<", which two searches per window find at C speed;
only such a window's tag is read attribute by attribute (benchmarks/extraction/hostile_shapes.py).
"""

from __future__ import annotations

import re

__all__ = ["MAX_ATTRIBUTES", "capped_attributes"]

MAX_ATTRIBUTES = 256  # names of one start tag: the rest are dropped (a real page's most: 78)
MAX_REPEATS = 10_000  # attributes of one start tag, a name repeated or not (each checked
# against the names before it: a million repeats of the 256th name cost 256 million checks)
_WINDOW = 1024  # characters: a start tag this long may hold more than MAX_ATTRIBUTES
_TAG_NAME = re.compile(r"<[A-Za-z][^\s/>]*")
# One attribute as libxml2 reads it: blanks (and stray slashes) before a name, then an
# optional value, quoted or not.
_ATTRIBUTE = re.compile(r"""[\s/]*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_NAMELESS = _ATTRIBUTE.pattern.replace("(", "(?:", 1)  # (no group)
_ATTRIBUTES = re.compile(f"(?:{_NAMELESS})*")


def capped_attributes(html: str) -> str | None:
    """`html` with every start tag of more than `MAX_ATTRIBUTES` attribute names (or
    `MAX_REPEATS` attributes) cut before the first name past them (`_cut`), or None when no
    tag holds that many (every page but a hostile one: then the work is a `str.find` of ">"
    and of "<" per `_WINDOW` characters)."""
    parts: list[str] = []
    done = 0  # html[:done] is in parts
    pos, size = 0, len(html)
    while pos + _WINDOW <= size:
        if html.find(">", pos, pos + _WINDOW) != -1 and html.find("<", pos, pos + _WINDOW) != -1:
            pos += _WINDOW
            continue
        start = html.rfind("<", done, pos + _WINDOW)
        cut = _cut(html, start) if start != -1 else None
        if cut is None:  # a long text, script or value: on to the next tag
            following = html.find("<", pos + _WINDOW)
            pos = following if following != -1 else size
            continue
        keep, end = cut
        parts.append(html[done:keep])
        done = pos = end
    if not parts:
        return None
    parts.append(html[done:])
    return "".join(parts)


def _cut(html: str, start: int) -> tuple[int, int] | None:
    """(where the tag at `start` is cut, where its attributes end) when it is a start tag of
    more than MAX_ATTRIBUTES distinct attribute names or MAX_REPEATS attributes, else None.
    libxml2 keeps a name's first attribute: cut before the first name past the cap, the tag's
    tree is the whole tag's without those names (and without later repeats). Read at C speed
    (a page may hold hundreds of long tags), but for the cut's place in a tag to cut."""
    name = _TAG_NAME.match(html, start)
    if name is None:
        return None
    end = _ATTRIBUTES.match(html, name.end())
    assert end is not None  # (it matches the empty string)
    names = _ATTRIBUTE.findall(html, name.end(), end.end())
    if len(names) <= MAX_ATTRIBUTES:
        return None
    lowered = " ".join(names).lower().split()  # (libxml2 reads the names lower-cased)
    if len(set(lowered)) <= MAX_ATTRIBUTES and len(names) <= MAX_REPEATS:
        return None
    kept, seen = 0, set()
    for attribute in lowered[:MAX_REPEATS]:
        seen.add(attribute)
        if len(seen) > MAX_ATTRIBUTES:
            break
        kept += 1
    cut = re.compile(f"(?:{_NAMELESS}){{{kept}}}").match(html, name.end())
    assert cut is not None  # (the first `kept` of the attributes found)
    return cut.end(), end.end()
