"""A message is one line on stderr whatever it quotes: a file name, a hostile archive's
bytes or a parser's error can hold line breaks and terminal escapes, shown escaped."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.errors import one_line

HTML = b"<html><head><title>Le port</title></head><body><p>" + b"Le port a rouvert. " * 20


def _record(url: str, length: str | None = None) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML
    length = str(len(block)) if length is None else length
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        f"WARC-Date: 2026-01-08T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() points the root logger at a test's captured stderr: undo that after it."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


def test_a_parser_error_quoting_a_line_stays_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """warcio's error names the line it met, CR LF included: the log line and the closing
    `archive:` line were each cut in two."""
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(_record("https://example.org/1", "-5") + _record("https://example.org/2"))
    assert main(["process", str(archive), "--out", str(tmp_path / "out.jsonl")]) == 3
    lines = capsys.readouterr().err.splitlines()
    assert lines and all(ln.startswith(("WARNING ", "INFO ", "archive:", "wrote ")) for ln in lines)
    assert any(ln.startswith("archive:") and "\\r\\n" in ln for ln in lines), lines


def test_a_file_name_with_a_line_break_and_escapes_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "a\nnewsbrief: error: forged\x1b[2J.warc"
    assert main(["process", str(name), "--out", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "\x1b" not in err, err
    assert "a\\nnewsbrief: error: forged\\x1b[2J.warc" in err


def test_one_line_leaves_printable_text_as_it_is() -> None:
    for text in ("plain", "港口 « le port » é", "a\tb", ""):
        assert one_line(text) == text
    assert one_line("a\r\nb\x1b[31m\x9bc\u2028d") == "a\\r\\nb\\x1b[31m\\x9bc\\u2028d"
