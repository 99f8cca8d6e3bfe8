"""Rows of a Chinese page's metadata and tools printed inside the article body
(pipeline.maintext.cjkmeta), by kind, and the lines of the same words that are text. Pages
and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.cjkmeta import is_cjk_meta_line
from pipeline.maintext.core import own_paragraphs

STORY = [
    "市水务局周四表示，入冬以来全市降水偏少三成，主要水库蓄水量已降至近十年同期最低水平。",
    "该局已启动抗旱四级应急响应，要求各区加强用水调度，优先保障居民生活用水和春耕灌溉。",
    "气象部门预计，下周起将有一次明显降水过程，旱情有望得到缓解，但仍需节约用水。",
]


def _page(line: str, where: str = "start") -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    paras.insert(0 if where == "start" else 2, f"<p>{line}</p>")
    return (
        "<html><head><title>全市启动抗旱应急响应</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<div class='main'><h1>全市启动抗旱应急响应</h1>{''.join(paras)}</div></body></html>"
    )


META_LINES = [
    # a reprint's original headline
    "原标题：水库蓄水降至十年最低 抗旱应急响应启动",
    "原標題：水庫蓄水降至十年最低",
    "原标题：水库见底，春耕用水从哪里来？",
    # a row of two labels or more and their values
    "发布者：王小明 时间：2021-03-04 10:12:30 来源：某某新闻网",
    "作者： 某某 来源： 某某 发布日期： 3/4/2021 10:12:30 AM",
    "http://www.example.cn 2021-03-04 10:12 来源： 某某日报 【字号：大 中 小】",
    "- 作者： 某某 访问统计： 2021年03月04日, 星期四 10:12",
    "來源：某某新聞網 發布時間：2021/03/04",
    # font-size buttons
    "字号:T|T",
    "調整字體︰大 中 小",
    "字体：A A A",
    # the desk's credit, role first
    "（責任編輯 王小明）",
    "(编辑 王小明)",
    "责任编辑 王小明",
    "某某网编辑：王小明",
    # the mobile bulletin's pitch
    "欢迎订阅《某某手机报》，天下大事尽在掌握",
    # a tool's button alone, a feed's "not interested" control
    "举报",
    "播报",
    "编辑",
    "分享至：",
    "轉發",
    "不喜欢",
    "减少或屏蔽此类内容推荐",
    "已标记为不喜欢内容，系统将减少此类推荐",
]

# a profile's or a discography's fields: no label starts a word (other tests may judge them)
FIELD_LINES = ["出生日期：1983年11月11日 身高：165cm 体重：52公斤", "发行日期：2021年3月4日"]

TEXT_LINES = [
    "报名时间：3月4日至3月10日，考试时间另行通知。",
    "他说：“作者：我，来源：我”，引得全场大笑。",
    "原标题中的“最低”一词，后来被报社改成了“偏低”。",
    "编辑部主任王小明说，这篇报道前后改了五稿，字号也换了三次。",
    "字号大小可以在设置中调整",
    "他举报了邻居的违建",
    "平台将减少此类内容的推荐",
]


@pytest.mark.parametrize("line", META_LINES)
def test_a_metadata_row_is_no_text(line: str) -> None:
    assert is_cjk_meta_line(line)
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page(line, "middle")) == STORY


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_the_same_words_is_text(line: str) -> None:
    assert not is_cjk_meta_line(line)
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


@pytest.mark.parametrize("line", FIELD_LINES)
def test_a_field_ending_in_a_label_is_no_row(line: str) -> None:
    assert not is_cjk_meta_line(line)


def test_a_long_line_is_never_a_row() -> None:
    row = "发布者：王小明 时间：2021-03-04 来源：某某新闻网 " + "说明" * 60
    assert not is_cjk_meta_line(row)
