"""date_in_text (pipeline.text.writtendates) answers None at once for a text without a
digit: no pattern it reads can match one (checked here on texts of month names, date words
and separators)."""

from __future__ import annotations

import random

from pipeline.text import writtendates as dates


def test_no_date_pattern_matches_a_text_without_a_digit() -> None:
    rng = random.Random(19)
    words = ["January", "janvier", "января", "Jan.", "de", "of", "年", "月", "日", "h", "at",
             "a.m.", "GMT", "+", "-", "/", ".", ":", " ", "\n", ",", "(", "г.", "Ⅻ", "²", "½"]  # fmt: skip
    patterns = (dates.DATE_IN_TEXT, dates._MDY_DATE, dates._DMY_DATE, dates._NUMERIC_DMY)
    for _ in range(20000):
        text = "".join(rng.choices(words, k=rng.randint(0, 12)))
        assert dates._DIGIT.search(text) is None
        assert all(p.search(text) is None for p in patterns), text
    assert dates.date_in_text("Published January 8, 2026") is not None
