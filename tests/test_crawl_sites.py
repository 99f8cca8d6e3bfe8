"""Discovery per site, block pages, archive and replay: crawls run in child processes."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.storage.archive import iter_warc
from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply

REPLAY = Path(__file__).parent / "fixtures" / "crawl" / "replay"
SOHU_FEED = "https://v2.sohu.com/public-api/feed?scene=TAG&sceneId=1204&page=1&size=20"
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
WAF = "<html><head><title>安全检测</title></head><body><p>正在进行安全检测，请稍候……</p></body></html>"


def story(entry_points: dict[str, list[str]], **extra: Any) -> dict[str, Any]:
    return {
        "id": "test",
        "title_hint": "test",
        "keywords": ["测试"],
        "sites": list(entry_points),
        "entry_points": entry_points,
        **extra,
    }


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>测试</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()


def page(text: str) -> bytes:
    return f"<html><head><title>{text}</title></head><body><p>{text}</p></body></html>".encode()


# --- replay of a page directory with the sites' real host names -------------------------


@pytest.fixture(scope="module")
def replayed() -> dict[str, Any]:
    request = {
        "story": story(
            {
                "sohu": [SOHU_FEED],
                "36kr": ["https://www.36kr.com/feed"],
                "technode": ["https://technode.com/feed/", "https://cn.technode.com/feed/"],
            }
        ),
        "urls": ["https://example.org/news/a-generic-story.html"],
        "replay": str(REPLAY),
        "no_sockets": True,
    }
    return run_child(request)


def test_replay_discovers_exactly_the_articles_of_each_site(replayed: dict[str, Any]) -> None:
    assert sorted(replayed["stats"]["discovered_urls"]) == sorted(
        [
            "https://www.36kr.com/p/3500000000000001?f=rss",  # fetched as given; the copy without
            "https://www.36kr.com/p/3500000000000002?f=rss",  # ?f=rss is the same article
            "https://www.sohu.com/a/900000001_121000001",
            "https://www.sohu.com/a/900000002_121000002",
            "https://technode.com/2026/01/08/test-company-lists-in-hong-kong/",
            "https://technode.com/2026/01/09/test-model-released/",
            "https://cn.technode.com/post/2026-01-08/test-listing/",
            "https://example.org/news/a-generic-story.html",
        ]
    )
    assert replayed["discovered"] == 8


def test_replay_pages_carry_site_redirect_and_recorded_time(replayed: dict[str, Any]) -> None:
    pages = {p["url"]: p for p in replayed["pages"]}
    assert len(pages) == 8 and replayed["errors"] == [] and replayed["blocked"] == []
    moved = pages["https://technode.com/2026/01/09/test-model-released/"]
    assert moved["final_url"] == "https://technode.com/2026/01/09/test-model-released-2/"
    assert {p["site"] for p in pages.values()} == {"sohu", "36kr", "technode", None}
    assert pages["https://example.org/news/a-generic-story.html"]["site"] is None
    assert {p["fetched_at"] for p in pages.values()} == {"2026-01-08T12:00:00+00:00"}


def test_replay_touches_no_socket_and_no_dns(replayed: dict[str, Any]) -> None:
    assert replayed["guard"] == []


def test_replay_respects_the_page_budget() -> None:
    request = {
        "story": story({"sohu": [SOHU_FEED]}, max_pages=1),
        "replay": str(REPLAY),
        "no_sockets": True,
    }
    result = run_child(request)
    assert result["discovered"] == 1 and len(result["pages"]) == 1


# --- a live crawl of a local server, archived, then replayed from the WARC ---------------


def local_routes(base: str) -> dict[str, Any]:
    return {
        "/robots.txt": Reply(
            200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"
        ),
        "/36kr/feed": Reply(
            200,
            RSS,
            rss(f"{base}/36kr/p/1001?f=rss", f"{base}/36kr/p/1002?f=rss", f"{base}/36kr/p/1001"),
        ),
        "/36kr/p/1001?f=rss": Reply(body=page("甲")),
        "/36kr/p/1002?f=rss": Reply(body=page("乙")),
        "/technode/feed/": Reply(
            200, RSS, rss(f"{base}/technode/2026/01/08/a/", f"{base}/technode/2026/01/09/b/")
        ),
        "/technode/2026/01/08/a/": Reply(body=page("A")),
        "/technode/2026/01/09/b/": Reply(301, {"Location": "/technode/2026/01/09/b-final/"}, b""),
        "/technode/2026/01/09/b-final/": Reply(body=page("B")),
        "/cn/feed/": Reply(
            200,
            {**RSS, "Content-Encoding": "gzip"},
            gzip.compress(rss(f"{base}/cn/post/2026-01-08/c/")),
        ),
        "/cn/post/2026-01-08/c/": Reply(
            200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(page("丙"))
        ),
    }


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    warc = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    with LocalServer({}) as server:
        server.routes.update(local_routes(server.base))
        entry = {
            "36kr": [server.url("/36kr/feed")],
            "technode": [server.url("/technode/feed/"), server.url("/cn/feed/")],
        }
        live = run_child(
            {
                "story": story(entry),
                "archive": str(warc),
                "crawl_cfg": local_cfg(),
                "allow_loopback": True,
            }
        )
        replay = run_child({"story": story(entry), "replay": str(warc), "no_sockets": True})
        yield {
            "live": live,
            "replay": replay,
            "warc": warc,
            "base": server.base,
            "hits": server.hits,
        }


def test_local_discovery_yields_exactly_the_feed_articles(archived: dict[str, Any]) -> None:
    base = archived["base"]
    assert sorted(archived["live"]["stats"]["discovered_urls"]) == sorted(
        base + p
        for p in [
            "/36kr/p/1001?f=rss",
            "/36kr/p/1002?f=rss",
            "/technode/2026/01/08/a/",
            "/technode/2026/01/09/b/",
            "/cn/post/2026-01-08/c/",
        ]
    )
    assert archived["hits"]["/36kr/p/1001"] == 0  # the same article as ?f=rss: not refetched


def test_gzip_page_body_arrives_decoded(archived: dict[str, Any]) -> None:
    pages = {p["url"].removeprefix(archived["base"]): p for p in archived["live"]["pages"]}
    import base64

    body = base64.b64decode(pages["/cn/post/2026-01-08/c/"]["body_b64"])
    assert (
        "丙".encode() in body
        and "Content-Encoding" not in pages["/cn/post/2026-01-08/c/"]["headers"]
    )


def _key(p: dict[str, Any]) -> tuple[Any, ...]:
    return (
        p["url"],
        p["final_url"],
        p["status"],
        sorted(p["headers"].items()),
        p["body_b64"],
        p["fetched_at"],
        p["site"],
    )


def test_archived_crawl_replays_identically_offline(archived: dict[str, Any]) -> None:
    live, replay = archived["live"], archived["replay"]
    assert len(live["pages"]) == 5
    assert sorted(map(_key, replay["pages"])) == sorted(map(_key, live["pages"]))
    assert replay["guard"] == []


def test_iter_warc_reads_back_the_crawled_pages(archived: dict[str, Any]) -> None:
    import base64

    read = sorted(
        (
            p.url,
            p.final_url,
            p.body,
            p.fetched_at.isoformat() if p.fetched_at else None,
            p.site,
            sorted(p.headers.items()),
        )
        for p in iter_warc(archived["warc"])
    )
    live = sorted(
        (
            p["url"],
            p["final_url"],
            base64.b64decode(p["body_b64"]),
            p["fetched_at"],
            p["site"],
            sorted(p["headers"].items()),
        )
        for p in archived["live"]["pages"]
    )
    assert read == live


# --- block pages ---------------------------------------------------------------------------


def test_waf_page_is_blocked_not_retried_and_stops_only_that_site() -> None:
    with LocalServer({}) as server:
        base = server.base
        server.routes.update(
            {
                "/36kr/feed": Reply(200, RSS, rss(*(f"{base}/36kr/p/{i}" for i in range(8)))),
                **{f"/36kr/p/{i}": Reply(200, HTML, WAF.encode()) for i in range(8)},
                "/technode/feed/": Reply(200, RSS, rss(f"{base}/technode/x/")),
                "/technode/x/": Reply(body=page("fine")),
            }
        )
        entry = {"36kr": [server.url("/36kr/feed")], "technode": [server.url("/technode/feed/")]}
        result = run_child(
            {
                "story": story(entry),
                "crawl_cfg": local_cfg(concurrent_per_domain=1, download_delay=0.2),
                "allow_loopback": True,
                "twice": True,
            }
        )
        hits = dict(server.hits)
    assert len(result["blocked"]) == 1
    url, reason = result["blocked"][0]
    assert url.startswith(base + "/36kr/p/") and "正在进行安全检测" in reason
    # two crawls (see "second" below) of 8 WAF pages each: each stopped at its first
    assert sum(hits.get(f"/36kr/p/{i}", 0) for i in range(8)) <= 4
    assert all(hits.get(f"/36kr/p/{i}", 0) <= 2 for i in range(8))  # no retry
    assert [p["site"] for p in result["pages"]] == ["technode"]
    second = result["second"]  # a second crawl() in one process runs in a child process
    assert len(second["blocked"]) == 1 and [p["site"] for p in second["pages"]] == ["technode"]
