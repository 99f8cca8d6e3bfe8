"""SiteSpec: everything the pipeline and the crawler know about one site, as data.

A site module (`pipeline/sites/<site>.py`) fills one `SiteSpec` next to its small parse
functions; the registry (`pipeline/sites/__init__.py`) derives host aliases, outlet names,
tracking rules, block markers, page sniffing and crawl pace from the specs, so no generic
module names a site. Plain frozen dataclasses: no registry magic, no import side effects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.addresses import host_of
from pipeline.records import Article, RawPage

if TYPE_CHECKING:  # (the metadata reader is loaded by the extractor, not by the crawl)
    from pipeline.web.metadata import PageView

__all__ = ["Crawl", "Pace", "Parser", "ParserVersion", "SiteSpec"]

Parser = Callable[[RawPage, "PageView"], Article]  # (page, its one parsed view) -> Article
Sniff = Callable[[Any], bool]  # (parsed page) -> True when the markup is the site's
JsonItemUrl = Callable[[dict[str, Any]], "str | None"]  # JSON API item -> article URL


@dataclass(frozen=True)
class ParserVersion:
    version: int
    parse: Parser
    valid_until: date | None = None  # the last day a layout was served (None: current)


@dataclass(frozen=True)
class Pace:
    """How fast to crawl a site's hosts (one Scrapy download slot per host)."""

    delay: float  # seconds between requests
    concurrency: int = 1
    jitter: float = 0.5
    extra_hosts: tuple[str, ...] = ()  # API hosts beyond the site's hosts and aliases


@dataclass(frozen=True)
class Crawl:
    """Discovery as data (read by spiders.base): entry points, URL shapes, list rules, pace."""

    feeds: tuple[str, ...] = ()  # entry points used when a story names none for the site
    article_path: re.Pattern[str] | None = None  # an article page's path (searched)
    list_links: bool = False  # an HTML list page's items are its links to `article_path`
    json_item_url: JsonItemUrl | None = None  # a JSON API item's article URL (else url/link)
    json_text_fields: tuple[str, ...] = ()  # () : spiders.discovery's defaults
    json_date_fields: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)  # sent with every request
    pace: Pace | None = None  # None: the crawl's default delay and concurrency
    spider: str | None = None  # "spiders.<module>.<Class>", only where discovery needs code


@dataclass(frozen=True)
class SiteSpec:
    """A site's identity and knowledge: hosts, URL shapes, names, zone, block markers,
    tracking parameters, discovery and versioned parsers."""

    name: str  # "sohu", "36kr", "technode": Article.site and the spider name
    display_name: str  # the outlet name to cite
    hosts: tuple[str, ...]  # registrable hosts this site answers for (subdomains included)
    language: str  # declared language of the site ("zh", "en"); per-host overrides below
    zone: tzinfo  # the zone of times the site gives without one
    article_url: re.Pattern[str]  # matches article page URLs
    parsers: tuple[ParserVersion, ...]
    host_languages: Mapping[str, str] = field(default_factory=dict)
    host_names: Mapping[str, str] = field(default_factory=dict)  # a host's own outlet name
    aliases: Mapping[str, str] = field(default_factory=dict)  # mobile host -> canonical host
    article_host: str | None = None  # serves every article whose path is `crawl.article_path`
    article_id: re.Pattern[str] | None = None  # group(s) joined by "_" give site_article_id
    tracking_params: frozenset[str] = frozenset()  # the site's own; utm_ etc. are web.urls'
    block_markers: tuple[tuple[str, str], ...] = ()  # (text only a block page holds, reason)
    sniff: Sniff | None = None  # recognizes the site's page by markup when no URL says so
    crawl: Crawl = field(default_factory=Crawl)

    def matches(self, url: str) -> bool:
        return self.matches_host(host_of(url))

    def matches_host(self, host: str) -> bool:
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_url.search(url))

    def language_for(self, url: str) -> str:
        host = host_of(url)
        return self.host_languages.get(host, self.language)

    def name_for(self, host: str) -> str:
        """The outlet name to cite for a page on `host` (cn.technode.com is 动点科技)."""
        return self.host_names.get(host, self.display_name)

    def article_id_for(self, url: str) -> str | None:
        """The site's own id for an article URL (e.g. sohu newsId_mediaId), else None."""
        match = (self.article_id or self.article_url).search(url)
        if not match or not match.groups():
            return None
        return "_".join(g for g in match.groups() if g) or None

    def canonical_host(self, host: str, path: str) -> str:
        """The host serving this article canonically: aliases mapped, and `article_host`
        for article paths on any of the site's hosts (Sohu's channel hosts)."""
        host = self.aliases.get(host, host)
        pattern = self.crawl.article_path
        if self.article_host and pattern is not None and pattern.match(path):
            return self.article_host
        return host

    def is_tracking(self, key: str) -> bool:
        """True for a query parameter of the site's own tracking (dropped from URLs)."""
        return key.lower() in self.tracking_params

    def without_tracking(self, url: str) -> str:
        """`url` without the site's tracking parameters and fragment (else as given)."""
        parts = urlsplit(url.split("#", 1)[0])
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not self.is_tracking(k)]
        if len(kept) == len(pairs):
            return url.split("#", 1)[0]
        return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))

    def slot_hosts(self) -> tuple[str, ...]:
        """Every host a crawl of the site fetches from (for per-host pace)."""
        extra = self.crawl.pace.extra_hosts if self.crawl.pace else ()
        found = (*self.hosts, *self.aliases, *self.aliases.values(), *extra)
        return tuple(dict.fromkeys(found))

    def ordered_parsers(self, on: date | None = None) -> list[ParserVersion]:
        """Newest first; parsers whose layout expired before `on` go last (still a fallback)."""
        newest = sorted(self.parsers, key=lambda p: p.version, reverse=True)
        if on is None:
            return newest
        valid = [p for p in newest if p.valid_until is None or p.valid_until >= on]
        return valid + [p for p in newest if p not in valid]
