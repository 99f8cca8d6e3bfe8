"""Checking a WARC file before and after reading it: does it start like a (gzipped) WARC
(`check_warc`), can `--archive` append to it (`check_archive_target`), and where does a
truncated one stop being readable (`_check_truncation`, streaming gzip members or seeking
over plain record headers)."""

from __future__ import annotations

import logging
import re
import zlib
from pathlib import Path
from typing import BinaryIO

from pipeline.errors import InputError
from pipeline.storage.archive_types import ArchiveReport
from pipeline.storage.files import check_writable_file

logger = logging.getLogger(
    "pipeline.storage.archive"
)  # the public module's name, as before the split


def _open_warc(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot open WARC: {exc}") from None


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


def check_archive_target(path: Path | str) -> None:
    """`--archive FILE` appends WARC records: OutputError unless it can be written, and
    InputError (exit 2) when it is a file of something else (an articles file, a page) with
    bytes in it, which the records would have been appended to."""
    check_writable_file(path)
    target = Path(path)
    if target.is_file() and target.stat().st_size > 0:
        check_warc(target)


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
                    # not past the member's end: there zlib leaves the rest of the input in
                    # unconsumed_tail (and unused_data), and decompressing it again only
                    # appends it to unused_data, for ever (a record over 1 MiB inflated,
                    # followed by another, hung `process`)
                    while decomp.unconsumed_tail and not decomp.eof:
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
