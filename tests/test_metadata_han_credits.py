"""Chinese credits naming more than one person or a commentator: "作者：宋怡 杨志华" under
the article (names apart by blanks, 、 or ，), not a place or a job after one name; a role
of commentators and contributors between an outlet and the name ("文丨政能亮特约评论员 韩涵",
"本报评论员 李四")."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView, split_authors

_ZH = (
    "<p>"
    + "市议会今天就预算问题召开会议，经过长时间辩论后进行了表决，新的计划将于明年实施。" * 4
    + "</p>"
)


def _authors(article: str, headline: str = "<h1>市议会表决预算</h1>") -> tuple[str, ...]:
    html = (
        "<html lang='zh-CN'><head><title>市议会表决预算_每日新闻</title></head><body>"
        f"{headline}{article}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.cn/a/1.html")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("作者：宋小怡 杨志华", ("宋小怡", "杨志华")),
        ("作者：宋小怡　杨志华", ("宋小怡", "杨志华")),
        ("作者：宋小怡、杨志华、王明", ("宋小怡", "杨志华", "王明")),
        ("作者：宋小怡，杨志华", ("宋小怡", "杨志华")),
        ("作者：李兆清　江蘇南通　職員", ("李兆清",)),
    ],
)
def test_the_names_of_a_credit_under_the_article(credit: str, names: tuple[str, ...]) -> None:
    # a page without a headline node (the credit is read in the body's text), the page's
    # tools after the credit
    table = (
        f"<table><tr><td>编辑：金金</td><td>来源：每日经济报道</td><td>{credit}</td></tr></table>"
        "<div><a href='#c'>我要说说</a> <a href='#p'>打印</a></div>"
    )
    assert _authors(f"{_ZH}{_ZH}{table}", headline="<div>首页 新闻 财经</div>") == names


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("文丨政能亮特约评论员 韩小涵", "韩小涵"),
        ("文/本报评论员 李小四", "李小四"),
        ("文/特约撰稿人 王小五", "王小五"),
    ],
)
def test_a_commentator_role_before_the_name(byline: str, name: str) -> None:
    assert split_authors(byline) == [name]
    assert split_authors(byline.split("/")[-1]) == [name]  # "本报评论员 李小四" alone
    assert _authors(f"<p><strong>{byline}</strong></p>{_ZH}") == (name,)


@pytest.mark.parametrize("text", ["发表评论", "评论 张三", "我现在正在北京站售票大厅"])
def test_comment_words_and_clauses_are_still_no_names(text: str) -> None:
    assert split_authors(text) == []
