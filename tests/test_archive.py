"""WARC write/read and replay sources (pipeline/storage/archive.py), offline."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from pipeline.errors import InputError
from pipeline.storage.archive import (
    ArchiveWriter,
    ReplayEntry,
    decode_content,
    iter_pages,
    iter_warc,
    load_replay,
)

WHEN = datetime(2026, 1, 8, 4, 5, 6, 789012, tzinfo=UTC)
HTML = "<html><body><p>归档测试页面</p></body></html>".encode()
HEADERS = (("Content-Type", "text/html; charset=utf-8"),)


def write(path: Path) -> None:
    with ArchiveWriter(path) as writer:
        writer.write(ReplayEntry("https://a.example/robots.txt", 404, (), b"", WHEN))
        writer.write(ReplayEntry("https://a.example/old", 301, (("Location", "/new"),), b"", WHEN))
        writer.write(
            ReplayEntry(
                "https://a.example/new",
                200,
                (
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Encoding", "gzip"),
                    ("Set-Cookie", "a=1"),
                    ("Set-Cookie", "b=2"),
                ),
                gzip.compress(HTML),
                WHEN,
                requested_url="https://a.example/old",
                site="sohu",
            )
        )
        writer.write(
            ReplayEntry(
                "https://a.example/feed",
                200,
                (("Content-Type", "application/rss+xml"),),
                b"<rss></rss>",
                WHEN,
            )
        )


def test_warc_round_trip_gives_the_page_as_fetched(tmp_path: Path) -> None:
    warc = tmp_path / "a.warc.gz"
    write(warc)
    (page,) = list(iter_warc(warc))  # robots.txt, the redirect and the feed are not pages
    assert page.url == "https://a.example/old" and page.final_url == "https://a.example/new"
    assert page.body == HTML and page.fetched_at == WHEN and page.site == "sohu"
    assert page.header("Content-Encoding") is None and page.header("set-cookie") == "a=1, b=2"


def test_replay_index_keeps_raw_bytes(tmp_path: Path) -> None:
    warc = tmp_path / "a.warc"  # uncompressed WARC works too
    write(warc)
    index = load_replay(warc)
    assert gzip.decompress(index["https://a.example/new"].body) == HTML
    assert index["https://a.example/old"].status == 301


def test_manifest_directory_pages(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p.html").write_bytes(HTML)
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {
                "pages": [
                    {
                        "url": "https://b.example/p",
                        "file": "p.html",
                        "status": 200,
                        "headers": {"Content-Type": "text/html"},
                        "fetched_at": "2026-01-08T01:00:00Z",
                    }
                ]
            }
        )
    )
    (page,) = list(iter_pages(tmp_path))
    assert page.body == HTML and page.fetched_at == datetime(2026, 1, 8, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "manifest, problem",
    [
        ({"pages": [{"url": "https://b.example/p", "file": "../secret"}]}, "escapes"),
        ({"pages": [{"file": "p.html"}]}, "url"),
        ({"items": []}, "manifest must be"),
    ],
)
def test_bad_manifest_is_an_input_error(
    tmp_path: Path, manifest: dict[str, Any], problem: str
) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(InputError, match=problem):
        load_replay(tmp_path)


def test_missing_replay_source_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_replay(tmp_path / "nope.warc.gz")


def test_decompression_is_capped() -> None:
    bomb = gzip.compress(bytes(5 * 1024 * 1024))
    with pytest.raises(InputError, match="exceeds"):
        decode_content(bomb, "gzip", max_size=1024 * 1024)
    assert decode_content(gzip.compress(b"ab") + gzip.compress(b"cd"), "gzip") == b"abcd"


@pytest.mark.parametrize("name", ["runs.warc.gz", "runs.warc"])
def test_a_second_run_appends_to_the_archive(tmp_path: Path, name: str) -> None:
    """Issue 12 item 2: an incremental rerun (robots.txt, a 304) adds its records after the
    first run's; the full response stays in the file and is what a replay serves."""
    path = tmp_path / name
    write(path)
    later = datetime(2026, 1, 9, tzinfo=UTC)
    with ArchiveWriter(path) as writer:
        writer.write(ReplayEntry("https://a.example/robots.txt", 404, (), b"", later))
        writer.write(ReplayEntry("https://a.example/new", 304, (("ETag", '"x"'),), b"", later))
    with path.open("rb") as fh:
        records = [
            (r.rec_headers.get_header("WARC-Target-URI"), r.http_headers.get_statuscode())
            for r in ArchiveIterator(fh)
        ]
    assert len(records) == 6
    assert records[2] == ("https://a.example/new", "200") and records[5][1] == "304"
    assert [p.url for p in iter_pages(path)] == ["https://a.example/old"]
    entry = load_replay(path)["https://a.example/new"]
    assert entry.status == 200 and decode_content(entry.body, "gzip") == HTML


@pytest.mark.parametrize("scheme", ["HTTP", "Https"])
def test_a_response_whose_uri_scheme_is_not_lower_case_is_a_page(
    scheme: str, tmp_path: Path
) -> None:
    """URI schemes are case-insensitive (RFC 3986): warcio reads the HTTP headers of a
    response only for "http:" and "https:", so a record for "HTTP://..." was passed over
    without a word. It is the page it holds."""
    path = tmp_path / "upper.warc"
    with ArchiveWriter(path) as writer:
        writer.write(ReplayEntry(f"{scheme}://a.example/p", 200, HEADERS, HTML, WHEN))
    pages = list(iter_pages(path))
    assert [(p.url.lower(), p.status, p.body) for p in pages] == [("https://a.example/p"
        if scheme == "Https" else "http://a.example/p", 200, HTML)]  # fmt: skip
