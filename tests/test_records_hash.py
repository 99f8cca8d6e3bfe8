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


def test_content_hash_of_a_text_again_is_its_hash() -> None:
    """The text hashed last is remembered: asked again (the same string or an equal one), or
    after another text, each answer is still the hash of that text."""
    rng = random.Random(9)
    alphabet = [" ", "\n", "a", "b", "é", "中", "\U0001f600", "\t"]
    texts = [
        "",
        "a",
        "a",
        "",
        *("".join(rng.choices(alphabet, k=rng.randint(0, 6))) for _ in range(3000)),
    ]
    for text in texts:
        for again in (text, "".join(list(text)), text):
            assert content_hash_for(again) == _old(again), repr(again)


def test_content_hash_of_an_ascii_text_is_the_hash_of_the_collapsed_text() -> None:
    """ASCII texts take their own test for whitespace other than " " (`_only_spaces`)."""
    rng = random.Random(13)
    ascii_spaces = [c for c in _WHITESPACE if c.isascii()]
    alphabet = [*ascii_spaces, "a", "b", ".", "\x00", "\x7f", "\x1b", " ", " ", "ab cd"]
    texts = [*ascii_spaces, "a\x1fb", "a\tb", "a\x7fb", "a b\nc d", "a b\n\nc"]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        assert text.isascii()
        assert content_hash_for(text) == _old(text), repr(text)
