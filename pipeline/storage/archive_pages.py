"""Pages out of a replay source: content decoding (gzip, deflate, brotli, capped), the
RawPages of a WARC or a page directory (`iter_warc`, `iter_pages`) and the replay index by
URL (`load_replay`)."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import InputError
from pipeline.records import RawPage
from pipeline.storage.archive_pagedir import _manifest_path, _read_manifest, _read_manifest_index
from pipeline.storage.archive_reader import _read_warc_entries, _read_warc_index
from pipeline.storage.archive_types import (
    DEFAULT_MAX_BODY,
    ArchiveReport,
    ReplayEntry,
    _keep,
    headers_dict,
    is_feed,
)

try:  # Scrapy decodes brotli at fetch when it is installed: an archive may hold br bodies
    import brotli as _brotli  # type: ignore[import-untyped]

    _BROTLI_ERRORS: tuple[type[Exception], ...] = (_brotli.error,)
except ImportError:  # pragma: no cover - Scrapy requires brotli
    _brotli = None
    _BROTLI_ERRORS = ()

logger = logging.getLogger(
    "pipeline.storage.archive"
)  # the public module's name, as before the split


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
