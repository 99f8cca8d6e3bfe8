"""Incremental crawls: conditional GETs with validators from an earlier run, 304s counted as
not_modified, stored articles without validators skipped; live (local server) and replayed."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import load_story
from pipeline.records import RawPage
from pipeline.storage.archive import load_replay
from spiders.incremental import KnownIndex, known_from_pages, not_modified_answer
from spiders.run import CrawlResult, known_from_result, result_from_json, result_to_json
from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "pipeline" / "demo"
REPLAY = Path(__file__).parent / "fixtures" / "crawl" / "replay"
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
MONDAY = "Mon, 05 Jan 2026 08:00:00 GMT"


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
    ).encode()


def page(text: str) -> bytes:
    return f"<html><head><title>{text}</title></head><body><p>{text}</p></body></html>".encode()


def html(etag: str | None = None, modified: str | None = None) -> dict[str, str]:
    extra = {"ETag": etag} if etag else {}
    return {**HTML, **extra, **({"Last-Modified": modified} if modified else {})}


# --- unit: the precondition rule and the known index --------------------------------------


@pytest.mark.parametrize(
    "inm, ims, etag, modified, expected",
    [
        ('"a"', None, '"a"', None, True),
        ('W/"a"', None, '"a"', None, True),  # weak comparison
        ('"x", "a"', None, 'W/"a"', None, True),
        ("*", None, '"a"', None, True),
        ('"b"', None, '"a"', None, False),
        ('"b"', MONDAY, '"a"', MONDAY, False),  # If-None-Match decides alone
        ('"a"', None, None, MONDAY, False),
        (None, MONDAY, None, MONDAY, True),  # not newer
        (None, MONDAY, None, "Mon, 05 Jan 2026 07:59:59 GMT", True),
        (None, MONDAY, None, "Mon, 05 Jan 2026 08:00:01 GMT", False),
        (None, "not a date", None, MONDAY, False),
        (None, None, '"a"', MONDAY, False),  # an unconditional GET
    ],
)
def test_not_modified_answer(
    inm: str | None, ims: str | None, etag: str | None, modified: str | None, expected: bool
) -> None:
    assert not_modified_answer(inm, ims, etag, modified) is expected


def test_known_index_matches_the_canonical_form_and_prefers_the_exact_url() -> None:
    index = KnownIndex(
        {
            "https://m.sohu.com/a/901_12/?spm=x": {"etag": '"s"', "stored": True},
            "https://36kr.com/p/1?f=rss": {"etag": None, "last_modified": None, "stored": True},
            "https://36kr.com/p/1": {"etag": '"exact"', "stored": False},
        }
    )
    sohu = index.get("https://www.sohu.com/a/901_12#comments")
    assert sohu is not None and sohu.stored
    assert sohu.conditional_headers() == {"If-None-Match": '"s"'}
    exact = index.get("https://36kr.com/p/1")
    assert exact is not None and exact.etag == '"exact"' and not exact.stored
    feed_spelling = index.get("https://www.36kr.com/p/1?f=rss")  # canonical: first key wins
    assert feed_spelling is not None and feed_spelling.stored and not feed_spelling.has_validators
    assert index.get("https://www.sohu.com/a/902_12") is None and len(index) == 3


def test_result_json_round_trip_keeps_the_incremental_fields() -> None:
    result = CrawlResult(
        pages=[RawPage(url="https://x.org/a", body=b"<p>a</p>", headers={"ETag": '"1"'})],
        errors=[("https://x.org/b", "HTTP 500")],
        discovered=3,
        not_modified=["https://x.org/c"],
        skipped=["https://x.org/d"],
        feeds=[
            {
                "url": "https://x.org/feed",
                "final_url": "https://x.org/feed",
                "status": 200,
                "links": 3,
                "etag": '"f"',
                "last_modified": None,
            }
        ],
    )
    back = result_from_json(result_to_json(result))
    assert back == result
    assert known_from_result(back) == {
        "https://x.org/feed": {"etag": '"f"', "last_modified": None, "stored": False},
        "https://x.org/a": {"etag": '"1"', "last_modified": None, "stored": True},
    }


# --- a live crawl of a local server, twice ---------------------------------------------------


def first_routes(base: str) -> dict[str, Any]:
    return {
        "/robots.txt": Reply(200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        "/feed": Reply(
            200, {**RSS, "ETag": '"feed-1"'}, rss(*(f"{base}/a/{i}" for i in (1, 2, 3, 5, 6, 7)))
        ),
        "/a/1": Reply(200, html(etag='"a1-v1"'), page("one")),
        "/a/2": Reply(200, html(modified=MONDAY), page("two")),
        "/a/3": Reply(200, HTML, page("three")),  # no validators at all
        "/a/5": Reply(200, html(etag='W/"a5-v1"'), page("five")),
        "/a/6": Reply(200, html(etag='"a6-v1"'), page("six")),  # rejected later: not stored
        "/a/7": Reply(200, html(etag='"a7-v1"'), page("seven")),
        "/solo": Reply(200, html(etag='"solo-1"', modified=MONDAY), page("solo")),
    }


def second_routes(base: str) -> dict[str, Any]:
    """The feed gained /a/4 and spells /a/7 with a tracking parameter; /a/5 was edited."""
    return {
        "/feed": Reply(
            200,
            {**RSS, "ETag": '"feed-2"'},
            rss(*(f"{base}/a/{i}" for i in (4, 1, 2, 3, 5, 6)), f"{base}/a/7?utm_source=rss"),
        ),
        "/a/4": Reply(200, html(etag='"a4-v1"'), page("four")),
        "/a/5": Reply(200, html(etag='W/"a5-v2"'), page("five, corrected")),
        "/a/7?utm_source=rss": Reply(200, html(etag='"a7-v1"'), page("seven")),
    }


def _paths(urls: list[str], base: str) -> list[str]:
    return sorted(u.removeprefix(base) for u in urls)


@pytest.fixture(scope="module")
def twice() -> Iterator[dict[str, Any]]:
    with LocalServer({}) as server:
        base = server.base
        server.routes.update(first_routes(base))
        request = {
            "urls": [server.url("/feed"), server.url("/solo")],
            "crawl_cfg": local_cfg(),
            "allow_loopback": True,
        }
        first = run_child(request)
        hits_first = dict(server.hits)
        first_requests = list(server.requests)
        known = known_from_result(result_from_json(first))
        known[server.url("/a/6")]["stored"] = False  # its extraction was rejected
        server.routes.update(second_routes(base))
        second = run_child({**request, "known": known})
        hits_second = {k: v - hits_first.get(k, 0) for k, v in server.hits.items()}
        known.update(known_from_result(result_from_json(second)))
        before_third = dict(server.hits)
        third = run_child({**request, "known": known})
        hits_third = {k: v - before_third.get(k, 0) for k, v in server.hits.items()}
        yield {
            "first": first,
            "second": second,
            "third": third,
            "base": base,
            "server": server,
            "hits": (hits_first, hits_second, hits_third),
            "first_requests": first_requests,
        }


def test_first_crawl_fetches_feed_and_every_article(twice: dict[str, Any]) -> None:
    first, base = twice["first"], twice["base"]
    assert _paths([p["url"] for p in first["pages"]], base) == [
        "/a/1",
        "/a/2",
        "/a/3",
        "/a/5",
        "/a/6",
        "/a/7",
        "/solo",
    ]
    assert first["not_modified"] == [] and first["skipped"] == [] and first["errors"] == []
    (feed,) = first["feeds"]
    assert feed["etag"] == '"feed-1"' and feed["links"] == 6 and feed["status"] == 200
    assert not any(
        "If-None-Match" in h or "If-Modified-Since" in h for _, h in twice["first_requests"]
    )


def test_second_crawl_sends_conditional_requests_with_the_known_validators(
    twice: dict[str, Any],
) -> None:
    server = twice["server"]
    paths = ("/feed", "/a/1", "/a/2", "/a/5", "/solo", "/a/7?utm_source=rss")
    last = {path: seen[-1] for path in paths if (seen := server.headers_seen(path))}
    assert len(server.headers_seen("/feed")) == 3
    assert server.headers_seen("/feed")[1]["If-None-Match"] == '"feed-1"'
    assert last["/a/1"]["If-None-Match"] == '"a1-v1"' and "If-Modified-Since" not in last["/a/1"]
    assert last["/a/2"]["If-Modified-Since"] == MONDAY and "If-None-Match" not in last["/a/2"]
    assert server.headers_seen("/a/5")[1]["If-None-Match"] == 'W/"a5-v1"'
    assert last["/solo"]["If-None-Match"] == '"solo-1"'
    assert last["/solo"]["If-Modified-Since"] == MONDAY
    assert last["/a/7?utm_source=rss"]["If-None-Match"] == '"a7-v1"'  # matched by canonical URL
    # a known page not stored is fetched in full, without preconditions
    assert [("If-None-Match" in h) for h in server.headers_seen("/a/6")] == [False, False]


def test_second_crawl_gets_304s_fetches_only_the_new_and_the_changed(twice: dict[str, Any]) -> None:
    second, base = twice["second"], twice["base"]
    assert _paths([p["url"] for p in second["pages"]], base) == ["/a/4", "/a/5", "/a/6"]
    assert _paths(second["not_modified"], base) == ["/a/1", "/a/2", "/a/7?utm_source=rss", "/solo"]
    assert _paths(second["skipped"], base) == ["/a/3"]
    # 7 listed, and /solo: an entry point stored as an article is discovered by its 304
    assert second["errors"] == [] and second["discovered"] == 8
    assert _paths(second["listings_not_modified"], base) == []  # the feed changed: fetched
    changed = next(p for p in second["pages"] if p["url"].endswith("/a/5"))
    assert {k.lower(): v for k, v in changed["headers"].items()}["etag"] == 'W/"a5-v2"'
    assert base64.b64decode(changed["body_b64"]) == page("five, corrected")
    hits = twice["hits"][1]
    assert hits.get("/a/3", 0) == 0 and hits["/a/4"] == 1 and hits["/a/1"] == 1
    assert second["stats"]["generic"]["newsbrief/not_modified"] == 4


def test_third_crawl_of_an_unchanged_feed_fetches_no_article(twice: dict[str, Any]) -> None:
    third, base = twice["third"], twice["base"]
    assert _paths(third["not_modified"], base) == ["/feed", "/solo"]
    # the feed's 304 is a listing's (no article); /solo, a stored article, is discovered
    assert _paths(third["listings_not_modified"], base) == ["/feed"]
    assert third["pages"] == [] and third["errors"] == [] and third["discovered"] == 1
    assert {p for p, n in twice["hits"][2].items() if n and p.startswith("/a/")} == set()


# --- replay answers conditional requests as the site would -----------------------------------


def _story(entry_points: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "id": "test",
        "title_hint": "test",
        "keywords": ["测试"],
        "sites": list(entry_points),
        "entry_points": entry_points,
    }


def test_replay_of_a_page_directory_honours_if_none_match_and_if_modified_since() -> None:
    tn_a = "https://technode.com/2026/01/08/test-company-lists-in-hong-kong/"
    tn_b = "https://technode.com/2026/01/09/test-model-released/"  # redirected; no Last-Modified
    cn = "https://cn.technode.com/post/2026-01-08/test-listing/"
    known = {
        tn_a: {"etag": 'W/"tn-a-1"', "last_modified": None, "stored": True},
        tn_b: {"etag": None, "last_modified": "Fri, 09 Jan 2026 00:00:00 GMT", "stored": True},
        cn: {"etag": None, "last_modified": "Thu, 08 Jan 2026 09:00:00 GMT", "stored": True},
    }
    result = run_child(
        {
            "story": _story(
                {"technode": ["https://technode.com/feed/", "https://cn.technode.com/feed/"]}
            ),
            "replay": str(REPLAY),
            "no_sockets": True,
            "known": known,
        }
    )
    assert sorted(result["not_modified"]) == sorted([tn_a, cn])
    assert [p["url"] for p in result["pages"]] == [tn_b] and result["errors"] == []


def test_page_directory_entries_get_a_content_etag_unless_they_carry_one() -> None:
    index = load_replay(DEMO)
    tags = {url: dict(entry.headers).get("ETag") for url, entry in index.items()}
    assert all(tag and tag.startswith('"') for tag in tags.values())
    assert len(set(tags.values())) == len({e.body for e in index.values()})  # one tag per body
    tn_a = "https://technode.com/2026/01/08/test-company-lists-in-hong-kong/"
    explicit = load_replay(REPLAY)[tn_a]
    assert dict(explicit.headers)["ETag"] == '"tn-a-1"'


@pytest.fixture(scope="module")
def demo_twice() -> dict[str, Any]:
    story = load_story(ROOT / "configs" / "stories" / "zhipu-ipo.toml")
    request = {
        "story": _story({k: list(v) for k, v in story.entry_points.items()}),
        "replay": str(DEMO),
        "no_sockets": True,
        "story_filter": False,
    }
    first = run_child(request)
    result = result_from_json(first)
    pages_only = known_from_pages(result.pages)
    second = run_child({**request, "known": pages_only})
    third = run_child({**request, "known": known_from_result(result)})
    return {"first": first, "second": second, "third": third}


def test_demo_replayed_again_gives_not_modified_articles_and_no_pages(
    demo_twice: dict[str, Any],
) -> None:
    first, second = demo_twice["first"], demo_twice["second"]
    urls = sorted(p["url"] for p in first["pages"])
    assert len(urls) == 11 and first["errors"] == []
    assert second["pages"] == [] and second["errors"] == [] and second["skipped"] == []
    assert sorted(second["not_modified"]) == urls
    assert second["discovered"] == first["discovered"] == 11


def test_demo_with_feed_validators_stops_at_the_feeds(demo_twice: dict[str, Any]) -> None:
    third = demo_twice["third"]
    feeds = sorted(f["url"] for f in demo_twice["first"]["feeds"])
    assert len(feeds) == 4 and sorted(third["not_modified"]) == feeds
    assert third["pages"] == [] and third["discovered"] == 0 and third["guard"] == []


def test_known_from_store_gives_stored_articles_and_recorded_feed_validators(
    tmp_path: Path,
) -> None:
    from pipeline.records import Article
    from pipeline.storage.store import Store
    from spiders.run import known_from_store

    url = "https://36kr.com/p/3500000000000001?f=rss"
    with Store(tmp_path / "db.sqlite") as store:
        store.upsert_article(
            Article(
                url=url,
                title="t",
                text="一段正文。",
                canonical_url="https://36kr.com/p/3500000000000001",
            )
        )
        store.record_fetch(url, status=200, etag='"k1"')
        store.record_fetch("https://www.36kr.com/feed", status=200, last_modified=MONDAY)
        store.record_fetch("https://www.36kr.com/p/9", status=200, etag='"rejected"')
        known = known_from_store(store, ["https://www.36kr.com/feed", "https://technode.com/feed/"])
    assert known == {
        "https://www.36kr.com/feed": {"etag": None, "last_modified": MONDAY, "stored": False},
        url: {"etag": '"k1"', "last_modified": None, "stored": True},
        "https://36kr.com/p/3500000000000001": {
            "etag": '"k1"',
            "last_modified": None,
            "stored": True,
        },
    }
