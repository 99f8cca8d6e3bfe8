"""The shapes the archive modules share: one recorded response (`ReplayEntry`), what
reading a WARC met (`ArchiveReport`), the header and feed helpers, and the one rule of a
replay index (`_keep`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from pipeline.records import Reject, RejectReason

REQUESTED_URL = "WARC-Newsbrief-Requested-URL"
SITE = "WARC-Newsbrief-Site"
_T = TypeVar("_T")
DEFAULT_MAX_BODY = 10 * 1024 * 1024
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


def _keep(index: dict[str, _T], url: str, status: int, value: _T) -> None:
    """The one rule of a replay index: the last response for a URL wins (a retry's
    success), but a 304 (a revisit) never replaces the full response recorded before."""
    if status == 304 and url in index:
        return
    index[url] = value
