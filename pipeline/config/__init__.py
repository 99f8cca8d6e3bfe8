"""TOML configuration: layered, validated, frozen (STYLE.md section 5).

Layers: dataclass defaults < `configs/default.toml` (shipped) < a user overlay < CLI flags.
Unknown keys and wrong types are `ConfigError`s naming the file and the key.

The modules, each importing only those above it:
  types    what a pipeline config and a story hold: the frozen dataclasses and their defaults
  reading  a TOML file read and parsed, a table built into a dataclass (types checked)
  checks   the range checks of a config and a story (values), story ids, extract_workers
  load     the pipeline config and story files loaded, layered and checked
  paths    the default store and table cache, from the environment
"""

from __future__ import annotations

from pipeline.config.checks import (
    PHRASE_PLACEHOLDERS,
    SUMMARY_BACKENDS,
    extract_workers_problem,
    story_id_problem,
    template_problem,
)
from pipeline.config.load import load_pipeline_config, load_story
from pipeline.config.paths import default_cache_dir, default_db_path
from pipeline.config.reading import build, read_toml, shipped_config
from pipeline.config.types import (
    CAPTION_POLICIES,
    CrawlConfig,
    FeedConfig,
    PhraseConfig,
    PipelineConfig,
    StoryConfig,
    SummaryConfig,
    ThemeConfig,
)

__all__ = [
    "CAPTION_POLICIES",
    "PHRASE_PLACEHOLDERS",
    "SUMMARY_BACKENDS",
    "CrawlConfig",
    "FeedConfig",
    "PhraseConfig",
    "PipelineConfig",
    "StoryConfig",
    "SummaryConfig",
    "ThemeConfig",
    "build",
    "default_cache_dir",
    "default_db_path",
    "extract_workers_problem",
    "load_pipeline_config",
    "load_story",
    "read_toml",
    "shipped_config",
    "story_id_problem",
    "template_problem",
]
