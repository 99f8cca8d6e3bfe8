"""Hostile pages: structured data nested past Python's recursion limit, characters XML cannot
hold, and a page the code fails on. Each such page is read (or skipped and counted) and the
crawl goes on; no traceback reaches the user."""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path

import pytest
import scrapy
from scrapy.http import HtmlResponse
from twisted.python.failure import Failure

from pipeline.app.cli import main
from pipeline.app.outage import network_failed
from pipeline.pages import make_article
from pipeline.records import Article, RawPage, Reject, RejectReason
from pipeline.web.jsonvalue import json_value, json_value_at
from pipeline.web.urls import absolute, canonical_form, join_url
from spiders.context import CrawlContext, PageBudget
from spiders.crawl_process import _on_spider_error
from spiders.discovery import feed_items, json_items, rss_items, sitemap_items, text_sitemap_items
from spiders.run import CrawlResult
from tests.cli_helpers import read_jsonl, run_cli
from tests.httpserver import LocalServer, Reply

PROSE = (
    "The harbour authority opened a new container terminal on Monday after four years of "
    "works, doubling the port's capacity according to its director. "
) * 4
TITLE = "Harbour opens a new terminal"


def page(head: str = "", body: str = "") -> bytes:
    return (
        f"<html><head><title>{TITLE}</title>{head}</head><body><h1>{TITLE}</h1>"
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article>{body}</body></html>"
    ).encode()


def made(body: bytes) -> Article | Reject:
    return make_article(RawPage(url="https://news.example.org/a/1.html", body=body))


DEEP = {
    # json.loads raises RecursionError (not ValueError) on these
    "JSON-LD of 5,000 open arrays": page(
        '<script type="application/ld+json">' + "[" * 5000 + "</script>"
    ),
    "JSON-LD object nested 5,000 deep": page(
        '<script type="application/ld+json">' + '{"a":' * 5000 + "</script>"
    ),
    # parsed, then walked: 900 levels of @graph and of arrays
    "JSON-LD @graph nested 900 deep": page(
        '<script type="application/ld+json">' + '{"@graph":' * 900 + "{}" + "}" * 900 + "</script>"
    ),
    "JSON-LD arrays nested 900 deep": page(
        '<script type="application/ld+json">'
        + "[" * 900
        + '{"@type":"NewsArticle","headline":"x"}'
        + "]" * 900
        + "</script>"
    ),
    "__NEXT_DATA__ nested 5,000 deep": page(
        '<script id="__NEXT_DATA__" type="application/json">' + "[" * 5000 + "</script>"
    ),
    "application state nested 5,000 deep": page(
        "<script>window.__INITIAL_STATE__=" + '{"a":' * 5000 + "</script>"
    ),
}


@pytest.mark.parametrize("case", sorted(DEEP))
def test_deeply_nested_structured_data_is_ignored(case: str) -> None:
    article = made(DEEP[case])
    assert isinstance(article, Article), article
    assert article.title == TITLE and "container terminal" in article.text


def test_characters_xml_cannot_hold_are_dropped_before_parsing() -> None:
    # libxml2 keeps them in text nodes, and lxml refused to move such a text when a node
    # around it was dropped (ValueError: All strings must be XML compatible)
    body = page(body="<div class='ad'>\x01</div>\x02tail\x0bwith\x0cblanks").replace(
        b"</p>", b"</\x00p>\x03", 1
    )
    article = made(body)
    assert isinstance(article, Article), article
    assert "container terminal" in article.text
    assert not any(ch in article.text for ch in "\x00\x01\x02\x03\x0b\x0c")


def test_a_page_the_code_fails_on_is_skipped_with_one_line(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(page: RawPage, *args: object) -> Article:
        raise RuntimeError("a bug met on this page")

    monkeypatch.setattr("pipeline.pages.extract_article", broken)
    with caplog.at_level(logging.ERROR):
        result = made(page())
    assert isinstance(result, Reject)
    assert result.reason is RejectReason.EXTRACTION_FAILED
    assert result.detail == "RuntimeError: a bug met on this page"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is None
    assert "https://news.example.org/a/1.html" in errors[0].getMessage()


def test_untrusted_json_gives_a_value_or_none() -> None:
    assert json_value('{"a": [1, 2]}') == {"a": [1, 2]}
    assert json_value('{"a": "line\nbreak"}') == {"a": "line\nbreak"}  # raw control characters
    assert json_value("[" * 100_000) is None
    assert json_value("{not json") is None
    assert json_value_at('x = {"a": 1}; more', 4) == ({"a": 1}, 12)
    assert json_value_at("x = " + "[" * 100_000, 4) == (None, 4)
    assert feed_items(b"[" * 100_000) == []


def test_the_crawl_goes_on_past_hostile_pages(tmp_path: Path) -> None:
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n"),
        "/deep.html": Reply(body=DEEP["JSON-LD of 5,000 open arrays"]),
        "/controls.html": Reply(body=page(body="\x01\x0b<div>\x02</div>")),
        "/plain.html": Reply(body=page()),
        # strings cut inside an emoji: half a surrogate pair, which no file or store takes
        "/halves.html": Reply(
            body=page(
                head='<script type="application/ld+json">{"@type": "NewsArticle", '
                '"headline": "Harbour opens \\ud83d", "author": {"name": "Ann \\udc00 Lee"}, '
                '"description": "New terminal \\ud83d\\ude00"}</script>'
            )
        ),
        # the "no date" values of software, and a date no clock can move to UTC
        "/nodate.html": Reply(
            body=page(
                head='<meta property="article:published_time" content="0001-01-01T00:00:00">'
                '<meta property="article:modified_time" content="9999-12-31T23:59:59-05:00">'
            )
        ),
    }
    config = tmp_path / "crawl.toml"
    config.write_text(
        "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\nautothrottle = false\n",
        encoding="utf-8",
    )
    with LocalServer(routes) as server:
        urls = [
            server.url(p)
            for p in ("/deep.html", "/controls.html", "/plain.html", "/nodate.html", "/halves.html")
        ]
        out = tmp_path / "articles.jsonl"
        done = run_cli(
            tmp_path, "crawl", *urls, "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(out),
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = read_jsonl(out)
    assert sorted(row["url"] for row in rows) == sorted(urls)
    undated = next(row for row in rows if row["url"].endswith("/nodate.html"))
    assert undated["published_at"] is None and undated["modified_at"] is None
    halves = next(row for row in rows if row["url"].endswith("/halves.html"))
    assert halves["author"] == "Ann \ufffd Lee"
    assert halves["summary"] == "New terminal \U0001f600"  # a whole pair is its character


def test_json_strings_are_valid_unicode() -> None:
    assert json_value('["a\\ud83d", {"b\\udc00": "\\ud83d\\ude00"}]') == [
        "a\ufffd",
        {"b\ufffd": "\U0001f600"},
    ]
    assert json_value_at('x = {"a": "\\ud83d"}; "\\udc00"', 4) == ({"a": "\ufffd"}, 19)
    nested = json_value("[" * 900 + '"\\ud83d"' + "]" * 900)  # no recursion to make it valid
    for _ in range(900):
        nested = nested[0]
    assert nested == "\ufffd"


def test_a_page_in_a_log_line_is_its_url_and_size_not_its_body() -> None:
    raw = RawPage(url="https://news.example.org/a/1.html", body=page(), status=200)
    shown = repr(raw)
    assert "harbour authority" not in shown
    assert shown.startswith("RawPage(url='https://news.example.org/a/1.html', status=200")
    assert f"<{len(raw.body)} bytes>" in shown


def test_an_internal_error_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(page: RawPage, cfg: object = None) -> Article:
        raise RuntimeError("a bug")

    monkeypatch.setattr("pipeline.pages.article_from_page", broken)  # read by `extract`
    path = tmp_path / "page.html"
    path.write_bytes(page())
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        "newsbrief: internal error (RuntimeError: a bug); stored articles are kept, -v shows more"
    ]


BAD_URLS = ["http://[zz]/a", "http://[::1/b", "https://news.example.org:999999/c"]
GOOD_URL = "https://news.example.org/2026/01/08/harbour.html"


def test_a_link_that_is_no_url_is_none() -> None:
    for bad in BAD_URLS:
        assert join_url("https://news.example.org/", bad) is None, bad
        assert absolute(bad, "https://news.example.org/") is None, bad
    assert canonical_form("http://[zz]/a") == "http://[zz]/a"  # no URL: given back as it is
    assert join_url("https://news.example.org/2026/", "01/08/harbour.html") == GOOD_URL
    assert absolute("//news.example.org/x", "https://a.example/") == "https://news.example.org/x"


def test_listings_keep_their_good_entries_past_a_malformed_one() -> None:
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in [*BAD_URLS, GOOD_URL])
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    assert [i.url for i in sitemap_items(sitemap.encode(), "https://news.example.org/")[1]] == [
        GOOD_URL
    ]
    links = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in [*BAD_URLS, GOOD_URL])
    rss = f"<rss><channel>{links}</channel></rss>".encode()
    assert [i.url for i in rss_items(rss, "https://news.example.org/")] == [GOOD_URL]
    text = "\n".join([*BAD_URLS, GOOD_URL]).encode()
    assert [i.url for i in text_sitemap_items(text, "https://news.example.org/")] == [GOOD_URL]
    listing = json.dumps([{"url": u} for u in [*BAD_URLS, GOOD_URL]]).encode()
    assert [i.url for i in json_items(listing, "https://news.example.org/")] == [GOOD_URL]


def test_a_malformed_canonical_link_leaves_the_page_its_own_url() -> None:
    url = "https://news.example.org/a/1.html"
    body = page(head='<link rel="canonical" href="http://[zz]/a">')
    article = make_article(RawPage(url=url, body=body))
    assert isinstance(article, Article), article
    assert article.canonical_url == url


def test_a_page_whose_own_url_is_malformed_still_makes_its_article() -> None:
    """A WARC record's or a caller's URL with a broken bracketed host, on a page whose links
    are scheme-less ("//host/x"): the links are resolved without reading the page URL's
    host, and the page is an article, not a page skipped as extraction_failed."""
    for bad in BAD_URLS:
        body = page(head='<meta property="og:image" content="//img.example.org/a.jpg">')
        article = make_article(RawPage(url=bad, body=body))
        assert isinstance(article, Article), (bad, article)
    assert absolute("//img.example.org/a.jpg", "http://[::1/b") is None  # no base to join to


def test_a_sitemap_with_a_malformed_entry_is_still_crawled(tmp_path: Path) -> None:
    with LocalServer({"/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n")}) as server:
        good = server.url("/2026/01/08/harbour.html")
        locs = "".join(f"<url><loc>{u}</loc></url>" for u in [*BAD_URLS, good])
        server.routes["/sitemap.xml"] = Reply(
            headers={"Content-Type": "application/xml"},
            body=f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode(),
        )
        server.routes["/2026/01/08/harbour.html"] = Reply(body=page())
        config = tmp_path / "crawl.toml"
        config.write_text(
            "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\n", encoding="utf-8"
        )
        out = tmp_path / "articles.jsonl"
        done = run_cli(
            tmp_path, "crawl", "--sitemap", server.url("/sitemap.xml"), "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(out),
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Spider error" not in done.stderr and "Traceback" not in done.stderr
    assert [row["url"] for row in read_jsonl(out)] == [good]


def test_a_listing_whose_reader_raises_is_an_error_of_its_url_not_an_outage() -> None:
    # Scrapy's spider_error, as the crawl handles it: the URL asked for (before redirects)
    # gets an error, which run.json and rejects.jsonl show and which makes exit 3, not 0
    context = CrawlContext(budget=PageBudget(10))
    on_error = _on_spider_error(context)
    request = scrapy.Request(
        "https://news.example.org/feed2", meta={"redirect_urls": ["https://news.example.org/feed"]}
    )
    response = HtmlResponse(request.url, body=b"<rss/>", request=request)
    try:
        raise RuntimeError("a bug in the feed reader")
    except RuntimeError:
        on_error(Failure(), response)
    assert context.errors == [
        ("https://news.example.org/feed", "spider error: RuntimeError: a bug in the feed reader")
    ]
    crawled = CrawlResult(errors=context.errors)
    assert not network_failed(crawled, live=True)  # a bug, not the network
    assert network_failed(CrawlResult(errors=[("https://a.example/", "TimeoutError: x")]), True)


def test_what_a_site_answered_is_no_outage(tmp_path: Path) -> None:
    """A crawl whose one page was refused by the address guard, would not decode, or
    redirected to no web page: exit 3 (a page failed), not 5 (the network failed: a cron job
    would retry an outage, and retrying these changes nothing)."""
    fake_gzip = Reply(
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}, body=b"plain" * 40
    )
    routes: dict[str, Reply] = {
        "/robots.txt": Reply(status=404),
        "/fake-gzip.html": fake_gzip,
        "/to-private": Reply(status=302, headers={"Location": "http://10.1.2.3/a.html"}),
        "/to-script": Reply(status=302, headers={"Location": "javascript:alert(1)"}),
    }
    config = tmp_path / "crawl.toml"
    config.write_text(
        "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\nautothrottle = false\n",
        encoding="utf-8",
    )
    with LocalServer(routes) as server:
        for path in ("/fake-gzip.html", "/to-private", "/to-script"):
            done = run_cli(tmp_path, "crawl", server.url(path), "--config", str(config))
            assert done.returncode == 3, (path, done.stderr)
            assert f"error: {server.url(path)}: " in done.stderr
            assert "Traceback" not in done.stderr
    for message in (
        "ConnectionRefusedError: Connection was refused by other side: 111",
        "DNSLookupError: DNS lookup failed: no results for hostname lookup: x.invalid.",
        "ResponseNeverReceived: [<twisted.python.failure.Failure ConnectionLost>]",
    ):
        assert network_failed(CrawlResult(errors=[("https://a.example/", message)]), True)


def _mangled(body: bytes, rng: random.Random) -> bytes:
    """`body` damaged one way: cut, spliced with random bytes, tags broken, quotes dropped,
    nested JSON put in front, bits flipped."""
    kind = rng.randrange(7)
    at = rng.randrange(len(body) + 1)
    if kind == 0:
        return body[:at]
    if kind == 1:
        return (
            body[:at] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))) + body[at:]
        )
    if kind == 2:
        return body.replace(b">", b"", rng.randrange(1, 60))
    if kind == 3:
        return body.replace(b'"', b"", rng.randrange(1, 60))
    if kind == 4:
        return b'<script type="application/ld+json">' + b"[" * 4000 + b"</script>" + body
    if kind == 5:
        return bytes(b ^ 0x80 if rng.random() < 0.01 else b for b in body)
    return body.replace(b"</", b"</\x00", 20)


def test_no_mangled_page_is_an_extraction_failure() -> None:
    # The demo's pages of every site (the site parsers and the generic path), damaged 150
    # ways under their own URLs and a generic one: each is an article or a typed rejection,
    # never a failure of the code (extraction_failed is what a crash would have become).
    demo = Path(__file__).resolve().parent.parent / "pipeline" / "demo"
    manifest = json.loads((demo / "manifest.json").read_text(encoding="utf-8"))
    pages = [
        (p["url"], (demo / "pages" / p["file"]).read_bytes())
        for p in manifest["pages"]
        if p["file"].endswith(".html")
    ]
    rng = random.Random(20261202)
    for _ in range(150):
        url, body = rng.choice(pages)
        url = rng.choice([url, "https://news.example.org/a/1.html"])
        made = make_article(RawPage(url=url, body=_mangled(body, rng)))
        if isinstance(made, Reject):
            assert made.reason is not RejectReason.EXTRACTION_FAILED, (url, made.detail)


def test_articles_naming_their_front_page_as_canonical_stay_apart_in_the_store(
    tmp_path: Path,
) -> None:
    from pipeline.pages import make_article
    from pipeline.records import Article, RawPage
    from pipeline.storage.store import Store

    def body(n: int) -> bytes:
        text = "".join(
            f"<p>Article {n}, paragraph {i}: the council met again to argue about the budget "
            "for schools, roads and the new library branch.</p>"
            for i in range(6)
        )
        return (
            '<html><head><link rel="canonical" href="https://news.example.org/">'
            f"<title>Story {n}</title></head><body><article><h1>Story {n}</h1>{text}"
            "</article></body></html>"
        ).encode()

    store = Store(tmp_path / "s.sqlite3")
    for n in (1, 2):
        made = make_article(RawPage(url=f"https://news.example.org/a/{n}", body=body(n)))
        assert isinstance(made, Article)
        store.upsert_article(made)
    assert len(list(store.articles())) == 2
    store.close()


@pytest.mark.parametrize(
    "href", ["javascript:void(0)", "about:blank", "mailto:desk@example.org", "data:text/html,x"]
)
def test_a_canonical_link_or_image_that_is_no_web_address_is_none(href: str) -> None:
    # every page of a template naming one of these would otherwise be one record
    url = "https://news.example.org/a/1.html"
    head = f'<link rel="canonical" href="{href}"><meta property="og:image" content="{href}">'
    article = make_article(RawPage(url=url, body=page(head=head)))
    assert isinstance(article, Article), article
    assert article.canonical_url == url
    assert article.images == ()


def test_a_response_without_a_body_is_said_and_counted(tmp_path: Path) -> None:
    """An empty 200 and a 204 make no article: each is one 'rejected (empty)' line naming
    it, as any rejected page (they were counted, exit 3, but named nowhere)."""
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n"),
        "/empty.html": Reply(headers={"Content-Type": "text/html"}, body=b""),
        "/none": Reply(status=204, headers={}, body=b""),
        "/plain.html": Reply(body=page()),
    }
    config = tmp_path / "crawl.toml"
    config.write_text(
        "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\nautothrottle = false\n",
        encoding="utf-8",
    )
    with LocalServer(routes) as server:
        urls = [server.url(p) for p in ("/empty.html", "/none", "/plain.html")]
        done = run_cli(
            tmp_path, "crawl", *urls, "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(tmp_path / "a.jsonl"),
        )  # fmt: skip
    assert done.returncode == 3, done.stderr
    said = [line for line in done.stderr.splitlines() if "rejected (empty)" in line]
    # (Scrapy fetches the URLs given at once: the replies come back in any order)
    assert sorted(line.split(": rejected")[0].split()[-1] for line in said) == sorted(urls[:2]), (
        said
    )
    assert [row["url"] for row in read_jsonl(tmp_path / "a.jsonl")] == [urls[2]]


def test_urls_given_that_redirect_to_each_other_are_named(tmp_path: Path) -> None:
    """Two URLs given that redirect to each other: Scrapy drops each redirect as a duplicate
    request, so neither is answered; each is one 'left out' line saying so (it was silence,
    and exit 0 had nothing else gone wrong)."""
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n"),
        "/one": Reply(status=302, headers={"Location": "/two"}, body=b""),
        "/two": Reply(status=302, headers={"Location": "/one"}, body=b""),
    }
    config = tmp_path / "crawl.toml"
    config.write_text(
        "[crawl]\nallow_loopback = true\ndownload_delay = 0.0\nautothrottle = false\n",
        encoding="utf-8",
    )
    with LocalServer(routes) as server:
        urls = [server.url("/one"), server.url("/two")]
        done = run_cli(
            tmp_path, "crawl", *urls, "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(tmp_path / "a.jsonl"),
        )  # fmt: skip
    assert done.returncode == 3, done.stderr
    said = sorted(line for line in done.stderr.splitlines() if line.startswith("left out: "))
    assert [line.split(": ")[1] for line in said] == urls, said
    assert all("redirected to" in line for line in said), said


def test_a_url_given_that_lists_nothing_is_said(tmp_path: Path) -> None:
    """A URL given that answers JSON with no article in it (an API by mistake) is read as a
    listing of nothing: a warning names it, not an INFO line only -v shows."""
    routes = {
        "/robots.txt": Reply(body=b"User-agent: *\nAllow: /\n"),
        "/api": Reply(headers={"Content-Type": "application/json"}, body=b'{"status": "ok"}'),
    }
    config = tmp_path / "crawl.toml"
    config.write_text("[crawl]\nallow_loopback = true\n", encoding="utf-8")
    with LocalServer(routes) as server:
        done = run_cli(
            tmp_path, "crawl", server.url("/api"), "--config", str(config),
            "--db", str(tmp_path / "store.sqlite3"), "--out", str(tmp_path / "a.jsonl"),
        )  # fmt: skip
    said = [line for line in done.stderr.splitlines() if line.startswith("WARNING")]
    assert any(f"0 items (json) in {server.url('/api')}" in line for line in said), done.stderr
