"""App: the one layer that wires the crawl (spiders/, Scrapy) to the pipeline.

Per-page processing, story selection, the brief and the run's output files (`steps`); story
runs with their lock, report and `latest` link (`story`); the one-off commands: crawl, process
an archive, brief from a file, fact check, models (`commands`); the `newsbrief` CLI (`cli`),
the extraction evaluation (`evaluate`) and progress bars (`progress`). Scrapy is imported only
inside the jobs that fetch. Scripts use `pipeline.api`, which wraps these with plain
arguments.

The CLI's `main` is not re-exported: `python -m pipeline.app.cli` runs that module as
__main__, and importing it from here first would load it twice.
"""

from __future__ import annotations

from pipeline.app.steps import (
    BriefResult,
    PageStorer,
    ProcessOutcome,
    make_brief,
    process_pages,
    select_story,
)
from pipeline.app.story import demo_replay_path, run_story

__all__ = [
    "BriefResult",
    "ProcessOutcome",
    "demo_replay_path",
    "make_brief",
    "PageStorer",
    "process_pages",
    "run_story",
    "select_story",
]
