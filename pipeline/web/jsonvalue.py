"""JSON read from fetched pages and feeds: a value, or None; never an exception.

A page's JSON-LD, its application state or a JSON listing is the publisher's text: cut off,
not JSON at all, or nested deeper than Python's decoder recurses (a few thousand "[" make
`json.loads` raise RecursionError, which is no ValueError). Every reader of such JSON goes
through here, leniently (`strict=False`: raw control characters inside strings, as pages
print them, are read).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["json_value", "json_value_at"]

_DECODER = json.JSONDecoder(strict=False)


def json_value(text: str) -> Any | None:
    """The JSON value `text` holds (surrounding whitespace allowed), else None."""
    try:
        return _DECODER.decode(text)
    except (ValueError, RecursionError):
        return None


def json_value_at(text: str, start: int = 0) -> tuple[Any | None, int]:
    """The JSON value starting at `text[start]` (what follows it is ignored) and the index
    after it, else (None, start)."""
    try:
        value, end = _DECODER.raw_decode(text, start)
    except (ValueError, RecursionError):
        return None, start
    return value, end
