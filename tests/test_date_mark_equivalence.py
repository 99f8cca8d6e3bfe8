"""`headline._date_marked` (substring tests) answers as `_DATE_MARK.search` (the alternation of
the same words it replaced), on generated class and id labels."""

from __future__ import annotations

import random

from pipeline.web.metadata import headline

# Pieces a label is made of: the words, their prefixes and near misses, separators
_PIECES = (
    *headline._DATE_WORDS,
    *(word[:cut] for word in headline._DATE_WORDS for cut in range(1, len(word))),
    *(word[1:] for word in headline._DATE_WORDS),
    "datum",
    "tim",
    "publ",
    "post",
    "by-line",
    "entry",
    "meta",
    " ",
    "-",
    "_",
    "e",
    "DATE",
    "Time",
)


def test_date_marked_answers_as_the_pattern() -> None:
    rng = random.Random(27)
    labels = ["", " ", "date", "updated-time", "post-byline", "meta entry", "da te", "tim e"]
    for _ in range(60_000):
        labels.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6))))
    found = 0
    for label in labels:
        expected = headline._DATE_MARK.search(label) is not None
        assert headline._date_marked(label) is expected, label
        found += expected
    assert 0.2 * len(labels) < found < 0.9 * len(labels)  # both answers are asked often


def test_date_words_are_the_pattern() -> None:
    assert headline._DATE_MARK.pattern == "date|time|publish|posted|byline"
    for word in headline._DATE_WORDS:
        assert headline._date_marked(f"x-{word}-y")
        assert not headline._date_marked(word[:-1])
