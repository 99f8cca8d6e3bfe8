"""A listing entry that names no web page (javascript:, mailto:, data:, a relative link
with no base, a robots.txt `Sitemap:` line with a malformed host) is skipped and the
listing's other entries are crawled: Scrapy's Request raised on the first, and the whole
feed, sitemap or robots.txt became one `spider error` with none of its pages fetched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.web.urls import join_url
from spiders.discovery import json_items, rss_items, sitemap_items
from spiders.listing import robots_sitemaps
from tests.cli_helpers import read_jsonl, run_cli
from tests.httpserver import LocalServer, Reply

BASE = "https://news.example.org/"
GOOD = "https://news.example.org/2026/01/08/harbour.html"
NO_PAGES = ["javascript:alert(1)", "mailto:desk@example.org", "data:text/html,<p>x</p>", "ftp:"]
TITLE = "Le port rouvre"
PROSE = "Le port de la ville a rouvert lundi après deux ans de travaux, a annoncé la mairie."


@pytest.mark.parametrize("link", NO_PAGES)
def test_a_link_to_no_web_page_is_none(link: str) -> None:
    assert join_url(BASE, link) is None
    assert join_url("", "/2026/01/08/harbour.html") is None  # relative, and no base
    assert join_url(BASE, "2026/01/08/harbour.html") == GOOD


def test_each_listing_keeps_its_web_pages_only() -> None:
    links = [*NO_PAGES, GOOD]
    rss = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in links)
    assert [i.url for i in rss_items(f"<rss><channel>{rss}</channel></rss>".encode(), BASE)] == [
        GOOD
    ]
    atom = "".join(f'<entry><title>t</title><link href="{u}"/></entry>' for u in links)
    feed = f'<feed xmlns="http://www.w3.org/2005/Atom">{atom}</feed>'.encode()
    assert [i.url for i in rss_items(feed, BASE)] == [GOOD]
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in links)
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    assert [i.url for i in sitemap_items(sitemap.encode(), BASE)[1]] == [GOOD]
    listing = json.dumps({"items": [{"url": u} for u in links]}).encode()
    assert [i.url for i in json_items(listing, BASE)] == [GOOD]


def test_robots_sitemap_lines_that_name_no_web_address_are_skipped() -> None:
    robots = (
        b"User-agent: *\nSitemap: javascript:x\nSitemap: http://[zz]/\nSitemap:\n"
        b"sitemap: /news.xml\nSitemap: https://cdn.example.org/s.xml.gz\n\xff\xfe\n"
    )
    assert robots_sitemaps(robots, BASE + "robots.txt") == [
        "https://news.example.org/news.xml",
        "https://cdn.example.org/s.xml.gz",
    ]


def _page() -> bytes:
    return (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        f"<article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize("how", ["--feed", "--sitemap"])
def test_a_feed_or_robots_txt_with_a_no_page_entry_is_still_crawled(
    how: str, tmp_path: Path
) -> None:
    with LocalServer({"/2026/01/08/harbour.html": Reply(body=_page())}) as server:
        good = server.url("/2026/01/08/harbour.html")
        entries = "".join(f'<entry><title>t</title><link href="{u}"/></entry>' for u in NO_PAGES)
        server.routes["/feed.atom"] = Reply(
            headers={"Content-Type": "application/atom+xml"},
            body=(
                f'<feed xmlns="http://www.w3.org/2005/Atom">{entries}'
                f'<entry><title>t</title><link href="{good}"/></entry></feed>'
            ).encode(),
        )
        server.routes["/sitemap.xml"] = Reply(
            headers={"Content-Type": "application/xml"},
            body=(
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{good}</loc></url></urlset>"
            ).encode(),
        )
        robots = "User-agent: *\nAllow: /\nSitemap: javascript:x\nSitemap: http://[zz]/\n"
        robots += f"Sitemap: {server.url('/sitemap.xml')}\n"
        server.routes["/robots.txt"] = Reply(body=robots.encode())
        config = tmp_path / "crawl.toml"
        config.write_text(
            "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\n", encoding="utf-8"
        )
        listing = server.url("/feed.atom") if how == "--feed" else server.url("/")
        out = tmp_path / "articles.jsonl"
        done = run_cli(
            tmp_path, "crawl", how, listing, "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(out),
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "spider error" not in done.stderr and "Traceback" not in done.stderr
    assert [row["url"] for row in read_jsonl(out)] == [good]
