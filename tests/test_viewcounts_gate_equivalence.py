"""The gate `viewcounts.counts_only` asks before it splits a line (`_may_open_count`: the line
stripped of the marks opens on a label's first characters): the same answers as without it,
from `counts_only`, `labels.is_furniture_label` and `linekinds.is_boilerplate_line`, on
generated lines mixing every count label with counts in several digits, blanks, marks, units
and prose, and on every line of the gold texts on disk (when /work/shared is here)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.maintext import labels, linekinds, viewcounts

_GOLD = Path("/work/shared/eval")
_COUNTS = ("12", "1 234", "1.234", "0", "٣٤", "۱۲", "१२", "১২", "๑๒", "１２", "²", "12,5")
_MARKS = (" ", ": ", " (", ")", " | ", "\xa0", "\u3000", " • ", "- ", "...", "「", "", "\u2003")
_PROSE = (
    *("council", "Updated", "January", "comments", "com", "co", "views", "Views", "reads"),
    *("the", "I", "İ", "ý", "Ā", "пр", "про", "的", "評", "コ", "ال", "k", "\u212a", "x"),
)


def _lines(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    words = sorted(labels._LINE_COUNTS) + sorted(viewcounts.VIEW_UNITS) + list(_PROSE)
    pieces = (words, _COUNTS, _MARKS)
    out = []
    for _ in range(n):
        parts = [rng.choice(rng.choice(pieces)) for _ in range(rng.randint(1, 6))]
        line = "".join(parts)
        if line.strip():  # (the line tests are asked of lines holding text)
            out.append(line.upper() if rng.random() < 0.1 else line)
    return out


def _gold_lines() -> list[str]:
    if not _GOLD.is_dir():
        return []
    lines: set[str] = set()
    for path in sorted(_GOLD.glob("*/*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines.update(line.strip() for line in text.splitlines() if line.strip())
    return sorted(lines)


def _answers(lines: list[str]) -> list[tuple[bool, bool, bool]]:
    key = labels._key
    marks, counts = labels._COUNT_MARKS, labels._LINE_COUNTS
    return [
        (
            viewcounts.counts_only(key(line), marks, counts),
            labels.is_furniture_label(line),
            linekinds.is_boilerplate_line(line),
        )
        for line in lines
    ]


def test_gated_counts_are_the_ungated_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(7, 20_000) + _gold_lines()
    gated = _answers(lines)
    assert sum(c for c, _, _ in gated) > 1_000  # (the generated lines hold many counts)
    monkeypatch.setattr(viewcounts, "_may_open_count", lambda *_: True)  # every line read
    assert _answers(lines) == gated


def test_every_count_line_opens_on_a_labels_head() -> None:
    marks, counts = labels._COUNT_MARKS, labels._LINE_COUNTS
    for line in _lines(8, 20_000):
        key = labels._key(line)
        if viewcounts.counts_only(key, marks, counts):
            assert viewcounts._may_open_count(key, marks, counts), line


def test_the_gate_turns_away_prose_and_dates() -> None:
    marks, counts = labels._COUNT_MARKS, labels._LINE_COUNTS
    for key in ("123 council", "updated 3 january 1111", "the council met on 12"):
        assert not viewcounts._may_open_count(key, marks, counts)
    for key in ("просмотров: 12", "12 komentarzy", "٣ مشاهدات", "๑๒ เข้าชม"):
        assert viewcounts._may_open_count(key, marks, counts)
