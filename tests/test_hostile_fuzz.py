"""Defects benchmarks/cli/fuzz_cli.py found, each kept fixed here: a replay page whose URL no
request can have, a page directory naming a file with a NUL, and what the harness itself
checks, on a few of its cases."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.app.cli import main
from pipeline.storage.archive import ArchiveWriter, ReplayEntry

DEMO = str(Path(__file__).resolve().parents[1] / "pipeline" / "demo")
HTML = (("Content-Type", "text/html; charset=utf-8"),)
PAGE = (
    "<html><head><title>Le port</title></head><body><article><h1>Le port</h1>"
    + "<p>Le port a ouvert un nouveau terminal de conteneurs lundi matin, dit la mairie.</p>" * 6
    + "</article></body></html>"
).encode()


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() points the root logger at this test's captured stderr: undo that after it."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


def _last_line(err: str) -> str:
    assert "Traceback" not in err and "internal error" not in err, err
    return err.strip().splitlines()[-1]


def test_a_replay_page_whose_url_no_request_can_have_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An archive record for "http://[::1/x" ended `crawl --replay` in an internal error
    (ValueError from indexing it): the other pages are replayed, the one said. Twice: a
    process's later crawls run in a child process (the reactor starts once), whose warning
    is logged again in this one (`spiders.crawl_subprocess`)."""
    archive = tmp_path / "a.warc"
    with ArchiveWriter(archive) as w:
        w.write(ReplayEntry("http://[::1/x", 200, HTML, PAGE), "OK")
        w.write(ReplayEntry("http://127.0.0.1:9/a", 200, HTML, PAGE), "OK")
    for run in ("first", "second"):
        out = tmp_path / f"{run}.jsonl"
        code = main(["crawl", "--replay", str(archive), "--out", str(out), "http://127.0.0.1:9/a"])
        err = capsys.readouterr().err
        assert code == 0, err
        assert f"{archive}: 1 page(s) left out of the replay" in err, (run, err)
        assert "'http://[::1/x'" in err, (run, err)
        assert [json.loads(line)["url"] for line in out.read_text().splitlines()] == [
            "http://127.0.0.1:9/a"
        ]


@pytest.mark.parametrize("command", ["process", "crawl"])
def test_a_page_file_name_holding_a_nul_is_exit_2(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page directory's manifest naming "a\\u0000.html" was an internal error (ValueError:
    embedded null byte, met resolving the name)."""
    folder = tmp_path / "pd"
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "a.html").write_bytes(PAGE)
    manifest = {"pages": [{"url": "http://127.0.0.1:9/a", "file": "a\u0000.html"}]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    out = str(tmp_path / "a.jsonl")
    args = ["process", str(folder), "--out", out]
    if command == "crawl":
        args = ["crawl", "--replay", str(folder), "--out", out, "http://127.0.0.1:9/a"]
    assert main(args) == 2
    line = _last_line(capsys.readouterr().err)
    assert f"{folder / 'manifest.json'}: pages[0]: 'file' holds a NUL character" in line, line


@pytest.mark.parametrize("text", ["", "# nothing yet\n\n   \n"])
def test_a_url_list_without_a_url_is_named(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`crawl -i FILE` of an empty list said "crawl: no URL to crawl", naming no file."""
    urls = tmp_path / "urls.txt"
    urls.write_text(text, encoding="utf-8")
    assert main(["crawl", "-i", str(urls), "--out", str(tmp_path / "a.jsonl")]) == 2
    line = _last_line(capsys.readouterr().err)
    assert line == f"newsbrief: error: {urls}: no URL in it (only blank lines and # comments)"


@pytest.mark.parametrize("given", ["--config", "story"])
def test_a_config_file_of_gigabytes_is_refused_unread(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 3 GiB file given as a config was read whole and parsed (47 s, gigabytes of memory)
    to say "invalid TOML" at line 1: past 16 MiB, a TOML file is refused by its size."""
    from pipeline.config.reading import TOML_FILE_LIMIT

    big = tmp_path / "big.toml"
    with big.open("wb") as fh:
        fh.truncate(TOML_FILE_LIMIT + 1)  # sparse: no disk used
    story = str(big) if given == "story" else "zhipu-ipo"
    args = ["run", story, "--out", str(tmp_path / "o"), "--db", str(tmp_path / "s.sqlite3")]
    assert main(args + (["--config", str(big)] if given == "--config" else [])) == 2
    line = _last_line(capsys.readouterr().err)
    assert f"{big}: {TOML_FILE_LIMIT + 1} bytes, over the 16 MiB" in line, line
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_store_another_process_holds_is_one_line_naming_it(
    journal: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    """A store held by another connection (a `sqlite3` shell in a transaction) was an
    internal error after 30 s, and a store still in rollback mode waited nine times that
    (over four minutes) first: now one line naming it, once the busy timeout is over."""
    import pipeline.storage.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.3)
    db = tmp_path / "s.sqlite3"
    if journal == "wal":
        store_module.Store(db).close()
    else:
        sqlite3.connect(db).close()
    before = db.read_bytes()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        code = main(["run", "zhipu-ipo", "--replay", DEMO, "--backend", "extractive",
                     "--db", str(db), "--out", str(tmp_path / "o")])  # fmt: skip
        assert time.monotonic() - started < 10
    finally:
        holder.rollback()
        holder.close()
    assert code == 1
    line = _last_line(capsys.readouterr().err)
    assert f"newsbrief: failed: {db}: locked by another process for over 0.3 s" in line, line
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["run", "zhipu-ipo", "--replay", DEMO, "--db", ""], "--db"),
        (["run", "zhipu-ipo", "--replay", DEMO, "--out", ""], "--out"),
        (["run", "zhipu-ipo", "--replay", DEMO, "--archive", ""], "--archive"),
        (["crawl", "-i", "", "http://127.0.0.1:9/a"], "-i/--input"),
        (["crawl", "--replay", DEMO, "--db", "", "http://127.0.0.1:9/a"], "--db"),
        (["process", DEMO, "--rejects", ""], "--rejects"),
        (["worker", "--frontier", "redis://127.0.0.1:9/0", "--db", ""], "--db"),
        (["run", ""], "story"),
        (["story", "new", "acme", "--keywords", "k", "--sites", "sohu", "--out", ""], "--out"),
    ],
)
def test_an_empty_path_is_exit_2_naming_the_option(
    args: list[str],
    named: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An empty value was "not given": `--db "$DB"` with DB unset wrote into the default
    store, `--out ""` into ./output, `--archive ""` was an internal error and `-i ""` was
    skipped, the crawl going on without its list."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSBRIEF_DB", str(tmp_path / "default.sqlite3"))
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    line = _last_line(capsys.readouterr().err)
    assert f"error: argument {named}: an empty path" in line, line
    assert list(tmp_path.iterdir()) == []


def test_an_output_folder_or_url_label_not_utf8_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes of no UTF-8 text (argv hands them over as lone surrogates) in `run --out` wrote
    the brief, then run.json (naming the files) was an internal error; in `extract --url`
    the printed Article was."""
    out = str(tmp_path) + "/o\udcff"
    args = ["run", "zhipu-ipo", "--replay", DEMO, "--backend", "extractive", "--out", out,
            "--db", str(tmp_path / "s.sqlite3")]  # fmt: skip
    assert main(args) == 2
    assert _last_line(capsys.readouterr().err).endswith(
        f"{tmp_path}/o\\xff: an output folder whose name is not UTF-8"
    )
    assert list(tmp_path.iterdir()) == []
    page = tmp_path / "p.html"
    page.write_bytes(PAGE)
    assert main(["extract", str(page), "--url", "http://127.0.0.1/\udcff"]) == 2
    line = _last_line(capsys.readouterr().err)
    assert line == "newsbrief: error: --url: not UTF-8 text: http://127.0.0.1/\\xff", line


@pytest.mark.parametrize("store", ["notes", "newer"])
def test_a_store_refused_by_a_run_has_nothing_made_beside_it(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run made the store's locks/ folder (and took a story lock in it) before opening the
    store it then refused: `run --db ~/notes.txt` left ~/locks/<story>.lock behind."""
    folder = tmp_path / "mine"
    folder.mkdir()
    db = folder / "s.sqlite3"
    if store == "notes":
        db.write_text("my notes, no database\n", encoding="utf-8")
    else:
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE later (x)")
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    before = db.read_bytes()
    args = ["run", "zhipu-ipo", "--replay", DEMO, "--backend", "extractive", "--db", str(db),
            "--out", str(tmp_path / "o")]  # fmt: skip
    assert main(args) == 2
    assert str(db) in _last_line(capsys.readouterr().err)
    assert [p.name for p in folder.iterdir()] == ["s.sqlite3"] and db.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["run", "s\udcff"],
        ["eval", "extraction", "c\udcff"],
        ["run", "zhipu-ipo", "--config", "c\udcff"],
    ],
)
def test_a_name_of_no_utf8_text_is_shown_as_its_bytes(
    args: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """These lines showed such a name as Python's escape of a lone surrogate (s\\udcff), not
    as the byte the user's shell shows (s\\xff) and the other lines print."""
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    line = _last_line(capsys.readouterr().err)
    assert "\\xff:" in line and "udc" not in line, line


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"])
def test_an_article_time_out_of_range_once_converted_is_exit_2(
    when: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date the datetime range holds only in its own zone was read, then the brief's
    conversion to Shanghai's day was an internal error (OverflowError)."""
    article = {"url": "http://127.0.0.1:9/a", "title": "Zhipu", "published_at": when,
               "text": "智谱 Zhipu AI 在香港上市，股价上涨 13%。" * 20}  # fmt: skip
    articles = tmp_path / "a.jsonl"
    articles.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["brief", str(articles), "--story", "zhipu-ipo", "--backend", "extractive",
            "--out", str(tmp_path / "o")]  # fmt: skip
    assert main(args) == 2
    line = _last_line(capsys.readouterr().err)
    assert line == f"newsbrief: error: {articles}:1: 'published_at' is out of range: {when!r}"


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("a\x00b\ten\t.", "manifest.tsv:3: a NUL character in name or dir"),
        ("a" * 200_000 + "\ten\t.", "manifest.tsv:3: not a TSV line (field larger than"),
    ],
)
def test_a_manifest_row_no_page_can_have_is_exit_2(
    row: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL in a page's name (ValueError resolving it) and a field past the csv reader's
    128 KiB limit (csv.Error) were internal errors of `eval extraction`."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "manifest.tsv").write_text(f"name\tlanguage\tdir\nok\ten\t.\n{row}\n", "utf-8")
    assert main(["eval", "extraction", str(corpus)]) == 2
    line = _last_line(capsys.readouterr().err)
    assert f"{corpus}/{said}" in line, line


def test_a_frontier_of_no_utf8_text_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`worker --frontier $'redis://\\xff/0'` was an internal error: the Redis client's IDNA
    encoding of the host raised UnicodeError."""
    args = ["worker", "--frontier", "redis://\udcff/0", "--db", str(tmp_path / "s.sqlite3")]
    assert main(args) == 2
    line = _last_line(capsys.readouterr().err)
    assert line == (
        "newsbrief: error: frontier: 'redis://\\xff/0' is not a valid URL "
        "(it holds bytes that are not UTF-8 text)"
    ), line


def test_the_fuzz_harness_passes_on_the_cases_of_these_defects() -> None:
    """benchmarks/cli/fuzz_cli.py, on a few of its cases (the whole matrix is minutes)."""
    harness = Path(__file__).resolve().parents[1] / "benchmarks" / "cli" / "fuzz_cli.py"
    only = ["story/entry-v6-junk", "urls/list-empty", "pagedir/process-file-nul",
            "cmd/eval-manifest-name-nul", "cmd/worker-frontier-bytes", "opt/run--db=empty"]  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(harness), "--only", *only], capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{'all':<14}{len(only):>7}{0:>8}" in done.stdout, done.stdout
