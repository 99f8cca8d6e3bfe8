"""The CLI's jobs: story runs, one-off crawls, archive processing, briefs, fact checks, models.

`pipeline/` stays free of Scrapy at import time: the crawl is reached through
`spiders.run.crawl`, imported inside the jobs that fetch.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.config import (
    PipelineConfig,
    StoryConfig,
    default_db_path,
    load_pipeline_config,
    load_story,
)
from pipeline.errors import InputError, PipelineError, Rejected
from pipeline.fsutil import StoryLock, atomic_write_jsonl
from pipeline.records import Article, RawPage
from pipeline.run import (
    COUNT_KEYS,
    BriefResult,
    ProcessOutcome,
    Timer,
    article_from_page,
    lock_holder,
    make_brief,
    new_run_id,
    process_pages,
    select_story,
    write_outputs,
)

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


def demo_replay_path() -> Path:
    """The embedded demo archive (package data): a page directory with manifest.json."""
    return Path(str(resources.files("pipeline.demo")))


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _config(args: argparse.Namespace) -> PipelineConfig:
    overlay = getattr(args, "config", None)
    return load_pipeline_config(overlay)


def _check_replay(replay: str | Path | None) -> None:
    if replay is None:
        return
    p = Path(replay)
    if not p.exists():
        raise InputError(str(replay), "replay archive not found")
    if p.is_dir() and not (p / "manifest.json").is_file():
        raise InputError(str(replay), "replay directory has no manifest.json")


def run_story(story_ref: str, args: argparse.Namespace, replay: str | Path | None) -> int:
    """Crawl (or replay), process, store, select, summarize and write the outputs of a story."""
    story = load_story(story_ref)
    cfg = _config(args)
    _check_replay(replay)
    db = _db_path(args)
    run_id = new_run_id()
    started = datetime.now(UTC)
    with StoryLock(db.parent / "locks", story.id, lock_holder(run_id)):
        return _run_locked(story, cfg, args, replay, db, run_id, started)


def _run_locked(
    story: StoryConfig,
    cfg: PipelineConfig,
    args: argparse.Namespace,
    replay: str | Path | None,
    db: Path,
    run_id: str,
    started: datetime,
) -> int:
    from pipeline.store import Store

    timer = Timer()
    with Store(db) as store:
        store.start_run(run_id, story.id)
        logger.info("run %s: stage crawl (%s)", run_id, f"replay {replay}" if replay else "live")
        outcome = _crawl_and_store(story, cfg, args, replay, store)
        timer.lap("crawl_and_process")
        logger.info("run %s: stage brief", run_id)
        selected, off_story = select_story(store.articles(), story)
        try:
            made = make_brief(
                selected,
                story,
                cfg,
                backend=args.backend or cfg.summary.backend,
                model=args.model,
                offline=args.offline,
            )
        except PipelineError:
            store.finish_run(run_id, "failed", {"counts": outcome.counts, "error": "summarization"})
            raise
        outcome.counts["duplicates"] = len(selected) - len(made.articles)
        timer.lap("brief")
        code = _exit_code(outcome.counts, made, getattr(args, "strict", False))
        report = _report(
            run_id,
            story,
            started,
            outcome.counts,
            timer.timings,
            made,
            code,
            len(selected),
            len(off_story),
        )
        logger.info("run %s: stage write", run_id)
        out_dir = _dated_dir(Path(args.out or cfg.output_dir) / story.id, made.brief.generated_at)
        write_outputs(out_dir, made, report, outcome.rejects)
        _publish(out_dir, story)
        store.finish_run(run_id, "ok" if code in (EXIT_OK, EXIT_PARTIAL) else "failed", report)
    _summary_line(out_dir, outcome.counts, made.brief)
    return code


def _crawl_and_store(
    story: StoryConfig,
    cfg: PipelineConfig,
    args: argparse.Namespace,
    replay: str | Path | None,
    store: Any,
) -> ProcessOutcome:
    """Crawl (or replay) the story's sites incrementally and store every article.

    Validators (ETag / Last-Modified) of feeds are recorded only after their articles are
    stored: a run killed in between re-discovers them instead of getting a 304 on the feed.
    """
    from spiders.run import crawl, known_from_store

    entry_points = [u for urls in story.entry_points.values() for u in urls]
    crawled = crawl(
        story=story,
        replay=replay,
        archive=getattr(args, "archive", None),
        crawl_cfg=cfg.crawl,
        known=known_from_store(store, entry_points),
        allow_loopback=cfg.crawl.allow_loopback,
    )
    outcome = process_pages(crawled.pages, store, cfg)
    for url, reason in crawled.blocked:
        outcome.reject(url, "blocked", reason)
    for url, message in crawled.errors:
        outcome.rejects.append({"url": url, "reason": "error", "detail": message})
        store.record_fetch(url, status="error")
    outcome.counts["errors"] += len(crawled.errors)
    outcome.counts["discovered"] = crawled.discovered
    for url in crawled.not_modified:
        store.record_fetch(url, status=304)
    feeds = set(entry_points) | {f["url"] for f in crawled.feeds}
    outcome.counts["unchanged"] += len([u for u in crawled.not_modified if u not in feeds])
    outcome.counts["unchanged"] += len(crawled.skipped)
    for feed in crawled.feeds:
        store.record_fetch(
            feed["url"],
            status=feed.get("status", 200),
            etag=feed.get("etag"),
            last_modified=feed.get("last_modified"),
        )
    return outcome


def _exit_code(counts: dict[str, int], made: BriefResult, strict: bool) -> int:
    if strict and (made.brief.unsupported or made.quality):
        return EXIT_FAILED
    if counts["rejected"] or counts["blocked"] or counts["errors"]:
        return EXIT_PARTIAL
    return EXIT_OK


def _dated_dir(story_root: Path, when: datetime) -> Path:
    """OUT/<story>/<YYYY-MM-DD> in the machine's local time (the day a newsroom reads it)."""
    return story_root / when.astimezone().strftime("%Y-%m-%d")


def _report(
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


def _publish(out_dir: Path, story: StoryConfig) -> None:
    """After a complete run: move `latest` to it and rebuild the story's Atom feed."""
    from pipeline.feed import update_feed

    _point_latest(out_dir)
    update_feed(out_dir.parent, story.title_hint)


def _point_latest(out_dir: Path) -> None:
    """Point OUT/<story>/latest at the newest dated directory (atomic symlink swap)."""
    link = out_dir.parent / "latest"
    tmp = out_dir.parent / ".latest.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(out_dir.name)
    tmp.replace(link)


def _summary_line(out_dir: Path, counts: dict[str, int], brief: Any) -> None:
    parts = ", ".join(f"{k} {counts.get(k, 0)}" for k in COUNT_KEYS)
    print(f"brief: {out_dir / 'brief.fr.md'}")
    print(f"counts: {parts}")
    translated = str(brief.translated).lower()
    print(f"sources cited: {len(brief.sources)}; translated: {translated}; "
          f"backend: {brief.backend}")
    if not brief.translated:
        print(
            "WARNING: no translation-capable model available: key sentences are left in their "
            "source language (see the banner in the brief and README, 'Models')."
        )


def _emit_articles(articles: Iterable[Article], out: str | None) -> None:
    rows = [a.to_dict() for a in articles]
    if out:
        atomic_write_jsonl(out, rows)
        print(f"wrote {len(rows)} article(s) to {out}", file=sys.stderr)
    else:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, sort_keys=True))


def _articles_from_pages(pages: Iterable[RawPage]) -> tuple[list[Article], list[dict[str, str]]]:
    articles: list[Article] = []
    rejects: list[dict[str, str]] = []
    for page in pages:
        try:
            articles.append(article_from_page(page))
        except Rejected as rej:
            logger.warning("%s", rej)
            rejects.append({"url": rej.url, "reason": rej.reason.value, "detail": rej.detail})
    return articles, rejects


def crawl_urls(args: argparse.Namespace) -> int:
    """One-off crawl of a few URLs: site spider by domain, else the generic spider."""
    from spiders.run import crawl

    _check_replay(args.replay)
    cfg = load_pipeline_config()
    result = crawl(urls=args.urls, replay=args.replay, archive=args.archive, crawl_cfg=cfg.crawl)
    articles, rejects = _articles_from_pages(result.pages)
    if args.db:
        from pipeline.store import Store

        with Store(args.db) as store:
            for article in articles:
                store.upsert_article(article)
    _emit_articles(articles, args.out)
    for url, reason in result.blocked:
        print(f"blocked: {url}: {reason}", file=sys.stderr)
    for url, message in result.errors:
        print(f"error: {url}: {message}", file=sys.stderr)
    return EXIT_PARTIAL if rejects or result.blocked or result.errors else EXIT_OK


def _iter_archive(path: Path) -> Iterator[RawPage]:
    from pipeline.archive import iter_pages

    return iter_pages(path)


def process_archive(args: argparse.Namespace) -> int:
    """Re-extract every response of a WARC file or page directory, offline."""
    path = Path(args.archive)
    if not path.exists():
        raise InputError(args.archive, "no such archive")
    articles, rejects = _articles_from_pages(_iter_archive(path))
    _emit_articles(articles, args.out)
    return EXIT_PARTIAL if rejects else EXIT_OK


def read_articles_jsonl(path: str | Path) -> list[Article]:
    """Articles from a JSONL file; a bad line is an InputError naming the file and line."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such file")
    articles: list[Article] = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            articles.append(Article.from_dict({"title": "", **data}))
        except (json.JSONDecodeError, TypeError, ValueError) as exc:
            raise InputError(f"{path}:{n}", f"not an article record ({exc})") from None
        if not data.get("url") or not data.get("text"):
            raise InputError(f"{path}:{n}", "an article needs at least 'url' and 'text'")
    if not articles:
        raise InputError(str(path), "no articles in file")
    return articles


def brief_from_jsonl(args: argparse.Namespace) -> int:
    """Write a brief from stored/exported articles, without crawling."""
    from pipeline.language import apply_language
    from pipeline.run import write_outputs

    story = load_story(args.story)
    cfg = _config(args)
    articles = [
        a if a.language else apply_language(a, None) for a in read_articles_jsonl(args.articles)
    ]
    selected, off = select_story(articles, story)
    result = make_brief(
        selected,
        story,
        cfg,
        backend=args.backend or cfg.summary.backend,
        model=args.model,
        offline=args.offline,
    )
    brief = result.brief
    out_dir = _dated_dir(Path(args.out or cfg.output_dir) / story.id, brief.generated_at)
    code = _exit_code({"rejected": 0, "blocked": 0, "errors": 0}, result, args.strict)
    report = _report(
        new_run_id(),
        story,
        brief.generated_at,
        {"fetched": len(articles)},
        {},
        result,
        code,
        len(selected),
        len(off),
    )
    write_outputs(out_dir, result, report, off)
    _publish(out_dir, story)
    _summary_line(out_dir, {"fetched": len(articles)}, brief)
    return code


def _source_articles(paths: Sequence[str]) -> list[Article]:
    from pipeline.extract import extract_article

    articles: list[Article] = []
    for raw in paths:
        p = Path(raw)
        if not p.is_file():
            raise InputError(raw, "no such source file")
        if p.suffix == ".jsonl":
            articles.extend(read_articles_jsonl(p))
        elif p.suffix in (".html", ".htm"):
            articles.append(extract_article(RawPage(url=p.resolve().as_uri(), body=p.read_bytes())))
        elif p.suffix == ".txt":
            articles.append(
                Article(url=p.resolve().as_uri(), title=p.stem, text=p.read_text(encoding="utf-8"))
            )
        else:
            raise InputError(raw, "unsupported source type: use .jsonl, .txt or .html")
    return articles


def factcheck(args: argparse.Namespace) -> int:
    """Check each figure of a French brief against the sources; exit 1 if any is unsupported."""
    from pipeline.facts import check_brief
    from pipeline.language import apply_language

    brief_path = Path(args.brief)
    if not brief_path.is_file():
        raise InputError(args.brief, "no such brief file")
    sources = [a if a.language else apply_language(a, None) for a in _source_articles(args.sources)]
    checks = check_brief(brief_path.read_text(encoding="utf-8"), sources)
    unsupported = [c for c in checks if not c.supported]
    if args.json:
        print(
            json.dumps(
                {
                    "brief": str(brief_path),
                    "figures": [c.to_dict() for c in checks],
                    "unsupported": len(unsupported),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for c in checks:
            mark = "OK " if c.supported else "NO "
            closest = (
                f" (closest source figure: {c.closest.text})"
                if (not c.supported and c.closest)
                else ""
            )
            print(f"{mark} {c.figure.text}{closest}")
        print(f"{len(checks) - len(unsupported)} supported, {len(unsupported)} unsupported")
    return EXIT_FAILED if unsupported else EXIT_OK


def models_command(args: argparse.Namespace) -> int:
    from pipeline.summarize import models

    if args.models_command == "pull":
        path = models.pull(args.model_id, args.revision)
        print(f"{args.model_id}: {path}")
        return EXIT_OK
    for line in models.describe_models():
        print(line)
    return EXIT_OK
