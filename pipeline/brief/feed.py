"""The Atom 1.0 feed of a story's briefs: OUT/<story>/feed.atom, newest first.

The feed is rebuilt from what is on disk (every OUT/<story>/<YYYY-MM-DD>/brief.json), not
appended to, so a run killed half-way or run twice leaves the same, valid feed: regenerating
from the same briefs gives the same bytes, and the file is replaced atomically. Entry ids are
tag: URIs built from the story id and the day, so a brief regenerated on the same day keeps
its id and only its `updated` time changes (what Atom readers expect for an edited entry).
Links are relative to the feed (OUT/<story>/) unless a public `base_url` is given.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from pipeline.storage.files import atomic_write_text

logger = logging.getLogger(__name__)

__all__ = [
    "ATOM_NS", "FEED_NAME", "FeedEntry", "feed_authority", "read_entries", "render_feed",
    "update_feed",
]  # fmt: skip

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_NAME = "feed.atom"
TAG_AUTHORITY = "newsbrief@example.org,2026"  # tag: URI authority (RFC 4151); override per site
MAX_ENTRIES = 50
_DAY_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Preferred page of an entry, in order: the HTML brief, else the Markdown, else the JSON.
_PAGES = (
    ("brief.html", "text/html"),
    ("brief.fr.md", "text/markdown"),
    ("brief.json", "application/json"),
)


@dataclass(frozen=True)
class FeedEntry:
    """One brief as listed in the feed."""

    day: str  # the dated directory name, YYYY-MM-DD
    title: str
    summary: str  # the chapeau
    updated: datetime  # the brief's generated_at, in UTC
    page: str  # path of the linked page, relative to the story directory
    page_type: str  # its media type


def _xml_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters from scraped text)."""
    return _NOT_XML.sub("", text)


def _rfc3339(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _entry(day_dir: Path) -> FeedEntry | None:
    """The feed entry of one dated directory, or None (logged) when its brief.json is unusable."""
    try:
        data = json.loads((day_dir / "brief.json").read_text(encoding="utf-8"))
        updated = datetime.fromisoformat(data["generated_at"])
        title, summary = str(data["title"]), str(data["chapeau"]["text"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.warning("%s: brief left out of the feed (%s)", day_dir / "brief.json", exc)
        return None
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=UTC)
    page, page_type = next(
        (f"{day_dir.name}/{name}", kind) for name, kind in _PAGES if (day_dir / name).is_file()
    )
    return FeedEntry(
        day=day_dir.name,
        title=title,
        summary=summary,
        updated=updated.astimezone(UTC),
        page=page,
        page_type=page_type,
    )


def read_entries(story_dir: Path | str) -> list[FeedEntry]:
    """Every brief under story_dir/<YYYY-MM-DD>/brief.json, newest first."""
    root = Path(story_dir)
    if not root.is_dir():
        return []
    days = [
        d
        for d in root.iterdir()
        if _DAY_DIR.match(d.name)
        and d.is_dir()
        and not d.is_symlink()
        and (d / "brief.json").is_file()
    ]
    entries = [e for e in (_entry(d) for d in days) if e is not None]
    return sorted(entries, key=lambda e: (e.updated, e.day), reverse=True)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        node.text = _xml_text(text)
    return node


def _href(page: str, base_url: str | None) -> str:
    return f"{base_url.rstrip('/')}/{page}" if base_url else page


def _entry_element(
    feed: etree._Element, entry: FeedEntry, story: str, authority: str, base_url: str | None
) -> None:
    node = _sub(feed, "entry")
    _sub(node, "id", f"tag:{authority}:{story}/{entry.day}")
    _sub(node, "title", entry.title, type="text")
    _sub(node, "updated", _rfc3339(entry.updated))
    _sub(node, "link", rel="alternate", type=entry.page_type, href=_href(entry.page, base_url))
    if not entry.page.endswith("/brief.json"):
        _sub(
            node,
            "link",
            rel="related",
            type="application/json",
            href=_href(f"{entry.day}/brief.json", base_url),
        )
    _sub(node, "summary", entry.summary, type="text")


def render_feed(
    story: str,
    story_title: str,
    entries: list[FeedEntry],
    *,
    authority: str = TAG_AUTHORITY,
    base_url: str | None = None,
) -> str:
    """The Atom 1.0 document (UTF-8 text) for a story's entries, in the order given."""
    # Atom as the default namespace (lxml's nsmap={None: ...}, which lxml-stubs do not allow).
    feed = etree.fromstring(f'<feed xmlns="{ATOM_NS}"/>')
    feed.set("{http://www.w3.org/XML/1998/namespace}lang", "fr")
    _sub(feed, "id", f"tag:{authority}:{story}")
    _sub(feed, "title", story_title, type="text")
    _sub(feed, "subtitle", f"Briefs en français du sujet « {story_title} »", type="text")
    newest = entries[0].updated if entries else datetime.now(UTC)
    _sub(feed, "updated", _rfc3339(newest))
    _sub(_sub(feed, "author"), "name", "newsbrief")
    _sub(feed, "generator", "newsbrief")
    _sub(feed, "link", rel="self", type="application/atom+xml", href=_href(FEED_NAME, base_url))
    for entry in entries:
        _entry_element(feed, entry, story, authority, base_url)
    body: str = etree.tostring(feed, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body


def feed_authority(authority: str = "", base_url: str = "", year: int | None = None) -> str:
    """The tag: authority of entry ids: `authority` as configured, else base_url's host and
    the year (RFC 4151 "host,YYYY"), else the placeholder TAG_AUTHORITY."""
    if authority:
        return authority
    host = urlsplit(base_url).hostname if base_url else None
    if host:
        return f"{host},{year or datetime.now(UTC).year}"
    return TAG_AUTHORITY


def update_feed(
    story_dir: Path | str,
    story_title: str,
    *,
    authority: str = TAG_AUTHORITY,
    base_url: str | None = None,
    max_entries: int = MAX_ENTRIES,
) -> Path:
    """Rebuild story_dir/feed.atom from the briefs on disk (atomic replace); returns its path."""
    root = Path(story_dir)
    entries = read_entries(root)[:max_entries]
    text = render_feed(root.name, story_title, entries, authority=authority, base_url=base_url)
    path = atomic_write_text(root / FEED_NAME, text)
    logger.info("%s: %d brief(s) in the feed", path, len(entries))
    return path
