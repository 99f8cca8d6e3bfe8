"""Lines the Chinese platforms print around a post or a story (pipeline.maintext.cjkplatform):
the post's IP location, a correction, report or share button, a Q&A answer's action bar, a
blog's count of readers, an official account's reading controls, the production's roles
written with the accounts' separator, a ban on reprinting; the sentences of the same words
that stay text. Lines and pages we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.cjkplatform import is_cjk_platform_line
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import cjk_lines_page

STORY = [
    "城东早市改造后首次开市，清晨五点半就已人头攒动，摊主们说客流比改造前多了三成。",
    "新搭建的雨棚覆盖了全部摊位，市场管理方还增设了公共洗手台和垃圾分类点。",
    "一位在这里卖了二十年豆腐脑的摊主说，下雨天再也不用收摊了，生意也更稳定。",
]

PLATFORM = {
    "the post's IP location": [
        "IP属地：山东",
        "发布于 2023-05-01 12:00・IP 属地北京",
        "编辑于 昨天 18:20 · IP 屬地廣東",
        "3小时前 · IP属地：中国香港",
    ],
    "a correction, report or share button": [
        "【纠错】",
        "[我要纠错]",
        "【我要纠错】责任编辑：张三",
        "举报/反馈",
        "分享让更多人看到",
        "分享給更多人",
    ],
    "a Q&A answer's action bar": [
        "赞同 1234",
        "赞同 1.2 万 添加评论 分享 喜欢 收藏 申请转载",
        "添加评论",
        "申请转载",
    ],
    "a blog's count of readers": ["文章浏览阅读340次", "文章浏览阅读1.2k次，点赞3次，收藏10次。"],
    "an official account's reading controls": [
        "继续滑动看下一个",
        "轻触阅读原文",
        "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏",
    ],
    "the production's roles": [
        "编辑丨李四",
        "来源丨新华社 编辑丨李四",
        "排版 | 王五",
        "编辑丨李四、王五 审核丨赵六",
        "文字：张三 图片：李四 编辑：王五",
    ],
    "a ban on reprinting": ["本文禁止转载或摘编", "谢绝转载"],
}

TEXT_LINES = [
    "微博上线了显示IP属地的功能。",
    "IP属地显示功能引发热议",
    "2024年起IP属地显示功能全面上线",
    "读者可以点击纠错按钮反馈问题",
    "这篇文章的浏览阅读量很高",
    "编辑部的同事们都赞同这个方案",
    "我赞同他的看法",
    "分享让更多人看到了希望，也让公益走得更远。",
    "该公司禁止转载员工的内部邮件。",
    "文字：张三 图片：李四",
    "来源丨新华社",
]


def _page(lines: list[str], where: str = "end") -> str:
    return cjk_lines_page("城东早市焕新颜", STORY, lines, where)


@pytest.mark.parametrize("kind", sorted(PLATFORM))
def test_a_platform_line_is_no_text(kind: str) -> None:
    lines = PLATFORM[kind]
    for line in lines:
        assert is_cjk_platform_line(line), line
        assert is_boilerplate_line(line), line
    assert own_paragraphs(_page(lines)) == STORY
    assert own_paragraphs(_page(lines, "middle")) == STORY


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_the_same_words_is_text(line: str) -> None:
    assert not is_cjk_platform_line(line)
    assert own_paragraphs(_page([line], "middle")) == STORY[:2] + [line] + STORY[2:]


def test_a_long_line_is_never_a_platform_line() -> None:
    assert not is_cjk_platform_line("IP属地：山东" + "说明" * 30)
