"""Sentence splitting with exact character spans, for provenance.

Every sentence is returned as `(start, end)` into the text it was cut from, so that
`text[start:end]` is the sentence itself (whitespace trimmed). Chinese splits on 。！？；
(and their ASCII cousins !?;) plus paragraph breaks; French and English split on . ! ? …
followed by a space, with care for abbreviations (« M. », « Dr. », « U.S. »), initials and
decimal numbers. Used by every summarization backend (MODELS.md: split on 。！？； and
paragraphs before chunking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SentenceSpan", "split_sentences"]

# Closing quotes and brackets that belong to the sentence they end.
_CLOSERS = "”’\"'」』）)】》»"
_ZH_END = re.compile(rf"(?:[。！？；!?;]+|……)[{re.escape(_CLOSERS)}]*")
# (a run of . ! ? tried from its first mark only: a match from a later one starts at the first
# too, and re tried each mark of "?????..." to the run's end: 20,000 took 13 s)
_LATIN_END = re.compile(rf"(?:(?<![.!?])[.!?]+|…)[{re.escape(_CLOSERS)}\u00a0\u202f]*(?=\s+|$)")
# Words that end with a period without ending the sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle mlles dr drs pr prof st ste mr mrs ms jr sr inc ltd corp co cie
    etc vs cf env av apr art ch chap fig no nos vol p pp ed éd min max approx dept gen
    gov sen rep est jan feb fév mar apr avr jun jul juil aug sep sept oct nov dec déc
    e.g i.e u.s u.k u.n j.-c n.b p.s
    """.split()
)
# The word before a period, read backwards from it in the line reversed (`_is_abbreviation`)
_WORD_BACKWARDS = re.compile(r"[\w.\-]+")


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence and where it is in the source text."""

    start: int
    end: int
    paragraph: int  # index of the paragraph among the non-empty ones
    text: str


def split_sentences(text: str, language: str) -> list[SentenceSpan]:
    """Split `text` into sentences; `text[s.start:s.end] == s.text` for each one."""
    out: list[SentenceSpan] = []
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for start, end in _split_paragraph(line, language):
                out.append(SentenceSpan(offset + start, offset + end, paragraph, line[start:end]))
            paragraph += 1
        offset += len(line) + 1
    return out


def _split_paragraph(line: str, language: str) -> list[tuple[int, int]]:
    """Cut one paragraph at sentence ends, then trim each piece to its visible span."""
    cuts = _zh_cuts(line) if language == "zh" else _latin_cuts(line)
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*cuts, len(line)]:
        trimmed = _trim(line, begin, cut)
        if trimmed is not None:
            spans.append(trimmed)
        begin = cut
    return spans


def _zh_cuts(line: str) -> list[int]:
    return [m.end() for m in _ZH_END.finditer(line)]


def _latin_cuts(line: str) -> list[int]:
    cuts: list[int] = []
    backwards = ""  # the line reversed, made at its first period
    for match in _LATIN_END.finditer(line):
        if match.group().startswith("."):
            backwards = backwards or line[::-1]
            if _is_abbreviation(backwards, match.start()):
                continue
        cuts.append(match.end())
    return cuts


def _is_abbreviation(backwards: str, at: int) -> bool:
    """True when the period at `at` of a line (`backwards`: the line reversed) closes an
    abbreviation or an initial. The word before it is read backwards from it: the line up to
    each period, searched for its last word, made "a. a. a. ..." quadratic (60 KB: 25 s)."""
    found = _WORD_BACKWARDS.match(backwards, len(backwards) - at)
    if found is None:
        return False
    word = found.group()[::-1].lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials ("J. Smith", "U.S.") and dotted acronyms: one letter, possibly after dots.
    last = word.rsplit(".", 1)[-1]
    return len(last) == 1 and last.isalpha() and (len(word) == 1 or "." in word)


def _trim(line: str, begin: int, end: int) -> tuple[int, int] | None:
    """The span [begin, end) without surrounding whitespace, or None if it is empty."""
    while begin < end and line[begin].isspace():
        begin += 1
    while end > begin and line[end - 1].isspace():
        end -= 1
    return (begin, end) if end > begin else None
