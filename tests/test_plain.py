"""pipeline.text.plain: the numpy tests of long ASCII texts give str's own answers."""

from __future__ import annotations

import random

from pipeline.extract import _NOISE, _noise_free
from pipeline.text.plain import has_double_space, is_printable, is_single_spaced, is_spaced_ascii

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


def test_is_printable_asked_twice_in_turn_is_str_isprintable() -> None:
    # the last long text of other than ASCII is answered by comparison: the same text asked
    # again, an equal copy, and texts of the same length differing in one character
    base = "公司周四在香港上市，开盘价较发行价上涨。" * 40
    texts = [base, base, "".join(list(base)), base[:-1] + "\x00", base[:-1] + "\x00", base]
    texts += [base[:-1] + "\u200b", "\n" + base[1:], base[:300] + "é" * 300]
    for text in texts + texts[::-1]:
        assert is_printable(text) == text.isprintable(), repr(text[-3:])


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


_BLANKS = (" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x00")


def _blanky_texts() -> list[str]:
    """ASCII texts with every blank str.split and the line cleaners know, alone and in runs,
    at the ends and inside; a few not ASCII."""
    rng = random.Random(29)
    texts = ["", " ", "word", "two words", " lead", "trail ", "a\u00a0b", "a\u200bb ", "x\u3000y"]
    for _ in range(600):
        parts = [rng.choice(("word", "Word.", "x", "2026", *_BLANKS)) for _ in range(12)]
        texts.append("".join(parts))
    return texts


def test_is_spaced_ascii_is_its_own_split() -> None:
    for text in _blanky_texts():
        if text.isascii():
            assert is_spaced_ascii(text) == (" ".join(text.split()) == text), repr(text)


def test_one_line_and_clean_line_give_their_reference_answers() -> None:
    """visible._one_line is " ".join(text.split()); cleanline.clean_line drops invisible
    characters and stray joiners, collapses runs of [ \\t\\r\\n\\f\\v] and strips."""
    from pipeline.maintext.cleanline import _INVISIBLE, _SPACES, clean_line
    from pipeline.text.scripts import STRAY_JOINER
    from pipeline.web.metadata.visible import _one_line

    for text in _blanky_texts():
        assert _one_line(text) == " ".join(text.split()), repr(text)
        reference = _SPACES.sub(" ", STRAY_JOINER.sub("", _INVISIBLE.sub("", text))).strip()
        assert clean_line(text) == reference, repr(text)


def test_punctuation_counts_what_punct_matches() -> None:
    """scoring._punctuation on ASCII text (bytes deleted) counts PUNCT's matches."""
    from pipeline.maintext.blockscore import PUNCT, _punctuation

    rng = random.Random(31)
    marks = [chr(c) for c in range(0x80)] + ["。", "，", "é"]
    for _ in range(500):
        text = "".join(rng.choice(marks) for _ in range(rng.randrange(0, 60)))
        assert _punctuation(text) == len(PUNCT.findall(text)), repr(text)


def test_anchor_share_collapses_only_links_as_long_as_a_line() -> None:
    """extract._anchor_share over raw link texts gives the share the set of every link's
    collapsed text gives (a link read shorter than every line is never one)."""
    from pipeline.extract import _anchor_share

    rng = random.Random(37)
    words = ("Home", "World", " ", "  ", "\n", "\t", "news", "\u00a0", "x")
    for _ in range(300):
        links = ["".join(rng.choice(words) for _ in range(rng.randrange(0, 6))) for _ in range(8)]
        collapsed = [" ".join(text.split()) for text in links]
        lines = [rng.choice(collapsed) or "word" for _ in range(rng.randrange(0, 4))]
        lines += ["".join(rng.choice(words[:2]) for _ in range(rng.randrange(1, 3)))]
        expected = sum(1 for line in lines if line in set(collapsed)) / len(lines)
        assert _anchor_share(links, lines) == expected, (links, lines)
    assert _anchor_share(["a"], []) == 0.0


def test_split_authors_cached_answers_are_fresh_lists_of_the_same_names() -> None:
    """metadata.split_authors answers short values from a cache: the names computed, in a
    list of the caller's own each time."""
    from pipeline.web.metadata import split_authors
    from pipeline.web.metadata.names import _split_authors

    keys = frozenset({"examplenews"})
    for value in ("Staff reporter", "By Jane Doe and John Roe", "（记者 张三 李四）", "A" * 400):
        first = split_authors(value, keys)
        assert first == _split_authors(value, keys)
        first.append("changed")
        assert split_authors(value, keys) == _split_authors(value, keys)
