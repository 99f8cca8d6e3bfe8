"""`widgetlines._WIDGET_WORD` without re.I (its one cased word, "RSS", spelled out as re.I
reads it) finds what the former case-blind pattern found: on every character of Unicode
alone (no other character is one of its letters under re.I), and by findall, search and sub
on generated lines of its words, their letters in every case, digits and marks; and the
line tests asking it (`is_widget_line`, `is_toolbar`) answer as before."""

from __future__ import annotations

import random
import re

from pipeline.maintext import widgetlines
from pipeline.maintext.widgetlines import _WIDGET_WORD, is_toolbar, is_widget_line

# The former pattern, word for word.
_FORMER = re.compile(
    r"我要评论|我要評論|发起话题|复制链接|複製連結|发表于|發表於|阅读|閱讀|评论|評論|浏览|瀏覽|"
    r"打印本页|列印本頁|关闭窗口|關閉視窗|点击|點擊|收藏|打印|列印|分享|转发|轉發|字号|字號|字体|字體|"
    r"推荐|推薦|举报|舉報|回复|回覆|"
    r"查看|上一页|下一页|上一頁|下一頁|上一篇|下一篇|首页|尾页|返回|第\d+页|共\d+页|大中小|RSS|"
    r"关闭|關閉|编辑|編輯|作者",
    re.I,
)
_WORDS = [w for w in _FORMER.pattern.split("|") if "\\" not in w]
_LETTERS = sorted({c for w in _WORDS for c in w})
# characters near the words' own: case partners, digits, marks, brackets, the dotted and
# dotless i, the Kelvin sign, other Han
_OTHERS = list("rRsSſkKİı0123456789１２ 　|:：()（）【】[]<>页頁第共大中小评读文章新闻")


def _line(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 8)):
        roll = rng.random()
        if roll < 0.45:
            word = rng.choice(_WORDS)
            parts.append("".join(c.swapcase() if rng.random() < 0.3 else c for c in word))
        elif roll < 0.55:
            parts.append(rng.choice(("第", "共")) + str(rng.randint(0, 120)) + rng.choice("页頁"))
        elif roll < 0.65:
            parts.append("".join(rng.choice("RrSsſ") for _ in range(rng.randint(1, 4))))
        else:
            pool = _LETTERS + _OTHERS
            parts.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 4))))
    return rng.choice(("", " ", "【")).join(parts)


def test_every_character_alone_is_matched_as_before() -> None:
    # each character of Unicode, as the one-character text a pattern's letter would match
    everything = "".join(map(chr, range(0x110000)))
    one_letter = "|".join(re.escape(c) for c in _LETTERS)
    assert set(re.findall(one_letter, everything, re.I)) == {*_LETTERS, "r", "s", "ſ"}
    assert set(re.findall("[RrSsſ]", everything)) == set(
        re.findall("R|S", everything, re.I)
    )  # the spelled-out letters are the case-blind R's and S's, no more
    assert _WIDGET_WORD.findall(everything) == _FORMER.findall(everything)


def test_generated_lines_match_as_before() -> None:
    rng = random.Random(2907)
    found = 0
    for _ in range(20_000):
        line = _line(rng)
        assert _WIDGET_WORD.findall(line) == _FORMER.findall(line)
        assert _WIDGET_WORD.sub("", line) == _FORMER.sub("", line)
        new, old = _WIDGET_WORD.search(line), _FORMER.search(line)
        assert (new and new.span()) == (old and old.span())
        found += old is not None
    assert found > 10_000  # (the lines hold the words)


def test_line_tests_answer_as_before() -> None:
    rng = random.Random(2908)
    lines = [_line(rng) for _ in range(5_000)]
    lines += [
        "".join(f"【{_line(rng)[:6]}】" for _ in range(rng.randint(1, 4))) for _ in range(3_000)
    ]
    new = [(is_widget_line(line), is_toolbar(line)) for line in lines]
    widgetlines._WIDGET_WORD = _FORMER
    try:
        old = [(is_widget_line(line), is_toolbar(line)) for line in lines]
    finally:
        widgetlines._WIDGET_WORD = _WIDGET_WORD
    assert new == old
    assert sum(w for w, _ in old) > 100 and sum(t for _, t in old) > 50
