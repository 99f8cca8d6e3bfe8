"""TechNode (technode.com, EN: WordPress + Newspack + Jetpack) and 动点科技 (cn.technode.com).

Structured data (JSON-LD, og/article metas) first, theme selectors second: the CN theme is
older (h1.entry-title, time[itemprop=dateCreated], article p) and may have changed.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from pipeline.records import Article, RawPage
from pipeline.sites import _common as c
from pipeline.sites.spec import Crawl, ParserVersion, SiteSpec

logger = logging.getLogger(__name__)

_TITLE = ("h1.entry-title", "article h1", "h1")
_TIME = ("time.entry-date.published", "time[itemprop=dateCreated]", "time.entry-date", "time")
_AUTHOR = ("span.author a", "a[rel=author]", ".author-name", "span.author", ".byline a")
_BODY = ("div.entry-content", "div.post-content", "div[itemprop=articleBody]")
_CN_PARAGRAPHS = "article p"
_PROMO_HEADING = "h2"
_PROMO_TEXT = ("Support TechNode", "支持动点科技")
_DROP = (
    ".jp-relatedposts",
    ".sharedaddy",
    "script",
    "style",
    "noscript",
    "form",
    ".wp-block-buttons",
    ".newspack-inline-popup",
    "div.ad",
    "aside",
)
_TITLE_SUFFIX = re.compile(r"\s*[-|–—]\s*(TechNode|动点科技)\s*$")
_SHORTLINK = re.compile(r"[?&]p=(\d+)")
ZONE = c.SHANGHAI  # the newsroom's zone, for the rare date without an offset


def _drop_promo(body: Any) -> None:
    """Remove the "Support TechNode" block: the grand-parent of its h2 (Newspack group)."""
    for heading in c.select(body, _PROMO_HEADING):
        if not any(mark in c.text_of(heading) for mark in _PROMO_TEXT):
            continue
        parent = heading.getparent()
        block = parent.getparent() if parent is not None else None
        if block is None or block is body:
            block = parent if parent is not body else heading
        if block is not None and block.getparent() is not None:
            c.drop_tree(block)


def _published(doc: Any, found: datetime | None) -> datetime | None:
    if found:
        return found
    stamp = c.first(doc, *_TIME)
    if stamp is None:
        return None
    return c.parse_datetime(stamp.get("datetime") or stamp.get("content") or c.text_of(stamp), ZONE)


def _text(doc: Any) -> list[str]:
    body = c.first(doc, *_BODY)
    if body is not None:
        _drop_promo(body)
        c.remove(body, _DROP)
        lines = c.paragraphs(body)
        if lines:
            return lines
    lines = [c.text_of(p) for p in c.select(doc, _CN_PARAGRAPHS)]
    return [line for line in lines if line]


def _article_id(doc: Any, url: str) -> str | None:
    shortlink = doc.xpath("//link[@rel='shortlink']/@href")
    match = _SHORTLINK.search(shortlink[0]) if shortlink else None
    return match.group(1) if match else SPEC.article_id_for(url)


def parse_v1(page: RawPage, view: c.PageView) -> Article:
    """TechNode EN (Newspack) and CN (older theme) article pages."""
    url, doc = page.effective_url, view.doc
    meta = view.metadata(ZONE)
    title = c.text_of(c.first(doc, *_TITLE)) or meta.title or c.text_of(c.first(doc, "title"))
    author = meta.author or c.text_of(c.first(doc, *_AUTHOR)) or None
    body = c.first(doc, *_BODY)
    images: list[str | None] = list(meta.images[:1])  # the lead image
    if body is not None:
        images += [c.absolute(i.get("data-src") or i.get("src"), url) for i in body.iter("img")]
    return c.site_article(
        page,
        SPEC,
        1,
        doc,
        title=_TITLE_SUFFIX.sub("", title),
        text=_text(doc),
        summary=meta.summary,
        author=author,
        published_at=_published(doc, meta.published_at),
        images=c.unique(images),
        site_article_id=_article_id(doc, url),
    )


# --- discovery (SITES.md): RSS, WordPress JSON (/wp-json/wp/v2/posts) and Newspack's
# /wp-json/newspack-blocks/v1/articles (items under "items", each with url or link); the
# feeds hold excerpts only, so every item's page is fetched. No blocking reported.
ARTICLE_PATH = re.compile(r"/(?:\d{4}/\d{2}/\d{2}|post/\d{4}-\d{2}-\d{2})/[^/?#]+/?$")


SPEC = SiteSpec(
    name="technode",
    display_name="TechNode",
    hosts=("technode.com",),
    language="en",
    zone=ZONE,
    article_url=re.compile(r"technode\.com/(?:post/\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2})/([^/?#]+)"),
    parsers=(ParserVersion(1, parse_v1),),
    host_languages={"cn.technode.com": "zh"},
    host_names={"cn.technode.com": "动点科技 (TechNode)"},
    aliases={"www.technode.com": "technode.com"},
    crawl=Crawl(
        feeds=("https://technode.com/feed/", "https://cn.technode.com/feed/"),
        article_path=ARTICLE_PATH,
    ),
)
