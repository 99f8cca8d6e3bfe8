"""Malformed URLs: on the command line, in a URL list, as --feed / --sitemap and as a story's
entry points they are exit 2 with one line naming the URL (or file:line) and what is wrong,
before anything is fetched or stored; as the label of a page (extract --url, an archive
record's target) they belong to no site and never end the extraction."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest

from pipeline.addresses import host_of, shown_url, web_url_problem
from pipeline.app.cli import main
from pipeline.app.stream import LEFT_OUT_LISTED, MAX_LIST_LINE, crawl_seeds
from pipeline.sites import block_reason, outlet_name, site_for_url

LONG_HOST = "http://" + "a" * 300 + ".example/"
BAD = {
    "unclosed bracket": ("http://[::1", "not a valid URL (Invalid IPv6 URL)"),
    "port out of range": ("http://127.0.0.1:99999/", "Port out of range"),
    "port not a number": ("http://example.org:8o/", "not a valid URL"),
    "space in the host": ("http://exa mple.org/", "whitespace or a control character"),
    "newline": ("http://example.org/a\nb", "whitespace or a control character"),
    "label over 63": (LONG_HOST, "not a valid host name"),
    "empty label": ("http://a..example/", "not a valid host name"),
    "other scheme": ("ftp://example.org/x", "not an http(s) URL"),
    "no host": ("http:///path", "not an http(s) URL"),
    # a byte that is not UTF-8, as Python hands it over from argv or stdin (surrogateescape)
    "undecodable byte": ("http://example.org/a\udcff", "bytes that are not UTF-8 text"),
    # urllib reads these three; Scrapy's URL library refused the first (the story's entry
    # point vanished in a logged traceback) and rewrote the third into the host v1.x
    "junk after brackets": ("http://[::1]junk/x", "a host in brackets must be an IPv6"),
    "zone in brackets": ("http://[fe80::1%25eth0]/x", "a host in brackets must be an IPv6"),
    "name in brackets": ("http://[v1.x]/", "a host in brackets must be an IPv6"),
    "empty punycode label": ("http://xn--/x", "not a valid host name"),
}
GOOD = (
    "https://www.sohu.com/a/1",
    "http://[::1]:8080/x",
    "http://127.0.0.1:8000/",
    "http://例え.テスト/",
    "http://xn--r8jz45g.xn--zckzah/",
    "HTTP://EXAMPLE.ORG",
    "http://example.org.:80/",
    "http://under_score.example.org/",
    "http://user@[::1]:80/",
    "http://[::ffff:127.0.0.1]/",
    "http://xn--bcher-kva.example/",
)


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_urls_say_what_is_wrong(case: str) -> None:
    url, problem = BAD[case]
    found = web_url_problem(url)
    assert found is not None and problem in found, found


@pytest.mark.parametrize("url", GOOD)
def test_fetchable_urls_pass(url: str) -> None:
    assert web_url_problem(url) is None


def test_shown_url_names_undecodable_bytes() -> None:
    """A byte that was not UTF-8 shows as the byte; a surrogate no byte stands for, escaped:
    either way a line stderr can print."""
    assert shown_url("http://x/\udcff/例", quoted=False) == "http://x/\\xff/例"
    assert shown_url("http://x/\ud800", quoted=False) == "http://x/\\ud800"


def test_shown_url_is_cut() -> None:
    assert shown_url("http://x/") == "'http://x/'"
    long = "http://x/" + "a" * 500
    assert shown_url(long).endswith(f"... ({len(long)} characters)")
    assert len(shown_url(long)) < 250


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize(
    "case", ["unclosed bracket", "port out of range", "label over 63", "undecodable byte"]
)
def test_crawl_argument_is_exit_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, problem = BAD[case]
    db = tmp_path / "a.sqlite3"
    assert main(["crawl", url, "--db", str(db)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert problem in line and shown_url(url, quoted=False)[:40] in line, line
    assert len(line) < 400  # a 300-character host is cut
    assert not db.exists()


def test_url_list_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://example.org/a\n# a comment\nhttp://[bad\n", encoding="utf-8")
    assert main(["crawl", "-i", str(urls), "--db", str(tmp_path / "a.sqlite3")]) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{urls}:3: not a valid URL" in line and "'http://[bad'" in line, line


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"https://example.org/a\nhttps://example.org/\xff\n", "2: not UTF-8 text (byte 20"),
        (b"https://example.org/a\n" + b"x" * (MAX_LIST_LINE + 10), "2: a line longer than"),
    ],
    ids=["not UTF-8", "endless line"],
)
def test_url_list_bytes_are_checked(
    content: bytes, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A URL list is read as bytes, a line at a time: a byte that is not UTF-8 or a line no URL
    can be (a binary file, /dev/zero) is exit 2 naming the file and line, never a traceback
    or a line read into memory whole."""
    urls = tmp_path / "urls.txt"
    urls.write_bytes(content)
    db = tmp_path / "a.sqlite3"
    assert main(["crawl", "-i", str(urls), "--db", str(db)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{urls}:{problem}" in line, line
    assert not db.exists()


class _Endless(io.RawIOBase):
    """A standard input that never ends: the same line for ever (`yes LINE`)."""

    def __init__(self, line: bytes) -> None:
        self.line = line
        self.lines = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        self.lines += 1
        size = min(len(buffer), len(self.line))
        buffer[:size] = self.line[:size]
        return size


@pytest.mark.parametrize(
    ("line", "stop"),
    [
        (b"https://example.org/a\n", 5 + LEFT_OUT_LISTED + 1),
        (b"\n", 10 * (5 + LEFT_OUT_LISTED) + 1),
    ],
)
def test_endless_url_list_is_read_to_a_bound(
    line: bytes, stop: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`yes URL | newsbrief crawl -i -` ends: reading stops max_pages + LEFT_OUT_LISTED URL
    lines in (ten times as many lines of nothing), and says at which line."""
    stdin = _Endless(line)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stdin, 64)))
    args = argparse.Namespace(urls=["https://example.org/first"], input="-")
    seeds, stopped = crawl_seeds(args, 5)
    assert stopped == f"-:{stop}"  # the first line not read
    repeated = ["https://example.org/a"] if line.strip() else []
    assert seeds == ["https://example.org/first", *repeated]  # each once
    assert stdin.lines < 2 * stop  # read no further


def test_url_list_byte_order_mark(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_bytes("\ufeffhttps://example.org/a\n".encode())
    seeds, stopped = crawl_seeds(argparse.Namespace(urls=[], input=str(urls)), 5)
    assert (seeds, stopped) == (["https://example.org/a"], None)


@pytest.mark.parametrize("flag", ["--feed", "--sitemap"])
def test_listing_flags_are_checked(
    flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["crawl", flag, "http://example.org:99999/f", "--db", str(tmp_path / "a")]) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{flag}: not a valid URL (Port out of range" in line, line


def test_story_entry_point_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "s.toml"
    story.write_text(
        'id = "s"\ntitle_hint = "t"\nkeywords = ["k"]\nsites = ["sohu"]\n'
        '[entry_points]\nsohu = ["https://www.sohu.com/", "http://[::1"]\n',
        encoding="utf-8",
    )
    code = main(["run", str(story), "--db", str(tmp_path / "a.sqlite3"), "--out", str(tmp_path)])
    assert code == 2
    line = _one_line(capsys.readouterr().err)
    assert "entry_points.sohu: not a valid URL (Invalid IPv6 URL): 'http://[::1'" in line, line


@pytest.mark.parametrize("url", ["http://[::1]junk/x", "http://[fe80::1%eth0]/x", "http://xn--/x"])
def test_a_story_entry_point_of_bracket_or_punycode_junk_is_exit_2(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """These passed the story's check: the first ended in a Scrapy traceback and an entry
    point silently gone (exit 1, counts all 0), the others in an "HTTP 404" of a replay."""
    story = tmp_path / "s.toml"
    story.write_text(
        'id = "s"\ntitle_hint = "t"\nkeywords = ["k"]\nsites = ["generic"]\n'
        f'[entry_points]\ngeneric = ["{url}"]\n',
        encoding="utf-8",
    )
    code = main(["run", str(story), "--db", str(tmp_path / "a.sqlite3"), "--out", str(tmp_path)])
    assert code == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{story}: entry_points.generic: not a valid" in line and url[7:12] in line, line


def test_malformed_page_url_belongs_to_no_site() -> None:
    for url in ("http://[::1", "http://[zz]/", "not a url", ""):
        assert host_of(url) == "" or url == "not a url"
        assert site_for_url(url) is None
    assert outlet_name("generic", "http://[::1") == "generic"
    assert block_reason("<html><p>text</p></html>", "http://[::1") is None


def test_extract_with_a_malformed_url_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Un titre</title></head><body><h1>Un titre</h1>"
        + "<p>Le port a ouvert un nouveau terminal lundi matin, selon la direction.</p>" * 8
        + "</body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--url", "http://[::1"]) == 0
    out = capsys.readouterr()
    assert '"url": "http://[::1"' in out.out and "Traceback" not in out.err


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("redis://[x", "'redis://[x' is not a valid URL (Invalid IPv6 URL)"),
        ("redis://127.0.0.1:99999/0", "is not a valid URL (Port out of range"),
        ("redis://:s3cret-pw@127.0.0.1:1/0", "redis://:***@127.0.0.1:1/0: Redis does not answer"),
    ],
)
def test_a_bad_frontier_is_one_line_without_its_password(
    url: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`redis://[x` was an internal error; a password was printed with "does not answer"."""
    pytest.importorskip("redis")
    assert main(["worker", "--frontier", url, "--db", str(tmp_path / "a.sqlite3")]) == 2
    line = _one_line(capsys.readouterr().err)
    assert said in line and "s3cret-pw" not in line, line
