"""The CLI's other commands: briefs from article files, fact checks and models. Story runs
are in `pipeline.app.story` (a brief from a file is written and reported as theirs are, by
`story_files` and `story_report`); the streaming commands (one-off crawls, archive
processing) in `pipeline.app.stream`, apart from the brief these import.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from pipeline.app.inputs import article_from_json_line, read_text_file
from pipeline.app.steps import (
    COUNT_KEYS,
    make_brief,
    new_run_id,
    select_story,
    write_outputs,
)
from pipeline.app.story import load_checked_story, load_config
from pipeline.app.story_files import check_outputs, dated_dir, publish, story_dir
from pipeline.app.story_report import exit_code, print_summary, run_report
from pipeline.errors import ExitCode, InputError
from pipeline.extract import extract_article
from pipeline.figures.check import check_brief
from pipeline.records import Article, RawPage
from pipeline.summarize import models
from pipeline.text.language import apply_language

logger = logging.getLogger(__name__)


def read_articles_jsonl(path: str | Path) -> list[Article]:
    """Articles from a JSONL file; a bad line is an InputError naming the file and line."""
    lines = read_text_file(path, "articles file").splitlines()
    articles = [
        article_from_json_line(line, f"{path}:{n}")
        for n, line in enumerate(lines, 1)
        if line.strip()
    ]
    if not articles:
        raise InputError(str(path), "no articles in file")
    return articles


def brief_from_jsonl(args: argparse.Namespace) -> int:
    """Write a brief from stored/exported articles, without crawling."""
    story = load_checked_story(args.story)
    cfg = load_config(args)
    articles = [
        a if a.language else apply_language(a, None) for a in read_articles_jsonl(args.articles)
    ]
    check_outputs(story, args.out or cfg.output_dir, None)  # bad input first, then outputs
    selected, off = select_story(articles, story)
    result = make_brief(
        selected,
        story,
        cfg,
        backend=args.backend or cfg.summary.backend,
        model=args.model,
        offline=args.offline,
        api_base=getattr(args, "api_base", None),
    )
    brief = result.brief
    out_dir = dated_dir(story_dir(args.out or cfg.output_dir, story), brief.generated_at)
    # Nothing was fetched: the articles were read from the file (not "fetched 14").
    counts = {key: 0 for key in COUNT_KEYS}
    counts["duplicates"] = len(selected) - len(result.articles)
    code = exit_code(counts, result, args.strict)
    report = run_report(
        new_run_id(), story, brief.generated_at, counts, {}, result, code, len(selected), len(off)
    )
    report["note"] = f"{len(articles)} article(s) read from {args.articles}; nothing fetched"
    outputs = write_outputs(out_dir, result, report, off)
    outputs.append(publish(out_dir, story, cfg))
    print_summary(args, story.id, counts, outputs, result, report["note"], code)
    return code


def _source_articles(paths: Sequence[str]) -> list[Article]:
    articles: list[Article] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            raise InputError(raw, "is a directory, expected a source file")
        if not p.is_file():
            raise InputError(raw, "no such source file")
        if p.suffix == ".jsonl":
            articles.extend(read_articles_jsonl(p))
        elif p.suffix in (".html", ".htm"):
            articles.append(extract_article(RawPage(url=p.resolve().as_uri(), body=p.read_bytes())))
        elif p.suffix == ".txt":
            articles.append(
                Article(
                    url=p.resolve().as_uri(), title=p.stem, text=read_text_file(p, "source file")
                )
            )
        else:
            raise InputError(raw, "unsupported source type: use .jsonl, .txt or .html")
    return articles


def factcheck(args: argparse.Namespace) -> int:
    """Check each figure of a French brief against the sources; exit 1 if any is unsupported."""
    brief_path = Path(args.brief)
    brief_text = read_text_file(brief_path, "brief file")
    sources = [a if a.language else apply_language(a, None) for a in _source_articles(args.sources)]
    checks = check_brief(brief_text, sources)
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
    return ExitCode.FAILED if unsupported else ExitCode.OK


def models_command(args: argparse.Namespace) -> int:
    if args.models_command == "pull":
        path = models.pull(args.model_id, args.revision)
        print(f"{args.model_id}: {path}")
        return ExitCode.OK
    for line in models.describe_models():
        print(line)
    return ExitCode.OK
