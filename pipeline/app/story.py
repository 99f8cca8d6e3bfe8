"""Story runs (`newsbrief run` and `demo`): crawl, store, select, brief, write, publish.

The other commands are in `pipeline.app.stream` (one-off crawls, archives) and
`pipeline.app.commands` (briefs from files, fact checks, models).

The crawl streams: each page goes to a `PageStorer` (extract, store, count) as it arrives.
`spiders.run` (Scrapy, Twisted: about 0.3 s and 35 MB) is imported inside the job that
crawls, so the commands that never crawl (`process`, `brief`, `factcheck`) do not pay for it.

This module runs the steps; its siblings hold what the steps use: `crawl_accounting` (what
the crawl met besides pages, entered in the counts and the store), `story_files` (the output
folder, `latest` and the feed) and `story_report` (exit code, run.json, the summary). The
names callers took from here are still importable from here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from pipeline.app.crawl_accounting import account_crawl, record_incremental
from pipeline.app.outage import network_failed
from pipeline.app.pagework import PagePipeline
from pipeline.app.progress import counting
from pipeline.app.steps import (
    BriefResult,
    PageStorer,
    ProcessOutcome,
    Timer,
    accounting_gap,
    lock_holder,
    make_brief,
    new_run_id,
    select_story,
    write_outputs,
)
from pipeline.app.story_files import (
    brief_unchanged,
    check_outputs,
    dated_dir,
    publish,
    report_dir,
    story_dir,
    write_report,
)
from pipeline.app.story_report import exit_code, print_summary, run_report
from pipeline.app.stream import check_replay, frontier_options
from pipeline.config import (
    PipelineConfig,
    StoryConfig,
    load_pipeline_config,
    load_story,
)
from pipeline.errors import ExitCode, PipelineError
from pipeline.records import Article
from pipeline.sites import SITES, warn_unstarted_sites
from pipeline.storage.backends import check_store_ref, open_store, resolve_db, story_lock
from pipeline.storage.sqlstore import ArticleStore as Store
from pipeline.summarize.select import choose_summarizer

__all__ = [
    "account_crawl",
    "check_backend",
    "check_outputs",
    "dated_dir",
    "demo_replay_path",
    "demo_story_id",
    "exit_code",
    "load_checked_story",
    "load_config",
    "print_summary",
    "publish",
    "run_report",
    "run_story",
    "story_dir",
    "story_fingerprint",
    "write_report",
]

logger = logging.getLogger(__name__)


def demo_replay_path() -> Path:
    """The embedded demo archive (package data): a page directory with manifest.json."""
    return Path(str(resources.files("pipeline.demo")))


def demo_story_id() -> str:
    """The shipped story the demo archive was made for (its manifest's "story")."""
    manifest = demo_replay_path() / "manifest.json"
    return str(json.loads(manifest.read_text(encoding="utf-8"))["story"])


def _db_path(args: argparse.Namespace) -> str | Path:
    """`--db` (a SQLite path or a postgresql:// URL), else $NEWSBRIEF_DB, else the default."""
    return resolve_db(getattr(args, "db", None))


def load_config(args: argparse.Namespace) -> PipelineConfig:
    overlay = getattr(args, "config", None)
    return load_pipeline_config(overlay)


def load_checked_story(ref: str) -> StoryConfig:
    """A story file (or shipped id) whose sites are all known (the registry's, or generic)."""
    return load_story(ref, known_sites=SITES)  # check_sites adds "generic"


@dataclass
class _Run:
    """One story run's inputs and clocks."""

    story: StoryConfig
    cfg: PipelineConfig
    args: argparse.Namespace
    replay: str | Path | None
    run_id: str = field(default_factory=new_run_id)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    timer: Timer = field(default_factory=Timer)
    outage: bool = False  # set after the crawl: the network failed (exit 5)


def run_story(story_ref: str, args: argparse.Namespace, replay: str | Path | None) -> int:
    """Crawl (or replay), process, store, select, summarize and write the outputs of a story."""
    run = _Run(load_checked_story(story_ref), load_config(args), args, replay)
    check_replay(replay)
    db = _db_path(args)
    check_store_ref(db)  # bad input first: one line, before any warning
    if replay is None:
        warn_unstarted_sites(run.story, story_ref)
    check_backend(run.cfg, args)  # a missing model fails now, not after a long crawl
    # now, not after the crawl
    check_outputs(run.story, args.out or run.cfg.output_dir, db, getattr(args, "archive", None))
    # the store opened (checked) before its lock folder is made beside it: a store refused
    # (no SQLite file, another application's, a newer schema) leaves nothing behind
    with open_store(db) as store, story_lock(db, run.story.id, lock_holder(run.run_id)):
        return _run_locked(run, store)


def check_backend(cfg: PipelineConfig, args: argparse.Namespace) -> None:
    """Fail early (SummarizationError naming the model) when the chosen backend cannot run."""
    choose_summarizer(
        args.backend or cfg.summary.backend,
        model=args.model,
        offline=args.offline,
        summary=cfg.summary,
        api_base=getattr(args, "api_base", None),
    )


def _run_locked(run: _Run, store: Store) -> int:
    """Crawl and store, then brief, write and publish, or (an outage, nothing matched, the
    story unchanged) write only the run's report: every run leaves a run.json."""
    store.start_run(run.run_id, run.story.id)
    where = f"replay {run.replay}" if run.replay else "live"
    logger.info("run %s: stage crawl (%s)", run.run_id, where)
    outcome = _crawl_and_store(run, store)
    run.timer.lap("crawl_and_process")
    selected, off_story = select_story(store.articles(), run.story)
    story_root = story_dir(run.args.out or run.cfg.output_dir, run.story)
    fingerprint = story_fingerprint(selected, run.args.backend or run.cfg.summary.backend)
    made, note = None, ""
    if run.outage:
        note = "the network failed: no page could be fetched (see rejects.jsonl)"
    elif not selected:
        note = "no stored article matches the story's keywords and dates"
    elif brief_unchanged(story_root, fingerprint):
        # Articles stored anew by this run (a new store) are not "unchanged" as well.
        counts = outcome.counts
        fresh = counts["new"] + counts["updated"]
        counts["unchanged"] = max(counts["unchanged"], len(selected) - fresh)
        note = f"the story's {len(selected)} articles are unchanged: nothing rewritten"
    else:
        logger.info("run %s: stage brief", run.run_id)
        made = _brief_or_fail(run, store, selected, outcome)
        outcome.counts["duplicates"] = len(selected) - len(made.articles)
        run.timer.lap("brief")
    strict = getattr(run.args, "strict", False)
    code = exit_code(outcome.counts, made, strict, selected, outage=run.outage)
    report = run_report(
        run.run_id,
        run.story,
        run.started,
        outcome.counts,
        run.timer.timings,
        made,
        code,
        len(selected),
        len(off_story),
    )
    report.update(story_fingerprint=fingerprint, note=note)
    logger.info("run %s: stage write", run.run_id)
    if made is not None:
        out_dir = dated_dir(story_root, made.brief.generated_at)
        outputs = write_outputs(out_dir, made, report, outcome.rejects)
        outputs.append(publish(out_dir, run.story, run.cfg))
    else:
        out_dir = report_dir(story_root, note.startswith("the story's"))
        outputs = write_report(out_dir, report, outcome.rejects)
    run.args.report_dir = out_dir  # for the library API (pipeline.api.run_story)
    status = "ok" if code in (ExitCode.OK, ExitCode.PARTIAL) else "failed"
    store.finish_run(run.run_id, status, report)
    print_summary(run.args, run.story.id, outcome.counts, outputs, made, note, code)
    return code


def story_fingerprint(articles: list[Article], backend: str) -> str:
    """What a brief is made of: the story's articles (id and content) and the backend."""
    digest = hashlib.sha256(backend.encode("utf-8"))
    for key in sorted(f"{a.id}:{a.content_hash}" for a in articles):
        digest.update(key.encode("utf-8"))
    return digest.hexdigest()[:16]


def _brief_or_fail(
    run: _Run, store: Store, selected: list[Article], outcome: ProcessOutcome
) -> BriefResult:
    """The brief of the selected articles; a failure is recorded on the run, then raised."""
    try:
        return make_brief(
            selected,
            run.story,
            run.cfg,
            backend=run.args.backend or run.cfg.summary.backend,
            model=run.args.model,
            offline=run.args.offline,
            api_base=getattr(run.args, "api_base", None),
        )
    except PipelineError:
        store.finish_run(run.run_id, "failed", {"counts": outcome.counts, "error": "summarization"})
        raise


def _crawl_and_store(run: _Run, store: Store) -> ProcessOutcome:
    """Crawl (or replay) the story's sites incrementally, storing each article as it arrives."""
    from spiders.run import crawl, known_from_store  # heavy (Scrapy): only where we crawl

    entry_points = [u for urls in run.story.entry_points.values() for u in urls]
    storer = PageStorer(store, run.cfg)
    limit = min(run.cfg.crawl.max_pages, run.story.max_pages)
    frontier = frontier_options(run.args, run.cfg, seed=True)
    # Articles made beside the crawl, except on a frontier (see stream.crawl_urls).
    pages = PagePipeline(storer, 0 if frontier is not None else run.cfg.extract_workers)
    if run.replay is None:  # a live story crawl reads listings: its workers start and load
        pages.prepare()  # meanwhile (a replay, the demo's say, is over in a moment)
    with pages, counting(pages, total=limit, desc="crawl") as on_page:  # bar: terminal only
        crawled = crawl(
            story=run.story,
            replay=run.replay,
            archive=getattr(run.args, "archive", None),
            crawl_cfg=run.cfg.crawl,
            known=known_from_store(store, entry_points),
            allow_loopback=run.cfg.crawl.allow_loopback,
            on_page=on_page,
            frontier=frontier,
        )
    outcome = account_crawl(crawled, storer.outcome)
    for url, _ in crawled.errors:
        store.record_fetch(url, status="error")
    run.outage = network_failed(crawled, live=run.replay is None)
    record_incremental(crawled, store, outcome)
    gap = accounting_gap(outcome.counts)
    if gap:  # a bug of ours: say so, the run goes on
        logger.error("run.json counts do not add up: %+d against the discovered URLs", gap)
    return outcome
