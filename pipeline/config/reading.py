"""TOML in: a file read to a bound and parsed, a table built into a frozen dataclass.

`read_toml` turns a missing, oversized or malformed file into a ConfigError naming it; `build`
refuses unknown keys and values of the wrong type (naming the file and the key) and lays a
table over a `base` config; `shipped_config` finds a file of `configs/` in the package.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import MISSING, fields, is_dataclass, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from pipeline.config.types import PhraseConfig, ThemeConfig
from pipeline.errors import TOO_DEEP, ConfigError
from pipeline.readfile import TooLarge, read_bounded

T = TypeVar("T")


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """Check and convert one TOML value against a dataclass field's type hint."""
    text = str(hint)
    if is_dataclass(hint) and isinstance(hint, type):
        if not isinstance(value, dict):
            raise ConfigError(where, f"expected a table, got {type(value).__name__}")
        return build(hint, value, where)
    for table in (ThemeConfig, PhraseConfig):
        if text.startswith(f"tuple[{table.__module__}.{table.__name__}"):
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise ConfigError(where, "expected an array of tables")
            return tuple(build(table, v, f"{where}[{i}]") for i, v in enumerate(value))
    if text.startswith("tuple[str"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(where, "expected an array of strings")
        return tuple(_no_nul(v, where) for v in value)
    if text.startswith(("typing.Mapping[str, tuple[str", "collections.abc.Mapping[str, tuple[str")):
        if not isinstance(value, dict):
            raise ConfigError(where, "expected a table of arrays of strings")
        return {k: _coerce(v, tuple[str, ...], f"{where}.{k}") for k, v in value.items()}
    if text.startswith(("typing.Mapping[str, str]", "collections.abc.Mapping[str, str]")):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ConfigError(where, "expected a table of strings")
        if any(not k.strip() or not v.strip() for k, v in value.items()):
            raise ConfigError(where, "an empty name or value (every entry maps a text to one)")
        return {_no_nul(k, where): _no_nul(v, where) for k, v in value.items()}
    if "datetime.date" in text:
        if isinstance(value, datetime):  # a TOML date-time is a date too (a subclass)
            raise ConfigError(where, f"expected a date YYYY-MM-DD, got a date and time {value}")
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(where, f"expected a date YYYY-MM-DD, got {value!r}") from None
    for typ in (bool, int, float, str):
        if hint is typ:
            if typ is float and isinstance(value, int) and not isinstance(value, bool):
                return float(value)
            if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
                raise ConfigError(where, f"expected {typ.__name__}, got {value!r}")
            return _no_nul(value, where) if typ is str else value
    return value


def _no_nul(text: str, where: str) -> str:
    """`text`, unless it holds a NUL character ("\\u0000" is valid TOML): no path, URL,
    header or word of a config has one, and a path with one was an internal error."""
    if "\0" in text:
        raise ConfigError(where, f"a NUL character in {text[:60]!r}")
    return text


def build(cls: type[T], data: Mapping[str, Any], where: str, base: T | None = None) -> T:
    """Build dataclass `cls` from a TOML table; unknown keys are errors."""
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(
            where, f"unknown key(s): {', '.join(unknown)}; allowed: {', '.join(sorted(names))}"
        )
    required = [
        f.name
        for f in fields(cls)  # type: ignore[arg-type]
        if f.default is MISSING and f.default_factory is MISSING and f.name not in data
    ]
    if base is None and required:
        raise ConfigError(where, f"missing required key(s): {', '.join(required)}")
    values: dict[str, Any] = {}
    for name, value in data.items():
        inner_base = getattr(base, name, None) if base is not None else None
        if is_dataclass(hints[name]) and inner_base is not None and isinstance(value, dict):
            values[name] = build(hints[name], value, f"{where}.{name}", inner_base)
        else:
            values[name] = _coerce(value, hints[name], f"{where}: {name}")
    try:
        return replace(base, **values) if base is not None else cls(**values)  # type: ignore[type-var]
    except TypeError as exc:
        raise ConfigError(where, f"missing required key: {exc}") from None


TOML_LIMIT = 1 << 20  # bytes of a config or story read from a FIFO or a device
# bytes of a config or story file: the largest story holds a few KB. A disk image or a log
# given by mistake (`--config big.img`, 3 GiB) was read whole and parsed: 47 s and gigabytes
# of memory, for an "invalid TOML" at line 1.
TOML_FILE_LIMIT = 16 << 20


def read_toml(path: Path | str) -> dict[str, Any]:
    """Read a TOML file; a missing or malformed file is a ConfigError naming it."""
    p = Path(path)
    try:
        # utf-8-sig: a byte order mark (Notepad writes one) is no "invalid statement at 1:1"
        return tomllib.loads(read_bounded(p, TOML_LIMIT, TOML_FILE_LIMIT).decode("utf-8-sig"))
    except TooLarge as exc:
        raise ConfigError(str(p), f"{exc}: not a TOML file") from None
    except FileNotFoundError:
        raise ConfigError(str(p), "file not found") from None
    except IsADirectoryError:
        raise ConfigError(str(p), "is a directory, expected a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(p), f"invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(str(p), f"invalid TOML: {TOO_DEEP}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(str(p), f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(str(p), f"cannot read: {exc.strerror or exc}") from None


def shipped_config(name: str) -> Path:
    """Path of a config shipped with the package (`configs/` in a checkout)."""
    return Path(str(resources.files("newsbrief_configs").joinpath(name)))
