"""Printed byline lines without a "By": "de Ion Popescu" (Romanian), a name and a role
("Jan Kowalski, dziennikarz"), a name and a place ("María García | Madrid"), a labelled author
("Autor: Jonas Weber"), a reporter a dateline credits, a byline in brackets closing the
title; and `_name_shaped`, the shape of a person's name these lines must give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.text.bylines import NAME_PARTICLES, place_byline
from pipeline.text.scripts import has_han
from pipeline.text.writtendates import date_in_text
from pipeline.web.html import HtmlElement
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.vocabulary import (
    _AUTHOR_LABEL_LINE,
    _AUTHOR_LABEL_WORDS,
    _BYLINE_LINE,
    _DATELINE_REPORTER,
    _JOINERS_ANY_CASE,
    _JOINERS_LOWER,
    _MAX_HAN_NAME,
    _ROLE_WORDS,
    _TITLE_BYLINE,
)


def _name_shaped(name: str) -> bool:
    """True for a name of the shape of a person's: two to four Han characters, or one to four
    words each starting with a capital (not an acronym: "PAP", "AFP" are agencies)."""
    if has_han(name):
        return 2 <= len(name) <= _MAX_HAN_NAME and all(has_han(ch) for ch in name)
    words = name.split()
    if not 1 <= len(words) <= 4 or (len(words) == 1 and name.isupper()):
        return False
    return all(w[:1].isupper() and w[-1:].isalpha() or w.endswith(".") for w in words)


# A line "de Ion Popescu" (Romanian "by", also French, Spanish "of": "un article de ..."),
# alone or before a field's separator: "de Ion Popescu | 12 martie 2024", "de Ion Popescu, 12
# martie 2024, 10:30".
_DE_DATE_REACH = 40  # characters before and after the line a date stands in
# ... or without a date, among the first lines under the headline on a page declaring Romanian
# (the text drops the line there too: `maintext.credits.is_lead_byline`); in Spanish, French,
# Portuguese "de" is "of": "de Real Oviedo" alone is a list's line)
_DE_LEAD_LINES = 2
_DE_BYLINE_LINE = re.compile(r"^de[ \t]+([^\n|,·•–—]{4,60}?)[ \t]*(?:[|,·•–—][^\n]*)?$", re.M)


def _declares_romanian(doc: HtmlElement) -> bool:
    """The page's root declares Romanian (`lang="ro"`, "ro-RO"), where "de" is "by"."""
    lang = doc.getroottree().getroot().get("lang") or ""
    return lang[:2].lower() == "ro" and lang[2:3] in ("", "-", "_")


def _de_byline(text: str, keys: frozenset[str], romanian: bool = False) -> list[str]:
    """The people of a line opening with a lower-case "de" before full names (two to four
    capitalised words each) and nothing else but a field after a separator
    (`_DE_BYLINE_LINE`), with a date on the line or within `_DE_DATE_REACH` characters of it
    (a byline's date: a line "de Real Madrid" stands in a list as well), or among the first
    `_DE_LEAD_LINES` under the headline of a page declaring Romanian (`romanian`)."""
    if "\nde " not in text and not text.startswith("de "):
        return []
    for match in _DE_BYLINE_LINE.finditer(text):
        names = split_authors(f"de {match.group(1)}", keys)
        if not 1 <= len(names) <= 3 or not all(
            _name_shaped(n) and " " in n and n in match.group(1) for n in names
        ):
            continue
        start, end = match.span()
        if (romanian and text.count("\n", 0, start) < _DE_LEAD_LINES) or date_in_text(
            text[max(0, start - _DE_DATE_REACH) : end + _DE_DATE_REACH]
        ):
            return names
    return []


# A line of a name, a comma or a spaced dash or bar, and the writer's role, without "By":
# "Jan Kowalski, dziennikarz", "Ayşe Yılmaz - Muhabir", "Nguyễn Văn An - Phóng viên".
_ROLE_BYLINE = re.compile(r"^([^\n,|–—-]{3,50}?)(?:,|[ \t][|–—-])[ \t]*([^\n,|]{2,40})$", re.M)
_ROLE_BYLINE_LINES = 4  # lines after the headline it is looked for in
_MAX_ROLE_BYLINE_LINE = 100  # characters: a name, the separator and a role
_ROLE_BYLINE_WORDS = 4  # words of the role
_ROLE_BYLINE_LEAD = 2  # words of the role its role word stands among ("Health correspondent")


def _role_byline(text: str, keys: frozenset[str]) -> list[str]:
    """The person of a line among the first `_ROLE_BYLINE_LINES` of `text` (after the
    headline) that is only a name of two to four words (each capitalised, or of a script
    without capitals) and a role after a comma or a spaced dash (`_ROLE_BYLINE`): a word of
    `_ROLE_WORDS` among its first two, at most four words in all."""
    for line in text.split("\n", _ROLE_BYLINE_LINES)[:_ROLE_BYLINE_LINES]:
        if len(line) > _MAX_ROLE_BYLINE_LINE or not (
            "," in line or " -" in line or " –" in line or " —" in line or " |" in line
        ):
            continue
        match = _ROLE_BYLINE.match(line.strip())
        if match is None:
            continue
        role = match.group(2).lower().split()
        if len(role) > _ROLE_BYLINE_WORDS or not (
            " ".join(role) in _ROLE_WORDS
            or any(w.strip(".") in _ROLE_WORDS for w in role[:_ROLE_BYLINE_LEAD])
        ):
            continue  # (not "Die Stadt, sagte ein Journalist": a sentence's words first)
        name = match.group(1).strip()
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(
            w[:1].isupper() or (w[:1].isalpha() and w[:1].lower() == w[:1].upper())
            for w in words
            if w not in NAME_PARTICLES
        ):
            continue
        names = split_authors(name, keys)
        if names == [name]:
            return names
    return []


def _place_byline(text: str, keys: frozenset[str]) -> list[str]:
    """The person of a line among the first `_ROLE_BYLINE_LINES` of `text` that is only a
    name and a place ("María García | Madrid", "محمد علي - القاهرة": `place_byline`), with a
    date on the line before or after it (a kicker "Real Madrid | Liga" stands alone)."""
    lines = text.split("\n", _ROLE_BYLINE_LINES + 1)[: _ROLE_BYLINE_LINES + 1]
    for i, line in enumerate(lines[:_ROLE_BYLINE_LINES]):
        name = place_byline(line)
        if name is None:
            continue
        if not any(0 <= j < len(lines) and date_in_text(lines[j]) for j in (i - 1, i + 1)):
            continue
        names = split_authors(name, keys)
        if names == [name]:
            return names
    return []


def _labelled_author(text: str, keys: frozenset[str]) -> list[str]:
    """The people of the first line of `text` that names the author with a label
    (`_AUTHOR_LABEL_LINE`: "Auteur : Kofi Mensah", "Autor: Jonas Weber") and gives full
    names: two or more words (a commenter's handle, "Autor: kasia88", is none) or Han ones."""
    for match in _author_labels(text):
        names = split_authors(match.group(1), keys)
        if names and all(_name_shaped(n) and (" " in n or has_han(n)) for n in names):
            return names
    return []


# `_AUTHOR_LABEL_LINE` (a line's start, "^" in multi-line mode) after the newline opening
# the line: the search then runs to each newline (its literal first character), where the
# pattern tried `^` at every character of a window of thousands.
_AUTHOR_LABEL_AFTER_NEWLINE = re.compile(
    "\n" + _AUTHOR_LABEL_LINE.pattern.removeprefix("^"), _AUTHOR_LABEL_LINE.flags
)


def _author_labels(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_AUTHOR_LABEL_LINE.finditer(text)`, each with the same group 1: one
    at the start of `text`, then those after a newline (a match never ends on a newline,
    so the next one's newline is never inside the last one)."""
    first = _AUTHOR_LABEL_LINE.match(text)
    if first is not None:
        yield first
    yield from _AUTHOR_LABEL_AFTER_NEWLINE.finditer(text, first.end() if first else 0)


# A byline line's names each in an element of its own ("By <b>Jane Doe</b> and <b>John
# Roe</b>", "Von <a>A</a>, <a>B</a> und <a>C</a>"): the window holds one line a text node, so
# the joining word or the list's mark stands on a line of its own between them, or opens the
# next name's line ("and John Roe"). Read on while the name so far ends with one or the next
# line opens with one, each line short (a name's), a few lines at most. Not "with" ("Ein
# Interview von <b>A</b> mit <b>B</b>": B is the one asked).
_WITH = frozenset({"with", "avec", "mit", "con", "com", "met", "med"})
_AND = "|".join(
    [f"(?i:{'|'.join(w for w in _JOINERS_ANY_CASE if w not in _WITH)})"]
    + [w for w in _JOINERS_LOWER if w not in _WITH]
)
_OPENS_JOINED = re.compile(rf"(?:[,，、&]|(?:{_AND})(?!\S))")
_ENDS_JOINED = re.compile(rf"(?:[,，、&]|(?<!\S)(?:{_AND}))$")
_MAX_JOINED_LINE = 50  # characters of a line read on (a name, a joining word and a name)
_MAX_JOINED_LINES = 8  # lines read on (four names and the words joining them)


def joined_lines(window: str, match: re.Match[str]) -> str:
    """The names a byline line's match (`_BYLINE_LINE` and the like: the names in group 1, to
    the line's end) gives, with the co-authors the lines after it join to them (see
    `_OPENS_JOINED`): "Jane Doe and John Roe" for the lines "Jane Doe", "and", "John Roe"."""
    text = match.group(1)
    end = match.end()
    if window[end : end + 1] != "\n":
        return text  # (the line ran on past the match: no name apart from it)
    for line in window[end + 1 :].split("\n", _MAX_JOINED_LINES)[:_MAX_JOINED_LINES]:
        line = line.strip()
        if not line or len(line) > _MAX_JOINED_LINE:
            break
        if _OPENS_JOINED.match(line):
            text = f"{text}{'' if line[0] in ',，、' else ' '}{line}"
        elif _ENDS_JOINED.search(text):
            text = f"{text} {line}"
        else:
            break
    return text


# A picture's caption naming those on it from the left ("Von links nach rechts: A, B", "De
# izquierda a derecha: ...", "Da sinistra ...", "Od lewej: ..."): its lead is a byline's word.
_FROM_LEFT = re.compile(
    r"(?:links|left|gauche|izquierda|sinistra|esquerda|lewej)(?![^\W\d_])", re.I
)


def byline_line(window: str) -> re.Match[str] | None:
    """The first byline line (`_BYLINE_LINE`) of the `window` that is no caption's "from the
    left" (`_FROM_LEFT`), else None."""
    match = _line_search(_BYLINE_LINE, window)
    while match is not None and _FROM_LEFT.match(match.group(1)):
        match = _line_search(_BYLINE_LINE, window, match.end())
    return match


# The author's label opening a line of names, a colon after it or not ("Autoren Jane Doe und
# John Roe", "Autorin: Jane Doe"); the labels' first letters, lowered (a cheap gate).
_LABEL_LEAD = re.compile(rf"(?:{_AUTHOR_LABEL_WORDS})[ \t]*[:：]?[ \t]+(?=[^\W\d_])", re.I)
_LABEL_FIRSTS = frozenset("aypsfkσаن")


def without_author_label(text: str) -> str:
    """`text` without the author's label opening it (`_LABEL_LEAD`), else unchanged."""
    label = _LABEL_LEAD.match(text) if text[:1].lower() in _LABEL_FIRSTS else None
    return text if label is None else text[label.end() :]


def _line_search(pattern: re.Pattern[str], text: str, at: int = 0) -> re.Match[str] | None:
    """`pattern.search(text)` for a multi-line pattern opening with "^": a match starts at
    the start of `text` or right after a newline, so it is tried there alone (re tries each
    character, a call each for the "^" to fail on: 8 us for a window of English prose); from
    the line at or after `at`."""
    if at and text[at - 1 : at] != "\n":
        at = text.find("\n", at) + 1
        if not at:
            return None
    while True:
        found = pattern.match(text, at)
        if found is not None:
            return found
        at = text.find("\n", at) + 1
        if not at:
            return None


def _dateline_reporter(text: str, keys: frozenset[str]) -> list[str]:
    """The reporter a dateline credits after its outlet, in brackets before its dash
    (`_DATELINE_REPORTER`), when that is a full name (two or more words)."""
    match = _line_search(_DATELINE_REPORTER, text) if "(" in text else None
    if match is None:
        return []
    names = split_authors(match.group(1), keys)
    if len(names) == 1 and _name_shaped(names[0]) and " " in names[0]:
        return names
    return []


def _title_byline(title: str | None, keys: frozenset[str]) -> list[str]:
    """The people of a byline in brackets closing the title (`_TITLE_BYLINE`)."""
    match = _TITLE_BYLINE.search(title) if title and title.rstrip().endswith((")", "）")) else None
    return split_authors(match.group(1), keys) if match else []
