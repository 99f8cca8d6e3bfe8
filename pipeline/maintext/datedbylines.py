"""A date, then its byline, on one line: "Dodano: 3 stycznia 2012, 13:45 Autor: (mk)", "12
mai 2024, 14:35 Par Jean Dupont", "12 mei 2024 door Jan de Vries", "3 января 2012, 13:45
Автор: Иван Петров" (`dated_byline`, read by `datelines.is_dateline`, which passes its test of
a date: the byline first is `datelines._bylined`'s). The byline is a word of
`pipeline.text.bylines` (a colon after it or not) and a name of at most four words, each
capitalised, in a script without case or a particle ("de", "van"), or a desk's initials or an
agency's short name in brackets ("(mk)", "(PAP)"); a sentence after the date ("12 mai 2024 par
la suite ...") is no name. The words that are also "of", "in" or "through" elsewhere ("de",
"von", "por", "av", "af", "door") want a full name of two words or more, and Italian "di"
(Indonesian "in": "Lahir 6 Maret 1990 di Surabaya") is not read here. Written from knowledge
of the languages, patterned after no site."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.text.bylines import BYLINE_WORDS, NAME_PARTICLES
from pipeline.web.html import literal_alternation

_MAX_LINE = 120
# A byline's word after a separator or a blank, a colon after it or not, then the name.
_BYLINE_AT = re.compile(
    rf"(?:(?<=\s)|(?<=[|•·,–—/-]))(?:{literal_alternation(BYLINE_WORDS)})\s*[:：]?\s+(?=\S)",
    re.I,
)
_SEPARATORS = " |•·-–—,/"
_BRACKETED = re.compile(r"\(\s*[^\W\d_][\w.]{0,9}(?:[ /][\w.]{1,10})?\s*\)")  # "(mk)", "(PAP)"
_NAME_WORDS = 4
_NOT_HERE = frozenset(("di",))
_ALSO_OF = frozenset(("de", "von", "por", "av", "af", "door"))
_NAME_SPLIT = re.compile(r"\s+|\s*[,/]\s*")


def dated_byline(line: str, is_date: Callable[[str], bool]) -> bool:
    """`line` is a date (`is_date`, with its label and time) followed by a byline and a name
    or a desk's initials, and nothing else."""
    if len(line) > _MAX_LINE:
        return False
    for found in _BYLINE_AT.finditer(line):
        word = found.group().split()[0].rstrip(":：").lower()
        if word in _NOT_HERE:
            continue
        head = line[: found.start()].rstrip(_SEPARATORS)
        fewest = 2 if word in _ALSO_OF else 1
        if head and _is_name(line[found.end() :].strip(), fewest) and is_date(head):
            return True
    return False


def _is_name(text: str, fewest: int) -> bool:
    """A name of `fewest` to four words, or initials or an agency's name in brackets."""
    if _BRACKETED.fullmatch(text):
        return True
    words = [w for w in _NAME_SPLIT.split(text.rstrip(".")) if w]
    return fewest <= len(words) <= _NAME_WORDS and all(map(_is_name_word, words))


def _is_name_word(word: str) -> bool:
    """A word of a name: capitalised, in a script without case, or a particle ("de")."""
    return word[:1].isalpha() and (not word[:1].islower() or word in NAME_PARTICLES)
