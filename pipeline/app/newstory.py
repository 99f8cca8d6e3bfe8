"""`newsbrief story new ID --keywords ... --sites ...`: a commented story file to start from.

The file it writes loads as it is (the same `load_story` checks every run makes), so a user
can run it at once and then fill in themes, glossary and dates. Sites are checked against the
registry; an existing file is kept unless `--force`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from pathlib import Path

from pipeline.config import StoryConfig, load_story, story_id_problem
from pipeline.errors import ConfigError, ExitCode, InputError, shown_bytes
from pipeline.storage.files import atomic_write_text

__all__ = ["add_story_arguments", "story_command", "story_template"]

WINDOW_DAYS = 30  # the default date window: the last month


def _toml_string(value: str) -> str:
    # json.dumps writes valid TOML basic strings (same escapes), keeping CJK as written; but
    # for DEL, which JSON leaves as it is and TOML forbids
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"


def story_template(
    story_id: str, keywords: Sequence[str], sites: Sequence[str], today: date
) -> str:
    """The text of a commented story file (TOML) for `story_id`."""
    from pipeline.sites import SITES  # the site modules load the extractor: not for --help

    entry_lines = [
        f"{json.dumps(site)} = {_toml_list(SITES[site].crawl.feeds)}"
        if SITES[site].crawl.feeds
        else f'# {json.dumps(site)} = ["https://..."]  # no feeds of its own: name where to start'
        for site in sites
    ]
    return f"""# Story {story_id}: written by `newsbrief story new`; edit it, then
#   newsbrief run {story_id}.toml
# Everything story-specific lives here; configs/default.toml holds no story's words.
id = {json.dumps(story_id)}
# The French title of the brief (one line).
title_hint = {_toml_string(f"À propos de {keywords[0]}")}
# What the French prose calls the story's protagonist (« la société » when empty).
subject = {_toml_string(keywords[0])}
description = ""
output_language = "fr"
# An article belongs to the story when it holds at least min_keyword_hits of these.
keywords = {_toml_list(keywords)}
min_keyword_hits = 1
exclude_keywords = []
# Sites to crawl (known: {", ".join(sorted(SITES))}).
sites = {_toml_list(sites)}
date_from = {today - timedelta(days=WINDOW_DAYS)}
date_to = {today}
max_pages = 200

# Where the crawl starts, per site (feeds, list pages, article URLs); a site left out
# starts from its own feeds, and a site with none (commented below) is not crawled.
[entry_points]
{chr(10).join(entry_lines)}

# Names to keep as the brief writes them: "source form" = "French form".
[glossary]

# Sections of the brief, in order. A source sentence or a figure goes to the first theme
# whose keywords it holds: give Chinese, English and French words side by side (the French
# ones also match figure labels such as « chiffre d'affaires » or « cours de clôture »).
# Figures matching no theme go to « Autres éléments ».
[[themes]]
heading = "L'essentiel"
keywords = {_toml_list(keywords)}
"""


def story_command(args: argparse.Namespace) -> int:
    """Write the story file; bad input (id, site, existing file) is exit 2 via the CLI."""
    from pipeline.sites import SITES, warn_unstarted_sites

    problem = story_id_problem(args.id)
    if problem is not None:
        raise InputError("story new", problem)
    unknown = [s for s in args.sites if s not in SITES]
    if unknown:
        raise InputError(
            "--sites", f"unknown site {unknown[0]!r}; known sites: {', '.join(sorted(SITES))}"
        )
    keywords = [k.strip() for k in args.keywords if k.strip()]
    if not keywords:
        raise InputError("--keywords", "at least one non-empty keyword is required")
    for keyword in keywords:
        if shown_bytes(keyword) != keyword:  # a byte that was not UTF-8 (a lone surrogate)
            raise InputError("--keywords", f"not UTF-8 text: {shown_bytes(keyword)}")
    out = Path(args.out) if args.out else Path(f"{args.id}.toml")
    if out.exists() and not args.force:
        raise InputError(str(out), "exists already (use --force to overwrite)")
    text = story_template(args.id, keywords, list(dict.fromkeys(args.sites)), date.today())
    story = _loaded(text, out, SITES)
    atomic_write_text(out, text)
    warn_unstarted_sites(story, str(out))
    print(out)
    return int(ExitCode.OK)


def _loaded(text: str, out: Path, sites: Collection[str]) -> StoryConfig:
    """The story `text` holds, loaded with every run's checks from a trial copy, before
    `out` is written: a text that would not load is an InputError naming `out`, and a file
    `--force` was to replace stays as it was (it was replaced, then removed)."""
    with tempfile.TemporaryDirectory(prefix="newsbrief-story.") as folder:
        trial = Path(folder) / "story.toml"
        trial.write_text(text, encoding="utf-8")
        try:
            return load_story(trial, known_sites=sites)
        except ConfigError as exc:
            problem = str(exc).replace(str(trial), str(out))
            raise InputError(str(out), f"the story file would not load: {problem}") from None


def add_story_arguments(p: argparse.ArgumentParser) -> None:
    """`story new ID --keywords ... --sites ... [--out FILE] [--force]`."""
    sub = p.add_subparsers(dest="story_command", metavar="ACTION", required=True)
    new = sub.add_parser("new", help="write a commented story file to start from")
    new.add_argument("id", metavar="ID")
    new.add_argument("--keywords", nargs="+", required=True, help="words that select articles")
    new.add_argument("--sites", nargs="+", required=True, help="site names of the registry")
    new.add_argument("--out", help="the file to write (default: ./ID.toml)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
