"""TOML configuration: layered, validated, frozen (STYLE.md section 5).

Layers: dataclass defaults < `configs/default.toml` (shipped) < a user overlay < CLI flags.
Unknown keys and wrong types are `ConfigError`s naming the file and the key.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from pipeline.addresses import shown_url, web_url_problem
from pipeline.errors import TOO_DEEP, ConfigError
from pipeline.readfile import TooLarge, read_bounded

T = TypeVar("T")


# Worker processes a config may ask for: each holds its own parsed pages and language
# tables (about 60 MB), and a typo of 10,000 started that many processes.
MAX_EXTRACT_WORKERS = 64


def extract_workers_problem(value: int) -> str | None:
    """What is wrong with an `extract_workers` value (the config's or an API argument's),
    or None."""
    if -1 <= value <= MAX_EXTRACT_WORKERS:
        return None
    return f"must be -1 (one per CPU) or 0 to {MAX_EXTRACT_WORKERS}, got {value}"


@dataclass(frozen=True)
class CrawlConfig:
    user_agent: str = (
        "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief; contact: newsbrief@example.org)"
    )
    concurrent_per_domain: int = 2
    download_delay: float = 2.0
    autothrottle: bool = True
    timeout: float = 30.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    max_pages: int = 200
    retry_times: int = 3
    max_retry_after: float = 120.0
    obey_robots: bool = True
    # Let the address guard accept loopback targets (a crawler on the same machine as the
    # site, or a test server). Private, link-local and reserved targets stay refused.
    allow_loopback: bool = False
    # A shared crawl frontier (redis://HOST[:PORT]/DB): the request queue and the duplicate
    # filter in Redis, for several workers (`newsbrief worker`). Empty: one process, in memory.
    frontier: str = ""
    # Seconds a frontier worker's heartbeat lives: a worker silent this long is taken for dead
    # and its requests go back on the queue.
    frontier_heartbeat: float = 30.0


@dataclass(frozen=True)
class FeedConfig:
    """The story feed (feed.atom): where it is published and who mints its entry ids."""

    # Public URL of OUT/<story>/ (e.g. "https://news.example.com/briefs/zhipu-ipo/"): links
    # become absolute. Empty: links relative to the feed.
    base_url: str = ""
    # tag: URI authority of entry ids (RFC 4151, "domain,YYYY"). Empty: base_url's host and
    # the current year, else the placeholder newsbrief@example.org,2026.
    authority: str = ""


@dataclass(frozen=True)
class SummaryConfig:
    backend: str = "auto"  # auto | llm | seq2seq | extractive | api
    max_sentences: int = 12
    sentences_per_section: int = 3


@dataclass(frozen=True)
class ThemeConfig:
    """A section of the brief: its French heading and the words (any language) that put a
    source sentence or a figure label in it."""

    heading: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class PhraseConfig:
    """How the French prose states one measure (see configs/phrasing.fr.toml)."""

    label: str  # a figure label without its qualifier: « cours de clôture »
    text: str  # the clause, with {value}, {q}, {subject}, ... placeholders
    with_qualifier: str = ""  # the clause when the label has a qualifier (else text + {q})


@dataclass(frozen=True)
class PipelineConfig:
    db: str = ""  # empty: the default store (see default_db_path)
    output_dir: str = "output"
    min_text_chars: int = 80
    # Pages larger than this (bytes), or whose text is longer than max_text_chars, are no news
    # article: rejected with reason too_large instead of tying up extraction.
    max_page_bytes: int = 8 * 1024 * 1024
    max_text_chars: int = 300_000
    langdetect_seed: int = 0
    # Processes that make articles from pages beside the crawl (pipeline.app.pagework):
    # -1 = one per CPU (at most 4; none on one CPU), 0 = in the crawling process itself.
    extract_workers: int = -1
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    summary: SummaryConfig = field(default_factory=SummaryConfig)
    feed: FeedConfig = field(default_factory=FeedConfig)
    themes: tuple[ThemeConfig, ...] = ()


@dataclass(frozen=True)
class StoryConfig:
    id: str
    title_hint: str
    keywords: tuple[str, ...]
    output_language: str = "fr"
    description: str = ""
    sites: tuple[str, ...] = ()
    exclude_keywords: tuple[str, ...] = ()
    min_keyword_hits: int = 1
    date_from: date | None = None
    date_to: date | None = None
    entry_points: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    max_pages: int = 200
    # What the French prose names the story's protagonist (« la société » when empty).
    subject: str = ""
    # Thematic sections, in order; a story file that gives none gets the config's (if any).
    themes: tuple[ThemeConfig, ...] = ()
    # Names to keep as the story writes them: source form -> French form (华为 -> Huawei).
    glossary: Mapping[str, str] = field(default_factory=dict, hash=False)
    # The story's own phrasing of measures, before the shipped configs/phrasing.fr.toml.
    phrase: tuple[PhraseConfig, ...] = ()


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """Check and convert one TOML value against a dataclass field's type hint."""
    text = str(hint)
    if is_dataclass(hint) and isinstance(hint, type):
        if not isinstance(value, dict):
            raise ConfigError(where, f"expected a table, got {type(value).__name__}")
        return build(hint, value, where)
    for table in (ThemeConfig, PhraseConfig):
        if text.startswith(f"tuple[pipeline.config.{table.__name__}"):
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise ConfigError(where, "expected an array of tables")
            return tuple(build(table, v, f"{where}[{i}]") for i, v in enumerate(value))
    if text.startswith("tuple[str"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(where, "expected an array of strings")
        return tuple(value)
    if text.startswith(("typing.Mapping[str, tuple[str", "collections.abc.Mapping[str, tuple[str")):
        if not isinstance(value, dict):
            raise ConfigError(where, "expected a table of arrays of strings")
        return {k: _coerce(v, tuple[str, ...], f"{where}.{k}") for k, v in value.items()}
    if text.startswith(("typing.Mapping[str, str]", "collections.abc.Mapping[str, str]")):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ConfigError(where, "expected a table of strings")
        if any(not k.strip() or not v.strip() for k, v in value.items()):
            raise ConfigError(where, "an empty name or value (every entry maps a text to one)")
        return dict(value)
    if "datetime.date" in text:
        if isinstance(value, datetime):  # a TOML date-time is a date too (a subclass)
            raise ConfigError(where, f"expected a date YYYY-MM-DD, got a date and time {value}")
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(where, f"expected a date YYYY-MM-DD, got {value!r}") from None
    for typ in (bool, int, float, str):
        if hint is typ:
            if typ is float and isinstance(value, int) and not isinstance(value, bool):
                return float(value)
            if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
                raise ConfigError(where, f"expected {typ.__name__}, got {value!r}")
            return value
    return value


def build(cls: type[T], data: Mapping[str, Any], where: str, base: T | None = None) -> T:
    """Build dataclass `cls` from a TOML table; unknown keys are errors."""
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(
            where, f"unknown key(s): {', '.join(unknown)}; allowed: {', '.join(sorted(names))}"
        )
    required = [
        f.name
        for f in fields(cls)  # type: ignore[arg-type]
        if f.default is MISSING and f.default_factory is MISSING and f.name not in data
    ]
    if base is None and required:
        raise ConfigError(where, f"missing required key(s): {', '.join(required)}")
    values: dict[str, Any] = {}
    for name, value in data.items():
        inner_base = getattr(base, name, None) if base is not None else None
        if is_dataclass(hints[name]) and inner_base is not None and isinstance(value, dict):
            values[name] = build(hints[name], value, f"{where}.{name}", inner_base)
        else:
            values[name] = _coerce(value, hints[name], f"{where}: {name}")
    try:
        return replace(base, **values) if base is not None else cls(**values)  # type: ignore[type-var]
    except TypeError as exc:
        raise ConfigError(where, f"missing required key: {exc}") from None


TOML_LIMIT = 1 << 20  # bytes of a config or story read from a FIFO or a device


def read_toml(path: Path | str) -> dict[str, Any]:
    """Read a TOML file; a missing or malformed file is a ConfigError naming it."""
    p = Path(path)
    try:
        return tomllib.loads(read_bounded(p, TOML_LIMIT).decode("utf-8"))
    except TooLarge as exc:
        raise ConfigError(str(p), f"{exc}: not a TOML file") from None
    except FileNotFoundError:
        raise ConfigError(str(p), "file not found") from None
    except IsADirectoryError:
        raise ConfigError(str(p), "is a directory, expected a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(p), f"invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(str(p), f"invalid TOML: {TOO_DEEP}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(str(p), f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(str(p), f"cannot read: {exc.strerror or exc}") from None


def shipped_config(name: str) -> Path:
    """Path of a config shipped with the package (`configs/` in a checkout)."""
    return Path(str(resources.files("newsbrief_configs").joinpath(name)))


def load_pipeline_config(overlay: Path | str | None = None) -> PipelineConfig:
    """Defaults, then the shipped default.toml, then an optional user overlay."""
    cfg = build(PipelineConfig, read_toml(shipped_config("default.toml")), "default.toml")
    check_pipeline_values(cfg, "default.toml")
    if overlay is not None:
        cfg = build(PipelineConfig, read_toml(overlay), str(overlay), base=cfg)
        check_pipeline_values(cfg, str(overlay))
    return cfg


def load_story(path: Path | str, known_sites: Collection[str] | None = None) -> StoryConfig:
    """Load a story file, or a shipped story by id (a file of configs/stories/).

    Values are range-checked (`check_story_values`); with `known_sites`, a site in `sites` or
    `entry_points` that is not among them is a ConfigError naming the file and the key.
    """
    p = Path(path)
    if not p.exists() and p.suffix == "" and os.sep not in str(path):
        shipped = shipped_config(f"stories/{path}.toml")
        if shipped.exists():
            p = shipped
        else:
            raise ConfigError(
                str(path), "unknown story: no such file and no shipped story of that id"
            )
    data = read_toml(p)
    story = build(StoryConfig, data, str(p))
    if not story.keywords:
        raise ConfigError(str(p), "keywords: at least one keyword is required")
    if story.date_from and story.date_to and story.date_from > story.date_to:
        raise ConfigError(str(p), f"date_from {story.date_from} is after date_to {story.date_to}")
    if story.output_language != "fr":
        raise ConfigError(
            str(p), f"output_language: only 'fr' is supported, got {story.output_language!r}"
        )
    if known_sites is not None:
        check_sites(story, known_sites, str(p))
    check_story_values(story, str(p))
    return story


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


def default_db_path() -> Path:
    """The default store: $NEWSBRIEF_DB, else $XDG_DATA_HOME/newsbrief/newsbrief.sqlite3."""
    env = os.environ.get("NEWSBRIEF_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "newsbrief" / "newsbrief.sqlite3"


def default_cache_dir() -> Path | None:
    """Where tables derived from installed packages are kept between runs
    (pipeline.text.tablecache): $NEWSBRIEF_CACHE_DIR (set empty: no cache, None), else
    $XDG_CACHE_HOME/newsbrief, else ~/.cache/newsbrief."""
    env = os.environ.get("NEWSBRIEF_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = os.path.join(Path.home(), ".cache")
        except RuntimeError:  # no home directory to be found: no cache
            return None
    return Path(base) / "newsbrief"


# ---------------------------------------------------------------- range checks
# Types are checked by `build`; these check values, so a story file or an overlay from
# someone else cannot point output paths outside their root or disable a safety cap.

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
    check_themes(story.themes, where)
    if story.min_keyword_hits < 0:
        hits = story.min_keyword_hits
        raise ConfigError(f"{where}: min_keyword_hits", f"must be >= 0, got {hits}")
    for site, urls in story.entry_points.items():
        if site not in story.sites:
            raise ConfigError(
                f"{where}: entry_points.{site}", f"{site!r} is not one of the story's sites"
            )
        for url in urls:
            problem = web_url_problem(url)
            if problem is not None:
                raise ConfigError(f"{where}: entry_points.{site}", f"{problem}: {shown_url(url)}")


def check_themes(themes: Sequence[ThemeConfig], where: str) -> None:
    """A theme (a story's, or a config's for stories without any) must have a heading."""
    for i, theme in enumerate(themes):
        if not theme.heading.strip():
            raise ConfigError(f"{where}: themes[{i}]: heading", "an empty heading titles nothing")


_MAX_SETTING = 2**53  # past this a float no longer counts every integer


def check_pipeline_values(cfg: PipelineConfig, where: str) -> None:
    """Range checks of a pipeline config; a ConfigError names the file and the key."""
    positive: dict[str, float] = {
        "crawl.concurrent_per_domain": cfg.crawl.concurrent_per_domain,
        "crawl.timeout": cfg.crawl.timeout,
        "crawl.max_body_bytes": cfg.crawl.max_body_bytes,  # 0 would disable Scrapy's cap
        "crawl.max_pages": cfg.crawl.max_pages,
        "max_page_bytes": cfg.max_page_bytes,
        "max_text_chars": cfg.max_text_chars,
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
    agent = cfg.crawl.user_agent
    if not agent.strip() or not agent.isprintable():
        raise ConfigError(
            f"{where}: crawl.user_agent",
            f"must name the crawler on one line (a site reads it), got {agent!r}",
        )
    if cfg.summary.backend not in SUMMARY_BACKENDS:
        raise ConfigError(
            f"{where}: summary.backend",
            f"expected one of {', '.join(SUMMARY_BACKENDS)}, got {cfg.summary.backend!r}",
        )
