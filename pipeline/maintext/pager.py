"""A slideshow's pager printed as lines of the text (`without_pager`), taken out: read by
`pipeline.maintext.paragraphs` on the lines it emits."""

from __future__ import annotations

import re

# A slideshow's pager printed as lines: "<<", "<", "8", "11", "13", ">", ">>": page numbers
# and arrows, each a line, `_PAGER_LINES` in a row at least, one an arrow.
_PAGER_LINE = re.compile(r"^(?:\d{1,3}|[<>«»‹›←→]{1,2})$")
_PAGER_ARROW = re.compile(r"[<>«»‹›←→]")
_PAGER_LINES = 4


def without_pager(lines: list[str]) -> list[str]:
    """`lines` without a run of a pager's lines (`_PAGER_LINE`) holding an arrow."""
    if len(lines) < _PAGER_LINES:
        return lines
    kept: list[str] = []
    run: list[str] = []
    for line in lines:
        if len(line) <= 3 and _PAGER_LINE.match(line):
            run.append(line)
            continue
        kept += _pager_kept(run)
        run = []
        kept.append(line)
    return kept + _pager_kept(run)


def _pager_kept(run: list[str]) -> list[str]:
    """A run of short number and arrow lines: none when it is a pager, else all of it."""
    if len(run) >= _PAGER_LINES and any(_PAGER_ARROW.match(x) for x in run):
        return []
    return run
