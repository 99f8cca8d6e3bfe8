"""Page directories as replay sources: a manifest.json of `{"pages": [{"url", "file",
"status", "headers"}]}` with files under `pages/`, each page checked and read as a
ReplayEntry (a 2xx page without an ETag gets a strong one made from its bytes)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.errors import TOO_DEEP, InputError
from pipeline.readfile import TooLarge, read_bounded
from pipeline.storage.archive_reader import MAX_RECORD_BODY
from pipeline.storage.archive_types import ReplayEntry, _keep


def _manifest_path(source: Path) -> Path:
    """A replay source as a file: a page directory's manifest.json, else the path itself;
    InputError when there is neither."""
    path = source / "manifest.json" if source.is_dir() else source
    if not path.exists():
        raise InputError(str(source), "replay source not found (a WARC file or a page directory)")
    return path


def _read_manifest_index(path: Path) -> Iterator[ReplayEntry]:
    """The entries `load_replay` would index from a page directory's manifest, in its
    order, one page file read at a time (the winners are chosen from the manifest alone)."""
    items, default_at = _manifest_items(path)
    winners: dict[str, int] = {}
    for i, item in enumerate(items):
        _keep(winners, str(item["url"]), int(item.get("status", 200)), i)
    for i in winners.values():
        yield _manifest_entry(path, i, items[i], default_at)


def _read_manifest(path: Path) -> Iterator[ReplayEntry]:
    items, default_at = _manifest_items(path)
    for i, item in enumerate(items):
        yield _manifest_entry(path, i, item, default_at)


def _manifest_items(path: Path) -> tuple[list[dict[str, Any]], datetime | None]:
    """A page directory manifest's pages, each checked (`_check_page_fields`), and its
    default fetch time; no page file is read."""
    try:
        data = json.loads(read_bounded(path).decode("utf-8"))
    except (OSError, ValueError, TooLarge) as exc:
        raise InputError(str(path), f"unreadable manifest: {exc}") from None
    except RecursionError:
        raise InputError(str(path), f"unreadable manifest: {TOO_DEEP}") from None
    if not isinstance(data, dict) or not isinstance(data.get("pages"), list):
        raise InputError(str(path), 'manifest must be {"pages": [{"url", "file", ...}]}')
    default_at = _parse_when(data.get("fetched_at"), path)
    for i, item in enumerate(data["pages"]):
        where = f"{path}: pages[{i}]"
        if not isinstance(item, dict) or "url" not in item or "file" not in item:
            raise InputError(where, "each page needs 'url' and 'file'")
        _check_page_fields(item, where)
    return data["pages"], default_at


def _manifest_entry(
    path: Path, i: int, item: dict[str, Any], default_at: datetime | None
) -> ReplayEntry:
    """Page `i` of a manifest as a ReplayEntry, its file read now."""
    where = f"{path}: pages[{i}]"
    pages_dir = path.parent / "pages"
    file = (pages_dir / item["file"]).resolve()
    if not file.is_relative_to(pages_dir.resolve()):
        raise InputError(f"{path}: pages[{i}]", f"file escapes pages/: {item['file']}")
    try:
        if not file.is_file():  # a FIFO or a device would block or never end
            raise InputError(where, f"{item['file']} is not a regular file")
        if file.stat().st_size > MAX_RECORD_BODY:
            raise InputError(where, f"{item['file']} is over {MAX_RECORD_BODY} bytes")
        body = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: pages[{i}]", f"cannot read {file}: {exc}") from None
    headers = tuple((str(k), str(v)) for k, v in (item.get("headers") or {}).items())
    status = int(item.get("status", 200))
    return ReplayEntry(
        url=str(item["url"]),
        status=status,
        headers=_static_etag(headers, body) if 200 <= status < 300 else headers,
        body=body,
        fetched_at=_parse_when(item.get("fetched_at"), path) or default_at,
        site=item.get("site"),
    )


def _check_page_fields(item: dict[str, Any], where: str) -> None:
    """InputError naming the page and the field unless the manifest's page holds what a
    page directory's pages hold: url and file strings, an HTTP status (100-599) and headers
    as an object of strings, site a string when given."""
    for key in ("url", "file"):
        if not isinstance(item[key], str) or not item[key]:
            raise InputError(where, f"{key!r} must be a non-empty string, got {item[key]!r:.60}")
    if "\x00" in item["file"]:  # no file name holds one: resolving it raised ValueError
        raise InputError(where, f"'file' holds a NUL character: {item['file']!r:.60}")
    status = item.get("status", 200)
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise InputError(where, f"'status' must be an HTTP status (100-599), got {status!r:.60}")
    headers = item.get("headers") or {}
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise InputError(where, '\'headers\' must be an object of strings ({"Name": "value"})')
    if item.get("site") is not None and not isinstance(item["site"], str):
        raise InputError(where, f"'site' must be a string, got {item['site']!r:.60}")


def _static_etag(headers: tuple[tuple[str, str], ...], body: bytes) -> tuple[tuple[str, str], ...]:
    """The headers, plus a strong ETag from the bytes where the manifest gives none."""
    if any(name.lower() == "etag" for name, _ in headers):
        return headers
    return (*headers, ("ETag", f'"{hashlib.sha256(body).hexdigest()[:24]}"'))


def _parse_when(value: object, path: Path) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise InputError(str(path), f"fetched_at is not an ISO date: {value!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
