"""Chinese credit forms common across the mainland, Hong Kong and Taiwanese press (session 20,
helper meta20b): a name, a blank and the place before 报道 in brackets, a bullet before the
credit line, an outlet, a blank and a name in brackets, a writer's word after the name, an
intern after the reporter, a name and 報導 closing a line, any outlet before 记者 on a line of
its own. Made-up pages; each positive case fails without the change."""

from __future__ import annotations

import random

import pytest

from pipeline.web.metadata import PageView, creditpatterns, reportercredits
from pipeline.web.metadata.names import split_authors

_ZH = (
    "<p>"
    + "市议会今天就预算问题召开会议，经过长时间辩论后进行了表决，新的计划将于明年实施。" * 4
    + "</p>"
)
_CLOSING = _ZH.replace("。</p>", "。{credit}</p>")  # a credit closing the last paragraph


def _authors(article: str, headline: str = "<h1>市议会表决预算</h1>") -> tuple[str, ...]:
    html = (
        "<html lang='zh-CN'><head><title>市议会表决预算_每日新闻</title></head><body>"
        f"{headline}{article}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.cn/a/1.html")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("article", "names"),
    [
        # a name, a blank and the place before 报道, in brackets
        (_CLOSING.format(credit="（周小峰 广州报道）"), ("周小峰",)),
        (_ZH + "<p>（周小峰 广州报道）</p>", ("周小峰",)),
        ("<p>（记者 赵小三 杭州报道）</p>" + _ZH, ("赵小三",)),  # not "赵小三 杭州报道"
        # a bullet or a box before the credit line
        ("<p>□ 本报记者 钱小丹</p>" + _ZH, ("钱小丹",)),
        ("<p>■记者 孙小四</p>" + _ZH, ("孙小四",)),
        (_ZH + "<p>● 本报记者 李小五</p>", ("李小五",)),
        # an outlet, a blank and a name in brackets (the photo's credit is skipped)
        (_CLOSING.format(credit="（华夏之声网 周小然）"), ("周小然",)),
        (
            "<p>图为会场。（华夏之声网 吴小摄 摄）</p>"
            + _CLOSING.format(credit="（华夏之声网 周小然）"),
            ("周小然",),
        ),
        # a writer's word after the name
        (_ZH + "<p>(吴小艳 撰稿)</p>", ("吴小艳",)),
        (_ZH + "<p>（何小平 整理）</p>", ("何小平",)),
        # an intern after the reporter: both wrote it
        (_ZH + "<p>记者 郑小龙 实习生 王小英</p>", ("郑小龙", "王小英")),
        (_ZH + "<p>(閩東晚報記者 林小鎮 實習生 黃小平 文/攝)</p>", ("林小鎮", "黃小平")),
        # a name and 報導 closing a line, alone or after the date
        ("<p>2012/1/17</p><p>陳小梧&nbsp;報導</p>" + _ZH, ("陳小梧",)),
        ("<div>2012/1/17&nbsp;\n\t\t陳小梧&nbsp;報導</div>" + _ZH, ("陳小梧",)),
        # any outlet before 记者 on a line of its own, a compiler's word before it
        (_ZH + "<p>整合 江南日报·新闻点记者 何小翔</p>", ("何小翔",)),
        ("<p>来源：月谈网</p><p>月谈记者 冯小燕</p>" + _ZH, ("冯小燕",)),
    ],
)
def test_common_chinese_credit_forms(article: str, names: tuple[str, ...]) -> None:
    assert _authors(article) == names


@pytest.mark.parametrize(
    "article",
    [
        _ZH + "<p>（广州报道）</p>",  # a place reported from, no name
        _ZH + "<p>（上海报道）</p>",
        _CLOSING.format(credit="（本报 北京报道）"),  # the outlet and the place
        _CLOSING.format(credit="（华夏之声网）"),  # an outlet alone
        _CLOSING.format(credit="（华夏之声网 北京）"),  # an outlet and a place
        _CLOSING.format(credit="（华夏之声网 上海）"),
        _CLOSING.format(credit="（每日新闻网 海外版）"),  # an outlet and its edition
        _CLOSING.format(credit="（华夏之声网 周小然 摄）"),  # the photographer
        _ZH + "<p>责任编辑：李小四</p>",  # the editor
        _ZH + "<p>(编辑部 整理)</p>",  # a desk compiled it
        _ZH + "<p>(本报记者 整理)</p>",  # the writer's word where the name would stand
        _ZH + "<p>（资料 整理）</p>",
        _ZH + "<p>2023 年度 报道</p>",
        _ZH + "<p>相关 报道</p>",  # a menu's words: "related reports"
        _ZH + "<p>更多 报道</p>",
        _ZH + "<p>综合 报道</p>",
        _ZH + "<p>■ 摄影记者 王小明</p>",  # the photographer's line
        _ZH + "<p>深度报道</p>",
    ],
)
def test_no_author_where_no_person_is_credited(article: str) -> None:
    assert _authors(article) == ()


def test_an_intern_after_a_name_is_a_second_author() -> None:
    assert split_authors("张小三 实习生 李小四") == ["张小三", "李小四"]
    assert split_authors("林小鎮 實習生 黃小平") == ["林小鎮", "黃小平"]


def test_the_new_forms_are_found_where_the_pattern_finds_them() -> None:
    """`_credits` tries the pattern only near a credit word, and at the brackets before the
    words of forms in brackets alone ("网 ", "整理"): the new forms start there too."""
    rng = random.Random(20)
    pieces = ["（", "(", "）", ")", "\n", " ", "记者", "記者", "本报", "网", "報", "社", "台", "刊",
              "报道", "報導", "整理", "撰稿", "撰文", "整合", "实习生", "實習生", "文/攝", "摄",
              "□", "■ ", "●", "2012/1/17", "7 ", "广州", "上海", "周小峰", "王五", "华夏之声",
              "综合", "相关", "·", "版", "（周小峰", " 广州报道）", "（华夏网 ", "王五）",
              " 撰稿）", "□ 本报记者 "]  # fmt: skip
    for _ in range(60000):
        raw = "".join(rng.choices(pieces, k=rng.randint(1, 12)))
        text = "\n".join(line for line in (" ".join(t.split()) for t in raw.split("\n")) if line)
        expected = [m.span() for m in creditpatterns._CREDIT.finditer(text)]
        assert [m.span() for m in reportercredits._credits(text)] == expected, repr(text)
        if creditpatterns._CREDIT_WORD.search(text) is None:
            assert not expected, repr(text)


def test_the_credit_word_gate_is_the_in_test_of_each_word() -> None:
    rng = random.Random(21)
    pieces = ["a", "é", "\xa0", "“", " ", "记", "者", "记者", "网", " ", "整理", "报道", "기자",
              "\n", "作者", "電(", "台", "x"]  # fmt: skip
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        expected = any(word in text[start:] for word in creditpatterns._CREDIT_WORDS)
        found = text.find("记者", start) >= 0 or reportercredits._holds_credit_word(text, start)
        assert found == expected, (text, start)
