"""speed35's shortcuts give what they replace: `organisations._key` by `str.translate` on a
folded ASCII text, `WordPattern`'s gate on a long text, `visible._lines` and
`printeddates._dateline` through `_one_line`.
Each is compared with the code it replaced on every character or on generated texts."""

from __future__ import annotations

import gc
import random
import re
import sys
from collections.abc import Iterable
from datetime import UTC

import pytest

import pipeline.maintext.linekinds  # noqa: F401 (its modules build WordPatterns)
import pipeline.web.metadata.reader  # noqa: F401
import pipeline.web.pruning  # noqa: F401
from pipeline.web.htmltree import parse_document
from pipeline.web.metadata import organisations, printeddates, visible
from pipeline.web.wordpatterns import _GATED_CHARS, WordPattern

_ALL = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]


def _filtered_key(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold()))


def test_key_is_the_filter_on_every_character_and_on_generated_texts() -> None:
    assert all(organisations._key(c) == _filtered_key(c) for c in _ALL)
    rng = random.Random(35)
    pool = "abcXYZ019 -_.,'’ßÄéİıſΣ中文\u00a0\t\n/@ﬁ" + "".join(rng.sample(_ALL, 200))
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 60)))
        assert organisations._key(text) == _filtered_key(text)
    assert organisations._key("Jane DOE-Smith, Reuters.com") == "janedoesmithreuterscom"
    assert organisations._key("Straße") == "strasse"  # (folded to ASCII: the translate path)
    deleted = {chr(c) for c in organisations._ASCII_NOT_ALNUM}
    assert deleted == {chr(c) for c in range(128) if not chr(c).isalnum()}


def _word_patterns() -> list[WordPattern]:
    # By the object's type, not `isinstance`: isinstance reads `__class__` of every object
    # alive, and an object of a library imported by an earlier test (torch's deprecated
    # `reduce_op`) warns on that read, an error under pytest's filters.
    return [obj for obj in gc.get_objects() if issubclass(type(obj), WordPattern)]


def _texts(words: Iterable[str], rng: random.Random) -> list[str]:
    """Long texts (over `_GATED_CHARS`) and short ones holding the words at a word's start,
    inside a word, after a digit or "_", at the ends, or none of them."""
    words = [w for w in words if w] or ["x"]
    filler = "abcdefghij klmnopqrst uvwxyz-_/.:?=&0123456789 ünï中"
    out = []
    for _ in range(300):
        parts = []
        for _ in range(rng.randrange(1, 12)):
            roll = rng.random()
            if roll < 0.25:
                parts.append(rng.choice(words))
            elif roll < 0.4:
                parts.append(rng.choice("ax9_-/ ") + rng.choice(words) + rng.choice("b_/ -"))
            else:
                parts.append("".join(rng.choice(filler) for _ in range(rng.randrange(1, 400))))
        out.append("".join(parts))
        out.append(out[-1][: _GATED_CHARS - 1])
    return out


def test_word_pattern_search_is_the_whole_pattern_s_on_generated_texts() -> None:
    rng = random.Random(10)
    patterns = _word_patterns()
    assert len(patterns) >= 5
    for wp in patterns:
        whole = re.compile(wp.pattern)
        words = re.findall(r"[a-z][a-z0-9_-]+", wp.pattern)
        for text in _texts(words, rng):
            assert wp.search(text) == (whole.search(text) is not None), (wp.pattern, text)


def test_word_pattern_gates_its_word_start_alternatives_when_each_opens_on_a_letter() -> None:
    gated = WordPattern(r"share|\bkayit|\breg\b")
    assert gated._gated[-1][0] is not None
    long = "https://example.org/" + "news/region-" * 30
    assert not gated.search(long)  # ("reg" inside a word: no match, the gate passes it)
    assert gated.search(long + "/reg/")
    assert gated.search("/kayit" + "x" * _GATED_CHARS)
    assert not gated.search("/xkayit" + "y" * _GATED_CHARS)
    # an alternative opening on an optional or non-literal character: no gate, same answers
    ungated = WordPattern(r"share|\bk?ayit|\b[rs]eg")
    assert ungated._gated[-1][0] is None
    assert ungated.search("/seg" + "z" * _GATED_CHARS)


def _split_lines(groups: Iterable[list[str | None]], size: int) -> str:
    out: list[str] = []
    total = 0
    for group in groups:
        for text in group:
            line = " ".join((text or "").split())
            if line:
                out.append(line)
                total += len(line)
        if total >= size:
            break
    return "\n".join(out)


def test_lines_are_the_split_lines_on_generated_groups() -> None:
    rng = random.Random(7)
    pool = ["a", "b", "中", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\x1c", "\u2028", "é"]
    for _ in range(3000):
        groups: list[list[str | None]] = [
            [
                None if rng.random() < 0.1 else "".join(rng.choices(pool, k=rng.randrange(8)))
                for _ in range(rng.randrange(1, 4))
            ]
            for _ in range(rng.randrange(1, 6))
        ]
        size = rng.randrange(1, 30)
        assert visible._lines(iter(groups), size) == _split_lines(iter(groups), size)


def test_dateline_reads_the_dates_the_split_lines_gave(monkeypatch: pytest.MonkeyPatch) -> None:
    """`printeddates._dateline` reads each text through `_one_line`: the same dates as
    through " ".join(text.split()) on generated pages without a headline, their date lines
    written with runs of spaces, tabs, newlines, no-break and ideographic spaces."""
    rng = random.Random(12)
    blanks = [" ", "  ", "\n", "\t", "\u00a0", "\u3000", " \n\t "]
    pieces = ["2012-01-17", "19:37", "HKT", "8 January 2026", "14:03", "Posted", "by", "Jane"]
    pages = []
    for _ in range(300):
        cells = []
        for _ in range(rng.randrange(1, 6)):
            words = rng.sample(pieces, rng.randrange(1, 4))
            line = rng.choice(blanks).join(words)
            cells.append(f"<p>{rng.choice(['', *blanks])}{line}{rng.choice(['', *blanks])}</p>")
            cells.append(rng.choice(["", "<div>\n\t</div>", "<span>x</span>"]))
        pages.append(f"<html><body><div>{''.join(cells)}</div></body></html>")
    docs = [parse_document(p) for p in pages]
    now = [printeddates._dateline(d, UTC, "en") for d in docs if d is not None]
    monkeypatch.setattr(printeddates, "_one_line", lambda text: " ".join(text.split()))
    before = [printeddates._dateline(d, UTC, "en") for d in docs if d is not None]
    assert now == before
    assert sum(d is not None for d in now) > 100
