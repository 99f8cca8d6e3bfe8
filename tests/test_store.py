"""The store on both backends (SQLite, PostgreSQL): round trip, upsert outcomes, filters,
migrations, refusals, crash safety. SQLite-only behaviour (the file, WAL) is tested on SQLite."""

from __future__ import annotations

import json
import pickle
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import InputError
from pipeline.records import Article
from pipeline.storage.backends import open_store
from pipeline.storage.store import MIGRATIONS, SCHEMA_VERSION, Store
from tests.pgserver import rows

ROOT = Path(__file__).resolve().parent.parent
SHANGHAI = timezone(timedelta(hours=8))


def _article(n: int, **kw: object) -> Article:
    fields: dict[str, Any] = {
        "url": f"https://www.sohu.com/a/96123456{n}_121124",
        "title": f"标题 {n}",
        "text": f"第一段 {n}。\n第二段。",
        "site": "sohu",
        "published_at": datetime(2026, 1, 8, 10, n, tzinfo=SHANGHAI),
        "language": "zh",
        "script": "Hans",
        "source_outlet": "第一财经",
        "images": ("https://img.example/1.jpg",),
        "outlets": ("第一财经", "搜狐"),
    }
    fields.update(kw)
    return Article(**fields)


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    article = _article(
        1,
        fetched_at=datetime(2026, 1, 9, tzinfo=UTC),
        http_status=200,
        text_simplified="简体",
        also_urls=("https://m.sohu.com/a/x",),
    )
    with Store(tmp_path / "deep" / "dir" / "news.db") as store:
        assert store.upsert_article(article) == "new"
        assert store.get(article.id) == article
        assert store.get("0000000000000000") is None
    assert (tmp_path / "deep" / "dir" / "news.db").is_file()


def test_new_updated_unchanged(store_db: str) -> None:
    article = _article(1)
    with open_store(store_db) as store:
        assert store.upsert_article(article) == "new"
        assert store.upsert_article(article) == "unchanged"
        refetched = article.with_changes(fetched_at=datetime.now(UTC), http_status=304)
        assert store.upsert_article(refetched) == "unchanged"
        edited = article.with_changes(text="第一段已更正。\n第二段。", content_hash="")
        assert store.upsert_article(edited) == "updated"
        stored = store.get(article.id)
        assert stored is not None and stored.text == edited.text
        merged = edited.with_changes(outlets=("第一财经", "搜狐", "新浪"))
        assert store.upsert_article(merged) == "updated"  # same text, one more outlet
        assert len(store) == 1


def test_the_data_column_is_the_articles_json_line_encoded_once(store_db: str) -> None:
    article = _article(1, fetched_at=datetime(2026, 1, 9, tzinfo=UTC), http_status=200)
    line = json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True)
    # As an extraction worker hands it over: encoded there, pickled with the article.
    assert article.json_line == line
    made = pickle.loads(pickle.dumps(article))
    assert made.__dict__["json_line"] == line  # cached: the crawling process encodes nothing
    assert made == article
    with open_store(store_db) as store:
        assert store.upsert_article(made) == "new"
        assert store.get(article.id) == article
        data = rows(store_db, "SELECT data FROM articles")[0][0]
        assert data == line == made.json_line
        assert store.upsert_article(made) == "unchanged"
        edited = made.with_changes(text="第一段已更正。\n第二段。", content_hash="")
        assert "json_line" not in edited.__dict__  # a new article: its own line, not a stale one
        assert store.upsert_article(edited) == "updated"
        assert store.get(article.id) == edited
        data = rows(store_db, "SELECT data FROM articles")[0][0]
        assert data == json.dumps(edited.to_dict(), ensure_ascii=False, sort_keys=True)


def test_first_and_last_seen(store_db: str) -> None:
    with open_store(store_db) as store:
        store.upsert_article(_article(1))
        store.upsert_article(_article(1))
    [(first, last)] = rows(store_db, "SELECT first_seen, last_seen FROM articles")
    assert first <= last


def test_articles_order_and_filters(store_db: str) -> None:
    late, early = _article(5), _article(2)
    undated = _article(3, published_at=None)
    other = _article(4, site="36kr", url="https://36kr.com/p/3612345678901234")
    with open_store(store_db) as store:
        for article in (late, undated, other, early):
            store.upsert_article(article)
        assert [a.id for a in store.articles()] == [early.id, other.id, late.id, undated.id]
        assert [a.id for a in store.articles(sites=["sohu"])] == [early.id, late.id, undated.id]
        assert store.articles(sites=[]) == []
        since = datetime(2026, 1, 8, 10, 4, tzinfo=SHANGHAI)
        selected = store.articles(since=since, sites=["sohu", "36kr"])
        # undated: first seen now, so after `since`
        assert [a.id for a in selected] == [other.id, late.id, undated.id]
        assert store.articles(since=datetime(2030, 1, 1, tzinfo=UTC)) == []


def test_find_by_hash(store_db: str) -> None:
    a, b = _article(1), _article(2, text="第一段 1。\n第二段。")
    with open_store(store_db) as store:
        store.upsert_many([a, b, _article(3)])
        assert sorted(x.id for x in store.find_by_hash(a.content_hash)) == sorted([a.id, b.id])


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    conn = sqlite3.connect(tmp_path / "s.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_fetch_state_keeps_validators_on_304(store_db: str) -> None:
    url = "https://36kr.com/feed"
    with open_store(store_db) as store:
        assert store.fetch_state(url) is None
        modified = "Thu, 08 Jan 2026 10:00:00 GMT"
        store.record_fetch(url, status=200, etag='"v1"', last_modified=modified, content_hash="abc")
        store.record_fetch(url, status=304)
        state = store.fetch_state(url)
    assert state is not None
    assert (state["status"], state["etag"], state["content_hash"]) == (304, '"v1"', "abc")
    assert state["last_modified"] == "Thu, 08 Jan 2026 10:00:00 GMT"


def test_runs(store_db: str) -> None:
    with open_store(store_db) as store:
        store.start_run("r1", "zhipu-ipo")
        running = store.get_run("r1")
        assert running is not None and running["status"] == "running"
        assert running["finished_at"] is None
        store.finish_run("r1", "done", {"counts": {"new": 3, "unchanged": 0}})
        done = store.get_run("r1")
        assert done is not None and done["report"] == {"counts": {"new": 3, "unchanged": 0}}
        assert done["status"] == "done" and done["finished_at"] >= done["started_at"]
        with pytest.raises(InputError, match="r2"):
            store.finish_run("r2", "done", {})
        assert store.get_run("r2") is None


def _v1_store(path: Path, article: Article) -> None:
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO articles (id, canonical_url, url, site, content_hash, published_at, data,"
        " first_seen, last_seen) VALUES (?, ?, ?, ?, ?, NULL, ?, 'x', 'x')",
        (
            article.id,
            article.canonical_url,
            article.url,
            article.site,
            article.content_hash,
            json.dumps(article.to_dict(), ensure_ascii=False),
        ),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_older_schema_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    article = _article(7, language="fr")
    _v1_store(path, article)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.get(article.id) == article
        assert store.upsert_article(article) == "unchanged"
        store.start_run("r", "s")  # the runs table came with migration 2
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT language FROM articles").fetchone()[0] == "fr"  # backfilled
    finally:
        conn.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE later (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match="newer"):
        Store(path)
    # left untouched: its journal was switched to WAL (bytes 18-19 of the header) first
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]


@pytest.mark.parametrize("content", [b"id,title\n1,hello\n", b"\x00\x01garbage" * 200])
def test_a_file_that_is_not_sqlite_is_refused_and_left_intact(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "articles.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match="articles.csv"):
        Store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv"]


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        Store(tmp_path)


class _Exploding(Article):
    def to_dict(self) -> dict[str, object]:
        raise RuntimeError("disk full in the middle of a batch")


def test_a_failed_batch_rolls_back_and_keeps_earlier_rows(store_db: str) -> None:
    with open_store(store_db) as store:
        store.upsert_article(_article(1))
        bad = _Exploding(url="https://x.example/boom", title="t", text="boom")
        with pytest.raises(RuntimeError):
            store.upsert_many([_article(2), _article(3), bad])
        assert [a.id for a in store.articles()] == [_article(1).id]
        assert store.upsert_many([_article(2)]) == ["new"]  # the store is still usable


CHILD = """
import os, signal, sys
from pipeline.storage.backends import open_store
from tests.test_store import _article
store = open_store(sys.argv[1])
store.upsert_many([_article(1), _article(2)])
with store._tx() as cur:
    store._upsert(cur, _article(3), "2026-01-01T00:00:00.000000Z")
    cur.execute("UPDATE articles SET data = 'half written' WHERE url LIKE '%1_121124'")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_transaction_keeps_earlier_rows(store_db: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD), store_db],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    with open_store(store_db) as store:
        assert [a.id for a in store.articles()] == [_article(1).id, _article(2).id]
        assert store.get(_article(1).id) == _article(1)
    if store_db.startswith("postgresql://"):
        return
    conn = sqlite3.connect(store_db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


_WRITER_HOLDING_THE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")  # a store still in rollback mode, its write lock held
conn.execute("CREATE TABLE setup_in_progress (x)")
# a newsbrief setup commits its schema version with its tables (a version-0 file holding
# tables is another application's database, refused)
conn.execute(f"PRAGMA user_version = {sys.argv[2]}")
print("holding", flush=True)
time.sleep(1.0)
conn.execute("COMMIT")
"""


def test_a_store_another_process_is_writing_opens_once_it_is_free(tmp_path: Path) -> None:
    """Two runs starting at once on a new store: while one holds the write lock of the
    store, still in rollback mode, the other's switch to WAL failed at once with "database
    is locked" (SQLite does not wait where waiting could deadlock), and the run exited 2
    naming a store that was fine. Now the setup is tried again until the lock is free."""
    path = tmp_path / "new.sqlite3"
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER_HOLDING_THE_LOCK, str(path), str(SCHEMA_VERSION)],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        store = Store(path)
        tables = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master")}
        assert "setup_in_progress" in tables  # opened after the other process committed
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.close()
    assert holder.returncode == 0
