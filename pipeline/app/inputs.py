"""Files the user hands to a command (`brief`, `factcheck`, `eval`), read so that anything
wrong with them is an InputError naming `file` or `file:line` and what is wrong: a directory
where a file is expected, bytes that are not UTF-8, JSON lines whose values have the wrong
type. Never a TypeError or UnicodeDecodeError traceback.
"""

from __future__ import annotations

import json
import types
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from pipeline.errors import TOO_DEEP, InputError
from pipeline.readfile import TooLarge, read_bounded
from pipeline.records import Article

__all__ = ["article_from_json_line", "read_text_file"]


def read_text_file(path: str | Path, what: str = "file") -> str:
    """The text of a UTF-8 file (a byte-order mark, which Windows editors write, left out);
    InputError for a missing file, a directory, or bytes that are not UTF-8 (naming the line
    of the first bad byte)."""
    p = Path(path)
    expected = f"expected {'an' if what[:1] in 'aeiou' else 'a'} {what}"
    if p.is_dir():
        raise InputError(str(path), f"is a directory, {expected}")
    try:
        data = read_bounded(p)
    except TooLarge as exc:
        raise InputError(str(path), f"{exc}: {expected}") from None
    except FileNotFoundError:
        raise InputError(str(path), f"no such {what}") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}", f"not UTF-8 text (byte {exc.start}: {data[exc.start : exc.end]!r})"
        ) from None


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _accepts(hint: Any, value: Any) -> bool:
    """Whether a JSON value fits an Article field's type (datetimes come as ISO strings)."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(_accepts(arg, value) for arg in get_args(hint))
    if hint is type(None):
        return value is None
    if hint is datetime:
        return isinstance(value, str)
    if origin is tuple:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(hint, type) and isinstance(value, hint)


_HINTS = get_type_hints(Article)
_FIELDS = {f.name for f in fields(Article)}


def article_from_json_line(line: str, where: str) -> Article:
    """One Article from a JSON line of an articles file; InputError naming `where` (file:line)
    and the key whose value is missing or of the wrong type."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not JSON ({exc})") from None
    except RecursionError:
        raise InputError(where, f"not JSON ({TOO_DEEP})") from None
    if not isinstance(data, dict):
        raise InputError(where, f"expected a JSON object, got {_type_name(data)}")
    for key in ("url", "text"):
        if not data.get(key):
            raise InputError(where, f"an article needs at least 'url' and 'text' ({key!r} missing)")
    for key, value in data.items():
        if key in _FIELDS and not _accepts(_HINTS[key], value):
            raise InputError(
                where, f"{key!r} has the wrong type: {_type_name(value)} {value!r:.40}"
            )
    try:
        article = Article.from_dict({"title": "", **data})
    except (TypeError, ValueError) as exc:
        raise InputError(where, f"not an article record ({exc})") from None
    for key in _DATETIMES:
        when = getattr(article, key)
        try:
            if when is not None:
                when.astimezone(UTC)
        except OverflowError:  # "9999-12-31T23:59:59-23:59": out of range once in UTC
            raise InputError(where, f"{key!r} is out of range: {data[key]!r:.40}") from None
    return article


# Article times a brief converts (to UTC, to Shanghai's day): one past the datetime range
# once converted ended the brief in an internal error (OverflowError)
_DATETIMES = tuple(
    name for name, hint in _HINTS.items() if name in _FIELDS and datetime in get_args(hint)
)
