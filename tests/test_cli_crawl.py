"""One-off crawls through the CLI, offline: crawl --replay, --archive, then process and replay the WARC."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.cli_helpers import read_jsonl, run_cli

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "pipeline" / "demo"
GENERIC_URL = "https://news.example.org/2026/01/08/markets-asia-ai-listings.html"
URLS = [
    "https://www.sohu.com/a/9702846135_121106520",
    "https://36kr.com/p/3631196652870152?f=rss",  # the encrypted initialState page
    "https://technode.com/2026/01/08/zhipu-ai-closes-up-13-in-hong-kong-debut-as-first-listed-large-model-developer/",
    "https://cn.technode.com/post/2026-01-08/zhipu-hkex-listing-02513/",
    GENERIC_URL,
]
GENERIC_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Asian markets: AI listings lift Hong Kong - Example News</title>
<meta property="og:title" content="Asian markets: AI listings lift Hong Kong">
<meta property="article:published_time" content="2026-01-08T17:05:00+08:00">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Asian markets: AI listings lift Hong Kong",
 "datePublished": "2026-01-08T17:05:00+08:00", "author": {"@type": "Person", "name": "A. Writer"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a></nav>
<article><h1>Asian markets: AI listings lift Hong Kong</h1>
<p>Hong Kong shares edged higher on Thursday as investors piled into a pair of artificial intelligence
listings that traders described as a test of appetite for Chinese technology companies.</p>
<p>The Hang Seng index closed up slightly, with turnover concentrated in newly listed names and in
chipmakers, while mainland markets were mixed after a volatile morning session.</p>
<p>Analysts said the strong first-day demand suggested that more large-model developers would consider
Hong Kong for their offerings this year, although valuations remain a concern for some funds.</p>
</article><aside class="related"><a href="/a">Related story one</a><a href="/b">Related story two</a></aside>
<footer>Copyright Example News 2026. All rights reserved.</footer></body></html>"""


def _replay_dir(tmp: Path) -> Path:
    """The demo archive plus one page of a domain no site parser knows."""
    target = tmp / "replay"
    shutil.copytree(DEMO, target, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    (target / "pages" / "generic.html").write_text(GENERIC_PAGE, encoding="utf-8")
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    manifest["pages"].append(
        {
            "url": GENERIC_URL,
            "file": "generic.html",
            "status": 200,
            "headers": {"Content-Type": "text/html; charset=utf-8"},
        }
    )
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return target


def _cli(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(tmp, *args, timeout=300)


def _articles(path: Path) -> list[dict[str, Any]]:
    return read_jsonl(path)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("crawl")
    done = _cli(
        tmp,
        "crawl",
        *URLS,
        "--replay",
        str(_replay_dir(tmp)),
        "--archive",
        str(tmp / "a.warc.gz"),
        "--out",
        str(tmp / "articles.jsonl"),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return tmp


def test_crawl_writes_one_article_per_line_for_every_site(crawled: Path) -> None:
    rows = _articles(crawled / "articles.jsonl")
    assert sorted(r["url"] for r in rows) == sorted(URLS)
    sites = {r["url"]: r["site"] for r in rows}
    assert sites[URLS[0]] == "sohu" and sites[URLS[1]] == "36kr"
    assert sites[URLS[2]] == sites[URLS[3]] == "technode"
    assert sites[URLS[4]] == "generic"
    assert all(r["title"] and r["text"] and r["published_at"] for r in rows)


def test_archive_replayed_gives_identical_articles(crawled: Path) -> None:
    again = _cli(
        crawled,
        "crawl",
        *URLS,
        "--replay",
        str(crawled / "a.warc.gz"),
        "--out",
        str(crawled / "again.jsonl"),
    )
    assert again.returncode == 0, again.stderr[-3000:]
    first = {r["url"]: r for r in _articles(crawled / "articles.jsonl")}
    second = {r["url"]: r for r in _articles(crawled / "again.jsonl")}
    assert first == second


def test_process_reextracts_the_archive_offline(crawled: Path) -> None:
    done = _cli(crawled, "process", str(crawled / "a.warc.gz"), "--out", str(crawled / "p.jsonl"))
    assert done.returncode in (0, 3), done.stderr[
        -3000:
    ]  # robots.txt responses are rejected as not HTML
    processed = {r["url"]: r for r in _articles(crawled / "p.jsonl")}
    for row in _articles(crawled / "articles.jsonl"):
        assert processed[row["url"]]["text"] == row["text"]
        assert processed[row["url"]]["content_hash"] == row["content_hash"]


def test_crawl_of_url_missing_from_replay_is_reported(tmp_path: Path) -> None:
    done = _cli(tmp_path, "crawl", "https://www.sohu.com/a/999999999_1", "--replay", str(DEMO))
    assert done.returncode == 3
    assert "999999999_1" in done.stderr
