"""Offline unit tests of discovery callbacks, block pages, Retry-After and the address guard."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.spidermiddlewares.metacopy import MetaCopyDetectionMiddleware
from twisted.internet.error import DNSLookupError

from pipeline.config import CrawlConfig
from pipeline.records import RawPage
from pipeline.sites import SITES, block_reason
from spiders.base import site_spider
from spiders.context import CrawlContext, PageBudget
from spiders.generic import GenericSpider
from spiders.kr36 import Kr36Spider
from spiders.middlewares import _refusal, retry_after_seconds
from spiders.resolver import refusal_for
from spiders.run import plan_crawl, spider_for_url
from spiders.settings import SPIDER_MIDDLEWARES

SohuSpider = site_spider(SITES["sohu"])
TechNodeSpider = site_spider(SITES["technode"])

RSS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    b"<item><title>a</title><link>https://www.36kr.com/p/3500000000000001?f=rss</link></item>"
    b"<item><title>b</title><link>https://www.36kr.com/p/3500000000000002?f=rss</link></item>"
    b"<item><title>a again</title><link>https://www.36kr.com/p/3500000000000001</link></item>"
    b"</channel></rss>"
)


def spider(cls: type, limit: int = 100) -> object:
    return cls(context=CrawlContext(budget=PageBudget(limit)))


def urls(results: object) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]  # type: ignore[attr-defined]


def test_kr36_feed_links_fetched_as_given_deduplicated_without_f_rss() -> None:
    response = XmlResponse(
        url="https://www.36kr.com/feed", body=RSS, headers={"Content-Type": "application/rss+xml"}
    )
    assert urls(spider(Kr36Spider).parse_entry(response)) == [  # type: ignore[attr-defined]
        "https://www.36kr.com/p/3500000000000001?f=rss",
        "https://www.36kr.com/p/3500000000000002?f=rss",
    ]
    kr = spider(Kr36Spider)
    assert kr.canonical("https://36kr.com/p/1?f=rss&x=1#top") == "https://36kr.com/p/1?x=1"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "body",
    [
        b'[{"id": 901, "authorId": 12, "title": "t"}, {"id": 902, "authorId": 13}]',
        b'{"data": [{"id": 901, "authorId": 12, "title": "t"}, {"id": 902, "authorId": 13}]}',
    ],
)
def test_sohu_json_feed_bare_array_or_data(body: bytes) -> None:
    response = TextResponse(
        url="https://v2.sohu.com/public-api/feed?scene=TAG",
        body=body,
        headers={"Content-Type": "application/json"},
    )
    assert urls(spider(SohuSpider).parse_entry(response)) == [  # type: ignore[attr-defined]
        "https://www.sohu.com/a/901_12",
        "https://www.sohu.com/a/902_13",
        "https://v2.sohu.com/public-api/feed?scene=TAG&page=2",
    ]  # the API's next page


def test_technode_rss_and_page_budget() -> None:
    body = (
        b"<rss><channel>"
        + b"".join(
            b"<item><link>https://technode.com/2026/01/0%d/p%d/</link></item>" % (i, i)
            for i in range(1, 5)
        )
        + b"</channel></rss>"
    )
    response = XmlResponse(url="https://technode.com/feed/", body=body)
    assert len(urls(spider(TechNodeSpider, limit=2).parse_entry(response))) == 2  # type: ignore[attr-defined]


def test_an_html_entry_point_is_itself_the_page() -> None:
    html = "<html><body><p>页面</p></body></html>".encode()
    response = HtmlResponse(
        url="https://example.org/a",
        body=html,
        request=Request("https://example.org/a"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    (item,) = list(spider(GenericSpider).parse_entry(response))  # type: ignore[attr-defined]
    assert isinstance(item, RawPage) and item.body == html and item.site is None
    assert item.fetched_at is not None and item.fetched_at.tzinfo is not None


def test_requests_carry_none_of_scrapys_internal_meta_keys() -> None:
    # The crawl leaves out Scrapy's MetaCopyDetectionMiddleware (spiders.settings), whose one
    # job is to warn when a spider copies response.meta into its new requests: ours build
    # each request's meta afresh, even from a response that came through redirects and retries
    internal = MetaCopyDetectionMiddleware._INTERNAL_KEYS
    meta = {key: 1 for key in internal} | {"redirect_urls": ["https://www.36kr.com/rss"]}
    feed = XmlResponse(
        url="https://www.36kr.com/feed",
        body=RSS,
        headers={"Content-Type": "application/rss+xml"},
        request=Request("https://www.36kr.com/feed", meta=meta),
    )
    api = TextResponse(
        url="https://v2.sohu.com/public-api/feed?scene=TAG",
        body=b'[{"id": 901, "authorId": 12}]',
        headers={"Content-Type": "application/json"},
        request=Request("https://v2.sohu.com/public-api/feed?scene=TAG", meta=meta),
    )
    made = [
        *spider(Kr36Spider).parse_entry(feed),  # type: ignore[attr-defined]
        *spider(SohuSpider).parse_entry(api),  # type: ignore[attr-defined]
    ]
    requests = [r for r in made if isinstance(r, Request)]
    assert len(requests) == 4  # two articles, one article and the API's next page
    assert all(not internal & r.meta.keys() for r in requests)
    assert "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware" in SPIDER_MIDDLEWARES


def test_spider_chosen_by_domain() -> None:
    assert spider_for_url("https://m.36kr.com/p/1") == "36kr"
    assert spider_for_url("https://cn.technode.com/post/2026-01-08/x/") == "technode"
    assert spider_for_url("https://www.sohu.com/a/1_2") == "sohu"
    assert spider_for_url("https://notsohu.com/a/1_2") == "generic"
    assert plan_crawl(None, ["https://www.sohu.com/a/1_2", "https://example.org/x"]) == {
        "sohu": ["https://www.sohu.com/a/1_2"],
        "generic": ["https://example.org/x"],
    }


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<html><body>正在进行安全检测，请稍候</body></html>", "waf"),
        (
            '<html><head><title>安全验证</title></head><body><div class="geetest_panel"></div></body></html>',
            "captcha",
        ),
        ("<html><body><script>window.initialState={}</script></body></html>", "initialState"),
        (
            '<html><body><script>window.initialState = {"articleDetail": {}}</script></body></html>',
            "initialState",
        ),
    ],
)
def test_block_pages_detected(html: str, expected: str) -> None:
    reason = block_reason(html, "https://www.36kr.com/p/1")
    assert reason is not None and expected in reason


def test_articles_are_not_block_pages() -> None:
    state = '<script>window.initialState={"articleDetail":{"articleDetailData":{"data":{"itemId":1}}}}</script>'
    assert (
        block_reason(f"<html><body>{state}<p>正文</p></body></html>", "https://36kr.com/p/1")
        is None
    )
    body = (
        "<html><head><title>新规</title></head><body>"
        + "<p>关于验证码的一篇长文章。</p>" * 2000
        + "</body></html>"
    )
    assert block_reason(body, "https://www.sohu.com/a/1_2") is None  # a mention, not a captcha


def test_retry_after_seconds_and_dates() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


@pytest.mark.parametrize(
    "address, allowed",
    [
        ("10.0.0.1", False),
        ("169.254.169.254", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("fe80::1", False),
        ("240.0.0.1", False),
        ("127.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:2800:220:1::1", True),
    ],
)
def test_address_guard_refuses_non_global_targets(address: str, allowed: bool) -> None:
    assert (_refusal(ipaddress.ip_address(address), allow_loopback=False) is None) is allowed


def test_loopback_allowed_only_on_request() -> None:
    assert _refusal(ipaddress.ip_address("127.0.0.1"), allow_loopback=True) is None
    assert _refusal(ipaddress.ip_address("10.0.0.1"), allow_loopback=True) == "private"


# --- the guarded resolver (spiders.resolver), with a fake upstream: no DNS, no reactor ----


class ScriptedResolver:
    """A GuardedResolver whose upstream answers from a script, synchronously."""

    def __init__(
        self, answers: list[list[str]], allow_loopback: bool = False, cache_size: int = 0
    ) -> None:
        from spiders.resolver import GuardedResolver

        self.answers, self.asked = answers, 0
        self.resolver = GuardedResolver(
            None,
            allow_loopback=allow_loopback,  # type: ignore[arg-type]
            cache_size=cache_size,
        )
        self.resolver._resolve = self._upstream  # type: ignore[method-assign]

    def _upstream(self, name: str) -> Any:
        from twisted.internet import defer

        answer = self.answers[min(self.asked, len(self.answers) - 1)]
        self.asked += 1
        return defer.succeed(answer).addCallback(self.resolver._store, name)

    def lookup(self, name: str) -> str | BaseException:
        results: list[Any] = []
        self.resolver.getHostByName(name).addBoth(results.append)
        value = results[0]
        return value.value if hasattr(value, "value") else value


def test_resolver_refuses_a_rebinding_answer() -> None:
    fake = ScriptedResolver([["93.184.216.34"], ["127.0.0.1"]])
    assert fake.lookup("news.example") == "93.184.216.34"
    refused = fake.lookup("news.example")
    assert isinstance(refused, DNSLookupError)
    assert "news.example: refused address 127.0.0.1 (loopback)" in str(refused)
    assert refusal_for("news.example") == "news.example: refused address 127.0.0.1 (loopback)"
    assert refusal_for("news.example") is None  # read once


@pytest.mark.parametrize(
    "answer, chosen",
    [
        (["10.0.0.1", "93.184.216.34"], "93.184.216.34"),
        (["169.254.169.254", "::ffff:127.0.0.1", "8.8.8.8", "1.1.1.1"], "8.8.8.8"),
        (["2606:4700::1111", "1.1.1.1"], "1.1.1.1"),  # IPv4 only, as Scrapy's default resolver
    ],
)
def test_resolver_keeps_only_allowed_addresses(answer: list[str], chosen: str) -> None:
    assert ScriptedResolver([answer]).lookup("mixed.example") == chosen


def test_resolver_all_refused_names_host_and_address() -> None:
    refused = ScriptedResolver([["169.254.169.254", "10.1.2.3"]]).lookup("meta.example")
    assert isinstance(refused, DNSLookupError)
    assert "meta.example: refused address 169.254.169.254 (link-local)" in str(refused)


def test_resolver_loopback_only_with_allow_loopback() -> None:
    assert ScriptedResolver([["127.0.0.1"]], allow_loopback=True).lookup("localhost") == "127.0.0.1"
    assert (
        ScriptedResolver([["10.0.0.1", "127.0.0.1"]], allow_loopback=True).lookup("h")
        == "127.0.0.1"
    )
    assert isinstance(
        ScriptedResolver([["10.0.0.1"]], allow_loopback=True).lookup("h"), DNSLookupError
    )


def test_resolver_cache_holds_raw_answers_and_the_rule_applies_on_every_lookup() -> None:
    fake = ScriptedResolver([["127.0.0.1"], ["93.184.216.34"]], cache_size=10)
    assert isinstance(fake.lookup("cached.example"), DNSLookupError)
    assert isinstance(fake.lookup("cached.example"), DNSLookupError)  # from the cache, refused
    assert fake.asked == 1


def test_resolver_built_from_settings_reads_allow_loopback() -> None:
    from scrapy.settings import Settings

    from spiders.resolver import GuardedResolver
    from spiders.settings import build_settings

    crawler = type(
        "C", (), {"settings": Settings(build_settings(CrawlConfig(), allow_loopback=True))}
    )()
    built = GuardedResolver.from_crawler(crawler, None)  # type: ignore[arg-type]
    assert built.allow_loopback is True and built.cache_enabled
    assert Settings(build_settings(CrawlConfig()))["TWISTED_DNS_RESOLVER"] == (
        "spiders.resolver.GuardedResolver"
    )
    crawler.settings = Settings(build_settings(CrawlConfig()))  # type: ignore[attr-defined]
    assert GuardedResolver.from_crawler(crawler, None).allow_loopback is False  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_middleware_refuses_ip_literals_without_resolving(url: str) -> None:
    import asyncio

    from spiders.middlewares import AddressGuardMiddleware, RefusedAddress

    crawler = type("C", (), {"stats": type("S", (), {"inc_value": lambda self, k: None})()})()
    crawler.spider = spider(GenericSpider)  # type: ignore[attr-defined]
    guard = AddressGuardMiddleware(crawler)  # type: ignore[arg-type]
    with pytest.raises(RefusedAddress, match="refused address"):
        asyncio.run(guard.process_request(Request(url)))


def test_a_crawl_opens_no_console_nor_control_server_and_never_imports_them() -> None:
    # Scrapy imports every extension its lists name, a disabled one too: the crawl's settings
    # leave the telnet console and the remote-control HTTP server (aiohttp) out altogether
    probe = (
        "import sys\n"
        "from scrapy.settings import Settings\n"
        "from scrapy.utils.conf import build_component_list\n"
        "from pipeline.config import CrawlConfig\n"
        "from spiders.settings import build_settings\n"
        "settings = Settings(build_settings(CrawlConfig()))\n"
        "names = build_component_list(settings.get_component_priority_dict_with_base('EXTENSIONS'))\n"
        "print(len(names), any('telnet' in n or 'remote_control' in n for n in map(str, names)),\n"
        "      [m for m in ('aiohttp', 'scrapy.extensions.telnet', 'scrapy.extensions.remote_control')\n"
        "       if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    count, listed, imported = done.stdout.split(maxsplit=2)
    assert int(count) >= 5  # Scrapy's other extensions (stats, close-spider, throttle...) stay
    assert (listed, imported.strip()) == ("False", "[]")


def test_no_spider_generator_returns_a_value() -> None:
    # what Scrapy's WARN_ON_GENERATOR_RETURN_VALUE checked at every response (turned off in
    # spiders.settings for its cost): a value returned from a callback generator is lost
    import importlib
    import inspect
    import pkgutil

    from scrapy.utils.misc import is_generator_with_return_value

    import spiders

    checked = []
    for info in pkgutil.iter_modules(spiders.__path__):
        module = importlib.import_module(f"spiders.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, func in vars(cls).items():
                if inspect.isgeneratorfunction(func):
                    checked.append(f"{cls.__name__}.{name}")
                    assert not is_generator_with_return_value(func), checked[-1]
    assert {"BaseSpider.parse_entry", "BaseSpider.parse_article"} <= set(checked)


def test_robots_txt_is_read_to_500_kib() -> None:
    """RFC 9309 (2.5): a crawler may stop reading robots.txt at a size of at least 500 KiB;
    megabytes of rules cost seconds to parse and milliseconds for every URL checked."""
    from scrapy.settings import Settings

    from spiders.robotstxt import MAX_ROBOTS_BYTES, CappedRobotParser
    from spiders.settings import build_settings

    pad = b"Disallow: /nothing-here/*a*b*c\n" * (MAX_ROBOTS_BYTES // 30)
    body = b"User-agent: *\nDisallow: /early/\n" + pad + b"Disallow: /late/\n"
    parser = CappedRobotParser(body, None)
    assert not parser.allowed("https://example.org/early/a", "newsbrief")
    assert parser.allowed("https://example.org/late/a", "newsbrief")  # past the cap
    small = CappedRobotParser(b"User-agent: *\nDisallow: /late/\n", None)
    assert not small.allowed("https://example.org/late/a", "newsbrief")
    assert Settings(build_settings(CrawlConfig()))["ROBOTSTXT_PARSER"] == (
        "spiders.robotstxt.CappedRobotParser"
    )
