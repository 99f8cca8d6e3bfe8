"""Orchestration of one run: pages -> articles -> store -> story selection -> brief -> outputs.

Crawling (Scrapy) happens in `spiders/`; this module only receives RawPages, one at a time
(`PageStorer` is the crawl's page handler), so it can be fed by a live crawl, a replay archive
or a WARC file alike, and nothing grows with the number of pages.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.app.progress import progress
from pipeline.brief.compose import brief_to_json, compose_brief, render_markdown
from pipeline.brief.htmlpage import render_html
from pipeline.brief.quality import check_generated
from pipeline.config import PipelineConfig, StoryConfig
from pipeline.dedup import collapse_duplicates
from pipeline.errors import RejectReason, SummarizationError
from pipeline.figures.check import annotate_markdown, check_brief, key_figures
from pipeline.pages import Made, make_article
from pipeline.records import Article, Brief, RawPage, Reject
from pipeline.storage.files import atomic_write_json, atomic_write_jsonl, atomic_write_text
from pipeline.summarize.select import choose_summarizer
from pipeline.text.dates import SHANGHAI
from pipeline.text.keywords import matching

if TYPE_CHECKING:
    from pipeline.storage.sqlstore import ArticleStore as Store

logger = logging.getLogger(__name__)

COUNT_KEYS = (
    "discovered",
    "fetched",
    "new",
    "updated",
    "unchanged",
    "rejected",
    "duplicates",
    "blocked",
    "errors",
    "disallowed",
    "not_fetched",
    "entry_points_failed",
    "archive_problems",
)
# Where each discovered URL ends: exactly one of these (see `accounting_gap`).
TERMINAL_KEYS = (
    "new",
    "updated",
    "unchanged",
    "rejected",
    "blocked",
    "errors",
    "disallowed",
    "not_fetched",
)


def accounting_gap(counts: Mapping[str, int]) -> int:
    """The terminal buckets minus what must fill them: 0 when every discovered URL ended in
    exactly one bucket. The buckets also hold the entry points that failed before answering
    with a page (blocked, errors, disallowed: never discovered), hence
    `discovered + entry_points_failed == sum(TERMINAL_KEYS)`. It holds for a crawl's counts;
    a run whose story is unchanged then raises `unchanged` to the story's article count."""
    need = counts.get("discovered", 0) + counts.get("entry_points_failed", 0)
    return sum(counts.get(k, 0) for k in TERMINAL_KEYS) - need


def new_run_id(now: datetime | None = None) -> str:
    """A sortable, unique run id: UTC time plus a random suffix."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def lock_holder(run_id: str) -> str:
    return f"run {run_id}, pid {os.getpid()} on {socket.gethostname()}"


@dataclass
class ProcessOutcome:
    """What processing pages did: counts per outcome and what it rejected (no articles are
    kept: they are in the store)."""

    rejects: list[Reject] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {k: 0 for k in COUNT_KEYS})

    def reject(self, record: Reject) -> None:
        """Record a rejected page and count it (as blocked or rejected)."""
        self.rejects.append(record)
        key = "blocked" if record.reason is RejectReason.BLOCKED else "rejected"
        self.counts[key] += 1


class PageStorer:
    """The page handler of a crawl: extract, normalize, tag, store one page as it arrives,
    counting it in `outcome` (every page is counted, none is lost silently)."""

    def __init__(
        self,
        store: Store,
        cfg: PipelineConfig | None = None,
        outcome: ProcessOutcome | None = None,
        on_article: Callable[[Article], None] | None = None,
    ) -> None:
        self.store = store
        self.cfg = cfg
        self.outcome = outcome or ProcessOutcome()
        self.on_article = on_article  # called with each stored article (the library API)

    def __call__(self, page: RawPage) -> None:
        self.commit(page, make_article(page, self.cfg))

    def commit(self, page: RawPage, made: Made) -> None:
        """Store and count what `page` made (`make_article`); the page's body is not read."""
        out, store = self.outcome, self.store
        out.counts["fetched"] += 1
        if isinstance(made, Reject):
            out.reject(made)
            store.record_fetch(page.url, status=page.status)
            return
        article = made
        status = store.upsert_article(article)
        # Validators are recorded after the article row: a crash in between means a refetch.
        store.record_fetch(
            page.url,
            status=page.status,
            etag=page.header("ETag"),
            last_modified=page.header("Last-Modified"),
            content_hash=article.content_hash,
        )
        logger.debug("stored %s: %s", article.canonical_url, status)
        out.counts[status] += 1
        if self.on_article is not None:
            self.on_article(article)


def process_pages(
    pages: Iterable[RawPage], store: Store, cfg: PipelineConfig | None = None
) -> ProcessOutcome:
    """Turn pages into stored articles, one at a time (see PageStorer)."""
    storer = PageStorer(store, cfg)
    total = len(pages) if isinstance(pages, Sequence) else None
    for page in progress(pages, total=total, desc="extract"):
        storer(page)
    return storer.outcome


def _local_date(value: datetime | None) -> date | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=SHANGHAI)
    return value.astimezone(SHANGHAI).date()


def keyword_hits(article: Article, keywords: Sequence[str]) -> int:
    """How many distinct story keywords the title, summary or text mention (in any case and,
    for Chinese, in either script: see pipeline.text.keywords)."""
    text = " ".join(filter(None, (article.title, article.summary, article.text)))
    return len(matching(text, keywords))


def story_rejection(article: Article, story: StoryConfig) -> tuple[RejectReason, str] | None:
    """Why an article does not belong to the story, or None when it does."""
    if story.sites and article.site not in story.sites and article.site != "generic":
        return RejectReason.OFF_STORY, f"site {article.site} is not one of {', '.join(story.sites)}"
    if keyword_hits(article, story.exclude_keywords):
        return RejectReason.OFF_STORY, "mentions an excluded keyword"
    hits = keyword_hits(article, story.keywords)
    if hits < story.min_keyword_hits:
        return RejectReason.OFF_STORY, f"{hits} story keyword(s), {story.min_keyword_hits} needed"
    day = _local_date(article.published_at)
    if day is not None and story.date_from and day < story.date_from:
        return RejectReason.OUT_OF_WINDOW, f"published {day}, before {story.date_from}"
    if day is not None and story.date_to and day > story.date_to:
        return RejectReason.OUT_OF_WINDOW, f"published {day}, after {story.date_to}"
    return None


def select_story(
    articles: Iterable[Article], story: StoryConfig
) -> tuple[list[Article], list[Reject]]:
    """Split articles into the story's ones and the others (with the reason)."""
    kept: list[Article] = []
    left: list[Reject] = []
    for article in articles:
        why = story_rejection(article, story)
        if why is None:
            kept.append(article)
        else:
            left.append(Reject(article.url, *why))
    kept.sort(key=lambda a: (a.published_at or datetime.max.replace(tzinfo=UTC), a.id))
    return kept, left


@dataclass(frozen=True)
class BriefResult:
    """A composed brief, the articles behind it (reprints collapsed) and its figure checks."""

    brief: Brief
    articles: list[Article]
    markdown: str
    checks: tuple[Any, ...]
    quality: tuple[Any, ...] = ()


def make_brief(
    articles: Sequence[Article],
    story: StoryConfig,
    cfg: PipelineConfig,
    *,
    backend: str = "auto",
    model: str | None = None,
    offline: bool = False,
    generated_at: datetime | None = None,
    api_base: str | None = None,
) -> BriefResult:
    """Collapse reprints, summarize, compose the French brief and check its every figure.

    A figure of the brief that no source supports is marked in the Markdown and listed in
    `brief.unsupported` (and `--strict` turns that into a failed run).
    """
    if not articles:
        raise SummarizationError(
            f"story {story.id!r}: no stored article matches its keywords and dates"
        )
    unique, _dropped = collapse_duplicates(list(articles))
    summarizer = choose_summarizer(
        backend, model=model, offline=offline, summary=cfg.summary, api_base=api_base
    )
    draft = summarizer.summarize(unique, story, story.themes or cfg.themes)
    brief = compose_brief(
        draft,
        unique,
        story,
        figures=key_figures(unique),
        generated_at=generated_at or datetime.now(UTC),
    )
    return check_brief_result(brief, unique)


def check_brief_result(brief: Brief, articles: list[Article]) -> BriefResult:
    """Render the brief, check its every figure against the articles, and its generated text."""
    markdown = render_markdown(brief)
    checks = tuple(check_brief(markdown, articles))
    unsupported = tuple(c.figure.text for c in checks if not c.supported)
    if unsupported:
        logger.warning(
            "%d figure(s) of the brief have no source support: %s",
            len(unsupported),
            "; ".join(unsupported),
        )
        brief = replace(brief, unsupported=tuple(dict.fromkeys(brief.unsupported + unsupported)))
        markdown = annotate_markdown(markdown, checks)
    quality = tuple(check_generated(brief, markdown, articles))
    return BriefResult(brief, articles, markdown, checks, quality)


def write_outputs(
    out_dir: Path, result: BriefResult, report: dict[str, object], rejects: Sequence[Reject]
) -> list[Path]:
    """Write the run's files atomically (run.json last: its presence means the run completed)."""
    data = brief_to_json(result.brief)
    data["figure_checks"] = [c.to_dict() for c in result.checks if not c.supported]
    data["quality"] = [issue.to_dict() for issue in result.quality]
    paths = [
        atomic_write_text(out_dir / "brief.fr.md", result.markdown),
        atomic_write_json(out_dir / "brief.json", data),
        atomic_write_text(out_dir / "brief.html", render_html(result.brief)),
        atomic_write_jsonl(out_dir / "articles.jsonl", (a.to_dict() for a in result.articles)),
        atomic_write_jsonl(out_dir / "rejects.jsonl", (r.to_dict() for r in rejects)),
    ]
    report["outputs"] = [str(p) for p in paths] + [str(out_dir / "run.json")]
    paths.append(atomic_write_json(out_dir / "run.json", report))
    return paths


class Timer:
    """Wall-clock timings per stage for run.json."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = round(now - self._t, 3)
        self._t = now
