"""The writer credited where the article's text ends: a lead printed alone on its line ("Von",
"By", "Published by", "Text:", "Autorin:") and the writer's full name on the next, or the
lead and the name on one line ("Autorin: Jane Doe, Projektleiterin in Tunis."), right after
the article's last paragraph of prose, no prose after it. Magazines, foundations' and
regional papers' templates print the credit there, under the text, in its own element (the
name a link to the writer's page, or set in bold), often after the related links the story
ends with; read where no other source names anyone.
"""

from __future__ import annotations

import re

from pipeline.text.bylines import NAME_PARTICLES
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.signatures import _SENTENCE_END, _bare_shaped, _lone_names
from pipeline.web.metadata.vocabulary import (
    _AUTHOR_LABEL_WORDS,
    _BY_VERBS,
    _BY_WORDS,
    _COLON_BYLINE_WORDS,
)

# A lead alone on its line: a byline's word or its verb and "by" ("Von", "By", "Par",
# "Published by", "Text von"), a label ("Autorin:"), or a word that labels the writer only
# before a colon ("Text:", "Texte :", "Текст:").
_LEAD_ALONE = re.compile(
    rf"(?:{_BY_WORDS}|(?:{_BY_VERBS})[ \t]+by|text[ \t]+(?:von|by)|{_AUTHOR_LABEL_WORDS})"
    rf"[ \t]*[:：]?|(?:{_COLON_BYLINE_WORDS}|text[ \t]+(?:und|&)[ \t]+fotos?)[ \t]*[:：]",
    re.I,
)
# ... and a label with the name after it on one line ("Autorin: Jane Doe, Projektleiterin").
_LABELLED = re.compile(
    rf"(?:{_AUTHOR_LABEL_WORDS}|{_COLON_BYLINE_WORDS})[ \t]*[:：][ \t]*(\S.{{3,80}})", re.I
)
# A Korean, Japanese or Chinese credit closing the text on its own line, the lead and the
# name: "글·사진 김민수" (text and photos), "글 김민수", "文/山田太郎", "文：山田太郎",
# "文・写真：山田太郎", "取材・文／山田太郎", "（文/张三）"; the name two to four Hangul
# syllables, or two to four Han or kana characters (a space inside a Japanese name allowed).
_CJK_CREDIT = re.compile(
    r"[(（]?[ 　]*(?:글(?:[ 　]*[·ㆍ・/,][ 　]*사진)?|사진[ 　]*[·ㆍ・/,][ 　]*글|"
    r"(?:取材|構成)[・·]文|文(?:[・·](?:写真|撮影))?)"
    r"(?:[ 　]*[/／:：=＝丨｜][ 　]*|[ 　]+)"
    r"([가-힣]{2,4}|[\u4e00-\u9fff\u3040-\u30ff]{1,3}[ 　]?[\u4e00-\u9fff\u3040-\u30ff]{1,3})"
    r"[ 　]*[)）]?"
)
_CJK_STARTS = frozenset("글사取構文")  # (the first character after a bracket: a cheap gate)
_MIN_PROSE = 100  # characters of the paragraph the credit follows
_CUT = ("…", "...")  # a paragraph cut short
_MAX_LEAD = 20  # characters of a lead's line
_CLOSING_WINDOW = 12000  # characters after the headline (a long story's credit closes it)


def closing_credit(near: _Near, keys: frozenset[str]) -> list[str]:
    """The names of the first credit (see the module) in the text after the headline, up to
    `_CLOSING_WINDOW` characters: a line of a lead alone and a line that is only a name
    (`_lone_names`: one to three names of a person's shape), or a labelled line of full
    names, after a line of prose (`_MIN_PROSE` characters or more, closing on a sentence's
    end, not cut short by an ellipsis) and before no more prose."""
    if near.h1 is None:
        return []
    lines = near.window(_CLOSING_WINDOW).split("\n")
    # (the long lines picked by their length alone first: a pattern's scan for them or a
    # loop of tests a line cost three to ten times as much)
    for i in [i for i, line in enumerate(lines) if len(line) >= _MIN_PROSE]:
        end = lines[i].rstrip()
        if not end.endswith(_SENTENCE_END) or end.endswith(_CUT):
            continue  # (a teaser cut short, "... wie sie die Miete zahlen sollen. In…": an
            # embedded post's, its poster's line after it)
        names = _credit_names(lines[i + 1 : i + 4], keys)
        if names:
            return names
    return []


def _credit_names(lines: list[str], keys: frozenset[str]) -> list[str]:
    """The names of the credit opening the `lines` after a paragraph, if one does, else []."""
    line = lines[0].strip() if lines else ""
    following = lines[1] if len(lines) > 1 else ""
    if len(line) <= _MAX_LEAD and _LEAD_ALONE.fullmatch(line):
        after = lines[2] if len(lines) > 2 else ""  # (the line after the name)
        names = _lone_names(following, keys) or _particled(following, keys)
        return names if names and len(after) < _MIN_PROSE else []
    if line.lstrip("(（ 　")[:1] in _CJK_STARTS and len(following) < _MIN_PROSE:
        return _cjk_credit(line, keys)
    labelled = _LABELLED.fullmatch(line)
    if labelled is None or len(following) >= _MIN_PROSE:
        return []
    # (a role after the name, "Projektleiterin der HSS", is no person's name's shape: left)
    names = split_authors(labelled.group(1), keys)
    if not names or not _bare_shaped(names[0]):
        return []
    return [n for n in names if _bare_shaped(n)]


def _particled(line: str, keys: frozenset[str]) -> list[str]:
    """`_lone_names` of a line whose name holds a particle in lower case ("Jan de Vries",
    "Ana da Silva"), which the shape test of a bare name takes for a phrase's word: read with
    the particles capitalised, the names as printed."""
    words = line.split()
    if not any(w in NAME_PARTICLES for w in words[1:]):
        return []
    raised = " ".join(
        w.capitalize() if i and w in NAME_PARTICLES else w for i, w in enumerate(words)
    )
    return split_authors(line, keys) if _lone_names(raised, keys) else []


def _cjk_credit(line: str, keys: frozenset[str]) -> list[str]:
    """The name of a Korean, Japanese or Chinese closing credit (`_CJK_CREDIT`) the line is
    whole, else []."""
    credit = _CJK_CREDIT.fullmatch(line)
    if credit is None:
        return []
    name = credit.group(1)
    # (a Japanese name printed with its space, "山田 太郎", is one name: tested without it)
    return [name] if split_authors(name.replace(" ", "").replace("　", ""), keys) else []
