"""Range checks of a loaded config or story: values, where `build` checked types.

A story file or an overlay from someone else cannot point output paths outside their root or
disable a safety cap; a ConfigError names the file and the key. Also the rules of a story id
and of `extract_workers`, which the CLI and the library API check on their own arguments.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Collection, Sequence

from pipeline.addresses import frontier_url_problem, seed_url_problem, shown_url, web_url_problem
from pipeline.config.types import (
    CAPTION_POLICIES,
    FeedConfig,
    PhraseConfig,
    PipelineConfig,
    StoryConfig,
    ThemeConfig,
)
from pipeline.errors import ConfigError

# Worker processes a config may ask for: each holds its own parsed pages and language
# tables (about 60 MB), and a typo of 10,000 started that many processes.
MAX_EXTRACT_WORKERS = 64


def extract_workers_problem(value: int) -> str | None:
    """What is wrong with an `extract_workers` value (the config's or an API argument's),
    or None."""
    if -1 <= value <= MAX_EXTRACT_WORKERS:
        return None
    return f"must be -1 (one per CPU) or 0 to {MAX_EXTRACT_WORKERS}, got {value}"


def check_sites(story: StoryConfig, known_sites: Collection[str], where: str) -> None:
    """A site of `sites` or of `entry_points` that is not a known site is a ConfigError.

    "generic" (any other domain, through the generic extractor) is always known."""
    known_sites = {*known_sites, "generic"}
    allowed = ", ".join(sorted(known_sites))
    for name in story.sites:
        if name not in known_sites:
            raise ConfigError(where, f"sites: unknown site {name!r}; known sites: {allowed}")
    for name in story.entry_points:
        if name not in known_sites:
            raise ConfigError(
                where, f"entry_points.{name}: unknown site {name!r}; known sites: {allowed}"
            )


STORY_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
MAX_STORY_ID = 100
SUMMARY_BACKENDS = ("auto", "llm", "seq2seq", "extractive", "api")


STORY_ID_RULE = (
    f"lowercase letters, digits and '-', starting with a letter or digit "
    f"(at most {MAX_STORY_ID} characters)"
)


def story_id_problem(story_id: str) -> str | None:
    """What makes `story_id` no story id (it names directories and a lock file), or None."""
    if STORY_ID.fullmatch(story_id) and len(story_id) <= MAX_STORY_ID:
        return None
    return f"{story_id!r} is not a story id: {STORY_ID_RULE}"


def check_story_id(story_id: str, where: str) -> None:
    """ConfigError naming the file's `id` key unless `story_id` is a story id."""
    problem = story_id_problem(story_id)
    if problem is not None:
        raise ConfigError(f"{where}: id", problem)


def check_story_values(story: StoryConfig, where: str) -> None:
    """Range checks of a loaded story; a ConfigError names the file and the key. (Which
    sites exist is the registry's knowledge: `check_sites`, given the known sites.)"""
    check_story_id(story.id, where)
    for key, words in (("keywords", story.keywords), ("exclude_keywords", story.exclude_keywords)):
        if any(not w.strip() for w in words):
            raise ConfigError(f"{where}: {key}", "an empty keyword matches every article")
    if story.max_pages <= 0:
        raise ConfigError(f"{where}: max_pages", f"must be > 0, got {story.max_pages}")
    if story.max_pages > _MAX_SETTING:  # a count past 64 bits, as an overlay's is refused
        raise ConfigError(
            f"{where}: max_pages", f"must be a number up to {_MAX_SETTING}, got {story.max_pages}"
        )
    check_themes(story.themes, where)
    check_phrases(story.phrase, where)
    if story.min_keyword_hits < 0:
        hits = story.min_keyword_hits
        raise ConfigError(f"{where}: min_keyword_hits", f"must be >= 0, got {hits}")
    for site, urls in story.entry_points.items():
        if site not in story.sites:
            raise ConfigError(
                f"{where}: entry_points.{site}", f"{site!r} is not one of the story's sites"
            )
        for url in urls:
            problem = seed_url_problem(url)
            if problem is not None:
                raise ConfigError(f"{where}: entry_points.{site}", f"{problem}: {shown_url(url)}")


def check_themes(themes: Sequence[ThemeConfig], where: str) -> None:
    """A theme (a story's, or a config's for stories without any) must have a heading."""
    for i, theme in enumerate(themes):
        if not theme.heading.strip():
            raise ConfigError(f"{where}: themes[{i}]: heading", "an empty heading titles nothing")


# What a [[phrase]] clause may name (configs/phrasing.fr.toml's header says what each is).
PHRASE_PLACEHOLDERS = ("value", "on_value", "subject", "label", "qualifier", "q")


def template_problem(template: str, names: Collection[str]) -> str | None:
    """What is wrong with a str.format template from a config, or None: only plain
    ``{name}`` placeholders of `names`. An attribute, index, conversion or format spec
    ("{value.__class__.__mro__}", "{value:>999999999}") reads Python objects or builds
    gigabytes of padding: a config string is data, never evaluated."""
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(template)]
    except ValueError as exc:  # "Single '}' encountered", "expected '}' before end of string"
        return f"unbalanced braces ({exc}) in {template!r}"
    for name, spec, conv in fields:
        if name is not None and name not in names:
            allowed = ", ".join(f"{{{n}}}" for n in names)
            return f"unknown placeholder {{{name}}} in {template!r} (allowed: {allowed})"
        if spec or conv:
            return f"a placeholder with a conversion or format spec in {template!r}: {{name}} only"
    return None


def check_phrases(phrases: Sequence[PhraseConfig], where: str) -> None:
    """A story's own [[phrase]] tables: a label, a clause, placeholders it may name."""
    for i, phrase in enumerate(phrases):
        if not phrase.label.strip() or not phrase.text.strip():
            raise ConfigError(f"{where}: phrase[{i}]", "an empty label or text phrases nothing")
        for key in ("text", "with_qualifier"):
            problem = template_problem(getattr(phrase, key), PHRASE_PLACEHOLDERS)
            if problem is not None:
                raise ConfigError(f"{where}: phrase[{i}].{key}", problem)


_TAG_AUTHORITY = re.compile(  # RFC 4151: (DNS name or e-mail address) "," date
    r"(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?,\d{4}(?:-\d\d(?:-\d\d)?)?"
)


def check_feed(feed: FeedConfig, where: str) -> None:
    """The feed's `base_url` (links every reader follows) is an http(s) URL, and its
    `authority` a tag: URI authority: a javascript: base or an authority holding a line
    break went into feed.atom as it was."""
    if feed.base_url:
        problem = web_url_problem(feed.base_url)
        if problem is not None:
            raise ConfigError(f"{where}: feed.base_url", f"{problem}: {shown_url(feed.base_url)}")
    if feed.authority and not _TAG_AUTHORITY.fullmatch(feed.authority):
        raise ConfigError(
            f"{where}: feed.authority",
            f"expected a domain or e-mail address, a comma and a date (example.com,2026), "
            f"got {feed.authority!r}",
        )


_MAX_SETTING = 2**53  # past this a float no longer counts every integer


def check_pipeline_values(cfg: PipelineConfig, where: str) -> None:
    """Range checks of a pipeline config; a ConfigError names the file and the key."""
    positive: dict[str, float] = {
        "crawl.concurrent_per_domain": cfg.crawl.concurrent_per_domain,
        "crawl.timeout": cfg.crawl.timeout,
        "crawl.max_body_bytes": cfg.crawl.max_body_bytes,  # 0 would disable Scrapy's cap
        "crawl.max_sitemap_bytes": cfg.crawl.max_sitemap_bytes,
        "crawl.max_pages": cfg.crawl.max_pages,
        "max_page_bytes": cfg.max_page_bytes,
        "max_text_chars": cfg.max_text_chars,
        "max_elements": cfg.max_elements,
        "summary.max_sentences": cfg.summary.max_sentences,
        "summary.sentences_per_section": cfg.summary.sentences_per_section,
        "crawl.frontier_heartbeat": cfg.crawl.frontier_heartbeat,
    }
    not_negative: dict[str, float] = {
        "min_text_chars": cfg.min_text_chars,
        "crawl.download_delay": cfg.crawl.download_delay,
        "crawl.max_redirects": cfg.crawl.max_redirects,
        "crawl.retry_times": cfg.crawl.retry_times,
        "crawl.max_retry_after": cfg.crawl.max_retry_after,
    }
    workers = extract_workers_problem(cfg.extract_workers)
    if workers is not None:
        raise ConfigError(f"{where}: extract_workers", workers)
    for key, value in positive.items():
        if not value > 0:  # also refuses NaN
            raise ConfigError(f"{where}: {key}", f"must be > 0, got {value}")
    for key, value in not_negative.items():
        if not value >= 0:
            raise ConfigError(f"{where}: {key}", f"must be >= 0, got {value}")
    for key, value in {**positive, **not_negative}.items():
        # inf: a delay or timeout never over, a cap never reached; a TOML integer past 64
        # bits is no count any server or library takes either
        if not math.isfinite(value) or abs(value) > _MAX_SETTING:
            raise ConfigError(
                f"{where}: {key}", f"must be a finite number up to {_MAX_SETTING}, got {value}"
            )
    check_themes(cfg.themes, where)
    check_feed(cfg.feed, where)
    frontier = cfg.crawl.frontier and frontier_url_problem(cfg.crawl.frontier)
    if frontier:  # its shape, with the file's name; whether Redis answers, at the crawl
        raise ConfigError(f"{where}: crawl.frontier", frontier)
    agent = cfg.crawl.user_agent
    if not agent.strip() or not agent.isprintable():
        raise ConfigError(
            f"{where}: crawl.user_agent",
            f"must name the crawler on one line (a site reads it), got {agent!r}",
        )
    if cfg.captions not in CAPTION_POLICIES:
        raise ConfigError(
            f"{where}: captions",
            f"expected one of {', '.join(CAPTION_POLICIES)}, got {cfg.captions!r}",
        )
    if cfg.summary.backend not in SUMMARY_BACKENDS:
        raise ConfigError(
            f"{where}: summary.backend",
            f"expected one of {', '.join(SUMMARY_BACKENDS)}, got {cfg.summary.backend!r}",
        )
