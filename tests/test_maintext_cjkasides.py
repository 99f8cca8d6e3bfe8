"""A Chinese news page's asides to the reader printed in the article's box
(pipeline.maintext.cjkasides): the call for tips with its lead-in, the request to credit the
site when reprinting, the app's pitch without a comma, a comment box's or the reading
controls' button alone, an account's request for a like, the source said as a sentence; and
the story's sentences of the same words, which stay text. Lines and pages we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.cjkasides import is_cjk_aside_line
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import cjk_lines_page

STORY = [
    "区教育局周一发布通知，今年秋季将在城东新建两所小学，新增学位约两千四百个。",
    "据介绍，两所学校均按照省级标准建设，配备塑胶操场、图书馆和专用实验室等设施。",
    "不少家长表示，新学校建成后孩子上学的路程将缩短一半，早上也不用再那么赶时间。",
]

ASIDES = {
    "a call for tips": [
        "新闻爆料热线：0571-12345678",
        "欢迎爆料！报料热线：96000",
        "想爆料？请登录某某新闻平台，或拨打热线12345",
    ],
    "a request to credit the site": [
        "转载请注明出处",
        "轉載請註明來源：某某新聞網",
        "如需转载，请注明来源",
        "本文为原创，转载时请注明作者和出处。",
        "转载请保留原文链接谢谢！",
    ],
    "an app's pitch without a comma": ["更多新聞請下載本報APP", "想看更多新闻？下载某某新闻客户端"],
    "a button alone": [
        "我要评论",
        "查看全部評論",
        "12条评论",
        "网友评论",
        "阅读原文",
        "点击加载更多",
        "收藏本文",
        "返回列表",
        "更多>>",
        "已有0人参与 查看全部评论",
    ],
    "a request for a like": [
        "喜欢就点个赞吧",
        "觉得不错，请点赞和在看",
        "如果喜欢本文，记得分享哦",
    ],
    "the source said as a sentence": [
        "本文来自微信公众号“某某观察”",
        "本文转载自某某晚报",
        "转自《某某科技报》",
    ],
}

TEXT_LINES = [
    "该网站要求转载请注明出处，但不少账号并不遵守。",
    "喜欢这部电影的观众纷纷点赞",
    "更多家长选择下载该APP。",
    "网友评论称，这项政策来得及时。",
    "返回列表后，用户可以继续浏览其他学校的信息",
    "阅读原文件后，他发现了其中的问题",
    "我要评论一下这件事",
    "他把钱转自己的账户上了",
    "他在文章里写道，本文来自一次长谈",
    "有人问爆料的人是谁？他说不知道",
]


def _page(lines: list[str], where: str = "end") -> str:
    return cjk_lines_page("城东新建两所小学", STORY, lines, where)


@pytest.mark.parametrize("kind", sorted(ASIDES))
def test_an_aside_to_the_reader_is_no_text(kind: str) -> None:
    lines = ASIDES[kind]
    for line in lines:
        assert is_cjk_aside_line(line), line
        assert is_boilerplate_line(line), line
    assert own_paragraphs(_page(lines)) == STORY


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_the_same_words_is_text(line: str) -> None:
    assert not is_cjk_aside_line(line)
    assert own_paragraphs(_page([line], "middle")) == STORY[:2] + [line] + STORY[2:]


def test_a_takedown_offer_is_no_text() -> None:
    # (cjklines' reprint rules: the offer to take a reposted text down closes its line)
    lines = ["本站资源收集整理于网络，如果侵犯了您的合法权益，请联系本站及时删除。"]
    assert is_boilerplate_line(lines[0])
    assert own_paragraphs(_page(lines)) == STORY
    quoted = "法院认为，该平台侵犯了作者的合法权益，应当删除相关内容并赔偿损失。"
    assert own_paragraphs(_page([quoted], "middle")) == STORY[:2] + [quoted] + STORY[2:]


def test_a_long_line_is_never_an_aside() -> None:
    assert not is_cjk_aside_line("转载请注明出处" + "说明" * 40)
