"""The library API: the jobs users script, as typed functions that take plain arguments.

    extract_page(html, url)                      -> Article
    crawl(urls, db=..., replay=..., archive=...) -> CrawlOutcome (articles, rejects, counts)
    process_archive(path, db=...)                -> CrawlOutcome, offline
    run_story(story, replay=..., db=..., out=...) -> StoryRun (exit code, output dir, counts)
    write_brief(articles, story)                 -> WrittenBrief (Brief, Markdown, checks)
    check_figures(markdown, articles)            -> list[FigureCheck]

Each function goes through the same code as the matching `newsbrief` command (the app layer),
so a script and the CLI agree. Errors are the pipeline's (`pipeline.errors`): `InputError` and
`ConfigError` for bad input (the message names it), `LockHeld` when another run holds a
story's lock, `SummarizationError` when no brief can be written, `Rejected` when
`extract_page` is given a page that is not an article. Library code prints nothing: what the
CLI prints goes to the `pipeline.api` logger. Scrapy is imported only when a crawl starts (a
replay is a crawl too); torch and transformers only when a model backend is chosen.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline.addresses import seed_url_problem, shown_url
from pipeline.app.cli import build_parser
from pipeline.app.crawl_accounting import account_crawl
from pipeline.app.pagework import PagePipeline
from pipeline.app.steps import (
    COUNT_KEYS,
    PageStorer,
    ProcessOutcome,
    make_brief,
    select_story,
)
from pipeline.app.story import run_story as _run_story
from pipeline.app.stream import check_replay
from pipeline.brief import QualityIssue
from pipeline.config import (
    PipelineConfig,
    StoryConfig,
    extract_workers_problem,
    load_pipeline_config,
    load_story,
)
from pipeline.errors import ConfigError, InputError
from pipeline.figures import FigureCheck, check_brief
from pipeline.pages import article_from_page
from pipeline.records import Article, Brief, RawPage, Reject
from pipeline.sites import SITES
from pipeline.storage import iter_pages
from pipeline.storage.archive import check_archive_target
from pipeline.storage.backends import open_store
from pipeline.storage.sqlstore import ArticleStore
from pipeline.summarize import BACKEND_CHOICES
from pipeline.text import apply_language

__all__ = [
    "CrawlOutcome",
    "Reject",
    "StoryRun",
    "WrittenBrief",
    "check_figures",
    "crawl",
    "extract_page",
    "process_archive",
    "run_story",
    "write_brief",
]

logger = logging.getLogger(__name__)

Config = PipelineConfig | str | Path | None  # a config, an overlay file, or the defaults


@dataclass(frozen=True)
class CrawlOutcome:
    """What a crawl or an archive gave: the stored articles (one per canonical URL, as stored),
    the rejected pages, and the counts (run.json's keys: fetched, new, updated, unchanged,
    rejected, blocked, errors, ...)."""

    articles: list[Article]
    rejects: list[Reject]
    counts: dict[str, int]

    @property
    def complete(self) -> bool:
        """True when every page became an article (no reject, block or error)."""
        return not self.rejects


@dataclass(frozen=True)
class StoryRun:
    """A finished story run: its exit code (0 done, 1 failed with `strict`, 3 done with
    rejects), the dated output directory and its run.json report."""

    exit_code: int
    out_dir: Path
    report: dict[str, Any] = field(repr=False)

    @property
    def counts(self) -> dict[str, int]:
        """run.json's counts: discovered, fetched, new, updated, unchanged, rejected, ..."""
        return dict(self.report.get("counts", {}))

    @property
    def brief_path(self) -> Path:
        """The Markdown brief (brief.fr.md)."""
        return self.out_dir / "brief.fr.md"

    def articles(self) -> list[Article]:
        """The story's articles as written to articles.jsonl (reprints collapsed)."""
        lines = (self.out_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        return [Article.from_dict(json.loads(line)) for line in lines if line.strip()]


@dataclass(frozen=True)
class WrittenBrief:
    """A French brief, its Markdown (unsupported figures marked), the articles it was written
    from (reprints collapsed), its figure checks and the quality issues of its text."""

    brief: Brief
    markdown: str
    articles: list[Article]
    checks: list[FigureCheck]
    quality: list[QualityIssue]

    @property
    def unsupported(self) -> list[FigureCheck]:
        """The checks of figures no source supports."""
        return [c for c in self.checks if not c.supported]


def _config(config: Config) -> PipelineConfig:
    if isinstance(config, PipelineConfig):
        return config
    return load_pipeline_config(config)


def _story(story: StoryConfig | str | Path) -> StoryConfig:
    return story if isinstance(story, StoryConfig) else load_story(story, known_sites=SITES)


def _tagged(articles: Iterable[Article]) -> list[Article]:
    """Articles with a language (detected where missing), as the CLI reads article files."""
    return [a if a.language else apply_language(a, None) for a in articles]


class _Collector:
    """Each stored article of a crawl, by id (a page seen twice is one row, as in the store)."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}

    def __call__(self, article: Article) -> None:
        self.articles[article.id] = article

    def outcome(self, done: ProcessOutcome) -> CrawlOutcome:
        counts = {k: done.counts[k] for k in COUNT_KEYS}
        return CrawlOutcome(list(self.articles.values()), list(done.rejects), counts)


def extract_page(
    html: bytes | str,
    url: str | None = None,
    *,
    content_type: str | None = None,
    config: Config = None,
) -> Article:
    """The normalized, language-tagged Article of one page, as `newsbrief extract` gives it.

    `html` is the page as received (bytes: the charset is detected) or as text. `url` picks
    the site parser (Sohu, 36Kr, TechNode, else structured data and the generic extractor);
    without it, the page's canonical link is used. Raises `Rejected` (its `reason` says why)
    for a block page, a page without main text or one too short to be an article.
    """
    if isinstance(html, str):
        body, content_type = html.encode("utf-8"), "text/html; charset=utf-8"
    else:
        body = html
    headers = {"Content-Type": content_type} if content_type else {}
    page = RawPage(url=url or "", body=body, headers=headers)
    return article_from_page(page, _config(config))


def _check_workers(extract_workers: int) -> None:
    """The config's bound on `extract_workers`, for the argument that stands for it."""
    problem = extract_workers_problem(extract_workers)
    if problem is not None:
        raise InputError("extract_workers", problem)


def _store(db: str | Path | None) -> ArticleStore:
    return open_store(db if db is not None else ":memory:")


def crawl(
    urls: Sequence[str],
    *,
    db: str | Path | None = None,
    replay: str | Path | None = None,
    archive: str | Path | None = None,
    config: Config = None,
    allow_loopback: bool | None = None,
    extract_workers: int = 0,
) -> CrawlOutcome:
    """Fetch `urls` once (their site's spider, else the generic one), extract every page and
    store the articles in `db` (a SQLite file or a postgresql:// URL; None keeps them in memory
    only).

    `replay` serves the pages from a WARC file or a page directory with a manifest.json and
    never touches the network; `archive` also writes every response to a WARC file.
    `allow_loopback` lets the address guard accept 127.0.0.1 (default: the config's
    `crawl.allow_loopback`). Robots.txt, politeness and size caps come from `config`.

    `urls` may also be one URL as a string. `extract_workers` > 0 (or -1: one per CPU, at
    most 64) makes the articles in that many
    worker processes beside the crawl (pipeline.app.pagework), as the CLI does. Those are
    started by multiprocessing's "forkserver" (else "spawn"), which imports the calling
    script again in each worker: the script must keep its own work under
    ``if __name__ == "__main__":``. The default, 0, makes them in this process.
    """
    from spiders.run import crawl as run_crawl

    if isinstance(urls, str):  # one URL: not its characters, each taken for a URL
        urls = [urls]
    _check_workers(extract_workers)
    check_replay(replay)
    for url in urls:  # the CLI's check of its URLs: InputError naming the first bad one
        problem = seed_url_problem(url)
        if problem is not None:
            raise InputError(shown_url(url, quoted=False), problem)
    if archive is not None:
        check_archive_target(archive)
    cfg = _config(config)
    loopback = cfg.crawl.allow_loopback if allow_loopback is None else allow_loopback
    kept = _Collector()
    with _store(db) as store:
        storer = PageStorer(store, cfg, on_article=kept)
        with PagePipeline(storer, extract_workers) as on_page:
            fetched = run_crawl(
                urls=list(urls),
                replay=replay,
                archive=archive,
                crawl_cfg=cfg.crawl,
                allow_loopback=loopback,
                on_page=on_page,
            )
    return kept.outcome(account_crawl(fetched, storer.outcome))


def process_archive(
    archive: str | Path,
    *,
    db: str | Path | None = None,
    config: Config = None,
    extract_workers: int = 0,
) -> CrawlOutcome:
    """Re-extract every response of a WARC file (or a page directory with manifest.json),
    offline, and store the articles in `db` (None: in memory only). `extract_workers` as
    for `crawl`."""
    _check_workers(extract_workers)
    path = Path(archive)
    if not path.exists():
        raise InputError(str(archive), "no such archive")
    kept = _Collector()
    with _store(db) as store:
        storer = PageStorer(store, _config(config), on_article=kept)
        with PagePipeline(storer, extract_workers) as on_page:
            for page in iter_pages(path):
                on_page(page)
    return kept.outcome(storer.outcome)


def _run_options(**values: Any) -> argparse.Namespace:
    """The options of `newsbrief run` with their CLI defaults, then `values`: the app layer
    reads a Namespace, and the parser knows every option it may read."""
    options = build_parser().parse_args(["run", "-"])
    for name, value in values.items():
        setattr(options, name, value)
    return options


def _check_backend(backend: str | None) -> None:
    if backend is not None and backend not in BACKEND_CHOICES:
        raise ConfigError("backend", f"unknown backend {backend!r}; one of {BACKEND_CHOICES}")


def run_story(
    story: str | Path,
    *,
    replay: str | Path | None = None,
    db: str | Path | None = None,
    out: str | Path | None = None,
    backend: str | None = None,
    model: str | None = None,
    offline: bool = False,
    config: str | Path | None = None,
    archive: str | Path | None = None,
    strict: bool = False,
    api_base: str | None = None,
) -> StoryRun:
    """Run a story as `newsbrief run` does: crawl (or replay), store, select, summarize, check
    the figures and write OUT/<story>/<YYYY-MM-DD>/ (brief.fr.md, brief.json, brief.html,
    articles.jsonl, rejects.jsonl, run.json), then point OUT/<story>/latest at it.

    `story` is a story file or a shipped story id (a file of configs/stories/); `db` defaults to
    $NEWSBRIEF_DB or ~/.local/share/newsbrief/newsbrief.sqlite3, `out` to the config's
    output directory, `backend` to the config's (auto); `config` is an overlay TOML file.
    With `backend="api"`, `api_base` is the OpenAI-compatible endpoint and `model` its model.
    """
    _check_backend(backend)
    options = _run_options(
        story=str(story),
        replay=None if replay is None else str(replay),
        db=None if db is None else str(db),
        out=None if out is None else str(out),
        backend=backend,
        model=model,
        offline=offline,
        config=None if config is None else str(config),
        archive=None if archive is None else str(archive),
        strict=strict,
        api_base=api_base,
    )
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = _run_story(options.story, options, replay=options.replay)
    for line in printed.getvalue().splitlines():
        logger.info("%s", line)
    story_id = load_story(story, known_sites=SITES).id
    root = Path(options.out) if options.out else Path(load_pipeline_config(config).output_dir)
    # run_story sets report_dir: where its run.json is (no brief: not `latest`)
    out_dir = Path(getattr(options, "report_dir", None) or root / story_id / "latest").resolve()
    report = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    return StoryRun(code, out_dir, report)


def write_brief(
    articles: Sequence[Article],
    story: StoryConfig | str | Path,
    *,
    backend: str | None = None,
    model: str | None = None,
    offline: bool = False,
    config: Config = None,
    select: bool = True,
    generated_at: datetime | None = None,
    api_base: str | None = None,
) -> WrittenBrief:
    """Write the French brief of a story from articles, as `newsbrief brief` does: keep the
    story's articles (keywords, dates, sites; `select=False` keeps them all), collapse
    reprints, summarize, compose, and check every figure against the articles.

    `backend` is "auto" (the default of the config), "llm", "seq2seq", "extractive" (no
    model, no translation) or "api" (an OpenAI-compatible endpoint at `api_base`).
    Raises `SummarizationError` when no article is left.
    """
    _check_backend(backend)
    cfg = _config(config)
    the_story = _story(story)
    chosen = _tagged(articles)
    if select:
        chosen, _off_story = select_story(chosen, the_story)
    made = make_brief(
        chosen,
        the_story,
        cfg,
        backend=backend or cfg.summary.backend,
        model=model,
        offline=offline,
        generated_at=generated_at,
        api_base=api_base,
    )
    return WrittenBrief(
        made.brief, made.markdown, list(made.articles), list(made.checks), list(made.quality)
    )


def check_figures(markdown: str, articles: Sequence[Article]) -> list[FigureCheck]:
    """Check every figure of a French brief (Markdown) against the articles, as `newsbrief
    factcheck` does: one FigureCheck per figure, `supported` False where no source backs it
    (`closest` and `reason` then say what the sources have)."""
    return check_brief(markdown, _tagged(articles))
