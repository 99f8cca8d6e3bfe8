"""Whole-text character tests, quicker on a long ASCII text: the same answers as str's.

``str.isprintable`` looks each character up in the Unicode database, a few nanoseconds a
character: 30-40 µs for a page's 9,000 characters, and a page's text is tested three or four
times (its duplicate key, its normalization, its noise share). An ASCII text is printable
exactly when its bytes lie in 0x20-0x7E: two numpy reductions over its bytes, a tenth of the
time. ``"  " in text`` (a two-character search that barely skips in spaced text) is one
comparison of the bytes with their neighbours. Short or non-ASCII texts take str's own tests.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["ascii_bytes", "has_double_space", "is_printable", "is_single_spaced"]

_MIN_CHARS = 512  # below this, numpy's call overhead costs more than str's scan
_SPACE, _FIRST_PRINTABLE, _LAST_PRINTABLE = 0x20, 0x20, 0x7E


def ascii_bytes(text: str) -> npt.NDArray[np.uint8] | None:
    """The bytes of a long ASCII text (one per character), else None."""
    if len(text) < _MIN_CHARS or not text.isascii():
        return None
    return np.frombuffer(text.encode("ascii"), dtype=np.uint8)


def is_printable(text: str) -> bool:
    """``text.isprintable()``."""
    codes = ascii_bytes(text)
    if codes is None:
        return text.isprintable()
    return bool(codes.min() >= _FIRST_PRINTABLE) and bool(codes.max() <= _LAST_PRINTABLE)


def has_double_space(text: str) -> bool:
    """``"  " in text``."""
    codes = ascii_bytes(text)
    if codes is None:
        return "  " in text
    spaces = codes == _SPACE
    return bool(np.any(spaces[1:] & spaces[:-1]))


def is_single_spaced(text: str) -> bool:
    """``text.isprintable() and "  " not in text`` and no space at either end: `text` is
    ``" ".join(text.split())`` already (every whitespace character but " " is unprintable)."""
    if text[:1] == " " or text[-1:] == " ":
        return False
    codes = ascii_bytes(text)
    if codes is None:
        return text.isprintable() and "  " not in text
    if not (bool(codes.min() >= _FIRST_PRINTABLE) and bool(codes.max() <= _LAST_PRINTABLE)):
        return False
    spaces = codes == _SPACE
    return not np.any(spaces[1:] & spaces[:-1])
