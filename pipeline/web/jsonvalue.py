"""JSON read from fetched pages and feeds: a value, or None; never an exception.

A page's JSON-LD, its application state or a JSON listing is the publisher's text: cut off,
not JSON at all, or nested deeper than Python's decoder recurses (a few thousand "[" make
`json.loads` raise RecursionError, which is no ValueError). Every reader of such JSON goes
through here, leniently (`strict=False`: raw control characters inside strings, as pages
print them, are read). A string escaped as half of a surrogate pair with no other half
("\\ud83d": text cut inside an emoji) is read with U+FFFD for that half: such a string could
not be stored or written.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["json_value", "json_value_at", "without_surrogates"]

_DECODER = json.JSONDecoder(strict=False)


def json_value(text: str) -> Any | None:
    """The JSON value `text` holds (surrounding whitespace allowed), else None."""
    try:
        value = _DECODER.decode(text)
    except (ValueError, RecursionError):
        return None
    return _valid(value) if _SURROGATE_ESCAPE.search(text) else value


def json_value_at(text: str, start: int = 0) -> tuple[Any | None, int]:
    """The JSON value starting at `text[start]` (what follows it is ignored) and the index
    after it, else (None, start)."""
    try:
        value, end = _DECODER.raw_decode(text, start)
    except (ValueError, RecursionError):
        return None, start
    return (_valid(value) if _SURROGATE_ESCAPE.search(text, start, end) else value), end


# A JSON escape of a surrogate ("\\ud83d"): its string may hold a half pair (`_valid`).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _valid(value: Any) -> Any:
    """`value` with each of its strings (keys too) valid Unicode (`without_surrogates`),
    lists and objects changed in place, walked without recursion (as deep as JSON reads)."""
    if isinstance(value, str):
        return without_surrogates(value)
    stack = [value]
    while stack:
        node = stack.pop()
        items = enumerate(node) if isinstance(node, list) else list(node.items())
        for slot, item in items:
            if isinstance(item, str):
                node[slot] = without_surrogates(item)
            elif isinstance(item, list | dict):
                stack.append(item)
            if isinstance(slot, str) and (key := without_surrogates(slot)) != slot:
                node[key] = node.pop(slot)
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` as valid Unicode: a surrogate pair (the two halves of one character, as JSON and
    JavaScript escapes give them: "\\ud83d\\ude00") joined into its character, a lone half
    (a string cut inside an emoji) U+FFFD. A half cannot be encoded: not stored, not written."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
