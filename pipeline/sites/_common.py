"""What every site module shares: the SiteSpec and small parse helpers two sites need."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable
from urllib.parse import urlsplit

from pipeline.records import Article, RawPage

Parser = Callable[[RawPage, str], Article]  # (page, decoded html) -> Article


@dataclass(frozen=True)
class ParserVersion:
    version: int
    parse: Parser
    valid_until: date | None = None  # the last day a layout was served (None: current)


@dataclass(frozen=True)
class SiteSpec:
    """A site's identity and knowledge: its hosts, URL shapes and versioned parsers."""

    name: str  # "sohu", "36kr", "technode"
    hosts: tuple[str, ...]  # registrable hosts this site answers for (subdomains included)
    language: str  # declared language of the site ("zh", "en"); per-host overrides below
    article_url: re.Pattern[str]  # matches article page URLs
    parsers: tuple[ParserVersion, ...]
    host_languages: dict[str, str] = field(default_factory=dict)

    def matches(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_url.search(url))

    def language_for(self, url: str) -> str:
        host = (urlsplit(url).hostname or "").lower()
        return self.host_languages.get(host, self.language)
