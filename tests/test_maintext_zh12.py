"""Chinese portal furniture the generic extractor kept or lost, by kind (session 12).

Every page is one we wrote in the shape of a kind of markup seen on Chinese news portals: a
reprint notice with the desk's contact lines under its bare "声明：" heading, a text-message
subscription offer, toolbars of bracketed widget words, loading placeholders, subheadings
marked up as <h1>, the closing line of a dialogue, an article cut in two by a gallery into
blocks that share an id. The sentences are our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

STORY = [
    "市交通局周三宣布，地铁五号线南延段将于下月底开通试运营，沿线居民出行将更加便利。",
    "新线全长十二公里，共设八座车站，其中三座与既有线路换乘，高峰时段发车间隔为四分钟。",
    "交通局负责人表示，开通初期将安排志愿者在各站引导乘客，并根据客流情况调整运营时间。",
]


def _own(page: str) -> str:
    """Our extractor alone: without the fallback to trafilatura a thin result would get."""
    return "\n".join(own_paragraphs(page))


def _page(body: str, title: str = "地铁五号线南延段下月开通") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<div class='main'><h1>{title}</h1>{body}</div></body></html>"
    )


def test_contact_lines_under_a_bare_notice_heading_are_cut() -> None:
    """Under a short article, the portal's reprint notice opens with "声明：" alone on its
    line, then the notice and the desk's telephone, fax and mail lines. The heading and the
    notice are furniture the line filter drops; the contact lines after them go too, though
    they make up half of the lines of a short article."""
    article = "".join(f"<p>{p}</p>" for p in STORY[:2])
    notice = (
        "<p>声明：</p><p>凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点。</p>"
        "<p>电话：010-66668888 传真：010-66669999<br>邮箱：news@example.cn 受理时间：周一至周五</p>"
    )
    text = _own(_page(f"<div class='text'>{article}{notice}</div>"))
    assert STORY[1] in text
    assert "010-66669999" not in text
    assert "受理时间" not in text


def test_statement_quoted_in_the_article_is_kept() -> None:
    """A company's statement the article quotes ("公司发布声明：") is text, not a notice."""
    article = "".join(f"<p>{p}</p>" for p in STORY[:2])
    quoted = "<p>公司当晚发布声明：</p><p>我们对给乘客带来的不便深表歉意，将尽快恢复运营。</p>"
    text = _own(_page(f"<div class='text'>{article}{quoted}</div>"))
    assert "将尽快恢复运营" in text
