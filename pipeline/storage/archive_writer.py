"""Writing WARC files (warcio): `ArchiveWriter` appends one response record per response,
bytes as received, with the WARC-Date in microseconds and the two extension fields."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from pipeline.storage.archive_types import REQUESTED_URL, SITE, ReplayEntry

_DROP_ON_WRITE = frozenset({"transfer-encoding"})  # the body is stored de-chunked


class ArchiveWriter:
    """Append response records to a (gzipped) WARC file; use as a context manager.

    An existing archive is appended to, never truncated: an incremental rerun (robots.txt,
    304s) adds its records after the full responses of earlier runs (a WARC, gzipped or not,
    is a sequence of records; a .warc.gz one gzip member per record), and the replay index
    keeps a full response over a later 304 for the same URL.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: BinaryIO = self.path.open("ab")
        gz = self.path.suffix == ".gz"
        self._writer = WARCWriter(self._fh, gzip=gz, warc_version="1.1")
        self.count = 0

    def write(self, entry: ReplayEntry, reason: str = "") -> None:
        """Write one response record (headers and bytes exactly as given)."""
        kept = [(k, v) for k, v in entry.headers if k.lower() not in _DROP_ON_WRITE]
        status_line = f"{entry.status} {reason}".strip()
        http_headers = StatusAndHeaders(status_line, kept, protocol="HTTP/1.1")
        when = entry.fetched_at or datetime.now(UTC)
        warc_headers = {"WARC-Date": _warc_date(when)}
        if entry.requested_url and entry.requested_url != entry.url:
            warc_headers[REQUESTED_URL] = entry.requested_url
        if entry.site:
            warc_headers[SITE] = entry.site
        record = self._writer.create_warc_record(
            entry.url,
            "response",
            payload=io.BytesIO(entry.body),
            length=len(entry.body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        self._writer.write_record(record)
        self.count += 1

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(
        self, exc: type[BaseException] | None, val: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _warc_date(when: datetime) -> str:
    """WARC/1.1 date with microseconds, so a replayed fetched_at equals the original."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
