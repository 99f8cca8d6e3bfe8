"""Reading WARC records (warcio) as ReplayEntries: every response in order
(`_read_warc_entries`), or one winner per URL a body at a time (`_read_warc_index`); a record
warcio trips on is skipped and reported, reading goes on at the next record start."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import product
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from pipeline.storage.archive_check import _GZIP_MAGIC, _check_truncation, _open_warc, check_warc
from pipeline.storage.archive_types import REQUESTED_URL, SITE, ArchiveReport, ReplayEntry, _keep

logger = logging.getLogger(
    "pipeline.storage.archive"
)  # the public module's name, as before the split


def _read_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        logger.warning("unreadable WARC-Date %r", value)
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class _BadRecord(Exception):
    pass


def _is_response(record: Any) -> bool:
    return record.rec_type == "response" and record.http_headers is not None


def _status(rec: Any) -> int:
    code = rec.http_headers.get_statuscode() or "0"
    if not code.isdigit() or not 0 <= int(code) < 1000:
        raise _BadRecord(f"malformed HTTP status line {rec.http_headers.statusline!r:.60}")
    return int(code)


# Bytes of one record's body read into memory: far over any page (max_page_bytes, 8 MiB by
# default, rejects past that) yet a bound. A 300 MB record took 667 MB to read and reject.
MAX_RECORD_BODY = 64 * 1024 * 1024


def _entry(rec: Any) -> ReplayEntry:
    """A warcio response record as a ReplayEntry (its body read now, at most
    `MAX_RECORD_BODY` bytes: a larger one is a _BadRecord, skipped and reported)."""
    body = rec.raw_stream.read(MAX_RECORD_BODY + 1)
    if len(body) > MAX_RECORD_BODY:
        raise _BadRecord(f"body over {MAX_RECORD_BODY} bytes, not read")
    return ReplayEntry(
        url=rec.rec_headers.get_header("WARC-Target-URI"),
        status=_status(rec),
        headers=tuple(rec.http_headers.headers),
        body=body,
        fetched_at=_read_warc_date(rec.rec_headers.get_header("WARC-Date")),
        requested_url=rec.rec_headers.get_header(REQUESTED_URL),
        site=rec.rec_headers.get_header(SITE),
    )


def _read_warc_entries(path: Path, report: ArchiveReport | None = None) -> Iterator[ReplayEntry]:
    check_warc(path)
    report = report if report is not None else ArchiveReport(str(path))
    with _open_warc(path) as fh:
        for record, offset in _records(fh, report):
            if _is_response(record):
                try:
                    yield _entry(record)
                except _BadRecord as exc:
                    _skip(report, offset(), str(exc))
    _check_truncation(path, report)


def _warn_unended(records: Any, warned: int, report: ArchiveReport) -> int:
    """A warning when warcio met a record not followed by a blank line (it reads on) since
    it had counted `warned` of them (it counts while reading a record to its end, which the
    caller may do between two records); warcio's count now."""
    if records.err_count > warned:
        logger.warning(
            "%s: a record before byte %d is not followed by a blank line (its Content-Length "
            "may be wrong)",
            report.path,
            int(records.offset),
        )
    return int(records.err_count)


def _any_case(word: str) -> tuple[str, ...]:
    """`word` in every mix of upper and lower case ("http:" -> "http:", "Http:" ... "HTTP:")."""
    return tuple("".join(chars) for chars in product(*({c.lower(), c.upper()} for c in word)))


# The URI prefixes warcio reads a response's HTTP headers after: its own are lower case only
# ("http:", "https:"), and a record for "HTTP://..." came out without headers and was passed
# over in silence; URI schemes are case-insensitive (RFC 3986).
_HTTP_SCHEMES = (*_any_case("http:"), *_any_case("https:"))


class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator without its own warning, a three-line block written straight to
    stderr (it broke --log-format json): `_records` logs one line instead; and reading the
    HTTP headers of a response whatever the case of its URI's scheme (`_HTTP_SCHEMES`)."""

    INC_RECORD = ""  # warcio writes INC_RECORD.format(offset, line): nothing

    def __init__(self, fh: BinaryIO) -> None:
        super().__init__(fh)
        self.loader.HTTP_SCHEMES = _HTTP_SCHEMES


def _records(fh: BinaryIO, report: ArchiveReport) -> Iterator[tuple[Any, Callable[[], int]]]:
    """warcio's records of `fh`, each with the function giving its offset (which reads the
    record to its end: call it once done with the body). A record warcio trips on (a response
    without WARC-Target-URI, a header block it cannot parse: it raises whatever its parsing
    meets) is reported as a bad record and reading goes on at the next record start found
    after it (`_next_record_start`); where there is none, reading stops there."""
    gzipped = _is_gzip(fh)
    start = fh.tell()  # where the current iterator began reading
    while True:
        records = _QuietIterator(fh)
        iterator = iter(records)
        warned = 0  # warcio's count of records not followed by a blank line, already logged
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                _warn_unended(records, warned, report)
                return
            except Exception as exc:  # noqa: BLE001 - hostile bytes: any error of warcio's
                # warcio's `offset`: where the record it was reading starts (the last's end).
                # A damaged gzip member can put it before where this iterator began (it
                # counts back from the file's end by what its reader holds): never before
                # that, or the same stretch is read again and again for ever.
                bad = max(int(records.offset), start)
                resume = _next_record_start(fh, bad, gzipped)
                stops = "" if resume is not None else ", reading stops here"
                _skip(report, bad, f"unreadable{stops} ({_trip(exc)})"[:300])
                if resume is None:
                    return
                fh.seek(resume)
                start = resume  # after `bad`: each new iterator begins further on
                break  # a new iterator from the next record on
            warned = _warn_unended(records, warned, report)
            yield record, records.get_record_offset


def _trip(exc: Exception) -> str:
    """What warcio tripped on, for a user: its own errors say it ("invalid WARC version",
    "bad gzip data"); a Python error from inside its parser ("'NoneType' object has no
    attribute 'startswith'": a response without WARC-Target-URI) only says the headers are
    not a record's."""
    if isinstance(exc, (AttributeError, TypeError, KeyError, IndexError)):
        return "its WARC headers are incomplete or malformed"
    return f"{type(exc).__name__}: {exc}"


def _is_gzip(fh: BinaryIO) -> bool:
    at = fh.tell()
    fh.seek(0)
    magic = fh.read(2)
    fh.seek(at)
    return magic == _GZIP_MAGIC


_RECORD_STARTS = (b"\nWARC/1.0\r\n", b"\nWARC/1.1\r\n")
_SCAN_CHUNK = 1 << 20


def _next_record_start(fh: BinaryIO, after: int, gzipped: bool) -> int | None:
    """Where the next record may start after the one at `after` (which warcio could not
    read): the next gzip member header in a .warc.gz (each record is one member), the next
    "WARC/1.x" line in a plain .warc; None when there is none. A false start (those bytes
    inside a body) is only another record warcio trips on: the scan goes on from it."""
    marks = (_GZIP_MAGIC + b"\x08",) if gzipped else _RECORD_STARTS
    overlap = max(map(len, marks))
    position = after + 1
    while True:
        fh.seek(position)
        chunk = fh.read(_SCAN_CHUNK + overlap)
        if not chunk:
            return None
        found = [i for i in (chunk.find(mark) for mark in marks) if i >= 0]
        if found:
            return position + min(found) + (0 if gzipped else 1)  # after the "\n"
        if len(chunk) <= overlap:
            return None
        position += len(chunk) - overlap


def _skip(report: ArchiveReport, offset: int, problem: str) -> None:
    logger.warning("%s: record at byte %d skipped: %s", report.path, offset, problem)
    report.bad_records.append((offset, problem))


def _read_warc_index(path: Path, report: ArchiveReport) -> Iterator[ReplayEntry]:
    """The entries `load_replay` would index, in its order, one body in memory at a time.

    A first pass reads only record headers and keeps each URL's winning record offset (the
    last response, but a 304 never replaces an earlier one); a second pass seeks to each
    winner and reads that one record.
    """
    check_warc(path)
    offsets: dict[str, int] = {}
    with _open_warc(path) as fh:
        for record, offset in _records(fh, report):
            if not _is_response(record):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                status = _status(record)
            except _BadRecord as exc:
                _skip(report, offset(), str(exc))
                continue
            _keep(offsets, url, status, offset())
    _check_truncation(path, report)
    with _open_warc(path) as fh:
        for start in offsets.values():
            fh.seek(start)
            try:
                entry = _entry(next(iter(_QuietIterator(fh))))
            except _BadRecord as exc:
                _skip(report, start, str(exc))
                continue
            yield entry
