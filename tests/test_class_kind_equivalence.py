"""The shortcuts of the class/id furniture check (pipeline.web.html `_kind_of_words`) against
the plain check they replace, on generated class strings: random words, the vocabularies'
own words inside camel-case, kebab and snake names, the modifier tokens, other scripts and
every kind of whitespace."""

from __future__ import annotations

import random
import re

from pipeline.maintext import blockscore
from pipeline.web import classwords
from pipeline.web import html as dom

# The plain check: the four vocabularies as single regexes, read after the modifier tokens go.
_STRONG = re.compile(dom.STRONG_NEGATIVE.pattern)
_LAYOUT = re.compile(dom.LAYOUT_NEGATIVE.pattern)
_WEAK = re.compile(dom.WEAK_NEGATIVE.pattern)
_POSITIVE = re.compile(dom.POSITIVE.pattern)


def _plain_kind(words: str) -> str:
    words = classwords.furniture_words(words)
    strong = _STRONG.search(words)
    if strong or _LAYOUT.search(words):
        if words.startswith(("article", "content", "post-body", "entry")):
            return ""
        return "strong" if strong else "layout"
    return "weak" if _WEAK.search(words) and not _POSITIVE.search(words) else ""


def _vocabulary_words() -> list[str]:
    """Plain spellings of every alternative of the four vocabularies."""
    out = []
    for pattern in (_STRONG, _LAYOUT, _WEAK, _POSITIVE):
        for alternative in dom.top_level_alternatives(pattern.pattern):
            word = re.sub(r"\\b|\(\?![^)]*\)", "", alternative)  # (a lookahead: "source(?!d)")
            word = word.replace("(?:the-?)?", "the-").replace("[iy]", "y")
            for spelling in (word.replace("?", ""), re.sub(r".\?", "", word)):
                assert re.fullmatch(r"[a-z0-9_-]+", spelling), spelling
                out.append(spelling)
    return out


_VOCABULARY = _vocabulary_words()
_MODIFIERS = [
    "with-", "has_", "no-", "without_", "live", "live-", "one-sidebar", "twosidebars",
    "nosidebar", "label-hidden", "title__hidden", "shareable", "sharable", "is-",
]  # fmt: skip
_FILLER = [
    "x", "col", "md", "12", "wrap", "inner", "é", "中文", "İ", "ſ", "\u212a", "ing", "line",
    "s", "the", "er", "-", "_", "--", "__", "ß", "Ａ", "٣", "\U0001f600",
]  # fmt: skip
_SPACES = [" ", " ", " ", "  ", "\t", "\n", "\xa0", "\u3000", "\x1c", "\u2028", "\x85"]


def _name(rng: random.Random) -> str:
    """One class token: pieces joined camel-case, kebab, snake or run together."""
    pieces = []
    for _ in range(rng.randrange(1, 5)):
        roll = rng.random()
        source = _VOCABULARY if roll < 0.45 else _MODIFIERS if roll < 0.6 else _FILLER
        pieces.append(rng.choice(source))
    joiner = rng.choice(["-", "_", "", "camel", "camel", "__", "--"])
    if joiner == "camel":
        return pieces[0] + "".join(p[:1].upper() + p[1:] for p in pieces[1:])
    return joiner.join(pieces)


def _class_strings(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", " ", "article", " article comment", "content menu", "entry-share", "ad"]
    for _ in range(count):
        tokens = [_name(rng) for _ in range(rng.randrange(0, 5))]
        text = "".join(t + rng.choice(_SPACES) for t in tokens)
        if rng.random() < 0.5:
            text = text.strip()
        out.append(text.lower() if rng.random() < 0.7 else text)
    return out


def test_kind_of_words_is_the_plain_check() -> None:
    kinds = set()
    for words in _class_strings(11, 60_000):
        kind = classwords._kind_of_words.__wrapped__(words)  # type: ignore[attr-defined]
        assert kind == _plain_kind(words), repr(words)
        kinds.add(kind)
    assert kinds == {"", "weak", "layout", "strong"}


def test_kind_of_attrs_is_the_plain_check() -> None:
    rng = random.Random(12)
    strings = _class_strings(13, 20_000)
    for _ in range(20_000):
        cls = rng.choice([None, *strings[:50], rng.choice(strings)])
        ident = rng.choice([None, "", rng.choice(strings)])
        cls = cls if rng.random() < 0.5 else (cls or "") + "NoCredit textWithCounter"
        words = classwords._attr_words(cls, ident)
        expected = _plain_kind(words) if words else ""
        assert classwords._kind_of_attrs.__wrapped__(cls, ident) == expected, (cls, ident)  # type: ignore[attr-defined]


def test_every_vocabulary_word_is_found() -> None:
    # each word alone, and inside a longer name, is furniture exactly when the plain check says
    for word in _VOCABULARY:
        for words in (word, "x-" + word + "-y", "a " + word, word + "s b", "live-" + word):
            assert classwords._kind_of_words.__wrapped__(words) == _plain_kind(words), words  # type: ignore[attr-defined]


def _plain_weight(words: str) -> tuple[float, bool]:
    weight = 0.0
    negative = classwords.furniture_words(words)
    marked = _STRONG.search(negative) or _WEAK.search(negative)
    if marked:
        weight -= 25.0
    if _POSITIVE.search(words):
        weight += 10.0
    return weight, bool(not marked and _LAYOUT.search(negative))


def test_class_weight_is_the_plain_weight() -> None:
    weights = set()
    for words in _class_strings(14, 60_000) + _VOCABULARY:
        weight, layout = blockscore._weight_of_words.__wrapped__(words)  # type: ignore[attr-defined]
        assert (weight, bool(layout)) == _plain_weight(words), repr(words)
        weights.add((weight, bool(layout)))
    assert weights == {(w, False) for w in (0.0, 10.0, -25.0, -15.0)} | {(0.0, True), (10.0, True)}
