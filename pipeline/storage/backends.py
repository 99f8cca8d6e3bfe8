"""Which store and which run lock a ``--db`` value means.

A ``postgresql://`` (or ``postgres://``) URL: the PostgreSQL store and an advisory lock held
on that server (several machines share them). Any other URL (``mysql://``, ``sqlite://``) is
refused, not taken for a file path. Anything else is a SQLite file path: the embedded store
and a lock file beside it (``locks/<story>.lock``). psycopg is imported only
for a URL, so SQLite users neither need it nor pay for its import.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from types import TracebackType
from typing import Protocol

from pipeline.addresses import display_url
from pipeline.config import default_db_path
from pipeline.errors import InputError
from pipeline.storage.files import StoryLock
from pipeline.storage.sqlstore import ArticleStore
from pipeline.storage.store import Store

__all__ = [
    "RunLock",
    "check_store_ref",
    "is_postgres_url",
    "open_store",
    "resolve_db",
    "story_lock",
]

_SCHEMES = ("postgresql://", "postgres://")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")  # a scheme, then "//": a URL, not a path


class RunLock(Protocol):
    """A story's run lock: entered for the run, refused (`LockHeld`) while another holds it."""

    def __enter__(self) -> RunLock: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def is_postgres_url(db: str | Path) -> bool:
    """True for a ``postgresql://`` or ``postgres://`` URL."""
    return isinstance(db, str) and db.lower().startswith(_SCHEMES)


def resolve_db(db: str | Path | None) -> str | Path:
    """``--db`` if given, else ``$NEWSBRIEF_DB`` (a path or a URL), else the default file."""
    if db:
        return db
    env = os.environ.get("NEWSBRIEF_DB", "")
    # a URL as given, never taken for a path (open_store refuses one of another kind)
    return env if _URL.match(env) else default_db_path()


def _need_psycopg(db: str) -> None:
    if importlib.util.find_spec("psycopg") is None:
        raise InputError(
            display_url(db), "a PostgreSQL store needs psycopg: pip install 'newsbrief[postgres]'"
        )


def check_store_ref(db: str | Path) -> None:
    """InputError for a URL that is not PostgreSQL's: a SQLite path never looks like one, and
    taking "mysql://host/db" for a path would create a "mysql:" folder holding a new store."""
    if isinstance(db, str) and _URL.match(db) and not is_postgres_url(db):
        raise InputError(
            display_url(db), "not a store: give a SQLite file path or a postgresql:// URL"
        )


def open_store(db: str | Path) -> ArticleStore:
    """The store at ``db``: PostgreSQL for a URL, else the SQLite file (created if new)."""
    check_store_ref(db)
    if is_postgres_url(db):
        _need_psycopg(str(db))
        from pipeline.storage.postgres import PostgresStore

        return PostgresStore(str(db))
    return Store(db)


def story_lock(db: str | Path, story: str, holder: str) -> RunLock:
    """The run lock of ``story`` for the store ``db``."""
    check_store_ref(db)
    if is_postgres_url(db):
        _need_psycopg(str(db))
        from pipeline.storage.postgres import PgStoryLock

        return PgStoryLock(str(db), story, holder)
    return StoryLock(Path(db).parent / "locks", story, holder)
