"""The crawl tells an ordinary page is no block page from its first bytes (spiders.heads,
web.blocking.clean_head), and reads a long page's meta refresh from them: the same verdicts
and redirects as reading the whole page, without decoding all of it."""

from __future__ import annotations

import random
import re
import sys
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from pipeline.sites import kr36
from pipeline.web import blocking, headwords
from pipeline.web.blocking import block_verdict, clean_head
from spiders.context import CrawlContext, PageBudget
from spiders.heads import HeadMetaRefreshMiddleware, head_text
from spiders.middlewares import NO_BLOCK_PAGE, BlockedPage, BlockPageMiddleware

PARAGRAPH = "<p>港股市场今日迎来一家大模型公司的上市，首日股价表现引发投资者广泛关注和讨论。</p>\n"
ENGLISH = "<p>Shares of the model maker opened higher on their first day of trading today.</p>\n"
SCRIPT = "<script>var config = {a: 1, b: '</div>', c: [1, 2, 3]};</script>\n"
STYLE = "<style>.c{margin:0;padding:0;color:#123456}</style>\n"


def _page(head: str = "", body: str = "", scripts: int = 400) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>News</title>{head}"
        + STYLE * scripts
        + SCRIPT * (scripts // 4)
        + f"</head><body>{body}</body></html>"
    )


def _middleware() -> tuple[BlockPageMiddleware, Any]:
    context = CrawlContext(budget=PageBudget(10))
    spider = SimpleNamespace(name="generic", site=None, context=context)
    stats = SimpleNamespace(inc_value=lambda *a, **k: None)
    crawler = SimpleNamespace(spider=spider, stats=stats, engine=None)
    return BlockPageMiddleware(crawler), spider  # type: ignore[arg-type]


def _response(url: str, html: str, encoding: str = "utf-8") -> HtmlResponse:
    return HtmlResponse(
        url=url, body=html.encode(encoding), encoding=encoding, request=Request(url)
    )


def test_a_long_article_is_cleared_on_its_first_bytes_without_decoding_all_of_it() -> None:
    page = _page(body=PARAGRAPH * 600)  # text from the 28th KB on: read on the second try
    assert len(page.encode()) > 100_000
    mw, _ = _middleware()
    response = _response("https://news.example.cn/a/1", page)
    assert mw.process_response(Request(response.url), response) is response
    assert NO_BLOCK_PAGE in response.flags
    assert response._cached_ubody is None  # noqa: SLF001 - the whole text was never decoded


@pytest.mark.parametrize(
    ("kind", "page"),
    [
        # a CDN challenge and a captcha widget under big inline scripts: little visible text
        ("waf", _page("<script>window._cf_chl_opt={cvId: '3'};</script>", "<p>Checking…</p>")),
        ("captcha", _page(body="<div class='g-recaptcha' data-sitekey='x'></div>")),
        ("captcha", _page(body="<p>请完成安全验证</p><form><input name=c></form>")),
        # an empty page state, however much text the page holds
        ("initialState", _page("<script>window.initialState={}</script>", PARAGRAPH * 100)),
        # visible text only past the first 64 KB, a widget at the end
        (
            "captcha",
            _page(body="<div>" + " " * 70_000 + "</div><div class='geetest_holder'></div>"),
        ),
    ],
)
def test_long_block_pages_are_still_found(kind: str, page: str) -> None:
    assert len(page.encode()) > 20_000
    mw, spider = _middleware()
    response = _response("https://news.example.cn/a/2", page)
    assert block_verdict(page, response.url) is not None
    with pytest.raises(BlockedPage, match=kind if kind != "captcha" else "captcha"):
        mw.process_response(Request(response.url), response)
    assert spider.blocked_by


def test_a_site_marker_deep_in_a_long_page_is_still_found() -> None:
    marker = kr36.BLOCK_MARKERS[0][0]
    page = _page(body=PARAGRAPH * 200 + f"<p>{marker}</p>")
    mw, spider = _middleware()
    spider.site = "36kr"
    response = _response("https://www.36kr.com/p/1", page)
    with pytest.raises(BlockedPage):
        mw.process_response(Request(response.url), response)
    # the same page under another site's name: no marker of its own, an article
    other, _ = _middleware()
    fine = _response("https://news.example.cn/a/3", page)
    assert other.process_response(Request(fine.url), fine) is fine


def test_a_page_in_an_encoding_that_may_hide_ascii_is_read_whole() -> None:
    page = _page(body=PARAGRAPH * 100)
    response = _response("https://news.example.cn/a/4", page, "utf-16")
    assert head_text(response, 16_384) is None
    mw, _ = _middleware()
    assert mw.process_response(Request(response.url), response) is response
    assert response._cached_ubody is not None  # noqa: SLF001 - decoded whole, as before


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "cp1252"])
def test_a_head_is_the_start_of_the_text(encoding: str) -> None:
    text = "é" if encoding == "cp1252" else "港"
    page = _page(body=f"<p>{text * 7}</p>" * 3000)
    response = _response("https://news.example.cn/a/5", page, encoding)
    head = head_text(response, 16_384)
    assert head is not None and len(head) > 4000
    whole = HtmlResponse(url=response.url, body=response.body, encoding=encoding).text
    assert whole.startswith(head)


# Pieces that make the settled part of a head hard to tell: titles, scripts and styles
# closed or not (in any case, with the letters re.I takes for i and s), stray "<" and ">".
_PIECES = [
    "<title>t</title>", "<TITLE x=1>T</Title>", "<tıtle>x</tıtle>", "<title>", "</title>",
    "<script>", "</script>", "<SCRIPT src=a>", "</ScRiPt>", "<ſcript>", "</ſcript>",
    "<style>", "</style>", "<styles>", "<p>", "</p>", "<div class='a'>", "<", ">", "< p",
    "<scr", "ipt>", "word ", "港股 ", "  ", "\n", "a" * 40 + " ", "<b>bold</b> ", "<!-- c -->",
]  # fmt: skip


_WORDS = ["word ", "港股市场 ", "a" * 40 + " ", "<p>", "</p>", "<b>bold</b> "]


def _visible(html: str) -> int:
    return len(blocking._visible_text(blocking._TITLE.sub(" ", html)))  # noqa: SLF001


def test_the_settled_count_never_exceeds_the_whole_page() -> None:
    rng = random.Random(20261205)
    for _ in range(3000):
        page = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 120)))
        whole = _visible(page)
        for cut in {rng.randint(0, len(page)) for _ in range(4)} | {len(page)}:
            for need in (1, 10, 60, 200):
                if blocking._visible_at_least(page[:cut], need):  # noqa: SLF001
                    assert whole >= need, (page, cut, need)


def test_a_whole_page_is_counted_as_block_verdict_counts_it() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        page = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 80)))
        if "<" not in page.rsplit(">", 1)[-1] and not re.search(r"(?i)<(title|script|style)", page):
            whole = _visible(page)
            assert blocking._visible_at_least(page, whole)  # noqa: SLF001
            assert not blocking._visible_at_least(page, whole + 1)  # noqa: SLF001


def test_clean_head_agrees_with_block_verdict_on_generated_pages() -> None:
    rng = random.Random(11)
    marks = ["captcha", "<div class='g-recaptcha'>", "_cf_chl_opt", "验证码", "<form>"]
    cleared = 0
    for _ in range(1500):
        pieces = [
            rng.choice(marks)
            if (r := rng.random()) < 0.02
            else rng.choice(_PIECES if r < 0.3 else _WORDS)
            for _ in range(rng.randint(1, 400))
        ]
        page = "".join(pieces)
        body = page.encode()
        for cut in {rng.randint(0, len(page)) for _ in range(3)}:
            if clean_head(page[:cut], body, 200, (), "utf-8"):
                cleared += 1
                assert block_verdict(page, "https://x.example/a", 200, (), body) is None, page
    assert cleared > 200  # the question was asked


def test_the_fast_openings_match_what_the_case_blind_patterns_match() -> None:
    """`_TITLE_START` and `_CODE_START` take at each letter exactly the characters re.I takes
    for it (found among every code point), and no other character of their spelling."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for word, fast in (
        ("title", headwords.TITLE_START),
        ("script", blocking._CODE_START),  # noqa: SLF001
        ("style", blocking._CODE_START),  # noqa: SLF001
    ):
        for i, letter in enumerate(word):
            taken = set(re.findall(f"(?i){letter}", every))
            for ch in taken | set(fast.pattern):
                probe = "<" + word[:i] + ch + word[i + 1 :] + " "
                assert bool(fast.match(probe)) == (ch in taken), (word, hex(ord(ch)))


def _meta_page(refresh_at: int, unit: str) -> str:
    filler = unit * (refresh_at // len(unit))
    return (
        f"<html><head><title>x</title><!--{filler}-->"
        "<meta http-equiv='refresh' content='0; url=/moved'></head><body>"
        + PARAGRAPH * 400
        + "</body></html>"
    )


@pytest.mark.parametrize("refresh_at", [100, 3900, 4040, 4100, 6000])
@pytest.mark.parametrize("unit", ["a", "港"])
def test_a_long_page_redirects_as_scrapy_reading_it_whole(refresh_at: int, unit: str) -> None:
    page = _meta_page(refresh_at, unit)
    url = "https://news.example.cn/a/6"
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    ours = HeadMetaRefreshMiddleware.from_crawler(crawler)
    stock = MetaRefreshMiddleware.from_crawler(crawler)
    mine = ours.process_response(Request(url), _response(url, page))
    theirs = stock.process_response(Request(url), _response(url, page))
    if isinstance(theirs, Request):
        assert (
            isinstance(mine, Request) and mine.url == theirs.url == "https://news.example.cn/moved"
        )
    else:
        assert isinstance(mine, HtmlResponse) and mine.body == theirs.body
    # the response itself comes back when there is no redirect, not the cut one
    plain = _response(url, _page(body=PARAGRAPH * 400))
    assert ours.process_response(Request(url), plain) is plain


# Refresh declarations of every kind the head may hold: at the start, hidden in a noscript
# (Scrapy's ignored tags), entity-encoded, without a URL, relative to a <base>, upper case,
# split by a comment, past the 4,096 characters read, and none at all.
_REFRESHES = [
    "<meta http-equiv='refresh' content='0; url=/moved'>",
    "<noscript><meta http-equiv='refresh' content='0; url=/hidden'></noscript>",
    "<meta http-equiv='&#114;efresh' content='0; url=/encoded'>",
    "<meta http-equiv='refresh' content='5'>",
    "<base href='https://other.example.org/dir/'><meta http-equiv='refresh' content='1;url=x'>",
    "<META HTTP-EQUIV='REFRESH' CONTENT='2;URL=/upper'>",
    "<meta http-equiv='ref<!-- -->resh' content='0; url=/split'>",
    "<meta http-equiv='refresh' content='600; url=/late'>",
    "<meta name='description' content='refresh the page'>",
    "",
]


@pytest.mark.parametrize("declared", _REFRESHES)
@pytest.mark.parametrize("filler", [0, 3000, 4090])
@pytest.mark.parametrize("unit", ["a", "港"])
def test_a_long_page_without_a_refresh_is_answered_as_scrapy_answers(
    declared: str, filler: int, unit: str
) -> None:
    page = (
        f"<html><head><title>x</title><!--{unit * filler}-->{declared}</head><body>"
        + PARAGRAPH * 400
        + "</body></html>"
    )
    url = "https://news.example.cn/a/7"
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    ours = HeadMetaRefreshMiddleware.from_crawler(crawler)
    stock = MetaRefreshMiddleware.from_crawler(crawler)
    response = _response(url, page)
    mine = ours.process_response(Request(url), response)
    theirs = stock.process_response(Request(url), _response(url, page))
    if isinstance(theirs, Request):
        assert isinstance(mine, Request) and mine.url == theirs.url
    else:
        assert mine is response


def test_a_long_page_without_a_refresh_is_not_copied(monkeypatch: pytest.MonkeyPatch) -> None:
    """The common case reads the head's characters only: no cut copy of the response."""

    def no_copy(*args: Any, **kwargs: Any) -> HtmlResponse:
        raise AssertionError("the response was copied")

    monkeypatch.setattr(HtmlResponse, "replace", no_copy)
    url = "https://news.example.cn/a/8"
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    ours = HeadMetaRefreshMiddleware.from_crawler(crawler)
    plain = _response(url, _page(head="<meta name='x' content='y'>", body=PARAGRAPH * 400))
    assert ours.process_response(Request(url), plain) is plain


class _CountingResponse(HtmlResponse):
    """An HtmlResponse counting the reads of its encoding (each parses the headers again)."""

    reads = 0

    @property
    def encoding(self) -> str:
        type(self).reads += 1
        return super().encoding


def test_each_head_middleware_reads_the_encoding_once() -> None:
    url = "https://news.example.cn/a/9"
    html = _page(body=PARAGRAPH * 400).encode("utf-8")
    headers = {"Content-Type": "text/html; charset=utf-8"}
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    refresh = HeadMetaRefreshMiddleware.from_crawler(crawler)
    block, _ = _middleware()
    for middleware in (block, refresh):
        response = _CountingResponse(url=url, body=html, headers=headers, request=Request(url))
        _CountingResponse.reads = 0
        assert middleware.process_response(Request(url), response) is response
        assert _CountingResponse.reads == 1, middleware
