"""Faults of a local server end as counted outcomes of crawl(): an error naming the URL and a
reason, or a page that extraction then rejects (or decodes right). Never a crash, never a hang."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from typing import Any

import pytest

from pipeline.errors import Rejected, RejectReason
from pipeline.extract import extract_article
from pipeline.records import RawPage
from tests.crawl_child import local_cfg, run_child
from tests.httpserver import WRONG_CHARSET_TEXT, LocalServer, Reply, fault_routes

MB = 1024 * 1024
PAGE = b"<html><head><title>ok</title></head><body><p>A plain page for tests.</p></body></html>"
STALL = 2.5  # seconds a stalled or silent route holds the connection (the timeout is 1 s)
RETRIES = 1


@pytest.fixture(scope="module")
def faults() -> Iterator[dict[str, Any]]:
    routes = fault_routes(stall_seconds=STALL)
    with LocalServer(dict(routes)) as server:
        robots = Reply(200, {"Content-Type": "text/plain"}, b"User-agent: *\n")
        server.routes["/robots.txt"] = robots
        server.routes["/ok"] = Reply(body=PAGE)
        paths = [*routes, "/ok"]
        known = {server.url("/fault/500"): {"etag": '"stored-1"', "stored": True}}
        started = time.monotonic()
        result = run_child(
            {
                "urls": [server.url(p) for p in paths],
                "known": known,
                "crawl_cfg": local_cfg(timeout=1.0, retry_times=RETRIES),
                "allow_loopback": True,
            },
            timeout=60,
        )
        yield {
            "result": result,
            "elapsed": time.monotonic() - started,
            "paths": paths,
            "hits": dict(server.hits),
            "server": server,
            "errors": {url.removeprefix(server.base): msg for url, msg in result["errors"]},
            "pages": {p["url"].removeprefix(server.base): p for p in result["pages"]},
        }


def _page(outcome: dict[str, Any], path: str) -> RawPage:
    p = outcome["pages"][path]
    return RawPage(
        url=p["url"],
        body=base64.b64decode(p["body_b64"]),
        status=p["status"],
        headers=p["headers"],
        final_url=p["final_url"],
        site=p["site"],
    )


def test_every_fault_is_one_counted_outcome_and_the_crawl_ends(faults: dict[str, Any]) -> None:
    errors, pages = faults["errors"], faults["pages"]
    for path in faults["paths"]:
        assert (path in errors) != (path in pages), path  # exactly one outcome each
    assert set(errors) == {
        "/fault/500",
        "/fault/silent",
        "/fault/stall",
        "/fault/truncated",
        "/fault/huge",
    }
    assert set(pages) == {"/fault/garbage", "/fault/wrong-charset", "/fault/ten-mb", "/ok"}
    assert faults["result"]["blocked"] == [] and faults["result"]["not_modified"] == []
    assert faults["elapsed"] < 30  # two 1 s timeouts per stalled route, not a hang


def test_500_is_retried_then_an_error_even_for_a_stored_article(faults: dict[str, Any]) -> None:
    assert faults["errors"]["/fault/500"] == "HTTP 500"
    assert faults["hits"]["/fault/500"] == 1 + RETRIES
    # the conditional GET of a stored article failed: an error, not "not modified"
    seen = faults["server"].headers_seen("/fault/500")
    assert seen[0]["If-None-Match"] == '"stored-1"'


@pytest.mark.parametrize("path", ["/fault/silent", "/fault/stall"])
def test_silence_and_stalls_time_out(faults: dict[str, Any], path: str) -> None:
    assert "took longer than 1.0 seconds" in faults["errors"][path]
    assert faults["hits"][path] == 1 + RETRIES


def test_truncated_body_is_an_error_not_a_page(faults: dict[str, Any]) -> None:
    message = faults["errors"]["/fault/truncated"]
    assert message.startswith("ResponseDataLossError") and "truncated body" in message
    assert faults["hits"]["/fault/truncated"] == 1 + RETRIES


def test_body_over_ten_mib_refused_ten_mb_page_whole(faults: dict[str, Any]) -> None:
    assert "larger than download max size" in faults["errors"]["/fault/huge"]
    body = _page(faults, "/fault/ten-mb").body
    assert len(body) == 10_000_000 and body.endswith(b"</body></html>")
    assert faults["result"]["maxrss_kb"] < 250 * 1024


def test_garbage_bytes_arrive_as_a_page_extraction_rejects(faults: dict[str, Any]) -> None:
    page = _page(faults, "/fault/garbage")
    assert len(page.body) == 20_000
    with pytest.raises(Rejected) as caught:
        extract_article(page)
    assert caught.value.reason in (
        RejectReason.NOT_ARTICLE,
        RejectReason.UNDECODABLE,
        RejectReason.EMPTY,
        RejectReason.TOO_SHORT,
    )


def test_gbk_bytes_declared_utf8_are_decoded_right(faults: dict[str, Any]) -> None:
    page = _page(faults, "/fault/wrong-charset")
    assert "charset=utf-8" in page.headers["Content-Type"]
    article = extract_article(page)
    assert article.title == "测试页面标题" and WRONG_CHARSET_TEXT in article.text
