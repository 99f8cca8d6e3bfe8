"""What the SQLite and PostgreSQL stores share: the interface and the SQL.

`ArticleStore` is the interface the pipeline codes against. `SqlStore` implements it once,
in SQL both engines accept (written with ``?`` placeholders; the PostgreSQL store turns them
into psycopg's ``%s``). A backend supplies its connection, its transactions (`_tx`) and its
schema version; `pipeline.storage.backends.open_store` picks one by the ``--db`` value: a
``postgresql://`` URL, else a SQLite file path.

The guarantees, the same on both: every write runs in one transaction, committed whole or
rolled back whole; an upsert is safe under concurrent writers (two workers storing the same
canonical URL leave one row, and neither fails).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal, Protocol, Self

from pipeline.errors import InputError, describe_exception
from pipeline.records import Article

__all__ = [
    "ArticleStore",
    "SqlStore",
    "UpsertResult",
]

UpsertResult = Literal["new", "updated", "unchanged"]
# Fields that change on every fetch without the article changing.
VOLATILE_FIELDS = frozenset({"fetched_at", "http_status"})
_ARTICLE_COLUMNS = (
    "canonical_url, url, site, content_hash, published_at, data, language, source_outlet, "
    "updated_at"
)


class Cursor(Protocol):
    """The DB-API cursor surface the shared SQL uses (sqlite3 and psycopg both have it)."""

    @property
    def rowcount(self) -> int: ...
    @property
    def description(self) -> Any: ...
    def execute(self, query: Any, params: Any = ..., /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class ArticleStore(Protocol):
    """The store interface: articles keyed by canonical URL, fetch state, runs."""

    @property
    def schema_version(self) -> int: ...
    def upsert_article(self, article: Article) -> UpsertResult: ...
    def upsert_many(self, articles: Sequence[Article]) -> list[UpsertResult]: ...
    def get(self, article_id: str) -> Article | None: ...
    def find_by_hash(self, content_hash: str) -> list[Article]: ...
    def articles(
        self, *, since: datetime | None = None, sites: Sequence[str] | None = None
    ) -> list[Article]: ...
    def __len__(self) -> int: ...
    def record_fetch(
        self,
        url: str,
        *,
        status: int | str,
        etag: str | None = None,
        last_modified: str | None = None,
        content_hash: str | None = None,
    ) -> None: ...
    def fetch_state(self, url: str) -> dict[str, Any] | None: ...
    def start_run(self, run_id: str, story: str) -> None: ...
    def finish_run(self, run_id: str, status: str, report: dict[str, Any]) -> None: ...
    def get_run(self, run_id: str) -> dict[str, Any] | None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def utc_text(value: datetime) -> str:
    """A timestamp as stored in columns: UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (sorts as text)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_text() -> str:
    return utc_text(datetime.now(UTC))


def to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


class SqlStore:
    """The store's reads and writes, in SQL shared by the backends."""

    # Appended to the SELECT that reads an article before changing it: PostgreSQL locks the
    # row (" FOR UPDATE"); SQLite's BEGIN IMMEDIATE already holds the whole database.
    _lock_row = ""

    def _tx(self) -> AbstractContextManager[Cursor]:
        """One write transaction: committed whole, or rolled back whole."""
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one read outside a write transaction."""
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- articles -------------------------------------------------------------------------

    def _stored(self, cur: Cursor, article_id: str) -> Any:
        sql = "SELECT content_hash, data FROM articles WHERE id = ?" + self._lock_row
        return cur.execute(sql, (article_id,)).fetchone()

    def _upsert(self, cur: Cursor, article: Article, now: str) -> UpsertResult:
        # The `data` column is the article's JSON line (encoded once, maybe by a worker).
        text = article.json_line
        published = utc_text(article.published_at) if article.published_at else None
        values = (
            article.canonical_url, article.url, article.site, article.content_hash, published,
            text, article.language, article.source_outlet, now,
        )  # fmt: skip
        row = self._stored(cur, article.id)
        if row is None:
            cur.execute(
                f"""INSERT INTO articles ({_ARTICLE_COLUMNS}, id, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                (*values, article.id, now, now),
            )
            if cur.rowcount == 1:
                return "new"
            # Another writer inserted it since our read (PostgreSQL, READ COMMITTED): its row
            # is committed now; read it (locked) and carry on as an update.
            row = self._stored(cur, article.id)
        if row[0] == article.content_hash and _stable(row[1]) == _stable(article.to_dict()):
            cur.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (now, article.id))
            return "unchanged"
        cur.execute(
            """UPDATE articles SET canonical_url = ?, url = ?, site = ?, content_hash = ?,
            published_at = ?, data = ?, language = ?, source_outlet = ?, updated_at = ?,
            last_seen = ? WHERE id = ?""",
            (*values, now, article.id),
        )
        return "updated"

    def upsert_article(self, article: Article) -> UpsertResult:
        """Store one article in its own transaction: "new", "updated" (its text or metadata
        changed) or "unchanged" (same content hash and metadata, only ``last_seen`` moves)."""
        with self._tx() as cur:
            return self._upsert(cur, article, now_text())

    def upsert_many(self, articles: Sequence[Article]) -> list[UpsertResult]:
        """Store several articles in one transaction: all of them, or none if one fails."""
        now = now_text()
        with self._tx() as cur:
            return [self._upsert(cur, article, now) for article in articles]

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id, or None when there is none."""
        row = self._query("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row[0]) if row else None

    def _article(self, data: Any) -> Article:
        """The Article a row's `data` holds; a row damaged outside newsbrief (JSON cut or
        overwritten, a field of the wrong type) is an InputError naming the store (exit 2),
        not an internal error, and the store is left as it is."""
        try:
            return Article.from_dict(json.loads(data))
        except (ValueError, TypeError, AttributeError, RecursionError) as exc:
            where = str(getattr(self, "path", "the store"))
            raise InputError(
                where, f"a damaged article row ({describe_exception(exc, 120)})"
            ) from None

    def find_by_hash(self, content_hash: str) -> list[Article]:
        """Stored articles with this content hash (exact duplicates across runs), by id."""
        rows = self._query(
            "SELECT data FROM articles WHERE content_hash = ? ORDER BY id", (content_hash,)
        ).fetchall()
        return [self._article(row[0]) for row in rows]

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
            params.append(utc_text(since))
        if sites is not None:
            clauses.append(f"site IN ({', '.join('?' for _ in sites)})" if sites else "1 = 0")
            params.extend(sites)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._query(
            f"SELECT data FROM articles {where} ORDER BY published_at IS NULL, published_at, id",
            params,
        ).fetchall()
        return [self._article(row[0]) for row in rows]

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM articles").fetchone()[0])

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
                etag = COALESCE(excluded.etag, fetch_state.etag),
                last_modified = COALESCE(excluded.last_modified, fetch_state.last_modified),
                content_hash = COALESCE(excluded.content_hash, fetch_state.content_hash),
                fetched_at = excluded.fetched_at""",
                (url, str(status), etag, last_modified, content_hash, now_text()),
            )

    def fetch_state(self, url: str) -> dict[str, Any] | None:
        """{url, status, etag, last_modified, content_hash, fetched_at} of the last fetch."""
        state = _one_dict(
            self._query(
                "SELECT url, status, etag, last_modified, content_hash, fetched_at "
                "FROM fetch_state WHERE url = ?",
                (url,),
            )
        )
        if state is None:
            return None
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
                (run_id, story, now_text()),
            )

    def finish_run(self, run_id: str, status: str, report: dict[str, Any]) -> None:
        """Record the end of a run with its status and report (JSON)."""
        with self._tx() as cur:
            cur.execute(
                "UPDATE runs SET finished_at = ?, status = ?, report = ? WHERE run_id = ?",
                (now_text(), status, to_json(report), run_id),
            )
            if cur.rowcount == 0:
                raise InputError(run_id, "no such run in the store (start_run was not called)")

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        """{run_id, story, started_at, finished_at, status, report} of a run, or None."""
        run = _one_dict(
            self._query(
                "SELECT run_id, story, started_at, finished_at, status, report FROM runs "
                "WHERE run_id = ?",
                (run_id,),
            )
        )
        if run is not None:
            run["report"] = json.loads(run["report"]) if run["report"] else None
        return run


def _one_dict(cur: Cursor) -> dict[str, Any] | None:
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip((d[0] for d in cur.description), row, strict=True))


def _stable(data: str | dict[str, Any]) -> dict[str, Any]:
    """An article's fields minus those that change on every fetch."""
    fields = json.loads(data) if isinstance(data, str) else data
    return {k: v for k, v in fields.items() if k not in VOLATILE_FIELDS}
