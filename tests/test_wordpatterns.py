"""`pipeline.web.wordpatterns.CaselessWords`: its gate holds for every character re may take
for a letter of its words, and its search is the case-blind pattern's on generated texts."""

from __future__ import annotations

import random
import re
import sys
from functools import cache

from pipeline.maintext import appeals, sitenotes
from pipeline.web.metadata import datelabels
from pipeline.web.wordpatterns import _UNFOLDED, CaselessWords, lowers_plainly

# Every character (no lone surrogate), and those that lower() or upper() changes.
_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
_CASED = "".join(c for c in _ALL if c.lower() != c or c.upper() != c)
# The lower-case letters of the Latin, Greek and Cyrillic alphabets (the variants "ı", "ſ",
# "ẛ" of "i", "s", "ṡ" left out: re takes their plain letters for them).
_LETTERS = [
    chr(c)
    for first, last in (
        (0x61, 0x7A),
        (0xDF, 0x24F),
        (0x3AC, 0x3CE),
        (0x430, 0x45F),
        (0x1E00, 0x1EFF),
    )
    for c in range(first, last + 1)
    if chr(c) == chr(c).lower() != chr(c).upper() and chr(c) not in "ıſẛ"
]
# The words searched with `CaselessWords` in pipeline/, and those looked for in a lowered line
# where `lowers_plainly` (appeals, site notes)
_WORD_LISTS = [
    datelabels.MODIFIED_WORDS,
    *(words for _, words in appeals._APPEAL_SEARCHES),
    appeals._PAYWALL_ANYWHERE_WORDS,
    sitenotes._OPINION_WORDS,
    sitenotes._COMMENT_LOGIN_OPENINGS,
    sitenotes._COMMENT_LOGIN_WORDS,
    ("ctrl",),
]


@cache
def _by_lowered() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in _ALL:
        out.setdefault(c.lower(), set()).add(c)
    return out


def _unfolded_for(letter: str, text: str) -> set[str]:
    """The characters of `text` re takes for `letter` ignoring case whose lower() is not
    `letter`'s."""
    found = set(re.findall(f"(?i:{re.escape(letter)})", text))
    return found - _by_lowered().get(letter.lower(), set())


def test_every_character_re_takes_for_a_word_s_letter_is_lowered_to_it_or_unfolded() -> None:
    """Tried against every character, for each letter of the words searched so."""
    for words in _WORD_LISTS:
        for letter in sorted(set("".join(words))):
            assert _unfolded_for(letter, _ALL) <= set(_UNFOLDED), letter


def test_every_character_re_takes_for_an_alphabet_letter_is_lowered_to_it_or_unfolded() -> None:
    """What `_UNFOLDED` says of itself: for the letters of the Latin, Greek and Cyrillic
    alphabets (against the characters lower() or upper() changes: re takes any other only
    for itself, as the test above checks for the words' letters)."""
    for letter in _LETTERS:
        assert _unfolded_for(letter, _CASED) <= set(_UNFOLDED), letter
    assert "Σ" in _UNFOLDED  # (lowered "σ" or "ς" by its place)


def test_caseless_words_search_is_the_pattern_s() -> None:
    words = ["updated", "mis à jour", "обновлено", "ενημέρωση", "更新", "수정", "Straße"]
    marks = CaselessWords(words)
    pieces = [
        *words,
        *("UPDATED", "Updated", "upd", "ated", "MIS À JOUR", "Обновлено", "ΕΝΗΜΈΡΩΣΗ", "更"),
        *("ENHMEPΩΣH", "ενημέρωςη", "ΕΝΗΜΈΡΩΣ", "Η", "ſ", "ı", "İ", "µ", "K", "ϵνημέρωση"),
        *("updatıng", "UPDATİD", "upda", "ted", "STRASSE", "Strasse", "STRAẞE", "straſse"),
        *("ОБНОВЛЕНО", "обнᲂвлено", "Jan 8", " ", "·", "|", "\n", "text", "新", "수", "정"),
    ]
    rng = random.Random(11)
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        expected = marks.pattern.search(text)
        got = marks.search(text)
        assert (got and got.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found > 10_000


def test_a_word_found_only_through_an_unfolded_character_is_found() -> None:
    marks = CaselessWords(["modified", "ενημέρωση", "обновлено", "grüße"])
    texts = ["the page was modıfied", "中 MODİFIED", "ΕΝΗΜΈΡΩΣΗ", "ϵνημέρωση", "обнᲂвлено", "GRÜẞE"]
    for text in texts:
        assert marks.pattern.search(text) is not None, text
        assert marks.search(text) is not None, text


def test_lowers_plainly_where_no_unfolded_character_is() -> None:
    assert lowers_plainly("the council said")
    assert lowers_plainly("«l’avis» 中文 für мнение")
    for c in _UNFOLDED:
        assert not lowers_plainly(f"the {c} council".lower()), c
