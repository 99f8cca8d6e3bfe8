"""The PostgreSQL store's own guarantees, against a real server the tests start
(tests/pgserver.py): concurrent writers, migrations, the advisory story lock across
connections and its release when the holder dies, and refusals naming the URL."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import psycopg
import pytest

from pipeline.errors import InputError, LockHeld
from pipeline.storage.backends import open_store, resolve_db, story_lock
from pipeline.storage.postgres import MIGRATIONS, SCHEMA_VERSION, PostgresStore
from pipeline.storage.store import MIGRATIONS as SQLITE_MIGRATIONS
from tests.cli_helpers import run_cli
from tests.pgserver import rows
from tests.test_store import _article

ROOT = Path(__file__).resolve().parent.parent


def test_round_trip_keeps_every_field(pg_url: str) -> None:
    article = _article(1, text_simplified="简体", also_urls=("https://m.sohu.com/a/x",))
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.schema_version == SCHEMA_VERSION
        assert store.upsert_article(article) == "new"
        assert store.get(article.id) == article
        assert store.get("0000000000000000") is None


def test_migrations_are_numbered_as_sqlite_s() -> None:
    assert len(MIGRATIONS) == len(SQLITE_MIGRATIONS) == SCHEMA_VERSION


def test_older_schema_is_migrated(pg_url: str) -> None:
    article = _article(7, language="fr")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO articles (id, canonical_url, url, site, content_hash, data, first_seen,"
            " last_seen) VALUES (%s, %s, %s, %s, %s, %s, 'x', 'x')",
            (article.id, article.canonical_url, article.url, article.site, article.content_hash,
             json.dumps(article.to_dict(), ensure_ascii=False)),
        )  # fmt: skip
        conn.execute("CREATE TABLE newsbrief_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO newsbrief_schema VALUES (1)")
    with open_store(pg_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.get(article.id) == article
        assert store.upsert_article(article) == "unchanged"
        store.start_run("r", "s")  # the runs table came with migration 2
    assert rows(pg_url, "SELECT language, source_outlet FROM articles") == [("fr", "第一财经")]


def test_newer_schema_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE newsbrief_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO newsbrief_schema VALUES (%s)", (SCHEMA_VERSION + 1,))
    with pytest.raises(InputError, match="newer"):
        open_store(pg_url)


def test_many_processes_opening_a_new_database_at_once(pg_url: str) -> None:
    """Schema creation is race-free across machines: every opener sees a complete store."""
    code = (
        "import sys; from pipeline.storage.backends import open_store\n"
        "from pipeline.storage.postgres import SCHEMA_VERSION\n"
        "with open_store(sys.argv[1]) as s:\n    assert s.schema_version == SCHEMA_VERSION\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, pg_url], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        for _ in range(6)
    ]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    assert rows(pg_url, "SELECT version FROM newsbrief_schema") == [(SCHEMA_VERSION,)]


def test_a_writer_racing_an_open_insert_updates_instead_of_failing(pg_url: str) -> None:
    """Worker B stores a canonical URL while worker A's insert of it is not yet committed:
    B waits for A, then finds A's row, and the URL has one row holding B's version."""
    first = _article(1)
    second = first.with_changes(text="第一段已更正。\n第二段。", content_hash="")
    results: list[str] = []
    with open_store(pg_url) as a, open_store(pg_url) as b:
        assert isinstance(a, PostgresStore)
        with a._tx() as cur:
            assert a._upsert(cur, first, "2026-01-01T00:00:00.000000Z") == "new"
            racer = threading.Thread(target=lambda: results.append(b.upsert_article(second)))
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "B must wait for A's uncommitted row, not insert its own"
        racer.join(timeout=60)
        assert results == ["updated"]
        assert len(b) == 1
        stored = b.get(first.id)
        assert stored is not None and stored.text == second.text


def test_two_workers_storing_the_same_urls_leave_one_row_each(pg_url: str) -> None:
    code = textwrap.dedent(
        """
        import sys
        from pipeline.storage.backends import open_store
        from tests.test_store import _article
        with open_store(sys.argv[1]) as store:
            print(sum(store.upsert_article(_article(n % 10)) == "new" for n in range(40)))
        """
    )
    open_store(pg_url).close()  # the schema first: this test is about the articles
    procs = [
        subprocess.Popen([sys.executable, "-c", code, pg_url], cwd=ROOT, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]  # fmt: skip
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _, err in outs]
    assert sum(int(out) for out, _ in outs) == 10  # each article was new exactly once
    [(total, distinct)] = rows(
        pg_url, "SELECT COUNT(*), COUNT(DISTINCT canonical_url) FROM articles"
    )
    assert total == distinct == 10


def test_story_lock_is_refused_from_another_connection_naming_the_holder(pg_url: str) -> None:
    with story_lock(pg_url, "story-a", "run r1, pid 4242 on box-1"):
        with pytest.raises(LockHeld) as refused:
            story_lock(pg_url, "story-a", "run r2, pid 7 on box-2").__enter__()
        assert "story-a" in str(refused.value) and "run r1, pid 4242 on box-1" in str(refused.value)
        with story_lock(pg_url, "story-b", "run r3"):  # another story runs side by side
            pass
    with story_lock(pg_url, "story-a", "run r2"):  # released on exit
        pass


HOLDER = """
import os, signal, sys
from pipeline.storage.backends import story_lock
lock = story_lock(sys.argv[1], "story-a", f"run killed, pid {os.getpid()} on here")
lock.__enter__()
print("locked", flush=True)
sys.stdin.read()
"""


def test_story_lock_is_released_when_the_holder_dies(pg_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLDER), pg_url],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    with pytest.raises(LockHeld, match=f"pid {holder.pid}"):
        story_lock(pg_url, "story-a", "run other").__enter__()
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=30)  # waits, and closes the pipes
    # The server notices the closed connection and ends its session, releasing the lock: wait
    # for that session to be gone, then the lock is free.
    for _ in range(600):
        if not rows(pg_url, "SELECT 1 FROM pg_locks WHERE locktype = 'advisory'"):
            break
        threading.Event().wait(0.05)
    with story_lock(pg_url, "story-a", "run other"):
        pass


def test_an_unreachable_server_is_refused_naming_the_url_without_password(
    pg_server: object,
) -> None:
    url = "postgresql://newsbrief:s3cret@127.0.0.1:1/news"
    with pytest.raises(InputError) as refused:
        open_store(url)
    message = str(refused.value)
    assert "postgresql://newsbrief:***@127.0.0.1:1/news" in message and "s3cret" not in message


def test_the_cli_refuses_an_unreachable_store_in_one_line(
    tmp_path: Path, pg_server: object
) -> None:
    url = "postgresql://newsbrief:s3cret@127.0.0.1:1/news"
    done = run_cli(tmp_path, "demo", "--db", url, "--out", str(tmp_path / "out"), timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "127.0.0.1:1/news" in done.stderr and "s3cret" not in done.stderr
    assert "Traceback" not in done.stderr


def test_newsbrief_db_may_be_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_DB", "postgresql://h/db")
    assert resolve_db(None) == "postgresql://h/db"
    assert resolve_db("x.sqlite3") == "x.sqlite3"
    monkeypatch.setenv("NEWSBRIEF_DB", "/srv/news.sqlite3")
    assert resolve_db(None) == Path("/srv/news.sqlite3")
