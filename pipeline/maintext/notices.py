"""Government notices (政府信息公开 pages): the notice's header table is part of the document.

Portals print a table of the notice's metadata (索引号, 发文机关, 成文日期, 发文字号 ...) above
the body, in a block of its own outside the body's container. It is found by its labels among
the blocks before the body and emitted one table row per line.
"""

from __future__ import annotations

import re

from pipeline.maintext.cleanline import clean_line
from pipeline.web.html import HtmlElement, Stats, text_of

_LABELS = re.compile(
    r"索\s*引\s*号|发文机关|发布机构|成文日期|发文字号|文\s*号|主题分类|主\s*题\s*词|"
    r"发布日期|生成日期|公开方式|公开范围|有\s*效\s*性"
)
_MIN_LABELS = 3  # distinct labels: one "发布日期" is a byline, three make a notice header
_LEVELS = 6  # ancestors of the body's first block whose earlier children are searched
_MAX_HEADER_CHARS = 800


def notice_header(first: HtmlElement, st: Stats) -> list[str]:
    """The rows of a notice header table printed before `first` (the body), else []."""
    node = first
    for _ in range(_LEVELS):
        for sib in node.itersiblings(preceding=True):
            if isinstance(sib.tag, str) and 0 < st.text.get(sib, 0) <= _MAX_HEADER_CHARS:
                table = _header_table(sib)
                if table is not None:
                    return _rows(table)
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return []


def _header_table(el: HtmlElement) -> HtmlElement | None:
    tables = [el] if el.tag == "table" else list(el.iter("table"))
    for table in tables:
        if len({" ".join(m.split()) for m in _LABELS.findall(text_of(table))}) >= _MIN_LABELS:
            return table
    return None


def _rows(table: HtmlElement) -> list[str]:
    lines = []
    for row in table.iter("tr"):
        cells = (clean_line(text_of(cell)) for cell in row if isinstance(cell.tag, str))
        line = " ".join(cell for cell in cells if cell)
        if line:
            lines.append(line)
    return lines
