"""Discovery per method and the story filter, offline: spider callbacks on built responses."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

from pipeline.sites import SITES
from spiders.base import site_spider
from spiders.context import CrawlContext, PageBudget
from spiders.discovery import page_number, paged_url, url_kind
from spiders.generic import GenericSpider
from spiders.kr36 import Kr36Spider
from spiders.story_filter import Item, StoryFilter, item_datetime
from tests.test_sites import aes_ecb_encrypt

SohuSpider = site_spider(SITES["sohu"])
TechNodeSpider = site_spider(SITES["technode"])

CST = timezone(timedelta(hours=8))
STORY = StoryFilter(
    ["智谱", "Zhipu", "GLM"],
    exclude=["招聘"],
    date_from=date(2026, 1, 1),
    date_to=date(2026, 1, 31),
)
JSON = {"Content-Type": "application/json"}


def spider(
    cls: type,
    *,
    story: StoryFilter | None = STORY,
    limit: int = 100,
    list_pages: int = 5,
    context: CrawlContext | None = None,
) -> Any:
    context = context or CrawlContext(
        budget=PageBudget(limit), story_filter=story, max_list_pages=list_pages
    )
    return cls(context=context)


def run(spider_: Any, response: Any, callback: str = "parse_entry") -> tuple[list[str], list[str]]:
    """(article URLs, listing URLs) requested from one response."""
    out = [r for r in getattr(spider_, callback)(response) if isinstance(r, Request)]
    return (
        [r.url for r in out if r.meta["kind"] == "article"],
        [r.url for r in out if r.meta["kind"] == "list"],
    )


# --- dates and the filter ----------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-01-08 09:30:00  +0800", datetime(2026, 1, 8, 9, 30, tzinfo=CST)),  # 36Kr RSS
        ("Thu, 08 Jan 2026 10:05:00 +0000", datetime(2026, 1, 8, 18, 5, tzinfo=CST)),  # RFC 822
        ("Wed, 07 Jan 2026 07:30:00 GMT", datetime(2026, 1, 7, 15, 30, tzinfo=CST)),
        ("2026-01-08T10:05:00Z", datetime(2026, 1, 8, 18, 5, tzinfo=CST)),  # ISO
        ("2026-01-08T10:05:00", datetime(2026, 1, 8, 10, 5, tzinfo=CST)),  # no zone: Shanghai
        (1767866791000, datetime(2026, 1, 8, 18, 6, 31, tzinfo=CST)),  # Sohu publicTime (ms)
        ("not a date", None),
        (None, None),
        ("", None),
    ],
)
def test_item_dates(value: Any, expected: datetime | None) -> None:
    assert item_datetime(value) == expected


@pytest.mark.parametrize(
    "texts, when, followed",
    [
        (("智谱今日挂牌",), None, True),
        (("ZHIPU AI lists",), None, True),  # case-insensitive
        (("A robot at CES",), None, False),
        (("智谱招聘启事",), None, False),  # an excluded keyword
        ((), None, True),  # nothing to judge: the pipeline judges the article
        (("",), None, True),
        (("智谱",), datetime(2025, 12, 31, 15, 59, tzinfo=UTC), False),  # 23:59 Shanghai
        (("智谱",), datetime(2025, 12, 31, 16, 0, tzinfo=UTC), True),  # Jan 1, Shanghai
        (("智谱",), datetime(2026, 1, 31, 16, 0, tzinfo=UTC), False),  # Feb 1, Shanghai
        ((), datetime(2026, 2, 2, tzinfo=CST), False),  # no text, but out of the window
    ],
)
def test_story_filter(texts: tuple[str, ...], when: datetime | None, followed: bool) -> None:
    assert (STORY.reason(Item("https://x.org/a", texts, when)) is None) is followed


def test_min_keyword_hits_counts_distinct_keywords() -> None:
    two = StoryFilter(["智谱", "GLM", "港交所"], min_hits=2)
    assert two.reason(Item("u", ("智谱 智谱 智谱",))) is not None
    assert two.reason(Item("u", ("智谱发布GLM-5",))) is None


def test_sitemap_lastmod_bounds_only_the_start_of_the_window() -> None:
    late = datetime(2026, 3, 1, tzinfo=CST)  # modified after the window: maybe published in it
    assert STORY.reason(Item("u", (), None, late)) is None
    assert STORY.reason(Item("u", (), None, datetime(2025, 6, 1, tzinfo=CST))) is not None


# --- feeds -----------------------------------------------------------------------------------

KR36_FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<item><title>唐杰内部信</title><link>https://36kr.com/p/1001?f=rss</link>
<pubDate>2026-01-09 08:30:00 +0800</pubDate>
<description><![CDATA[<p>上市当天，公司首席科学家说下一代GLM模型即将推出。</p>]]></description></item>
<item><title>咖啡品牌完成融资</title><link>https://36kr.com/p/1002?f=rss</link>
<pubDate>2026-01-08 14:00:00 +0800</pubDate><description><![CDATA[<p>门店扩张。</p>]]></description></item>
<item><title>智谱旧闻</title><link>https://36kr.com/p/1003?f=rss</link>
<pubDate>2025-11-02 10:00:00 +0800</pubDate></item>
<item><title>智谱挂牌</title><link>https://36kr.com/newsflashes/1004</link>
<pubDate>2026-01-08 09:00:00 +0800</pubDate></item>
</channel></rss>""".encode()


def test_rss_items_filtered_on_title_full_text_and_date() -> None:
    kr = spider(Kr36Spider)
    response = XmlResponse("https://www.36kr.com/feed-article", body=KR36_FEED)
    articles, more = run(kr, response)
    # 1001 only says GLM in its full text (description); 1002 is off-story; 1003 too old
    assert articles == ["https://36kr.com/p/1001?f=rss", "https://36kr.com/newsflashes/1004"]
    assert more == [] and kr.context.filtered == [
        "https://36kr.com/p/1002?f=rss",
        "https://36kr.com/p/1003?f=rss",
    ]


def test_without_a_story_every_item_is_followed() -> None:
    response = XmlResponse("https://www.36kr.com/feed-newsflash", body=KR36_FEED)
    assert len(run(spider(Kr36Spider, story=None), response)[0]) == 4


def test_atom_entries() -> None:
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
    <entry><title>Zhipu lists</title><link rel="alternate" href="/2026/01/08/zhipu/"/>
      <link rel="replies" href="/2026/01/08/zhipu/#comments"/><published>2026-01-08T10:00:00Z</published></entry>
    <entry><title>Robots</title><link href="/2026/01/07/robots/"/><updated>2026-01-07T10:00:00Z</updated></entry>
    </feed>"""
    response = XmlResponse("https://technode.com/feed/atom/", body=atom)
    assert run(spider(TechNodeSpider), response) == (["https://technode.com/2026/01/08/zhipu/"], [])


# --- JSON APIs and paging --------------------------------------------------------------------


def sohu_page(*items: tuple[int, str, str], wrap: bool = False) -> bytes:
    """Sohu feed items (id, title, publicTime as an ISO day)."""
    rows = [
        {
            "id": i,
            "authorId": 7,
            "title": title,
            "brief": "",
            "publicTime": int(datetime.fromisoformat(day).replace(tzinfo=CST).timestamp() * 1000),
        }
        for i, title, day in items
    ]
    return json.dumps({"data": rows} if wrap else rows, ensure_ascii=False).encode()


SOHU_API = "https://v2.sohu.com/public-api/feed?scene=TAG&sceneId=1204&page=1&size=20"


def test_sohu_json_items_filtered_and_the_next_page_asked() -> None:
    body = sohu_page(
        (11, "智谱首日收涨", "2026-01-08"),
        (12, "固态电池量产", "2026-01-08"),
        (13, "智谱公布配售结果", "2026-01-07"),
        wrap=True,
    )
    articles, more = run(spider(SohuSpider), TextResponse(SOHU_API, body=body, headers=JSON))
    assert articles == ["https://www.sohu.com/a/11_7", "https://www.sohu.com/a/13_7"]
    assert more == [SOHU_API.replace("page=1", "page=2")]


def test_sohu_mobile_title_and_brief_are_judged_too() -> None:
    body = json.dumps(
        [
            {
                "id": 5,
                "authorId": 6,
                "title": "首日收涨",
                "mobileTitle": "智谱首日",
                "publicTime": 1767866791000,
            },
            {"id": 8, "authorId": 6, "title": "首日", "brief": "GLM 的公司"},
        ]
    ).encode()
    articles, _ = run(spider(SohuSpider), TextResponse(SOHU_API, body=body, headers=JSON))
    assert articles == ["https://www.sohu.com/a/5_6", "https://www.sohu.com/a/8_6"]


@pytest.mark.parametrize(
    "body, why",
    [
        (sohu_page(), "no items"),
        (sohu_page((21, "智谱", "2026-01-02"), (22, "智谱", "2025-12-30")), "left the window"),
    ],
)
def test_paging_stops_when_items_run_out_or_leave_the_window(body: bytes, why: str) -> None:
    _, more = run(spider(SohuSpider), TextResponse(SOHU_API, body=body, headers=JSON))
    assert more == [], why


def test_paging_stops_when_a_page_repeats_and_at_the_entry_point_limit() -> None:
    sohu = spider(SohuSpider, list_pages=3)
    body = sohu_page((31, "智谱", "2026-01-08"))
    first = TextResponse(SOHU_API, body=body, headers=JSON)
    assert run(sohu, first)[1] == [SOHU_API.replace("page=1", "page=2")]
    again = TextResponse(
        SOHU_API.replace("page=1", "page=2"),
        body=body,
        headers=JSON,
        request=Request(SOHU_API, meta={"kind": "list", "entry": SOHU_API}),
    )
    assert run(sohu, again, "parse_more") == ([], [])  # the same item again: a looping API
    fresh = [
        TextResponse(
            SOHU_API.replace("page=1", f"page={n}"),
            headers=JSON,
            body=sohu_page((40 + n, "智谱", "2026-01-08")),
            request=Request(SOHU_API, meta={"kind": "list", "entry": SOHU_API}),
        )
        for n in (3, 4)
    ]
    assert run(sohu, fresh[0], "parse_more")[1] == [SOHU_API.replace("page=1", "page=4")]
    # the entry point has had its 3 listing fetches: page 4 asks for no page 5
    assert run(sohu, fresh[1], "parse_more") == (["https://www.sohu.com/a/44_7"], [])


def test_wordpress_posts_and_newspack_articles() -> None:
    posts = json.dumps(
        [
            {
                "id": 1,
                "link": "https://technode.com/2026/01/08/zhipu-closes-up/",
                "date": "2026-01-08T18:05:00",
                "date_gmt": "2026-01-08T10:05:00",
                "title": {"rendered": "Zhipu AI closes up 13%"},
                "excerpt": {"rendered": "<p>IPO</p>"},
            },
            {
                "id": 2,
                "link": "https://technode.com/2026/01/07/robot/",
                "date_gmt": "2026-01-07T07:30:00",
                "title": {"rendered": "A robot"},
                "excerpt": {"rendered": "<p>Cleaning &#8230;</p>"},
            },
        ]
    ).encode()
    url = "https://technode.com/wp-json/wp/v2/posts?per_page=2"
    articles, more = run(spider(TechNodeSpider), TextResponse(url, body=posts, headers=JSON))
    assert articles == ["https://technode.com/2026/01/08/zhipu-closes-up/"]
    assert more == ["https://technode.com/wp-json/wp/v2/posts?per_page=2&page=2"]
    newspack = json.dumps(
        {
            "items": [
                {"url": "https://technode.com/2026/01/09/glm-5/"},
                {"link": "/2026/01/09/zhipu-letter/", "title": "Zhipu"},
            ],
            "next": None,
        }
    ).encode()
    url = "https://technode.com/wp-json/newspack-blocks/v1/articles?page=1&postsToShow=20"
    articles, more = run(spider(TechNodeSpider), TextResponse(url, body=newspack, headers=JSON))
    assert articles == [
        "https://technode.com/2026/01/09/glm-5/",  # no text: followed
        "https://technode.com/2026/01/09/zhipu-letter/",
    ]
    assert more == [url.replace("page=1", "page=2")]


def test_page_urls() -> None:
    assert page_number("https://x.org/api?page=3&size=2") == 3
    assert page_number("https://x.org/wp-json/wp/v2/posts") == 1
    assert page_number("https://x.org/feed/") is None
    assert paged_url("https://x.org/api?size=2&page=3#x", 4) == "https://x.org/api?size=2&page=4"


# --- sitemaps --------------------------------------------------------------------------------

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://36kr.com/sitemap/2025-06.xml</loc><lastmod>2025-06-30</lastmod></sitemap>
<sitemap><loc>https://36kr.com/sitemap/2026-01.xml</loc><lastmod>2026-01-09</lastmod></sitemap>
<sitemap><loc>https://36kr.com/sitemap/latest.xml</loc></sitemap>
</sitemapindex>"""
URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://36kr.com/p/2001</loc><lastmod>2026-01-08T10:00:00+08:00</lastmod></url>
<url><loc>https://36kr.com/p/2002</loc><lastmod>2025-10-01</lastmod></url>
<url><loc>https://36kr.com/newsflashes/2003</loc></url>
<url><loc>https://36kr.com/information/AI/</loc><lastmod>2026-01-08</lastmod></url>
<url><loc>https://36kr.com/p/2004</loc><news:news><news:title>咖啡融资</news:title>
  <news:publication_date>2026-01-08</news:publication_date></news:news></url>
<url><loc>https://36kr.com/p/2005</loc><news:news><news:title>智谱上市</news:title>
  <news:publication_date>2026-01-08</news:publication_date></news:news></url>
</urlset>""".encode()


def test_sitemap_index_gives_child_sitemaps_newest_first_without_old_ones() -> None:
    response = XmlResponse("https://36kr.com/sitemap.xml", body=INDEX)
    assert run(spider(Kr36Spider), response) == (
        [],
        ["https://36kr.com/sitemap/2026-01.xml", "https://36kr.com/sitemap/latest.xml"],
    )
    assert len(run(spider(Kr36Spider, list_pages=2), response)[1]) == 1  # the entry + 1


def test_sitemap_urlset_gives_article_urls_in_the_window() -> None:
    response = XmlResponse("https://36kr.com/sitemap.xml", body=URLSET)
    assert run(spider(Kr36Spider), response) == (
        ["https://36kr.com/p/2001", "https://36kr.com/newsflashes/2003", "https://36kr.com/p/2005"],
        [],
    )
    generic = run(spider(GenericSpider, story=None), response)[0]
    assert len(generic) == 6  # no site: every loc


# --- HTML list pages and seeds --------------------------------------------------------------

TAG_PAGE = """<html><body><div class="news-list">
<a href="/a/9703607381_121106520?spm=smpc.tag.1"><img src="x.jpg"></a>
<a href="/a/9703607381_121106520?spm=smpc.tag.2">智谱登陆港交所首日收涨</a>
<a href="//www.sohu.com/a/9703220458_120988341">固态电池量产提速</a>
<a href="https://m.sohu.com/a/9702846135_121106520/">智谱公布配售结果</a>
<a href="https://www.sohu.com/a/9709999999_1"></a>
<a href="/tag/1204">人工智能</a><a href="/a/about">关于</a><a href="javascript:void(0)">更多</a>
</div></body></html>""".encode()


def test_sohu_tag_page_links_filtered_on_anchor_text() -> None:
    response = HtmlResponse(
        "https://www.sohu.com/tag/1204",
        body=TAG_PAGE,
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    articles, more = run(spider(SohuSpider), response)
    assert articles == [
        "https://www.sohu.com/a/9703607381_121106520",
        "https://m.sohu.com/a/9702846135_121106520/",
        "https://www.sohu.com/a/9709999999_1",
    ]  # no anchor text: followed
    assert more == [] and spider(SohuSpider).is_article("https://www.sohu.com/a/1_2")


def kr36_channel(state: dict[str, Any], encrypt: bool = False) -> bytes:
    value: Any = state
    if encrypt:
        plain = json.dumps(state, ensure_ascii=False).encode()
        value = {"state": aes_ecb_encrypt(b"efabccee-b754-4c", plain), "isEncrypt": True}
    script = json.dumps(value, ensure_ascii=False)
    return f"<html><body><script>window.initialState={script}</script></body></html>".encode()


@pytest.mark.parametrize("encrypt", [False, True])
def test_kr36_channel_list_page(encrypt: bool) -> None:
    materials = [
        {
            "itemId": 3631196652870152,
            "widgetTitle": "唐杰内部信：GLM-5即将到来",
            "publishTime": 1767918600000,
        },
        {"itemId": 3630302117550592, "widgetTitle": "咖啡品牌融资", "summary": "门店"},
        {"itemId": 3600000000000001, "widgetTitle": "智谱旧闻", "publishTime": 1700000000000},
    ]
    state = {
        "information": {
            "informationList": {
                "itemList": [{"itemType": 10, "templateMaterial": m} for m in materials]
                + [{"itemType": 5}]
            }
        }
    }
    response = HtmlResponse(
        "https://36kr.com/information/AI/",
        body=kr36_channel(state, encrypt),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    assert run(spider(Kr36Spider), response) == (["https://36kr.com/p/3631196652870152"], [])


def test_article_url_entry_point_is_a_seed_never_filtered_nor_listed() -> None:
    body = (
        b"<html><body><h1>Robots</h1><a href='/a/1_2'>related</a>"
        b"<a href='/a/3_4'>related</a></body></html>"
    )
    url = "https://www.sohu.com/a/9_9"
    response = HtmlResponse(
        url, body=body, request=Request(url), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    (page,) = list(spider(SohuSpider).parse_entry(response))
    assert page.url == url and page.site == "sohu"


def test_page_budget_is_shared_by_the_spiders_of_a_crawl() -> None:
    context = CrawlContext(budget=PageBudget(3), story_filter=STORY)
    kr, tn = spider(Kr36Spider, context=context), spider(TechNodeSpider, context=context)
    first = run(kr, XmlResponse("https://www.36kr.com/feed", body=KR36_FEED))[0]
    body = json.dumps(
        [
            {"link": f"https://technode.com/2026/01/08/zhipu-{i}/", "title": "Zhipu"}
            for i in range(4)
        ]
    ).encode()
    second = run(
        tn, TextResponse("https://technode.com/wp-json/wp/v2/posts", body=body, headers=JSON)
    )
    assert len(first) == 2 and second == (["https://technode.com/2026/01/08/zhipu-0/"], [])
    assert context.budget.spent  # and a spent budget asks for no next page either


def test_listing_urls_are_read_as_listings_whatever_their_content_type() -> None:
    html = {"Content-Type": "text/html;charset=UTF-8"}  # an API that says it is HTML
    body = sohu_page((51, "智谱", "2026-01-08"))
    articles, more = run(spider(SohuSpider), TextResponse(SOHU_API, body=body, headers=html))
    assert articles == ["https://www.sohu.com/a/51_7"] and len(more) == 1
    response = HtmlResponse(
        "https://technode.com/feed/",
        body=b"<rss><channel><item><title>GLM"
        b"</title><link>https://technode.com/2026/01/08/glm/</link></item>"
        b"</channel></rss>",
        headers=html,
    )
    assert run(spider(TechNodeSpider), response)[0] == ["https://technode.com/2026/01/08/glm/"]


@pytest.mark.parametrize(
    "url, kind",
    [
        ("https://v2.sohu.com/public-api/feed?scene=TAG&page=1", "json"),
        ("https://technode.com/wp-json/wp/v2/posts?per_page=20", "json"),
        ("https://36kr.com/sitemap.xml", "sitemap"),
        ("https://36kr.com/sitemap/2026-01.xml", "sitemap"),
        ("https://www.36kr.com/feed", "feed"),
        ("https://www.36kr.com/feed-newsflash", "feed"),
        ("https://technode.com/feed/", "feed"),
        ("https://example.org/news.rss", "feed"),
        ("https://www.sohu.com/a/1_2", None),
        ("https://36kr.com/information/AI/", None),
        ("https://technode.com/2026/01/08/feed-the-robots/", None),
        ("http://[::1/sitemap.xml", None),  # no URL: the crawl names it, exit 2
    ],
)
def test_url_kind(url: str, kind: str | None) -> None:
    assert url_kind(url) == kind
