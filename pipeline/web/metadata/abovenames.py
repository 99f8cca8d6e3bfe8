"""Two places a writer is named outside byline markup, read with the names printed bare
where nothing else names anyone:

- the dated line set right above the headline: a small line of the story's fields that a
  template prints over the <h1>, the date (and time) first and the name last ("04.02.2022 |
  13:10 Uhr | Jane Doe", "12 March 2025 - Jane Doe"), or the name first and the date after
  it ("Jane Doe | 12 March 2025"). The line must print a date (a kicker "Politics | Europe"
  names no one) and be the whole text of the element right before the headline (or before
  its wrapper);
- on a page whose headline is not found (its title set in an <h2> or an <h6>, the <title>
  naming something else), a "By ..." line that is the whole text of one of the two elements
  right after a heading: "<h2>Title</h2><h4>Deck</h4><p>von <em>Jane Doe</em></p>",
  "<h6>Title</h6><h5>Von Jane Doe</h5>"; full names of a person's shape only.
"""

from __future__ import annotations

from itertools import islice

from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.bylinelines import _name_shaped
from pipeline.web.metadata.headline import _NOT_BYLINE, _in_page_header, _Near
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.signatures import (
    _BARE_LINES,
    _BARE_WINDOW,
    _bare_authors,
    _fielded_name,
    _name_after_date,
    _signature,
)
from pipeline.web.metadata.visible import _ancestry_says, _one_line
from pipeline.web.metadata.vocabulary import _BYLINE_LINE

_MAX_ABOVE_LINE = 100  # characters of the line of fields above the headline
_FIELD_MARKS = "|-•·–—"  # the marks between the line's fields (`signatures._DATE_FIELD_END`)
_ABOVE_LEVELS = 2  # the headline, then its wrapper: whose element right before is read


def dated_line_above(near: _Near, keys: frozenset[str]) -> list[str]:
    """The names of the dated line right above the headline (see the module), else []."""
    node: HtmlElement | None = near.h1
    before: HtmlElement | None = None
    for _ in range(_ABOVE_LEVELS):
        if node is None:
            return []
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # (a comment between them)
        if before is not None:
            break
        node = node.getparent()
    if before is None or not isinstance(before.tag, str):
        return []
    text = text_of(before)
    if not text or len(text) > 2 * _MAX_ABOVE_LINE:
        return []
    line = _one_line(text)
    if len(line) > _MAX_ABOVE_LINE or not any(mark in line for mark in _FIELD_MARKS):
        return []
    names = _name_after_date(line, keys) or _fielded_name(line, keys)
    if not names or _in_page_header(before) or _ancestry_says(before, _NOT_BYLINE):
        return []
    return names


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MAX_HEADINGS = 30  # first headings a byline is looked for after (a menu's come first)
_AFTER_HEADING = 2  # elements after a heading (its deck, then the byline)
_MAX_HEADED_BYLINE = 60  # characters of the byline's line


def headed_byline(doc: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The full names of a "By ..." line (`_BYLINE_LINE`, the line whole) that is the text of
    one of the `_AFTER_HEADING` elements after one of the page's first headings, else []."""
    for heading in islice(doc.iter(_HEADINGS), _MAX_HEADINGS):
        if _in_page_header(heading):
            continue
        after = (el for el in heading.itersiblings() if isinstance(el.tag, str))
        for el in islice(after, _AFTER_HEADING):
            line = _one_line(text_of(el)[: 2 * _MAX_HEADED_BYLINE])
            match = _BYLINE_LINE.match(line) if 0 < len(line) <= _MAX_HEADED_BYLINE else None
            if match is None or match.end() != len(line) or _ancestry_says(el, _NOT_BYLINE):
                continue
            names = split_authors(match.group(1), keys)
            if names and all(_name_shaped(n) and (" " in n or has_han(n)) for n in names):
                return names
    return []


def bare_names(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    """The people a page names bare: in the dated line above the headline, else beside the
    date under it or in a signature closing the article (`signatures._bare_authors`); on a
    page without a headline, a "By ..." line after a heading first."""
    if near.h1 is None:
        return headed_byline(doc, keys) or _bare_authors(doc, keys, near)
    if _label_alone(near.window(_BARE_WINDOW).split("\n")[:_BARE_LINES]):
        # « Article rédigé par / franceinfo avec AFP / France Télévisions »: the byline's
        # label credits a desk (the byline markup read no person in it); the broadcaster's
        # name after it, beside the date, is no writer's
        return dated_line_above(near, keys) or _signature(doc, keys)
    return dated_line_above(near, keys) or _bare_authors(doc, keys, near)


def _label_alone(lines: list[str]) -> bool:
    """True when one of `lines` is a byline's label alone ("Article rédigé par", "By"), its
    names on the next line."""
    for i, line in enumerate(lines[:-1]):
        if len(line) > _MAX_LABEL or not line:
            continue
        match = _BYLINE_LINE.match(f"{line}\n{lines[i + 1]}")
        if match is not None and match.start(1) > len(line):
            return True
    return False


_MAX_LABEL = 30  # characters of a byline's label alone on its line
