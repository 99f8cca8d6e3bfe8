"""The text's edges: what opens or closes a page's text without being the article's.

At both ends: the title and short unpunctuated labels ("今日关注", "Tags"), and at the end a
label ending in a colon; datelines among the first and last lines; a byline of a name and a
role among the first; the desk's initials ("(ab/cde)") and the writer's contact with the
short signature lines above it ("Jana Nowak" / "Email: jana@example.pl") among the last.
"""

from __future__ import annotations

import re

from pipeline.maintext.contactblock import contact_block_start
from pipeline.maintext.credits import is_lead_byline, is_role_byline
from pipeline.maintext.datelines import UPDATE_WORDS, is_dateline, is_reading_time
from pipeline.maintext.tailboxes import related_tail_start
from pipeline.maintext.updatelines import is_update_time
from pipeline.text.bylines import place_byline
from pipeline.text.marks import LETTERS
from pipeline.text.scripts import COMMA_CHAR, HAN_CHAR, STOP_CHAR
from pipeline.web.metadata.names import is_desk
from pipeline.web.metadata.organisations import AGENCIES, is_organisation
from pipeline.web.metadata.orgwords import AGENCIES_AT_LARGE

# The signature block closing an official document: the issuing body, then the date alone.
_ISSUER = re.compile(
    "^["
    + HAN_CHAR
    + r"（）()]{2,30}(政府|委员会|办公室|办公厅|局|厅|部|院|委|会|中心|公司|集团|协会|"
    r"学会|大学|学院|银行|法院|检察院)$"
)
_DATE_ONLY = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_DATELINE_EDGE = 2  # lines at each end of the text where a dateline is dropped
# ... and at its head, under a deck or a summary's points, a dateline labelled as the page's
# update ("Last updated at 4:09 PM on 15th December 2011" under two bullets; an event's date
# under its own label, "■ 日 時：", is the text's, and "Posted by X on <date>" may close a
# short post over its comments, where the comments are cut)
_DATELINE_HEAD = 5
_MAX_COLON_LABEL = 40  # chars of a label ending in a colon ("Related articles:")
# The desk's signature closing an article: the initials of its writers and editors and the
# agency's name ("(ab/cde)", "(xy, zw)", "abc, PAP"), bracketed or two items at least, at
# least one in lower case (a bare "FAQ" or "here" is the text's).
_MAX_SIGNATURE = 40
_SIGNATURE_ITEM = r"[^\W\d_]{2,5}"
_SIGNATURE = re.compile(
    rf"^(?:[(\[]\s*{_SIGNATURE_ITEM}(?:\s*[/,;]\s*{_SIGNATURE_ITEM}){{0,3}}\s*[)\]]|"
    rf"{_SIGNATURE_ITEM}(?:\s*[/,;]\s*{_SIGNATURE_ITEM}){{1,3}})\.?$"
)
_SIGNATURE_SPLIT = re.compile(r"[^\w]+")
# The writer's contact closing the text (`_is_contact_line`), and the short lines of the
# signature above it (`_signature_start`): "Jana Nowak, MSc" / "Dietitian" / "Email: ...".
_CONTACT_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_WORD = LETTERS
_CONTACT_WORDS = 3
_MAX_CONTACT_LINE = 80
_SIGNATURE_LINES = 2
_MAX_SIGNATURE_LINE = 48
# What closes a sentence (or introduces what follows) in any script: a line ending so is no
# label (Arabic and Urdu ؟ ۔, Indic ।, Armenian ։, Ethiopic ። ...: `STOP_CHAR`).
SENTENCE_CLOSED = (".", "!", "?", ":", "：", "…", ";", "»", '"', "”", *STOP_CHAR)
_MAX_LABEL = 12  # chars: a shorter line without punctuation at an edge is a label
_LABEL_KEEP = re.compile(f"[,;.!?:：（(）)\\d{STOP_CHAR}{COMMA_CHAR}]")
# A line in quotation marks from end to end is a line of dialogue ("“也谢谢你……”" closing a
# story), short and unpunctuated as it may be, not a label.
_QUOTED = re.compile(r"^[“「『\"].*[”」』\"]$")
# A short line closed by an emoji (a pictograph, perhaps with its variation selector or skin
# tone) is a sentence said with a face, as blog posts in Japanese or Korean end their lines
# ("昔よく食べたなぁ☺️", "맛있어요😋"), not a label: labels end on their noun.
_EMOJI_END = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]*$")


def trim_edges(lines: list[str], title: str) -> list[str]:
    """Drop the title and short unpunctuated labels ("今日关注", "Tags") at both ends,
    datelines among the first and last `_DATELINE_EDGE` lines (a reading time alone
    anywhere: `is_reading_time`), a byline of a name and a role
    (`is_role_byline`, in any language), of "de" or "per" and a name (`is_lead_byline`) or
    of a name and a place beside a dateline (`_is_place_byline`) among the first and the
    desk's initials
    (`_SIGNATURE`) among the last: a name and a role closing the text sign it (an op-ed's
    author), and golds keep them."""
    squashed = "".join(title.split())
    start, end = 0, len(lines)
    while start < end and _is_edge_label(lines[start], squashed):
        start += 1
    while end > start and (_is_edge_label(lines[end - 1], "") or is_colon_label(lines[end - 1])):
        end -= 1
    block = min(contact_block_start(lines, start, end), related_tail_start(lines, start, end))
    while end > block or (end > start and is_colon_label(lines[end - 1])):
        end -= 1  # a press release's contact block, a more-stories box, a label left over it
    if end > start and _is_contact_line(lines[end - 1]):
        end = _signature_start(lines, start, end - 1)
    last = end - _DATELINE_EDGE
    head, dated = _head_end(lines, start, end), start + _DATELINE_HEAD
    return [
        line
        for i, line in enumerate(lines[start:end], start)
        if not ((i < head or i >= last) and (is_dateline(line) or is_update_time(line)))
        and not (i < dated and _labelled_dateline(line))
        and not is_reading_time(line)
        and not (i >= last and (_is_signature(line) or is_agency_credit(line)))
        and not (i < head and _is_head_meta(lines, i, start, end))
    ]


def _labelled_dateline(line: str) -> bool:
    """`line` is a dateline (`is_dateline`) naming the page's update (`UPDATE_WORDS`)."""
    words = line.lower().replace(":", " ").split()
    return any(w in UPDATE_WORDS for w in words) and is_dateline(line)


_MAX_HEAD_RUN = 3  # lines of a run of datelines and bylines past the first two


def _is_head_meta(lines: list[str], i: int, start: int, end: int) -> bool:
    """`lines[i]` is a byline of a name and a role, of "de" or "per", of a name and a place
    or a desk's name beside a dateline (what `trim_edges` drops among the first lines)."""
    line = lines[i]
    return (
        is_role_byline(line)
        or is_lead_byline(line)
        or _is_place_byline(lines, i, start, end)
        or _is_desk_byline(lines, i, start, end)
    )


def _head_end(lines: list[str], start: int, end: int) -> int:
    """Where the text's head ends: `_DATELINE_EDGE` lines, and one more for each dateline or
    byline dropped there (at most `_MAX_HEAD_RUN`): a deck printed over the byline and a
    dateline and an update line under it ("Por Ana Souza — Brasília" / "08/01/2026 10h20" /
    "Atualizado em 08/01/2026 às 12h35") is a run of the page's data the first two lines
    would cut in the middle."""
    head = start + _DATELINE_EDGE
    i = start
    while i < min(head, end, start + _DATELINE_EDGE + _MAX_HEAD_RUN):
        if is_dateline(lines[i]) or is_update_time(lines[i]) or _is_head_meta(lines, i, start, end):
            head += 1
        i += 1
    return min(head, start + _DATELINE_EDGE + _MAX_HEAD_RUN)


def _is_place_byline(lines: list[str], i: int, start: int, end: int) -> bool:
    """`lines[i]` is a name and a place ("María García | Madrid": `place_byline`) beside a
    dateline (the line before or after it, within `start`-`end`)."""
    if place_byline(lines[i]) is None and place_byline(_without_outlet(lines[i])) is None:
        return False
    return any(start <= j < end and is_dateline(lines[j]) for j in (i - 1, i + 1))


# The outlet a name writes for, between the name and the place: "Por Ana Souza, g1 — Brasília",
# "Por João Lima, TV Exemplo — Recife" (one to three words before a dash).
_OUTLET = re.compile(r"^([^,|\d]+?),\s+[^,|–—-]{2,30}?(\s[–—-]\s[^,|\d–—-]+)$")


def _without_outlet(line: str) -> str:
    """`line` without the outlet between its name and its place (`_OUTLET`), or ""."""
    found = _OUTLET.match(line.strip())
    return "" if found is None or len(line) > _MAX_DESK_LINE * 2 else found[1] + found[2]


_MAX_DESK_LINE = 40  # chars of a desk's name standing as a byline ("Haber Merkezi")
_DESK_WORDS = 4


def _is_desk_byline(lines: list[str], i: int, start: int, end: int) -> bool:
    """`lines[i]` is a desk's name where a byline stands ("Haber Merkezi", "News Desk",
    "নিজস্ব প্রতিবেদক": own correspondent; `is_organisation`, `is_desk`) beside a dateline
    (the line before or after it, within `start`-`end`): the metadata names no author of it,
    and the line is no more the article's than a byline is."""
    line = lines[i]
    if len(line) > _MAX_DESK_LINE or len(line.split()) > _DESK_WORDS:
        return False
    if line.endswith(SENTENCE_CLOSED) or not (is_organisation(line) or is_desk(line)):
        return False
    return any(start <= j < end and is_dateline(lines[j]) for j in (i - 1, i + 1))


def _is_contact_line(line: str) -> bool:
    """The writer's contact closing the text: an e-mail address and at most
    `_CONTACT_WORDS` words besides it, a name, a title or the agency ("홍길동 기자
    hong@example.kr", "☞공감언론 뉴시스 ab12@example.com", "Email: jane@example.gr"). A bare
    address is left to the text (`_EMAIL_LINE`: a contact the text points to)."""
    if len(line) > _MAX_CONTACT_LINE:
        return False
    found = _CONTACT_ADDRESS.search(line)
    if found is None:
        return False
    words = _CONTACT_WORD.findall(line[: found.start()] + " " + line[found.end() :])
    return 0 < len(words) <= _CONTACT_WORDS and not line.lstrip()[:1].isdigit()


def _signature_start(lines: list[str], start: int, contact: int) -> int:
    """Where the signature block closed by the contact line at `contact` opens: up to
    `_SIGNATURE_LINES` short unpunctuated lines (the writer's name, their title) above it."""
    first = contact
    while (
        first > start
        and contact - first < _SIGNATURE_LINES
        and len(lines[first - 1]) <= _MAX_SIGNATURE_LINE
        and not lines[first - 1].endswith(SENTENCE_CLOSED)
        and len(lines[first - 1].split()) <= _CONTACT_WORDS + 1
    ):
        first -= 1
    return first


# The wire services whose files the story used, credited closing it: "(avec AFP)", "(With
# Reuters)", "Avec AFP et Reuters", "(avec agences)", after the writer's name ("Marie Dupont
# (avec AFP)"): the newsroom's note, not the story's prose.
_WITH_AGENCY = re.compile(
    r"^((?:[^\W\d_][\w'’-]*\s){2,4})?\(?\s*(?:avec|with|mit|con|com)\s+(?:l['’]|the\s+)?"
    r"([^\W\d_][\w '’-]{1,40}?)\s*\)?\.?$",
    re.I,
)
_AGENCY_JOINS = re.compile(r"\s*(?:,|/|\bet\b|\band\b|\bund\b|\by\b|\be\b)\s*", re.I)


def is_agency_credit(line: str) -> bool:
    """A line crediting wire services closing the text (`_WITH_AGENCY`): each item a wire
    service (`AGENCIES`) or "agencies" at large (`AGENCIES_AT_LARGE`), a name before it
    capitalised word by word."""
    found = _WITH_AGENCY.match(line.strip()) if len(line) <= _MAX_SIGNATURE_LINE else None
    if found is None:
        return False
    if found[1] and not all(w[:1].isupper() for w in found[1].split()):
        return False
    items = [i for i in _AGENCY_JOINS.split(found[2]) if i]
    return bool(items) and all(
        "".join(filter(str.isalnum, i.casefold())) in AGENCIES or i.lower() in AGENCIES_AT_LARGE
        for i in items
    )


def _is_signature(line: str) -> bool:
    """The desk's initials closing the text (`_SIGNATURE`): each item in lower or upper case
    (initials, an agency), one of them in lower case."""
    if len(line) > _MAX_SIGNATURE or not _SIGNATURE.match(line):
        return False
    items = [w for w in _SIGNATURE_SPLIT.split(line) if w]
    return any(w.islower() for w in items) and all(w.islower() or w.isupper() for w in items)


def _is_edge_label(line: str, title: str) -> bool:
    if title and "".join(line.split()) == title:
        return True
    return (
        len(line) < _MAX_LABEL
        and not _LABEL_KEEP.search(line)
        and not _QUOTED.match(line)
        and not _EMOJI_END.search(line)
    )


def is_colon_label(line: str) -> bool:
    """A short line ending in a colon: it introduces what comes after it."""
    return len(line) <= _MAX_COLON_LABEL and line.endswith((":", "："))


def is_signature_date(text: str, previous: str) -> bool:
    """A lone date under the issuing body: the signature of an official document."""
    return bool(_DATE_ONLY.match(text) and _ISSUER.match(previous))
