"""The SQLite store: articles, fetch state (seen URLs, ETag / Last-Modified), runs.

- One file, WAL mode, ``synchronous=FULL``: a killed process never leaves half a row, and a
  committed write survives.
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

import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from pipeline.errors import InputError
from pipeline.records import Article

logger = logging.getLogger(__name__)

__all__ = ["Store", "MIGRATIONS", "SCHEMA_VERSION", "UpsertResult"]

UpsertResult = Literal["new", "updated", "unchanged"]
SQLITE_MAGIC = b"SQLite format 3\x00"
# Fields that change on every fetch without the article changing.
VOLATILE_FIELDS = frozenset({"fetched_at", "http_status"})

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


def _utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _now() -> str:
    return _utc_text(datetime.now(UTC))


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, anything that is not a SQLite database (or empty)."""
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a SQLite database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise InputError(str(path), "is not a SQLite database; refusing to use or overwrite it")


class Store:
    """The article store. ``Store(path)`` creates the file (and its parent directories)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        memory = str(path) == ":memory:"
        if not memory:
            _check_file(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            raise InputError(str(path), f"cannot open the database: {exc}") from exc
        try:
            self._setup(memory)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise InputError(str(path), f"not a usable newsbrief store: {exc}") from exc
        except InputError:
            self._conn.close()
            raise

    def _setup(self, memory: bool) -> None:
        if not memory:
            self._quick_check()
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise InputError(
                str(self.path),
                f"schema version {version} is newer than this newsbrief ({SCHEMA_VERSION})",
            )
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

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- articles -------------------------------------------------------------------------

    def _upsert(self, cur: sqlite3.Cursor, article: Article, now: str) -> UpsertResult:
        data = article.to_dict()
        row = cur.execute(
            "SELECT content_hash, data FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        if row is not None and row[0] == article.content_hash and _stable(row[1]) == _stable(data):
            cur.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (now, article.id))
            return "unchanged"
        published = _utc_text(article.published_at) if article.published_at else None
        values = (
            article.canonical_url, article.url, article.site, article.content_hash, published,
            _json(data), article.language, article.source_outlet, now,
        )  # fmt: skip
        if row is None:
            cur.execute(
                """INSERT INTO articles (canonical_url, url, site, content_hash, published_at,
                data, language, source_outlet, updated_at, id, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*values, article.id, now, now),
            )
            return "new"
        cur.execute(
            """UPDATE articles SET canonical_url = ?, url = ?, site = ?, content_hash = ?,
            published_at = ?, data = ?, language = ?, source_outlet = ?, updated_at = ?,
            last_seen = ? WHERE id = ?""",
            (*values, now, article.id),
        )
        return "updated"

    def upsert_article(self, article: Article) -> UpsertResult:
        """Store one article: "new", "updated" (its text or metadata changed) or "unchanged"
        (same content hash and metadata, only ``last_seen`` moves)."""
        with self._tx() as cur:
            return self._upsert(cur, article, _now())

    def upsert_many(self, articles: Sequence[Article]) -> list[UpsertResult]:
        """Store several articles in one transaction: all of them, or none if one fails."""
        now = _now()
        with self._tx() as cur:
            return [self._upsert(cur, article, now) for article in articles]

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id, or None when there is none."""
        row = self._conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def find_by_hash(self, content_hash: str) -> list[Article]:
        """Stored articles with this content hash (exact duplicates across runs), by id."""
        rows = self._conn.execute(
            "SELECT data FROM articles WHERE content_hash = ? ORDER BY id", (content_hash,)
        ).fetchall()
        return [Article.from_dict(json.loads(row[0])) for row in rows]

    def articles(
        self, *, since: datetime | None = None, sites: Sequence[str] | None = None
    ) -> list[Article]:
        """Stored articles, oldest published first (undated last), then by id.

        ``since`` keeps articles published at or after it (undated ones: first seen after it);
        ``sites`` keeps those of these site keys.
        """
        clauses: list[str] = []
        params: list[str] = []
        if since is not None:
            clauses.append("COALESCE(published_at, first_seen) >= ?")
            params.append(_utc_text(since))
        if sites is not None:
            clauses.append(f"site IN ({', '.join('?' for _ in sites)})" if sites else "0")
            params.extend(sites)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            f"SELECT data FROM articles {where} ORDER BY published_at IS NULL, published_at, id",
            params,
        ).fetchall()
        return [Article.from_dict(json.loads(row[0])) for row in rows]

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # --- fetch state ------------------------------------------------------------------------

    def record_fetch(
        self,
        url: str,
        *,
        status: int | str,
        etag: str | None = None,
        last_modified: str | None = None,
        content_hash: str | None = None,
    ) -> None:
        """Remember a fetch of ``url``. A validator left out (a 304 often omits them) keeps
        its stored value."""
        with self._tx() as cur:
            cur.execute(
                """INSERT INTO fetch_state (url, status, etag, last_modified, content_hash,
                fetched_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET status = excluded.status,
                etag = COALESCE(excluded.etag, etag),
                last_modified = COALESCE(excluded.last_modified, last_modified),
                content_hash = COALESCE(excluded.content_hash, content_hash),
                fetched_at = excluded.fetched_at""",
                (url, str(status), etag, last_modified, content_hash, _now()),
            )

    def fetch_state(self, url: str) -> dict[str, Any] | None:
        """{url, status, etag, last_modified, content_hash, fetched_at} of the last fetch."""
        cur = self._conn.execute(
            "SELECT url, status, etag, last_modified, content_hash, fetched_at "
            "FROM fetch_state WHERE url = ?",
            (url,),
        )
        row = cur.fetchone()
        if row is None:
            return None
        state = dict(zip((d[0] for d in cur.description), row, strict=True))
        status = state["status"]
        state["status"] = int(status) if isinstance(status, str) and status.isdigit() else status
        return state

    # --- runs -------------------------------------------------------------------------------

    def start_run(self, run_id: str, story: str) -> None:
        """Record a run as "running"; starting a known run id again restarts it."""
        with self._tx() as cur:
            cur.execute(
                """INSERT INTO runs (run_id, story, started_at, status) VALUES (?, ?, ?, 'running')
                ON CONFLICT (run_id) DO UPDATE SET story = excluded.story,
                started_at = excluded.started_at, status = 'running', finished_at = NULL,
                report = NULL""",
                (run_id, story, _now()),
            )

    def finish_run(self, run_id: str, status: str, report: dict[str, Any]) -> None:
        """Record the end of a run with its status and report (JSON)."""
        with self._tx() as cur:
            cur.execute(
                "UPDATE runs SET finished_at = ?, status = ?, report = ? WHERE run_id = ?",
                (_now(), status, _json(report), run_id),
            )
            if cur.rowcount == 0:
                raise InputError(run_id, "no such run in the store (start_run was not called)")

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        """{run_id, story, started_at, finished_at, status, report} of a run, or None."""
        cur = self._conn.execute(
            "SELECT run_id, story, started_at, finished_at, status, report FROM runs "
            "WHERE run_id = ?",
            (run_id,),
        )
        row = cur.fetchone()
        if row is None:
            return None
        run = dict(zip((d[0] for d in cur.description), row, strict=True))
        run["report"] = json.loads(run["report"]) if run["report"] else None
        return run


def _stable(data: str | dict[str, Any]) -> dict[str, Any]:
    """An article's fields minus those that change on every fetch."""
    fields = json.loads(data) if isinstance(data, str) else data
    return {k: v for k, v in fields.items() if k not in VOLATILE_FIELDS}
