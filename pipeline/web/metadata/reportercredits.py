"""The reporters a Chinese, Korean or Japanese article credits in its text, on a page whose
markup names no author: "（记者 张三 杭州报道）", "【新华社记者 李四】", "홍길동 기자",
"【ワシントン=山田太郎】", read after the
headline (else in the body's text), and in a long article's closing lines. The credit pattern
(`vocabulary._CREDIT`) is slow tried at every character: it is tried only near a credit word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.text.scripts import HAN_CHAR, HANGUL_CHAR
from pipeline.web.html import HtmlElement
from pipeline.web.metadata.creditpatterns import (
    _BRACKETED_CREDIT_WORDS,
    _CREDIT,
    _CREDIT_ROLE,
    _CREDIT_WORD,
    _PHOTO_CREDIT,
)
from pipeline.web.metadata.hannames import _REPORTED_FROM, ja_dateline
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.surnames import surnamed
from pipeline.web.metadata.visible import _window_of

# Characters a credit starts before its word in a text of `_lines` (no two whitespace
# characters in a row): "（", a space, a name of four characters, a space before "报道"; an
# outlet of ten characters after "（" before "记者"; three Korean names joined by "·" or ", "
# and a space before "기자".
_CREDIT_LEAD = 17
_CREDIT_WINDOW = 6000  # characters of article text searched for a reporter's credit
_FAR_CREDIT_WINDOW = 20000  # ... and of a long article's, read after those where none is
_CJK_PROBE = 500  # characters closing the first window that show the article is Chinese or Korean
_HAN_OR_HANGUL = re.compile(f"[{HAN_CHAR}{HANGUL_CHAR}]")
_NAME_PARTS = re.compile("[ 　、，,]+")  # between the names of a credit line


def _credited(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    """The reporters a Chinese or Korean article credits in its text (see `_CREDIT`), on a
    page whose markup names no author: the text after the headline, else the body's text."""
    if near.h1 is not None:
        text = near.window(_CREDIT_WINDOW)
    else:
        body = doc.find("body")
        text = _window_of(body, _CREDIT_WINDOW) if body is not None else ""
    names = _first_credit(text, 0, keys, near)
    if not names and "【" in text:  # "【ワシントン=山田太郎】": a Japanese paper's dateline
        dateline = ja_dateline(text)
        names = split_authors(dateline, keys) if dateline else []
    if names or near.h1 is None or len(text) < _CREDIT_WINDOW:
        return names
    if not _HAN_OR_HANGUL.search(text, len(text) - _CJK_PROBE):
        return []  # the article does not go on in Chinese or Korean there (read no further)
    # a long article's credit closing it ("……句号。\n(本文来源：东方体育日报 作者：黄靖宇)"):
    # the text after the first window, up to `_FAR_CREDIT_WINDOW`
    longer = near.window(_FAR_CREDIT_WINDOW)
    if len(longer) <= len(text):
        return []
    return _first_credit(longer, len(text), keys, near)


def _first_credit(text: str, start: int, keys: frozenset[str], near: _Near) -> list[str]:
    """The names of the first reporter's credit (`_CREDIT`) of `text` from `start` on."""
    if text.find("记者", start) < 0 and not _holds_credit_word(text, start):
        return []
    for match in _credits(text, start):
        found = next(group for group in match.groups() if group)
        if match.group("line") and near.h1 is None:
            continue  # a line "新华社记者看东北" on a page without a headline: a menu's column
        if (match.group("line") or match.group()[:1] in "【[") and not all(
            map(surnamed, _NAME_PARTS.split(found.strip(" 　、，,")))
        ):
            # ... or under a headline, or in a heading's brackets ("【新华社记者看东北】"),
            # where a name opens on no surname's character (看): a column's name
            continue
        if not found.endswith(_PHOTO_CREDIT):
            # "（实习记者 樊亮 张明超 记者惠禾）": the role again before a later name
            found = _CREDIT_ROLE.sub(" ", found)
            if "报" in found or "報" in found:  # "（记者 张三 杭州报道）": the place
                found = " ".join(w for w in found.split() if not w.endswith(_REPORTED_FROM))
            return split_authors(found, keys)
    return []


def _holds_credit_word(text: str, start: int) -> bool:
    """True when `text` holds one of `_CREDIT_WORDS` from `start` on. (A text of Latin-1
    alone holds none, told without a scan; else one scan of `_CREDIT_WORD`: a third of the
    time of an `in` test for each word on a Chinese text without one.)"""
    if text.isascii():
        return False
    try:
        text.encode("latin-1")  # (a copy, where the text is stored a byte a character)
    except UnicodeEncodeError:
        return _CREDIT_WORD.search(text, start) is not None
    return False


def _credits(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """`_CREDIT.finditer(text)` from `start` on, for a text of `_lines`, trying the pattern
    only at the `_CREDIT_LEAD` characters before each credit word and at the word: every
    match starts there (a match holds its word, after a lead of at most a bracket, a space, a
    four-character name and a space), so no other start can match; the pattern is slow tried
    at every character of a long Chinese text."""
    end = start  # where the last match ended: the next one starts there or after
    for word in _CREDIT_WORD.finditer(text, start):
        starts: Iterable[int] = range(max(end, word.start() - _CREDIT_LEAD), word.start() + 1)
        if word.group() in _BRACKETED_CREDIT_WORDS:
            # ("网 ", "整理": words of forms in brackets alone, tried at the brackets only)
            starts = [at for at in starts if text[at] in "（("]
        for start in starts:
            match = _CREDIT.match(text, start)
            if match is not None:
                yield match
                # it ends after this word (its own word is this one or a later one: a start
                # before an earlier word would have matched there), so no more starts here
                end = match.end()
                break
