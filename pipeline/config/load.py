"""The pipeline config and story files loaded: layers laid over each other, then checked."""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from pipeline.config.checks import check_pipeline_values, check_sites, check_story_values
from pipeline.config.reading import build, read_toml, shipped_config
from pipeline.config.types import PipelineConfig, StoryConfig
from pipeline.errors import ConfigError


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
