"""Sohu (www.sohu.com, channel hosts, m.sohu.com) and legacy news.sohu.com .shtml pages.

Markup as seen on real pages 2020-2024 (see SITES.md): `div.text-title h1`, `span#news-time`
with epoch ms in `data-val`, body `article#mp-editor`, encrypted `img[data-src]`.
Legacy (2004-2016, GBK) pages keep the body in `#fontzoom` / `#contentText`.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from lxml import etree

from pipeline.records import Article, RawPage
from pipeline.sites import _common as c
from pipeline.sites.spec import Crawl, ParserVersion, SiteSpec

logger = logging.getLogger(__name__)

_TITLE = ("div.text-title h1", "h1[itemprop=headline]", "div.text-title", "h1")
_NEWS_TIME = "span#news-time"
_DATE_METAS = ("datePublished", "og:release_date", "dateUpdate")
_LEGACY_TIME = ("#pubtime_baidu", "div.time", "span.time")
_AUTHOR = "#user-info h4 a"
_ORIGIN = "span[data-role=original-link]"
_LEGACY_ORIGIN = ("#media_span [itemprop=name]", "[itemprop=publisher] [itemprop=name]")
_ORIGINAL_TITLE = "p[data-role=original-title]"
_BODY = ("article#mp-editor", "div[itemprop=articleBody]", "div#contentText", "#fontzoom")
_DROP = (
    "p[data-role=original-title]",
    "a#backsohucom",
    "p[data-role=editor-name]",
    ".original-title",
    ".lookall-box",
    "p.video-title",
    "#sohuplayer",
    "script",
    "style",
)
_LEGACY_DROP = ("table", "select", "form")  # link tables of the 2004-2016 templates
_IMG_KEY = b"www.sohu.com6666"  # AES-128-ECB key of img[data-src] (seen 2023-2024)
_CFGS_TITLE = re.compile(r"var\s+cfgs\s*=\s*\{.*?\btitle:\s*\"([^\"]+)\"", re.S)
_IMGS_LIST = re.compile(r"imgsList\s*:\s*\[(.*?)\]", re.S)
_IMG_URL = re.compile(r"\"url\"\s*:\s*\"([^\"]+)\"")
_SEO_SUFFIX = re.compile(r"(?:-搜狐\w*|_[^_]{1,12})+$")  # "标题_关键词_关键词", "标题-搜狐新闻"
_URL_DATE = re.compile(r"/(\d{4})(\d{2})(\d{2})/n\d+\.shtml")
_CREDIT = re.compile(r"^[（(【\[]?\s*(?:责任)?编辑\s*[:：\s][^）)】\]]*[）)】\]]?\s*$")
_BOILER = ("返回搜狐，查看更多", "返回搜狐,查看更多")
# the body of every 2020-26 article (lxml's XPath, as web.html.xpath compiles it: the crawl
# loads this module for the spec and never parses a page, nor loads web.html)
_MP_EDITOR = etree.XPath("//article[@id='mp-editor']")
ZONE = c.SHANGHAI  # pages give times without a zone


def _title(view: c.PageView) -> str:
    doc, html = view.doc, view.html
    h1 = c.first(doc, *_TITLE)
    if h1 is not None and c.text_of(h1):
        return c.text_of(h1)
    cfgs = _CFGS_TITLE.search(html)
    if cfgs and not cfgs.group(1).startswith("$"):
        return cfgs.group(1).strip()
    raw = view.meta("og:title") or c.text_of(c.first(doc, "title"))
    if raw:
        return _SEO_SUFFIX.sub("", raw).strip() or raw
    hidden = c.text_of(c.first(doc, _ORIGINAL_TITLE))  # body-only pages keep the 原标题
    return re.sub(r"^原标题\s*[:：]", "", hidden).strip()


def _published(view: c.PageView, url: str) -> datetime | None:
    doc = view.doc
    stamp = c.first(doc, _NEWS_TIME)
    if stamp is not None:
        found = c.parse_datetime(stamp.get("data-val"), ZONE) or c.parse_datetime(
            c.text_of(stamp), ZONE
        )
        if found:
            return found
    found = c.parse_datetime(view.meta(*_DATE_METAS), ZONE)
    if found:
        return found
    for element in c.select(doc, ", ".join(_LEGACY_TIME)):
        found = c.parse_datetime(c.text_of(element), ZONE)
        if found:
            return found
    match = c.CN_DATE.search(c.text_of(c.first(doc, "body"))[:3000])
    if match:
        return c.parse_datetime(match.group(0), ZONE)
    in_url = _URL_DATE.search(url)
    return c.parse_datetime("-".join(in_url.groups()), ZONE) if in_url else None


def _origin(doc: Any) -> str | None:
    span = c.first(doc, _ORIGIN)
    if span is None:
        return c.text_of(c.first(doc, *_LEGACY_ORIGIN)) or None
    name = c.text_of(c.first(span, "a")) or re.sub(r"^来源\s*[:：]", "", c.text_of(span))
    return name.strip() or None


def _images(body: Any, html: str, url: str) -> tuple[str, ...]:
    found: list[str | None] = []
    for img in c.select(body, "img"):
        value = (img.get("data-src") or img.get("src") or "").strip()
        if value and not value.startswith(("//", "http")):  # base64 may start with "/" too
            plain = c.aes_ecb_decrypt(_IMG_KEY, value)
            value = plain.decode("utf-8", "replace").strip() if plain else ""
        found.append(c.absolute(value, url) if value else None)
    listed = _IMGS_LIST.search(html)
    if listed:
        found += [c.absolute(u, url) for u in _IMG_URL.findall(listed.group(1))]
    return c.unique(u for u in found if u and "$" not in u)


def _body(doc: Any) -> tuple[Any, list[str]]:
    body = c.first(doc, *_BODY)
    if body is None:
        return None, []
    c.remove(body, _DROP)
    if body.get("id") != "mp-editor":
        c.remove(body, _LEGACY_DROP)
    lines = []
    for line in c.paragraphs(body):
        for boiler in _BOILER:
            line = line.replace(boiler, "").strip()
        if line and not _CREDIT.match(line) and not line.startswith("原标题："):
            lines.append(line)
    return body, lines


def parse_v1(page: RawPage, view: c.PageView) -> Article:
    """Sohu article pages, 2020-2026 template (and the legacy .shtml ones as a fallback)."""
    doc, html, url = view.doc, view.html, page.effective_url
    title = _title(view)
    body, text = _body(doc)
    images = _images(body, html, url) if body is not None else ()
    author = view.meta("mediaid") or c.text_of(c.first(doc, _AUTHOR)) or None
    return c.site_article(
        page,
        SPEC,
        1,
        doc,
        title=title,
        text=text,
        summary=view.meta("description", "og:description"),
        author=author,
        source_outlet=_origin(doc),
        published_at=_published(view, url),
        images=images,
    )


def sniff(doc: Any) -> bool:
    """A Sohu page (or body fragment) by its markup: saved pages and mirrors lack our URL."""
    return bool(_MP_EDITOR(doc))


# --- discovery (SITES.md): the v2.sohu.com/public-api/feed JSON and tag/list pages ---------
# No RSS or sitemap known: stories give seed URLs or feed (sceneId) URLs as entry points.
FEED_ARTICLE_URL = "https://www.sohu.com/a/{id}_{author_id}"  # a feed item's id, authorId
FEED_TEXT_FIELDS = ("title", "mobileTitle", "brief")
FEED_TIME_FIELD = "publicTime"  # epoch milliseconds
ARTICLE_PATH = re.compile(r"^/a/\d+_\d+/?$")  # on www., channel hosts and m.sohu.com


def feed_item_url(item: dict[str, Any]) -> str | None:
    """The article URL of a feed item: www.sohu.com/a/{id}_{authorId}, else its own `url`."""
    news_id, author_id = item.get("id"), item.get("authorId")
    if news_id and author_id:
        return FEED_ARTICLE_URL.format(id=news_id, author_id=author_id)
    url = item.get("url")
    return url if isinstance(url, str) and url else None


SPEC = SiteSpec(
    name="sohu",
    display_name="Sohu",
    hosts=("sohu.com",),
    language="zh",
    zone=ZONE,
    article_url=re.compile(r"sohu\.com/(?:a/(\d+)_(\d+)|\d{8}/n(\d+)\.shtml)"),
    parsers=(ParserVersion(1, parse_v1),),
    # The same article on every host (m., channel hosts like sports.sohu.com) is one www. one.
    aliases={"m.sohu.com": "www.sohu.com", "sohu.com": "www.sohu.com"},
    article_host="www.sohu.com",
    tracking_params=frozenset({"_trans_", "_f"}),  # spm / scm are web.urls' (Alibaba's)
    sniff=sniff,
    crawl=Crawl(
        article_path=ARTICLE_PATH,
        list_links=True,
        json_item_url=feed_item_url,
        json_text_fields=FEED_TEXT_FIELDS,
        json_date_fields=(FEED_TIME_FIELD,),
    ),
)
