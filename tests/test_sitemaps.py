"""Issue 12 item 6: sitemaps in every form a site publishes them, fetched by Scrapy (robots,
politeness, the address guard) and read by spiders.discovery: robots.txt Sitemap lines, a
gzipped index and gzipped children, Google News titles, plain-text sitemaps; a sitemap that
cannot be read is one line naming it, never a traceback; an XML bomb is never expanded."""

from __future__ import annotations

import gzip
import resource
import time
from collections.abc import Iterator
from typing import Any

import pytest
from scrapy.http import XmlResponse

from spiders.discovery import SitemapError, sitemap_body, sitemap_items, text_sitemap_items
from spiders.generic import GenericSpider
from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply
from tests.test_discovery import URLSET, run, spider

NS = (
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
)
GZ = {"Content-Type": "application/x-gzip"}
XML = {"Content-Type": "application/xml"}


def _page(n: int) -> bytes:
    return f"<html><head><title>Page {n}</title></head><body><p>page {n}</p></body></html>".encode()


def _urlset(*entries: str) -> bytes:
    return f'<?xml version="1.0"?><urlset {NS}>{"".join(entries)}</urlset>'.encode()


@pytest.fixture(scope="module")
def crawled() -> Iterator[dict[str, Any]]:
    routes: dict[str, Any] = {f"/p/{n}.html": Reply(200, body=_page(n)) for n in range(1, 8)}
    with LocalServer(routes) as server:
        u = server.url
        routes["/robots.txt"] = Reply(
            200,
            {"Content-Type": "text/plain"},
            f"User-agent: *\nSitemap: {u('/maps/index.xml.gz')}\n".encode(),
        )
        index = (
            f'<?xml version="1.0"?><sitemapindex {NS}>'
            f"<sitemap><loc>{u('/maps/news.xml.gz')}</loc></sitemap>"
            f"<sitemap><loc>{u('/maps/pages.txt')}</loc></sitemap>"
            f"<sitemap><loc>{u('/maps/broken.xml.gz')}</loc></sitemap>"
            "</sitemapindex>"
        )
        routes["/maps/index.xml.gz"] = Reply(200, GZ, gzip.compress(index.encode()))
        news = _urlset(
            # a Google News entry with a title and no publication date keeps its title
            f"<url><loc>{u('/p/1.html')}</loc><news:news><news:title>Harbour news"
            "</news:title></news:news></url>",
            f"<url><loc>{u('/p/2.html')}</loc><lastmod>2026-01-08</lastmod></url>",
        )
        routes["/maps/news.xml.gz"] = Reply(200, GZ, gzip.compress(news))
        text = f"{u('/p/3.html')}\n\n{u('/p/4.html')}\nnot a url\n".encode()
        routes["/maps/pages.txt"] = Reply(200, {"Content-Type": "text/plain"}, text)
        routes["/maps/broken.xml.gz"] = Reply(200, GZ, b"\x1f\x8b\x08 not gzip at all")
        # entry points: a plain sitemap that is HTML (a soft 404), and one over the body cap
        routes["/sitemap.xml"] = Reply(200, body=b"<html><body>Not found</body></html>")
        big = _urlset(*(f"<url><loc>{u(f'/p/{n}.html')}</loc></url>" for n in range(40000)))
        # over the pages' body cap, under the sitemaps' own: read
        padding = "<!-- " + "x" * 400_000 + " -->"
        roomy = _urlset(padding, f"<url><loc>{u('/p/7.html')}</loc></url>")
        routes["/roomy-sitemap.xml"] = Reply(200, XML, roomy)
        routes["/big-sitemap.xml.gz"] = Reply(200, GZ, gzip.compress(big))
        # given, not named a sitemap: a gzipped one is read as one; another .gz is no page
        today = _urlset(f"<url><loc>{u('/p/5.html')}</loc></url>")
        routes["/news/2026-01.xml.gz"] = Reply(200, GZ, gzip.compress(today))
        routes["/files/data.csv.gz"] = Reply(200, GZ, gzip.compress(b"a,b\n1,2\n"))
        # a sitemap index listing itself among its children (a site's generator does)
        six = _urlset(f"<url><loc>{u('/p/6.html')}</loc></url>")
        routes["/maps/six.xml"] = Reply(200, XML, six)
        routes["/maps/all.xml"] = Reply(
            200,
            XML,
            f'<?xml version="1.0"?><sitemapindex {NS}><sitemap><loc>{u("/maps/all.xml")}'
            f"</loc></sitemap><sitemap><loc>{u('/maps/six.xml')}</loc></sitemap>"
            "</sitemapindex>".encode(),
        )
        request = {
            "urls": [
                u("/maps/all.xml"),
                u("/roomy-sitemap.xml"),
                *(u(path) for path in ("/robots.txt", "/sitemap.xml", "/big-sitemap.xml.gz")),
                *(u(path) for path in ("/news/2026-01.xml.gz", "/files/data.csv.gz")),
            ],
            "crawl_cfg": local_cfg(
                max_body_bytes=256 * 1024, max_sitemap_bytes=1024 * 1024, retry_times=0
            ),
            "allow_loopback": True,
            "max_list_pages": 10,
        }
        yield {"result": run_child(request), "server": server}


def test_robots_gzip_index_gzip_child_and_text_sitemap_reach_the_pages(
    crawled: dict[str, Any],
) -> None:
    result, server = crawled["result"], crawled["server"]
    fetched = sorted(p["url"].removeprefix(server.base) for p in result["pages"])
    pages = [f"/p/{n}.html" for n in range(1, 8)]
    assert fetched == ["/files/data.csv.gz", *pages]  # the .csv.gz: a page, rejected later
    assert server.hits["/maps/index.xml.gz"] == 1 and server.hits["/maps/news.xml.gz"] == 1


def test_a_sitemap_index_listing_itself_is_read_once_and_not_called_left_out(
    crawled: dict[str, Any],
) -> None:
    result, server = crawled["result"], crawled["server"]
    assert server.hits["/maps/all.xml"] == 1
    assert not [url for url, _ in result["not_fetched"] if url.endswith("/maps/all.xml")]


def test_unreadable_sitemaps_are_one_line_each_never_a_traceback(
    crawled: dict[str, Any],
) -> None:
    result, server = crawled["result"], crawled["server"]
    errors = {url.removeprefix(server.base): why for url, why in result["errors"]}
    assert "root element <html>" in errors["/sitemap.xml"]
    assert "over 1048576 bytes once inflated" in errors["/big-sitemap.xml.gz"]
    assert "/maps/broken.xml.gz" not in errors  # a child: that branch ends, counted
    assert result["stats"]["generic"]["newsbrief/list_errors"] == 1


def test_news_title_without_date_and_child_lastmod_are_kept() -> None:
    children, pages = sitemap_items(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        b"<loc>https://a.example/s/1.xml</loc><lastmod>2026-01-09</lastmod></sitemap>"
        b"</sitemapindex>",
        "https://a.example/sitemap.xml",
    )
    assert [(c.url, str(c.modified)[:10]) for c in children] == [
        ("https://a.example/s/1.xml", "2026-01-09")
    ]
    _, pages = sitemap_items(
        _urlset(
            "<url><loc>https://a.example/1</loc><news:news><news:title>Zhipu IPO</news:title>"
            "</news:news></url><url><loc></loc></url><url><loc>https://a.example/3</loc></url>"
        ),
        "https://a.example/sitemap.xml",
    )
    # an empty <loc> loses nothing after it
    assert [(p.url, p.texts) for p in pages] == [
        ("https://a.example/1", ("Zhipu IPO",)),
        ("https://a.example/3", ()),
    ]


def test_text_sitemap_and_gzip_helpers() -> None:
    body = "\ufeffhttps://a.example/1\n  https://a.example/2  \n# no\n/relative\n".encode()
    assert [i.url for i in text_sitemap_items(body, "https://a.example/s.txt")] == [
        "https://a.example/1",
        "https://a.example/2",
    ]
    assert sitemap_body(gzip.compress(b"<urlset/>"), 100) == b"<urlset/>"
    assert sitemap_body(b"<urlset/>", 1) == b"<urlset/>"  # not gzipped: as is
    with pytest.raises(SitemapError, match="over 100 bytes"):
        sitemap_body(gzip.compress(bytes(1000)), 100)
    with pytest.raises(SitemapError, match="bad gzip data"):
        sitemap_body(b"\x1f\x8b\x08garbage", 100)
    with pytest.raises(SitemapError, match="not XML"):
        sitemap_items(b"\x00\x01", "https://a.example/s.xml")


def test_xml_bomb_is_refused_without_expansion() -> None:
    """Billion laughs (10^9 'lol's if expanded): refused in bounded time and memory, one
    error line for the entry point, no page requested."""
    levels = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY lol0 "lol">{levels}]>'
        f"<urlset {NS}><url><loc>https://a.example/&lol9;</loc></url>"
        "<url><loc>https://a.example/ok</loc></url></urlset>"
    ).encode()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    with pytest.raises(SitemapError, match="declares XML entities"):
        sitemap_items(bomb, "https://a.example/sitemap.xml")
    assert time.monotonic() - start < 2
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024  # KiB
    crawler = spider(GenericSpider, story=None)
    response = XmlResponse("https://a.example/sitemap.xml", body=bomb)
    assert run(crawler, response) == ([], [])
    ((url, why),) = crawler.context.errors
    assert url == "https://a.example/sitemap.xml" and "declares XML entities" in why
    # a sitemap without a DTD is read as before
    plain = XmlResponse("https://36kr.com/sitemap.xml", body=URLSET)
    assert len(run(spider(GenericSpider, story=None), plain)[0]) == 6
