"""Example Daily (www.example-daily.test): a made-up site, for tests only.

It shows what adding a site takes: this one module (a SiteSpec and a parser), one registry
line (the tests add it with monkeypatch.setitem(SITES, ...)), one fixture page next to it.
Its discovery is data only (a list page's links, a feed), so it needs no spider module.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.records import Article, RawPage
from pipeline.sites import _common as c
from pipeline.sites.spec import Crawl, Pace, ParserVersion, SiteSpec
from pipeline.web import html as dom

ZONE = ZoneInfo("America/New_York")  # the newsroom's; its pages give local times only
_TITLE = ("h1.ed-headline", "h1")
_TIME = "time.ed-published"
_BODY = "div.ed-story"
_DROP = ("p.ed-promo", "aside", "script")
_STORY = dom.xpath("//div[@class='ed-story']")
ARTICLE_PATH = re.compile(r"/news/\d{8}/\d+\.html$")


def sniff(doc: Any) -> bool:
    """An Example Daily page by its markup (a saved page has no URL of ours)."""
    return bool(_STORY(doc))


def parse_v1(page: RawPage, view: c.PageView) -> Article:
    """The 2026 template: JSON-LD metadata, `div.ed-story` paragraphs."""
    doc = view.doc
    meta = view.metadata(ZONE)
    stamp = c.first(doc, _TIME)
    body = c.first(doc, _BODY)
    if body is not None:
        c.remove(body, _DROP)
    return c.site_article(
        page,
        SPEC,
        1,
        doc,
        title=c.text_of(c.first(doc, *_TITLE)) or meta.title or "",
        text=c.paragraphs(body),
        summary=meta.summary,
        author=meta.author,
        published_at=c.parse_datetime(stamp.get("datetime"), ZONE) if stamp is not None else None,
    )


SPEC = SiteSpec(
    name="example-daily",
    display_name="Example Daily",
    hosts=("example-daily.test",),
    language="en",
    zone=ZONE,
    article_url=re.compile(r"example-daily\.test/news/\d{8}/(\d+)\.html"),
    parsers=(ParserVersion(1, parse_v1),),
    host_names={"fr.example-daily.test": "Example Daily (édition française)"},
    host_languages={"fr.example-daily.test": "fr"},
    aliases={"m.example-daily.test": "www.example-daily.test"},
    tracking_params=frozenset({"edref"}),
    block_markers=(("Example Daily is checking your browser", "waf: Example Daily check"),),
    sniff=sniff,
    crawl=Crawl(
        feeds=("https://www.example-daily.test/feed.xml",),
        article_path=ARTICLE_PATH,
        list_links=True,
        headers={"Accept-Language": "en-US"},
        pace=Pace(delay=1.5, concurrency=1),
    ),
)
