"""pipeline.text.plain: the numpy tests of long ASCII texts give str's own answers."""

from __future__ import annotations

import random

from pipeline.extract import _NOISE, _noise_free
from pipeline.text.plain import has_double_space, is_printable, is_single_spaced

_PIECES = (
    "word ",
    "Word, ",
    "  ",
    " ",
    "\n",
    "\t",
    "\x00",
    "\x1f",
    "\x7f",
    "~",
    "é",
    "中",
    "\ufffd",
)


def _texts() -> list[str]:
    """Long and short texts, ASCII and not, each character kind at the start, the end and
    inside (a test at a boundary of numpy's bytes is where an off-by-one would show)."""
    rng = random.Random(13)
    base = "The company listed its shares in Hong Kong on Thursday. " * 20
    texts = [base, base.strip(), " " + base, base + " ", "", "a", " ", "  "]
    for piece in _PIECES:
        texts += [piece + base, base + piece, base[:500] + piece + base[500:], piece * 600]
    for _ in range(300):
        texts.append("".join(rng.choice(_PIECES[:5]) for _ in range(rng.randrange(100, 400))))
        texts.append(rng.choice(texts[:40]) + rng.choice(_PIECES))
    return texts


def test_is_printable_is_str_isprintable() -> None:
    for text in _texts():
        assert is_printable(text) == text.isprintable(), repr(text[:40])


def test_has_double_space_is_the_substring_test() -> None:
    for text in _texts():
        assert has_double_space(text) == ("  " in text), repr(text[:40])


def test_is_single_spaced_is_its_own_split() -> None:
    for text in _texts():
        plain = text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
        assert is_single_spaced(text) == plain, repr(text[:40])
        if plain:
            assert " ".join(text.split()) == text


def test_noise_free_is_no_noise_match() -> None:
    for text in _texts():
        assert _noise_free(text) == (not _NOISE.search(text)), repr(text[:40])
