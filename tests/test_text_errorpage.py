"""A site's error page served with status 200 (pipeline.text.errorpage): its notice in a short
text rejects the page as not_article; a brief that reports an error page in a sentence, and a
longer text holding the notice, stay articles. Pages we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.errors import Rejected, RejectReason
from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.text.errorpage import error_page_notice

STORY = (
    "市图书馆周六起延长开放时间，工作日晚间闭馆时间推迟到九点，方便上班族下班后借阅图书。"
    "馆方表示，新增的自助借还设备也已投入使用，读者可以在一楼大厅自行办理借还手续。"
)


def _page(title: str, lines: list[str]) -> bytes:
    body = "<br>".join(f"<span>{line}</span>" for line in lines)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/help'>帮助</a></div>"
        f"<div class='main'>{body}</div><div class='foot'>© 某某网</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "notice",
    [
        "抱歉，您所访问的页面不存在",
        "頁面不存在或已被刪除",
        "某某百科错误页",
        "404 Not Found",
        "Sorry, the page you requested could not be found.",
    ],
)
def test_an_error_page_is_rejected(notice: str) -> None:
    help_lines = [
        "页面将在3秒后自动跳转到本站首页，您也可以点击这里立即返回。",
        "如果您想对本站的功能提出问题或者建议，欢迎到意见反馈页面留言；",
        "如果您要举报侵权或违法信息，请到投诉中心提交；其他问题请访问本站的用户论坛。",
    ]
    body = _page("立秋_某某百科", [notice, *help_lines])
    with pytest.raises(Rejected) as caught:
        article_from_page(RawPage(url="https://www.example.cn/item/1", body=body))
    assert caught.value.reason is RejectReason.NOT_ARTICLE
    assert "error page" in str(caught.value)


def test_an_error_page_titled_by_its_notice_is_rejected() -> None:
    # (its notice alone in a block of its own, which the extractor drops as a label)
    body = _page("页面不存在_某某网", ["您可以返回首页继续浏览，或者稍后再试。" * 3]).replace(
        b"<div class='main'>", "<div class='main'><h2>頁面不存在</h2>".encode()
    )
    with pytest.raises(Rejected, match="error page"):
        article_from_page(RawPage(url="https://www.example.cn/item/2", body=body))


def test_a_story_reporting_an_error_page_is_an_article() -> None:
    lines = ["有网友反映，该网站首页显示页面不存在，用户无法登录。", STORY, STORY]
    article = article_from_page(
        RawPage(url="https://www.example.cn/news/1", body=_page("网站故障", lines))
    )
    assert "页面不存在" in article.text
    assert error_page_notice("页面不存在\n" + STORY * 5) is None  # (a text too long for one)


@pytest.mark.parametrize("title", ["Not Found", "Error 404"])
def test_a_brief_headed_by_a_notices_bare_words_is_an_article(title: str) -> None:
    # a film called "Not Found", a brief on a site's outage headed "Error 404": a headline,
    # not a notice naming the page
    story = "The city website was down for six hours on Monday after a failed update. " * 3
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><p>{story}</p></article></body></html>"
    )
    article = article_from_page(RawPage(url="https://news.example.com/a/1", body=html.encode()))
    assert "failed update" in article.text
    assert error_page_notice(story, "Page not found") == "Page not found"
    assert error_page_notice(story, "404 Not Found") == "404 Not Found"
    assert error_page_notice("Not Found\n" + story, "Some site") == "Not Found"


def test_a_servers_own_not_found_page_is_rejected() -> None:
    # the bare title over a line that says it again
    html = (
        "<html><head><title>Not Found</title></head><body><h1>Not Found</h1>"
        "<p>The requested URL was not found on this server.</p></body></html>"
    )
    with pytest.raises(Rejected):
        article_from_page(RawPage(url="https://news.example.com/a/2", body=html.encode()))
    assert error_page_notice("The requested URL was not found here.", "Not Found") == "Not Found"


def test_a_headline_about_an_error_page_is_no_notice() -> None:
    # a brief's headline on a browser's new error page, not a page naming itself after its site
    title = "浏览器将启用新版错误页面"
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )
    article = article_from_page(RawPage(url="https://news.example.cn/a/3", body=html.encode()))
    assert "自助借还" in article.text
    for notice in ("某某百科错误页", "某某网错误页面", "404错误页面"):
        assert error_page_notice(STORY, notice) == notice
