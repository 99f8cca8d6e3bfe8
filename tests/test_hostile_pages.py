"""Hostile pages: structured data nested past Python's recursion limit, characters XML cannot
hold, and a page the code fails on. Each such page is read (or skipped and counted) and the
crawl goes on; no traceback reaches the user."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.pages import make_article
from pipeline.records import Article, RawPage, Reject, RejectReason
from pipeline.web.jsonvalue import json_value, json_value_at
from spiders.discovery import feed_items
from tests.cli_helpers import read_jsonl, run_cli
from tests.httpserver import LocalServer, Reply

PROSE = (
    "The harbour authority opened a new container terminal on Monday after four years of "
    "works, doubling the port's capacity according to its director. "
) * 4
TITLE = "Harbour opens a new terminal"


def page(head: str = "", body: str = "") -> bytes:
    return (
        f"<html><head><title>{TITLE}</title>{head}</head><body><h1>{TITLE}</h1>"
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article>{body}</body></html>"
    ).encode()


def made(body: bytes) -> Article | Reject:
    return make_article(RawPage(url="https://news.example.org/a/1.html", body=body))


DEEP = {
    # json.loads raises RecursionError (not ValueError) on these
    "JSON-LD of 5,000 open arrays": page(
        '<script type="application/ld+json">' + "[" * 5000 + "</script>"
    ),
    "JSON-LD object nested 5,000 deep": page(
        '<script type="application/ld+json">' + '{"a":' * 5000 + "</script>"
    ),
    # parsed, then walked: 900 levels of @graph and of arrays
    "JSON-LD @graph nested 900 deep": page(
        '<script type="application/ld+json">' + '{"@graph":' * 900 + "{}" + "}" * 900 + "</script>"
    ),
    "JSON-LD arrays nested 900 deep": page(
        '<script type="application/ld+json">'
        + "[" * 900
        + '{"@type":"NewsArticle","headline":"x"}'
        + "]" * 900
        + "</script>"
    ),
    "__NEXT_DATA__ nested 5,000 deep": page(
        '<script id="__NEXT_DATA__" type="application/json">' + "[" * 5000 + "</script>"
    ),
    "application state nested 5,000 deep": page(
        "<script>window.__INITIAL_STATE__=" + '{"a":' * 5000 + "</script>"
    ),
}


@pytest.mark.parametrize("case", sorted(DEEP))
def test_deeply_nested_structured_data_is_ignored(case: str) -> None:
    article = made(DEEP[case])
    assert isinstance(article, Article), article
    assert article.title == TITLE and "container terminal" in article.text


def test_characters_xml_cannot_hold_are_dropped_before_parsing() -> None:
    # libxml2 keeps them in text nodes, and lxml refused to move such a text when a node
    # around it was dropped (ValueError: All strings must be XML compatible)
    body = page(body="<div class='ad'>\x01</div>\x02tail\x0bwith\x0cblanks").replace(
        b"</p>", b"</\x00p>\x03", 1
    )
    article = made(body)
    assert isinstance(article, Article), article
    assert "container terminal" in article.text
    assert not any(ch in article.text for ch in "\x00\x01\x02\x03\x0b\x0c")


def test_a_page_the_code_fails_on_is_skipped_with_one_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(page: RawPage, html: str | None = None) -> Article:
        raise RuntimeError("a bug met on this page")

    monkeypatch.setattr("pipeline.pages.extract_article", broken)
    with caplog.at_level(logging.ERROR):
        result = made(page())
    assert isinstance(result, Reject)
    assert result.reason is RejectReason.EXTRACTION_FAILED
    assert result.detail == "RuntimeError: a bug met on this page"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is None
    assert "https://news.example.org/a/1.html" in errors[0].getMessage()


def test_untrusted_json_gives_a_value_or_none() -> None:
    assert json_value('{"a": [1, 2]}') == {"a": [1, 2]}
    assert json_value('{"a": "line\nbreak"}') == {"a": "line\nbreak"}  # raw control characters
    assert json_value("[" * 100_000) is None
    assert json_value("{not json") is None
    assert json_value_at('x = {"a": 1}; more', 4) == ({"a": 1}, 12)
    assert json_value_at("x = " + "[" * 100_000, 4) == (None, 4)
    assert feed_items(b"[" * 100_000) == []


def test_the_crawl_goes_on_past_hostile_pages(tmp_path: Path) -> None:
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n"),
        "/deep.html": Reply(body=DEEP["JSON-LD of 5,000 open arrays"]),
        "/controls.html": Reply(body=page(body="\x01\x0b<div>\x02</div>")),
        "/plain.html": Reply(body=page()),
    }
    config = tmp_path / "crawl.toml"
    config.write_text(
        "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\nautothrottle = false\n",
        encoding="utf-8",
    )
    with LocalServer(routes) as server:
        urls = [server.url(p) for p in ("/deep.html", "/controls.html", "/plain.html")]
        out = tmp_path / "articles.jsonl"
        done = run_cli(
            tmp_path, "crawl", *urls, "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(out),
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(row["url"] for row in read_jsonl(out)) == sorted(urls)


def test_an_internal_error_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(page: RawPage, cfg: object = None) -> Article:
        raise RuntimeError("a bug")

    monkeypatch.setattr("pipeline.app.cli.article_from_page", broken)
    path = tmp_path / "page.html"
    path.write_bytes(page())
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        "newsbrief: internal error (RuntimeError: a bug); stored articles are kept, -v shows more"
    ]
