"""What the crawling process loads: the crawl (Scrapy, the spiders, the store) and the block
check, not the extractor's parser, metadata reader, language detection or numpy, which only
the extraction workers (and their forkserver) use. Each of those is a fifth of a second of
CPU at start on the core the crawl is bound by."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_PROBE = """
import sys
import pipeline.app.cli, pipeline.app.stream, spiders.run, spiders.crawl_process
heavy = ("numpy", "pipeline.extract", "pipeline.maintext", "pipeline.web.html",
         "pipeline.web.metadata", "pipeline.text.language", "pipeline.text.normalize",
         "pipeline.text.scripts")
print(sorted(m for m in heavy if m in sys.modules))
"""


def test_the_crawl_modules_leave_the_extractor_unloaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_the_package_names_still_resolve_when_first_asked_for() -> None:
    import pipeline.text
    import pipeline.web
    from pipeline.sites import _common
    from pipeline.text import dates, language
    from pipeline.web import html, metadata

    assert pipeline.web.PageView is metadata.PageView
    assert pipeline.web.parse_document is html.parse_document
    assert pipeline.text.detect_language is language.detect_language
    assert pipeline.text.SHANGHAI is dates.SHANGHAI is _common.SHANGHAI
    assert _common.parse_datetime is dates.parse_datetime
    assert _common.parse_html is html.parse_document
    for module in (pipeline.web, pipeline.text, _common):
        with pytest.raises(AttributeError):
            _ = getattr(module, "no_such_name")  # noqa: B009
