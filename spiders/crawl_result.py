"""What a crawl returns and how it crosses a process boundary: `CrawlResult`, its pages and
itself as JSON-able data (bodies base64) and back, and `known` (the incremental crawl's
validators) built from a result or from a store."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pipeline.config import build
from pipeline.records import RawPage, Reject, RejectReason
from spiders.incremental import known_from_pages

if TYPE_CHECKING:
    from pipeline.storage.sqlstore import ArticleStore as Store

# url -> {"etag": str | None, "last_modified": str | None, "stored": bool} (spiders.incremental)
Known = Mapping[str, Mapping[str, Any]]


@dataclass
class CrawlResult:
    """The outcome of one crawl: pages fetched, block pages, failures, and Scrapy's stats.

    `pages` holds the pages only when the crawl had no page handler (else it stays empty and
    `fetched` says how many pages the handler was given).

    Incremental outcomes (URLs as requested): `not_modified` answered 304 to a conditional GET
    (feeds or articles: the stored copy stands), of which `listings_not_modified` are entry
    points that are no stored article (feeds, APIs, sitemaps, list pages: not discovered);
    `skipped` articles known and stored without validators (entry points too), not fetched.
    `feeds` holds each feed fetched in full: {"url", "final_url", "status", "links", "etag",
    "last_modified"}, for the caller to record its validators.
    `filtered` holds the listed articles the story filter left out (not fetched).

    Every discovered URL ends in exactly one of: a page handed on (`fetched`), `empty` (a
    response without a body), `not_modified`, `skipped`, `errors`, `blocked`, `disallowed`,
    or `not_fetched` (claimed but never answered: the site's crawl stopped after a block
    page, or the request was dropped, as a redirect to itself is), with the reason. An entry
    point is discovered only once it answers with a page (or, one stored as an article, once
    skipped or answered 304): `entry_points_failed` says how many
    of `errors`, `blocked` and `disallowed` are entry points that never did.
    """

    pages: list[RawPage] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, message)
    discovered: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    not_modified: list[str] = field(default_factory=list)
    listings_not_modified: list[str] = field(default_factory=list)  # of not_modified
    skipped: list[str] = field(default_factory=list)
    feeds: list[dict[str, Any]] = field(default_factory=list)
    filtered: list[str] = field(default_factory=list)
    fetched: int = 0
    over_budget: list[str] = field(default_factory=list)  # listed, past max_pages: not fetched
    disallowed: list[str] = field(default_factory=list)  # forbidden by robots.txt
    empty: list[tuple[str, str]] = field(default_factory=list)  # (url, detail): 204, empty 200
    not_fetched: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    entry_points_failed: int = 0  # of errors/blocked/disallowed: entry points, not discovered
    # The replayed WARC's problems, as rejects.jsonl records: bad records, truncation.
    archive_problems: list[Reject] = field(default_factory=list)


def _jsonable_dict(value: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(k): _jsonable(v) for k, v in value.items()}


def _jsonable(value: object) -> Any:
    if isinstance(value, dict):
        return _jsonable_dict(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _config_from(cls: type, data: dict[str, Any] | None, where: str) -> Any:
    if data is None:
        return None
    return build(cls, {k: v for k, v in data.items() if v is not None}, where)


def page_to_json(page: RawPage) -> dict[str, Any]:
    """A RawPage as JSON-able data (the body base64-encoded)."""
    return {
        "url": page.url,
        "final_url": page.final_url,
        "status": page.status,
        "headers": dict(page.headers),
        "body_b64": base64.b64encode(page.body).decode("ascii"),
        "fetched_at": page.fetched_at.isoformat() if page.fetched_at else None,
        "site": page.site,
        "block_checked": page.block_checked,
    }


def page_from_json(data: Mapping[str, Any]) -> RawPage:
    """The inverse of `page_to_json`."""
    return RawPage(
        url=data["url"],
        body=base64.b64decode(data["body_b64"]),
        status=data["status"],
        headers=data["headers"],
        final_url=data["final_url"],
        fetched_at=datetime.fromisoformat(data["fetched_at"]) if data["fetched_at"] else None,
        site=data["site"],
        block_checked=bool(data.get("block_checked", False)),
    )


def result_to_json(result: CrawlResult) -> dict[str, Any]:
    """A CrawlResult as JSON-able data (page bodies base64-encoded)."""
    return {
        "pages": [page_to_json(p) for p in result.pages],
        "blocked": [list(b) for b in result.blocked],
        "errors": [list(e) for e in result.errors],
        "discovered": result.discovered,
        "stats": _jsonable(result.stats),
        "not_modified": list(result.not_modified),
        "listings_not_modified": list(result.listings_not_modified),
        "skipped": list(result.skipped),
        "feeds": _jsonable(result.feeds),
        "filtered": list(result.filtered),
        "fetched": result.fetched,
        "over_budget": list(result.over_budget),
        "disallowed": list(result.disallowed),
        "empty": [list(e) for e in result.empty],
        "not_fetched": [list(n) for n in result.not_fetched],
        "entry_points_failed": result.entry_points_failed,
        "archive_problems": [r.to_dict() for r in result.archive_problems],
    }


def result_from_json(data: dict[str, Any]) -> CrawlResult:
    """The inverse of `result_to_json`."""
    pages = [page_from_json(p) for p in data["pages"]]
    return CrawlResult(
        pages=pages,
        blocked=[(u, r) for u, r in data["blocked"]],
        errors=[(u, m) for u, m in data["errors"]],
        discovered=int(data["discovered"]),
        stats=data["stats"],
        not_modified=list(data.get("not_modified", [])),
        listings_not_modified=list(data.get("listings_not_modified", [])),
        skipped=list(data.get("skipped", [])),
        feeds=list(data.get("feeds", [])),
        filtered=list(data.get("filtered", [])),
        fetched=int(data.get("fetched", len(pages))),
        over_budget=list(data.get("over_budget", [])),
        disallowed=list(data.get("disallowed", [])),
        empty=[(u, d) for u, d in data.get("empty", [])],
        not_fetched=[(u, r) for u, r in data.get("not_fetched", [])],
        entry_points_failed=int(data.get("entry_points_failed", 0)),
        archive_problems=[
            Reject(r["url"], RejectReason(r["reason"]), r["detail"])
            for r in data.get("archive_problems", [])
        ],
    )


def known_from_result(result: CrawlResult, *, stored: bool = True) -> dict[str, dict[str, Any]]:
    """`known` after a crawl whose pages were all kept: each page's ETag / Last-Modified
    (stored=`stored`), and each feed's validators (stored=False: a feed is no article)."""
    known: dict[str, dict[str, Any]] = {
        feed["url"]: {
            "etag": feed.get("etag"),
            "last_modified": feed.get("last_modified"),
            "stored": False,
        }
        for feed in result.feeds
        if feed.get("etag") or feed.get("last_modified")
    }
    known.update(known_from_pages(result.pages, stored=stored))
    return known


def known_from_store(store: Store, entry_points: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """`known` from a store: every stored article (stored=True) with the validators of its
    last fetch, and the entry points' (feeds') validators where a fetch was recorded."""
    known: dict[str, dict[str, Any]] = {}
    for url in entry_points:
        state = store.fetch_state(url)
        if state is not None and (state.get("etag") or state.get("last_modified")):
            known[url] = {
                "etag": state.get("etag"),
                "last_modified": state.get("last_modified"),
                "stored": False,
            }
    for article in store.articles():
        urls = list(dict.fromkeys([article.url, article.canonical_url or article.url]))
        state = next(filter(None, map(store.fetch_state, urls)), None) or {}
        for url in urls:
            known[url] = {
                "etag": state.get("etag"),
                "last_modified": state.get("last_modified"),
                "stored": True,
            }
    return known
