"""Store paths and store contents a run met as internal errors or wrote into: another
application's SQLite database, a row damaged outside newsbrief, a store path that is a
symlink loop, a name too long for the file system or a directory. Each is exit 2 naming
the store, and the file is left as it was."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.errors import InputError
from pipeline.records import Article
from pipeline.storage import Store

STORY = (
    'id = "harbour"\ntitle_hint = "Harbour"\nkeywords = ["harbour"]\nsites = ["generic"]\n'
    '[entry_points]\ngeneric = ["https://example.org/feed"]\n'
)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


def _run(tmp: Path, db: Path) -> int:
    story = tmp / "story.toml"
    story.write_text(STORY, encoding="utf-8")
    (tmp / "replay").mkdir(exist_ok=True)
    (tmp / "replay" / "manifest.json").write_text('{"pages": []}', encoding="utf-8")
    return main(
        ["run", str(story), "--db", str(db), "--out", str(tmp / "out"),
         "--replay", str(tmp / "replay"), "--backend", "extractive"]
    )  # fmt: skip


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith("INFO ")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_another_applications_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Marie')")
    before = db.read_bytes()
    assert _run(tmp_path, db) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{db}: a SQLite database of another application (tables: contacts)" in line, line
    assert db.read_bytes() == before  # no newsbrief tables, the journal not switched to WAL


def _article(i: int) -> Article:
    return Article(
        url=f"https://example.org/{i}", title=f"Le port {i}", language="fr",
        text=f"Le port {i} a ouvert un nouveau terminal lundi.",
        fetched_at=datetime(2026, 1, 8, tzinfo=UTC),
    )  # fmt: skip


@pytest.mark.parametrize("damage", ["{not json", "[1, 2]", '{"title": "no id"}', "null"])
def test_a_damaged_row_is_bad_input_naming_the_store(damage: str, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    with Store(db) as store:
        store.upsert_many([_article(1), _article(2)])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET data = ? WHERE rowid = 1", (damage,))
    with Store(db) as store, pytest.raises(InputError) as raised:
        store.articles()
    assert str(raised.value).startswith(f"{db}: a damaged article row (")
    with sqlite3.connect(db) as conn:  # nothing rewritten
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_a_loop_of_links_as_the_store_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.sqlite3").symlink_to(tmp_path / "b.sqlite3")
    (tmp_path / "b.sqlite3").symlink_to(tmp_path / "a.sqlite3")
    assert _run(tmp_path, tmp_path / "a.sqlite3") == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{tmp_path / 'a.sqlite3'}: a loop of symbolic links" in line, line


def test_a_store_name_too_long_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / ("s" * 300 + ".sqlite3")
    assert _run(tmp_path, db) == 2
    line = _one_line(capsys.readouterr().err)
    assert "File name too long" in line and str(tmp_path) in line, line


def test_a_directory_as_the_store_is_exit_2_for_a_run_as_for_a_crawl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite3"
    db.mkdir()
    assert _run(tmp_path, db) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{db}: is a directory, not a SQLite database file" in line, line


def test_an_output_that_is_an_input_is_exit_2_and_the_input_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`crawl --db S --out S` replaced the store with a line of JSON (every stored article
    lost); `process A --out A` and `crawl -i urls.txt --out urls.txt` replaced their input."""
    db = tmp_path / "store.sqlite3"
    with Store(db) as store:
        store.upsert_many([_article(1)])
    urls = tmp_path / "urls.txt"
    urls.write_text("https://example.org/1\n", encoding="utf-8")
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
    replay = tmp_path / "replay"
    replay.mkdir()
    (replay / "manifest.json").write_text('{"pages": []}', encoding="utf-8")
    runs = {
        db: ["crawl", "https://example.org/1", "--replay", str(replay), "--db", str(db),
             "--out", str(db)],
        urls: ["crawl", "-i", str(urls), "--replay", str(replay), "--out", str(urls)],
        archive: ["process", str(archive), "--out", str(tmp_path / "o.jsonl"),
                  "--rejects", str(archive)],
    }  # fmt: skip
    for given, args in runs.items():
        before = given.read_bytes()
        assert main(args) == 2, args
        line = _one_line(capsys.readouterr().err)
        assert f"{given}: is also the input {given}" in line, line
        assert given.read_bytes() == before
