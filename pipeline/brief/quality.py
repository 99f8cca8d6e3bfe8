"""Checks on the text of a composed brief: French prose, no source text passed off as French,
a Sources list that covers every article the brief draws on.

`check_generated` looks at the French text of a brief: the title, the chapeau, the section
headings, the passages written in French (`language == "fr"`) or by a model
(`translated=True`) and the FAQ. It never judges the extracts an untranslated brief quotes in
their source language: those are allowed, but only shown as tagged quotes under the banner.

Issue kinds:
- ``not_french``: French prose whose language is not French (each long passage on its own,
  the short ones together);
- ``untranslated``: a stretch of source-language text in French prose (a run of CJK
  characters, an English sentence) outside what may legitimately stay in its own language:
  short quoted names and titles (« … », "…", “…”, 《…》, 「…」), short parentheses holding an
  original name, and the titles and outlet names of the articles read;
- ``sources``: an article cited by a passage or a figure row missing from Sources, a source
  never cited, a source without title, outlet or URL, a ``[n]`` reference with no Sources line;
- ``banner``: untranslated extracts without the banner (or shown as plain prose, or with
  ``translated`` claimed for the brief).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from pipeline.brief.quality_banner import banner_issues
from pipeline.brief.quality_base import KINDS, QualityIssue
from pipeline.brief.quality_french import text_issues
from pipeline.brief.quality_sources import markdown_ref_issues, source_issues
from pipeline.records import Article, Brief

logger = logging.getLogger(__name__)

__all__ = ["KINDS", "QualityIssue", "check_generated"]


def check_generated(brief: Brief, markdown: str, articles: Sequence[Article]) -> list[QualityIssue]:
    """Every quality issue of a brief's text, its Markdown and its Sources (empty when clean).

    `articles` are the articles the brief was written from (reprints collapsed): their titles
    and outlet names may appear as written in the French text, and every source must be one of
    them.
    """
    issues = (
        text_issues(brief, articles)
        + source_issues(brief, articles)
        + markdown_ref_issues(brief, markdown)
        + banner_issues(brief, markdown)
    )
    for issue in issues:
        logger.warning(
            "brief quality (%s) in %s: %s — %s",
            issue.kind,
            issue.location,
            issue.message,
            issue.excerpt,
        )
    return issues
