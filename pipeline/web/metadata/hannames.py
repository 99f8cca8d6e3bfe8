"""Names of Han characters apart by a blank: two Chinese names ("张三 李四"), a Chinese name
spaced out to the width of three ("赵  培"), or, on a page in Japanese, one name whose family
and given names a blank sets apart ("山田 太郎", as Japanese pages print them in bylines).

Whether the page is Japanese is the page's, not the value's ("山田 太郎" reads as two Chinese
names of two characters as well): `read_metadata` says it for the authors it reads
(`japanese_page`), and `names.split_authors` caches its answers by it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pipeline.text.scripts import HAN_CHAR, KANA_CHAR, has_han
from pipeline.web.metadata.vocabulary import _MAX_HAN_NAME

# "台北報導": reported from Taipei; "上報快訊": the outlet's news flash (its desk, the part a
# list's "／" leaves of "上報快訊／范姜佳鈺")
_REPORTED_FROM = ("報導", "报道", "報道", "报导", "快訊", "快讯")
_CLOSING_BRACKETS = "】〕」』)）]"
_JAPANESE = ContextVar("japanese_page", default=False)
_MAX_JA_PART = 3  # characters of a Japanese family or given name printed apart by a blank


@contextmanager
def japanese_page(japanese: bool) -> Iterator[None]:
    """While it runs, the authors read are a page's in Japanese (`japanese`) or not."""
    token = _JAPANESE.set(japanese)
    try:
        yield
    finally:
        _JAPANESE.reset(token)


def on_japanese_page() -> bool:
    """True while the authors read are a Japanese page's (`japanese_page`)."""
    return _JAPANESE.get()


def han_names(name: str, japanese: bool = False) -> list[str]:
    """ "张三 李四" (Chinese names apart by a space) as two names; "赵  培" (a two-character
    name spaced out to the width of three, as Chinese pages print them) as one, "赵培"; on a
    `japanese` page, "山田 太郎" (two words of one to three characters) as one name with its
    blank; any other name as itself."""
    # "台北報導": a place ("報導】": the bracket closing "【華視新聞╱報導】" too)
    words = [w for w in name.split() if not w.rstrip(_CLOSING_BRACKETS).endswith(_REPORTED_FROM)]
    if not words:
        return []
    if len(words) > 1 and all(has_han(w) and len(w) <= _MAX_HAN_NAME for w in words):
        if japanese and len(words) == 2 and max(map(len, words)) <= _MAX_JA_PART:
            return [" ".join(words)]
        if min(map(len, words)) == 1:  # no Chinese name is one character
            joined = "".join(words)
            return [joined] if len(joined) <= _MAX_HAN_NAME else []
        return words
    return [name]


# A Japanese paper's dateline opening the story: where it was filed, "=" and the reporters
# ("【ワシントン=山田太郎】", "【北京＝山田太郎、佐藤花子】", "【ワシントン=山田太郎、ロンドン=佐藤
# 花子】": each after the place they filed from), names of Han characters or kana.
_JA_DATELINE = re.compile(r"【[ 　]*[^\s=＝【】]{1,12}[ 　]*[=＝]([^【】\n]{1,60})】")
_JA_NAME = re.compile(rf"[{HAN_CHAR}{KANA_CHAR}]{{2,6}}(?:[ 　][{HAN_CHAR}{KANA_CHAR}]{{1,4}})?")
_JA_FILED_AT = re.compile(r"^[^\s=＝、]{1,12}[=＝]")  # a later reporter's place ("ニューヨーク=")
_JA_DATELINE_REACH = 1500  # characters of the text after the headline a dateline opens in


def ja_dateline(text: str) -> str | None:
    """The reporters of a Japanese dateline (`_JA_DATELINE`) opening `text` or one of the
    lines of its first `_JA_DATELINE_REACH` characters, as a list apart by "、"; None for none
    (or for a bracket holding anything but names after the place: an agency's is a name)."""
    at = text.find("【", 0, _JA_DATELINE_REACH)
    while at >= 0:
        match = _JA_DATELINE.match(text, at) if at == 0 or text[at - 1] == "\n" else None
        if match is not None:
            names = [_JA_FILED_AT.sub("", p).strip() for p in match.group(1).split("、")]
            return "、".join(names) if all(map(_JA_NAME.fullmatch, names)) else None
        at = text.find("【", at + 1, _JA_DATELINE_REACH)
    return None
