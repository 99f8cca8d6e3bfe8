"""Figures inside the article that are not its text: a table of statistics, results or
prices, and the text layer of a chart drawn in HTML.

Read as lines, a table's cells are numbers without their labels ("3,890", "1,924", "NA"); no
corpus gold keeps such a table (extraction golds leave tables out, as trafilatura does by
default). A table is one of figures when at least `_MIN_CELLS` of its cells hold text and
more than half of those are numbers (digits with separators, signs, units, "NA"). A table
laying out the text itself (a layout table, a glossary, a timeline of years and events, a
list of specifications, one label to one figure) holds words in half of its cells or more.

A chart drawn in HTML (an ai2html artboard, a hand-made infographic) places each of its
texts over the picture by percentages of its size; read as lines they are axis values and
legends without the picture ("$915", "'22", "PROJECTED").
"""

from __future__ import annotations

import re

from lxml import etree

_MIN_CELLS = 12
# Digits with separators, signs and units, at least one digit; or a "not available" mark. The
# digit is asked by a lookahead, not as "[...]*\d[...]*" (where the class holds \d too: a cell of
# 100,000 digits and spaces ending in a letter backtracked over every split, nine seconds).
_FIGURE = re.compile(r"^(?=\D*\d)[\s\d.,:;/%+\-–—()$€£¥*#]*+$|^(?:NA|N/A|n/a|-|–|—)$")


def is_figure_table(el: etree._Element) -> bool:
    """`el` (a <table>) holds figures in more than half of its non-empty cells."""
    cells = 0
    figures = 0
    for cell in el.iter("td", "th"):
        text = "".join(str(t) for t in cell.itertext()).strip()
        if text:
            cells += 1
            figures += _FIGURE.match(text) is not None
    return cells >= _MIN_CELLS and 2 * figures > cells


# A label placed on a chart by percentages of its width and height (the inline style an
# ai2html artboard or a hand-made infographic gives each text: "top:34.8%;left:5.4%").
# Two searches, the second from the end of the first: one pattern ("top ... .* left ...")
# backtracks over the rest of the style at each "top", seconds on a style of 50 KB.
_PLACED_TOP = re.compile(r"\btop\s*:\s*-?[\d.]+%", re.I)
_PLACED_SIDE = re.compile(r"\b(?:left|right)\s*:\s*-?[\d.]+%", re.I)
MIN_LABELS = 3


def is_chart_labels(el: etree._Element) -> bool:
    """`el` holds the text layer of a chart drawn in HTML: `MIN_LABELS` children or more,
    most of them placed by percentages (axis values, legends and notes without their
    picture, "$915", "'22", "PROJECTED")."""
    if len(el) < MIN_LABELS:
        return False
    placed = 0
    for child in el:
        style = child.get("style") if isinstance(child.tag, str) else None
        if style and "%" in style and _placed(style):
            placed += 1
    return placed >= MIN_LABELS and 2 * placed > len(el)


def _placed(style: str) -> bool:
    """`style` places its element by percentages: a top, then a left or a right."""
    top = _PLACED_TOP.search(style)
    return top is not None and _PLACED_SIDE.search(style, top.end()) is not None
