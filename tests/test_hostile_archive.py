"""Archives: a file that is not a WARC is exit 2 naming it; a bad record is skipped, counted
and reported while reading goes on; a truncated archive is reported with how far it was read
(exit 3)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.errors import InputError
from pipeline.storage.archive import ArchiveReport, ArchiveWriter, ReplayEntry, iter_pages


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() points the root logger at a test's captured stderr: undo that after it."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


HTML = (("Content-Type", "text/html; charset=utf-8"),)


def _page(i: int) -> bytes:
    text = f"<p>Le port numéro {i} a ouvert un nouveau terminal de conteneurs lundi matin.</p>"
    return f"<html><head><title>Port {i}</title></head><body><article>{text * 4}</article></body></html>".encode()


def _warc(path: Path, n: int, bad: int | None = None) -> Path:
    with ArchiveWriter(path) as w:
        for i in range(n):
            entry = ReplayEntry(f"https://example.org/{i}", 200, HTML, _page(i))
            w.write(entry, reason="BROKEN STATUS LINE" if i == bad else "OK")
    if bad is not None:  # rewrite that record's status line into garbage
        data = path.read_bytes()  # a plain .warc: the status line is there as text
        path.write_bytes(
            data.replace(b"HTTP/1.1 200 BROKEN STATUS LINE", b"HTTP/1.1 2x0 BROKEN STATUS LINE")
        )
    return path


def _process(path: Path, out: Path) -> int:
    return main(["process", str(path), "--out", str(out)])


@pytest.mark.parametrize(
    "content, problem",
    [(os.urandom(4096), "not a WARC"), (b"", "empty file"), (b"<html>hello</html>", "not a WARC")],
)
def test_a_file_that_is_not_a_warc_is_exit_2(
    content: bytes, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(content)
    assert _process(path, tmp_path / "a.jsonl") == 2
    err = capsys.readouterr().err
    assert f"{path}: " in err and problem in err and "Traceback" not in err
    assert not (tmp_path / "a.jsonl").exists()


def test_a_bad_record_between_good_ones_is_skipped_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _warc(tmp_path / "a.warc", 5, bad=2)
    report = ArchiveReport(str(path))
    urls = [p.url for p in iter_pages(path, report=report)]
    assert urls == [f"https://example.org/{i}" for i in (0, 1, 3, 4)]
    assert len(report.bad_records) == 1 and "malformed HTTP status" in report.bad_records[0][1]
    out = tmp_path / "a.jsonl"
    assert _process(path, out) == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    err = capsys.readouterr().err
    assert f"{path}: record at byte {report.bad_records[0][0]} skipped" in err


def test_a_truncated_gzip_archive_is_reported_with_how_far_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _warc(tmp_path / "whole.warc.gz", 7)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    report = ArchiveReport(str(cut))
    pages = list(iter_pages(cut, report=report))
    assert 0 < len(pages) < 7
    assert report.truncated_at is not None and 0 < report.truncated_at < len(data) // 2
    out = tmp_path / "cut.jsonl"
    assert _process(cut, out) == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(pages)
    err = capsys.readouterr().err
    assert f"truncated: read {report.truncated_at} of {len(data) // 2} bytes" in err
    clean = ArchiveReport(str(whole))
    assert len(list(iter_pages(whole, report=clean))) == 7 and clean.clean


def test_iter_pages_refuses_a_non_warc(tmp_path: Path) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(InputError, match="not a WARC"):
        list(iter_pages(path))


def test_a_record_warcio_trips_on_ends_the_reading_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A response record without WARC-Target-URI made warcio's parser raise AttributeError:
    an internal error, the good records before it lost. Now they stand (exit 3) and the
    record is reported by its offset."""
    good = _warc(tmp_path / "good.warc", 2).read_bytes()
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n"
    path = tmp_path / "a.warc"
    path.write_bytes(good + bad)
    report = ArchiveReport(str(path))
    assert [p.url for p in iter_pages(path, report=report)] == [
        "https://example.org/0",
        "https://example.org/1",
    ]
    assert report.bad_records[0][0] == len(good) and "unreadable" in report.bad_records[0][1]
    out = tmp_path / "a.jsonl"
    assert _process(path, out) == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    err = capsys.readouterr().err
    assert f"record at byte {len(good)} skipped: unreadable" in err and "internal" not in err
    # what is wrong, in the archive's terms; not the Python error inside warcio's parser
    assert "WARC headers are incomplete or malformed" in err and "NoneType" not in err


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_damaged_archives_never_end_in_an_internal_error(
    gz: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seeded damage (bytes flipped, cut, repeated, header values replaced) to a sound WARC:
    every run ends in 0, 2 or 3 with one-line problems, never an internal error. (On the
    code before `_records`, 246 of 600 such archives did.)"""
    import random

    rng = random.Random(20261203)
    sound = _warc(tmp_path / ("sound.warc.gz" if gz else "sound.warc"), 4).read_bytes()
    path = tmp_path / ("m.warc.gz" if gz else "m.warc")
    for _ in range(40):
        data = bytearray(sound)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(data))
            kind = rng.choice(["flip", "cut", "repeat", "value"])
            if kind == "flip":
                data[i] = rng.randrange(256)
            elif kind == "cut":
                del data[i : i + rng.randint(1, 200)]
            elif kind == "repeat":
                data[i:i] = data[i : i + rng.randint(1, 200)]
            else:
                key = rng.choice([b"Content-Length: ", b"WARC-Target-URI: ", b"WARC-Type: "])
                at = data.find(key)
                if at >= 0:
                    value = rng.choice([b"", b"x", b"99999999999", b"-5", b"\xff\xfe"])
                    data[at + len(key) : at + len(key) + rng.randint(0, 12)] = value
        path.write_bytes(bytes(data))
        code = _process(path, tmp_path / "out.jsonl")
        err = capsys.readouterr().err
        assert code in (0, 2, 3) and "internal error" not in err and "Traceback" not in err, err


def test_a_record_longer_than_its_content_length_is_one_log_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """warcio wrote its own three-line warning straight to stderr ("WARNING: Record not
    followed by newline ... Remainder: ..."), which broke --log-format json; it is one of our
    log lines now, JSON with --log-format json."""
    good = _warc(tmp_path / "good.warc", 1).read_bytes()
    length = int(good.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0])
    short = good.replace(
        f"Content-Length: {length}".encode(), f"Content-Length: {length - 9}".encode(), 1
    )
    path = tmp_path / "short.warc"
    path.write_bytes(short)
    assert main(["--log-format", "json", "process", str(path), "--out", str(tmp_path / "o")]) in (
        0,
        3,
    )
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines and all(json.loads(line) for line in lines), lines
    assert any("not followed by a blank line" in json.loads(line)["message"] for line in lines)


@pytest.mark.parametrize(
    ("field", "said"),
    [
        ('"status": "abc"', "'status' must be an HTTP status (100-599), got 'abc'"),
        ('"status": 99999', "'status' must be an HTTP status (100-599), got 99999"),
        ('"url": 5', "'url' must be a non-empty string, got 5"),
        ('"file": 5', "'file' must be a non-empty string, got 5"),
        ('"headers": [1, 2]', "'headers' must be an object of strings"),
        ('"headers": {"ETag": 5}', "'headers' must be an object of strings"),
        ('"site": ["x"]', "'site' must be a string"),
    ],
)
def test_a_page_directory_with_a_field_of_the_wrong_type(
    field: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each was an internal error (int('abc'), Path / 5, list.items) or taken as it was."""
    pages = tmp_path / "dir" / "pages"
    pages.mkdir(parents=True)
    (pages / "a.html").write_bytes(_page(1))
    page = '{"url": "https://example.org/a", "file": "a.html"}'
    key = field.split(":", 1)[0]
    page = page.replace('"url": "https://example.org/a"', field) if key == '"url"' else page
    page = page.replace('"file": "a.html"', field) if key == '"file"' else page
    if key not in ('"url"', '"file"'):
        page = page[:-1] + f", {field}}}"
    (tmp_path / "dir" / "manifest.json").write_text(f'{{"pages": [{page}]}}', encoding="utf-8")
    assert _process(tmp_path / "dir", tmp_path / "out.jsonl") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "manifest.json: pages[0]: " in err[0] and said in err[0], err


def test_a_body_that_cannot_be_decoded_skips_its_page_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One record whose body inflates past the size cap (a decompression bomb), is damaged,
    or names an encoding we cannot undo ended `process` of the whole archive (exit 2,
    'body: decompressed body exceeds ...', no page named). Now that page is skipped and
    named, and the others are read; a brotli body (what Scrapy decodes at fetch) is read."""
    import gzip

    import brotli  # type: ignore[import-untyped]

    from pipeline.storage.archive import DEFAULT_MAX_BODY

    bomb = gzip.compress(b"<p>" + b"0" * (DEFAULT_MAX_BODY + 10) + b"</p>")
    bodies = {
        "good": (HTML, _page(0)),
        "bomb": ((*HTML, ("Content-Encoding", "gzip")), bomb),
        "damaged": ((*HTML, ("Content-Encoding", "gzip")), b"\x1f\x8b\x08\x00garbage"),
        "zstd": ((*HTML, ("Content-Encoding", "zstd")), b"(\xb5/\xfd"),
        "br": ((*HTML, ("Content-Encoding", "br")), brotli.compress(_page(1))),
    }
    path = tmp_path / "mixed.warc"
    with ArchiveWriter(path) as w:
        for name, (headers, body) in bodies.items():
            w.write(ReplayEntry(f"https://example.org/{name}", 200, headers, body))
    report = ArchiveReport(str(path))
    assert [p.url for p in iter_pages(path, report=report)] == [
        "https://example.org/good",
        "https://example.org/br",
    ]
    assert [url.rsplit("/", 1)[1] for url, _ in report.bad_bodies] == ["bomb", "damaged", "zstd"]
    out, rejects = tmp_path / "a.jsonl", tmp_path / "rejects.jsonl"
    code = main(["process", str(path), "--out", str(out), "--rejects", str(rejects)])
    assert code == 3  # done, with pages skipped
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    err = capsys.readouterr().err
    assert f"{path}: https://example.org/bomb: page skipped: decompressed body exceeds" in err
    assert "Traceback" not in err
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert {r["url"]: r["reason"] for r in rows} == {
        f"https://example.org/{n}": "undecodable" for n in ("bomb", "damaged", "zstd")
    }


def test_a_record_too_large_to_read_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 300 MB record was read whole (667 MB peak) only to be rejected as too large: one
    record's body is read up to MAX_RECORD_BODY bytes, a larger one is a skipped record."""
    from pipeline.storage import archive_reader

    monkeypatch.setattr(archive_reader, "MAX_RECORD_BODY", 2000)
    path = tmp_path / "big.warc"
    with ArchiveWriter(path) as w:
        w.write(ReplayEntry("https://example.org/big", 200, HTML, b"<p>" + b"x" * 5000 + b"</p>"))
        w.write(ReplayEntry("https://example.org/small", 200, HTML, _page(3)))
    report = ArchiveReport(str(path))
    assert [p.url for p in iter_pages(path, report=report)] == ["https://example.org/small"]
    assert report.bad_records == [(0, "body over 2000 bytes, not read")]
    assert _process(path, tmp_path / "a.jsonl") == 3
    assert "record at byte 0 skipped: body over 2000 bytes" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["fifo", "directory", "huge"])
def test_a_page_file_that_is_no_regular_readable_page_is_exit_2(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO as a page file blocked `process` for ever; a huge one was read whole."""
    from pipeline.storage import archive_pagedir

    monkeypatch.setattr(archive_pagedir, "MAX_RECORD_BODY", 2000)
    pages = tmp_path / "dir" / "pages"
    pages.mkdir(parents=True)
    target = pages / "a.html"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "directory":
        target.mkdir()
    else:
        target.write_bytes(b"x" * 5000)
    manifest = '{"pages": [{"url": "https://example.org/a", "file": "a.html"}]}'
    (tmp_path / "dir" / "manifest.json").write_text(manifest, encoding="utf-8")
    assert _process(tmp_path / "dir", tmp_path / "out.jsonl") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "manifest.json: pages[0]: a.html is " in err[0], err


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_reading_goes_on_after_a_record_warcio_trips_on(gz: bool, tmp_path: Path) -> None:
    """A record warcio cannot parse in the middle of an archive ended the reading there: the
    records after it were lost. Reading now resumes at the next record start (the next gzip
    member in a .warc.gz, the next WARC/1.x line in a .warc)."""
    import gzip

    suffix = ".warc.gz" if gz else ".warc"
    first = tmp_path / f"first{suffix}"
    with ArchiveWriter(first) as w:
        for i in (0, 1):
            w.write(ReplayEntry(f"https://example.org/{i}", 200, HTML, _page(i)))
    last = tmp_path / f"last{suffix}"
    with ArchiveWriter(last) as w:
        for i in (3, 4):
            w.write(ReplayEntry(f"https://example.org/{i}", 200, HTML, _page(i)))
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n\r\n"
    bad = gzip.compress(bad) if gz else bad
    path = tmp_path / f"a{suffix}"
    path.write_bytes(first.read_bytes() + bad + last.read_bytes())
    report = ArchiveReport(str(path))
    urls = [p.url for p in iter_pages(path, report=report)]
    assert urls == [f"https://example.org/{i}" for i in (0, 1, 3, 4)]
    assert [offset for offset, _ in report.bad_records] == [len(first.read_bytes())]
    assert "reading stops" not in report.bad_records[0][1]


def test_a_page_directory_is_streamed_one_page_file_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """process of a page directory read every page file into memory before the first
    page (load_replay's index): a directory of 5,000 bodies took them all at once. The
    winners (last response per URL, a 304 never over a page) now come from the manifest
    alone and each file is read when its page comes."""
    pages = tmp_path / "dir" / "pages"
    pages.mkdir(parents=True)
    items = []
    for i in range(3):
        (pages / f"{i}.html").write_bytes(_page(i))
        items.append({"url": f"https://example.org/{i}", "file": f"{i}.html"})
    items.append({"url": "https://example.org/1", "file": "1.html", "status": 304})
    (tmp_path / "dir" / "manifest.json").write_text(json.dumps({"pages": items}), "utf-8")
    reads: list[str] = []
    real = Path.read_bytes

    def counted(self: Path) -> bytes:
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    stream = iter_pages(tmp_path / "dir")
    first = next(stream)
    assert first.url == "https://example.org/0" and reads == ["0.html"]
    assert [p.url for p in stream] == ["https://example.org/1", "https://example.org/2"]
    assert reads == ["0.html", "1.html", "2.html"]  # the 304 replaced nothing, read nothing


def test_a_damaged_gzip_member_does_not_send_the_reading_back(tmp_path: Path) -> None:
    """A .warc.gz from the damage fuzz above (one of its archives, written by our own test
    code, one run in about thirty): warcio put the record it tripped on before where reading
    had resumed, so reading resumed at the same member again and again, for ever, holding
    more memory each time. Each resumption now starts further on."""
    from tests.cli_helpers import cli_cmd, offline_env

    archive = Path(__file__).parent / "fixtures" / "damaged-gzip-member.warc.gz"
    done = subprocess.run(
        cli_cmd("process", str(archive), "--out", str(tmp_path / "out.jsonl")),
        capture_output=True, text=True, timeout=120, env=offline_env(tmp_path), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr[-2000:]
    skips = [ln for ln in done.stderr.splitlines() if ln.startswith("archive:") and "skipped" in ln]
    assert 1 <= len(skips) <= 2, done.stderr[-2000:]  # reported once each, not for ever
