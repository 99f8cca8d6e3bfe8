"""content_hash_for hashes " ".join(text.split()) whatever the text (its shortcut included)."""

from __future__ import annotations

import hashlib
import random
import sys

from pipeline.records import content_hash_for

_WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def _old(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def test_content_hash_is_the_hash_of_the_collapsed_text() -> None:
    rng = random.Random(5)
    alphabet = [*_WHITESPACE, "a", "é", "中", "\U0001f600", "\u200b", "\x00", "\ud7ff"]
    texts = ["", " ", "\n", "a", "a\nb", "a \nb", "a\n\nb", " a", "a ", "a  b", *_WHITESPACE]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 10))) for _ in range(20000)]
    for text in texts:
        assert content_hash_for(text) == _old(text), repr(text)
