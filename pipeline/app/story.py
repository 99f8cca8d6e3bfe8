"""Story runs (`newsbrief run` and `demo`): crawl, store, select, brief, write, publish.

The other commands (one-off crawls, archives, briefs from files, fact checks, models) are in
`pipeline.app.commands`.

The crawl streams: each page goes to a `PageStorer` (extract, store, count) as it arrives.
`spiders.run` (Scrapy, Twisted: about 0.3 s and 35 MB) is imported inside the job that
crawls, so the commands that never crawl (`process`, `brief`, `factcheck`) do not pay for it.
"""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.app.steps import (
    COUNT_KEYS,
    BriefResult,
    PageStorer,
    ProcessOutcome,
    Timer,
    lock_holder,
    make_brief,
    new_run_id,
    select_story,
    write_outputs,
)
from pipeline.brief.feed import update_feed
from pipeline.config import (
    PipelineConfig,
    StoryConfig,
    default_db_path,
    load_pipeline_config,
    load_story,
)
from pipeline.errors import ExitCode, InputError, PipelineError
from pipeline.records import Article, Reject, RejectReason
from pipeline.sites import SITES
from pipeline.storage.files import StoryLock, check_writable_dir, check_writable_file, contained
from pipeline.storage.store import Store
from pipeline.summarize.select import choose_summarizer

if TYPE_CHECKING:
    from spiders.run import CrawlResult

logger = logging.getLogger(__name__)


def demo_replay_path() -> Path:
    """The embedded demo archive (package data): a page directory with manifest.json."""
    return Path(str(resources.files("pipeline.demo")))


def demo_story_id() -> str:
    """The shipped story the demo archive was made for (its manifest's "story")."""
    manifest = demo_replay_path() / "manifest.json"
    return str(json.loads(manifest.read_text(encoding="utf-8"))["story"])


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def load_config(args: argparse.Namespace) -> PipelineConfig:
    overlay = getattr(args, "config", None)
    return load_pipeline_config(overlay)


def load_checked_story(ref: str) -> StoryConfig:
    """A story file (or shipped id) whose sites are all known (the registry's, or generic)."""
    return load_story(ref, known_sites=SITES)  # check_sites adds "generic"


def story_dir(out_root: str | Path, story: StoryConfig) -> Path:
    """OUT/<story id>, refused (InputError) if it would resolve outside OUT."""
    return contained(out_root, story.id)


def check_outputs(story: StoryConfig, out_root: str | Path, db: Path | None) -> None:
    """OutputError (exit 1) naming the path unless the story's output folder, the store and
    the lock folder can be written."""
    check_writable_dir(story_dir(out_root, story))
    if db is not None and str(db) != ":memory:" and "://" not in str(db):
        check_writable_file(db)
        check_writable_dir(db.parent / "locks")


def check_replay(replay: str | Path | None) -> None:
    if replay is None:
        return
    p = Path(replay)
    if not p.exists():
        raise InputError(str(replay), "replay archive not found")
    if p.is_dir() and not (p / "manifest.json").is_file():
        raise InputError(str(replay), "replay directory has no manifest.json")


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


def run_story(story_ref: str, args: argparse.Namespace, replay: str | Path | None) -> int:
    """Crawl (or replay), process, store, select, summarize and write the outputs of a story."""
    run = _Run(load_checked_story(story_ref), load_config(args), args, replay)
    check_replay(replay)
    check_backend(run.cfg, args)  # a missing model fails now, not after a long crawl
    db = _db_path(args)
    check_outputs(run.story, args.out or run.cfg.output_dir, db)  # now, not after the crawl
    with StoryLock(db.parent / "locks", run.story.id, lock_holder(run.run_id)):
        return _run_locked(run, db)


def check_backend(cfg: PipelineConfig, args: argparse.Namespace) -> None:
    """Fail early (SummarizationError naming the model) when the chosen backend cannot run."""
    choose_summarizer(
        args.backend or cfg.summary.backend,
        model=args.model,
        offline=args.offline,
        summary=cfg.summary,
        api_base=getattr(args, "api_base", None),
    )


def _run_locked(run: _Run, db: Path) -> int:
    with Store(db) as store:
        store.start_run(run.run_id, run.story.id)
        where = f"replay {run.replay}" if run.replay else "live"
        logger.info("run %s: stage crawl (%s)", run.run_id, where)
        outcome = _crawl_and_store(run, store)
        run.timer.lap("crawl_and_process")
        logger.info("run %s: stage brief", run.run_id)
        selected, off_story = select_story(store.articles(), run.story)
        made = _brief_or_fail(run, store, selected, outcome)
        outcome.counts["duplicates"] = len(selected) - len(made.articles)
        run.timer.lap("brief")
        code = exit_code(outcome.counts, made, getattr(run.args, "strict", False))
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
        logger.info("run %s: stage write", run.run_id)
        out_dir = dated_dir(
            story_dir(run.args.out or run.cfg.output_dir, run.story), made.brief.generated_at
        )
        write_outputs(out_dir, made, report, outcome.rejects)
        publish(out_dir, run.story)
        status = "ok" if code in (ExitCode.OK, ExitCode.PARTIAL) else "failed"
        store.finish_run(run.run_id, status, report)
    summary_line(out_dir, outcome.counts, made.brief)
    return code


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
    from pipeline.app.workers import frontier_options
    from spiders.run import crawl, known_from_store  # heavy (Scrapy): only where we crawl

    entry_points = [u for urls in run.story.entry_points.values() for u in urls]
    storer = PageStorer(store, run.cfg)
    crawled = crawl(
        story=run.story,
        replay=run.replay,
        archive=getattr(run.args, "archive", None),
        crawl_cfg=run.cfg.crawl,
        known=known_from_store(store, entry_points),
        allow_loopback=run.cfg.crawl.allow_loopback,
        on_page=storer,
        frontier=frontier_options(run.args, run.cfg, seed=True),
    )
    outcome = storer.outcome
    for url, reason in crawled.blocked:
        outcome.reject(Reject(url, RejectReason.BLOCKED, reason))
    for url, message in crawled.errors:
        outcome.rejects.append(Reject(url, RejectReason.FETCH_FAILED, message))
        store.record_fetch(url, status="error")
    outcome.counts["errors"] += len(crawled.errors)
    outcome.counts["discovered"] = crawled.discovered
    _record_incremental(crawled, set(entry_points), store, outcome)
    return outcome


def _record_incremental(
    crawled: CrawlResult, entry_points: set[str], store: Store, outcome: ProcessOutcome
) -> None:
    """304s and skipped articles count as unchanged; feed validators are recorded last.

    Feed validators (ETag / Last-Modified) are stored only after the feed's articles are: a
    run killed in between re-discovers them instead of trusting a 304 on the feed.
    """
    for url in crawled.not_modified:
        store.record_fetch(url, status=304)
    feeds = entry_points | {f["url"] for f in crawled.feeds}
    outcome.counts["unchanged"] += len([u for u in crawled.not_modified if u not in feeds])
    outcome.counts["unchanged"] += len(crawled.skipped)
    for feed in crawled.feeds:
        store.record_fetch(
            feed["url"],
            status=feed.get("status", 200),
            etag=feed.get("etag"),
            last_modified=feed.get("last_modified"),
        )


def exit_code(counts: dict[str, int], made: BriefResult, strict: bool) -> int:
    if strict and (made.brief.unsupported or made.quality):
        return ExitCode.FAILED
    if counts["rejected"] or counts["blocked"] or counts["errors"]:
        return ExitCode.PARTIAL
    return ExitCode.OK


def dated_dir(story_root: Path, when: datetime) -> Path:
    """OUT/<story>/<YYYY-MM-DD> in the machine's local time (the day a newsroom reads it)."""
    return story_root / when.astimezone().strftime("%Y-%m-%d")


def run_report(
    run_id: str,
    story: StoryConfig,
    started: datetime,
    counts: dict[str, int],
    timings: dict[str, float],
    made: BriefResult,
    code: int,
    selected: int,
    off_story: int,
) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "story": story.id,
        "started_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "counts": {k: counts.get(k, 0) for k in COUNT_KEYS},
        "story_articles": selected,
        "off_story": off_story,
        "timings": timings,
        "backend": made.brief.backend,
        "model": made.brief.model,
        "translated": made.brief.translated,
        "unsupported_figures": list(made.brief.unsupported),
        "quality": [issue.to_dict() for issue in made.quality],
        "exit_code": code,
    }


def publish(out_dir: Path, story: StoryConfig) -> None:
    """After a complete run: move `latest` to it and rebuild the story's Atom feed."""
    _point_latest(out_dir)
    update_feed(out_dir.parent, story.title_hint)


def _point_latest(out_dir: Path) -> None:
    """Point OUT/<story>/latest at the newest dated directory (atomic symlink swap)."""
    link = out_dir.parent / "latest"
    tmp = out_dir.parent / ".latest.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(out_dir.name)
    tmp.replace(link)


def summary_line(out_dir: Path, counts: dict[str, int], brief: Any) -> None:
    parts = ", ".join(f"{k} {counts.get(k, 0)}" for k in COUNT_KEYS)
    print(f"brief: {out_dir / 'brief.fr.md'}")
    print(f"counts: {parts}")
    translated = str(brief.translated).lower()
    print(
        f"sources cited: {len(brief.sources)}; translated: {translated}; backend: {brief.backend}"
    )
    if not brief.translated:
        print(
            "WARNING: no translation-capable model available: key sentences are left in their "
            "source language (see the banner in the brief and README, 'Models')."
        )
