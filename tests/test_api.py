"""The library API (pipeline.api) on small fixtures: a page written here, the embedded demo
archive, and a crawl of a loopback server. Crawls (a replay is one) run in a child process,
as a user's script would: the Twisted reactor starts once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.api import (
    CrawlOutcome,
    check_figures,
    extract_page,
    process_archive,
    run_story,
    write_brief,
)
from pipeline.app.story import demo_replay_path
from pipeline.config import StoryConfig
from pipeline.errors import ConfigError, InputError, Rejected, SummarizationError
from pipeline.records import Article
from pipeline.storage import Store
from tests.httpserver import LocalServer, Reply

ROOT = Path(__file__).resolve().parent.parent
URL = "https://news.example.org/2026/01/08/zhipu-listing.html"
PARAGRAPHS = [
    "Zhipu AI raised 4.3 billion Hong Kong dollars in its initial public offering, the "
    "company said on Thursday, in the first listing of a large-model developer.",
    "The shares opened 13% above the offer price of 116.20 Hong Kong dollars, and the "
    "retail tranche was subscribed 1159.46 times before the books closed.",
    "Analysts said the debut would encourage other Chinese model makers to list in Hong Kong "
    "this year, although some funds still find the valuation demanding.",
]
PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    "<title>Zhipu AI lists in Hong Kong - Example News</title>"
    '<meta property="og:title" content="Zhipu AI lists in Hong Kong">'
    '<meta property="article:published_time" content="2026-01-08T17:05:00+08:00">'
    '</head><body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>'
    "<article><h1>Zhipu AI lists in Hong Kong</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Copyright Example News 2026.</footer></body></html>"
)
SHORT_PAGE = "<html><head><title>Hi</title></head><body><p>Too short.</p></body></html>"


def _story(**changes: Any) -> StoryConfig:
    base: dict[str, Any] = {
        "id": "zhipu-test",
        "title_hint": "Zhipu AI en Bourse",
        "keywords": ("Zhipu",),
    }
    return StoryConfig(**{**base, **changes})


# ---------------------------------------------------------------- extract_page


def test_extract_page_from_a_string() -> None:
    article = extract_page(PAGE, URL)
    assert article.title == "Zhipu AI lists in Hong Kong"
    assert article.paragraphs == PARAGRAPHS  # nav and footer left out
    assert article.language == "en"
    assert article.site == "generic"
    assert article.published_at is not None and article.published_at.isoformat().startswith(
        "2026-01-08T17:05"
    )


def test_extract_page_decodes_bytes_by_their_charset() -> None:
    page = PAGE.replace("utf-8", "gbk").replace(
        PARAGRAPHS[2], "分析人士表示，智谱的上市将鼓励其他中国大模型公司今年赴港上市。" * 3
    )
    article = extract_page(page.encode("gbk"), URL, content_type="text/html; charset=gbk")
    assert "智谱的上市将鼓励其他中国大模型公司" in article.text
    assert article.paragraphs[0] == PARAGRAPHS[0]


def test_extract_page_rejects_a_page_that_is_no_article() -> None:
    with pytest.raises(Rejected) as caught:
        extract_page(SHORT_PAGE, "https://news.example.org/hi.html")
    assert caught.value.reason.value in ("too_short", "not_article")


# ---------------------------------------------------------------- process_archive


@pytest.fixture(scope="module")
def demo() -> CrawlOutcome:
    return process_archive(demo_replay_path())


def test_process_archive_reads_the_demo_archive(demo: CrawlOutcome) -> None:
    assert demo.complete and demo.rejects == []
    assert demo.counts["fetched"] == 14
    # pages served under two addresses of one article are one stored article
    assert len(demo.articles) == demo.counts["new"] == 11
    assert len({a.id for a in demo.articles}) == 11
    assert {a.site for a in demo.articles} == {"sohu", "36kr", "technode"}
    assert all(a.language for a in demo.articles)


def test_process_archive_stores_into_a_db(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    first = process_archive(demo_replay_path(), db=db)
    again = process_archive(demo_replay_path(), db=db)
    with Store(db) as store:
        assert {a.id for a in store.articles()} == {a.id for a in first.articles}
    assert again.counts["fetched"] == 14 and again.counts["new"] == 0
    with Store(db) as store:
        assert len(store) == 11


def test_process_archive_names_a_missing_archive(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.warc.gz"):
        process_archive(tmp_path / "nope.warc.gz")


# ---------------------------------------------------------------- write_brief, check_figures


def test_write_brief_from_the_demo_articles(demo: CrawlOutcome) -> None:
    written = write_brief(demo.articles, "zhipu-ipo", backend="extractive")
    assert written.brief.backend == "extractive" and written.brief.translated is False
    assert written.markdown.startswith(f"# {written.brief.title}\n")
    assert "## Chiffres clés" in written.markdown and "## Sources" in written.markdown
    assert written.checks and written.unsupported == []
    # reprints collapsed: fewer articles behind the brief than were given, all of them cited
    assert 0 < len(written.articles) < len(demo.articles)
    assert len(written.brief.sources) == len(written.articles)


def test_write_brief_selects_the_story_articles() -> None:
    article = extract_page(PAGE, URL)
    off = _story(keywords=("Moonshot",))
    with pytest.raises(SummarizationError, match="no stored article"):
        write_brief([article], off, backend="extractive")
    written = write_brief([article], off, backend="extractive", select=False)
    assert written.articles == [article]


def test_write_brief_refuses_an_unknown_backend() -> None:
    with pytest.raises(ConfigError, match="backend"):
        write_brief([extract_page(PAGE, URL)], _story(), backend="gpt")


def test_check_figures_of_the_written_brief(demo: CrawlOutcome) -> None:
    written = write_brief(demo.articles, "zhipu-ipo", backend="extractive")
    checks = check_figures(written.markdown, written.articles)
    assert [c.figure.text for c in checks] == [c.figure.text for c in written.checks]
    assert all(c.supported for c in checks)


def test_check_figures_finds_an_unsupported_figure() -> None:
    article = extract_page(PAGE, URL)
    markdown = (
        "# Zhipu AI en Bourse\n\nZhipu AI a levé 4,3 milliards de dollars de Hong Kong ; "
        "l'offre aux particuliers a été souscrite 1 159 fois et l'action a ouvert en "
        "hausse de 31 %.\n"
    )
    checks = {c.figure.text: c for c in check_figures(markdown, [article])}
    supported = {text for text, c in checks.items() if c.supported}
    assert any("4,3 milliards" in text for text in supported)
    assert any("1 159" in text for text in supported)
    unsupported = [c for c in checks.values() if not c.supported]
    assert [c.figure.value for c in unsupported] == [31.0]
    assert unsupported[0].closest is not None and unsupported[0].closest.value == 13.0


def test_check_figures_tags_articles_without_a_language() -> None:
    article = Article(url=URL, title="Zhipu", text="\n".join(PARAGRAPHS))
    checks = check_figures("Zhipu AI a levé 4,3 milliards de dollars de Hong Kong.", [article])
    assert [c.supported for c in checks] == [True]


# ---------------------------------------------------------------- crawls, in a child process


def _run_py(tmp: Path, code: str) -> Any:
    """Run `code` (which prints one JSON value last) in a child process; return that value."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "HF_HOME": str(tmp / "hf"),
        "HF_HUB_OFFLINE": "1",
        "XDG_DATA_HOME": str(tmp / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture()
def server() -> Iterator[LocalServer]:
    routes: dict[str, Reply | Any] = {
        "/news/zhipu.html": Reply(body=PAGE.encode("utf-8")),
        "/news/short.html": Reply(body=SHORT_PAGE.encode("utf-8")),
    }
    with LocalServer(routes) as running:
        yield running


def test_crawl_a_loopback_server_into_a_store(tmp_path: Path, server: LocalServer) -> None:
    (tmp_path / "local.toml").write_text(
        "[crawl]\ndownload_delay = 0.0\nautothrottle = false\ntimeout = 5.0\nretry_times = 0\n"
    )
    base = server.url("").rstrip("/")
    result = _run_py(
        tmp_path,
        f"""
        import json
        from pipeline.api import crawl, process_archive
        urls = ["{base}/news/zhipu.html", "{base}/news/short.html", "{base}/news/gone.html"]
        got = crawl(urls, db="store.sqlite3", archive="crawl.warc.gz", config="local.toml",
                    allow_loopback=True)
        again = process_archive("crawl.warc.gz")
        print(json.dumps({{
            "counts": got.counts,
            "articles": [[a.url, a.title, a.paragraphs] for a in got.articles],
            "rejects": sorted([r.url.rsplit("/", 1)[1], r.reason] for r in got.rejects),
            "replayed": [a.id for a in again.articles],
            "ids": [a.id for a in got.articles],
        }}))
        """,
    )
    assert result["articles"] == [
        [f"{base}/news/zhipu.html", "Zhipu AI lists in Hong Kong", PARAGRAPHS]
    ]
    # a 404 is a failed fetch (an error), a page without article text a rejected one
    assert result["rejects"] == [["gone.html", "error"], ["short.html", "not_article"]]
    counts = result["counts"]
    assert (counts["fetched"], counts["new"], counts["rejected"], counts["errors"]) == (2, 1, 1, 1)
    assert result["replayed"] == result["ids"]  # the WARC holds what was fetched
    with Store(tmp_path / "store.sqlite3") as store:
        assert [a.id for a in store.articles()] == result["ids"]


def test_crawl_refuses_loopback_unless_allowed(tmp_path: Path, server: LocalServer) -> None:
    result = _run_py(
        tmp_path,
        f"""
        import json
        from pipeline.api import crawl
        got = crawl(["{server.url("/news/zhipu.html")}"])
        print(json.dumps({{"articles": len(got.articles), "rejects": len(got.rejects)}}))
        """,
    )
    assert result == {"articles": 0, "rejects": 1}
    assert server.hits["/news/zhipu.html"] == 0


def test_run_story_on_the_demo_archive(tmp_path: Path) -> None:
    result = _run_py(
        tmp_path,
        """
        import json
        from pipeline.api import run_story
        from pipeline.app.story import demo_replay_path
        run = run_story("zhipu-ipo", replay=demo_replay_path(), db="store.sqlite3", out="out",
                        backend="extractive")
        print(json.dumps({"code": run.exit_code, "dir": str(run.out_dir),
                          "counts": run.counts, "backend": run.report["backend"],
                          "brief": run.brief_path.read_text(encoding="utf-8"),
                          "articles": len(run.articles())}))
        """,
    )
    out_dir = Path(result["dir"])
    assert result["code"] == 0
    assert out_dir.parent == (tmp_path / "out" / "zhipu-ipo").resolve()
    assert (out_dir / "run.json").is_file() and (out_dir / "brief.html").is_file()
    assert result["counts"]["fetched"] > 0 and result["counts"]["new"] > 0
    assert result["backend"] == "extractive"
    assert result["brief"].startswith("# ") and "## Sources" in result["brief"]
    assert result["articles"] > 0
    assert (tmp_path / "store.sqlite3").is_file()


def test_run_story_checks_its_arguments_before_running(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="backend"):
        run_story("zhipu-ipo", backend="gpt", db=tmp_path / "db.sqlite3", out=tmp_path)
    with pytest.raises(ConfigError, match="no-such-story"):
        run_story("no-such-story", backend="extractive", db=tmp_path / "db.sqlite3", out=tmp_path)
    assert not (tmp_path / "db.sqlite3").exists()


@pytest.mark.parametrize("url", ["http://[::1", "http://example.org:99999/", "ftp://example.org/"])
def test_crawl_names_a_bad_url_before_fetching(url: str, tmp_path: Path) -> None:
    """As the CLI does: an InputError naming the URL, not a Scrapy traceback in the log and an
    outcome with nothing in it."""
    from pipeline.api import crawl

    with pytest.raises(InputError, match=r"not (a valid|an http)"):
        crawl(["https://example.org/a", url], db=tmp_path / "s.sqlite3")
    assert not (tmp_path / "s.sqlite3").exists()


def test_crawl_refuses_a_directory_as_its_archive(tmp_path: Path) -> None:
    from pipeline.api import crawl
    from pipeline.errors import OutputError

    with pytest.raises(OutputError, match="is a directory"):
        crawl(["https://example.org/a"], archive=tmp_path)


def test_crawl_takes_one_url_given_as_a_string(tmp_path: Path) -> None:
    """A string is a sequence of strings: each character was taken for a URL ("h: not an
    http(s) URL"). One string is one URL."""
    from pipeline.api import crawl

    with pytest.raises(InputError) as caught:
        crawl("http://[::1", db=tmp_path / "s.sqlite3")
    assert "http://[::1" in str(caught.value)


def test_extract_workers_is_bounded_as_in_the_config(tmp_path: Path) -> None:
    from pipeline.api import crawl, process_archive

    for call in (
        lambda: crawl(["https://example.org/a"], extract_workers=10_000),
        lambda: process_archive(tmp_path, extract_workers=-5),
    ):
        with pytest.raises(InputError, match="extract_workers"):
            call()
