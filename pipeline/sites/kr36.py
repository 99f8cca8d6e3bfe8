"""36Kr (36kr.com, www., m., eu.36kr.com/en): article data embedded as page state JSON.

v2 (2019-): `window.initialState={...}`, article at articleDetail.articleDetailData.data;
since about 2023 optionally `{"state": "<base64>", "isEncrypt": true}` (AES-128-ECB).
v1 (2018): `var props={"detailArticle|post": {...}, ...}`; valid until mid-2019.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from pipeline.errors import ExtractionError, Rejected, RejectReason
from pipeline.records import Article, RawPage
from pipeline.sites import _common as c
from pipeline.sites.spec import Crawl, Pace, ParserVersion, SiteSpec
from pipeline.web.jsonvalue import json_value

logger = logging.getLogger(__name__)

_STATE_MARKER = "window.initialState"
_PROPS_MARKER = "var props"
_STATE_KEY = b"efabccee-b754-4c"  # AES-128-ECB key of the encrypted state (seen 2023)
_ARTICLE_PATHS = (("articleDetail", "articleDetailData", "data"), ("newsflashDetail", "data"))
_DOM_BODY = "div.articleDetailContent"
_DOM_TITLE = ("h1.article-title", "h1")
_CAPTIONS = ("p.img-desc", "figcaption")  # image captions ("图片来源：...") are not body text
ZONE = c.SHANGHAI  # publishTime is epoch ms; DOM dates have no zone
# The WAF interstitial of 2025-26: it wants a `_waftokenid` cookie; we never solve it.
BLOCK_MARKERS = (
    ("正在进行安全检测", "waf: security check interstitial (正在进行安全检测)"),
    ("_waftokenid", "waf: _waftokenid challenge"),
)
# "作者｜X" / "编辑｜Y" credit lines that open many bodies
_CREDIT = re.compile(r"^(作者|编辑|文|撰文|采访|来源|责编)\s*[｜|:：]\s*(.{0,30})$")
_SITE_NAME = "36氪"
_SEPARATOR_BEFORE = re.compile(r"\s*[-_|]\s*")  # before the site's name, read backwards


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _decrypt_state(state: Any, url: str) -> Any:
    if isinstance(state, dict) and state.get("isEncrypt") and isinstance(state.get("state"), str):
        plain = c.aes_ecb_decrypt(_STATE_KEY, state["state"])
        try:
            value = json_value(plain.decode("utf-8")) if plain is not None else None
        except UnicodeDecodeError:
            value = None
        if value is None:
            raise ExtractionError("36kr", url, "initialState", "cannot decrypt")
        return value
    return state


def _body(content_html: str) -> tuple[list[str], dict[str, str]]:
    """Body paragraphs without the leading credit lines, and those credits by role."""
    doc = c.parse_html(f"<div>{content_html}</div>")
    if doc is not None:
        c.remove(doc, _CAPTIONS)
    lines = c.paragraphs(c.first(doc, "body")) if doc is not None else []
    credits: dict[str, str] = {}
    while lines and len(credits) < 4:
        match = _CREDIT.match(lines[0])
        if not match:
            break
        if match.group(2).strip():
            credits.setdefault(match.group(1), match.group(2).strip())
        lines.pop(0)
    return lines, credits


def _images(content_html: str, url: str, *extra: Any) -> tuple[str, ...]:
    found = re.findall(r"<img[^>]+src=[\"']([^\"']+)", content_html or "")
    return c.unique(c.absolute(str(u), url) for u in (*extra, *found) if u)


def _from_data(page: RawPage, doc: Any, data: dict[str, Any], version: int) -> Article:
    url = page.effective_url
    content = str(data.get("widgetContent") or data.get("content") or "")
    text, credits = _body(content)
    author = data.get("author") or _get(data, ("user", "name")) or credits.get("作者")
    published = data.get("publishTime") or data.get("published_at")
    title = data.get("widgetTitle") or data.get("title") or ""
    return c.site_article(
        page,
        SPEC,
        version,
        doc,
        title=str(title).strip(),
        text=text,
        summary=data.get("summary") or data.get("description") or None,
        author=str(author).strip() or None if author else None,
        published_at=c.parse_datetime(published, ZONE),
        images=_images(content, url, data.get("widgetImage"), data.get("cover")),
    )


def _without_site_name(title: str) -> str:
    r"""`re.sub(r"\s*[-_|]\s*36氪.*$", "", title)` ("标题 - 36氪" -> "标题"), each "36氪" of the
    last line tried once: re tried each blank of a run to the run's end, and each "36氪" of an
    earlier line to that line's end (an og:title of 16,000 no-break spaces took 1.9 s)."""
    line = title.rfind("\n", 0, len(title) - 1) + 1  # ".*$": the last line, a final "\n" aside
    end = len(title) - title.endswith("\n")
    backwards = ""
    at = title.find(_SITE_NAME, line)
    while at >= 0:
        backwards = backwards or title[::-1]
        separator = _SEPARATOR_BEFORE.match(backwards, len(title) - at)
        if separator is not None:  # its blanks before it as many as there are: the first start
            return title[: len(title) - separator.end()] + title[end:]
        at = title.find(_SITE_NAME, at + 1)
    return title


def _from_dom(page: RawPage, view: c.PageView) -> Article | None:
    doc = view.doc
    body = c.first(doc, _DOM_BODY)
    if body is None:
        return None
    text, credits = _body(c.markup_of(body))
    title = c.text_of(c.first(doc, *_DOM_TITLE))
    return c.site_article(
        page,
        SPEC,
        2,
        doc,
        title=title or _without_site_name(view.meta("og:title") or ""),
        text=text,
        author=credits.get("作者"),
        summary=view.meta("description"),
        published_at=c.parse_datetime(view.meta("article:published_time", "datePublished"), ZONE),
    )


def parse_v2(page: RawPage, view: c.PageView) -> Article:
    """2019- pages: window.initialState (plain or encrypted), else the rendered DOM."""
    url, doc, html = page.effective_url, view.doc, view.html
    if _STATE_MARKER not in html:
        if any(marker in html for marker, _ in SPEC.block_markers):
            raise Rejected(RejectReason.BLOCKED, url, "36kr WAF security check page")
        article = _from_dom(page, view)
        if article is None:
            raise ExtractionError("36kr", url, "initialState")
        return article
    state = _decrypt_state(c.raw_json_after(html, _STATE_MARKER), url)
    if not state:
        raise Rejected(RejectReason.BLOCKED, url, "empty initialState")
    for path in _ARTICLE_PATHS:
        data = _get(state, path)
        if isinstance(data, dict) and (data.get("widgetContent") or data.get("content")):
            return _from_data(page, doc, data, 2)
    article = _from_dom(page, view)
    if article is None:
        raise Rejected(RejectReason.NOT_ARTICLE, url, "initialState holds no article data")
    return article


def parse_v1(page: RawPage, view: c.PageView) -> Article:
    """2018 pages: `var props={"detailArticle|post": {...}}` before an empty <div id=app>."""
    url = page.effective_url
    props = c.raw_json_after(view.html, _PROPS_MARKER)
    if not isinstance(props, dict):
        raise ExtractionError("36kr", url, "props")
    post = next((v for k, v in props.items() if k.startswith("detailArticle")), None)
    if not isinstance(post, dict):
        raise ExtractionError("36kr", url, "detailArticle")
    return _from_data(page, view.doc, post, 1)


# --- discovery (SITES.md): channel list pages /information/<channel>/ ----------------------
LIST_ITEMS = ("information", "informationList", "itemList")  # entries hold templateMaterial
LIST_ARTICLE_URL = "https://36kr.com/p/{id}"
ARTICLE_PATH = re.compile(r"/(?:p|newsflashes)/\d+(?:\.html)?/?$")


def list_items(html: str) -> list[dict[str, Any]]:
    """A channel list page's items (templateMaterial: itemId, widgetTitle, summary,
    publishTime), read from its initialState (plain or encrypted); [] when there is none."""
    if _STATE_MARKER not in html:
        return []
    try:
        state = _decrypt_state(c.raw_json_after(html, _STATE_MARKER), "")
    except (ExtractionError, ValueError):
        return []
    entries = _get(state, LIST_ITEMS)
    materials = [e.get("templateMaterial") for e in entries or () if isinstance(e, dict)]
    return [m for m in materials if isinstance(m, dict) and m.get("itemId")]


SPEC = SiteSpec(
    name="36kr",
    display_name="36Kr",
    hosts=("36kr.com",),
    language="zh",
    zone=ZONE,
    article_url=re.compile(r"36kr\.com/(?:en/|goods/)?(?:p|newsflashes)/(\d+)"),
    parsers=(
        ParserVersion(1, parse_v1, valid_until=date(2019, 6, 30)),
        ParserVersion(2, parse_v2),
    ),
    host_languages={"eu.36kr.com": "en"},
    host_names={"eu.36kr.com": "36Kr Europe"},
    aliases={"m.36kr.com": "36kr.com", "www.36kr.com": "36kr.com"},  # one article, three hosts
    tracking_params=frozenset({"f"}),  # feed links carry ?f=rss: one article whatever the suffix
    block_markers=BLOCK_MARKERS,
    crawl=Crawl(
        feeds=("https://www.36kr.com/feed",),  # on www (SITES.md)
        article_path=ARTICLE_PATH,
        # a browser's Referer and Accept-Language (SITES.md: the WAF looks at both)
        headers={"Referer": "https://www.36kr.com/", "Accept-Language": "zh-CN,zh;q=0.9"},
        pace=Pace(delay=2.5, concurrency=1, jitter=0.5, extra_hosts=("gateway.36kr.com",)),
        spider="spiders.kr36.Kr36Spider",  # channel lists hold items in (encrypted) page state
    ),
)
