"""Who posted a blog post or a forum thread, on a page that names no author otherwise: a
"posted by" line ("Posted by Jane Doe at 3:25 PM", "由海姑娘张贴 @ 2024-05-12 14:35"), a
forum's first post ("楼主：X", "X 发表于 2024-5-12 14:35") or the poster's card beside it.
"""

from __future__ import annotations

import re

from pipeline.web.html import HtmlElement
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.organisations import is_organisation
from pipeline.web.metadata.reportercredits import _CREDIT_WINDOW
from pipeline.web.metadata.visible import _window_of

# A blog post's footer (or header) naming who posted it, then the time: "Posted by Jane Doe
# at 3:25 PM", "Posted by jdoe on 12/05/2024", "由海姑娘张贴 @ 2024-05-12 14:35" (the Chinese
# blog platforms' "posted by"), "由 X 发表于 2024-05-12".
# ... and a forum thread's first post: "楼主：X", "X 发表于 2024-5-12 14:35" (Discuz and
# phpwind forums).
_POSTER_LINE = re.compile(
    r"^[ \t]*(?:posted by[ \t]+([^\n@|]{2,40}?)[ \t]+(?:at|on|@)"
    r"|由[ \t]*([^\n@ \t]{2,20}?)[ \t]*(?:张贴|張貼|发表|發表|发布|發佈)[ \t]*(?:于|於|@)?"
    r"|(?:(?:楼主|樓主)[ \t]*[：:]?[ \t]*)?([^\s：:]{2,20})[ \t]+(?:发表于|發表於)[ \t]*[：:]?)"
    r"[ \t]*\n?[ \t]*\d"  # (the time may be a line of its own: a link's text)
    r"|^[ \t]*(?:楼主|樓主)[ \t]*[：:][ \t]*([^\s：:]{2,20})[ \t]*$",
    re.I | re.M,
)
# The poster's card beside a forum post: the poster's name on a line, then (within
# `_CARD_LINES` lines) the forum's counts of them: "级别：", "积分：", "帖子：", "注册时间：".
_CARD_STAT = re.compile(
    r"^(?:级别|級別|积分|積分|帖子|精华|精華|威望|金钱|金錢|经验|經驗|注册时间|註冊時間|"
    r"在线时间|在線時間|主题|主題|等级|等級|头衔|頭銜)[ \t]*[：:]",
    re.M,
)
# The words every `_POSTER_LINE` holds, and those of a forum's thread among them.
_POSTER_WORD = re.compile("osted by|OSTED BY|张贴|張貼|发表于|發表於|发表|發表|发布|發佈|楼主|樓主")
_FORUM_WORDS = frozenset(("楼主", "樓主", "发表于", "發表於"))
# A character a Chinese poster's line holds (张贴, 楼主: a blog's, a forum's), rare in news.
_POSTER_HAN_CHARS = "贴貼楼樓"
_HANDLE = re.compile(r"[^\W\d_][\w.-]{1,19}")  # a forum's user name: "cjy52191", "老王2005"
_NOT_POSTERS = frozenset("本文 此文 该文 該文 文章 原文 楼主 樓主 作者 管理员 管理員 版主".split())


def _poster(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    """The person a blog post's "posted by" line names (`_POSTER_LINE`), on a page that names
    no author otherwise: the first such line of the text after the headline (else of the
    body's) whose name is one person's."""
    if near.h1 is not None:
        text = near.window(_CREDIT_WINDOW)
    else:
        body = doc.find("body")
        text = _window_of(body, _CREDIT_WINDOW) if body is not None else ""
    if "osted by" not in text and not any(ch in text for ch in _POSTER_HAN_CHARS):
        return []  # (single characters: `in` finds one in 1-3 us, a word or a pattern 5-20)
    forum = False
    tried = -1  # the start of the last line tried
    for word in _POSTER_WORD.finditer(text):  # (the pattern tried at the lines holding one)
        forum = forum or word.group() in _FORUM_WORDS
        start = text.rfind("\n", 0, word.start()) + 1
        if start == tried:
            continue
        tried = start
        match = _POSTER_LINE.match(text, start)
        if match is None:
            continue
        names = split_authors(next(group for group in match.groups() if group), keys)
        if len(names) == 1 and names[0] not in _NOT_POSTERS:
            return names
    return _card_poster(text, keys) if forum else []


def _card_poster(text: str, keys: frozenset[str]) -> list[str]:
    """The name on the first poster's card of a forum thread (`_CARD_STAT`): the line before
    the card's first count, when it is a user name (`_HANDLE`: no blank, no colon)."""
    stat = _CARD_STAT.search(text)
    if stat is None:
        return []
    line = text[: stat.start()].rstrip("\n").rpartition("\n")[2].strip()
    if not _HANDLE.fullmatch(line) or line in _NOT_POSTERS or is_organisation(line, keys):
        return []
    return [line]
