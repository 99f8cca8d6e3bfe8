"""A layout's state on the article's wrapper ("hidden-contents-menu": the page's menu is
folded, the wrapper is shown) names no hidden block (pipeline.web.classwords
`_MODIFIER_TOKENS`): the article inside it is the text. A block named "hidden", or a grid's
copy for another screen ("hidden-lg"), is still hidden furniture. Markup of our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from pipeline.web.boilerplate import _kind_of_attrs
from tests.sample_pages import HARBOUR_STORY as STORY


def _page(wrapper: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    popular = "".join(
        f"<li>{i}<a href='/p/{i}'>Popular story number {i} about the new quay and its cranes</a></li>"
        for i in range(10)
    )
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<div class='title-row'><h1>Harbour opens a new terminal</h1></div>"
        f"<div class='{wrapper}'><div class='post-content'>"
        f"<div class='the-content'>{body}</div></div></div>"
        f"<div class='popular'><h3>Popular</h3><ol>{popular}</ol></div></body></html>"
    )


def test_the_article_in_a_wrapper_with_a_folded_menu_is_the_text() -> None:
    assert own_paragraphs(_page("single-page hidden-contents-menu classic-post")) == STORY


def test_hidden_blocks_stay_furniture() -> None:
    assert _kind_of_attrs("hidden", None) == "strong"
    assert _kind_of_attrs("story-copy hidden-lg", None) == "strong"
    assert _kind_of_attrs("single-page hidden-contents-menu", None) == ""
