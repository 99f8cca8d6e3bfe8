"""Brief: the French brief, composed from a summarizer's Draft and written out.

Compose the Brief (title, chapeau, thematic sections, « Chiffres clés », « Sources », FAQ,
footer) and render it as Markdown (`compose`), as brief.json with the provenance of every
passage and figure (`jsondoc`), as a standalone HTML page (`htmlpage`) and as the story's Atom
feed (`feed`); check its text (French prose, no source text passed off as French, every source
listed: `quality`).
"""

from __future__ import annotations

from pipeline.brief.compose import compose_brief, render_markdown
from pipeline.brief.feed import update_feed
from pipeline.brief.htmlpage import render_html
from pipeline.brief.jsondoc import brief_to_json
from pipeline.brief.quality import QualityIssue, check_generated

__all__ = [
    "QualityIssue",
    "brief_to_json",
    "check_generated",
    "compose_brief",
    "render_html",
    "render_markdown",
    "update_feed",
]
