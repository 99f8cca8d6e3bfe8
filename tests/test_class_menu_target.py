"""A subheading named as the target of the page's menu or table of contents ("menu-target",
"toc-target": the section the menu jumps to) is the article's, not a menu (pipeline.web
.classwords `_MODIFIER_TOKENS`); a menu is still furniture. Markup of our own."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.web.boilerplate import _kind_of_attrs
from tests.sample_pages import HARBOUR_STORY as STORY

HEADS = ["Six years of scaffolding", "The history of the quay in five rooms", "Who paid"]


def _page(cls: str) -> tuple[str, list[str]]:
    parts, text = [], []
    for i, para in enumerate(STORY):
        if i in (1, 3, 5) and i // 2 < len(HEADS):
            parts.append(f"<h2 class='{cls}' id='section-{i}'>{HEADS[i // 2]}</h2>")
            text.append(HEADS[i // 2])
        parts.append(f"<p>{para}</p>")
        text.append(para)
    toc = "".join(
        f"<li><a href='#section-{i}'>{h}</a></li>" for i, h in zip((1, 3, 5), HEADS, strict=True)
    )
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<h1>Harbour opens a new terminal</h1>"
        f"<nav class='toc'><ol>{toc}</ol></nav><div class='body'>{''.join(parts)}</div>"
        "</body></html>"
    )
    return page, text


@pytest.mark.parametrize("cls", ["menu-target", "toc-target", "nav_target"])
def test_subheadings_a_menu_jumps_to_are_text(cls: str) -> None:
    page, text = _page(cls)
    assert own_paragraphs(page) == text


def test_menus_stay_furniture() -> None:
    assert _kind_of_attrs("menu-target", None) == ""
    assert _kind_of_attrs("menu", None) != ""
    assert _kind_of_attrs("dropdown-menu", None) != ""
    assert _kind_of_attrs("modal-target", None) != ""
