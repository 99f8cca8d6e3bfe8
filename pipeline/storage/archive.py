"""WARC write and replay (warcio): every response kept as evidence, replayable offline.

Records hold the bytes as received (still Content-Encoded), the status line, the headers,
the WARC-Date (microseconds, WARC/1.1) and two extension fields: the URL first requested
before redirects (`WARC-Newsbrief-Requested-URL`) and the site name (`WARC-Newsbrief-Site`).
A replay source is a WARC file or a directory (or its manifest.json) of the form
`{"pages": [{"url", "file", "status", "headers"}]}` with files under `pages/`. A directory is
served as a static file server serves it: a 2xx entry without an ETag gets a strong one made
from its bytes, so conditional requests (If-None-Match) replay offline too.
Plain Python: the spiders use it, `newsbrief process` reads archives through `iter_warc`.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import product
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TypeVar

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from pipeline.errors import TOO_DEEP, InputError
from pipeline.readfile import TooLarge, read_bounded

try:  # Scrapy decodes brotli at fetch when it is installed: an archive may hold br bodies
    import brotli as _brotli  # type: ignore[import-untyped]

    _BROTLI_ERRORS: tuple[type[Exception], ...] = (_brotli.error,)
except ImportError:  # pragma: no cover - Scrapy requires brotli
    _brotli = None
    _BROTLI_ERRORS = ()
from pipeline.records import RawPage, Reject, RejectReason

logger = logging.getLogger(__name__)

__all__ = [
    "ArchiveReport",
    "ArchiveWriter",
    "ReplayEntry",
    "decode_content",
    "headers_dict",
    "is_feed",
    "iter_pages",
    "iter_warc",
    "load_replay",
]

REQUESTED_URL = "WARC-Newsbrief-Requested-URL"
SITE = "WARC-Newsbrief-Site"
_T = TypeVar("_T")
DEFAULT_MAX_BODY = 10 * 1024 * 1024
_DROP_ON_WRITE = frozenset({"transfer-encoding"})  # the body is stored de-chunked
_FEED_TYPES = ("xml", "rss", "atom", "json")
_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"[", b"{")


@dataclass(frozen=True)
class ReplayEntry:
    """One recorded response, as served back by the replay middleware."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes  # as received: still Content-Encoded
    fetched_at: datetime | None = None
    requested_url: str | None = None
    site: str | None = None


def headers_dict(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Header pairs as a dict; repeated names joined with ", " (RFC 9110 field combining)."""
    out: dict[str, str] = {}
    for name, value in pairs:
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def is_feed(content_type: str | None, body: bytes) -> bool:
    """True for an RSS/Atom/JSON feed rather than an HTML page (header, then first bytes)."""
    ctype = (content_type or "").lower()
    if "html" in ctype:
        return False
    if any(token in ctype for token in _FEED_TYPES):
        return True
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(_FEED_STARTS)


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


def _read_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        logger.warning("unreadable WARC-Date %r", value)
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _open_warc(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot open WARC: {exc}") from None


@dataclass
class ArchiveReport:
    """What reading a WARC met besides good records: bad records (skipped, reading goes on)
    as (offset, problem), and where a truncated archive stops being readable."""

    path: str = ""
    bad_records: list[tuple[int, str]] = field(default_factory=list)
    truncated_at: int | None = None  # bytes of the file read whole, when it is truncated
    size: int = 0
    # responses whose body could not be content-decoded (too large once inflated, damaged,
    # an encoding not supported) as (URL, problem): the page is skipped, reading goes on
    bad_bodies: list[tuple[str, str]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.bad_records and self.truncated_at is None and not self.bad_bodies

    def problems(self) -> list[str]:
        """One line per problem, naming the file and the offset."""
        lines = [f"{self.path}: record at byte {o} skipped: {why}" for o, why in self.bad_records]
        lines += [f"{self.path}: {url}: page skipped: {why}" for url, why in self.bad_bodies]
        if self.truncated_at is not None:
            lines.append(
                f"{self.path}: truncated: read {self.truncated_at} of {self.size} bytes "
                "(the last record is incomplete)"
            )
        return lines

    def rejects(self) -> list[Reject]:
        """The problems as rejects.jsonl records: the archive's file URI (with `#byte=N` for a
        skipped record), reason bad_record or truncated, and what is wrong."""
        uri = Path(self.path).resolve().as_uri()
        records = [
            Reject(f"{uri}#byte={o}", RejectReason.BAD_RECORD, f"record skipped: {why}")
            for o, why in self.bad_records
        ]
        records += [
            Reject(url, RejectReason.UNDECODABLE, f"body not decoded: {why}")
            for url, why in self.bad_bodies
        ]
        if self.truncated_at is not None:
            detail = (
                f"truncated: read {self.truncated_at} of {self.size} bytes "
                "(the last record is incomplete)"
            )
            records.append(Reject(uri, RejectReason.TRUNCATED, detail))
        return records


class _BadRecord(Exception):
    pass


_GZIP_MAGIC = b"\x1f\x8b"


def check_warc(path: Path) -> None:
    """InputError naming `path` unless it starts like a (gzipped) WARC file."""
    with _open_warc(path) as fh:
        head = fh.read(64 * 1024)
    if not head:
        raise InputError(str(path), "empty file, not a WARC archive")
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error as exc:
            raise InputError(str(path), f"not a WARC archive (bad gzip data: {exc})") from None
    if not head.startswith(b"WARC/"):
        raise InputError(str(path), f"not a WARC archive (starts with {head[:16]!r})")


def _gzip_complete_prefix(path: Path) -> tuple[int, int]:
    """(bytes of whole gzip members from the start, file size): equal unless truncated.
    Streams: a chunk of input and of output in memory at a time."""
    size = path.stat().st_size
    done = pos = 0
    decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    with _open_warc(path) as fh:
        while chunk := fh.read(1 << 20):
            data = chunk
            while data:
                try:
                    decomp.decompress(data, 1 << 20)
                    while decomp.unconsumed_tail:
                        decomp.decompress(decomp.unconsumed_tail, 1 << 20)
                except zlib.error:
                    return done, size
                if not decomp.eof:
                    pos += len(data)
                    break
                pos += len(data) - len(decomp.unused_data)
                done, data = pos, decomp.unused_data
                decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    return done, size


_CONTENT_LENGTH = re.compile(
    rb"^content-length:[ \t]*([0-9]+)[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_MAX_HEADER = 1 << 20


def _plain_complete_prefix(path: Path) -> tuple[int, int]:
    """(bytes of whole records from the start, file size) of an uncompressed WARC: equal
    unless a record's headers or its Content-Length run past the end of the file. Reads
    only the record headers (seeking over the contents). warcio reads such a record short,
    without a word: this is how the truncation is seen. A header block it cannot size (no
    Content-Length, not a WARC record) is warcio's to judge: the scan stops, saying whole."""
    size = path.stat().st_size
    pos = 0
    with _open_warc(path) as fh:
        while pos < size:
            fh.seek(pos)
            head = b""
            while b"\r\n\r\n" not in head.lstrip(b"\r\n"):  # blank lines between records
                chunk = fh.read(8192)
                if not chunk:
                    lead = len(head) - len(head.lstrip(b"\r\n"))
                    return (size, size) if not head.strip() else (pos + lead, size)
                head += chunk
                if len(head) > _MAX_HEADER:
                    return size, size
            lead = len(head) - len(head.lstrip(b"\r\n"))
            block = head[lead:].split(b"\r\n\r\n", 1)[0]
            length = _CONTENT_LENGTH.search(block)
            if not block.startswith(b"WARC/") or length is None:
                return size, size
            start = pos + lead
            end = start + len(block) + 4 + int(length.group(1))
            if end > size:
                return start, size
            pos = end
    return size, size


def _check_truncation(path: Path, report: ArchiveReport | None) -> None:
    if report is None:
        return
    if path.name.endswith(".gz"):
        done, size = _gzip_complete_prefix(path)
    else:
        done, size = _plain_complete_prefix(path)
    report.size = size
    if done < size:
        report.truncated_at = done
        logger.warning("%s: truncated after %d of %d bytes", path, done, size)


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
                _skip(report, bad, f"unreadable{stops} ({type(exc).__name__}: {exc})"[:300])
                if resume is None:
                    return
                fh.seek(resume)
                start = resume  # after `bad`: each new iterator begins further on
                break  # a new iterator from the next record on
            warned = _warn_unended(records, warned, report)
            yield record, records.get_record_offset


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


def decode_content(body: bytes, encodings: str | None, max_size: int = DEFAULT_MAX_BODY) -> bytes:
    """Undo gzip/deflate Content-Encoding (what Scrapy does at fetch), refusing > max_size."""
    names = [e.strip().lower() for e in (encodings or "").split(",") if e.strip()]
    for encoding in reversed(names):
        if encoding in ("gzip", "x-gzip"):
            body = _inflate(body, zlib.MAX_WBITS | 16, max_size)
        elif encoding == "deflate":
            try:
                body = _inflate(body, zlib.MAX_WBITS, max_size)
            except zlib.error:
                body = _inflate(body, -zlib.MAX_WBITS, max_size)  # raw deflate, no zlib header
        elif encoding == "br" and _brotli is not None:
            body = _unbrotli(body, max_size)
        elif encoding == "identity":
            continue
        else:
            raise InputError(encoding, "unsupported Content-Encoding in archive")
    return body


def _unbrotli(data: bytes, max_size: int) -> bytes:
    """Brotli-decoded `data` (what Scrapy undoes at fetch when brotli is installed), refusing
    more than `max_size` bytes: decoded a chunk at a time, so a bomb stops at the cap."""
    assert _brotli is not None
    decoder, out = _brotli.Decompressor(), bytearray()
    for start in range(0, len(data), 1 << 16):
        out += decoder.process(data[start : start + (1 << 16)])
        if len(out) > max_size:
            raise InputError("body", f"decompressed body exceeds {max_size} bytes")
    return bytes(out)


def _inflate(data: bytes, wbits: int, max_size: int) -> bytes:
    out = bytearray()
    while data:
        decomp = zlib.decompressobj(wbits)
        out += decomp.decompress(data, max_size + 1 - len(out))
        while decomp.unconsumed_tail and len(out) <= max_size:
            out += decomp.decompress(decomp.unconsumed_tail, max_size + 1 - len(out))
        if len(out) > max_size:
            raise InputError("body", f"decompressed body exceeds {max_size} bytes")
        if not decomp.eof and not out:  # a cut stream's decoded start is kept, as browsers do
            raise zlib.error("no data could be decoded")
        data = decomp.unused_data if decomp.eof else b""  # gzip may hold several members
    return bytes(out)


def _is_page(entry: ReplayEntry) -> bool:
    if not 200 <= entry.status < 300 or entry.url.endswith("/robots.txt"):
        return False
    ctype = headers_dict(entry.headers).get("Content-Type")
    return not is_feed(ctype, entry.body)


def iter_warc(path: str | Path, *, max_size: int = DEFAULT_MAX_BODY) -> Iterator[RawPage]:
    """The pages of a WARC as RawPages: 2xx responses that are not feeds nor robots.txt.

    Bodies are Content-Decoded like at fetch time, so a page read here equals the RawPage the
    crawl returned (url = URL first requested, final_url = URL answered, fetched_at = WARC-Date).
    """
    return _pages(_read_warc_entries(Path(path)), max_size, ArchiveReport(str(path)))


def iter_pages(
    path: str | Path, *, max_size: int = DEFAULT_MAX_BODY, report: ArchiveReport | None = None
) -> Iterator[RawPage]:
    """The pages of any replay source: a WARC file, a page directory or its manifest.json,
    as `load_replay` indexes them (one response per URL). A WARC is streamed: one record's
    body is in memory at a time, however large the archive. A file that is not a WARC is an
    InputError; bad records (skipped) and truncation go to `report`."""
    source = Path(path)
    report = report or ArchiveReport(str(source))
    if source.is_file() and not source.name.endswith(".json"):
        return _pages(_read_warc_index(source, report), max_size, report)
    return _pages(_read_manifest_index(_manifest_path(source)), max_size, report)


_DECODE_ERRORS: tuple[type[Exception], ...] = (InputError, zlib.error, *_BROTLI_ERRORS)


def _pages(
    entries: Iterator[ReplayEntry], max_size: int, report: ArchiveReport
) -> Iterator[RawPage]:
    """The entries that are pages, content-decoded. A body that cannot be decoded (over
    `max_size` once inflated, damaged, an encoding not supported) skips that page only,
    into `report`: one bad record no longer ended the reading of the whole archive."""
    for entry in entries:
        if not _is_page(entry):
            continue
        headers = headers_dict(entry.headers)
        encoding = next((v for k, v in headers.items() if k.lower() == "content-encoding"), None)
        if encoding:
            try:
                body = decode_content(entry.body, encoding, max_size)
            except _DECODE_ERRORS as exc:
                why = exc.problem if isinstance(exc, InputError) else f"damaged {encoding} data"
                if isinstance(exc, InputError) and exc.source != "body":
                    why = f"{exc.source}: {why}"  # the encoding it names
                logger.warning("%s: %s: page skipped: %s", report.path, entry.url, why)
                report.bad_bodies.append((entry.url, why))
                continue
            headers = {k: v for k, v in headers.items() if k.lower() != "content-encoding"}
        else:
            body = entry.body
        yield RawPage(
            url=entry.requested_url or entry.url,
            body=body,
            status=entry.status,
            headers=headers,
            final_url=entry.url,
            fetched_at=entry.fetched_at,
            site=entry.site,
        )


def _manifest_path(source: Path) -> Path:
    """A replay source as a file: a page directory's manifest.json, else the path itself;
    InputError when there is neither."""
    path = source / "manifest.json" if source.is_dir() else source
    if not path.exists():
        raise InputError(str(source), "replay source not found (a WARC file or a page directory)")
    return path


def _keep(index: dict[str, _T], url: str, status: int, value: _T) -> None:
    """The one rule of a replay index: the last response for a URL wins (a retry's
    success), but a 304 (a revisit) never replaces the full response recorded before."""
    if status == 304 and url in index:
        return
    index[url] = value


def _read_manifest_index(path: Path) -> Iterator[ReplayEntry]:
    """The entries `load_replay` would index from a page directory's manifest, in its
    order, one page file read at a time (the winners are chosen from the manifest alone)."""
    items, default_at = _manifest_items(path)
    winners: dict[str, int] = {}
    for i, item in enumerate(items):
        _keep(winners, str(item["url"]), int(item.get("status", 200)), i)
    for i in winners.values():
        yield _manifest_entry(path, i, items[i], default_at)


def load_replay(source: str | Path, report: ArchiveReport | None = None) -> dict[str, ReplayEntry]:
    """Index a replay source by URL: a WARC file, a page directory or its manifest.json.
    A WARC's bad records (skipped) and truncation go to `report`."""
    path = _manifest_path(Path(source))
    if path.name.endswith(".json"):
        entries: Iterator[ReplayEntry] = _read_manifest(path)
    else:
        entries = _read_warc_entries(path, report)
    index: dict[str, ReplayEntry] = {}
    for entry in entries:
        _keep(index, entry.url, entry.status, entry)
    logger.info("replay: %d responses from %s", len(index), source)
    return index


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
