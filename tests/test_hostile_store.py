"""Store and output faults: an output folder or store that cannot be written is one line
naming the path, exit 1, before any crawl; a damaged store is refused (exit 2) untouched."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.errors import InputError
from pipeline.records import Article
from pipeline.storage.store import Store

STORY = 'id = "port"\ntitle_hint = "Port"\nkeywords = ["port"]\nsites = ["generic"]\n'


def _story(tmp: Path) -> Path:
    path = tmp / "story.toml"
    path.write_text(STORY, encoding="utf-8")
    (tmp / "replay").mkdir(exist_ok=True)
    (tmp / "replay" / "manifest.json").write_text('{"pages": []}', encoding="utf-8")
    return path


def _run(tmp: Path, out: Path, db: Path) -> int:
    return main(
        ["run", str(_story(tmp)), "--replay", str(tmp / "replay"), "--backend", "extractive",
         "--out", str(out), "--db", str(db)]
    )  # fmt: skip


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() points the root logger at this test's captured stderr: undo that after it."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    """Paths to make read-only: chmod for a user; for root (who ignores modes) the immutable
    attribute, skipping where the file system or the container does not allow it."""
    paths: list[Path] = []
    yield paths
    for p in paths:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(p)], check=False, capture_output=True)
        p.chmod(0o755)


def _make_read_only(path: Path, registry: list[Path]) -> None:
    registry.append(path)
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        return
    done = subprocess.run(["chattr", "+i", str(path)], check=False, capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot make {path} read-only as root here: {done.stderr.decode()[:80]}")


def test_out_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.txt"
    out.write_text("not a folder", encoding="utf-8")
    assert _run(tmp_path, out, tmp_path / "db" / "s.sqlite3") == 1
    line = _one_line(capsys.readouterr().err)
    assert str(out) in line and "not a directory" in line
    assert not (tmp_path / "db").exists()  # refused before the store and the crawl


def test_unwritable_out(
    tmp_path: Path, read_only: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _make_read_only(out, read_only)
    assert _run(tmp_path, out, tmp_path / "db" / "s.sqlite3") == 1
    line = _one_line(capsys.readouterr().err)
    assert str(out) in line and "cannot write" in line
    assert not (tmp_path / "db").exists()


def test_read_only_store_and_store_folder(
    tmp_path: Path, read_only: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "s.sqlite3"
    Store(db).close()
    before = db.read_bytes()
    _make_read_only(db, read_only)
    assert _run(tmp_path, tmp_path / "out", db) == 1
    assert str(db) in _one_line(capsys.readouterr().err)
    _make_read_only(folder, read_only)
    assert _run(tmp_path, tmp_path / "out", db) == 1
    line = _one_line(capsys.readouterr().err)
    assert str(folder) in line and "cannot write" in line
    assert db.read_bytes() == before


def _corrupt_index(db: Path) -> None:
    with Store(db) as store:
        for i in range(300):
            text = f"Article {i} about the port. " * 20
            store.upsert_article(Article(url=f"https://example.org/{i}", title=f"t{i}", text=text))
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='articles_hash'").fetchone()
    con.close()
    with db.open("r+b") as fh:
        fh.seek((root[0] - 1) * page_size)
        fh.write(b"\x0d" + os.urandom(page_size - 1))  # a leaf page of garbage


def test_damaged_store_is_refused_and_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db" / "s.sqlite3"
    db.parent.mkdir()
    _corrupt_index(db)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    assert _run(tmp_path, tmp_path / "out", db) == 2
    line = _one_line(capsys.readouterr().err)
    assert str(db) in line and "damaged SQLite store" in line and "quick_check" in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    with pytest.raises(InputError, match="damaged"):
        Store(db)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_a_sound_store_opens(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    with Store(db) as store:
        store.upsert_article(Article(url="https://example.org/a", title="t", text="port " * 30))
    with Store(db) as store:
        assert len(store.articles()) == 1


@pytest.mark.parametrize(
    "db", ["mysql://user:secret@db.example/news", "sqlite:///tmp/news.db", "mysql://[x"]
)
def test_a_store_url_of_another_kind_is_refused(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not taken for a file path: that made a "mysql:" folder holding a new, empty store."""
    monkeypatch.chdir(tmp_path)
    assert main(["crawl", "https://example.org/a", "--db", db]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("not a store: give a SQLite file path or a postgresql:// URL"), err
    assert "secret" not in err and len(err.splitlines()) == 1
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    "url",
    ["postgresql://news:s3cret-pw@[bad/x", "postgresql://news:s3cret-pw@db.invalid:99999999/x"],
)
def test_a_postgres_error_never_shows_the_password(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """libpq quotes a URI it cannot parse whole in its message: the password is masked there
    too, not only in the name of the store."""
    pytest.importorskip("psycopg")
    assert main(["crawl", "https://example.org/a", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "cannot connect to PostgreSQL" in err and "s3cret-pw" not in err, err
    assert "news:***@" in err or "***@" in err


def test_newsbrief_db_of_another_kind_is_refused_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """$NEWSBRIEF_DB=mysql://... was taken for a path (a "mysql:" folder with a new store);
    and `run` says so in one line, before its warnings about sites and models."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSBRIEF_DB", "mysql://user:secret@db.example/news")
    assert main(["run", str(_story(tmp_path)), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].endswith(
        "not a store: give a SQLite file path or a postgresql:// URL"
    )
    assert "secret" not in err[0] and not (tmp_path / "mysql:").exists()
