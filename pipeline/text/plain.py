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

__all__ = [
    "ascii_bytes",
    "has_double_space",
    "is_printable",
    "is_single_spaced",
    "is_spaced_ascii",
]

_MIN_CHARS = 512  # below this, numpy's call overhead costs more than str's scan
_SPACE, _FIRST_PRINTABLE, _LAST_PRINTABLE = 0x20, 0x20, 0x7E


def ascii_bytes(text: str) -> npt.NDArray[np.uint8] | None:
    """The bytes of a long ASCII text (one per character), else None."""
    if len(text) < _MIN_CHARS or not text.isascii():
        return None
    return np.frombuffer(text.encode("ascii"), dtype=np.uint8)


# The last long text of other than ASCII `is_printable` tested, and its answer: a page's text
# is tested as it is extracted (`extract._noise_free`) and again, most often unchanged, as it
# is normalized (`normalize_text`); the second is then a comparison of the two strings (memcmp)
# instead of a lookup of each character (about 0.1 M instructions a Chinese bench page).
_last_tested: tuple[str, bool] = ("", True)


def is_printable(text: str) -> bool:
    """``text.isprintable()``."""
    global _last_tested
    codes = ascii_bytes(text)
    if codes is not None:
        return bool(codes.min() >= _FIRST_PRINTABLE) and bool(codes.max() <= _LAST_PRINTABLE)
    if len(text) < _MIN_CHARS:
        return text.isprintable()
    last = _last_tested  # one read: another thread may replace the pair meanwhile
    if last[0] == text:
        return last[1]
    printable = text.isprintable()
    _last_tested = (text, printable)
    return printable


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


def is_spaced_ascii(text: str) -> bool:
    """For an ASCII `text`: whether it is ``" ".join(text.split())`` already: it holds none of
    the ASCII whitespace str.split cuts at (tab, newline, vertical tab, form feed, carriage
    return, the four separators 0x1C-0x1F) and its spaces are single and inside. Nine
    one-character scans (memchr) of a paragraph take a third of ``str.isprintable``'s time,
    which reads each character's Unicode record."""
    return (
        "\n" not in text
        and "\t" not in text
        and "\r" not in text
        and "\x0b" not in text
        and "\x0c" not in text
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
    )
