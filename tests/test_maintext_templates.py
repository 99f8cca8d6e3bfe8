"""Article markup held in an inert holder while the visible page is a shell (issue 10): a
`<script type="text/template">` (and its kin), a `<template>` element, a `<textarea>` holding
escaped HTML. Pages we wrote ourselves, in English and Chinese."""

from __future__ import annotations

import html

import pytest

from pipeline.maintext.core import extract_paragraphs

EN_TITLE = "Ferry service to return to the island"
EN = [
    "The regional ferry company said on Monday that it would restore the winter service to"
    " the island, three years after the last boat was withdrawn for lack of passengers.",
    "Islanders had campaigned for the return of the boat since the bridge repairs began, saying"
    " the long detour by road had cut them off from the hospital and the schools.",
    "The company will run two crossings a day from December, and more in the summer months"
    " if the number of passengers keeps growing as it did last year.",
]
ZH_TITLE = "海岛渡轮冬季航班将恢复"
ZH = [
    "地区渡轮公司周一表示，将恢复前往海岛的冬季航班，距上一班渡轮因客源不足停航已经过去三年。",
    "自从大桥维修工程开始以来，岛上居民一直呼吁恢复渡轮，他们说绕道公路太远，去医院和学校都很不方便。",
    "公司将从十二月起每天运营两个班次，如果乘客人数像去年那样继续增长，夏季还会增加班次。",
]
NAV = (
    "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/travel'>Travel</a>"
    " <a href='/about'>About us</a></nav></header>"
)
FOOTER = "<footer><p>© 2026 The Coast Gazette. All rights reserved.</p></footer>"
SHELL = "<div id='root'><p>Loading…</p></div>"


def _article(title: str, paras: list[str]) -> str:
    return f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras)


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{NAV}{body}{FOOTER}</body></html>"


CASES = [(EN_TITLE, EN), (ZH_TITLE, ZH)]


@pytest.mark.parametrize(
    "holder",
    [
        "<script type='text/template' id='story-tpl'>{}</script>",
        "<script type='text/x-template'>{}</script>",
        "<script type='text/x-handlebars-template' id='post'>{}</script>",
        "<script type='text/html'>{}</script>",
    ],
)
@pytest.mark.parametrize(("title", "paras"), CASES)
def test_script_template_article(holder: str, title: str, paras: list[str]) -> None:
    page = _page(title, SHELL + holder.format(_article(title, paras)))
    assert extract_paragraphs(page) == paras


@pytest.mark.parametrize(("title", "paras"), CASES)
def test_textarea_article(title: str, paras: list[str]) -> None:
    # a CMS page or a mirror of a WeChat article: the body escaped in a hidden textarea
    held = html.escape(f"<div class='rich_media_content'>{_article(title, paras)}</div>")
    page = _page(
        title, f"<div id='js_content'></div><textarea style='display:none'>{held}</textarea>"
    )
    out = extract_paragraphs(page)
    assert out == paras
    assert not any("<p>" in p or p in ("Home", "News") for p in out)


@pytest.mark.parametrize(("title", "paras"), CASES)
def test_template_article_beside_a_card_and_a_modal(title: str, paras: list[str]) -> None:
    # the longer card and modal templates are widgets: the article's template wins
    card = "<div class='card'>" + "".join(f"<p>{p} {p}</p>" for p in paras) + "</div>"
    widgets = (
        f"<script type='text/template' id='related-card'>{card}</script>"
        f"<template class='modal'>{card}</template>"
    )
    page = _page(title, SHELL + widgets + f"<template>{_article(title, paras)}</template>")
    assert extract_paragraphs(page) == paras


@pytest.mark.parametrize(("title", "paras"), CASES)
def test_template_of_slots_is_not_the_article(title: str, paras: list[str]) -> None:
    # a template of slots to fill is no article, whatever prose surrounds the slots: its
    # paragraphs are dropped and the article's own template wins although it is shorter
    slots = "".join(f"<p>{p} {p} {{{{ author.name }}}}</p>" for p in paras)
    page = _page(
        title,
        SHELL
        + f"<script type='text/x-handlebars-template'>{slots}</script>"
        + f"<script type='text/template'>{_article(title, paras)}</script>",
    )
    assert extract_paragraphs(page) == paras


@pytest.mark.parametrize(("title", "paras"), CASES)
def test_visible_article_unchanged_by_template_modal_textarea(title: str, paras: list[str]) -> None:
    other = (
        "<template id='newsletter'><div><p>Sign up for our newsletter: the best stories of the"
        " week, every Friday morning, straight to your inbox, free of charge.</p></div></template>"
        "<script type='text/template' id='comment-tpl'><div class='comment'><p>{{body}}</p>"
        "</div></script><form><textarea name='comment'>Write your comment here, and please be"
        " kind to the other readers of this page.</textarea></form>"
    )
    plain = _page(title, f"<article>{_article(title, paras)}</article>")
    page = _page(title, f"<article>{_article(title, paras)}</article>{other}")
    assert extract_paragraphs(page) == extract_paragraphs(plain) == paras


@pytest.mark.parametrize("wrapper", ["div class='reply'", "form class='comment-form'"])
def test_comment_textarea_is_never_text(wrapper: str) -> None:
    reply = (
        "I think the ferry company made the right decision here, and the island will be much"
        " easier to reach for the families who live there, honestly."
    )
    tag = wrapper.split()[0]
    page = _page(EN_TITLE, f"{SHELL}<{wrapper}><textarea>{reply}</textarea></{tag}>")
    assert reply not in extract_paragraphs(page)


@pytest.mark.parametrize(("title", "paras"), CASES)
def test_short_visible_article_kept_beside_widget_templates(title: str, paras: list[str]) -> None:
    # a short article the page shows (thin, so the holders are read) is not replaced by the
    # longer prose of a card, a modal, a list item or an embed code held in templates
    short = paras[:2]
    long = "".join(f"<p>{p}</p>" for p in paras * 3)
    widgets = (
        f"<template><div class='story-card'>{long}</div></template>"
        f"<script type='text/template' id='share'><div class='modal-body'>{long}</div></script>"
        f"<script type='text/html'><li class='entry'>{long}</li></script>"
        f"<textarea class='embed-code' readonly>{html.escape(long)}</textarea>"
    )
    page = _page(title, f"<article>{_article(title, short)}</article>{widgets}")
    assert extract_paragraphs(page) == short


@pytest.mark.parametrize(("title", "about"), [(EN_TITLE, EN[0]), (ZH_TITLE, ZH[0])])
def test_layout_of_slots_gives_no_text(title: str, about: str) -> None:
    # a client-side layout (Vue, Handlebars) whose article goes into slots: its one filled
    # paragraph (an "about us" blurb) is not the article
    layout = (
        "<div class='page'><h1>{{ post.title }}</h1><p class='byline'>{{ post.author }},"
        " {{ post.date }}</p><div v-html='post.body'></div><p>{{ post.summary }}</p>"
        f"<div class='about'><p>{about}</p></div></div>"
    )
    page = _page(title, f"{SHELL}<script type='text/x-template' id='app'>{layout}</script>")
    assert about not in extract_paragraphs(page)
