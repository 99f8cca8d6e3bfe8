"""Streamed pages: the crawl hands each page on as it arrives and keeps none; a child crawl
streams JSON lines; `process` reads an archive one page at a time."""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.exceptions import DropItem

from pipeline.app import stream
from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.storage.archive import ArchiveWriter, ReplayEntry, iter_pages
from pipeline.storage.backends import open_store
from spiders.context import CrawlContext, PageBudget
from spiders.pipelines import RawPagePipeline
from spiders.run import CrawlResult, page_to_json, read_stream, result_to_json
from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply
from tests.pgserver import rows

HTML = {"Content-Type": "text/html; charset=utf-8"}
N = 12


def article(i: int) -> bytes:
    sentences = " ".join(f"Sentence {k} of article number {i} about the listing." for k in range(8))
    return (
        f"<html lang='en'><head><title>Article {i}</title></head><body><article>"
        f"<h1>Article {i}</h1><p>{sentences}</p><p>{sentences.upper()}</p></article></body></html>"
    ).encode()


def raw(i: int, size: int = 0) -> RawPage:
    return RawPage(url=f"http://127.0.0.1:1/a/{i}", body=article(i) + b" " * size, headers=HTML)


def pipeline_for(context: CrawlContext) -> RawPagePipeline:
    crawler: Any = SimpleNamespace(spider=SimpleNamespace(context=context))
    return RawPagePipeline(crawler)


def test_item_pipeline_hands_each_page_to_the_handler_and_keeps_none() -> None:
    got: list[RawPage] = []
    context = CrawlContext(budget=PageBudget(10), on_page=got.append)
    items = pipeline_for(context)
    pages = [raw(i) for i in range(3)]
    for page in pages:
        assert items.process_item(page) is page
        assert got[-1] is page  # handed on at once, not at the end of the crawl
    assert got == pages and context.pages_handled == 3
    assert not hasattr(context, "pages")
    for f in dataclasses.fields(context):  # no field of the context holds a page
        value = getattr(context, f.name)
        assert not (isinstance(value, list) and any(isinstance(v, RawPage) for v in value))


def test_a_failing_handler_stops_the_crawl_and_later_pages_are_dropped() -> None:
    calls: list[str] = []
    stops: list[bool] = []

    def handler(page: RawPage) -> None:
        calls.append(page.url)
        raise OSError("disk full")

    context = CrawlContext(budget=PageBudget(10), on_page=handler, stop=lambda: stops.append(True))
    items = pipeline_for(context)
    for i in range(2):
        with pytest.raises(DropItem):
            items.process_item(raw(i))
    assert calls == [raw(0).url]  # the second page never reached the handler
    assert isinstance(context.failure, OSError) and stops == [True]


def _site(count: int) -> dict[str, Any]:
    return {
        "/robots.txt": Reply(200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        **{f"/a/{i}": Reply(200, HTML, article(i)) for i in range(count)},
    }


def _sitemap(base: str, count: int) -> Reply:
    locs = "".join(f"<url><loc>{base}/a/{i}</loc></url>" for i in range(count))
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    return Reply(200, {"Content-Type": "application/xml"}, body.encode())


@pytest.mark.parametrize("twice", [False, True], ids=["in-process", "child-process"])
def test_a_crawl_stores_each_page_as_it_arrives(tmp_path: Path, twice: bool) -> None:
    with LocalServer(_site(N)) as server:
        server.routes["/sitemap.xml"] = _sitemap(server.base, N)
        out = run_child(
            {
                "urls": [server.url("/sitemap.xml")],
                "crawl_cfg": local_cfg(),
                "allow_loopback": True,
                "store_db": str(tmp_path / "db.sqlite3"),
                "twice": twice,
            }
        )
    handled = out["handled"]
    assert sorted(h["url"] for h in handled) == sorted(server.url(f"/a/{i}") for i in range(N))
    # Stored one by one as each page came, not in a batch at the end.
    assert [h["stored"] for h in handled] == list(range(1, N + 1))
    if not twice:  # in-process: the handler runs inside the crawl, while the reactor runs
        assert all(h["reactor_running"] for h in handled)
    assert out["pages"] == [] and out["fetched"] == N
    assert out["stored"] == N and out["counts"]["new"] == N and out["counts"]["fetched"] == N


def test_a_child_crawl_stream_is_handled_line_by_line() -> None:
    pages = [raw(i) for i in range(3)]
    lines = [json.dumps({"page": page_to_json(p)}) for p in pages]
    lines.append(json.dumps({"result": result_to_json(CrawlResult(discovered=3, fetched=3))}))
    log: list[str] = []

    def reader() -> Iterator[str]:
        for n, line in enumerate(lines):
            log.append(f"read {n}")
            yield line

    result = read_stream(reader(), lambda page: log.append(f"page {page.url[-1]}"))
    assert log == ["read 0", "page 0", "read 1", "page 1", "read 2", "page 2", "read 3"]
    assert result is not None and result.discovered == 3 and result.pages == []


def test_a_child_crawl_stream_without_its_result_line_is_incomplete() -> None:
    seen: list[RawPage] = []
    line = json.dumps({"page": page_to_json(raw(0))})
    assert read_stream(io.StringIO(line + "\n"), seen.append) is None
    assert [p.url for p in seen] == [raw(0).url]


def _warc(path: Path, count: int, size: int = 0) -> Path:
    with ArchiveWriter(path) as writer:
        for i in range(count):
            page = raw(i, size)
            writer.write(ReplayEntry(page.url, 200, tuple(HTML.items()), page.body))
    return path


def test_process_extracts_each_page_as_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warc = _warc(tmp_path / "a.warc.gz", 3)
    log: list[str] = []

    def reading(path: Path, report: Any = None) -> Iterator[RawPage]:
        for page in iter_pages(path, report=report):
            log.append(f"read {page.url[-1]}")
            yield page

    real = stream.make_article

    def extracting(page: RawPage, cfg: Any = None) -> Any:
        log.append(f"extract {page.url[-1]}")
        return real(page, cfg)

    monkeypatch.setattr(stream, "_iter_archive", reading)
    monkeypatch.setattr(stream, "make_article", extracting)
    out = tmp_path / "out.jsonl"
    code = stream.process_archive(argparse.Namespace(archive=str(warc), out=str(out)))
    assert code == 0
    assert log == ["read 0", "extract 0", "read 1", "extract 1", "read 2", "extract 2"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_a_warc_is_read_one_body_at_a_time(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "big.warc", 40, size=256 * 1024)  # 10 MB of bodies
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_pages(warc))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 40
    assert peak < 3 * 1024 * 1024  # a few bodies at most, never the whole archive


def test_the_sink_writes_each_article_as_the_store_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One encoding serves both: the JSONL line (file or stdout) is the store's `data` text,
    # which is the article's dict with sorted keys, not ASCII-escaped.
    pages = [raw(i) for i in range(3)]
    made = [article_from_page(page) for page in pages]
    expected = [json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True) for a in made]
    db = str(tmp_path / "db.sqlite3")
    with open_store(db) as store, stream.ArticleSink(str(tmp_path / "out.jsonl"), store) as sink:
        for page, item in zip(pages, made, strict=True):
            sink.commit(page, item)
        stored = {a.id: a for a in store.articles()}
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines() == expected
    assert sorted(r[0] for r in rows(db, "SELECT data FROM articles")) == sorted(expected)
    assert [stored[a.id] for a in made] == made
    with stream.ArticleSink(None) as to_stdout:
        for page, item in zip(pages, made, strict=True):
            to_stdout.commit(page, item)
    assert capsys.readouterr().out.splitlines() == expected
