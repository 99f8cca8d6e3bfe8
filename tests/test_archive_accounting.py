"""A WARC's bad records and truncation reach rejects.jsonl and run.json (issue 14, item 2):
for `run --replay` and `process --rejects`; a truncated uncompressed .warc is detected."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.storage.archive import ArchiveReport, ArchiveWriter, ReplayEntry, iter_pages
from tests.cli_helpers import read_jsonl, run_cli, store_args
from tests.test_faults_run import _article, _feed
from tests.test_hostile_archive import _warc

BASE = "https://news.example.org"
HTML = (("Content-Type", "text/html; charset=utf-8"),)
RSS = (("Content-Type", "application/rss+xml"),)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


def test_a_truncated_plain_warc_is_detected(tmp_path: Path) -> None:
    whole = _warc(tmp_path / "whole.warc", 7)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) // 2])
    report = ArchiveReport(str(cut))
    pages = list(iter_pages(cut, report=report))
    assert 0 < len(pages) < 7
    # Whole records end before the cut; the cut record's start is where reading stopped.
    assert report.truncated_at is not None and 0 < report.truncated_at < len(data) // 2
    assert data[report.truncated_at :].startswith(b"WARC/1")
    clean = ArchiveReport(str(whole))
    assert len(list(iter_pages(whole, report=clean))) == 7 and clean.clean
    # Cut inside a record's headers: truncated too.
    head_cut = tmp_path / "head.warc"
    head_cut.write_bytes(data[: report.truncated_at + 20])
    again = ArchiveReport(str(head_cut))
    list(iter_pages(head_cut, report=again))
    assert again.truncated_at == report.truncated_at


def test_process_writes_bad_records_and_truncation_to_rejects(tmp_path: Path) -> None:
    path = _warc(tmp_path / "a.warc", 5, bad=2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # and the last record cut short
    rejects = tmp_path / "rejects.jsonl"
    code = main(
        ["process", str(path), "--out", str(tmp_path / "a.jsonl"), "--rejects", str(rejects)]
    )
    assert code == 3
    rows = read_jsonl(rejects)
    reasons = sorted(r["reason"] for r in rows)
    assert reasons == ["bad_record", "truncated"], rows
    bad = next(r for r in rows if r["reason"] == "bad_record")
    assert bad["url"].startswith(path.resolve().as_uri() + "#byte=")
    assert "malformed HTTP status" in bad["detail"]
    truncated = next(r for r in rows if r["reason"] == "truncated")
    assert f"of {len(data) - 200} bytes" in truncated["detail"]


def _replay_warc(path: Path) -> tuple[Path, int]:
    """A feed listing three articles; the second's status line is garbage; the file is cut
    inside the third. Returns the path and the cut file's size."""
    paths = ["/a/1.html", "/a/2.html", "/a/3.html"]
    with ArchiveWriter(path) as w:
        w.write(ReplayEntry(f"{BASE}/feed.xml", 200, RSS, _feed(BASE, paths)))
        for i, p in enumerate(paths, 1):
            body = _article(f"智谱上市第{i}天", f"2026-01-0{i + 5}T10:00:00+08:00")
            w.write(ReplayEntry(f"{BASE}{p}", 200, HTML, body), reason="BROKEN" if i == 2 else "OK")
    data = path.read_bytes().replace(b"HTTP/1.1 200 BROKEN", b"HTTP/1.1 2x0 BROKEN")
    cut = data[: len(data) - 400]
    path.write_bytes(cut)
    return path, len(cut)


def test_run_replay_reports_archive_problems_in_rejects_and_run_json(tmp_path: Path) -> None:
    warc, size = _replay_warc(tmp_path / "replay.warc")
    story = tmp_path / "story.toml"
    story.write_text(
        'id = "replayed"\ntitle_hint = "Zhipu AI en Bourse"\nkeywords = ["智谱"]\n'
        'sites = ["generic"]\ndate_from = 2026-01-01\ndate_to = 2026-01-31\n'
        f'[entry_points]\ngeneric = ["{BASE}/feed.xml"]\n',
        encoding="utf-8",
    )
    done = run_cli(
        tmp_path, "run", str(story), "--replay", str(warc), *store_args(tmp_path), timeout=120
    )
    day = next((tmp_path / "out" / "replayed").glob("20*"), None)
    assert day is not None, done.stderr[-3000:]
    report = json.loads((day / "run.json").read_text("utf-8"))
    assert done.returncode == 3 and report["exit_code"] == 3, done.stderr[-2000:]
    assert report["counts"]["archive_problems"] == 2, report["counts"]
    rows = read_jsonl(day / "rejects.jsonl")
    problems = {r["reason"]: r for r in rows if r["reason"] in ("bad_record", "truncated")}
    assert set(problems) == {"bad_record", "truncated"}, rows
    assert problems["truncated"]["url"] == warc.resolve().as_uri()
    assert f"of {size} bytes" in problems["truncated"]["detail"]
    assert report["counts"]["new"] >= 1  # the good record before them still made an article
