"""Whether a name is printed on the page, and whether only as its editor's: the tests the
author reader (`authorship`) asks of the names a meta or the JSON-LD declares (an author meta
of many CMSs names the page's editor, a JSON-LD person the account that posted it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.metadata.bylinelines import _name_shaped
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.visible import _window_of
from pipeline.web.metadata.vocabulary import _EDITOR_CREDIT
from pipeline.web.wordpatterns import lowers_plainly

# The text nodes of the page holding one name (`$name`), outside scripts and styles.
_NAME_TEXTS: Callable[..., Any] = xpath(
    "//body//text()[contains(., $name)][not(parent::script or parent::style)]"
)
# An editor's label and its colon right before a name ("责任编辑：", "（责编：", "网络编辑:",
# "编辑： "), at the end of the text before the name.
_EDITOR_BEFORE = re.compile(
    r"(?:责任编辑|責任編輯|网络编辑|網絡編輯|编辑|編輯|责编|責編)[ \t\xa0]*[:：][ \t\xa0]*$"
)
_EDITOR_REACH = 12  # characters before a name its editor's label is read in


def _editors_only(doc: HtmlElement, names: list[str]) -> bool:
    """True when each of `names` (Han names: the "author" metas and author boxes of Chinese
    CMSs naming the editor) is printed on the page, and only after an editor's label
    (`_EDITOR_BEFORE`: "责任编辑：李四", "<div class='author'>责任编辑：<!-- -->李四</div>"): the
    editor, no author. A name printed anywhere else ("（记者 李四）" too) is an author's."""
    if not names or not all(has_han(name) and _name_shaped(name) for name in names):
        return False
    for name in names:
        texts = _NAME_TEXTS(doc, name=name)
        if not texts:
            return False
        for text in texts:
            owner = text.getparent()
            if owner is None:
                return False
            if text.is_tail:  # a tail: read with the text of the element it follows
                owner = owner.getparent() if owner.getparent() is not None else owner
            context = text_of(owner)
            at = context.find(name)
            while at >= 0:
                if not _EDITOR_BEFORE.search(context[max(0, at - _EDITOR_REACH) : at]):
                    return False
                at = context.find(name, at + len(name))
    return True


def _printed(doc: HtmlElement, names: list[str]) -> bool:
    """True when the page's visible text holds one of `names` (case and spacing ignored),
    other than as its editor's ("编辑： 申文峰", "Redaktion: Anna Weiss", "Editor: X": the
    person an author meta of many CMSs names). The whole page's text: its editors' labels
    are looked for first (`_holds_editor_label`), a name's key by one search (`_key_in`)."""
    body = doc.find("body")
    if body is None:
        return False
    text = _window_of(body, 10**9)
    if _holds_editor_label(text):  # (else `_EDITOR_CREDIT` finds nothing to take out)
        text = _EDITOR_CREDIT.sub("\n", text)
    folded = text.casefold()
    return any(_key_in(_key(name), folded) for name in names)


# The Han labels of `_EDITOR_CREDIT` ("责任编辑" holds "编辑") and the starts of its case-blind
# ones, lowered: each of its matches holds one of them (as `CaselessWords` reads them).
_EDITOR_HAN = ("编辑", "編輯", "责编", "責編")
_EDITOR_STARTS = ("edit", "edición", "redak", "penyunting", "редактор", "επιμέλεια")


def _holds_editor_label(text: str) -> bool:
    """False when `_EDITOR_CREDIT` finds nothing in `text` (its case-blind alternation is
    tried at every position: 0.1-0.2 ms a page's text); True when it may."""
    for label in _EDITOR_HAN:  # (a loop: any() over a generator costs more)
        if label in text:
            return True
    lowered = text.lower()
    return not lowers_plainly(lowered) or any(word in lowered for word in _EDITOR_STARTS)


def _key_in(key: str, folded: str) -> bool:
    """`key in _key(text)` for `folded` = text.casefold(): `key`'s characters in order in
    `folded`, nothing but `[\\W_]` between them (what str.isalnum refuses), found by one
    search instead of the text's key made a character at a time (1-2 ms a page's text)."""
    return re.search(r"[\W_]*".join(map(re.escape, key)), folded) is not None
