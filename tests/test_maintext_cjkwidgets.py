"""A Chinese page's widgets and platform lines printed inside the article body
(pipeline.maintext.cjkwidgets), by kind, the lines of the same words that are text, and the
fallback extractor's lines read with the same tests. Pages and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext import core
from pipeline.maintext.cjkwidgets import is_cjk_widget_line
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import cjk_lines_page

STORY = [
    "某某手机厂商周二发布新款折叠屏手机，起售价较上一代下调一千元，将于下月初在全国上市。",
    "该机采用新一代铰链设计，折痕明显减轻，电池容量提升至五千毫安时，支持六十五瓦快充。",
    "业内人士认为，价格下探有望让折叠屏手机走向更多普通消费者，但耐用性仍有待市场检验。",
]


def _page(lines: list[str], where: str = "end") -> str:
    return cjk_lines_page("新款折叠屏手机降价上市", STORY, lines, where)


WIDGET_BOXES = {
    "a dealer's quote box": [
        "[参考价格] 6999元",
        "[商家名称] 某某数码科技有限公司",
        "[联系方式] 010-12345678 13800000000 QQ：12345678",
        "[联 系 人] 张小红",
        "[联系地址] 某某区某某路电子城3层301室",
        "[报价查询] 某某 折叠屏 256G",
        "【參考價格】 6999元",
    ],
    "a vote widget": ["不推荐", "想买", "观望", "123456票", "88 票", "觀望"],
    "a comment counter": [
        "已有_COUNT_位用户评论 点击查看评论",
        "已有25条评论",
        "已有 3 位網友評論",
    ],
    "a call for contributions": [
        "某某网科技频道诚邀广大网友投稿，您可以用手机记录身边的新鲜事。",
        "请将稿件连同照片发给我们，我们将择优在页面上展示。[投稿]",
        "本頻道誠邀廣大讀者賜稿。",
    ],
    "a reprint condition closing a notice": [
        "本作品为“某某科普”原创，转载时务请注明出处。",
        "转载请注明出处",
        "本文為作者原創，轉載請註明作者！",
    ],
    "a platform's line": [
        "最新推荐文章于 2024-05-06 07:08:09 发布",
        "微博推荐 | 今日微博热点（编辑：某某）",
    ],
    "a messenger's prompt": [
        "★ 加入某某新聞LINE好友，重要新聞不漏接！",
        "追蹤某某新聞 LINE 官方帳號",
        "点个“在看”，分享给更多朋友",
        "分享、点赞、在看",
        "预览时标签不可点",
    ],
    "a video's link": ["完整影音 http://video.example.com/show.php?id=123", "完整视频："],
    "a chart's credit": [
        "图表：新款折叠屏手机参数对比 本报记者 某某 编制",
        "圖表：銷量走勢 某某 製圖",
    ],
    "a paywall's prompt": [
        "本文为某某网付费内容，订阅后阅读全文",
        "已订阅？登录",
        "本文為會員專享內容",
        "登录后查看完整内容",
        "开通会员解锁全文",
        "剩余80%内容未读",
        "会员专享",
        "已是會員？",
    ],
    "a QR code's prompt": [
        "长按识别二维码关注我们",
        "扫描下方二维码下载客户端",
        "▲长按二维码关注",
        "掃描QR Code加入好友",
        "用微信扫码二维码",
        "戳“阅读原文”了解更多",
        "往期推荐",
        "熱文推薦",
    ],
    "a picture's credit": [
        "图源：受访者供图",
        "题图来源：视觉中国",
        "头图来源：IC photo",
        "（图源：网络）",
        "題圖｜Unsplash",
    ],
}

TEXT_LINES = [
    "他说，想买的人很多，观望的人更多。",
    "这款手机在网友投票中获得12万票，位列第一。",
    "网友评论称这款手机值得买，已有上万人下单。",
    "[编者按] 折叠屏手机的价格战才刚刚开始。",
    "转载请注明出处是一种尊重，他在讲座上说。",
    "图表显示，折叠屏手机销量今年增长了三成。",
    "该频道欢迎投稿的做法，吸引了不少业余作者。",
    "完整视频显示，事发时车速并不快。",
    "他正在看书，没有注意到手机响了。",
    "该公司去年加入LINE生态，推出了新的支付服务。",
    "某公司宣布加入LINE支付联盟",
    "LINE好友数突破两千万",
    "该平台的付费会员已超过一千万，订阅后阅读全文的用户占三成。",
    "剩余30%的股份将在明年转让",
    "会员专享的折扣吸引了不少老用户",
    "已订阅的用户不受影响",
    "扫码支付已成为主流",
    "扫黑除恶举报电话号码",
    "市民扫描二维码即可查询。",
    "·二维码：“扫”出食品来路",
    "图源于网络的说法并不准确",
    "精彩推荐之后是广告",
]


@pytest.mark.parametrize("kind", sorted(WIDGET_BOXES))
def test_a_widget_is_no_text(kind: str) -> None:
    lines = WIDGET_BOXES[kind]
    for line in lines:
        assert is_cjk_widget_line(line), line
        assert is_boilerplate_line(line), line
    assert own_paragraphs(_page(lines)) == STORY
    if kind != "a comment counter":  # (which opens the readers' comments: the text ends there)
        assert own_paragraphs(_page(lines, "middle")) == STORY


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_the_same_words_is_text(line: str) -> None:
    assert not is_cjk_widget_line(line)
    assert own_paragraphs(_page([line], "middle")) == STORY[:2] + [line] + STORY[2:]


def test_a_long_line_is_never_a_widget() -> None:
    assert not is_cjk_widget_line("[参考价格] 6999元 " + "说明" * 60)
    assert not is_cjk_widget_line("本作品为原创，" + "说明" * 60 + "转载请注明出处。")


def test_the_fallback_extractors_lines_are_read_as_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page too thin for our scorer takes trafilatura's text: a Chinese platform's lines
    our own paragraphs drop go from it too, the post's text stays, and a line in Latin letters
    is left as trafilatura judged it (the thin pages' golds keep their bylines)."""
    import trafilatura

    post = "某某模型的生态价值评估方法简介"
    byline = "by Jane Doe on July 21, 2024"
    printed = f"{post}\n最新推荐文章于 2024-05-06 07:08:09 发布\n举报\n[参考价格] 6999元\n{byline}"
    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: printed)
    page = "<html><body><p>x</p></body></html>"
    assert core.fallback_paragraphs(page, None) == [post, byline]
