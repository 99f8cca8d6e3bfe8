"""Block pages are judged by their shape: an article about captcha scams stays an article,
and one page judged by a word alone never stops a site's crawl."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request

from pipeline.errors import Rejected
from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.blocking import block_verdict
from spiders.context import CrawlContext, PageBudget
from spiders.middlewares import BlockedPage, BlockPageMiddleware

SCAM = (
    "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
    "<title>警惕验证码诈骗：别把短信验证码告诉任何人</title></head><body><article>"
    "<h1>警惕验证码诈骗：别把短信验证码告诉任何人</h1>"
    "<p>近期多地警方提醒，骗子冒充客服或快递员，以退款、理赔为名索要手机验证码，"
    "一旦泄露，银行卡里的钱可能在几分钟内被转走。</p>"
    "<p>警方表示，任何正规机构都不会在电话中索要验证码，收到陌生来电时应立即挂断，"
    "并通过官方渠道核实。已经被骗的市民要尽快报警并联系银行冻结账户。</p>"
    "<p>专家建议开启账户的转账限额，不要点击短信中的陌生链接，也不要安装来路不明的软件。</p>"
    "</article></body></html>"
)
CAPTCHA_PAGES = {
    "widget": "<html><head><title>请稍候</title></head><body><div class='g-recaptcha'></div></body></html>",
    "title": "<html><head><title>安全验证</title></head><body><p>请完成验证后继续访问</p></body></html>",
    "form": "<html><body><p>请输入验证码</p><form><input name=c><button>提交</button></form></body></html>",
}


def test_a_short_article_about_captcha_scams_is_an_article() -> None:
    assert len(SCAM.encode()) < 20_000
    assert block_verdict(SCAM, "https://news.example.cn/a/1") is None
    article = article_from_page(RawPage(url="https://news.example.cn/a/1", body=SCAM.encode()))
    assert article.title.startswith("警惕验证码诈骗")
    assert "任何正规机构都不会在电话中索要验证码" in article.text


@pytest.mark.parametrize("shape", sorted(CAPTCHA_PAGES))
def test_captcha_pages_by_their_shape(shape: str) -> None:
    verdict = block_verdict(CAPTCHA_PAGES[shape], "https://news.example.cn/a/2")
    assert verdict is not None and verdict.certain and "captcha" in verdict.reason
    with pytest.raises(Rejected, match="blocked"):
        article_from_page(RawPage(url="https://x.example/a", body=CAPTCHA_PAGES[shape].encode()))


def _middleware() -> tuple[BlockPageMiddleware, Any]:
    context = CrawlContext(budget=PageBudget(10))  # the real one: outcomes land there
    spider = SimpleNamespace(name="generic", site=None, context=context)
    stats = SimpleNamespace(inc_value=lambda *a, **k: None)
    crawler = SimpleNamespace(spider=spider, stats=stats, engine=None)
    return BlockPageMiddleware(crawler), spider  # type: ignore[arg-type]


def _response(url: str, html: str) -> HtmlResponse:
    return HtmlResponse(url=url, body=html.encode(), encoding="utf-8", request=Request(url))


def test_one_ambiguous_page_never_stops_a_site() -> None:
    ambiguous = "<html><body><p>验证码</p></body></html>"
    verdict = block_verdict(ambiguous, "https://news.example.cn/a/3")
    assert verdict is not None and not verdict.certain
    mw, spider = _middleware()
    response = _response("https://news.example.cn/a/3", ambiguous)
    assert mw.process_response(Request(response.url), response) is response  # crawl goes on
    assert not getattr(spider, "blocked_by", None) and spider.context.blocked == []
    scam = _response("https://news.example.cn/a/4", SCAM)
    assert mw.process_response(Request(scam.url), scam) is scam
    second = _response("https://news.example.cn/a/5", ambiguous)
    with pytest.raises(BlockedPage):  # a second one does stop it
        mw.process_response(Request(second.url), second)
    assert spider.blocked_by and len(spider.context.blocked) == 1


def test_a_certain_block_page_stops_at_once() -> None:
    mw, spider = _middleware()
    page = _response("https://news.example.cn/a/6", CAPTCHA_PAGES["title"])
    with pytest.raises(BlockedPage):
        mw.process_response(Request(page.url), page)
    assert spider.blocked_by == "captcha (安全验证 in the title)"


def test_the_captcha_prefilter_finds_every_mark_in_any_case() -> None:
    """The cheap first look (blocking._may_hold_captcha) never misses what the full check
    would see: each widget and word, upper-cased where it has case, inside Chinese text."""
    from pipeline.web import blocking

    for mark in (*blocking._CAPTCHA_WIDGETS, *blocking._CAPTCHA_WORDS):
        for spelled in {mark, mark.upper(), mark.title()}:
            assert blocking._may_hold_captcha(f"<p>请稍候 {spelled} 继续</p>"), spelled
    assert not blocking._may_hold_captcha("<p>一篇关于港股上市的文章, nothing to verify here</p>")


def test_the_prefilter_on_the_body_decides_as_on_the_text() -> None:
    """Where the body's encoding writes ASCII as itself (web.blocking.ascii_body), the ASCII
    marks are looked for in its bytes: on random pages (marks in any case, cut by Chinese,
    "İ" and the Kelvin sign, the characters that lower to ASCII), in every such encoding,
    the verdict is the one from the text."""
    import random

    from pipeline.web import blocking

    rng = random.Random(6)
    marks = [*blocking._CAPTCHA_WIDGETS, *blocking._CAPTCHA_WORDS, "cf-chl-", "<form>"]
    pieces = ["<title>", "</title>", "<p>", "中", "é", "\u0130", "\u212a", " ", "a", "I", "K"]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randrange(1, 12)):
            mark = rng.choice(marks)
            spelled = rng.choice([mark, mark.upper(), mark.title()])
            if rng.random() < 0.3:  # cut by another character
                cut = rng.randrange(len(spelled) + 1)
                spelled = spelled[:cut] + rng.choice(pieces) + spelled[cut:]
            parts += [spelled, rng.choice(pieces)]
        html = "".join(parts)
        expected = blocking.block_verdict(html, "https://x.example/a")
        for encoding in ("utf-8", "gb18030", "cp1252", "big5"):
            try:
                body = html.encode(encoding)
            except UnicodeEncodeError:
                continue
            got = blocking.block_verdict(
                html, "https://x.example/a", body=blocking.ascii_body(body, encoding)
            )
            assert got == expected, (html, encoding)
    # what lowers to ASCII: these two only, and no ASCII mark is made with them
    lowering = [c for c in map(chr, range(0x80, 0xD800)) if any(x.isascii() for x in c.lower())]
    lowering += [
        c for c in map(chr, range(0xE000, 0x110000)) if any(x.isascii() for x in c.lower())
    ]
    assert lowering == ["\u0130", "\u212a"]


def test_only_an_encoding_that_writes_ascii_as_itself_lends_its_body() -> None:
    from pipeline.web.blocking import ascii_body

    body = "<p>captcha 中文</p>".encode()
    for encoding in ("utf-8", "UTF8", "gbk", "gb2312", "windows-1252", "latin-1", "big5"):
        assert ascii_body(body, encoding) is body, encoding
    for encoding in ("utf-16", "utf-32-le", "utf-7", "iso-2022-jp", "hz", "no-such-codec", None):
        assert ascii_body(body, encoding) is None, encoding
    for bom in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"):  # what the decoder used
        assert ascii_body(bom + body, "utf-8") is None


def test_a_page_the_crawl_checked_is_not_checked_again() -> None:
    """The middleware marks the responses it found no block page in; the spider's RawPage
    carries the mark and the per-page path (often in a worker process) skips its own check.
    Unmarked pages (replays, `process`, an ambiguous page let through) are still checked."""
    from spiders.responses import raw_page

    mw, _ = _middleware()
    scam = _response("https://news.example.cn/a/7", SCAM)
    assert mw.process_response(Request(scam.url), scam) is scam
    assert raw_page(scam, None).block_checked
    ambiguous = _response("https://news.example.cn/a/8", "<html><body><p>验证码</p></body></html>")
    assert mw.process_response(Request(ambiguous.url), ambiguous) is ambiguous
    assert not raw_page(ambiguous, None).block_checked  # the extractor judges it again
    with pytest.raises(Rejected, match="blocked"):
        article_from_page(raw_page(ambiguous, None))
    # The mark is trusted: a page said checked is not judged again (whatever it holds).
    said_checked = RawPage(
        url="https://x.example/a", body=CAPTCHA_PAGES["form"].encode(), block_checked=True
    )
    with pytest.raises(Rejected) as rejected:
        article_from_page(said_checked)
    assert rejected.value.reason.value != "blocked"


@pytest.mark.parametrize(
    ("html", "empty"),
    [
        ("<script>var x = 1;</script>", False),
        ("<script>window.initialState={}</script>", True),
        ("<script>window.initialState = null</script>", True),
        ('<script>window.initialState={"a": {}, "b": []}</script>', True),
        ('<script>window.initialState={"a": 1}</script>', False),
        # the name first where no state follows, then the state itself: the later one counts
        ("<p>see window.initialState</p><script>window.initialState={}</script>", True),
        ('<p>window.initialStateX</p><script>window.initialState={"a": 1}</script>', False),
        ("<script>window.initialState</script>", False),
        ("<script>window.initialState={broken</script>", False),
        # nested past Python's recursion limit: no state read (the crawl's check raised)
        ("<script>window.initialState=" + "[" * 5000 + "</script>", False),
        ("<script>window.initialState=" + "{" * 5000 + "</script>", False),
    ],
)
def test_an_empty_initial_state_is_found_wherever_the_name_first_stands(
    html: str, empty: bool
) -> None:
    verdict = block_verdict(html + "<p>" + "正文" * 100 + "</p>", "https://example.com/a")
    assert (verdict is not None and "initialState" in verdict.reason) is empty


# A CDN's managed challenge as such a page is built (written here, no real page copied): the
# challenge options object and the orchestrating script under /cdn-cgi/challenge-platform/h/.
CHALLENGE_PAGE = (
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
    "<meta http-equiv='refresh' content='390'></head><body><div class='main-wrapper'>"
    "<h1 class='zone-name-title'>news.example.org</h1><noscript><span>Enable JavaScript and "
    "cookies to continue</span></noscript></div><script>(function(){window._cf_chl_opt="
    "{cvId: '3', cZone: 'news.example.org', cType: 'managed', cRay: '8a1b2c3d4e5f6a7b'};"
    "var cpo = document.createElement('script');"
    "cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1b2c3d4e5f6a7b';"
    "document.getElementsByTagName('head')[0].appendChild(cpo);}());</script></body></html>"
)
# The bot-detection script the same CDN injects into ordinary pages that turn it on.
DETECTION_SCRIPT = (
    "<script>(function(){var d=document.createElement('script');d.innerHTML=\"window.__CF$cv$"
    "params={r:'8a1b2c3d4e5f6a7b',t:'MTcwMDAwMDAwMC4wMDAwMDA='};var a=document.createElement("
    "'script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document."
    "getElementsByTagName('head')[0].appendChild(a);\";document.body.appendChild(d);})();"
    "</script>"
)
ARTICLE_BODY = "".join(
    f"<p>Paragraph {i} of the council's budget story: the vote came after a long debate on "
    "school funding, road repairs and the cost of running the new library branch.</p>"
    for i in range(8)
)


def test_a_cdn_challenge_page_is_a_block_page() -> None:
    verdict = block_verdict(CHALLENGE_PAGE, "https://news.example.org/a/1", status=403)
    assert verdict is not None and verdict.certain and "Cloudflare" in verdict.reason
    assert block_verdict(CHALLENGE_PAGE, "https://news.example.org/a/1") is not None  # a 200 too


@pytest.mark.parametrize(
    "extra",
    [
        DETECTION_SCRIPT,  # injected into every page of a site that turned it on
        # an article about the challenge, quoting its markers, has text besides
        "<p>The interstitial sets window._cf_chl_opt and loads cf-chl- widgets from "
        "/cdn-cgi/challenge-platform/h/b/orchestrate/ before the page itself.</p>",
    ],
)
def test_an_article_carrying_a_cdn_script_or_marker_is_an_article(extra: str) -> None:
    html = (
        "<html><head><title>Council passes budget</title></head><body><article>"
        f"<h1>Council passes budget</h1>{ARTICLE_BODY}{extra}</article></body></html>"
    )
    assert block_verdict(html, "https://news.example.org/a/2") is None
    article = article_from_page(RawPage(url="https://news.example.org/a/2", body=html.encode()))
    assert article.title == "Council passes budget"
    mw, spider = _middleware()
    response = _response("https://news.example.org/a/2", html)
    assert mw.process_response(Request(response.url), response) is response  # crawl goes on
    assert not getattr(spider, "blocked_by", None)


APP_SHELL = (
    "<html><head><title>发刊词：离机器思维又近了一步</title>"
    '<script src="https://static.captcha-cdn.example/geetest/gt.js"></script>'
    "<script src='https://www.google.com/recaptcha/api.js?render=explicit'></script></head>"
    '<body><div id=\'app\'></div><script>window.props={"title": "发刊词", "content": '
    '"<p>正文在页面数据里，由脚本画出。</p>"}</script></body></html>'
)


def test_a_captcha_library_loaded_by_an_app_page_is_no_captcha_page() -> None:
    """An app page whose text sits in its JSON state (nothing visible) loads a captcha
    library for its login or comment form: no challenge is drawn, the page is no block page
    (a site parser reads it), and the crawl of its site goes on."""
    assert block_verdict(APP_SHELL, "https://news.example.cn/p/1") is None
    mw, spider = _middleware()
    response = _response("https://news.example.cn/p/1", APP_SHELL)
    assert mw.process_response(Request(response.url), response) is response
    assert not getattr(spider, "blocked_by", None)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><div id='c'></div><script>initGeetest({gt: 'x'}, function (o) "
        "{ o.appendTo('#c'); });</script></body></html>",
        "<html><body><div class='h-captcha' data-sitekey='x'></div>"
        "<script src='https://js.hcaptcha.com/1/api.js'></script></body></html>",
    ],
)
def test_a_widget_the_page_draws_or_starts_is_a_captcha_page(page: str) -> None:
    verdict = block_verdict(page, "https://news.example.cn/p/2")
    assert verdict is not None and verdict.certain and verdict.reason.startswith("captcha")


_CODE = r"<(script|style)\b.*?</\1>"  # what the block check's visible text leaves out first


def test_scripts_and_styles_are_left_out_as_the_pattern_matches_them() -> None:
    """blocking._without_code finds each script and style element by its opening tag and the
    closing tags after it, where the pattern's lazy match tried every character: on random
    markup (tags in any case, unclosed, nested, names that only start like them, "</" in a
    script, the characters re's case-blind matching folds: "ſ", "İ", "K") it gives what
    re.sub gives."""
    import random
    import re

    from pipeline.web import blocking

    rng = random.Random(13)
    pieces = ["<script>", "<SCRIPT type=x>", "<Style>", "<style", "<script", "<scripts>"]
    pieces += ["</script>", "</SCRIPT>", "</sCrIpT>", "</script >", "</style>", "</STYLE>"]
    pieces += ["</", "<", ">", "x", " ", "\n", "中", "\u017fcript", "<\u017fcript>"]
    pieces += ["</\u017fcript>", "</scr\u0130pt>", "<scr\u0130pt>", "\u212a", "</styl", "e>"]
    for _ in range(20_000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        expected = re.sub(_CODE, " ", html, flags=re.I | re.S)
        assert blocking._without_code(html) == expected, html
    # many unclosed opening tags: one search for their closing tag
    html = "<script>x" * 2000 + "</style>" * 2000
    assert blocking._without_code(html) == html


def _old_captcha(html: str) -> object:
    """blocking._captcha as it was: widgets and the title read before the text's length."""
    import re

    from pipeline.web import blocking as b

    if not b._may_hold_captcha(html):
        return None
    shown = b._SCRIPT_SRC.sub("<script", html.lower())
    widget = next((w for w in b._CAPTCHA_WIDGETS if w in shown), None)
    match = b._TITLE.search(html)
    title = match.group(1).lower() if match else ""
    without = re.sub(_CODE, " ", b._TITLE.sub(" ", html), flags=re.I | re.S)
    text = " ".join(re.sub(r"<[^>]+>", " ", without).split()).lower()
    if widget is not None and len(text) < b._WIDGET_PAGE_TEXT:
        return b.BlockVerdict(f"captcha ({widget})")
    if len(text) >= b._LITTLE_TEXT:
        return None
    in_title = next((w for w in b._CAPTCHA_WORDS if w in title), None)
    if in_title is not None:
        return b.BlockVerdict(f"captcha ({in_title} in the title)")
    in_text = next((w for w in b._CAPTCHA_WORDS if w in text), None)
    if in_text is None:
        return None
    if b._FORM.search(html):
        return b.BlockVerdict(f"captcha ({in_text} beside a form)")
    return b.BlockVerdict(f"possible captcha ({in_text} on a near-empty page)", certain=False)


def test_a_page_with_much_text_is_judged_before_widgets_are_looked_for() -> None:
    """The captcha check measures the page's visible text first and looks for widgets and
    the title only on a page with little: on random pages of every length around the limits,
    with widgets shown or loaded, words in the title, forms, scripts and "İ" (which lowers to
    two characters), the verdict is the one of the check in its old order."""
    import random

    from pipeline.web import blocking

    rng = random.Random(17)
    marks = [*blocking._CAPTCHA_WIDGETS, *blocking._CAPTCHA_WORDS, "CAPTCHA"]
    pieces = ["<title>", "</title>", "<p>", "</p>", "<form>", "<script src='x'>", "</script>"]
    pieces += ["<script>", "<div class='", "'>", "\u0130", "İİİİİİİİİİ", "中文字"]
    for _ in range(4000):
        parts = []
        for _ in range(rng.randrange(1, 10)):
            parts.append(rng.choice(marks) if rng.random() < 0.3 else rng.choice(pieces))
            if rng.random() < 0.3:
                parts.append("text " * rng.choice([1, 5, 14, 16, 100, 118, 121, 130]))
        html = "".join(parts)
        assert blocking._captcha(html) == _old_captcha(html), html
