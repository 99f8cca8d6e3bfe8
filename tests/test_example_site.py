"""A made-up site (tests/sites_fixture/example_daily.py) added to the registry is picked up
end to end: URL -> site, page -> Article by its parser, outlet name, canonical URL, block
marker, pace, and a crawl of a loopback server through the registry-driven spider."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import StoryConfig
from pipeline.errors import Rejected, RejectReason
from pipeline.extract import extract_article, extract_text
from pipeline.records import RawPage
from pipeline.sites import (
    SITES,
    block_reason,
    canonical_url,
    citation_url,
    outlet_name,
    site_for_url,
)
from spiders.crawl_process import _spider_class
from spiders.run import plan_crawl, spider_for_url
from spiders.settings import download_slots
from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply
from tests.sites_fixture import example_daily

HERE = Path(__file__).parent / "sites_fixture"
PAGE = HERE / "example_daily_2026-01-08.html"
META = json.loads(PAGE.with_suffix(".meta.json").read_text(encoding="utf-8"))
EXPECTED = json.loads(PAGE.with_suffix(".expected.json").read_text(encoding="utf-8"))
SPEC = example_daily.SPEC
ARTICLE = "https://www.example-daily.test/news/20260108/4242.html"
BLOCK = b"<html><body><p>Example Daily is checking your browser...</p></body></html>"


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one registry line a real site gets in pipeline/sites/__init__.py."""
    monkeypatch.setitem(SITES, SPEC.name, SPEC)


def test_url_to_site() -> None:
    assert site_for_url(META["url"]) is SPEC
    assert spider_for_url(ARTICLE) == "example-daily"
    assert SPEC.is_article_url(ARTICLE) and SPEC.article_id_for(ARTICLE) == "4242"
    assert not SPEC.is_article_url("https://www.example-daily.test/news/")


def test_page_to_article_by_its_parser() -> None:
    page = RawPage(
        url=META["url"], body=PAGE.read_bytes(), headers={"Content-Type": META["content_type"]}
    )
    article = extract_article(page)
    assert article.parser == META["parser"] and article.extraction_method == "site"
    for key in ("title", "author", "summary", "site", "site_article_id", "language"):
        assert getattr(article, key) == EXPECTED[key], key
    assert article.canonical_url == EXPECTED["canonical_url"]
    assert article.published_at is not None
    assert article.published_at.isoformat() == EXPECTED["published_at"]  # its zone, not Shanghai
    assert article.paragraphs == EXPECTED["paragraphs"]
    assert all(snippet not in article.text for snippet in EXPECTED["must_not_contain"])


def test_saved_page_without_url_is_sniffed() -> None:
    assert extract_text(PAGE.read_bytes()) == "\n".join(EXPECTED["paragraphs"])


def test_outlet_names() -> None:
    assert outlet_name("example-daily", ARTICLE) == "Example Daily"
    fr = "https://fr.example-daily.test/news/20260108/4242.html"
    assert outlet_name("example-daily", fr) == "Example Daily (édition française)"
    assert SPEC.language_for(fr) == "fr"


def test_canonical_url_drops_its_tracking_param_and_maps_its_mobile_host() -> None:
    assert canonical_url(META["url"]) == ARTICLE
    assert citation_url(META["url"]) == ARTICLE
    # the parameter is the site's own: another host keeps it
    assert canonical_url("https://example.org/a?edref=1") == "https://example.org/a?edref=1"


def test_block_marker_recognized() -> None:
    reason = block_reason(BLOCK.decode(), ARTICLE)
    assert reason == "waf: Example Daily check"
    assert block_reason(BLOCK.decode(), "http://127.0.0.1:1/x", site="example-daily") == reason
    assert block_reason(BLOCK.decode(), "https://example.org/x") is None  # not another site's
    with pytest.raises(Rejected) as err:
        from pipeline.pages import article_from_page

        article_from_page(RawPage(url=ARTICLE, body=BLOCK))
    assert err.value.reason is RejectReason.BLOCKED


def test_crawl_plan_spider_and_pace_come_from_the_spec() -> None:
    story = StoryConfig(id="t", title_hint="t", keywords=("Harbour",), sites=("example-daily",))
    assert plan_crawl(story, []) == {"example-daily": list(SPEC.crawl.feeds)}
    spider = _spider_class("example-daily")
    assert spider.name == "example-daily" and spider.spec is SPEC  # type: ignore[attr-defined]
    slots = download_slots()
    assert slots["www.example-daily.test"] == {"delay": 1.5, "concurrency": 1, "jitter": 0.5}
    assert "m.example-daily.test" in slots and "36kr.com" in slots


# --- a live crawl of a loopback server, through the registry-driven spider -------------------


def _list_page() -> bytes:
    links = [
        '<a href="/news/20260108/4242.html?edref=list">Harbour tunnel opens</a>',
        '<a href="/news/20260108/4243.html">Harbour tolls explained</a>',
        '<a href="/news/20260108/4244.html">Weather: rain again</a>',  # left out by the story
        '<a href="/about.html">About Harbour Daily</a>',  # not an article path
    ]
    return f"<html><body>{''.join(links)}</body></html>".encode()


@pytest.fixture(scope="module")
def crawled() -> Iterator[dict[str, Any]]:
    with LocalServer({}) as server:
        tolls = PAGE.read_bytes().replace(b"4242", b"4243")
        server.routes.update(
            {
                "/list.html": Reply(body=_list_page()),
                "/news/20260108/4242.html": Reply(body=PAGE.read_bytes()),
                "/news/20260108/4243.html": Reply(body=tolls),
                "/news/20260108/9999.html": Reply(body=BLOCK),
            }
        )
        request = {
            "story": {
                "id": "t",
                "title_hint": "t",
                "keywords": ["Harbour"],
                "sites": ["example-daily"],
                "entry_points": {"example-daily": [server.url("/list.html")]},
            },
            "crawl_cfg": local_cfg(),
            "allow_loopback": True,
            "site_modules": ["tests.sites_fixture.example_daily"],
        }
        live = run_child(request)
        request["story"]["entry_points"] = {"example-daily": [server.url("/news/20260108/9999.html")]}  # fmt: skip
        blocked = run_child(request)
        yield {"live": live, "blocked": blocked, "server": server}


def test_crawl_follows_the_list_links_of_the_spec(crawled: dict[str, Any]) -> None:
    server = crawled["server"]
    pages = {p["url"].removeprefix(server.base): p for p in crawled["live"]["pages"]}
    assert sorted(pages) == ["/news/20260108/4242.html", "/news/20260108/4243.html"]
    assert {p["site"] for p in pages.values()} == {"example-daily"}
    assert crawled["live"]["blocked"] == [] and crawled["live"]["errors"] == []
    headers = server.headers_seen("/news/20260108/4242.html")
    assert headers and headers[0].get("Accept-Language") == "en-US"  # the spec's headers
    body = base64.b64decode(pages["/news/20260108/4242.html"]["body_b64"])
    article = extract_article(RawPage(url=ARTICLE, body=body, site="example-daily"))
    assert article.parser == "example-daily/1" and article.paragraphs == EXPECTED["paragraphs"]


def test_crawl_stops_at_the_spec_block_marker(crawled: dict[str, Any]) -> None:
    ((url, reason),) = crawled["blocked"]["blocked"]
    assert url.endswith("/news/20260108/9999.html") and reason == "waf: Example Daily check"
    assert crawled["blocked"]["pages"] == []
