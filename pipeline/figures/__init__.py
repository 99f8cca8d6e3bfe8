"""Figures: the numbers of a story, read from the sources and checked in the brief.

Find figures (numbers with a unit or magnitude) in Chinese, French and English text (`parse`),
say in French what each measures (`labels`), render them the French way (« 4,3 milliards de
dollars de Hong Kong », « 6,6 % »: `french`), decide when two figures say the same (`match`),
shape the « Chiffres clés » table (`table`), and check every figure of a brief against the
sources (`check`): a figure without support is marked, never silently kept.

`labels` reads the measures of `measures` (their marker words in `measurewords`), how near a
word stands in `keywordscan`, and the year of a periodic figure in `periods`.
"""

from __future__ import annotations

from pipeline.figures.check import (
    FigureCheck,
    annotate_markdown,
    article_figures,
    brief_figures,
    check_brief,
    check_figure,
    extract_figures,
    key_figures,
)
from pipeline.figures.french import format_number, render_fr
from pipeline.figures.labels import label_for
from pipeline.figures.match import figures_match
from pipeline.figures.table import table_lines, table_rows

__all__ = [
    "FigureCheck",
    "annotate_markdown",
    "article_figures",
    "brief_figures",
    "check_brief",
    "check_figure",
    "extract_figures",
    "figures_match",
    "format_number",
    "key_figures",
    "label_for",
    "render_fr",
    "table_lines",
    "table_rows",
]
