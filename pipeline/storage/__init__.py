"""Storage: what a run keeps, and how it keeps it safely.

The article store (`Store`, SQLite, the embedded default, or `PostgresStore` where several
machines share one; `open_store` picks by the ``--db`` value; both implement `ArticleStore`:
articles keyed by canonical URL, fetch state with ETag / Last-Modified for incremental runs,
run records), the WARC archive (every response written as received, and read back as
RawPages or served again by a replay), and crash-safe files (atomic writes: temp file,
fsync, rename) with the per-story run lock (`story_lock`: a lock
file beside a SQLite store, an advisory lock on a PostgreSQL server).
"""

from __future__ import annotations

from pipeline.storage.archive import ArchiveWriter, iter_pages, iter_warc, load_replay
from pipeline.storage.backends import open_store, resolve_db, story_lock
from pipeline.storage.files import (
    StoryLock,
    atomic_write_bytes,
    atomic_write_json,
    atomic_write_jsonl,
    atomic_write_text,
)
from pipeline.storage.sqlstore import ArticleStore
from pipeline.storage.store import Store

__all__ = [
    "ArchiveWriter",
    "ArticleStore",
    "Store",
    "StoryLock",
    "atomic_write_bytes",
    "atomic_write_json",
    "atomic_write_jsonl",
    "atomic_write_text",
    "iter_pages",
    "iter_warc",
    "load_replay",
    "open_store",
    "resolve_db",
    "story_lock",
]
