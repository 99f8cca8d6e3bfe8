"""The fast paths of the line tests (`pipeline.maintext.sitelines`, `sitenotes`,
`linekinds`, `LiteralMarks`) against the plain logic they replace, on generated lines: the
marks, the cheaper gates and the patterns' words in random order, cases and lengths, in
ASCII and outside it."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.maintext import (
    appeals,
    consentlines,
    credits,
    followprompts,
    linekinds,
    sitelines,
    sitenotes,
)
from pipeline.web.html import LiteralMarks, any_literal, any_literal_anchored

# Words that open, hold or close what the tests look for, and prose around them.
_PIECES = [
    *("Thank you for your feedback", "Thanks for voting", "merci pour votre avis", "dank"),
    *("gracias por votar", "follow", "Follow The Daily Example on", "Facebook", "Twitter"),
    *("and", "Instagram", "fill out the form below", "form below", "rights", "reserved"),
    *("All rights reserved.", "Droits réservés", "derechos reservados", "rechte vorbehalten"),
    *("Copyright 2024", "©", "(c)", "may not be published", "This material", "may not be"),
    *("reproduced", "without", "permission", "Reproduction is prohibited", "reprint"),
    *("Перепечатка", "запрещена", "при использовании материалов", "ссылка", "przedruk"),
    *("Riproduzione riservata", "View Full Profile", "bio", "More stories by Jane Roe"),
    *("all posts", "Rate this article", "Was this article helpful?", "war dieser Artikel"),
    *("hilfreich", "Оцените статью", "ваш голос учтен", "Watch video:", "WATCH", "Video"),
    *("video", "vídeo:", "Смотрите видео:", "видео", "regardez", "izle", "βίντεο:", "|"),
    *("Full Screen", "Jane Roe | Getty Images", "$199 at Amazon", "embed", "wait 3 seconds"),
    *("the", "council", "said", "on Tuesday", "that", "watch", "the river", "中文", "新闻"),
    *("ſ", "ı", "K", "İ", ":", ".", "!", "-", " ", "  ", "the rıghts reserved"),
    # re.I reads "ı" as an "i", lower() does not: a pattern's match holding no mark
    *("All rıghts reserved.", "mercı pour votre avis", "Gracıas por votar", "Vıdeo:"),
    *("war dieser Artikel hılfreich", "Sehr hılfreich"),
    # a core of a mark without the mark (`LiteralMarks`)
    *("the report", "biology", "posts", "stories", "reserve", "war dieser Krieg", "repr"),
]


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", *_PIECES, *(a + " " + b for a in _PIECES for b in _PIECES)]
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randrange(1, 9))]
        line = " ".join(words)
        if rng.random() < 0.3:
            line = line.upper() if rng.random() < 0.5 else line.lower()
        if rng.random() < 0.3:  # around the length limits
            line = (line + " " + "prose of the article " * 25)[
                : rng.choice([79, 81, 200, 299, 399])
            ]
        out.append(line)
    return out


def _old_is_site_line(text: str) -> bool:
    """`is_site_line` before the mark was looked for lazily (24f4d06)."""
    s = sitelines
    if len(text) > s._MAX_NOTICE:
        return False
    lowered = text.lower()
    if s._is_player_line(text, lowered):
        return True
    marked = s._MARKED.search(lowered) is not None
    rights = s._RIGHTS_OPENING.match(lowered) is not None or (
        marked
        and any(m in lowered for m in s._RESERVED_MARKS)
        and s._RESERVED.search(text) is not None
    )
    if rights and s._NO_REUSE.search(text) is not None:
        return True
    if (
        marked
        and len(text) < s._MAX_RULE_LINE
        and any(m in lowered for m in s._REPRINT_MARKS)
        and s._REPRINT_RULE.search(text) is not None
    ):
        return True
    if not marked:
        return False
    n = len(text)
    if n <= s._MAX_THANKS and s._FORM_THANKS.match(text):
        return True
    if n <= s._MAX_FOLLOW and "follow" in lowered and s._FOLLOW_SITE.search(text):
        return True
    if "form below" in lowered and s._FORM_BELOW.search(text):
        return True
    if n <= s._MAX_VIDEO_TEASER and lowered.endswith(" video") and s._VIDEO_TEASER.match(text):
        return True
    if n < s._MAX_RULE_LINE:
        if (
            lowered.startswith(s._RATING_OPENINGS) or any(w in lowered for w in s._RATING_WORDS)
        ) and s._RATING.search(text):
            return True
        if lowered.startswith(s._VIDEO_OPENINGS) and s._VIDEO_LABEL.match(text):
            return True
    return any(m in lowered for m in s._PROFILE_MARKS) and s._PROFILE_LINK.search(text) is not None


def test_site_line_looks_for_its_mark_lazily_and_answers_as_before() -> None:
    lines = _lines(1, 20_000)
    found = 0
    for text in lines:
        expected = _old_is_site_line(text)
        assert sitelines.is_site_line(text) == expected, repr(text)
        assert sitelines.is_site_line(text, text.lower()) == expected, repr(text)
        found += expected
    assert found > 500  # (the generated lines hold site lines of each kind)


def test_literal_marks_find_what_the_prefix_tree_finds() -> None:
    rng = random.Random(2)
    alphabet = ["a", "b", "c", "ab", " ", "é", "к", "中", "ı", "K", ".", "*", "\\"]
    for _ in range(3000):
        words = [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5)))
            for _ in range(rng.randrange(0, 6))
        ]
        cores = sorted({w[i : i + 2] or w for w in words if w.isascii() for i in [0]})
        found = LiteralMarks(words, cores)
        tree = any_literal(words)
        for _ in range(10):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
            expected = tree.search(text)
            got = found.search(text)
            assert (got is None) == (expected is None), (words, cores, text)
            assert got is None or expected is None or got.group() == expected.group()


def test_literal_marks_refuse_a_word_holding_no_core() -> None:
    with pytest.raises(ValueError):
        LiteralMarks(["comment", "reply"], ["omment"])
    LiteralMarks(["comment", "коммент"], ["omment"])  # (a word outside ASCII needs none)


def test_note_and_consent_marks_are_their_marks() -> None:
    extra = ["women", "moment", "commentary", "ctr", "agre", "ac ce", "sie", "Sie", "ıomment"]
    lines = _lines(3, 5_000) + [
        " ".join(
            random.Random(i).sample([*sitenotes._MARKS, *consentlines._CONSENT_MARKS, *extra], 3)
        )
        for i in range(5_000)
    ]
    for found, marks in (
        (sitenotes._MARKED, sitenotes._MARKS),
        (consentlines._CONSENT_MARKED, consentlines._CONSENT_MARKS),
    ):
        for line in lines:
            for text in (line, line.lower(), line[:7], line[3:]):
                expected = any(m in text for m in marks)
                assert (found.search(text) is not None) == expected, (text, marks)


def test_network_marks_are_the_names() -> None:
    names = [n for n in followprompts.NETWORKS if not followprompts._is_word_name(n)]
    extra = ["program", "telegraph", "googl", "face book", "you tube", "viberate", "Facebook"]
    rng = random.Random(4)
    lines = _lines(5, 3_000) + [" ".join(rng.sample([*names, *extra], 3)) for _ in range(5_000)]
    for line in lines:
        for text in (line, line.lower(), line[:9], line[4:]):
            expected = any(n in text for n in names)
            assert (followprompts._NETWORK_MARKED.search(text) is not None) == expected, text


def _wide_lines(seed: int, count: int) -> list[str]:
    """Lines of Chinese prose holding marks of the line tests (each set's words, in any case)
    and furniture of each kind around them."""
    marks = [
        *followprompts.NETWORKS,
        *linekinds._APPEAL_MARKS,
        *linekinds._CREDIT_MARKS,
        *consentlines._CONSENT_MARKS,
        *sitenotes._MARKS,
        *sitelines._SITE_LINE_MARKS,
    ]
    prose = [
        *("据新华社报道，", "市政府周二表示", "今年的降雨量比往年多了三成。", "相关链接：", "微博"),
        *(
            "关注我们的微信公众号",
            "版权所有，未经授权不得转载",
            "责任编辑：王小明",
            "（记者 张三）",
        ),
        *("本文仅代表作者本人观点", "如有侵权请联系删除", "点击进入", "2024年5月1日", "|", "："),
        *("日本語の記事です。", "기자 홍길동", "Copyright 2024", "©", "watch", "ı", "İ", "ſ"),
    ]
    rng = random.Random(seed)
    out = [m + "：" + p for m in marks for p in prose[:3]]
    for _ in range(count):
        words = [rng.choice(prose) for _ in range(rng.randrange(1, 8))]
        if rng.random() < 0.5:
            mark = rng.choice(marks)
            words.insert(rng.randrange(len(words) + 1), rng.choice([mark, mark.upper()]))
        line = "".join(words)
        if rng.random() < 0.2:
            line = (line + "这是文章的正文内容" * 50)[: rng.choice([40, 119, 121, 299, 301, 399])]
        out.append(line)
    return out


def test_a_wide_line_asked_for_every_mark_at_once_answers_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`is_boilerplate_line` skips the tests of `_LINE_MARKS`' words on a wide line holding
    none (`_holds_no_mark`): the same answers as asking each test."""
    lines = [t for t in _wide_lines(6, 20_000) + _lines(7, 5_000) if t]  # (never asked of "")
    fast = [linekinds.is_boilerplate_line(text) for text in lines]
    monkeypatch.setattr(linekinds, "_holds_no_mark", lambda lowered: False)
    slow = [linekinds.is_boilerplate_line(text) for text in lines]
    assert fast == slow
    assert 1_000 < sum(fast) < len(lines) - 1_000  # (furniture and prose both)


def test_every_mark_of_the_line_tests_is_among_the_line_marks() -> None:
    for marks in (
        followprompts.NETWORKS,
        appeals._MARKS,
        credits._MARKS,
        consentlines._CONSENT_MARKS,
        sitenotes._MARKS,
        sitelines._SITE_LINE_MARKS,
    ):
        for mark in marks:
            assert not linekinds._holds_no_mark(f"新闻{mark.lower()}内容"), mark
    assert linekinds._holds_no_mark("市政府周二表示，今年的降雨量比往年多了三成。")


def test_anchored_literals_find_what_the_prefix_tree_finds() -> None:
    """`any_literal_anchored` finds something exactly where `any_literal` does: words of
    common and rare letters, regex characters, letters outside ASCII, one-letter words."""
    rng = random.Random(8)
    alphabet = ["e", "t", " ", "s", "k", "v", "ab", "q", "é", "к", "中", "K", ".", "*", "\\", "("]
    for _ in range(4000):
        words = [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 6)))
            for _ in range(rng.randrange(0, 7))
        ]
        if rng.random() < 0.02:
            words.append("")
        anchored = any_literal_anchored(words)
        tree = any_literal(words)
        texts = ["", *words, *(rng.choice(alphabet) + w + rng.choice(alphabet) for w in words)]
        texts += [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14))) for _ in range(8)
        ]
        for text in texts:
            assert (anchored.search(text) is None) == (tree.search(text) is None), (words, text)


# Lines of English prose and furniture that the appeal, credit, consent and site-note tests
# find (each test's own kind, written here), and their marks alone in prose.
_ASCII_FURNITURE = [
    *("Support our journalism: become a member today.", "Donate now to keep our newsroom going."),
    *("Sign up for our newsletter.", "We may earn a commission when you buy through links."),
    *("With files from AP", "This article was generated with the help of AI."),
    *("Updated at 10:45 to add comments.", "Already a subscriber? Log in."),
    *(
        "Spotted a typo? Press Ctrl+Enter.",
        "Found a mistake? Select the text and press Ctrl + Enter",
    ),
    *("By submitting your comment, you agree to our Terms of Use.", "Editor: Jane Roe"),
    *("To comment, please log in or register.", "To contact the reporter: sam@example.com"),
    "The views expressed in this column are those of the author and do not necessarily reflect ours.",
    *("Follow us on Twitter", "Follow The Daily Example on Facebook and Instagram"),
    *("Follow us on X", "Join our WhatsApp channel for the latest news", "Follow us on Threads"),
]
_ASCII_PROSE = [
    *("The council said on Tuesday", "that the river had risen", "by two metres", "overnight,"),
    *("and residents were told", "to leave their homes.", "Officials", "the mayor", "K", "ı"),
    *("comment", "update", "editor", "reading", "support", "views", "members", "agree", "ctrl"),
]


def _ascii_lines(seed: int, count: int) -> list[str]:
    marks = [
        *(m for m in appeals._MARKS if m.isascii()),
        *(m for m in credits._MARKS if m.isascii()),
        *(m for m in consentlines._CONSENT_MARKS if m.isascii()),
        *(m for m in sitenotes._MARKS if m.isascii()),
        *(m for m in followprompts.NETWORKS if m.isascii()),
    ]
    rng = random.Random(seed)
    out = [*_ASCII_FURNITURE, *(m + " " + p for m in marks for p in _ASCII_PROSE[:2])]
    for _ in range(count):
        pieces = [rng.choice(_ASCII_PROSE) for _ in range(rng.randrange(1, 8))]
        if rng.random() < 0.5:
            extra = rng.choice(marks) if rng.random() < 0.5 else rng.choice(_ASCII_FURNITURE)
            pieces.insert(rng.randrange(len(pieces) + 1), extra)
        line = " ".join(pieces)
        if rng.random() < 0.3:
            line = line.upper() if rng.random() < 0.5 else line.lower()
        if rng.random() < 0.3:  # around the limits (300: `_MAX_QUIET`)
            line = (line + " and the water kept rising" * 20)[: rng.choice([120, 299, 300, 399])]
        out.append(line)
    return out


def test_a_short_ascii_line_asked_for_four_tests_marks_at_once_answers_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`is_boilerplate_line` skips the appeal, credit, consent and site-note tests, and the
    networks' names that are not words, on a short ASCII line holding none of their words
    (`_ASCII_LINE_MARKS`): the same answers as
    asking each test, on lines where they find furniture and where they find none."""
    lines = [t for t in _ascii_lines(9, 20_000) + _lines(10, 5_000) if t]
    fast = [linekinds.is_boilerplate_line(text) for text in lines]
    assert all(linekinds.is_boilerplate_line(t) for t in _ASCII_FURNITURE)
    monkeypatch.setattr(linekinds, "_ASCII_LINE_MARKS", re.compile(""))  # (found in every line)
    slow = [linekinds.is_boilerplate_line(text) for text in lines]
    assert fast == slow
    assert 1_000 < sum(fast) < len(lines) - 1_000  # (furniture and prose both)


def test_every_ascii_mark_of_the_four_tests_is_among_the_ascii_line_marks() -> None:
    for marks in (
        appeals._MARKS,
        credits._MARKS,
        consentlines._CONSENT_MARKS,
        sitenotes._MARKS,
        followprompts.NAMES_ANYWHERE,
    ):
        for mark in marks:
            if mark.isascii():
                text = f"the river {mark.lower()} rose"
                assert linekinds._ASCII_LINE_MARKS.search(text) is not None, mark
    assert linekinds._ASCII_LINE_MARKS.search("the council said the river rose") is None


_DISCLAIMER_PIECES = [
    *("本文转载自网络", "轉載自", "刊载", "不代表本站观点", "不表明", "不意味着", "赞同", "证实"),
    *(
        "本网",
        "本報",
        "立场",
        "觀點",
        "不构成任何投资建议",
        "不構成投資建議",
        "风险自担",
        "風險自擔",
    ),
    *("【免责声明】", "聲明：", "声明:", "侵犯了您的权益", "侵害你的版權", "核实后", "删除相关"),
    *(
        "刪除相關",
        "如有侵权请联系删除",
        "如涉及版权问题",
        "不过",
        "不少",
        "市政府周二表示",
        "。",
        "，",
    ),
    *("今年的降雨量比往年多了三成", "请联系我们", "，我们将在24小时内", "不"),
]


def test_a_disclaimer_holds_one_of_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line `_REPRINT_DISCLAIMER` finds holds a word of `_DISCLAIMER_WORDS`, and
    `is_boilerplate_line` answers as without that gate."""
    rng = random.Random(11)
    lines = ["".join(rng.sample(_DISCLAIMER_PIECES, rng.randrange(1, 7))) for _ in range(20_000)]
    found = 0
    for line in lines:
        if linekinds._REPRINT_DISCLAIMER.search(line):
            found += 1
            assert linekinds._DISCLAIMER_WORDS.search(line), line
    assert found > 2_000
    fast = [linekinds.is_boilerplate_line(t) for t in lines]
    monkeypatch.setattr(linekinds, "_DISCLAIMER_WORDS", re.compile(""))  # (found in every line)
    assert fast == [linekinds.is_boilerplate_line(t) for t in lines]
