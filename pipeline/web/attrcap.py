"""Start tags of thousands of attributes cut to their first `MAX_ATTRIBUTES` before parsing.

libxml2's HTML parser checks each attribute of a start tag against every one before it (a
duplicate is dropped): a tag of 20,000 attributes took 0.9 s to parse, 50,000 over 5 s, and
the per-page path parses a page more than once. The most attributes one element of 1,643 real
pages holds is 78. A tag long enough to hold a few hundred attributes spans a window of
`_WINDOW` characters holding no ">" or no "<", or whose first ">" follows a quote opening a
value (a tag whose values hide a "<" and a ">" in every window), which a few searches per
window find at C speed; only such a window's tag is read attribute by attribute. The names of
the long tags read are counted over the page (`PAGE_NAMES`): thousands of tags each under the
one-tag cap cost libxml2 their checks summed (benchmarks/extraction/hostile_shapes.py).
Tags under `_WINDOW` characters are counted on long pages only (`_page_budget`): a page of
`_LONG_PAGE` characters or fewer holds at most half as many attributes (250,000 in tags of
500 one-character names: 0.25 s through `process`); a longer one is read tag by tag at C
speed, and past its first `PAGE_ATTRIBUTES` attributes in tags of `PAGE_FEW` or more, each
such tag keeps its first `PAGE_FEW` (5,000 tags of 340 one-character names, 6.8 MB: 1.4 s
through `process` before). A long tag's class and id values keep their first
`MAX_NAME_VALUE` characters.
"""

from __future__ import annotations

import re

__all__ = ["MAX_ATTRIBUTES", "capped_attributes"]

MAX_ATTRIBUTES = 256  # names of one start tag: the rest are dropped (a real page's most: 78)
MAX_REPEATS = 10_000  # attributes of one start tag, a name repeated or not (each checked
# against the names before it: a million repeats of the 256th name cost 256 million checks)
_WINDOW = 1024  # characters: a start tag this long may hold more than MAX_ATTRIBUTES
_TAG_NAME = re.compile(r"<[A-Za-z][^\s/>]*")
_TAG_START = re.compile(r"<[A-Za-z]")
# One attribute as libxml2 reads it: blanks (and stray slashes) before a name, then an
# optional value, quoted or not.
_ATTRIBUTE = re.compile(r"""[\s/]*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_NAMELESS = _ATTRIBUTE.pattern.replace("(", "(?:", 1)  # (no group)
_ATTRIBUTES = re.compile(f"(?:{_NAMELESS})*")
# Names of a page's long tags read in full (each then checked by libxml2 against up to
# MAX_ATTRIBUTES before it): past them, each long tag keeps its first FEW attributes. 6,100
# tags of 250 names each (7 MB) took 1.2 s through `process` under the per-tag cap.
PAGE_NAMES = 20_000
FEW = 32
_FIRST_FEW = re.compile(f"(?:{_NAMELESS}){{{FEW}}}")
_OPENS = frozenset("= \t\n\r\f")  # what an attribute value's opening quote follows
# Characters of a class or id value kept (the longest of 8,303 real pages on disk: 4,522): the
# names are searched by many patterns, a megabyte of class words took 0.9 s through `process`.
# Only a long tag's are read (a value of 2 * _WINDOW characters or more always spans a window).
MAX_NAME_VALUE = 8_192
_LONG_NAME_VALUE = re.compile(
    r"[cCiI](?:[lL][aA][sS][sS]|[dD])\s*=\s*"
    rf"""(?:(")[^"]{{{MAX_NAME_VALUE}}}|(')[^']{{{MAX_NAME_VALUE}}}|[^\s>"']{{{MAX_NAME_VALUE}}})"""
)
_BEFORE_NAME = frozenset(" \t\n\r\f/\"'")
_UNQUOTED = re.compile(r"[^\s>]*")
# Tags of PAGE_FEW attributes or more, counted on pages over _LONG_PAGE characters: past
# PAGE_ATTRIBUTES in them (the most counted on 8,303 real pages on disk, tags of a script's
# "a<b c d ..." among them: 4,326), each keeps its first PAGE_FEW.
PAGE_FEW = 16
PAGE_ATTRIBUTES = 50_000
_LONG_PAGE = 500_000  # characters (2.7% of real pages are longer)
_ONE = f"(?>{_NAMELESS})"  # (atomic: a name is never split into two to make up a count)
_OPEN = r"<[A-Za-z][^\s/>]*+"
# Text and tags of fewer than PAGE_FEW attributes, read once from left to right (every
# quantifier possessive: no character is read again on a failure, linear in the page).
_LIGHT = re.compile(f"(?:[^<]++|<(?![A-Za-z])|{_OPEN}{_ONE}{{0,{PAGE_FEW - 1}}}+(?!{_ONE}))*+")
_HEAVY = re.compile(f"{_OPEN}{_ONE}{{{PAGE_FEW}}}")


def capped_attributes(html: str) -> str | None:
    """`html` with every start tag of more than `MAX_ATTRIBUTES` attribute names (or
    `MAX_REPEATS` attributes) cut before the first name past them (`_cut`), and every long tag
    after the page's first `PAGE_NAMES` names of long tags cut to `FEW`, and on a long page the
    short tags past its budget (`_page_budget`); None when no tag is cut (every page but a
    hostile one: then the work is a `str.find` of ">" and of "<" per `_WINDOW` characters, a
    look at the quote before the first ">", and a page over `_LONG_PAGE` read once)."""
    parts: list[str] = []
    done = 0  # html[:done] is in parts
    pos, size, budget, outside = 0, len(html), PAGE_NAMES, 0
    single = html.find("'")  # the first "'" at or after a place <= outside (-1: none)
    while pos + _WINDOW <= size:
        stop = pos + _WINDOW
        gt = html.find(">", pos, stop)
        if gt == -1 or html.find("<", pos, stop) == -1:
            start = html.rfind("<", done, stop)
        elif not _quoted(html, outside, gt, single) or not _quoted(
            html, outside, gt := html.rfind(">", gt, stop), single
        ):  # (the window's first ">" or its last is not in a value)
            pos, outside = stop, gt  # (after an unquoted ">": no tag spans the window)
            if single != -1 and single < gt:
                single = html.find("'", gt)
            continue
        else:  # the ">" may be in a value: the tag spanning the window read from outside it
            start, outside = _spanning(html, outside, pos)
            if start == -1:
                pos = stop
                continue
        keep, end, read = _cut(html, start, budget) if start != -1 else (stop, stop, 0)
        budget -= read
        for drop, upto in _long_names(html, start, keep) if start != -1 else ():
            parts.append(html[done:drop])  # (a class or id value of a long tag, shortened)
            done = upto
        if keep < end:
            parts.append(html[done:keep])
            done = pos = outside = end
            continue
        # a long text, script or value, or a tag under the caps: on to the next tag
        following = html.find("<", max(stop, end))
        pos = outside = following if following != -1 else size
    capped = None
    if parts:
        parts.append(html[done:])
        capped = html = "".join(parts)
    budgeted = _page_budget(html)  # then short tags, on a long page
    return budgeted if budgeted is not None else capped


def _page_budget(html: str) -> str | None:
    """`html` with every tag of `PAGE_FEW` attributes or more found after the page's first
    `PAGE_ATTRIBUTES` attributes in such tags cut to its first `PAGE_FEW`; None when none is
    (every page of `_LONG_PAGE` characters or fewer is not read). Text and lighter tags are
    skipped by one linear match (`_LIGHT`), the heavy tags read one by one."""
    size = len(html)
    if size <= _LONG_PAGE:
        return None
    parts: list[str] = []
    done, pos, budget = 0, 0, PAGE_ATTRIBUTES
    while (light := _LIGHT.match(html, pos)) is not None and (pos := light.end()) < size:
        heavy = _HEAVY.match(html, pos)
        assert heavy is not None  # (what _LIGHT stops at: a tag of PAGE_FEW or more)
        end = _ATTRIBUTES.match(html, heavy.end())
        assert end is not None  # (it matches the empty string)
        if budget > 0:
            budget -= PAGE_FEW + len(_ATTRIBUTE.findall(html, heavy.end(), end.end()))
        elif end.end() > heavy.end():
            parts.append(html[done : heavy.end()])
            done = end.end()
        pos = end.end()
    if not parts:
        return None
    parts.append(html[done:])
    return "".join(parts)


def _long_names(html: str, start: int, keep: int) -> list[tuple[int, int]]:
    """The spans to drop of the tag at `start` (its attributes kept end at `keep`): what its
    class and id values hold past their first `MAX_NAME_VALUE` characters."""
    drops: list[tuple[int, int]] = []
    for value in _LONG_NAME_VALUE.finditer(html, start, keep):
        if html[value.start() - 1] in _BEFORE_NAME:  # (a name, not the end of one: "data-id")
            quote = value.group(1) or value.group(2)
            if quote:
                upto = html.find(quote, value.end(), keep)
                upto = keep if upto == -1 else upto
            else:
                unquoted = _UNQUOTED.match(html, value.end(), keep)
                upto = unquoted.end() if unquoted is not None else keep
            if upto > value.end():
                drops.append((value.end(), upto))
    return drops


def _quoted(html: str, outside: int, gt: int, single: int) -> bool:
    """Whether the ">" at `gt` may sit in a quoted attribute value (so may not end a tag):
    the nearest '"' (or "'") after `outside` (a place outside every tag) and before it opens
    a value, as it follows "=" or a blank. A value holds no quote of its own kind, so a ">" in
    it has its opening quote nearest: tags whose values hide a ">" and a "<" in every window
    are found so. `single` is where the first "'" at or after `outside` is (-1: none; a page
    holds few, so most windows have none to look back for)."""
    at = html.rfind('"', outside, gt)
    if at > 0 and html[at - 1] in _OPENS:
        return True
    if single == -1 or single >= gt:
        return False
    at = html.rfind("'", outside, gt)
    return at > 0 and html[at - 1] in _OPENS


def _spanning(html: str, outside: int, pos: int) -> tuple[int, int]:
    """(the start of the tag spanning `pos`, or -1; where the tags read end), the tags from
    `outside` (a place outside every tag) read one by one, their quoted values skipped."""
    while (opened := _TAG_START.search(html, outside, pos)) is not None:
        name = _TAG_NAME.match(html, opened.start())
        assert name is not None  # (as _TAG_START)
        end = _ATTRIBUTES.match(html, name.end())
        assert end is not None  # (it matches the empty string)
        if end.end() >= pos:
            return opened.start(), outside
        outside = end.end()
    return -1, outside


def _cut(html: str, start: int, budget: int) -> tuple[int, int, int]:
    """(where the tag at `start` is cut, where its attributes end, the names read); uncut
    when the two are one ((start, start, 0) when no start tag opens there). Over
    `MAX_ATTRIBUTES` distinct attribute names or `MAX_REPEATS` attributes, cut before the
    first name past them: libxml2 keeps a name's first attribute, so the tag's tree is the
    whole tag's without those names (and later repeats). With the page's `budget` of names
    spent, cut after `FEW` attributes, no name read. Read at C speed."""
    name = _TAG_NAME.match(html, start)
    if name is None:
        return start, start, 0
    end = _ATTRIBUTES.match(html, name.end())
    assert end is not None  # (it matches the empty string)
    if budget <= 0:
        few = _FIRST_FEW.match(html, name.end())
        return (few.end() if few is not None else end.end()), end.end(), 0
    names = _ATTRIBUTE.findall(html, name.end(), end.end())
    if len(names) <= MAX_ATTRIBUTES:
        return end.end(), end.end(), len(names)
    lowered = " ".join(names).lower().split()  # (libxml2 reads the names lower-cased)
    if len(set(lowered)) <= MAX_ATTRIBUTES and len(names) <= MAX_REPEATS:
        return end.end(), end.end(), len(names)
    kept, seen = 0, set()
    for attribute in lowered[:MAX_REPEATS]:
        seen.add(attribute)
        if len(seen) > MAX_ATTRIBUTES:
            break
        kept += 1
    cut = re.compile(f"(?:{_NAMELESS}){{{kept}}}").match(html, name.end())
    assert cut is not None  # (the first `kept` of the attributes found)
    return cut.end(), end.end(), len(names)
