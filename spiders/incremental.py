"""Incremental crawling: what a crawl already knows of a URL, and HTTP conditional requests.

`known` (an argument of `spiders.run.crawl`) maps a URL to
`{"etag": str | None, "last_modified": str | None, "stored": bool}`. It is matched by the URL
as fetched, then by its canonical form (`pipeline.sites.canonical_url`). From it:

- an entry point (feed or page) is fetched every run, conditionally when validators are known;
- an article known and stored is fetched conditionally when it has validators, and not at all
  (skipped) without them; an article not stored is fetched in full. This holds for an entry
  point that is a stored article too (a 304 or a skip counts it unchanged, not refetched).

`not_modified_answer` is the server side of the same rule (RFC 9110 section 13.1-13.2), used by
the replay middleware so that a replayed archive answers 304 as the site would have.
"""

from __future__ import annotations

import email.utils
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipeline.sites import canonical_url

__all__ = ["KnownIndex", "KnownState", "known_from_pages", "not_modified_answer"]


@dataclass(frozen=True)
class KnownState:
    """What an earlier run kept of one URL: its validators, and whether its article is stored."""

    etag: str | None = None
    last_modified: str | None = None
    stored: bool = False

    @property
    def has_validators(self) -> bool:
        return bool(self.etag or self.last_modified)

    def conditional_headers(self) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for the validators held (empty when none)."""
        headers: dict[str, str] = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class KnownIndex:
    """`known` indexed by URL as given and by canonical URL (an exact spelling wins)."""

    def __init__(self, known: Mapping[str, Mapping[str, Any]] | None) -> None:
        self.exact: dict[str, KnownState] = {}
        self.canonical: dict[str, KnownState] = {}
        for url, state in (known or {}).items():
            entry = KnownState(
                etag=_text(state.get("etag")),
                last_modified=_text(state.get("last_modified")),
                stored=bool(state.get("stored")),
            )
            self.exact[url] = entry
            self.canonical.setdefault(canonical_url(url), entry)

    def __len__(self) -> int:
        return len(self.exact)

    def get(self, url: str) -> KnownState | None:
        """The state known for `url` (or for another spelling of it), else None."""
        state = self.exact.get(url)
        if state is None and self.canonical:
            state = self.canonical.get(canonical_url(url))
        return state


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def known_from_pages(pages: Iterable[Any], *, stored: bool = True) -> dict[str, dict[str, Any]]:
    """A `known` mapping from RawPages (their ETag / Last-Modified headers, any letter case)."""
    known: dict[str, dict[str, Any]] = {}
    for page in pages:
        headers = {str(k).lower(): v for k, v in page.headers.items()}
        known[page.url] = {
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
            "stored": stored,
        }
    return known


def _opaque(tag: str) -> str:
    tag = tag.strip()
    return tag[2:] if tag.startswith(("W/", "w/")) else tag


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else None


def not_modified_answer(
    if_none_match: str | None,
    if_modified_since: str | None,
    etag: str | None,
    last_modified: str | None,
) -> bool:
    """True where a server holding (etag, last_modified) answers 304 to these preconditions.

    If-None-Match, when sent, decides alone (weak comparison, `*` matches any); otherwise
    If-Modified-Since: 304 when Last-Modified is not later. Unreadable dates never give 304.
    """
    if if_none_match is not None:
        if not etag:
            return False
        tags = [t for t in (_opaque(t) for t in if_none_match.split(",")) if t]
        return "*" in tags or _opaque(etag) in tags
    changed, since = _http_date(last_modified), _http_date(if_modified_since)
    return changed is not None and since is not None and changed <= since
