"""Lines Chinese, Japanese and Korean portals print inside the article
(pipeline.maintext.cjklines), by kind. Pages and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs

STORY = [
    "市交通运输局周三表示，今年春运期间全市将新增公交线路十二条，方便旅客换乘高铁和长途汽车。",
    "新增线路主要覆盖火车站、汽车客运站和机场三大枢纽，末班车时间将延长至凌晨一点。",
    "该局负责人提醒，春运期间客流较大，请市民合理安排出行时间，尽量错峰出行。",
]


def _page(line: str, where: str = "end") -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    if where == "end":
        paras.append(f"<p>{line}</p>")
    else:
        paras.insert(2, f"<p>{line}</p>")
    return (
        "<html><head><title>春运新增公交线路</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<div class='main'><h1>春运新增公交线路</h1>{''.join(paras)}</div></body></html>"
    )


PROMPTS = [
    "這篇新聞讓您覺得？",
    "您觉得本文怎么样？",
    "Facebook 馬上按讚 加入某某新聞粉絲團",
    "下载某某新闻客户端，看更多本地资讯",
    "打开APP 阅读最新报道",
    "海量资讯、精准解读，尽在某某财经APP",
    "この記事はいかがでしたか？",
    "이 기사를 추천합니다",
]
PROMPTS_KEPT = [
    "用户打开App后即可看到新功能。",
    "他说，下载这款客户端的用户已经超过一千万。",
    "这篇报道让你觉得意外吗？记者追访了三位司机，他们的回答并不相同。",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_a_prompt_about_the_site_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", PROMPTS_KEPT)
def test_a_sentence_about_an_app_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


PLAYER_LINES = [
    "您的浏览器不支持video标签",
    "視頻加載中...",
    "点击播放视频",
    "支持键盘翻页 ←左 右→",
    "点击图片进入下一页",
    "お使いのブラウザは動画の再生に対応していません",
    "브라우저가 비디오 재생을 지원하지 않습니다",
]
PLAYER_KEPT = [
    "新版浏览器不支持旧插件，部分网站的视频无法播放。",
    "他点击播放视频后，发现画面与描述并不一致。",
]


@pytest.mark.parametrize("line", PLAYER_LINES)
def test_a_player_or_gallery_line_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", PLAYER_KEPT)
def test_a_sentence_about_a_player_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


COUNTERS = [
    "本文已被阅读1234次",
    "(本文发表于城市栏目, 已被阅读178次)",
    "已有0人参与",
    "阅读次数：5,678",
    "閲覧数：120",
    "조회수 1,234",
    # the count in ten thousands or capped, bare after its label, in brackets, before its
    # readers, as the page's popularity
    "阅读 10万+",
    "阅读量：2.3万",
    "阅读量1.3w",
    "访问：4.7 万",
    "点击: 313",
    "浏览：3521次",
    "點閱(2345)",
    "1350 次阅读",
    "1234人已阅读",
    "人气：8848",
    "热度 567",
]
COUNTERS_KEPT = [
    "已有3000人参与了这次问卷调查，七成受访者支持延长末班车。",
    "阅读次数最多的文章，是一篇关于地铁换乘的指南。",
    "阅读量达到10万+的文章越来越多",
    "阅读 2024年城市交通报告",
    "人气王",
    "热度持续上升",
]


@pytest.mark.parametrize("line", COUNTERS)
def test_a_readers_counter_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", COUNTERS_KEPT)
def test_a_sentence_with_a_count_of_readers_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


READING_TIMES = [
    "全文共2300字，阅读大约需要6分钟",
    "閱讀時間：約5分鐘",
    "预计阅读时间 8 分钟",
    "本文约3000字，三分钟即可读完",
    "この記事は約5分で読めます",
    "읽는 데 5분",
]
READING_KEPT = [
    "他每天阅读三十分钟，坚持了十年。",
    "阅读这份报告大约需要十分钟，但结论只有一句话：末班车必须延长",
]


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_reading_time_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY
    assert own_paragraphs(_page(line)) == STORY


@pytest.mark.parametrize("line", READING_KEPT)
def test_a_sentence_about_reading_for_minutes_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


POINTERS = [
    "上一篇：地铁五号线南延段下月开通",
    "下一則：捷運新線明年通車",
    "本文链接：https://news.example.cn/a/1.html",
    "新闻热线：010-12345678",
    "投稿邮箱：news@example.cn",
    "前の記事：新線の開業は来月",
    "다음 기사: 지하철 5호선 연장 개통",
]
POINTERS_KEPT = [
    "下一篇文章将介绍地铁沿线的新站点。",
    "咨询电话：010-87654321",
]


@pytest.mark.parametrize("line", POINTERS)
def test_a_pointer_of_the_site_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", POINTERS_KEPT)
def test_a_service_contact_or_sentence_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


NOTICES = [
    "本文为某某号作者或机构在某某新闻上传并发布，仅代表该作者或机构观点，不代表某某新闻的观点或立场。",
    "该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
    "本文系作者个人观点，不代表本刊立场",
    "*文中观点仅代表作者本人",
    "市场有风险，投资需谨慎",
    "以上内容仅供参考，不构成投资建议",
    "本文僅代表作者觀點，不代表本平台立場。",
]
NOTICES_KEPT = [
    "他表示，这一说法不代表公司立场，公司将在下周公布调查结果。",
    "作者在书中提出的观点引发了广泛讨论。",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_platform_or_risk_notice_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", NOTICES_KEPT)
def test_a_sentence_about_views_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


REPRINT_RULES = [
    "未经许可，不得转载",
    "未經同意 請勿轉載",
    "本文由某某新闻原创，转载请联系授权",
    "图片来源于网络，侵删",
    "部分内容来自网络，如有侵权请联系我们",
]
REPRINT_KEPT = [
    "法院认定，该网站未经许可转载了原告的多篇文章，应当赔偿损失。",
    "该公司表示将起诉侵权方。",
]


@pytest.mark.parametrize("line", REPRINT_RULES)
def test_a_reprint_rule_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", REPRINT_KEPT)
def test_a_sentence_about_reprinting_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


PICTURE_AND_PAGE_LINES = [
    "点击查看大图",
    "（点击图片可放大）",
    "长按图片保存",
    "本文共3页",
    "分页阅读：1 2 3",
    "点击上方“某某新闻”关注我们",
    "▲点击上方蓝字关注",
]
PICTURE_KEPT = [
    "点击查看大图的用户可以看到站台的全貌，记者在现场也拍到了同样的画面。",
    "本文共分三个部分介绍新线路。",
]


@pytest.mark.parametrize("line", PICTURE_AND_PAGE_LINES)
def test_a_picture_prompt_page_count_or_top_follow_is_not_text(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", PICTURE_KEPT)
def test_a_sentence_about_pictures_or_parts_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]
