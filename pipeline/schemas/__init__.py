"""JSON Schemas (draft 2020-12) of the files a run writes, for downstream reports.

`article` describes a line of articles.jsonl, `rejects` a line of rejects.jsonl, `brief`
brief.json and `run` run.json. Each schema carries its `$id` and a `version`; a change of shape
bumps the version. Validation needs the `jsonschema` package (the `test` extra): it is imported
only inside `validate`, so the pipeline itself never requires it. The `date-time`, `uri` and
`iri` formats are checked here with the standard library, because jsonschema skips them
silently when its optional format packages are absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from pipeline.errors import TOO_DEEP, ConfigError, InputError

__all__ = [
    "OUTPUT_SCHEMAS",
    "SCHEMA_NAMES",
    "SchemaViolation",
    "load_schema",
    "schema_errors",
    "validate",
    "validate_output_file",
]

SCHEMA_NAMES = ("article", "brief", "rejects", "run")
# File name in output/<story>/<YYYY-MM-DD>/ -> schema of the file (.json) or of each line (.jsonl)
OUTPUT_SCHEMAS = {
    "brief.json": "brief",
    "run.json": "run",
    "articles.jsonl": "article",
    "rejects.jsonl": "rejects",
}
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
MAX_REPORTED = 20  # errors listed in a SchemaViolation message


class SchemaViolation(InputError):
    """Data that does not match its schema; `errors` lists every problem as "path: message"."""

    def __init__(self, source: str, errors: list[str]) -> None:
        self.errors = errors
        shown = "; ".join(errors[:MAX_REPORTED])
        more = f" (and {len(errors) - MAX_REPORTED} more)" if len(errors) > MAX_REPORTED else ""
        super().__init__(source, f"does not match its schema: {shown}{more}")


@cache
def _schema_text(name: str) -> str:
    if name not in SCHEMA_NAMES:
        raise InputError(name, f"unknown schema; one of {', '.join(SCHEMA_NAMES)}")
    return resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


def load_schema(name: str) -> dict[str, Any]:
    """The schema `name` ("article", "brief", "rejects" or "run") as a fresh dict."""
    schema: dict[str, Any] = json.loads(_schema_text(name))
    return schema


def is_datetime(value: object) -> bool:
    """RFC 3339 date-time with an offset (what `datetime.isoformat()` writes for aware times)."""
    if not isinstance(value, str):
        return True  # formats only constrain strings
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


def is_iri(value: object) -> bool:
    """An absolute IRI: a scheme, then no whitespace."""
    return not isinstance(value, str) or bool(_SCHEME.match(value))


def is_uri(value: object) -> bool:
    """An absolute URI: an IRI in ASCII only (non-ASCII must be percent-encoded)."""
    return not isinstance(value, str) or (value.isascii() and is_iri(value))


class _SchemaError(Protocol):
    """What jsonschema reports for one failure (its ValidationError)."""

    message: str

    @property
    def absolute_path(self) -> Sequence[str | int]: ...

    @property
    def json_path(self) -> str: ...


class _Validator(Protocol):
    """What a jsonschema validator offers here."""

    def iter_errors(self, instance: object) -> Iterator[_SchemaError]: ...


def _validator(name: str) -> _Validator:
    try:
        import jsonschema
    except ImportError:
        raise ConfigError(
            "jsonschema", "not installed: validation needs it (pip install 'newsbrief[test]')"
        ) from None
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(is_datetime)
    checker.checks("uri")(is_uri)
    checker.checks("iri")(is_iri)
    validator: _Validator = jsonschema.Draft202012Validator(
        load_schema(name), format_checker=checker
    )
    return validator


def schema_errors(name: str, data: object) -> list[str]:
    """Every way `data` fails schema `name`, as "path: message" strings; empty when valid."""
    found = sorted(_validator(name).iter_errors(data), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message}" for e in found]


def validate(name: str, data: object, source: str | None = None) -> None:
    """Raise SchemaViolation (naming `source`) unless `data` matches schema `name`."""
    errors = schema_errors(name, data)
    if errors:
        raise SchemaViolation(source or f"{name} data", errors)


def validate_output_file(path: Path | str) -> int:
    """Validate an output file by its name (see OUTPUT_SCHEMAS); returns the records checked."""
    p = Path(path)
    name = OUTPUT_SCHEMAS.get(p.name)
    if name is None:
        known = ", ".join(OUTPUT_SCHEMAS)
        raise InputError(str(p), f"no schema for this file name; known: {known}")
    text = p.read_text(encoding="utf-8")
    if p.suffix != ".jsonl":
        validate(name, _parse(text, str(p)), str(p))
        return 1
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    for n, line in lines:
        validate(name, _parse(line, f"{p}:{n}"), f"{p}:{n}")
    return len(lines)


def _parse(text: str, source: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not JSON ({exc})") from None
    except RecursionError:
        raise InputError(source, f"not JSON ({TOO_DEEP})") from None
