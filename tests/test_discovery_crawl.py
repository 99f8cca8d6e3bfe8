"""Discovery in whole crawls (child processes): every method of SITES.md on a replayed page
directory with the sites' host names, and paging limits against a local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply

CST = timezone(timedelta(hours=8))
JSON_TYPE = "application/json; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
SOHU_API = "https://v2.sohu.com/public-api/feed?scene=TAG&sceneId=1204&page={}&size=20"
WP_POSTS = "https://technode.com/wp-json/wp/v2/posts?per_page=2&page={}"
NEWSPACK = "https://technode.com/wp-json/newspack-blocks/v1/articles?page={}&postsToShow=20"


def ms(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=CST).timestamp() * 1000)


def article(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{title}：为测试写的一段正文。</p></article></body></html>"
    ).encode()


def sohu(*rows: tuple[int, str, str]) -> str:
    return json.dumps(
        {"data": [{"id": i, "authorId": 7, "title": t, "publicTime": ms(d)} for i, t, d in rows]},
        ensure_ascii=False,
    )


def rss(*rows: tuple[str, str, str]) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{u}</link><pubDate>{d}</pubDate></item>" for u, t, d in rows
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
    )


def urlset(*rows: tuple[str, str]) -> str:
    urls = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>" for u, m in rows)
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    )


def channel(*rows: tuple[int, str]) -> str:
    items = [{"templateMaterial": {"itemId": i, "widgetTitle": t}} for i, t in rows]
    state = json.dumps(
        {"information": {"informationList": {"itemList": items}}}, ensure_ascii=False
    )
    return f"<html><body><script>window.initialState={state}</script></body></html>"


def wp(*rows: tuple[str, str]) -> str:
    return json.dumps(
        [
            {
                "link": u,
                "date_gmt": "2026-01-08T02:00:00",
                "title": {"rendered": t},
                "excerpt": {"rendered": "<p>…</p>"},
            }
            for u, t in rows
        ]
    )


TN = "https://technode.com/2026/01/0{}/{}/"
LISTINGS: dict[str, tuple[str, str]] = {
    SOHU_API.format(1): (
        JSON_TYPE,
        sohu(
            (11, "智谱首日收涨", "2026-01-08"),
            (12, "固态电池量产", "2026-01-08"),
            (13, "智谱公布配售结果", "2026-01-07"),
        ),
    ),
    SOHU_API.format(2): (
        JSON_TYPE,
        sohu((14, "智谱招股", "2026-01-05"), (15, "智谱旧闻", "2025-12-20")),
    ),  # left the window
    "https://www.sohu.com/tag/1204": (
        HTML_TYPE,
        '<a href="/a/16_7?spm=x">智谱市值</a><a href="/a/17_7">电池</a><a href="/tag/9">标签</a>',
    ),
    "https://36kr.com/sitemap.xml": (
        XML_TYPE,
        (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<sitemap><loc>https://36kr.com/sitemap/2025-06.xml</loc><lastmod>2025-06-30</lastmod></sitemap>"
            "<sitemap><loc>https://36kr.com/sitemap/2026-01.xml</loc><lastmod>2026-01-09</lastmod></sitemap>"
            "</sitemapindex>"
        ),
    ),
    "https://36kr.com/sitemap/2026-01.xml": (
        XML_TYPE,
        urlset(
            ("https://36kr.com/p/2001", "2026-01-08"),
            ("https://36kr.com/p/2002", "2025-10-01"),
            ("https://36kr.com/information/AI/", "2026-01-09"),
        ),
    ),
    "https://www.36kr.com/feed-article": (
        "application/rss+xml",
        rss(
            ("https://36kr.com/p/1001?f=rss", "GLM-5即将到来", "2026-01-09 08:30:00 +0800"),
            ("https://36kr.com/p/1002?f=rss", "咖啡融资", "2026-01-08 14:00:00 +0800"),
        ),
    ),
    "https://36kr.com/information/AI/": (HTML_TYPE, channel((3001, "智谱上市"), (3002, "芯片"))),
    WP_POSTS.format(1): (
        JSON_TYPE,
        wp(
            (TN.format(8, "zhipu-debut"), "Zhipu debut"), (TN.format(8, "glm-ipo"), "GLM maker IPO")
        ),
    ),
    WP_POSTS.format(2): (
        JSON_TYPE,
        wp((TN.format(7, "zhipu-books"), "Zhipu books"), (TN.format(7, "robot"), "A robot")),
    ),
    WP_POSTS.format(3): (JSON_TYPE, "[]"),  # the posts ran out
    NEWSPACK.format(1): (
        JSON_TYPE,
        json.dumps({"items": [{"url": TN.format(9, "glm-5"), "title": "Zhipu GLM-5"}]}),
    ),
    NEWSPACK.format(2): (JSON_TYPE, json.dumps({"items": []})),
}
FOLLOWED = {
    "sohu": [
        "https://www.sohu.com/a/11_7",
        "https://www.sohu.com/a/13_7",
        "https://www.sohu.com/a/14_7",
        "https://www.sohu.com/a/16_7",
    ],
    "36kr": ["https://36kr.com/p/2001", "https://36kr.com/p/1001?f=rss", "https://36kr.com/p/3001"],
    "technode": [
        TN.format(8, "zhipu-debut"),
        TN.format(8, "glm-ipo"),
        TN.format(7, "zhipu-books"),
        TN.format(9, "glm-5"),
    ],
}
FILTERED = [
    "https://www.sohu.com/a/12_7",
    "https://www.sohu.com/a/15_7",
    "https://www.sohu.com/a/17_7",
    "https://36kr.com/p/2002",
    "https://36kr.com/p/1002?f=rss",
    "https://36kr.com/p/3002",
    TN.format(7, "robot"),
]
SEED = "https://www.sohu.com/a/18_7"  # an off-story article given as a seed URL
ENTRY_POINTS = {
    "sohu": [SOHU_API.format(1), "https://www.sohu.com/tag/1204"],
    "36kr": [
        "https://36kr.com/sitemap.xml",
        "https://www.36kr.com/feed-article",
        "https://36kr.com/information/AI/",
    ],
    "technode": [WP_POSTS.format(1), NEWSPACK.format(1)],
}


@pytest.fixture(scope="module")
def replay_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("discovery")
    (root / "pages").mkdir()
    pages: list[dict[str, Any]] = []
    entries = {url: reply for url, reply in LISTINGS.items()}
    every = [u for urls in FOLLOWED.values() for u in urls] + FILTERED + [SEED]
    entries.update({url: (HTML_TYPE, article(url.rsplit("/", 2)[-2] + " 智谱")) for url in every})
    for n, (url, (ctype, body)) in enumerate(entries.items()):
        name = f"p{n}.bin"
        data = body if isinstance(body, bytes) else body.encode()
        (root / "pages" / name).write_bytes(data)
        pages.append({"url": url, "file": name, "status": 200, "headers": {"Content-Type": ctype}})
    (root / "manifest.json").write_text(json.dumps({"pages": pages}), encoding="utf-8")
    return root


def story(**extra: Any) -> dict[str, Any]:
    return {
        "id": "t",
        "title_hint": "t",
        "keywords": ["智谱", "Zhipu", "GLM"],
        "sites": list(ENTRY_POINTS),
        "entry_points": ENTRY_POINTS,
        "date_from": "2026-01-01",
        "date_to": "2026-01-31",
        **extra,
    }


@pytest.fixture(scope="module")
def replayed(replay_dir: Path) -> dict[str, Any]:
    return run_child(
        {"story": story(), "urls": [SEED], "replay": str(replay_dir), "no_sockets": True}
    )


def test_each_discovery_method_yields_exactly_the_on_story_articles(
    replayed: dict[str, Any],
) -> None:
    expected = [u for urls in FOLLOWED.values() for u in urls] + [SEED]
    assert sorted(replayed["stats"]["discovered_urls"]) == sorted(expected)
    assert sorted(p["url"] for p in replayed["pages"]) == sorted(expected)
    assert replayed["errors"] == [] and replayed["blocked"] == [] and replayed["guard"] == []


def test_filtered_items_are_listed_and_counted(replayed: dict[str, Any]) -> None:
    assert sorted(replayed["filtered"]) == sorted(FILTERED)
    counts = {name: replayed["stats"][name].get("newsbrief/filtered", 0) for name in FOLLOWED}
    assert counts == {"sohu": 3, "36kr": 3, "technode": 1}


def test_paging_stops_where_the_listings_say(replayed: dict[str, Any]) -> None:
    stats = replayed["stats"]
    assert stats["sohu"]["newsbrief/list_left_window"] == 1  # no page 3 of the Sohu feed
    assert stats["technode"]["newsbrief/list_end"] == 2  # WordPress page 3, Newspack page 2
    assert "newsbrief/list_errors" not in stats["technode"]  # no page past the end was asked
    # sohu: 2 feed pages + tag page + 5 articles; 36kr: index + 1 child sitemap (the 2025 one
    # is out of the window) + feed + channel + 3 articles; technode: 3 + 2 listings + 4 articles
    requests = {name: stats[name]["downloader/request_count"] for name in FOLLOWED}
    robots = {name: stats[name].get("robotstxt/request_count", 0) for name in FOLLOWED}
    assert {k: v - robots[k] for k, v in requests.items()} == {"sohu": 8, "36kr": 7, "technode": 9}


def test_without_the_filter_everything_listed_is_fetched(replay_dir: Path) -> None:
    result = run_child(
        {"story": story(), "replay": str(replay_dir), "no_sockets": True, "story_filter": False}
    )
    assert result["filtered"] == []
    followed = {u for urls in FOLLOWED.values() for u in urls}
    assert sorted(result["stats"]["discovered_urls"]) == sorted(followed | set(FILTERED))


def test_page_budget_is_shared_across_the_spiders(replay_dir: Path) -> None:
    result = run_child({"story": story(max_pages=5), "replay": str(replay_dir), "no_sockets": True})
    assert result["discovered"] == 5 and len(result["pages"]) == 5
    assert len({p["site"] for p in result["pages"]}) >= 2
    over = sum(result["stats"][name].get("newsbrief/over_budget", 0) for name in FOLLOWED)
    assert over >= 1  # listed articles past the budget were refused, not fetched


# --- paging against a local server: what was asked, seen from the server ---------------


def api_routes(base: str) -> dict[str, Any]:
    def page(prefix: str, n: int, day: str = "2026-01-08") -> Reply:
        rows = [
            {"url": f"{base}/art/{prefix}{n}{k}", "title": f"智谱 {n}{k}", "date": day}
            for k in "ab"
        ]
        return Reply(200, {"Content-Type": JSON_TYPE}, json.dumps(rows).encode())

    routes: dict[str, Any] = {"/robots.txt": Reply(200, {"Content-Type": "text/plain"}, b"")}
    routes.update({f"/runaway/api?page={n}": page("r", n) for n in range(1, 10)})
    routes.update({f"/ends/api?page={n}": page("e", n) for n in (1, 2)})
    routes["/ends/api?page=3"] = Reply(200, {"Content-Type": JSON_TYPE}, b"[]")
    routes["/window/api?page=1"] = page("w", 1)
    routes["/window/api?page=2"] = page("w", 2, "2025-12-30")
    routes.update({f"/window/api?page={n}": page("w", n) for n in (3, 4)})
    routes.update(
        {
            f"/art/{p}{n}{k}": Reply(body=article(f"{p}{n}{k}"))
            for p in "rew"
            for n in range(1, 10)
            for k in "ab"
        }
    )
    return routes


@pytest.fixture(scope="module")
def paged() -> Iterator[dict[str, Any]]:
    with LocalServer({}) as server:
        server.routes.update(api_routes(server.base))
        entries = [server.url(f"/{name}/api?page=1") for name in ("runaway", "ends", "window")]
        request = {
            "story": {
                "id": "t",
                "title_hint": "t",
                "keywords": ["智谱"],
                "sites": ["example"],
                "entry_points": {"example": entries},
                "date_from": "2026-01-01",
            },
            "crawl_cfg": local_cfg(),
            "allow_loopback": True,
            "max_list_pages": 3,
        }
        result = run_child(request)
        yield {"result": result, "hits": dict(server.hits)}


def test_paging_stops_at_the_entry_point_limit(paged: dict[str, Any]) -> None:
    hits = paged["hits"]
    assert [hits.get(f"/runaway/api?page={n}", 0) for n in range(1, 6)] == [1, 1, 1, 0, 0]
    assert paged["result"]["stats"]["generic"]["newsbrief/list_page_limit"] >= 1


def test_paging_stops_when_items_run_out_or_leave_the_window(paged: dict[str, Any]) -> None:
    hits = paged["hits"]
    assert [hits.get(f"/ends/api?page={n}", 0) for n in range(1, 5)] == [1, 1, 1, 0]
    assert [hits.get(f"/window/api?page={n}", 0) for n in range(1, 4)] == [1, 1, 0]
    fetched = sorted(p["url"].rsplit("/", 1)[-1] for p in paged["result"]["pages"])
    assert fetched == [
        "e1a",
        "e1b",
        "e2a",
        "e2b",
        "r1a",
        "r1b",
        "r2a",
        "r2b",
        "r3a",
        "r3b",
        "w1a",
        "w1b",
    ]  # w2a, w2b: before the window, filtered
    assert sorted(paged["result"]["filtered"]) == sorted(
        paged["result"]["pages"][0]["url"].rsplit("/", 1)[0] + f"/w2{k}" for k in "ab"
    )
