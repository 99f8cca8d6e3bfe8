"""A .warc.gz whose record inflates past the truncation check's 1 MiB read, followed by
another record, is read to its end: the check spun for ever on the rest of that chunk."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from pipeline.storage.archive import ArchiveReport, ArchiveWriter, ReplayEntry, iter_pages
from tests.cli_helpers import cli_cmd, offline_env

HTML = (("Content-Type", "text/html; charset=utf-8"),)


def _page(title: str, paragraphs: int) -> bytes:
    text = "<p>Le port a ouvert un nouveau terminal de conteneurs lundi matin, dit la mairie.</p>"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{text * paragraphs}</article></body></html>"
    ).encode()


def _archive(path: Path, big: int) -> Path:
    """A big page (`big` paragraphs, a few KB gzipped) then a small one, a member each."""
    with ArchiveWriter(path) as w:
        w.write(ReplayEntry("https://example.org/big", 200, HTML, _page("Le port", big)), "OK")
        w.write(ReplayEntry("https://example.org/small", 200, HTML, _page("La gare", 4)), "OK")
    return path


@pytest.mark.parametrize("big", [4, 30_000])  # 2.6 MB inflated: past the check's 1 MiB reads
def test_a_record_over_a_mebibyte_then_another_is_read_to_the_end(big: int, tmp_path: Path) -> None:
    archive = _archive(tmp_path / "crawl.warc.gz", big)
    done = subprocess.run(
        cli_cmd("process", str(archive), "--out", str(tmp_path / "out.jsonl")),
        capture_output=True, text=True, timeout=60, env=offline_env(tmp_path), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode in (0, 3), done.stderr[-2000:]
    assert "truncated" not in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count('"url"') >= 1


def _too_long(signum: int, frame: object) -> None:
    raise TimeoutError("the archive's truncation check did not end")


def test_the_truncation_check_counts_the_whole_archive(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "crawl.warc.gz", 30_000)
    report = ArchiveReport(str(archive))
    previous = signal.signal(signal.SIGALRM, _too_long)
    signal.alarm(30)  # the loop calls zlib again and again: the alarm gets in between
    try:
        urls = [page.url for page in iter_pages(archive, report=report)]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert urls == ["https://example.org/big", "https://example.org/small"]
    assert report.truncated_at is None and report.size == archive.stat().st_size


def test_an_archive_to_append_to_that_is_no_warc_is_exit_2_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--archive articles.jsonl` (a slip of the hand) appended WARC records to it."""
    import logging

    from pipeline.app.cli import main

    not_warc = tmp_path / "articles.jsonl"
    not_warc.write_text('{"url": "https://example.org/1"}\n', encoding="utf-8")
    before = not_warc.read_bytes()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        code = main(
            ["crawl", "https://example.org/a", "--replay", str(_archive(tmp_path / "r.warc.gz", 4)),
             "--archive", str(not_warc), "--db", str(tmp_path / "s.sqlite3")]
        )  # fmt: skip
    finally:
        root.handlers[:], root.level = saved
    assert code == 2
    err = capsys.readouterr().err
    assert f"{not_warc}: not a WARC archive" in err and len(err.strip().splitlines()) == 1, err
    assert not_warc.read_bytes() == before and not (tmp_path / "s.sqlite3").exists()


def test_an_empty_or_warc_archive_is_appended_to(tmp_path: Path) -> None:
    from pipeline.storage.archive import check_archive_target

    (tmp_path / "empty.warc.gz").write_bytes(b"")
    for path in (tmp_path / "new.warc.gz", tmp_path / "empty.warc.gz"):
        check_archive_target(path)
    check_archive_target(_archive(tmp_path / "crawl.warc.gz", 4))
