"""The SQLite store (the embedded default): articles, fetch state (seen URLs, ETag /
Last-Modified), runs. Its reads and writes are `SqlStore`'s (pipeline/storage/sqlstore.py),
shared with the PostgreSQL store; this module opens the file, migrates it and runs the
transactions.

- One file, WAL mode, ``synchronous=NORMAL``: a killed process never leaves half a row, and a
  committed write survives it (the WAL is synced at checkpoints, not at every commit: a power
  cut or OS crash may roll back the last commits, never corrupt the file).
- A versioned schema: ``PRAGMA user_version`` is the number of ``MIGRATIONS`` applied. Opening
  an older store applies the missing ones, each in its own transaction with its version bump.
- Every write runs in one ``BEGIN IMMEDIATE`` transaction; an exception rolls it back.
- A file that is not a SQLite database, one written by a newer schema, or a damaged one
  (``PRAGMA quick_check`` at open) is refused with an ``InputError`` naming it, and left
  untouched.
Articles are stored whole as JSON (``Article.to_dict``) with the columns needed to look them
up, order and filter them. Timestamps in columns are UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` so
that they sort as text.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, OutputError
from pipeline.storage.sqlstore import SqlStore, UpsertResult

logger = logging.getLogger(__name__)

__all__ = ["Store", "MIGRATIONS", "SCHEMA_VERSION", "UpsertResult"]

SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: articles and fetch state
    (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            canonical_url TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            published_at TEXT,
            data TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL)""",
        """CREATE TABLE fetch_state (
            url TEXT PRIMARY KEY,
            status TEXT,
            etag TEXT,
            last_modified TEXT,
            content_hash TEXT,
            fetched_at TEXT NOT NULL)""",
    ),
    # 2: runs
    (
        """CREATE TABLE runs (
            run_id TEXT PRIMARY KEY,
            story TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            report TEXT)""",
        "CREATE INDEX runs_story ON runs (story, started_at)",
    ),
    # 3: language and outlet as columns (backfilled from the JSON), lookup indexes
    (
        "ALTER TABLE articles ADD COLUMN language TEXT",
        "ALTER TABLE articles ADD COLUMN source_outlet TEXT",
        "ALTER TABLE articles ADD COLUMN updated_at TEXT",
        """UPDATE articles SET language = json_extract(data, '$.language'),
            source_outlet = json_extract(data, '$.source_outlet'), updated_at = last_seen""",
        "CREATE INDEX articles_hash ON articles (content_hash)",
        "CREATE INDEX articles_site_published ON articles (site, published_at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, anything that is not a SQLite database (or empty)."""
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a SQLite database file")
    if path.exists() and not path.is_file():  # /dev/null, a FIFO: SQLite would put its
        # journal beside it (/dev/null-journal) before failing
        raise InputError(str(path), "is not a regular file, not a SQLite database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise InputError(str(path), "is not a SQLite database; refusing to use or overwrite it")


BUSY_TIMEOUT = 30.0  # seconds SQLite waits for another process's lock on the store

# The pauses between tries of a store's setup that found it locked (about 12 s in all).
_SETUP_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.0)


class Store(SqlStore):
    """The SQLite article store. ``Store(path)`` creates the file (and its parent
    directories); ``":memory:"`` is a store that lives as long as the object."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        memory = str(path) == ":memory:"
        if not memory:
            _check_file(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT)
        except sqlite3.Error as exc:
            raise InputError(str(path), f"cannot open the database: {exc}") from exc
        try:
            with self._said_when_locked():
                self._setup_when_free(memory)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise InputError(str(path), f"not a usable newsbrief store: {exc}") from exc
        except (InputError, OutputError):
            self._conn.close()
            raise

    @contextmanager
    def _said_when_locked(self) -> Iterator[None]:
        """SQLite's "database is locked", met once its busy timeout is over (another process
        holds the store: a `sqlite3` shell in a transaction, a backup), as an OutputError
        naming the store: it was an internal error."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            raise OutputError(
                str(self.path),
                f"locked by another process for over {BUSY_TIMEOUT:g} s ({exc}); "
                "nothing was written: run again once it is free",
            ) from None

    def _setup_when_free(self, memory: bool) -> None:
        """`_setup`, tried again while another process sets the same store up. SQLite's busy
        timeout waits for a lock held by another connection, except where waiting could
        deadlock: the switch to WAL, asked while another process holds the write lock of a
        store still in rollback mode (two runs starting at once on a new store), fails at
        once with "database is locked". Each step of `_setup` can be done again."""
        for pause in _SETUP_PAUSES:
            started = time.monotonic()
            try:
                self._setup(memory)
                return
            except sqlite3.OperationalError as exc:
                # tried again only when it failed at once: after the busy timeout's wait, the
                # lock is another process's for good (nine waits were over four minutes)
                if "locked" not in str(exc) or time.monotonic() - started > BUSY_TIMEOUT / 2:
                    raise
                logger.debug(
                    "%s: locked while setting up (%s); again in %.2f s", self.path, exc, pause
                )
                time.sleep(pause)
        self._setup(memory)

    def _setup(self, memory: bool) -> None:
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:  # refused before the switch to WAL, which writes the file
            raise InputError(
                str(self.path),
                f"schema version {version} is newer than this newsbrief ({SCHEMA_VERSION})",
            )
        if not memory:
            self._quick_check()
            self._refuse_foreign()
            self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL, not FULL: an fsync per commit (two per crawled page) cost ~4 ms each here.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        for number in range(version + 1, SCHEMA_VERSION + 1):
            with self._tx() as cur:
                # Another process may have migrated between our read and our write lock
                # (two stories starting at once on a new store): re-read under the lock.
                current = int(cur.execute("PRAGMA user_version").fetchone()[0])
                if current >= number:
                    continue
                for statement in MIGRATIONS[number - 1]:
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version = {number}")
            logger.info("%s: schema migrated to version %d", self.path, number)

    def _refuse_foreign(self) -> None:
        """Refuse another application's SQLite database (a wrong --db): tables, but no
        newsbrief schema version. Its first migration commits the version with the tables,
        so a store of ours never has one without the other; newsbrief tables were added to
        such a file, and its journal switched to WAL. The version and the tables are read by
        one statement, one snapshot: read apart, another run migrating a new store between the
        two reads (two stories starting at once) showed version 0 with its tables."""
        tables = [
            str(row[0])
            for row in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND (SELECT user_version FROM pragma_user_version) = 0"
            )
        ]
        if tables:
            raise InputError(
                str(self.path),
                f"a SQLite database of another application (tables: {', '.join(tables[:5])}); "
                "refusing to write into it",
            )

    def _quick_check(self) -> None:
        """Refuse a damaged store (before any write, so it is never overwritten)."""
        rows = self._conn.execute("PRAGMA quick_check(5)").fetchall()
        problems = [" ".join(str(row[0]).split()) for row in rows]  # one line
        if problems != ["ok"]:
            raise InputError(
                str(self.path),
                f"damaged SQLite store (PRAGMA quick_check: {'; '.join(problems)[:300]}); "
                "refusing to use or overwrite it: restore a backup, or rebuild it with "
                "`sqlite3 FILE .recover`",
            )

    # --- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Cursor]:
        """One write transaction: committed whole, or rolled back whole."""
        cur = self._conn.cursor()
        with self._said_when_locked():
            cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            if self._conn.in_transaction:  # SQLite may have rolled back already
                cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")
        finally:
            cur.close()

    @property
    def schema_version(self) -> int:
        """The store's ``PRAGMA user_version``."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _query(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()
