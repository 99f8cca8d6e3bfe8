"""A Chinese page's own promotion and controls printed inside the body
(pipeline.maintext.cjkpromos): an app's pitch, a follow prompt for a video or social
network, the reactions' counters, the reporting hotline, an advert's read-on marker, a pager
row and an old browser's notice closing on a full stop; and the sentences of the same words
that stay text. Lines and pages we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.cjkpromos import is_cjk_promo_line
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import cjk_lines_page

STORY = [
    "市交通部门周二宣布，新开通的地铁环线将于下月起延长运营时间，末班车推迟至晚上十一点半。",
    "据介绍，延长运营后，环线高峰时段的发车间隔也将由四分钟缩短至三分钟，以缓解客流压力。",
    "有市民表示，晚间下班后乘坐地铁更方便了，希望其他线路也能尽快跟进调整运营时间。",
]

PROMOS = {
    "an app's pitch": [
        "更多精彩内容，请下载某某新闻客户端",
        "打开某某新闻，阅读体验更佳",
        "打开APP查看更多精彩图片",
        "点我下载APP",
        "點此下載",
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
    ],
    "a follow prompt": [
        "訂閱《某某新聞》YouTube頻道",
        "追蹤某某新聞Instagram",
        "欢迎关注某某抖音账号",
    ],
    "the reactions' counters": [
        "点赞 0",
        "评论 139",
        "转发(6)",
        "收藏 12",
        "点赞 3 评论 12 分享 5",
    ],
    "the reporting hotline": [
        "违法和不良信息举报电话：010-12345678",
        "举报邮箱：jubao@example.cn",
        "舉報專線：02-2345-6789",
    ],
    "an advert's read-on marker": [
        "請繼續往下閱讀...",
        "文章未完，請繼續往下閱讀",
        "广告，请继续阅读下文",
    ],
    "a pager row": ["1 2 3 下一页", "上一頁 1 2 3 4 下一頁", "共3頁", "第2页"],
    "an old browser's notice": ["您的浏览器不支持 video 标签。", "您的瀏覽器不支援HTML5影片播放。"],
}

TEXT_LINES = [
    "该公司的APP下载量突破一亿。",
    "他的评论获得139个点赞",
    "有网友在评论中说，新线路让通勤时间缩短了一半。",
    "市民可拨打举报电话反映问题，相关部门将在三个工作日内答复。",
    "打开窗户后，室内空气明显好转",
    "请继续阅读的读者注意，下文涉及剧情。",
    "第二页的内容与第一页相同",
    "新版浏览器不支持旧插件，部分网站的视频无法播放。",
    "他在节目中说，自己从不看YouTube频道的评论。",
]


def _page(lines: list[str], where: str = "end") -> str:
    return cjk_lines_page("地铁环线延长运营时间", STORY, lines, where)


@pytest.mark.parametrize("kind", sorted(PROMOS))
def test_a_promo_or_control_line_is_no_text(kind: str) -> None:
    lines = PROMOS[kind]
    for line in lines:
        assert is_cjk_promo_line(line), line
        assert is_boilerplate_line(line), line
    assert own_paragraphs(_page(lines)) == STORY
    if kind != "the reactions' counters":  # (a comment count opens the comments: text ends)
        assert own_paragraphs(_page(lines, "middle")) == STORY


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_the_same_words_is_text(line: str) -> None:
    assert not is_cjk_promo_line(line)
    assert own_paragraphs(_page([line], "middle")) == STORY[:2] + [line] + STORY[2:]


def test_a_long_line_is_never_a_promo() -> None:
    assert not is_cjk_promo_line("点我下载APP" + "说明" * 30)
