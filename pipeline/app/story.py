"""Story runs (`newsbrief run` and `demo`): crawl, store, select, brief, write, publish.

The other commands are in `pipeline.app.stream` (one-off crawls, archives) and
`pipeline.app.commands` (briefs from files, fact checks, models).

The crawl streams: each page goes to a `PageStorer` (extract, store, count) as it arrives.
`spiders.run` (Scrapy, Twisted: about 0.3 s and 35 MB) is imported inside the job that
crawls, so the commands that never crawl (`process`, `brief`, `factcheck`) do not pay for it.
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
from typing import TYPE_CHECKING, Any

from pipeline.app.pagework import PagePipeline
from pipeline.app.progress import counting
from pipeline.app.steps import (
    COUNT_KEYS,
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
from pipeline.app.stream import check_replay, frontier_options, network_failed
from pipeline.brief.feed import feed_authority, update_feed
from pipeline.config import (
    PipelineConfig,
    StoryConfig,
    load_pipeline_config,
    load_story,
)
from pipeline.errors import ExitCode, PipelineError
from pipeline.records import Article, Reject, RejectReason
from pipeline.sites import SITES, warn_unstarted_sites
from pipeline.storage.backends import check_store_ref, open_store, resolve_db, story_lock
from pipeline.storage.files import (
    atomic_write_json,
    atomic_write_jsonl,
    check_writable_dir,
    check_writable_file,
    contained,
)
from pipeline.storage.sqlstore import ArticleStore as Store
from pipeline.summarize.select import choose_summarizer

if TYPE_CHECKING:
    from spiders.run import CrawlResult

logger = logging.getLogger(__name__)
SUMMARY_LOGGER = "newsbrief.summary"  # kept at INFO by the CLI, even with -q


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


def story_dir(out_root: str | Path, story: StoryConfig) -> Path:
    """OUT/<story id>, refused (InputError) if it would resolve outside OUT."""
    return contained(out_root, story.id)


def check_outputs(
    story: StoryConfig, out_root: str | Path, db: str | Path | None, archive: str | None = None
) -> None:
    """OutputError (exit 1) naming the path unless the story's output folder, the store, the
    lock folder and the WARC `archive` (when given) can be written (a store at a URL is
    checked when it is opened)."""
    if archive:  # first: a refused archive leaves no output folder behind
        check_writable_file(archive)
    check_writable_dir(story_dir(out_root, story))
    if db is not None and str(db) != ":memory:" and "://" not in str(db):
        check_writable_file(Path(db))
        check_writable_dir(Path(db).parent / "locks")


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
    with story_lock(db, run.story.id, lock_holder(run.run_id)):
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


def _run_locked(run: _Run, db: str | Path) -> int:
    """Crawl and store, then brief, write and publish, or (an outage, nothing matched, the
    story unchanged) write only the run's report: every run leaves a run.json."""
    with open_store(db) as store:
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
        elif _unchanged(story_root, fingerprint):
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
            out_dir = _report_dir(story_root, note.startswith("the story's"))
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


def _unchanged(story_root: Path, fingerprint: str) -> bool:
    """True when the latest brief was made from the same articles with the same backend."""
    latest = story_root / "latest"
    try:
        report = json.loads((latest / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(report, dict)
        and report.get("story_fingerprint") == fingerprint
        and (latest / "brief.fr.md").is_file()
    )


def _report_dir(story_root: Path, unchanged: bool) -> Path:
    """Where a run without a new brief writes its report: next to the brief it stands by
    (unchanged), else today's dated directory (`latest` keeps pointing at the last brief)."""
    if unchanged:
        return (story_root / "latest").resolve()
    return dated_dir(story_root, datetime.now(UTC))


def write_report(out_dir: Path, report: dict[str, Any], rejects: list[Reject]) -> list[Path]:
    """A run's rejects.jsonl and run.json, without a brief (run.json last)."""
    paths = [atomic_write_jsonl(out_dir / "rejects.jsonl", (r.to_dict() for r in rejects))]
    report["outputs"] = [str(p) for p in paths] + [str(out_dir / "run.json")]
    paths.append(atomic_write_json(out_dir / "run.json", report))
    return paths


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
    _record_incremental(crawled, store, outcome)
    gap = accounting_gap(outcome.counts)
    if gap:  # a bug of ours: say so, the run goes on
        logger.error("run.json counts do not add up: %+d against the discovered URLs", gap)
    return outcome


def account_crawl(crawled: CrawlResult, outcome: ProcessOutcome) -> ProcessOutcome:
    """Add what the crawl met besides pages to `outcome` (rejects and counts): block pages,
    failed fetches, robots.txt refusals, responses without a body, URLs never answered, a
    replayed archive's problems; then the discovered count."""
    for url, reason in crawled.blocked:
        outcome.reject(Reject(url, RejectReason.BLOCKED, reason))
    for url, message in crawled.errors:
        outcome.rejects.append(Reject(url, RejectReason.FETCH_FAILED, message))
    outcome.counts["errors"] += len(crawled.errors)
    for url in crawled.disallowed:  # the site said no: listed, not an error
        outcome.rejects.append(Reject(url, RejectReason.DISALLOWED, "forbidden by robots.txt"))
    outcome.counts["disallowed"] += len(crawled.disallowed)
    for url, detail in crawled.empty:  # a 204, an empty 200: fetched, but no page
        outcome.reject(Reject(url, RejectReason.EMPTY, detail))
    for url, reason in crawled.not_fetched:  # discovered, never answered
        outcome.rejects.append(Reject(url, RejectReason.NOT_FETCHED, reason))
    outcome.counts["not_fetched"] += len(crawled.not_fetched)
    outcome.counts["entry_points_failed"] = crawled.entry_points_failed
    outcome.rejects.extend(crawled.archive_problems)  # a replayed WARC's bad records, truncation
    outcome.counts["archive_problems"] = len(crawled.archive_problems)
    outcome.counts["discovered"] = crawled.discovered
    return outcome


def _record_incremental(crawled: CrawlResult, store: Store, outcome: ProcessOutcome) -> None:
    """304s and skipped articles count as unchanged; feed validators are recorded last.

    Feed validators (ETag / Last-Modified) are stored only after the feed's articles are: a
    run killed in between re-discovers them instead of trusting a 304 on the feed.
    """
    for url in crawled.not_modified:
        store.record_fetch(url, status=304)
    # A listing's 304 (an entry point) is no article; an article's is, entry point or listed.
    listings = set(crawled.listings_not_modified)
    outcome.counts["unchanged"] += len([u for u in crawled.not_modified if u not in listings])
    outcome.counts["unchanged"] += len(crawled.skipped)
    for feed in crawled.feeds:
        store.record_fetch(
            feed["url"],
            status=feed.get("status", 200),
            etag=feed.get("etag"),
            last_modified=feed.get("last_modified"),
        )


def exit_code(
    counts: dict[str, int],
    made: BriefResult | None,
    strict: bool,
    selected: list[Article] | None = None,
    *,
    outage: bool = False,
) -> int:
    """NETWORK when no page could be fetched, FAILED when nothing matched (or, with --strict,
    a figure or a generated sentence has no support), PARTIAL when pages were rejected,
    blocked, failed or never fetched, or a replayed archive had bad records or was truncated,
    else OK."""
    if outage:
        return ExitCode.NETWORK
    if selected is not None and not selected:
        return ExitCode.FAILED
    if strict and made is not None and (made.brief.unsupported or made.quality):
        return ExitCode.FAILED
    if (
        counts["rejected"]
        or counts["blocked"]
        or counts["errors"]
        or counts.get("not_fetched")
        or counts.get("archive_problems")
    ):
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
    made: BriefResult | None,
    code: int,
    selected: int,
    off_story: int,
) -> dict[str, Any]:
    """The run report (run.json); the brief's fields are null when no brief was written."""
    brief = made.brief if made is not None else None
    return {
        "run_id": run_id,
        "story": story.id,
        "started_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "counts": {k: counts.get(k, 0) for k in COUNT_KEYS},
        "story_articles": selected,
        "off_story": off_story,
        "timings": timings,
        "backend": brief.backend if brief else None,
        "model": brief.model if brief else None,
        "translated": brief.translated if brief else None,
        "unsupported_figures": list(brief.unsupported) if brief else [],
        "quality": [issue.to_dict() for issue in made.quality] if made else [],
        "exit_code": code,
        "note": "",
        "story_fingerprint": "",
    }


def publish(out_dir: Path, story: StoryConfig, cfg: PipelineConfig | None = None) -> Path:
    """After a complete run: move `latest` to it and rebuild the story's Atom feed (its path
    returned), with the config's [feed] base_url and authority."""
    feed = (cfg or PipelineConfig()).feed
    _point_latest(out_dir)
    return update_feed(
        out_dir.parent,
        story.title_hint,
        authority=feed_authority(feed.authority, feed.base_url),
        base_url=feed.base_url or None,
    )


def _point_latest(out_dir: Path) -> None:
    """Point OUT/<story>/latest at the newest dated directory (atomic symlink swap)."""
    link = out_dir.parent / "latest"
    tmp = out_dir.parent / ".latest.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(out_dir.name)
    tmp.replace(link)


def print_summary(
    args: argparse.Namespace,
    story: str,
    counts: dict[str, int],
    outputs: list[Path],
    made: BriefResult | None,
    note: str,
    code: int,
) -> None:
    """The one summary at the end: what happened, the counts and every file written. On
    stdout as text; one JSON log line on stderr with `--log-format json` (stdout silent)."""
    brief = made.brief if made is not None else None
    data: dict[str, Any] = {
        "story": story,
        "exit_code": int(code),
        "counts": {k: counts.get(k, 0) for k in COUNT_KEYS},
        "outputs": [str(p) for p in outputs],
    }
    if note:
        data["note"] = note
    if brief is not None:
        data.update(sources=len(brief.sources), backend=brief.backend, translated=brief.translated)
    if getattr(args, "log_format", "text") == "json":
        logging.getLogger(SUMMARY_LOGGER).info("summary", extra={"summary": data})
        return
    print(summary_text(data))


def summary_text(data: dict[str, Any]) -> str:
    """The text summary: one headline, the counts, then each output file."""
    counts = ", ".join(f"{k} {v}" for k, v in data["counts"].items())
    if "backend" in data:
        head = (
            f"{data['story']}: brief written, {data['sources']} sources cited; "
            f"backend {data['backend']}; translated: {str(data['translated']).lower()}"
        )
    else:
        head = f"{data['story']}: no new brief: {data.get('note', '')}"
    lines = [head, f"counts: {counts}"]
    lines += [f"  {Path(p).name:<14} {p}" for p in data["outputs"]]
    if data.get("translated") is False:
        lines.append(
            "note: no translation-capable model: the prose is written in French from the "
            "checked facts; source passages stay quoted in their language under « Extraits "
            "des sources » (README, 'Models')."
        )
    lines.append(f"exit code {data['exit_code']}")
    return "\n".join(lines)
