"""A story file from someone else cannot make `run` or `brief` write outside --out or the
lock folder: bad ids are refused at load (exit 2 naming file and key), and every output path
is checked to stay under its root."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.app.story import story_dir
from pipeline.config import StoryConfig
from pipeline.errors import InputError
from pipeline.storage.archive import ArchiveWriter, ReplayEntry
from pipeline.storage.files import StoryLock, contained
from pipeline.storage.store import Store

HTML = (("Content-Type", "text/html; charset=utf-8"),)
BAD_IDS = ["../../escape", "/tmp/newsbrief-abs-escape", "", ".", "..", "a/../../b", "Up"]


def _story(tmp: Path, story_id: str) -> Path:
    path = tmp / "story.toml"
    path.write_text(
        f'id = {json.dumps(story_id)}\ntitle_hint = "Harbour"\nkeywords = ["harbour"]\n',
        encoding="utf-8",
    )
    return path


def _articles(tmp: Path) -> Path:
    path = tmp / "articles.jsonl"
    text = "The harbour authority opened a new terminal on Monday. " * 6
    row = {"url": "https://example.org/a", "title": "Harbour terminal", "text": text}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize("story_id", BAD_IDS)
def test_run_refuses_an_id_that_would_leave_out(
    story_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    story = _story(work, story_id)
    before = _tree(tmp_path)
    code = main(
        ["run", str(story), "--db", str(work / "db" / "s.sqlite3"), "--out", str(work / "out"),
         "--replay", str(work)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert f"{story}: id" in err and "not a story id" in err
    assert _tree(tmp_path) == before  # nothing written anywhere: no lock, no store, no brief
    assert not Path("/tmp/newsbrief-abs-escape").exists()


@pytest.mark.parametrize("story_id", BAD_IDS)
def test_brief_refuses_an_id_that_would_leave_out(
    story_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    story, articles = _story(work, story_id), _articles(work)
    before = _tree(tmp_path)
    code = main(
        ["brief", str(articles), "--story", str(story), "--backend", "extractive",
         "--out", str(work / "out")]
    )  # fmt: skip
    assert code == 2
    assert f"{story}: id" in capsys.readouterr().err
    assert _tree(tmp_path) == before


def test_a_good_id_writes_only_under_out(tmp_path: Path) -> None:
    work = tmp_path / "w"
    work.mkdir()
    code = main(
        ["brief", str(_articles(work)), "--story", str(_story(work, "harbour-2026")),
         "--backend", "extractive", "--out", str(work / "out")]
    )  # fmt: skip
    assert code == 0
    written = _tree(work / "out")
    assert "harbour-2026/latest" in written and "harbour-2026/feed.atom" in written
    assert _tree(tmp_path) - {"w/out/" + p for p in written} == {
        "w", "w/out", "w/story.toml", "w/articles.jsonl"
    }  # fmt: skip


@pytest.mark.parametrize("story_id", ["../../escape", "/abs/escape", "", ".", "x/../.."])
def test_output_and_lock_paths_are_contained_even_past_load(story_id: str, tmp_path: Path) -> None:
    """Defence in depth: a StoryConfig built in code (the library API) is checked too."""
    story = StoryConfig(id=story_id, title_hint="t", keywords=("k",))
    with pytest.raises(InputError, match="leaves its folder"):
        story_dir(tmp_path / "out", story)
    with pytest.raises(InputError, match="leaves its folder"):
        StoryLock(tmp_path / "locks", story_id, "test")
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "story").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(InputError):
        contained(tmp_path / "out", "story")
    assert contained(tmp_path / "out", "other") == tmp_path / "out" / "other"


def _warc(tmp: Path) -> Path:
    """A one-record WARC (a response) written here, for `process`."""
    path = tmp / "one.warc.gz"
    body = b"<html><head><title>Harbour</title></head><body><p>The harbour opened.</p></body>"
    with ArchiveWriter(path) as writer:
        writer.write(ReplayEntry("https://example.org/a", 200, HTML, body), reason="OK")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["crawl", "https://example.org/a", "--out", "{dir}"],
        ["crawl", "https://example.org/a", "--archive", "{dir}"],
        ["process", "{warc}", "--out", "{dir}"],
        ["process", "{warc}", "--rejects", "{dir}"],
        ["run", "{story}", "--archive", "{dir}", "--db", "{tmp}/s.sqlite3", "--out", "{tmp}/o"],
    ],
    ids=["crawl --out", "crawl --archive", "process --out", "process --rejects", "run --archive"],
)
def test_a_directory_given_as_an_output_file(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused before anything is fetched or read: one line naming it (it used to end, after
    the work, in an internal error: IsADirectoryError)."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    values = {
        "dir": str(folder),
        "warc": str(_warc(tmp_path)),
        "story": str(_story(tmp_path, "harbour")),
        "tmp": str(tmp_path),
    }
    assert main([arg.format(**values) for arg in argv]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"newsbrief: failed: {folder}: is a directory, expected a file", err
    assert "Traceback" not in "\n".join(err) and not any(folder.iterdir())
    assert not (tmp_path / "o").exists()


def _article_warc(tmp: Path) -> Path:
    """A WARC of one article page (it makes one JSON line)."""
    path = tmp / "article.warc.gz"
    text = "<p>The harbour authority opened a new container terminal on Monday morning.</p>" * 6
    body = f"<html><head><title>Harbour</title></head><body><h1>Harbour</h1>{text}</body></html>"
    with ArchiveWriter(path) as writer:
        writer.write(ReplayEntry("https://example.org/a", 200, HTML, body.encode()), reason="OK")
    return path


def test_an_output_that_is_no_plain_file_is_written_into_not_replaced(tmp_path: Path) -> None:
    """A FIFO (as /dev/stdout or /dev/null are devices) gets the lines; renaming a temp file
    over it, as a plain file is replaced, would put a file where the node was."""
    fifo = tmp_path / "articles.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["-q", "process", str(_article_warc(tmp_path)), "--out", str(fifo)]) == 0
    reader.join(10)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [json.loads(line)["title"] for line in got[0].splitlines()] == ["Harbour"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.warc.gz", "articles.fifo"]


@pytest.mark.parametrize("exists", [True, False])
def test_an_output_link_stays_a_link(tmp_path: Path, exists: bool) -> None:
    target = tmp_path / "kept" / "articles.jsonl"
    target.parent.mkdir()
    if exists:
        target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "articles.jsonl"
    link.symlink_to(target)
    assert main(["-q", "process", str(_article_warc(tmp_path)), "--out", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert [json.loads(line)["title"] for line in target.read_text().splitlines()] == ["Harbour"]


def test_a_full_disk_is_one_line_naming_the_output(tmp_path: Path) -> None:
    """A write that fails (here a file size limit: as a full disk, an OSError in mid-write)
    is one line naming the file, exit 1, and no half file or temp file is left."""
    out = tmp_path / "articles.jsonl"
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))\n"
        "from pipeline.app.cli import main\n"
        "sys.exit(main(['-q', 'process', sys.argv[1], '--out', sys.argv[2]]))\n"
    )
    warc = _article_warc(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script, str(warc), str(out)], capture_output=True, text=True
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"newsbrief: failed: {out}: cannot write: File too large"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.warc.gz"]


def test_a_store_path_that_is_no_plain_file_is_refused_untouched(tmp_path: Path) -> None:
    fifo = tmp_path / "store.fifo"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is not a regular file"):
        Store(fifo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.fifo"]  # no -journal beside


def test_standard_output_with_no_room_left_is_one_line(tmp_path: Path) -> None:
    """`newsbrief extract page.html > file` on a full disk (a file size limit here): one line,
    exit 1, not an internal error, and nothing more said as Python exits."""
    page = tmp_path / "page.html"
    text = "<p>The harbour authority opened a new container terminal on Monday morning.</p>" * 6
    page.write_text(f"<html><head><title>Harbour</title></head><body>{text}</body></html>")
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))\n"
        "from pipeline.app.cli import main\n"
        "sys.exit(main(['extract', sys.argv[1]]))\n"
    )
    with (tmp_path / "out.json").open("w") as out:
        done = subprocess.run(
            [sys.executable, "-c", script, str(page)], stdout=out, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == [
        "newsbrief: failed: standard output: cannot write: File too large"
    ]
