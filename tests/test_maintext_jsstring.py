"""An article held only in a script as a JavaScript string in single quotes, assigned to a
variable or a global (`var contentHtml = '<p>…</p>'`, `window.articleBody = '…'`), as
older Chinese CMS pages and some app shells print it: not JSON, but a literal whose text is
read without evaluating anything. Pages we wrote ourselves."""

from __future__ import annotations

from pipeline.maintext.core import extract_paragraphs

STORY = [
    "市交通运输局周三表示，今年春运期间全市将新增公交线路十二条，方便旅客换乘高铁和长途汽车。",
    "新增线路主要覆盖火车站、汽车客运站和机场三大枢纽，末班车时间将延长至凌晨一点。",
    "该局负责人提醒，春运期间客流较大，请市民合理安排出行时间，尽量错峰出行，别忘了‘错峰’二字。",
    "此外，地铁各线路在春运高峰日将加开临时列车，最小行车间隔缩短至两分钟，乘客可查询实时到站信息。",
]


def _shell(script: str) -> str:
    return (
        "<html><head><title>春运新增公交线路</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<h1>春运新增公交线路</h1><div id='content'></div><script>{script}</script>"
        "</body></html>"
    )


def _js(text: str) -> str:
    """`text` as a single-quoted JavaScript literal's body."""
    return text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")


def test_html_in_a_single_quoted_variable_is_read() -> None:
    html = "".join(f"<p>{p}</p>" for p in STORY)
    page = _shell(f"var pageId = 'a1';\nvar contentHtml = '{_js(html)}';\nrender(contentHtml);")
    assert extract_paragraphs(page) == STORY


def test_plain_text_in_a_single_quoted_global_is_read() -> None:
    page = _shell(f"window.articleBody = '{_js(chr(10).join(STORY))}';")
    assert extract_paragraphs(page) == STORY


def test_short_strings_in_scripts_are_not_an_article() -> None:
    page = _shell(
        "var pageId = 'a1'; var channel = '城市新闻'; var tip = '请稍候，正在加载……';" * 8
    )
    assert not any("请稍候" in p for p in extract_paragraphs(page))
