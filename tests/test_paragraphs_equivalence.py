"""The shortcuts of maintext.paragraphs.is_boilerplate_line against the plain checks they
replace, on random lines built from the patterns' own words, case changes, characters that
fold case oddly and Chinese text."""

from __future__ import annotations

import random
import re

from pipeline.maintext import appeals, consentlines, credits
from pipeline.maintext import linekinds as par
from pipeline.web import html as dom

_FRAGMENTS = [
    "Copyright",
    "copyright",
    "COPYRIGHT",
    "All rights reserved",
    "all Rights RESERVED",
    "sur le sujet",
    "Sur le même sujet",
    "sur le sujet  ",
    "返回搜狐",
    "查看更多",
    "版权所有",
    "著作权",
    "未经授权请勿转载",
    "未經授權禁止使用",
    "\u017f",
    "\u0130",
    "\u0131",
    "\u212a",
    "中文",
    "新闻",
    " ",
    ".",
    "a",
    "S",
    "2026",
    "责任编辑：",
    "Read more",
]


def _random_lines(seed: int, count: int, words: list[str]) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(words) for _ in range(rng.randrange(0, 6))]
        line = "".join(parts)
        if rng.random() < 0.3:
            line = line.swapcase()
        if rng.random() < 0.3 and line:  # replace one character with an odd-folding one
            i = rng.randrange(len(line))
            line = line[:i] + rng.choice("\u017fs\u0130\u0131\u212ak") + line[i + 1 :]
        out.append(line)
    return out


def test_boilerplate_pattern_is_the_plain_search() -> None:
    for text in _random_lines(1, 30_000, _FRAGMENTS):
        plain = par.BOILERPLATE_LINE.search(text) is not None
        assert par._is_boilerplate_pattern(text) == plain, repr(text)


def test_anywhere_start_holds_every_first_character() -> None:
    firsts = {a[0] for a in dom.top_level_alternatives(par._BOILERPLATE_ANYWHERE.pattern)}
    for first in firsts:
        starts = re.compile(re.escape(first), par._BOILERPLATE_ANYWHERE.flags)
        for code in range(0x10000):
            if starts.match(chr(code)):
                assert par._ANYWHERE_START.match(chr(code)), (first, hex(code))


def test_anywhere_ascii_cores_are_in_every_ascii_match() -> None:
    words = [*_FRAGMENTS, *par._ANYWHERE_ASCII, "sur le ", "rights", "reserved", "ſujet"]
    ascii_words = [w for w in words if w.isascii()]
    for text in _random_lines(2, 30_000, ascii_words):
        if text.isascii() and par._BOILERPLATE_ANYWHERE.search(text):
            assert any(core in text.lower() for core in par._ANYWHERE_ASCII), repr(text)


def test_every_mark_holds_a_mark_letter() -> None:
    # (but TikTok's: the channel branch's every match names a channel, "canal", "channel",
    # "kanal" or "chaîne", each holding "l" or "h")
    tiktok = {"tiktok", "tıktok", "ti\u0307ktok"}
    for mark in (*appeals._MARKS, *credits._MARKS):
        assert par._MARK_LETTERS.search(mark) or mark in tiktok, mark
    for word in ("canal", "channel", "kanal", "chaîne", "canale"):
        assert par._MARK_LETTERS.search(word), word
    assert par._MAX_MARKED >= max(appeals._MAX_APPEAL, credits._MAX_CREDIT)


def test_mark_letter_gate_keeps_appeals_and_credits() -> None:
    words = [*appeals._MARKS, *credits._MARKS, *_FRAGMENTS, "Subscribe to our newsletter"]
    words += ["To contact the editor: ", "--Editors: A, B", "with files from AP", "X" * 120]
    for text in _random_lines(3, 30_000, words):
        plain = appeals.is_appeal(text) or credits.is_credit_line(text)
        gated = (
            len(text) < par._MAX_MARKED
            and par._MARK_LETTERS.search(text.lower()) is not None
            and (appeals.is_appeal(text) or credits.is_credit_line(text))
        )
        assert gated == plain, repr(text)
        if plain:  # and is_boilerplate_line, gated the same way, finds each
            assert par.is_boilerplate_line(text), repr(text)


def test_any_literal_is_any_substring() -> None:
    rng = random.Random(4)
    alphabet = ["a", "b", "ab", "ba", " ", "é", "ü", "к", "中", "\U0001f600", ".", "*", "(", "\\"]
    for _ in range(3000):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 4)))]
        words += [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5)))
            for _ in range(rng.randrange(0, 6))
        ]
        words = words[rng.randrange(2) :]  # sometimes no empty word, sometimes no word at all
        found = dom.any_literal(words)
        for _ in range(10):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10)))
            assert (found.search(text) is not None) == any(w in text for w in words), (words, text)


def test_literal_alternation_is_the_words() -> None:
    """`literal_alternation` matches exactly its words, whole: no longer, no shorter."""
    rng = random.Random(6)
    alphabet = ["a", "b", "ab", " ", "é", "к", "中", ".", "*", "(", "\\", "?"]
    for _ in range(2000):
        words = [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 4)))
            for _ in range(rng.randrange(0, 6))
        ]
        whole = re.compile(f"(?:{dom.literal_alternation(words)})\\Z")
        for _ in range(10):
            text = rng.choice([*words, ""]) + rng.choice(["", *alphabet])
            assert (whole.match(text) is not None) == (text in words), (words, text)


def test_mark_patterns_are_their_marks() -> None:
    lines = _random_lines(
        5,
        20_000,
        [
            *appeals._MARKS,
            *credits._MARKS,
            *consentlines._CONSENT_MARKS,
            *_FRAGMENTS,
            "commen",
            "don",
        ],
    )
    for found, marks in (
        (appeals._MARKED, appeals._MARKS),
        (credits._MARKED, credits._MARKS),
        (consentlines._CONSENT_MARKED, consentlines._CONSENT_MARKS),
    ):
        for line in lines:
            lowered = line.lower()
            assert (found.search(lowered) is not None) == any(m in lowered for m in marks), line


def test_heading_gates_are_the_patterns_matches() -> None:
    """`paragraphs._is_notice_heading` and `threadcut.is_comments_heading` skip ASCII lines
    the patterns cannot match: the same answer on generated lines."""
    from pipeline.maintext import paragraphs, threadcut

    pieces = ["Disclaimer", "DISCLAIMER", "dısclaimer", "Copyright notice", "copyright NOTICE"]
    pieces += [
        ":",
        "：",
        " ",
        "版权声明",
        "免责说明",
        "【声明】",
        "声明",
        "已有3件评论",
        "共有 12 条回复",
    ]
    pieces += ["《标题》", "Notice", "x", "Comments", "ſ", "İ", "a line of prose.", "d", "C"]
    rng = random.Random(23)
    for _ in range(30_000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 4)))
        notice = paragraphs._NOTICE_HEADING.match(text) is not None
        comments = threadcut._COMMENTS_HEADING.match(text) is not None
        assert paragraphs._is_notice_heading(text) == notice, text
        assert threadcut.is_comments_heading(text) == comments, text


def test_json_ld_unwrapping_is_the_wrapper_pattern_s() -> None:
    from pipeline.web.metadata import structured

    pieces = ['{"a": 1}', "<![CDATA[", "]]>", "<!--", "-->", "//", " ", "\n", "<!", "--", "]]"]
    rng = random.Random(29)
    for _ in range(20_000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 6)))
        assert structured._unwrapped(text) == structured._JSON_WRAPPER.sub("", text), text
