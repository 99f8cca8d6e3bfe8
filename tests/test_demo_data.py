"""The embedded demo archive (pipeline/demo): manifest, real URL shapes, feeds, robots.txt,
encrypted page data, the story facts, and what the site parsers make of each page."""

from __future__ import annotations

import base64
import json
import re
import urllib.robotparser
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from pipeline.config import load_story
from pipeline.extract import extract_article
from pipeline.records import RawPage

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "pipeline" / "demo"
PAGES = DEMO / "pages"
MANIFEST = json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))
STORY = load_story(ROOT / "configs" / "stories" / "zhipu-ipo.toml")
CST = timezone(timedelta(hours=8))
SOHU_KEY = b"www.sohu.com6666"
KR36_KEY = b"efabccee-b754-4c"

SOHU_FEED = "https://v2.sohu.com/public-api/feed?scene=TAG&sceneId=1204&page=1&size=20"
KR36_FEED = "https://www.36kr.com/feed"
TN_FEED = "https://technode.com/feed/"
TNCN_FEED = "https://cn.technode.com/feed/"

S0 = "https://www.sohu.com/a/9702846135_121106520"
S1 = "https://www.sohu.com/a/9703518264_121948512"
S2 = "https://www.sohu.com/a/9703607381_121106520"  # repost of 21世纪经济报道
SU = "https://www.sohu.com/a/9703220458_120988341"  # unrelated: a battery maker
K1 = "https://36kr.com/p/3630015724180225"
K2 = "https://36kr.com/p/3631196652870152"  # encrypted initialState
KU = "https://36kr.com/p/3630302117550592"  # unrelated: a coffee brand
E1 = (
    "https://technode.com/2026/01/08/"
    "zhipu-ai-closes-up-13-in-hong-kong-debut-as-first-listed-large-model-developer/"
)
EU = "https://technode.com/2026/01/07/lumio-robotics-shows-window-cleaning-robot-at-ces-2026/"
C1 = "https://cn.technode.com/post/2026-01-08/zhipu-hkex-listing-02513/"
CU = "https://cn.technode.com/post/2026-01-07/ces-2026-open-earbuds-shengyu/"
STORY_PAGES = (S0, S1, S2, K1, K2, E1, C1)
OFF_STORY = (SU, KU, EU, CU)

# What the site parsers must give: title, published (+08:00), source outlet, first words.
EXPECTED: dict[str, tuple[str, str, str | None, str]] = {
    S0: (
        "智谱公布配售结果：香港公开发售超额认购1159.46倍，1月8日挂牌",
        "2026-01-07 21:12:40",
        None,
        "1月7日晚间",
    ),
    S1: (
        "智谱港股首日收涨13.17%，“全球大模型第一股”市值约579亿港元",
        "2026-01-08 16:42:05",
        None,
        "1月8日，智谱",
    ),
    S2: (
        "智谱登陆港交所首日收涨8.06%，市值逾550亿港元",
        "2026-01-08 18:06:31",
        "21世纪经济报道",
        "21世纪经济报道记者",
    ),
    SU: ("固态电池量产提速，锂程科技宁波基地首条产线投产", "2026-01-08 09:15:22", None, "1月7日"),
    K1: (
        "智谱敲开港交所大门：“大模型第一股”开盘市值528亿港元",
        "2026-01-08 11:20:00",
        None,
        "1月8日上午",
    ),
    K2: ("唐杰上市日内部信：GLM-5即将到来", "2026-01-09 08:30:00", None, "智谱上市的当天"),
    KU: (
        "36氪首发｜精品咖啡品牌「山野咖啡」完成数千万元A轮融资",
        "2026-01-08 14:00:00",
        None,
        "36氪获悉",
    ),
    E1: (
        "Zhipu AI closes up 13% in Hong Kong debut as first listed large-model developer",
        "2026-01-08 18:05:00",
        None,
        "Zhipu AI, the Beijing-based",
    ),
    EU: (
        "Lumio Robotics shows window-cleaning robot at CES 2026",
        "2026-01-07 15:30:00",
        None,
        "Shenzhen-based Lumio",
    ),
    C1: ("智谱正式登陆港交所，开盘上涨3.27%", "2026-01-08 10:35:00", None, "动点科技1月8日消息"),
    CU: ("深圳耳机品牌声屿在CES发布开放式耳机", "2026-01-07 09:20:00", None, "动点科技1月7日消息"),
}
BOILERPLATE = (
    "返回搜狐",
    "责任编辑",
    "原标题",
    "平台声明",
    "作者｜",
    "编辑｜",
    "Support TechNode",
    "Related",
    "Become a member",
    "24小时热文",
    "相关文章",
    "条评论",
    "认购倍数太夸张",
)

URL_SHAPES = (
    re.compile(r"^https://www\.sohu\.com/a/\d{10}_\d{5,}$"),
    re.compile(r"^https://36kr\.com/p/\d{16}(\?f=rss)?$"),
    re.compile(r"^https://technode\.com/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/$"),
    re.compile(r"^https://cn\.technode\.com/post/\d{4}-\d{2}-\d{2}/[a-z0-9-]+/$"),
    re.compile(r"^https://[a-z0-9.]+/robots\.txt$"),
)


def _aes_decrypt(key: bytes, b64: str) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
    padded = decryptor.update(base64.b64decode(b64, validate=True)) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def _entry(url: str) -> dict[str, Any]:
    return next(e for e in MANIFEST["pages"] if e["url"] == url)


def _body(url: str) -> bytes:
    return (PAGES / _entry(url)["file"]).read_bytes()


def _state(url: str) -> dict[str, Any]:
    """36Kr window.initialState, decrypted when the page ships it encrypted."""
    html = _body(url).decode("utf-8")
    start = html.index("window.initialState=") + len("window.initialState=")
    state, _ = json.JSONDecoder().raw_decode(html, start)
    if state.get("isEncrypt"):
        state = json.loads(_aes_decrypt(KR36_KEY, state["state"]).decode("utf-8"))
    assert isinstance(state, dict)
    return state


def _readable(url: str) -> str:
    """All the text a reader (or a parser) can get from a page, decrypted state included."""
    text = _body(url).decode("utf-8")
    if "36kr.com/p/" in url:
        text += json.dumps(_state(url), ensure_ascii=False)
    return text


def _ctype(url: str) -> str:
    return str(_entry(url)["headers"]["Content-Type"])


# --- manifest ------------------------------------------------------------------------------


def test_manifest_has_exactly_the_replay_shape() -> None:
    # "story": the shipped story the demo archive is for (the code names no story).
    assert set(MANIFEST) == {"story", "pages"} and MANIFEST["pages"]
    assert (ROOT / "configs" / "stories" / f"{MANIFEST['story']}.toml").is_file()
    for entry in MANIFEST["pages"]:
        assert set(entry) == {"url", "file", "status", "headers"}, entry
        assert entry["status"] == 200 and set(entry["headers"]) == {"Content-Type"}
        assert not entry["file"].startswith("/") and ".." not in entry["file"].split("/")
    urls = [e["url"] for e in MANIFEST["pages"]]
    assert len(urls) == len(set(urls))


def test_every_file_exists_and_every_file_is_listed() -> None:
    listed = {e["file"] for e in MANIFEST["pages"]}
    on_disk = {p.relative_to(PAGES).as_posix() for p in PAGES.rglob("*") if p.is_file()}
    assert listed == on_disk
    assert sum((PAGES / f).stat().st_size for f in on_disk) < 400_000


def test_every_file_lives_under_its_host() -> None:
    for entry in MANIFEST["pages"]:
        assert entry["file"].split("/")[0] == urlsplit(entry["url"]).hostname, entry


def test_content_types_match_the_bytes() -> None:
    for entry in MANIFEST["pages"]:
        body = (PAGES / entry["file"]).read_bytes()
        ctype = entry["headers"]["Content-Type"].lower()
        body.decode("utf-8")  # every demo file is UTF-8, as the sites serve them
        if ctype.startswith("text/html"):
            assert body[:15].lower() == b"<!doctype html>", entry["url"]
        elif ctype.startswith("application/rss+xml"):
            assert ET.fromstring(body).tag == "rss", entry["url"]
        elif ctype.startswith("application/json"):
            assert isinstance(json.loads(body), list), entry["url"]
        else:
            assert ctype.startswith("text/plain") and entry["url"].endswith("/robots.txt")


def test_urls_have_the_real_shapes_of_the_sites() -> None:
    feeds = {SOHU_FEED, KR36_FEED, TN_FEED, TNCN_FEED}
    for entry in MANIFEST["pages"]:
        url = entry["url"]
        assert url in feeds or any(s.match(url) for s in URL_SHAPES), url
    assert feeds <= {e["url"] for e in MANIFEST["pages"]}
    assert set(STORY.entry_points) == {"sohu", "36kr", "technode"}
    assert {u for urls in STORY.entry_points.values() for u in urls} == feeds


def test_the_replay_index_answers_every_manifest_url() -> None:
    from pipeline.storage.archive import load_replay

    index = load_replay(DEMO)
    assert {e["url"] for e in MANIFEST["pages"]} <= set(index)


# --- story and off-story pages -----------------------------------------------------------


def test_at_least_six_story_articles_from_three_sites() -> None:
    hosts = {re.sub(r"^(www|cn)\.", "", urlsplit(u).hostname or "") for u in STORY_PAGES}
    assert len(STORY_PAGES) >= 6 and hosts == {"sohu.com", "36kr.com", "technode.com"}


@pytest.mark.parametrize("url", STORY_PAGES)
def test_story_page_mentions_zhipu(url: str) -> None:
    text = _readable(url)
    assert "智谱" in text or "Zhipu" in text


@pytest.mark.parametrize("url", OFF_STORY)
def test_off_story_page_has_no_story_keyword(url: str) -> None:
    text = _readable(url).casefold()
    for word in STORY.keywords:
        assert word.casefold() not in text, (url, word)


@pytest.mark.parametrize("url", list(EXPECTED))
def test_site_parser_reads_each_article(url: str) -> None:
    title, published, outlet, first = EXPECTED[url]
    entry = _entry(url)
    article = extract_article(RawPage(url=url, body=_body(url), headers=entry["headers"]))
    assert article.title == title
    assert article.published_at == datetime.fromisoformat(published).replace(tzinfo=CST)
    assert article.source_outlet == outlet
    assert article.extraction_method == "site" and article.canonical_url == url
    assert article.paragraphs[0].startswith(first)
    assert len(article.paragraphs) >= 3
    for junk in BOILERPLATE:
        assert junk not in article.text, (url, junk)


def test_feed_form_of_a_36kr_url_gives_the_same_article() -> None:
    page = RawPage(url=K1 + "?f=rss", body=_body(K1 + "?f=rss"), headers=_entry(K1)["headers"])
    article = extract_article(page)
    assert article.canonical_url == K1 and article.site_article_id == K1.rsplit("/", 1)[1]


# --- encrypted data -----------------------------------------------------------------------


def test_one_36kr_page_ships_its_state_encrypted_and_it_decrypts() -> None:
    raw = _body(K2).decode("utf-8")
    assert re.search(r'window\.initialState=\{"state":"[A-Za-z0-9+/=]+","isEncrypt":true\}', raw)
    assert "智谱" not in raw.split("<body>", 1)[1]  # the article is only in the ciphertext
    data = _state(K2)["articleDetail"]["articleDetailData"]["data"]
    assert str(data["itemId"]) == K2.rsplit("/", 1)[1]
    assert data["widgetTitle"] == EXPECTED[K2][0] and data["widgetContent"].startswith("<p>作者｜")
    assert "isEncrypt" not in _body(K1).decode("utf-8")


@pytest.mark.parametrize("url", (K1, K2, KU))
def test_36kr_state_holds_the_article_fields(url: str) -> None:
    data = _state(url)["articleDetail"]["articleDetailData"]["data"]
    for key in (
        "itemId",
        "widgetTitle",
        "summary",
        "author",
        "authorId",
        "publishTime",
        "widgetContent",
        "sourceType",
    ):
        assert data.get(key), key
    assert re.match(r"<p>作者｜[^<]+</p><p>编辑｜[^<]+</p>", data["widgetContent"])
    published = datetime.fromtimestamp(data["publishTime"] / 1000, CST)
    assert published == datetime.fromisoformat(EXPECTED[url][1]).replace(tzinfo=CST)


def _sohu_images(url: str) -> tuple[list[str], list[str]]:
    html = _body(url).decode("utf-8")
    doc = lxml.html.fromstring(html)
    encrypted = doc.xpath("//article[@id='mp-editor']//img/@data-src")
    listed = re.findall(r'"url": "([^"]+)"', html.split("imgsList:", 1)[1].split("]", 1)[0])
    return [_aes_decrypt(SOHU_KEY, v).decode("utf-8") for v in encrypted], listed


@pytest.mark.parametrize("url", (S0, S1, S2, SU))
def test_sohu_image_data_src_decrypts_to_the_listed_image_urls(url: str) -> None:
    decrypted, listed = _sohu_images(url)
    assert decrypted and decrypted == listed
    for image in decrypted:
        assert re.match(r"^//q\d\.itc\.cn/q_70/images01/2026010\d/[0-9a-f]{32}\.jpeg$", image)


def test_sohu_pages_carry_the_2024_template_markers() -> None:
    for url in (S0, S1, S2, SU):
        doc = lxml.html.fromstring(_body(url).decode("utf-8"))  # <meta charset> comes late
        stamp = doc.get_element_by_id("news-time")
        published = datetime.fromtimestamp(int(stamp.get("data-val")) / 1000, CST)
        assert published.strftime("%Y-%m-%d %H:%M") == stamp.text_content().strip()
        assert doc.xpath("//div[@class='text-title']/h1/span[@class='article-tag']")
        og_title = doc.xpath("//meta[@property='og:title']/@content")[0]
        assert og_title.startswith(EXPECTED[url][0] + "_")  # the SEO keyword suffix
        assert doc.xpath("//meta[@name='mediaid']/@content") and doc.xpath("//a[@id='backsohucom']")
    repost = lxml.html.fromstring(_body(S2).decode("utf-8"))
    assert repost.xpath("//p[@data-role='original-title']/@style") == ["display:none"]


# --- feeds and robots.txt -----------------------------------------------------------------


def _rss_items(url: str) -> list[ET.Element]:
    return ET.fromstring(_body(url)).findall("./channel/item")


def test_sohu_json_feed_lists_the_sohu_articles() -> None:
    items = json.loads(_body(SOHU_FEED))
    urls = [f"https://www.sohu.com/a/{i['id']}_{i['authorId']}" for i in items]
    assert sorted(urls) == sorted((S0, S1, S2, SU))
    for item in items:
        assert {"id", "authorId", "title", "authorName", "originalSource", "publicTime"} <= set(
            item
        )
    repost = next(i for i in items if str(i["id"]) in S2)
    assert repost["originalSource"] == "21世纪经济报道"
    times = [i["publicTime"] for i in items]
    assert times == sorted(times, reverse=True)


def test_36kr_rss_lists_the_36kr_articles_with_full_bodies() -> None:
    items = _rss_items(KR36_FEED)
    assert sorted(i.findtext("link") or "" for i in items) == sorted(
        u + "?f=rss" for u in (K1, K2, KU)
    )
    for item in items:
        assert re.match(
            r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0800$", item.findtext("pubDate") or ""
        )
        description = item.findtext("description") or ""
        assert description.startswith("<p>作者｜") and len(description) > 300


def test_technode_feeds_list_their_articles_with_excerpts_only() -> None:
    for feed, expected in ((TN_FEED, {E1, EU}), (TNCN_FEED, {C1, CU})):
        items = _rss_items(feed)
        assert {i.findtext("link") for i in items} == expected
        for item in items:
            assert len(item.findtext("description") or "") < 300
            assert re.match(
                r"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$",
                item.findtext("pubDate") or "",
            )


def test_every_feed_link_is_in_the_archive() -> None:
    """A replayed crawl answers 404 for a missing URL: every link must have its page."""
    links = [
        f"https://www.sohu.com/a/{i['id']}_{i['authorId']}" for i in json.loads(_body(SOHU_FEED))
    ]
    for feed in (KR36_FEED, TN_FEED, TNCN_FEED):
        links += [i.findtext("link") or "" for i in _rss_items(feed)]
    archived = {e["url"] for e in MANIFEST["pages"]}
    assert set(links) <= archived
    assert set(OFF_STORY) & set(u.split("?")[0] for u in links) == set(OFF_STORY)


def test_robots_txt_of_every_host_allows_the_paths_used() -> None:
    for entry in MANIFEST["pages"]:
        if entry["url"].endswith("/robots.txt"):
            continue
        host = urlsplit(entry["url"]).hostname
        robots = f"https://{host}/robots.txt"
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(_body(robots).decode("utf-8").splitlines())
        assert parser.can_fetch("newsbrief", entry["url"]), entry["url"]
    sohu = urllib.robotparser.RobotFileParser()
    sohu.parse(_body("https://v2.sohu.com/robots.txt").decode("utf-8").splitlines())
    assert not sohu.can_fetch("newsbrief", "https://v2.sohu.com/private/x")


# --- the facts of STORY-FACTS.md ------------------------------------------------------------

FACTS_ZH = (
    "116.20港元",
    "120港元",
    "3.27%",
    "528亿港元",
    "3741.95万股H股",
    "187.1万股",
    "3554.85万股",
    "43亿港元",
    "41.734亿港元",
    "70%",
    "10%",
    "1159.46倍",
    "15.28倍",
    "11名基石投资者",
    "29.8亿港元",
    "5740万元",
    "1.245亿元",
    "3.124亿元",
    "6.6%",
    "唐杰",
    "GLM-5",
    "刘德兵",
    "张鹏",
    "2019年6月",
    "KEG",
    "02513",
    "约62亿元",
    "15.95亿元",
    "11.45亿元",
    "Frost & Sullivan",
)
FACTS_EN = (
    "HK$116.20",
    "HK$120",
    "3.27%",
    "HK$52.8 billion",
    "HK$131.5",
    "13.17%",
    "HK$57.9 billion",
    "HK$4.3 billion",
    "1,159",
    "15.28 times",
    "HK$2.98 billion",
    "RMB 57.4 million",
    "RMB 124.5 million",
    "RMB 312.4 million",
    "6.6%",
    "GLM-5",
    "Tang Jie",
    "Liu Debing",
    "Zhang Peng",
    "June 2019",
    "02513",
)
HEADLINE = ("116.20港元", "120港元", "3.27%", "43亿港元", "1159.46倍")


def test_every_chinese_fact_is_on_some_story_page() -> None:
    zh_text = "".join(_readable(u) for u in STORY_PAGES if u != E1)
    for fact in FACTS_ZH:
        assert fact in zh_text, fact


def test_english_article_carries_the_english_equivalents() -> None:
    text = _readable(E1).replace("&amp;", "&")
    for fact in FACTS_EN:
        assert fact in text, fact


def test_headline_figures_overlap_across_pages() -> None:
    for figure in HEADLINE:
        pages = [u for u in STORY_PAGES if figure in _readable(u)]
        assert len(pages) >= 3, (figure, pages)


def test_first_day_close_disagreement_only_the_repost_says_125_7() -> None:
    low = [u for u in STORY_PAGES if "125.7港元" in _readable(u)]
    high = [u for u in STORY_PAGES if "131.5港元" in _readable(u) or "HK$131.5" in _readable(u)]
    assert low == [S2]
    assert "8.06%" in _readable(S2) and "逾550亿港元" in _readable(S2)
    assert len(high) >= 2 and S2 not in high
    assert all("13.17%" in _readable(u) for u in high)
