"""`normalize._SPACE_RUN` written to open with the run's first character (speed27) matches
what the former `[^\\S\\n]{2,}|[^\\S\\n ]` matched, on generated lines of every whitespace
character, with both of normalize_text's replacements, and normalize_text answers as with the
former pattern."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.text import normalize
from pipeline.text.normalize import _SPACE_RUN, _collapse_run, normalize_text

_FORMER = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
_SPACES = [chr(c) for c in range(0x110000) if chr(c).isspace()]  # "\n" among them
_WORDS = ("Les enjeux", "sont", "majeurs", ":", "«", "»", "记者", "a", "", "\u200b", "x\ty")


def _line(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(0, 30)):
        if rng.random() < 0.5:
            parts.append(rng.choice(_WORDS))
        else:
            weights = (8, 1) if rng.random() < 0.7 else (1, 1)
            pool = rng.choices((" ", "odd"), weights=weights, k=rng.randrange(1, 4))
            parts.append("".join(" " if p == " " else rng.choice(_SPACES) for p in pool))
    return "".join(parts)


def test_matches_the_former_pattern() -> None:
    rng = random.Random(27)
    for _ in range(30_000):
        line = _line(rng)
        spans = [m.span() for m in _SPACE_RUN.finditer(line)]
        assert spans == [m.span() for m in _FORMER.finditer(line)], repr(line)
        for keep in (True, False):
            assert _SPACE_RUN.sub(lambda m, k=keep: _collapse_run(m, k), line) == _FORMER.sub(
                lambda m, k=keep: _collapse_run(m, k), line
            )


@pytest.mark.parametrize("language", [None, "fr", "en", "zh"])
def test_normalize_text_as_before(language: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(hash(language) % 1000)
    texts = ["\n".join(_line(rng) for _ in range(rng.randrange(1, 8))) for _ in range(1500)]
    now = [normalize_text(t, language) for t in texts]
    monkeypatch.setattr(normalize, "_SPACE_RUN", _FORMER)
    assert now == [normalize_text(t, language) for t in texts]
