"""TOML configuration: layered, validated, frozen (STYLE.md section 5).

Layers: dataclass defaults < `configs/default.toml` (shipped) < a user overlay < CLI flags.
Unknown keys and wrong types are `ConfigError`s naming the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from pipeline.errors import ConfigError

T = TypeVar("T")


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
    backend: str = "auto"  # auto | llm | seq2seq | extractive
    max_sentences: int = 12
    sentences_per_section: int = 3


@dataclass(frozen=True)
class ThemeConfig:
    heading: str
    keywords: tuple[str, ...]


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


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """Check and convert one TOML value against a dataclass field's type hint."""
    text = str(hint)
    if is_dataclass(hint) and isinstance(hint, type):
        if not isinstance(value, dict):
            raise ConfigError(where, f"expected a table, got {type(value).__name__}")
        return build(hint, value, where)
    if text.startswith("tuple[pipeline.config.ThemeConfig"):
        if not isinstance(value, list):
            raise ConfigError(where, "expected an array of tables")
        return tuple(build(ThemeConfig, v, f"{where}[{i}]") for i, v in enumerate(value))
    if text.startswith("tuple[str"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(where, "expected an array of strings")
        return tuple(value)
    if text.startswith("typing.Mapping[str, tuple[str"):
        if not isinstance(value, dict):
            raise ConfigError(where, "expected a table of arrays of strings")
        return {k: _coerce(v, tuple[str, ...], f"{where}.{k}") for k, v in value.items()}
    if "datetime.date" in text:
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


def read_toml(path: Path | str) -> dict[str, Any]:
    """Read a TOML file; a missing or malformed file is a ConfigError naming it."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(str(p), "file not found") from None
    except IsADirectoryError:
        raise ConfigError(str(p), "is a directory, expected a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(p), f"invalid TOML: {exc}") from None


def shipped_config(name: str) -> Path:
    """Path of a config shipped with the package (`configs/` in a checkout)."""
    return Path(str(resources.files("newsbrief_configs").joinpath(name)))


def load_pipeline_config(overlay: Path | str | None = None) -> PipelineConfig:
    """Defaults, then the shipped default.toml, then an optional user overlay."""
    cfg = build(PipelineConfig, read_toml(shipped_config("default.toml")), "default.toml")
    if overlay is not None:
        cfg = build(PipelineConfig, read_toml(overlay), str(overlay), base=cfg)
    return cfg


def load_story(path: Path | str) -> StoryConfig:
    """Load a story file, or a shipped story by id (e.g. `zhipu-ipo`)."""
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
    return story


def default_db_path() -> Path:
    """The default store: $NEWSBRIEF_DB, else $XDG_DATA_HOME/newsbrief/newsbrief.sqlite3."""
    env = os.environ.get("NEWSBRIEF_DB")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "newsbrief" / "newsbrief.sqlite3"
