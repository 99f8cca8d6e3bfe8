"""What each `newsbrief` command does, given its parsed arguments: one `cmd_*` function a
command, returning the exit code (the CLI contract of ARCHITECTURE.md).

Heavy modules (scrapy, transformers, torch) are imported inside the commands that need them:
`pipeline.app.story` and `pipeline.app.commands` import Scrapy (the crawl), so they are
imported by the commands that use them, and `newsbrief --help` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import BinaryIO

from pipeline.app.forkserver import warm_up
from pipeline.app.newstory import story_command
from pipeline.config import PipelineConfig, load_pipeline_config
from pipeline.errors import ExitCode, InputError, PipelineError, Rejected, shown_bytes
from pipeline.records import RawPage, RejectReason
from spiders.urlkind import url_kind


def _read_capped(fh: BinaryIO, limit: int, url: str) -> bytes:
    """At most `limit` bytes of `fh`; Rejected (too_large, naming `url`) past that, the rest
    never read: a page over max_page_bytes is rejected as a crawl rejects it, and `extract
    /dev/zero` or an endless pipe does not fill the memory."""
    body = fh.read(limit + 1)
    if len(body) > limit:
        detail = f"over max_page_bytes ({limit}): not read past it"
        raise Rejected(RejectReason.TOO_LARGE, url, detail)
    return body


def _existing_file(value: str) -> Path:
    path = Path(value)
    if not path.exists():
        raise InputError(shown_bytes(value), "no such file")
    if path.is_dir():
        raise InputError(shown_bytes(value), "is a directory, expected a file")
    return path


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.app.story import demo_replay_path, demo_story_id, run_story

    return run_story(demo_story_id(), args, replay=demo_replay_path())


def _start_workers_early(args: argparse.Namespace, *, listed: bool) -> None:
    """For a live crawl known to be long (`listed`: it reads listings, a feed or a sitemap),
    start the extraction workers' forkserver before importing the crawl: it loads the
    extractor (about half a second) on another core while this process loads Scrapy and the
    crawl, instead of after. The crawl's PagePipeline decides as before whether and when
    workers start; on a frontier or with ``extract_workers = 0`` none do, and none is started
    here."""
    if getattr(args, "replay", None) is not None or not listed:
        return
    try:
        cfg = load_pipeline_config(getattr(args, "config", None))
    except PipelineError:
        return  # the command says what is wrong, with its exit code
    if getattr(args, "frontier", None) or cfg.crawl.frontier:
        return  # pages are made in the crawling process on a frontier (stream.crawl_urls)
    warm_up(cfg.extract_workers)


def cmd_run(args: argparse.Namespace) -> int:
    _start_workers_early(args, listed=True)  # a story's crawl reads its entry points' listings
    from pipeline.app.story import run_story

    return run_story(args.story, args, replay=args.replay)


def listed_crawl(args: argparse.Namespace) -> bool:
    """Whether a `crawl`'s arguments name a listing (--feed, --sitemap, a seed whose URL is a
    sitemap, feed or API): a crawl of many pages."""
    return bool(args.feed or args.sitemap) or any(map(url_kind, args.urls or ()))


def cmd_crawl(args: argparse.Namespace) -> int:
    _start_workers_early(args, listed=listed_crawl(args))
    from pipeline.app.stream import crawl_urls

    return crawl_urls(args)


def cmd_worker(args: argparse.Namespace) -> int:
    from pipeline.app.workers import run_worker

    return run_worker(args)


def cmd_process(args: argparse.Namespace) -> int:
    from pipeline.app.stream import process_archive

    return process_archive(args)


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.pages import article_from_page

    limit = PipelineConfig().max_page_bytes
    if args.url is not None and shown_bytes(args.url) != args.url:
        # the Article printed as JSON holds its URL, and JSON holds text only
        raise InputError("--url", f"not UTF-8 text: {shown_bytes(args.url)}")
    try:
        if args.file == "-":  # a page piped in, as `trafilatura` reads stdin
            url = args.url or "stdin:"
            body = _read_capped(sys.stdin.buffer, limit, url)
            if not body.strip():
                raise InputError("-", "nothing on standard input, expected an HTML page")
        else:
            path = _existing_file(args.file)
            url = args.url or path.resolve().as_uri()
            with path.open("rb") as fh:
                body = _read_capped(fh, limit, url)
        article = article_from_page(RawPage(url=url, body=body))
    except Rejected as rej:
        print(
            json.dumps(
                {"url": rej.url, "rejected": rej.reason.value, "detail": rej.detail},
                ensure_ascii=False,
            ),
            file=sys.stdout,
        )
        return ExitCode.PARTIAL
    print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    return ExitCode.OK


def cmd_brief(args: argparse.Namespace) -> int:
    from pipeline.app.commands import brief_from_jsonl

    return brief_from_jsonl(args)


def cmd_factcheck(args: argparse.Namespace) -> int:
    from pipeline.app.commands import factcheck

    return factcheck(args)


def cmd_models(args: argparse.Namespace) -> int:
    from pipeline.app.commands import models_command

    return models_command(args)


def cmd_story(args: argparse.Namespace) -> int:
    return story_command(args)


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.app.evaluate import (
        evaluate_by_corpus,
        evaluate_corpus,
        format_by_corpus,
        format_report,
        read_metadata_gold,
    )

    corpus = Path(args.corpus)
    if not (corpus / "manifest.tsv").is_file():
        raise InputError(args.corpus, "not a corpus directory: manifest.tsv is missing")
    gold = read_metadata_gold(args.metadata_gold) if args.metadata_gold else None
    if args.by_corpus:
        result = evaluate_by_corpus(corpus)
        text = format_by_corpus(result)
    else:
        result = evaluate_corpus(corpus, metadata_gold=gold)
        text = format_report(result)
    print(json.dumps(result, ensure_ascii=False, indent=2, default=str) if args.json else text)
    return ExitCode.OK
