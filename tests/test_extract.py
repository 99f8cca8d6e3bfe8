"""pipeline.extract: decoding, the generic path, rejections, and extract_text never raising."""

from __future__ import annotations

import codecs
import json
import random
from datetime import timedelta
from pathlib import Path

import pytest

from pipeline.errors import Rejected, RejectReason
from pipeline.extract import decode_html, extract_article, extract_text
from pipeline.records import RawPage
from pipeline.sites.generic import main_text

FIXTURES = Path(__file__).parent / "fixtures" / "sites"
ZH = "<html><head>{meta}<title>测试</title></head><body><p>江城市今天开通了首条跨江缆车线路，市民排队试乘。</p></body></html>"
FR = "<html><head>{meta}</head><body><p>Élément français à côté de l'été</p></body></html>"


# --- decode_html -------------------------------------------------------------------------------


def test_gbk_with_header_charset() -> None:
    raw = ZH.format(meta="").encode("gbk")
    text, encoding = decode_html(raw, "text/html; charset=GBK")
    assert "跨江缆车" in text and encoding == "gb18030"


def test_gb2312_meta_maps_to_gb18030() -> None:
    raw = ZH.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    text, encoding = decode_html(raw.encode("gb18030"))
    assert "跨江缆车" in text and encoding == "gb18030"


def test_utf8_bom() -> None:
    raw = codecs.BOM_UTF8 + ZH.format(meta='<meta charset="gbk">').encode("utf-8")
    text, encoding = decode_html(raw, "text/html; charset=gbk")
    assert "跨江缆车" in text and not text.startswith("\ufeff") and encoding == "utf-8-sig"


def test_wrong_meta_declaration_utf8_but_gbk_bytes() -> None:
    raw = ZH.format(meta='<meta charset="utf-8">').encode("gbk")
    text, encoding = decode_html(raw, "text/html; charset=utf-8")
    assert "跨江缆车" in text and encoding == "gb18030"


def test_wrong_declaration_gbk_but_utf8_bytes() -> None:
    raw = ZH.format(meta='<meta charset="gbk">').encode("utf-8")
    text, encoding = decode_html(raw)
    assert "跨江缆车" in text and encoding == "utf-8"


def test_missing_charset_gbk() -> None:
    text, encoding = decode_html(ZH.format(meta="").encode("gbk"))
    assert "跨江缆车" in text and encoding == "gb18030"


def test_latin1_declared_french_is_not_read_as_gbk() -> None:
    raw = FR.format(meta='<meta charset="iso-8859-1">').encode("latin-1")
    text, _ = decode_html(raw)
    assert "Élément français à côté de l'été" in text


def test_damaged_gbk_keeps_the_text() -> None:
    raw = ZH.format(meta="").encode("gbk")
    at = raw.index("开通".encode("gbk"))
    damaged = raw[:at] + b"\xff\xff" + raw[at + 2 :]  # one character lost in transit
    text, encoding = decode_html(damaged)
    assert "跨江缆车" in text and encoding == "gb18030"


def test_legacy_fixture_decodes_despite_its_utf8_meta() -> None:
    text, encoding = decode_html((FIXTURES / "sohu_2016-09-26.html").read_bytes(), "text/html")
    assert "江城首座跨江缆车开放试运营" in text and encoding == "gb18030"


# --- extract_article: generic path and rejections ---------------------------------------------

_ARTICLE = """<!doctype html><html lang="fr-FR"><head><meta charset="utf-8">
<title>Un pont suspendu ouvre à Lyon | Le Journal</title>
<link rel="canonical" href="/2026/01/08/pont-lyon/">
<meta property="og:title" content="Un pont suspendu ouvre à Lyon">
<meta property="article:published_time" content="2026-01-08T10:30:00">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Un pont suspendu ouvre à Lyon</h1>
<p>La ville de Lyon a inauguré jeudi un pont suspendu réservé aux piétons et aux vélos, après trois ans de travaux.</p>
<p>L'ouvrage mesure deux cent quarante mètres et relie les deux rives du Rhône au niveau du quartier de Gerland.</p>
<p>La mairie attend plus de dix mille passages par jour dès le printemps prochain, selon ses estimations.</p>
</article><footer><p>Tous droits réservés.</p></footer></body></html>"""


def test_generic_article_from_structured_data() -> None:
    url = "https://journal.example.fr/2026/01/08/pont-lyon/?utm_source=x"
    article = extract_article(RawPage(url=url, body=_ARTICLE.encode()))
    assert article.title == "Un pont suspendu ouvre à Lyon"
    assert article.extraction_method == "structured" and article.site == "generic"
    assert article.canonical_url == "https://journal.example.fr/2026/01/08/pont-lyon/"
    assert article.language == "fr"
    assert article.published_at is not None
    # no zone stated: the wall clock of the ".fr" domain's country (Paris), not Shanghai's
    assert article.published_at.isoformat() == "2026-01-08T10:30:00+01:00"
    assert "trois ans de travaux" in article.text and "Tous droits réservés" not in article.text


def test_list_page_is_not_an_article() -> None:
    links = "".join(
        f'<li><a href="/n/{i}">第{i}条新闻标题：某地举行活动并发布消息</a></li>' for i in range(40)
    )
    html = f"<html><head><title>新闻列表</title></head><body><ul>{links}</ul></body></html>"
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://news.example.cn/list/", body=html.encode()))
    assert err.value.reason in (RejectReason.NOT_ARTICLE, RejectReason.TOO_SHORT)


def test_sohu_home_page_is_not_an_article() -> None:
    html = "<html><head><title>搜狐</title></head><body><a href='/a/1_2'>一条新闻</a></body></html>"
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://www.sohu.com/", body=html.encode()))
    assert err.value.reason is RejectReason.NOT_ARTICLE
    assert err.value.url == "https://www.sohu.com/"


def test_short_page_is_too_short() -> None:
    html = "<html><head><title>短讯</title></head><body><article><p>今天天气晴朗。</p></article></body></html>"
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://www.sohu.com/a/1001_2002", body=html.encode()))
    assert err.value.reason in (RejectReason.TOO_SHORT, RejectReason.NOT_ARTICLE)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "application/pdf"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (b'{"a": 1}', "application/json"),
        (b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        (b'<?xml version="1.0"?><rss><channel></channel></rss>', "application/rss+xml"),
    ],
)
def test_non_html_is_rejected(body: bytes, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://example.com/file", body=body, headers=headers))
    assert err.value.reason is RejectReason.NOT_HTML


def test_empty_body_is_rejected() -> None:
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://example.com/x", body=b"  "))
    assert err.value.reason is RejectReason.EMPTY


def test_local_file_is_matched_to_its_site_by_canonical() -> None:
    raw = (FIXTURES / "sohu_2026-01-08.html").read_bytes()
    article = extract_article(RawPage(url="file:///tmp/page.html", body=raw))
    assert article.site == "sohu" and article.parser == "sohu/1"
    assert article.source_outlet == "钱塘商报"


def test_shanghai_time_for_chinese_sites() -> None:
    raw = (FIXTURES / "sohu_2016-09-26.html").read_bytes()
    article = extract_article(
        RawPage(url="http://news.sohu.com/20160926/n469000123.shtml", body=raw)
    )
    assert article.published_at is not None
    assert article.published_at.utcoffset() == timedelta(hours=8)


# --- each page parsed once, cheap decoding ------------------------------------------------------


def test_valid_utf8_is_decoded_without_sniffing(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.web import encoding

    def sniff(body: bytes) -> bool:
        raise AssertionError("double-byte sniffing ran on valid UTF-8")

    monkeypatch.setattr(encoding, "_looks_double_byte", sniff)
    text, encoding = decode_html(ZH.format(meta="").encode("utf-8"))
    assert "跨江缆车" in text and encoding == "utf-8"


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    import pipeline.extract as ex
    from pipeline import pages
    from pipeline.web import html as dom
    from pipeline.web.metadata import reader

    calls = {"lxml.html": 0, "textex": 0, "decode": 0}
    html_parse, dom_parse, decode = dom.parse_document, dom.parse, ex.decode_body

    def counted_html(html: str, utf8: bytes | None = None) -> object:
        calls["lxml.html"] += 1
        return html_parse(html, utf8)

    def counted_dom(html: str, utf8: bytes | None = None) -> object:
        calls["textex"] += 1
        return dom_parse(html, utf8)

    def counted_decode(body: bytes, content_type: str | None = None) -> ex.Decoded:
        calls["decode"] += 1
        return decode(body, content_type)

    monkeypatch.setattr(reader, "parse_document", counted_html)
    monkeypatch.setattr(ex, "decode_body", counted_decode)
    monkeypatch.setattr(pages, "decode_body", counted_decode)  # the runner imports it by name
    monkeypatch.setattr(dom, "parse", counted_dom)  # the metadata reader reads the PageView
    return calls


def test_extract_text_parses_a_generic_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_parses(monkeypatch)
    text = extract_text(_ARTICLE.encode(), "https://journal.example.fr/2026/01/08/pont-lyon/")
    assert "trois ans de travaux" in text
    assert calls == {"lxml.html": 0, "textex": 1, "decode": 1}


def test_extract_article_parses_a_generic_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_parses(monkeypatch)
    article = extract_article(RawPage(url="https://journal.example.fr/a", body=_ARTICLE.encode()))
    assert calls == {"lxml.html": 1, "textex": 0, "decode": 1}
    # read before the main text pruned the shared tree (<head>, <nav> and <h1> are dropped)
    assert article.canonical_url == "https://journal.example.fr/2026/01/08/pont-lyon/"
    assert article.title == "Un pont suspendu ouvre à Lyon" and article.language == "fr"


@pytest.mark.parametrize("name", ["sohu_2026-01-08", "36kr_2026-01-08", "technode_2026-01-08"])
def test_a_site_page_is_decoded_and_parsed_once(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The runner's path: decoded once (block check and extraction share it), parsed once (the
    site parser reads the view extract_article made)."""
    from pipeline.pages import article_from_page

    fixture = Path(__file__).parent / "fixtures" / "sites" / f"{name}.html"
    meta = json.loads(fixture.with_suffix(".meta.json").read_text("utf-8"))
    page = RawPage(url=meta["url"], body=fixture.read_bytes())
    calls = _count_parses(monkeypatch)
    article = article_from_page(page)
    assert article.extraction_method == "site"
    assert calls == {"lxml.html": 1, "textex": 0, "decode": 1}


def test_page_of_furniture_only_is_rejected_with_a_reason() -> None:
    html = (
        "<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a></nav>"
        "<div class='footer'>Mentions légales · Contact · Plan du site</div></body></html>"
    )
    assert main_text(html) == []
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://journal.example.fr/", body=html.encode()))
    assert err.value.reason is RejectReason.NOT_ARTICLE and err.value.detail


# --- extract_text never raises ------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "   ",
        b"\x00\x01\x02\xff\xfe",
        "<html>",
        "<?xml version='1.0'?><root/>",
        "\x00<p>a</p>",
        "<html><body></body></html>",
        b"%PDF-1.4 junk",
        "<<<>>>&&&;",
    ],
)
def test_extract_text_never_raises(html: str | bytes) -> None:
    assert isinstance(extract_text(html), str)
    assert isinstance(extract_text(html, "https://www.sohu.com/a/1_2"), str)
    assert isinstance(extract_text(html, "https://36kr.com/p/123"), str)


def test_extract_text_on_random_bytes() -> None:
    rng = random.Random(7)
    for _ in range(20):
        blob = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        assert isinstance(extract_text(blob, "https://technode.com/2026/01/01/x/"), str)


def test_extract_text_uses_the_site_parser() -> None:
    raw = (FIXTURES / "sohu_2026-01-08.html").read_bytes()
    text = extract_text(raw, "https://www.sohu.com/a/1001234567_120987654")
    assert text.startswith("青岚机器人公司周四在杭州发布")
    assert "返回搜狐" not in text and "责任编辑" not in text and len(text.split("\n")) == 4


def test_extract_text_without_url_finds_the_site_from_canonical() -> None:
    raw = (FIXTURES / "36kr_2026-01-08.html").read_bytes()
    assert extract_text(raw).startswith("云帆储能完成B轮融资")


def test_extract_text_generic() -> None:
    text = extract_text(_ARTICLE.encode(), "https://journal.example.fr/2026/01/08/pont-lyon/")
    assert "pont suspendu réservé aux piétons" in text and "Accueil" not in text


def test_site_page_with_unknown_markup_falls_back_to_generic_but_keeps_the_site() -> None:
    paras = "".join(
        f"<p>第{i}段：手机版页面的正文结构和电脑版不同，这里用来检查回退路径是否仍然可用。</p>"
        for i in range(4)
    )
    html = (
        f"<html><head><meta charset='utf-8'><title>手机版页面</title></head><body>"
        f"<div class='article-content'><h1>手机版页面</h1>{paras}</div></body></html>"
    )
    url = "https://m.sohu.com/a/1001234567_120987654/"
    article = extract_article(RawPage(url=url, body=html.encode()))
    assert article.site == "sohu" and article.parser == "generic/1"
    assert article.site_article_id == "1001234567_120987654" and article.language == "zh"
    assert "回退路径" in article.text


def test_saved_sohu_body_without_url_uses_the_sohu_parser() -> None:
    html = (
        "<html lang='en'><body><article class='article' id='mp-editor'>"
        "<p data-role='original-title' style='display:none'>原标题：无网址的正文片段</p>"
        + "".join(
            f"<p>第{i}段：没有网址的本地文件也应当交给搜狐解析器处理，而不是通用路径。</p>"
            for i in range(3)
        )
        + "<p data-role='editor-name'>责任编辑：<span></span></p></article></body></html>"
    )
    article = extract_article(RawPage(url="file:///tmp/fragment.html", body=html.encode()))
    assert article.parser == "sohu/1" and article.title == "无网址的正文片段"
    assert "责任编辑" not in article.text and article.language == "zh"


# --- engineer B's demo pages (package data): every article page goes through its site parser ---

DEMO = Path(__file__).resolve().parent.parent / "pipeline" / "demo"


def _demo_article_pages() -> list[dict[str, object]]:
    manifest = DEMO / "manifest.json"
    if not manifest.is_file():
        return []
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    return [p for p in pages if str(p["file"]).endswith(".html")]


@pytest.mark.parametrize("entry", _demo_article_pages(), ids=lambda e: str(e["url"]))
def test_demo_article_pages_extract(entry: dict[str, object]) -> None:
    page = RawPage(
        url=str(entry["url"]),
        body=(DEMO / "pages" / str(entry["file"])).read_bytes(),
        headers=dict(entry.get("headers") or {}),
    )  # type: ignore[call-overload]
    article = extract_article(page)
    assert article.extraction_method == "site" and article.site != "generic"
    assert article.title and article.published_at is not None
    assert article.published_at.utcoffset() is not None and len(article.paragraphs) >= 3
    if b'data-role="original-link"' in page.body:
        assert article.source_outlet  # a Sohu repost names its original outlet (来源)


def test_generic_page_without_article_text_is_rejected_with_a_reason() -> None:
    html = (
        "<html><head><title>Home - Example</title></head><body>"
        "<nav><a href='/a'>World</a> <a href='/b'>Business</a></nav>"
        "<footer>© Example 2026</footer></body></html>"
    )
    with pytest.raises(Rejected) as err:
        extract_article(RawPage(url="https://unknown.example/", body=html.encode()))
    assert err.value.reason in (RejectReason.NOT_ARTICLE, RejectReason.TOO_SHORT)
    assert err.value.detail  # the reason says why: "no main text" / "N characters of text"


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        (
            ["本报讯 13岁的少女在市医院生下一名女婴。医生说，此次生育对她的身体伤害很大。"],
            "本报讯 13岁的少女在市医院生下一名女婴。",
        ),
        (
            ["The council passed the budget on Tuesday night. The vote was close."],
            "The council passed the budget on Tuesday night.",
        ),
        (
            [
                "A very long first line without any sentence end that runs on and on about the "
                "council budget, the school funding and the roads"
            ],
            "A very long first line without any sentence end that runs on and on about the…",
        ),
        (  # a long Chinese sentence: cut where a clause ends
            [
                "空军向法国采购的救护直升机今天在台北正式亮相并进行了首次公开的飞行展示，"
                "它不但有完整的医疗配备可以在空中运送过程中进行急救，还有自动驾驶系统与夜视设备，"
                "让夜间和恶劣天气下的救援更加安全"
            ],
            "空军向法国采购的救护直升机今天在台北正式亮相并进行了首次公开的飞行展示…",
        ),
    ],
)
def test_a_page_whose_markup_names_no_title_is_titled_by_its_first_sentence(
    paragraphs: list[str], title: str
) -> None:
    """A saved fragment of a page: no <title>, no headline, no metas, but an article's text.
    Rejecting it ("no title") lost the article; its first sentence is its title."""
    filler = (
        "市民排队试乘，工作人员维持秩序。"
        if "本报" in paragraphs[0]
        else ("Residents queued for hours and the staff kept order at the doors. ")
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + f"<p>{filler * 6}</p>"
    html = f"<html><body><div>{body}</div></body></html>".encode()
    article = extract_article(RawPage(url="https://news.example.com/a/1", body=html))
    assert article.title == title
    assert article.text.startswith(paragraphs[0][:20])


def test_bytes_no_decoding_reads_are_no_article_even_under_a_title() -> None:
    """A binary served as text/html inside a page's frame: its 'text' is replacement and
    control characters. It was stored as an article whenever the page had a title."""
    rng = random.Random(11)
    noise = bytes(rng.getrandbits(8) for _ in range(6000)).replace(b"<", b" ")
    html = (
        b"<html><head><title>Quarterly report</title></head><body><p>"
        + noise
        + b"</p></body></html>"
    )
    with pytest.raises(Rejected) as caught:
        extract_article(RawPage(url="https://news.example.com/a/9", body=html))
    assert caught.value.reason is RejectReason.UNDECODABLE
    assert "undecodable bytes" in str(caught.value)
    # a stray bad byte in a real text is no reason to reject it
    text = "".join(
        f"<p>Paragraph {i} about the council budget and the library.</p>" for i in range(9)
    )
    ok = f"<html><head><title>Budget</title></head><body>{text}<p>Caf\ufffd</p></body></html>"
    assert extract_article(RawPage(url="https://news.example.com/a/10", body=ok.encode())).title
