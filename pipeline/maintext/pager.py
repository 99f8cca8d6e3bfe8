"""A slideshow's pager printed as lines of the text (`without_pager`), its slides' counters
("3 of 23", each slide's own line) and the gallery's title printed over each slide, taken
out: read by `pipeline.maintext.paragraphs` on the lines it emits."""

from __future__ import annotations

import re

# A slideshow's pager printed as lines: "<<", "<", "8", "11", "13", ">", ">>": page numbers
# and arrows, each a line, `_PAGER_LINES` in a row at least, one an arrow.
_PAGER_LINE = re.compile(r"^(?:\d{1,3}|[<>«»‹›←→]{1,2})$")
_PAGER_ARROW = re.compile(r"[<>«»‹›←→]")
_PAGER_LINES = 4


# A slide's counter printed as a line of its own under its caption: "3 of 23", "1 of 1". Taken
# out when the text holds `_COUNTED_SLIDES` of one total, or the counter of a single slide
# ("1 of 1": no score reads so); "3 of 8" alone may be a score. No gold on disk keeps one.
_SLIDE_COUNTER = re.compile(r"(\d{1,3}) of (\d{1,3})", re.I)
_COUNTED_SLIDES = 3

# A gallery's title printed over each of its slides, the slides' pictures and captions hidden
# ("Election night: the best photos" 80 times in a row): one line repeated `_REPEATED_TITLES`
# times or more in a row, a title's words (`_TITLE_WORDS` or more, at most `_MAX_TITLE`
# characters, no stop closing them), kept once; so is one caption under several photos of one
# work (Dragnet's golds, copied from the page, keep each copy). A chant or a refrain is a
# sentence, a drawing of box characters ("│" 27 times, a gold keeps it) no words: both stay.
_REPEATED_TITLES = 4
_TITLE_WORDS = 3
_MAX_TITLE = 120
_STOPS = (".", "!", "?", "…", "。", "！", "？")


def without_pager(lines: list[str]) -> list[str]:
    """`lines` without a run of a pager's lines (`_PAGER_LINE`) holding an arrow, nor the
    counters of a slideshow's slides (`_SLIDE_COUNTER`), nor the repeats of a gallery's title
    (`_without_slide_titles`)."""
    lines = _without_slide_titles(_without_slide_counters(lines))
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


def _without_slide_counters(lines: list[str]) -> list[str]:
    """`lines` without the lines that are a slide's counter alone: `_COUNTED_SLIDES` or more
    of one total with distinct numbers, or "1 of 1"."""
    totals: dict[str, set[str]] = {}
    for line in lines:
        if len(line) <= 9:  # (most lines are longer: no match tried)
            found = _SLIDE_COUNTER.fullmatch(line)
            if found and int(found.group(1)) <= int(found.group(2)):
                totals.setdefault(found.group(2), set()).add(found.group(1))
    if not totals:
        return lines
    dropped = {t for t, seen in totals.items() if len(seen) >= _COUNTED_SLIDES or t == "1"}
    return [
        x
        for x in lines
        if not (
            len(x) <= 9 and (found := _SLIDE_COUNTER.fullmatch(x)) and found.group(2) in dropped
        )
    ]


def _without_slide_titles(lines: list[str]) -> list[str]:
    """`lines` with each run of one title line repeated `_REPEATED_TITLES` times or more in a
    row (see above) kept once."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and lines[j] == line:
            j += 1
        if j - i >= _REPEATED_TITLES and _is_title(line):
            kept.append(line)
        else:
            kept += lines[i:j]
        i = j
    return kept


def _is_title(line: str) -> bool:
    return (
        len(line) <= _MAX_TITLE
        and len(line.split()) >= _TITLE_WORDS
        and not line.rstrip("\"'”’»)").endswith(_STOPS)
    )
