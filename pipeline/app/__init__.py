"""App: the one layer that wires the crawl (spiders/, Scrapy) to the pipeline.

Per-page processing, story selection, the brief and the run's output files (`steps`); story
runs with their lock (`story`), what their crawl met entered in the counts
(`crawl_accounting`), their output folder, `latest` link and feed (`story_files`) and their
exit code, run.json and summary (`story_report`); the streaming commands, one-off crawls and
archive processing (`stream`; the outage rule both share: `outage`), with pages made into
articles beside the crawl (`pagework`; one worker process and its pipes: `worker_pipes`); the
other one-off commands: brief from a file, fact check, models (`commands`); the `newsbrief`
CLI (`cli`: its parser in `cli_parser`, each command's handler in `cli_handlers`, its log
lines in `cli_logging`), the extraction evaluation (`evaluate`: its metrics in
`eval_metrics`, one page read and scored in `eval_pages`, leave-one-source-out fitting in
`eval_fit`) and progress bars (`progress`).
Scrapy is imported only inside the jobs that fetch. Scripts use `pipeline.api`, which wraps
these with plain arguments.

The package re-exports the crawl's entry points, loaded when first read: importing any of its
modules (the CLI, which the extraction worker processes import too when they start) runs
this file first, and the CLI must start without the extractor (a crawl starts the workers'
forkserver before it loads it, see `forkserver`), the brief, the figures or the summarizers.
Story runs and briefs are imported from their modules (`from pipeline.app.story import
run_story`). The CLI's `main` is not re-exported either: `python -m pipeline.app.cli` runs
that module as __main__, and importing it from here first would load it twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazyexports import lazy_exports

if TYPE_CHECKING:
    from pipeline.app.pagework import PagePipeline
    from pipeline.app.stream import ArticleSink, crawl_urls, process_archive

__all__ = ["ArticleSink", "PagePipeline", "crawl_urls", "process_archive"]

_FROM = {
    "ArticleSink": "pipeline.app.stream",
    "PagePipeline": "pipeline.app.pagework",
    "crawl_urls": "pipeline.app.stream",
    "process_archive": "pipeline.app.stream",
}


__getattr__ = lazy_exports(__name__, _FROM)
