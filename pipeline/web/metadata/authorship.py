"""The authors: the first source that names a person (the JSON-LD author, the author
metas, byline markup near the headline, a printed "By ..." line, a reporter's credit in the
article's text, a name printed bare beside the date or closing the article), an author meta
or the printed byline replacing a JSON-LD that names fewer or other people.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pipeline.text.bylines import NAME_PARTICLES, place_byline
from pipeline.text.scripts import HAN_CHAR, HANGUL_CHAR, has_han
from pipeline.text.writtendates import date_in_text
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.metadata.headline import (
    _AUTHOR_PAGE_HREF,
    _BYLINE_TEST,
    _BYLINE_WORD,
    _MAX_BYLINE_NODES,
    _NOT_BYLINE,
    _NOT_BYLINE_SELF,
    _Near,
)
from pipeline.web.metadata.names import (
    _REPORTED_FROM,
    _node_names,
    _people,
    _wider,
    split_authors,
)
from pipeline.web.metadata.organisations import _key, is_organisation
from pipeline.web.metadata.signatures import _bare_authors
from pipeline.web.metadata.structured import TWITTER_WRITER, _ld_people
from pipeline.web.metadata.surnames import surnamed
from pipeline.web.metadata.visible import _ancestry_says, _window_of
from pipeline.web.metadata.vocabulary import (
    _AUTHOR_LABEL_LINE,
    _BRACKETED_CREDIT_WORDS,
    _BYLINE_LINE,
    _CREDIT,
    _CREDIT_ROLE,
    _CREDIT_WORD,
    _DATELINE_REPORTER,
    _EDITOR_CREDIT,
    _GREEK_CASE_LEAD,
    _MAX_HAN_NAME,
    _PHOTO_CREDIT,
    _ROLE_WORDS,
    _TITLE_BYLINE,
)

_AUTHOR_METAS = (
    "author",
    "article:author",
    "byline",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "article:author_name",
    "cxenseparse:author",
    "content_author",
    "articleauthor",
    "authors",
    "citation_author",
    "og:author",
    "byl",  # "By Jane Doe and John Smith": a byline as printed, in a meta
    TWITTER_WRITER,  # a link preview's "Written by" label and its name
)
# (The attribute filters first: libxml2 then runs the string tests only on elements that have
# one of the attributes they read; the same nodes.)
_BYLINE_NODES = xpath("//*[@itemprop or @rel or @class or @id]" + _BYLINE_TEST)
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
_BYLINE_WINDOW = 600  # characters after the headline a "By ..." line is read in
_MIN_HOLDER_KEY = 4  # letters of an author meta the copyright meta must hold to name it
_LINKED_BYLINE_WINDOW = 600  # characters after the headline a bare author link stands in
_LINKED_LEVELS = 2  # levels above an author link its byline's other links are looked for in
_MAX_LINKED_BYLINE = 200  # characters of a byline holding several author links


def _authors(
    doc: HtmlElement,
    ld: dict[str, Any],
    metas: dict[str, str],
    keys: frozenset[str],
    near: _Near | None = None,
) -> tuple[str, ...]:
    """The first source that names a person: the JSON-LD author, the author metas, the byline
    markup (itemprop/rel=author, class or id holding author/byline), a "By ..." line printed
    after the title. An author meta replaces the JSON-LD when it names the same people and
    more (co-authors left out of the JSON-LD), and the visible byline replaces the JSON-LD
    when an author meta names its person and the JSON-LD does not (a JSON-LD naming the
    editor or the uploader)."""
    ld_names = list(
        dict.fromkeys(n for raw in _ld_people(ld.get("author")) for n in split_authors(raw, keys))
    )
    meta_names: list[str] = []
    holder = _key(metas.get("copyright") or metas.get("dc.rights") or "")
    held: list[str] = []
    for meta_key in _AUTHOR_METAS:
        value = metas.get(meta_key)
        if value and not value.startswith(("http://", "https://")):
            meta_names = split_authors(value, keys)
            if meta_names and holder and len(owner := _key(value)) >= _MIN_HOLDER_KEY:
                if owner in holder:  # the copyright's holder ("Copyright (c) Group 2022"):
                    held, meta_names = held or meta_names, []  # another meta's writer first
                    continue
            if meta_names:
                if meta_key == "citation_author":  # a paper's authors, one meta each
                    meta_names = _citation_authors(doc, keys) or meta_names
                break
    meta_names = meta_names or held  # (a blog's owner, its author and copyright holder)
    if ld_names and _wider(meta_names, ld_names):
        ld_names = meta_names
    first = ld_names or meta_names
    near = near or _Near(doc)
    if ld_names and not meta_names:
        # the byline replaces the JSON-LD where a meta names it (below), or where the page
        # never prints the JSON-LD's person (the account that posted it: a CMS's graph);
        # the byline under the title only (the far fallbacks cost a long text read a page)
        byline = _byline_authors(doc, keys, near, far=False)
        if _printed_instead(doc, byline, ld_names):
            return tuple(byline)
        if _wider(byline, ld_names):
            # the byline names the JSON-LD's people and more ("Co-authored by A and B", the
            # JSON-LD giving A alone): with those of the others linked to an author's page
            return tuple(_linked_more(doc, byline, ld_names))
        return tuple(ld_names)
    byline = _byline_authors(doc, keys, near)
    if not first:
        if _editors_only(doc, byline):
            byline = []  # "<div class='author'>责任编辑：李四</div>": the editor's credit
        return tuple(
            byline
            or _credited(doc, keys, near)
            or _not_section(_bare_authors(doc, keys, near), ld, metas)
            or _title_byline(near.title, keys)
            or _poster(doc, keys, near)
        )
    if not ld_names:
        if byline and not _people(byline) & _people(meta_names):
            # two author metas disagreeing ("author": the publishing group, "article:author":
            # the writer): the one the byline prints
            agreeing = _meta_naming(metas, keys, byline)
            if agreeing:
                return tuple(agreeing)
        # an author meta naming someone the page never prints (its editor: "author" metas of
        # Chinese CMSs) gives way to the byline or credit the page prints
        printed = byline or _credited(doc, keys, near)
        if _printed_instead(doc, printed, meta_names):
            return tuple(printed)
        if _editors_only(doc, meta_names):
            # ... and one naming the person the page prints as its editor alone, to them or none
            return () if _editors_only(doc, printed) else tuple(printed)
    if (
        ld_names
        and byline
        and _people(byline) & _people(meta_names)
        and not _people(byline) & _people(ld_names)
    ):
        return tuple(byline)
    return tuple(first)


def _not_section(names: list[str], ld: dict[str, Any], metas: dict[str, str]) -> list[str]:
    """`names` (printed bare beside the date) less the page's section, which a template
    prints there too ("North Korea" over "09:31 August 20, 2019"): the `article:section`
    meta or the JSON-LD's `articleSection` names it."""
    if not names:
        return names
    raw = ld.get("articleSection")
    sections = [metas.get("article:section"), *(raw if isinstance(raw, list) else [raw])]
    keys = {_key(s) for s in sections if isinstance(s, str) and s.strip()}
    return [n for n in names if _key(n) not in keys] if keys else names


def _citation_authors(doc: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The people of every citation_author meta, in order (Highwire's tags of a scholarly
    page: one meta an author, "Doe, Jane" or "Jane Doe")."""
    names: list[str] = []
    for meta in doc.iter("meta"):
        key = meta.get("name") or meta.get("property") or ""
        value = (meta.get("content") or "").strip()
        if value and key.strip().lower() == "citation_author":
            names += split_authors(value, keys)
    return list(dict.fromkeys(names))


def _meta_naming(metas: dict[str, str], keys: frozenset[str], byline: list[str]) -> list[str]:
    """The names of the first author meta naming one of the `byline`'s people."""
    for meta_key in _AUTHOR_METAS:
        value = metas.get(meta_key)
        if value and not value.startswith(("http://", "https://")):
            names = split_authors(value, keys)
            if _people(names) & _people(byline):
                return names
    return []


def _linked_more(doc: HtmlElement, byline: list[str], ld_names: list[str]) -> list[str]:
    """`byline` without the people the JSON-LD (`ld_names`) leaves out who are not the text
    of a link to an author's page (`_AUTHOR_PAGE_HREF`): a byline node's other words ("Print",
    "Fact Checked") are no co-authors."""
    declared = _people(ld_names)
    linked = {_key(text_of(a)) for a in _author_links(doc)}
    return [n for n in byline if _people([n]) <= declared or _key(n) in linked]


def _credited(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    """The reporters a Chinese or Korean article credits in its text (see `_CREDIT`), on a
    page whose markup names no author: the text after the headline, else the body's text."""
    if near.h1 is not None:
        text = near.window(_CREDIT_WINDOW)
    else:
        body = doc.find("body")
        text = _window_of(body, _CREDIT_WINDOW) if body is not None else ""
    names = _first_credit(text, 0, keys, near)
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


def _printed_instead(doc: HtmlElement, printed: list[str], declared: list[str]) -> bool:
    """True when the page prints a byline (`printed`: people's names) naming none of the
    `declared` people (a meta's or the JSON-LD's), and prints none of those anywhere."""
    return (
        bool(printed)
        and all(_name_shaped(name) for name in printed)
        and not _people(printed) & _people(declared)
        and not _printed(doc, declared)
    )


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


def _name_shaped(name: str) -> bool:
    """True for a name of the shape of a person's: two to four Han characters, or one to four
    words each starting with a capital (not an acronym: "PAP", "AFP" are agencies)."""
    if has_han(name):
        return 2 <= len(name) <= _MAX_HAN_NAME and all(has_han(ch) for ch in name)
    words = name.split()
    if not 1 <= len(words) <= 4 or (len(words) == 1 and name.isupper()):
        return False
    return all(w[:1].isupper() and w[-1:].isalpha() or w.endswith(".") for w in words)


def _printed(doc: HtmlElement, names: list[str]) -> bool:
    """True when the page's visible text holds one of `names` (case and spacing ignored),
    other than as its editor's ("编辑： 申文峰", "Redaktion: Anna Weiss", "Editor: X": the
    person an author meta of many CMSs names)."""
    body = doc.find("body")
    if body is None:
        return False
    text = _window_of(body, 10**9)
    if _EDITOR_CREDIT.search(text):
        text = _EDITOR_CREDIT.sub("\n", text)
    key = _key(text)
    return any(_key(name) in key for name in names)


def _byline_authors(
    doc: HtmlElement, keys: frozenset[str], near: _Near, far: bool = True
) -> list[str]:
    h1 = near.h1
    if h1 is not None:  # the byline markup after the title, then a "By ..." line there
        names = _first_names([n for n in near.marked[0] if _near_enough(n, near)], keys)
        if names:
            return names
        match = _line_search(_BYLINE_LINE, near.window(_BYLINE_WINDOW))
        if match:
            # with its opening word ("Του", "Με τον": the case the name is printed in)
            lead = " ".join(
                match.group(0)[: match.start(1) - match.start(0)].split("|")[-1].split()
            )
            if _GREEK_CASE_LEAD.match(f"{lead} "):
                return split_authors(f"{lead} {match.group(1)}", keys)
            return split_authors(match.group(1), keys)
        romanian = _de_byline(near.window(_BYLINE_WINDOW), keys, _declares_romanian(doc))
        if romanian:
            return romanian
        role = _role_byline(near.window(_BYLINE_WINDOW), keys)
        if role:
            return role
        placed = _place_byline(near.window(_BYLINE_WINDOW), keys)
        if placed:
            return placed
        # a byline set right above the title, else the author's line under the article,
        # else a reporter the dateline credits
        above = near.above_names(keys)
        if above or not far:
            return above
        return _labelled_author(near.window(_CREDIT_WINDOW), keys) or _dateline_reporter(
            near.window(_BYLINE_WINDOW), keys
        )
    return _first_names([n for n in _BYLINE_NODES(doc) if _byline_marked(n)], keys)


# A line "de Ion Popescu" (Romanian "by", also French, Spanish "of": "un article de ..."),
# alone or before a field's separator: "de Ion Popescu | 12 martie 2024", "de Ion Popescu, 12
# martie 2024, 10:30".
_DE_DATE_REACH = 40  # characters before and after the line a date stands in
# ... or without a date, among the first lines under the headline on a page declaring Romanian
# (the text drops the line there too: `maintext.credits.is_lead_byline`); in Spanish, French,
# Portuguese "de" is "of": "de Real Oviedo" alone is a list's line)
_DE_LEAD_LINES = 2
_DE_BYLINE_LINE = re.compile(r"^de[ \t]+([^\n|,·•–—]{4,60}?)[ \t]*(?:[|,·•–—][^\n]*)?$", re.M)


def _declares_romanian(doc: HtmlElement) -> bool:
    """The page's root declares Romanian (`lang="ro"`, "ro-RO"), where "de" is "by"."""
    lang = doc.getroottree().getroot().get("lang") or ""
    return lang[:2].lower() == "ro" and lang[2:3] in ("", "-", "_")


def _de_byline(text: str, keys: frozenset[str], romanian: bool = False) -> list[str]:
    """The people of a line opening with a lower-case "de" before full names (two to four
    capitalised words each) and nothing else but a field after a separator
    (`_DE_BYLINE_LINE`), with a date on the line or within `_DE_DATE_REACH` characters of it
    (a byline's date: a line "de Real Madrid" stands in a list as well), or among the first
    `_DE_LEAD_LINES` under the headline of a page declaring Romanian (`romanian`)."""
    if "\nde " not in text and not text.startswith("de "):
        return []
    for match in _DE_BYLINE_LINE.finditer(text):
        names = split_authors(f"de {match.group(1)}", keys)
        if not 1 <= len(names) <= 3 or not all(
            _name_shaped(n) and " " in n and n in match.group(1) for n in names
        ):
            continue
        start, end = match.span()
        if (romanian and text.count("\n", 0, start) < _DE_LEAD_LINES) or date_in_text(
            text[max(0, start - _DE_DATE_REACH) : end + _DE_DATE_REACH]
        ):
            return names
    return []


# A line of a name, a comma or a spaced dash or bar, and the writer's role, without "By":
# "Jan Kowalski, dziennikarz", "Ayşe Yılmaz - Muhabir", "Nguyễn Văn An - Phóng viên".
_ROLE_BYLINE = re.compile(r"^([^\n,|–—-]{3,50}?)(?:,|[ \t][|–—-])[ \t]*([^\n,|]{2,40})$", re.M)
_ROLE_BYLINE_LINES = 4  # lines after the headline it is looked for in
_MAX_ROLE_BYLINE_LINE = 100  # characters: a name, the separator and a role
_ROLE_BYLINE_WORDS = 4  # words of the role
_ROLE_BYLINE_LEAD = 2  # words of the role its role word stands among ("Health correspondent")


def _role_byline(text: str, keys: frozenset[str]) -> list[str]:
    """The person of a line among the first `_ROLE_BYLINE_LINES` of `text` (after the
    headline) that is only a name of two to four words (each capitalised, or of a script
    without capitals) and a role after a comma or a spaced dash (`_ROLE_BYLINE`): a word of
    `_ROLE_WORDS` among its first two, at most four words in all."""
    for line in text.split("\n", _ROLE_BYLINE_LINES)[:_ROLE_BYLINE_LINES]:
        if len(line) > _MAX_ROLE_BYLINE_LINE or not (
            "," in line or " -" in line or " –" in line or " —" in line or " |" in line
        ):
            continue
        match = _ROLE_BYLINE.match(line.strip())
        if match is None:
            continue
        role = match.group(2).lower().split()
        if len(role) > _ROLE_BYLINE_WORDS or not (
            " ".join(role) in _ROLE_WORDS
            or any(w.strip(".") in _ROLE_WORDS for w in role[:_ROLE_BYLINE_LEAD])
        ):
            continue  # (not "Die Stadt, sagte ein Journalist": a sentence's words first)
        name = match.group(1).strip()
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(
            w[:1].isupper() or (w[:1].isalpha() and w[:1].lower() == w[:1].upper())
            for w in words
            if w not in NAME_PARTICLES
        ):
            continue
        names = split_authors(name, keys)
        if names == [name]:
            return names
    return []


def _place_byline(text: str, keys: frozenset[str]) -> list[str]:
    """The person of a line among the first `_ROLE_BYLINE_LINES` of `text` that is only a
    name and a place ("María García | Madrid", "محمد علي - القاهرة": `place_byline`), with a
    date on the line before or after it (a kicker "Real Madrid | Liga" stands alone)."""
    lines = text.split("\n", _ROLE_BYLINE_LINES + 1)[: _ROLE_BYLINE_LINES + 1]
    for i, line in enumerate(lines[:_ROLE_BYLINE_LINES]):
        name = place_byline(line)
        if name is None:
            continue
        if not any(0 <= j < len(lines) and date_in_text(lines[j]) for j in (i - 1, i + 1)):
            continue
        names = split_authors(name, keys)
        if names == [name]:
            return names
    return []


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


def _labelled_author(text: str, keys: frozenset[str]) -> list[str]:
    """The people of the first line of `text` that names the author with a label
    (`_AUTHOR_LABEL_LINE`: "Auteur : Kofi Mensah", "Autor: Jonas Weber") and gives full
    names: two or more words (a commenter's handle, "Autor: kasia88", is none) or Han ones."""
    for match in _author_labels(text):
        names = split_authors(match.group(1), keys)
        if names and all(_name_shaped(n) and (" " in n or has_han(n)) for n in names):
            return names
    return []


# `_AUTHOR_LABEL_LINE` (a line's start, "^" in multi-line mode) after the newline opening
# the line: the search then runs to each newline (its literal first character), where the
# pattern tried `^` at every character of a window of thousands.
_AUTHOR_LABEL_AFTER_NEWLINE = re.compile(
    "\n" + _AUTHOR_LABEL_LINE.pattern.removeprefix("^"), _AUTHOR_LABEL_LINE.flags
)


def _author_labels(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_AUTHOR_LABEL_LINE.finditer(text)`, each with the same group 1: one
    at the start of `text`, then those after a newline (a match never ends on a newline,
    so the next one's newline is never inside the last one)."""
    first = _AUTHOR_LABEL_LINE.match(text)
    if first is not None:
        yield first
    yield from _AUTHOR_LABEL_AFTER_NEWLINE.finditer(text, first.end() if first else 0)


def _line_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a multi-line pattern opening with "^": a match starts at
    the start of `text` or right after a newline, so it is tried there alone (re tries each
    character, a call each for the "^" to fail on: 8 us for a window of English prose)."""
    at = 0
    while True:
        found = pattern.match(text, at)
        if found is not None:
            return found
        at = text.find("\n", at) + 1
        if not at:
            return None


def _dateline_reporter(text: str, keys: frozenset[str]) -> list[str]:
    """The reporter a dateline credits after its outlet, in brackets before its dash
    (`_DATELINE_REPORTER`), when that is a full name (two or more words)."""
    match = _line_search(_DATELINE_REPORTER, text) if "(" in text else None
    if match is None:
        return []
    names = split_authors(match.group(1), keys)
    if len(names) == 1 and _name_shaped(names[0]) and " " in names[0]:
        return names
    return []


def _near_enough(node: HtmlElement, near: _Near) -> bool:
    """False for a bare link to an author's page (no byline class: `_AUTHOR_PAGE_HREF`)
    whose text is not within `_LINKED_BYLINE_WINDOW` characters of the headline: a teaser
    card's author under the article, not its byline."""
    if node.tag != "a" or node.get("class") or node.get("rel") or node.get("itemprop"):
        return True
    return _key(text_of(node)) in _key(near.window(_LINKED_BYLINE_WINDOW))


def _byline_marked(node: HtmlElement) -> bool:
    """True for byline markup among the nodes `_BYLINE_NODES` gives: a class or id holding
    "author" or "byline" (`_BYLINE_TEST` finds these exactly) or an abbreviation of it
    (`_BYLINE_WORD`: the test's "aut" finds more, "auto-play" too)."""
    label = f"{node.get('class', '')} {node.get('id', '')}"
    return (
        "uthor" in label
        or "yline" in label
        or "author" in (node.get("itemprop"), node.get("rel"))
        or bool(_BYLINE_WORD.search(label))
    )


def _first_names(nodes: list[HtmlElement], keys: frozenset[str]) -> list[str]:
    """The names of the first byline node that gives any (comments, bios ... skipped)."""
    for node in nodes[:_MAX_BYLINE_NODES]:
        own = f"{node.get('class', '')} {node.get('id', '')}"
        if _NOT_BYLINE_SELF.search(own) or _ancestry_says(node, _NOT_BYLINE):
            continue
        if _FORM_PART(node):
            continue  # a comment box's author field and its login links ("tie-author")
        names = _node_names(node, keys)
        if names and node.tag == "a" and _author_link(node):
            return _linked_authors(node, keys) or names
        if names:
            return names
    return []


def _linked_authors(link: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The names of `link` and of the other links to author pages beside it (one parent):
    "<a href='/autor/a'>A</a> y <a href='/autor/b'>B</a>"; where the parent holds no other,
    the byline around it, up to `_LINKED_LEVELS` levels while it stays a line's length
    ("<span>Co-authored by <a>A</a></span> and <a>B</a>": each name wrapped apart)."""
    container = link.getparent()
    links = _author_links(container) if container is not None else [link]
    for _ in range(_LINKED_LEVELS):
        up = container.getparent() if container is not None and len(links) < 2 else None
        if up is None or len(text_of(up)) > _MAX_LINKED_BYLINE:
            break
        container, links = up, _author_links(up)
    return list(dict.fromkeys(n for a in links for n in _node_names(a, keys)))


def _author_links(node: HtmlElement) -> list[HtmlElement]:
    return [a for a in node.iter("a") if _author_link(a)]


def _author_link(link: HtmlElement) -> bool:
    """A link to an author's page: by its path (`_AUTHOR_PAGE_HREF`), or marked rel=author
    whatever its path ("<a rel='author' href='/profile/a'>A</a> and <a rel='author' ...>")."""
    return (
        bool(_AUTHOR_PAGE_HREF.search(link.get("href") or ""))
        or "author" in (link.get("rel") or "").split()
    )


def _title_byline(title: str | None, keys: frozenset[str]) -> list[str]:
    """The people of a byline in brackets closing the title (`_TITLE_BYLINE`)."""
    match = _TITLE_BYLINE.search(title) if title and title.rstrip().endswith((")", "）")) else None
    return split_authors(match.group(1), keys) if match else []


# A form, or a part of one: what a reader types in (a comment's author, a login), no byline.
_FORM_PART = xpath(
    "boolean(self::form or self::input or self::textarea or ancestor::form "
    "or descendant::form or descendant::input[not(@type='hidden')] or descendant::textarea)"
)
