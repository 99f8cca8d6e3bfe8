"""The PostgreSQL store, for several machines sharing one store (``--db postgresql://...``).

The same schema, migrations (numbered as SQLite's) and reads and writes as the SQLite store:
the SQL is `SqlStore`'s, with psycopg's ``%s`` for SQLite's ``?``. What differs:
- The connection is in autocommit mode; every write runs in one explicit transaction (an
  article in its own), committed whole or rolled back whole; a killed client's open
  transaction is rolled back by the server.
- Concurrent writers: READ COMMITTED, the stored row read ``FOR UPDATE`` and the insert done
  ``ON CONFLICT DO NOTHING`` (see `SqlStore._upsert`), so two workers storing the same
  canonical URL leave one row and neither fails.
- The schema version is the one row of ``newsbrief_schema``; migrations run under a
  transaction-level advisory lock, so stores opened at once on an empty database migrate once.
- The per-story run lock (`PgStoryLock`) is a session-level advisory lock held by a
  connection of its own: it spans machines, and the server releases it when the holder's
  connection dies (a killed process, a lost machine).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any

import psycopg

from pipeline.addresses import display_url, without_passwords
from pipeline.errors import InputError, LockHeld
from pipeline.storage.sqlstore import SqlStore
from pipeline.storage.store import MIGRATIONS as SQLITE_MIGRATIONS

logger = logging.getLogger(__name__)

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "PgStoryLock", "PostgresStore"]

# The same numbering as the SQLite store's; only the JSON backfill of 3 is spelled apart.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    SQLITE_MIGRATIONS[0],
    SQLITE_MIGRATIONS[1],
    (
        "ALTER TABLE articles ADD COLUMN language TEXT",
        "ALTER TABLE articles ADD COLUMN source_outlet TEXT",
        "ALTER TABLE articles ADD COLUMN updated_at TEXT",
        """UPDATE articles SET language = data::jsonb ->> 'language',
            source_outlet = data::jsonb ->> 'source_outlet', updated_at = last_seen""",
        "CREATE INDEX articles_hash ON articles (content_hash)",
        "CREATE INDEX articles_site_published ON articles (site, published_at)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS newsbrief_schema (version INTEGER NOT NULL)"
CONNECT_TIMEOUT = 10  # seconds


def advisory_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for ``name`` (the same on every machine)."""
    digest = hashlib.sha256(f"newsbrief:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def connect(url: str, **kwargs: Any) -> psycopg.Connection[Any]:
    """An autocommit connection; an unreachable server or a bad URL is an `InputError`."""
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT, **kwargs)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = without_passwords(reason)  # libpq quotes a URI it cannot parse whole
        raise InputError(display_url(url), f"cannot connect to PostgreSQL: {reason}") from exc


class _Cursor:
    """A psycopg cursor taking the shared SQL's ``?`` placeholders."""

    def __init__(self, cur: psycopg.Cursor[Any]) -> None:
        self._cur = cur

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    @property
    def description(self) -> Any:
        return self._cur.description

    def execute(self, query: str, params: Sequence[Any] = (), /) -> _Cursor:
        # The shared SQL has no literal "?" (a literal "%", as in LIKE, is escaped).
        self._cur.execute(query.replace("%", "%%").replace("?", "%s"), params)
        return self

    def fetchone(self) -> Any:
        return self._cur.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cur.fetchall()


class PostgresStore(SqlStore):
    """The article store in a PostgreSQL database: ``PostgresStore("postgresql://...")``."""

    _lock_row = " FOR UPDATE"

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = display_url(url)  # what messages name, like the SQLite store's path
        self._conn = connect(url)
        try:
            self._migrate()
        except psycopg.Error as exc:
            self._conn.close()
            raise InputError(self.path, f"not a usable newsbrief store: {exc}") from exc
        except InputError:
            self._conn.close()
            raise

    def _read_version(self, cur: _Cursor) -> int:
        row = cur.execute("SELECT version FROM newsbrief_schema").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        with self._tx() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(?)", (advisory_key("schema"),))
            cur.execute(_VERSION_TABLE)
            row = cur.execute("SELECT version FROM newsbrief_schema").fetchone()
            if row is None:
                cur.execute("INSERT INTO newsbrief_schema (version) VALUES (0)")
            version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise InputError(
                self.path,
                f"schema version {version} is newer than this newsbrief ({SCHEMA_VERSION})",
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            with self._tx() as cur:
                # Another machine may be migrating the same database: one at a time, and
                # re-read the version under the lock.
                cur.execute("SELECT pg_advisory_xact_lock(?)", (advisory_key("schema"),))
                if self._read_version(cur) >= number:
                    continue
                for statement in MIGRATIONS[number - 1]:
                    cur.execute(statement)
                cur.execute("UPDATE newsbrief_schema SET version = ?", (number,))
            logger.info("%s: schema migrated to version %d", self.path, number)

    @contextmanager
    def _tx(self) -> Iterator[_Cursor]:
        """One write transaction: committed whole, or rolled back whole."""
        with self._conn.transaction(), self._conn.cursor() as cur:
            yield _Cursor(cur)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        return _Cursor(self._conn.cursor()).execute(sql, params)

    @property
    def schema_version(self) -> int:
        """The version recorded in ``newsbrief_schema``."""
        return self._read_version(_Cursor(self._conn.cursor()))

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()


_HOLDER = """SELECT a.application_name, a.client_addr, a.pid FROM pg_locks l
    JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND l.classid::bigint = %s AND l.objid::bigint = %s"""


class PgStoryLock:
    """An exclusive, non-blocking lock per story across machines: a PostgreSQL session-level
    advisory lock, held by a connection of its own for as long as the run; the server
    releases it when that connection dies. The holder's description is the connection's
    ``application_name`` (PostgreSQL keeps its first 63 bytes), which the refused run names."""

    def __init__(self, url: str, story: str, holder: str) -> None:
        self.url = url
        self.story = story
        self.holder = holder
        self.key = advisory_key(f"story:{story}")
        self._conn: psycopg.Connection[Any] | None = None

    def acquire(self) -> PgStoryLock:
        conn = connect(self.url, application_name=_truncate(self.holder, 63))
        try:
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)).fetchone()
            if row is None or not row[0]:
                held_by = self._holder(conn)
                raise LockHeld(self.story, f"{held_by} (advisory lock on {display_url(self.url)})")
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return self

    def _holder(self, conn: psycopg.Connection[Any]) -> str:
        high, low = (self.key >> 32) & 0xFFFFFFFF, self.key & 0xFFFFFFFF
        row = conn.execute(_HOLDER, (high, low)).fetchone()
        if row is None:  # released between our try and this look
            return "unknown holder"
        name, addr, pid = row
        where = f"server pid {pid}" + (f" from {addr}" if addr else "")
        return f"{name} ({where})" if name else where

    def release(self) -> None:
        """Unlock and close the lock's connection (idempotent)."""
        if self._conn is not None:
            try:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (self.key,))
            except psycopg.Error as exc:  # the connection died: the server released it
                logger.warning("story %s: unlocking: %s", self.story, exc)
            finally:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> PgStoryLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _truncate(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes, cut on a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")
