"""A table of figures inside the article: statistics, results, prices, a chart's data.

Its cells, read as lines, are numbers without their labels ("3,890", "1,924", "NA"); no
corpus gold keeps such a table (extraction golds leave tables out, as trafilatura does by
default). A table is one of figures when at least `_MIN_CELLS` of its cells hold text and at
more than half of those are numbers (digits with separators, signs, units, "NA"). A table
laying out the text itself (a layout table, a glossary, a timeline of years and events, a
list of specifications, one label to one figure) holds words in half of its cells or more.
"""

from __future__ import annotations

import re

from lxml import etree

_MIN_CELLS = 12
_FIGURE = re.compile(
    r"^[\s\d.,:;/%+\-–—()$€£¥*#]*\d[\s\d.,:;/%+\-–—()$€£¥*#]*$|^(?:NA|N/A|n/a|-|–|—)$"
)


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
