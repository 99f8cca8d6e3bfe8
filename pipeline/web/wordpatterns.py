"""Regular expressions built from word lists: `WordPattern` (class/id word alternations
searched fast), `literal_alternation` and `any_literal` (a trie of literal words as one
pattern), `LiteralMarks` (such a trie asked fast on ASCII text), `CaselessWords` (words
searched ignoring case, fast where none is) and `top_level_alternatives` (a pattern's own
alternatives)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


class WordPattern:
    """An alternation of class/id word patterns, searched fast.

    Python's re skips ahead on the set of possible first characters only when every
    alternative starts with a literal; one "\\bnav" among them makes every search try every
    alternative at every position (13 us on a short class string). So the alternatives that
    start with \\b are compiled apart, behind one shared \\b. The plain words among them
    ("comment", "leia-?tambem") are merged into a prefix tree ("co(?:m(?:entario|ment)|okie)")
    so a long vocabulary in many languages costs few trials at each position.
    """

    def __init__(self, pattern: str) -> None:
        alternatives = top_level_alternatives(pattern)
        bounded = [a[2:] for a in alternatives if a.startswith(r"\b")]
        literal = [a for a in alternatives if not a.startswith(r"\b")]
        self.pattern = pattern
        self._parts = [re.compile(_alternation(literal))] if literal else []
        # (gate, pattern): the gate is None, or a pattern found wherever the pattern is
        self._gated: list[tuple[re.Pattern[str] | None, re.Pattern[str]]] = [
            (None, part) for part in self._parts
        ]
        if bounded:
            tree = _alternation(bounded)
            self._parts.append(re.compile(r"\b(?:" + tree + ")"))
            # The alternatives without their \b: found wherever they are found at a word's
            # start. When each opens on a letter or digit (not optional), re skips ahead to
            # those characters: on a long text (`_GATED_CHARS`: a page's link targets, 2,500
            # characters) a third to a quarter of the \b pattern's trial at every position,
            # and most such texts hold none. On a class string (20 characters) the gate
            # would be one more search: not asked.
            gate = re.compile(tree) if all(map(_opens_on_literal, bounded)) else None
            self._gated.append((gate, self._parts[-1]))

    def search(self, text: str) -> bool:
        """True when any alternative occurs in `text`."""
        long = len(text) >= _GATED_CHARS
        for gate, part in self._gated:  # (a loop: any() over a generator costs more)
            if long and gate is not None and gate.search(text) is None:
                continue  # (no alternative anywhere: none at a word's start)
            if part.search(text):
                return True
        return False


_GATED_CHARS = 200  # a text this long is searched for `WordPattern`'s gate first


def _opens_on_literal(alternative: str) -> bool:
    """True for an alternative whose first character is a letter or digit that must be
    there (not followed by a quantifier)."""
    return (
        alternative[:1].isascii()
        and alternative[:1].isalnum()
        and alternative[1:2] not in ("?", "*", "{")
    )


_PLAIN_WORD = re.compile(r"(?:[a-z0-9_]|-\??)+")


def _alternation(alternatives: list[str]) -> str:
    """`alternatives` as one regex matching where any of them matches: the plain words (letters,
    digits, "_", "-" or an optional "-?") as a prefix tree, the others as they are."""
    plain = [a for a in alternatives if _PLAIN_WORD.fullmatch(a)]
    other = [a for a in alternatives if not _PLAIN_WORD.fullmatch(a)]
    trie = _trie(spelling for word in plain for spelling in _spellings(word))
    return "|".join(([_trie_regex(trie)] if trie else []) + other)


def _trie(words: Iterable[str]) -> dict[str, Any]:
    """`words` as a prefix tree: a dict per character, "" marking where a word ends."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _spellings(word: str) -> list[str]:
    """The strings a plain word matches: "leia-?tambem" is "leiatambem" and "leia-tambem"."""
    head, sep, tail = word.partition("-?")
    if not sep:
        return [word]
    return [h + t for h in (head, head + "-") for t in _spellings(tail)]


def _trie_regex(node: dict[str, Any]) -> str:
    if "" in node:  # a word ends here: a search needs nothing longer
        return ""
    parts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def literal_alternation(words: Iterable[str]) -> str:
    """A regex (no flags of its own) matching exactly the strings `words`, no longer and no
    shorter: the alternation of the words, escaped, as a prefix tree ("ab(?:c|d)?" for "ab",
    "abc", "abd"), so a long vocabulary costs about one trial per character where it is
    tried. Not a search pattern: wrap it in anchors or in what must follow it."""
    trie = _trie(words)
    return _exact_trie_regex(trie) if trie else "(?!)"


def _exact_trie_regex(node: dict[str, Any]) -> str:
    parts = [re.escape(ch) + _exact_trie_regex(kid) for ch, kid in sorted(node.items()) if ch]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and "" not in node else "(?:" + "|".join(parts) + ")"
    return body + "?" if "" in node else body


def any_literal(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of `words` (plain strings, searched as
    they are) is: `any(word in text for word in words)` in one scan. The words are merged
    into a prefix tree, so each position costs about one trial however many words there are
    (thirty `in` tests each scan the whole text)."""
    trie = _trie(words)
    return re.compile(_trie_regex(trie) if trie else "(?!)")  # (no words: found nowhere)


# The characters of ASCII prose, most frequent first (English letter frequencies, the space
# first): a word's anchor in `any_literal_anchored` is its character latest in this order,
# any other character (digits, punctuation, letters outside ASCII) before all of them. Only
# the speed of a search depends on it, never its answer.
_ANCHOR_ORDER = " etaoinsrhldcumfpgwybvkxjqz"


def _anchor_rank(ch: str) -> int:
    """How frequent `ch` is in prose (`_ANCHOR_ORDER`; higher: more frequent)."""
    at = _ANCHOR_ORDER.find(ch)
    return len(_ANCHOR_ORDER) - at if at >= 0 else 0


def any_literal_anchored(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose `search` finds something in a text exactly when one of `words` is in it,
    as `any_literal(words)`'s does, in fewer trials on prose: a yes or no only (the match is
    a word's tail, not the word).

    re skips ahead to the characters that start a match, and the prefix tree of
    `any_literal` starts at a word's first letter, which is nearly any letter of a line of
    prose (each position is then a trial of the tree). Here each word is matched from its
    rarest character (`_ANCHOR_ORDER`: "k" of "unlock", "v" of "views"), the characters after
    it read, then the whole word checked behind the end by a lookbehind of the word itself:
    a match at position p of character w[k], with w[k + 1:] after it and w ending where the
    match ends, is the word at p - k; and a word at q has its anchor at q + k, where its
    alternative is tried. The alternatives are grouped by anchor, so a trial at a position
    reads its one group."""
    groups: dict[str, set[str]] = {}
    for word in set(words):
        if not word:
            return re.compile("")  # (the empty word is in every text)
        at = max(range(len(word)), key=lambda i: (-_anchor_rank(word[i]), i))
        tail = re.escape(word[at + 1 :]) + (f"(?<={re.escape(word)})" if at else "")
        groups.setdefault(word[at], set()).add(tail)
    if not groups:
        return re.compile("(?!)")  # (no words: found nowhere)
    alternatives = []
    for anchor, tails in sorted(groups.items()):
        if "" in tails:  # (a word of one character: the anchor alone is a match)
            alternatives.append(re.escape(anchor))
        else:
            alternatives.append(re.escape(anchor) + "(?:" + "|".join(sorted(tails)) + ")")
    return re.compile("|".join(alternatives))


class LiteralMarks:
    """`any_literal(words)`, answered fast on a long ASCII line of prose.

    re tries the prefix tree at every position whose character starts a word, and in ASCII
    prose nearly every letter starts one (about 7 us on a line of 300 characters), while an
    `in` test is a fast string search (about 0.2 us). So an ASCII text is first asked for a
    few `cores` with `in`, every ASCII word holding one ("omment" for "comment" and
    "komment"): a text holding none holds no word, and the tree is searched only on a text
    holding one. A text outside ASCII is searched at once: few of its letters start a word,
    and `in` would convert each core to search it (and a word outside ASCII is in no ASCII
    text).
    """

    def __init__(self, words: Iterable[str], cores: Iterable[str]) -> None:
        words = list(words)
        self.cores = tuple(cores)
        for word in words:
            if word.isascii() and not any(core in word for core in self.cores):
                raise ValueError(f"{word!r} holds none of the cores")
        self._tree = any_literal(words)

    def search(self, text: str) -> re.Match[str] | None:
        """The first of the words found in `text` (as `any_literal(words).search`), or None."""
        if text.isascii():
            for core in self.cores:  # (a loop: any() over a generator costs more)
                if core in text:
                    break
            else:
                return None
        return self._tree.search(text)


# The characters Python's re, ignoring case, takes for a lower-case letter of the Latin, Greek
# or Cyrillic alphabets although their own lower() is not that letter ("ı" and "İ" for "i", "ſ"
# for "s", "µ" for "μ", "ς" and "σ" for each other, Greek and Cyrillic letter variants: found
# by trying every character, tests/test_wordpatterns.py), and "Σ", which lower() makes "σ" or
# "ς" by its place in a word. Each one's lower() holds a character outside ASCII (for "İ", "i"
# and U+0307), here listed.
_UNFOLDED = (
    "\u00b5\u0130\u0131\u017f\u0345\u03a3\u03c2\u03c3\u03d0\u03d1\u03d5\u03d6\u03f0"
    "\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1e9b\u1fbe\u1fe3"
)
_UNFOLDED_LOWERED = sorted({ch for c in _UNFOLDED for ch in c.lower() if not ch.isascii()})
_UNFOLDED_LOWERED_MARK = re.compile("[" + "".join(map(re.escape, _UNFOLDED_LOWERED)) + "]")


def lowers_plainly(lowered: str) -> bool:
    """A text whose lower() is `lowered` held no `_UNFOLDED` character: then a word that a
    case-blind pattern finds in the text is in `lowered`, lowered (re takes a character for a
    letter of the word only where lower() gives that letter, save for `_UNFOLDED`'s; lower()
    lowers character by character: tested for the letters of the words asked so,
    tests/test_wordpatterns.py)."""
    return lowered.isascii() or _UNFOLDED_LOWERED_MARK.search(lowered) is None


class CaselessWords:
    """`re.compile("(?i:" + "|".join(map(re.escape, words)) + ")")` (`pattern`), whose
    `search` is answered fast where it finds nothing.

    Ignoring case, re tries every word at every position of a text (cased first letters: no
    skipping ahead), about 0.3 us a character for thirty words: 100-300 us for a few lines
    of Chinese. But re matches a letter of a word exactly where lower() gives the letter's
    lower case, save for the characters of `_UNFOLDED` (tested for every letter of the words),
    and lower() lowers a text character by character: so a text holding a word holds its
    lowered form once lowered, or a lowered `_UNFOLDED` character. A lowered text holding
    neither (one search of a prefix tree, `any_literal`; an ASCII text: `in` tests of the
    ASCII words, as no other word's lowered form is in it) holds no word.
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        lowered = [word.lower() for word in words]
        self.pattern = re.compile("(?i:" + "|".join(map(re.escape, words)) + ")")
        self._ascii = tuple(word for word in lowered if word.isascii())
        self._tree = any_literal([*lowered, *_UNFOLDED_LOWERED])

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`."""
        if text.isascii():
            lowered = text.lower()
            for word in self._ascii:  # (a loop: any() over a generator costs more)
                if word in lowered:
                    break
            else:
                return None
        elif self._tree.search(text.lower()) is None:
            return None
        return self.pattern.search(text)


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at the "|" that are outside groups and character classes."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]
