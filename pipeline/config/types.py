"""What a pipeline config and a story file hold: frozen dataclasses, one per TOML table.

Defaults are the dataclass defaults (the first layer); `build` in `reading` fills them from
TOML, checking each value against these types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class CrawlConfig:
    user_agent: str = (
        "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief; contact: newsbrief@example.org)"
    )
    concurrent_per_domain: int = 2
    download_delay: float = 2.0
    autothrottle: bool = True
    timeout: float = 30.0
    max_body_bytes: int = 10 * 1024 * 1024
    # A sitemap may hold 50,000 URLs and 50 MB once inflated (sitemaps.org): its own cap.
    max_sitemap_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 5
    max_pages: int = 200
    retry_times: int = 3
    max_retry_after: float = 120.0
    obey_robots: bool = True
    # Let the address guard accept loopback targets (a crawler on the same machine as the
    # site, or a test server). Private, link-local and reserved targets stay refused.
    allow_loopback: bool = False
    # A shared crawl frontier (redis://HOST[:PORT]/DB): the request queue and the duplicate
    # filter in Redis, for several workers (`newsbrief worker`). Empty: one process, in memory.
    frontier: str = ""
    # Seconds a frontier worker's heartbeat lives: a worker silent this long is taken for dead
    # and its requests go back on the queue.
    frontier_heartbeat: float = 30.0


@dataclass(frozen=True)
class FeedConfig:
    """The story feed (feed.atom): where it is published and who mints its entry ids."""

    # Public URL of OUT/<story>/ (e.g. "https://news.example.com/briefs/zhipu-ipo/"): links
    # become absolute. Empty: links relative to the feed.
    base_url: str = ""
    # tag: URI authority of entry ids (RFC 4151, "domain,YYYY"). Empty: base_url's host and
    # the current year, else the placeholder newsbrief@example.org,2026.
    authority: str = ""


@dataclass(frozen=True)
class SummaryConfig:
    backend: str = "auto"  # auto | llm | seq2seq | extractive | api
    max_sentences: int = 12
    sentences_per_section: int = 3


@dataclass(frozen=True)
class ThemeConfig:
    """A section of the brief: its French heading and the words (any language) that put a
    source sentence or a figure label in it."""

    heading: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class PhraseConfig:
    """How the French prose states one measure (see configs/phrasing.fr.toml)."""

    label: str  # a figure label without its qualifier: « cours de clôture »
    text: str  # the clause, with {value}, {q}, {subject}, ... placeholders
    with_qualifier: str = ""  # the clause when the label has a qualifier (else text + {q})


# Which figure captions an article's text keeps (`pipeline.web.captions.caption_policy`):
# "keep" a caption beside its picture (the default), "drop" every caption and credit, "short":
# drop a credit alone or a short label, keep a caption of a sentence.
CAPTION_POLICIES = ("keep", "drop", "short")


@dataclass(frozen=True)
class PipelineConfig:
    db: str = ""  # empty: the default store (see default_db_path)
    output_dir: str = "output"
    min_text_chars: int = 80
    # Pages larger than this (bytes), or whose text is longer than max_text_chars, are no news
    # article: rejected with reason too_large instead of tying up extraction.
    max_page_bytes: int = 8 * 1024 * 1024
    max_text_chars: int = 300_000
    # Pages whose markup holds more nodes than this (elements, comments) are rejected too_large
    # before extraction: the largest of 8,304 real pages on disk (news pages, public test sets)
    # holds 12,812, the median 602; a page of 39,000 one-line paragraphs took about a second
    # to read, of 25,000 about 0.6 s.
    max_elements: int = 25_000
    langdetect_seed: int = 0
    # Processes that make articles from pages beside the crawl (pipeline.app.pagework):
    # -1 = one per CPU (at most 4; none on one CPU), 0 = in the crawling process itself.
    extract_workers: int = -1
    captions: str = "keep"  # one of CAPTION_POLICIES
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    feed: FeedConfig = field(default_factory=FeedConfig)
    themes: tuple[ThemeConfig, ...] = ()


@dataclass(frozen=True)
class StoryConfig:
    id: str
    title_hint: str
    keywords: tuple[str, ...]
    output_language: str = "fr"
    description: str = ""
    sites: tuple[str, ...] = ()
    exclude_keywords: tuple[str, ...] = ()
    min_keyword_hits: int = 1
    date_from: date | None = None
    date_to: date | None = None
    entry_points: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    max_pages: int = 200
    # What the French prose names the story's protagonist (« la société » when empty).
    subject: str = ""
    # Thematic sections, in order; a story file that gives none gets the config's (if any).
    themes: tuple[ThemeConfig, ...] = ()
    # Names to keep as the story writes them: source form -> French form (华为 -> Huawei).
    glossary: Mapping[str, str] = field(default_factory=dict, hash=False)
    # The story's own phrasing of measures, before the shipped configs/phrasing.fr.toml.
    phrase: tuple[PhraseConfig, ...] = ()
