"""A story's output folder: OUT/<story>/<YYYY-MM-DD>/ checked and chosen, the `latest` link
and the story's Atom feed (`publish`), and the report of a run that writes no brief.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.brief.feed import feed_authority, update_feed
from pipeline.config import PipelineConfig, StoryConfig
from pipeline.errors import InputError, shown_bytes
from pipeline.records import Reject
from pipeline.storage.archive import check_archive_target
from pipeline.storage.files import (
    atomic_write_json,
    atomic_write_jsonl,
    check_writable_dir,
    check_writable_file,
    contained,
)


def story_dir(out_root: str | Path, story: StoryConfig) -> Path:
    """OUT/<story id>, refused (InputError) if it would resolve outside OUT."""
    return contained(out_root, story.id)


def check_outputs(
    story: StoryConfig, out_root: str | Path, db: str | Path | None, archive: str | None = None
) -> None:
    """OutputError (exit 1) naming the path unless the story's output folder, the store, the
    lock folder and the WARC `archive` (when given) can be written (a store at a URL is
    checked when it is opened)."""
    if shown_bytes(str(out_root)) != str(out_root):  # bytes of no UTF-8 text, as argv gives
        # them: run.json and the summary name the files written, and JSON holds text only
        # (the brief was written, then run.json was an internal error, `latest` not moved)
        raise InputError(shown_bytes(str(out_root)), "an output folder whose name is not UTF-8")
    if archive:  # first: a refused archive leaves no output folder behind
        check_archive_target(archive)
    check_writable_dir(story_dir(out_root, story))
    if db is not None and str(db) != ":memory:" and "://" not in str(db):
        if Path(db).is_dir():  # bad input, as the store itself says (`crawl --db DIR`)
            raise InputError(str(db), "is a directory, not a SQLite database file")
        check_writable_file(Path(db))
        locks = Path(db).parent / "locks"
        if os.path.lexists(locks):  # else made by the lock, once the store is opened: a
            check_writable_dir(locks)  # store refused then leaves no folder beside it


def dated_dir(story_root: Path, when: datetime) -> Path:
    """OUT/<story>/<YYYY-MM-DD> in the machine's local time (the day a newsroom reads it)."""
    return story_root / when.astimezone().strftime("%Y-%m-%d")


def brief_unchanged(story_root: Path, fingerprint: str) -> bool:
    """True when the latest brief was made from the same articles with the same backend."""
    latest = story_root / "latest"
    try:
        report = json.loads((latest / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(report, dict)
        and report.get("story_fingerprint") == fingerprint
        and (latest / "brief.fr.md").is_file()
    )


def report_dir(story_root: Path, unchanged: bool) -> Path:
    """Where a run without a new brief writes its report: next to the brief it stands by
    (unchanged), else today's dated directory (`latest` keeps pointing at the last brief)."""
    if unchanged:
        return (story_root / "latest").resolve()
    return dated_dir(story_root, datetime.now(UTC))


def write_report(out_dir: Path, report: dict[str, Any], rejects: list[Reject]) -> list[Path]:
    """A run's rejects.jsonl and run.json, without a brief (run.json last)."""
    paths = [atomic_write_jsonl(out_dir / "rejects.jsonl", (r.to_dict() for r in rejects))]
    report["outputs"] = [str(p) for p in paths] + [str(out_dir / "run.json")]
    paths.append(atomic_write_json(out_dir / "run.json", report))
    return paths


def publish(out_dir: Path, story: StoryConfig, cfg: PipelineConfig | None = None) -> Path:
    """After a complete run: move `latest` to it and rebuild the story's Atom feed (its path
    returned), with the config's [feed] base_url and authority."""
    feed = (cfg or PipelineConfig()).feed
    _point_latest(out_dir)
    return update_feed(
        out_dir.parent,
        story.title_hint,
        authority=feed_authority(feed.authority, feed.base_url),
        base_url=feed.base_url or None,
    )


def _point_latest(out_dir: Path) -> None:
    """Point OUT/<story>/latest at the newest dated directory (atomic symlink swap)."""
    link = out_dir.parent / "latest"
    tmp = out_dir.parent / ".latest.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(out_dir.name)
    tmp.replace(link)
