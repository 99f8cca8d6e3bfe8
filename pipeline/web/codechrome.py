"""The chrome a code block prints as text around its code (`code_chrome`): the line numbers
of its gutter (a list beside the code inside <pre>, as CSDN-style blogs print it; a table
cell's <pre> of numbers beside the code's cell, as Hexo, Pygments and Rouge print it) and
its copy button's label ("复制代码", "Copy code", "コピー", "복사"). Read on <pre> blocks only:
the numbers of a gutter are a run of consecutive integers and nothing else, which no code
is; a copy label is read only as the whole text of a button, span or bar, never of a
paragraph."""

from __future__ import annotations

from pipeline.web.elementtext import INLINE_TAGS, text_of
from pipeline.web.htmltree import HtmlElement, xpath

_CODE_PRE = xpath("descendant::pre")
# What a code block's copy button says, in the languages we read.
_CODE_COPY_LABELS = frozenset(
    {
        "复制",
        "复制代码",
        "複製",
        "複製程式碼",
        "複製代碼",
        "登录后复制",
        "copy",
        "copy code",
        "copy to clipboard",
        "copied!",
        "コピー",
        "コードをコピー",
        "복사",
        "코드 복사",
    }
)
_CODE_COPY_MAX = 20  # characters: the longest label
# Tags a copy label is read in (its button, its bar): not a paragraph or an item of text.
_CODE_COPY_TAGS = INLINE_TAGS | {"button", "div"}
_CODE_GUTTER_MIN = 2  # line numbers: a gutter numbers two lines or more


def code_chrome(body: HtmlElement) -> list[HtmlElement]:
    """The gutters and copy labels of the code blocks under `body`, to drop."""
    found: list[HtmlElement] = []
    for pre in _CODE_PRE(body):
        if _is_gutter(pre):
            found.append(pre)
            continue
        found.extend(el for el in pre.iterdescendants() if _is_chrome_part(el))
        for sibling in (pre.getprevious(), pre.getnext()):  # the block's bar, its gutter
            if sibling is not None and isinstance(sibling.tag, str):
                found.extend(el for el in _near(sibling) if _is_chrome_part(el))
    return list(dict.fromkeys(found))


def _near(el: HtmlElement) -> list[HtmlElement]:
    """`el`, its children and theirs: a bar's button, at most two levels down."""
    return [
        el,
        *(c for c in el if isinstance(c.tag, str)),
        *(g for c in el for g in c if isinstance(g.tag, str)),
    ]


def _is_chrome_part(el: HtmlElement) -> bool:
    """A gutter list inside <pre> beside the code, or a copy label."""
    return (el.tag in ("ul", "ol") and _is_gutter(el)) or _is_copy_label(el)


def _is_gutter(el: HtmlElement) -> bool:
    """Only a run of consecutive integers (two or more): a gutter's line numbers."""
    words = " ".join(t for t in el.itertext() if isinstance(t, str)).split()
    if len(words) < _CODE_GUTTER_MIN or not all(w.isdigit() for w in words):
        return False
    first = int(words[0])
    return all(int(w) == first + i for i, w in enumerate(words))


def _is_copy_label(el: HtmlElement) -> bool:
    """A button, a span or a bar whose whole text is a copy label."""
    if not isinstance(el.tag, str) or el.tag not in _CODE_COPY_TAGS:
        return False
    text = text_of(el)
    if len(text) > _CODE_COPY_MAX * 2:
        return False
    return " ".join(text.split()).lower() in _CODE_COPY_LABELS
