"""Staff and wire credits printed as lines of the article (who to contact about it, who
edited it, which agency's files it uses, what an update added, who produced an episode), and
the publisher's notes around it: a disclaimer that the text is no professional advice.

"To contact the reporter on this story: X at x@example.com", "--Editors: X, Y", "With files
from The Canadian Press", "(Updates with lawmakers' letter in fourth paragraph.)", "This
episode was produced and edited by X. Y checked the facts. Z was the audio engineer." No
corpus gold keeps one: they are the newsroom's notes, not the story. Each form is anchored
at the line's start, or names both a production role and the credit, so a sentence of the
story about an editor or a producer is not one. "Disclaimer: This article is for
informational purposes only and is not a substitute for medical advice" names its purpose
and what it is not. (The label of the read-aloud player, "Listen to this article" in forty
languages, is `pipeline.maintext.labels`'s.)
"""

from __future__ import annotations

import re

from pipeline.text.bylines import BYLINE_ROLES, ENGLISH_ROLES, NAME_PARTICLES
from pipeline.text.marks import MARK_CHAR
from pipeline.text.scripts import HAN_CHAR, KANA_CHAR
from pipeline.web.html import any_literal
from pipeline.web.metadata.names import split_authors

_CREDIT = re.compile(
    r"^to contact the (?:reporters?|editors?|writers?|authors?)\b.{0,60}:|"
    r"^-*\s*editors?\s*:\s*\S.{0,100}$|"
    r"^with (?:files|reporting) from [^,;:]{1,80}$|"
    # the German wire credit naming an agency: "Mit Material von dpa und AFP", "(mit Material
    # der Nachrichtenagenturen dpa und Reuters)"
    r"^\(?mit material (?:von|der|aus)\s[^.!?;:]{0,50}?\b(?:dpa|afp|ap|reuters|rtr|kna|epd|"
    r"sid|apa|sda|keystone-sda|dts|efe|ddp)\b[^.!?;:]{0,40}?\)?\.?$|"
    # a German broadcaster's note of its own programme, with its time: "Über dieses Thema
    # berichtete die tagesschau am 12. März 2025 um 20:00 Uhr.", "Dieses Thema im Programm:
    # Das Erste | Tagesschau | 12.03.2025 | 20:00 Uhr"
    r"^(?:über dieses thema (?:hat |haben )?berichte(?:t|te|ten)\s|dieses thema im programm\s*:)"
    r".{0,160}\b\d{1,2}[:.]\d{2}\s*uhr\b.{0,40}$|"
    r"^\(updates?\s+(?:with|to|throughout)\b.{0,120}\)\.?$|"
    r"\b(?:was|were) (?:produced|edited|reported|mixed)(?: and (?:produced|edited|reported))?"
    r" by\b.{0,200}\b(?:checked the facts|fact-?checked|audio engineer|engineered by)\b|"
    r"\binformational (?:and educational )?purposes only\b.{0,120}\b(?:not (?:a )?substitute for|"
    r"does not constitute|not intended (?:as|to be))\b|"
    # the publisher's note on its use of AI: "This article was generated with the help of AI
    # and reviewed by an editor", "Editors' note: X used an AI engine to help create several
    # dozen stories"
    r"^(?:editors?['’]? note\s*:\s*)?(?:this|the) (?:article|story|post|report|summary|content)"
    r" (?:was|has been|is) (?:\w+ )?(?:generated|created|written|drafted|produced|translated|"
    r"summari[sz]ed)\b.{0,40}\b(?:ai|artificial intelligence)\b|"
    r"\bused (?:an )?ai (?:engine|tools?|models?) to help (?:create|write|generate|produce)"
    r" (?:\w+ ){0,3}(?:stories|articles|content|posts)\b|"
    # ... and on a wire story it printed unread: "(This story has not been edited by X staff
    # and is auto-generated from a syndicated feed.)", "This is an automated news feed. The
    # contents have not been selected or edited by X."
    r"\b(?:story|report|article|content|copy)\b[^.;]{0,80}\b(?:is|was|been) (?:auto-?generated|"
    r"published|sourced) from an? (?:syndicated|automated) (?:news )?feed\b|"
    r"^(?:this|it) is an automated news feed\b",
    re.I,
)
_MARKS = (
    "contact the",
    "editor",
    "with files",
    "with reporting",
    "mit material",
    "dieses thema",
    "update",
    "produced",
    "edited",
    "purposes only",
    # the AI notes: every one holds one of their verbs (these, not "ai": the line filter's
    # gate letters must be in every mark, linekinds._MARK_LETTERS)
    "generated",
    "created",
    "written",
    "drafted",
    "translated",
    "summari",
    "used ai",
    "used an ai",
    *("syndicated", "news feed"),
)
_MARKED = any_literal(_MARKS)  # (a line holds one of the marks)
_MAX_CREDIT = 300
# How an ASCII line `_CREDIT` matches opens, lowered (re.I on ASCII text is what lower()
# does): each anchored form's start that ASCII can spell ("-" or a blank before "editor"),
# else the words the unanchored forms hold. Most lines of prose have none of them: two
# prefix tests and six substring scans instead of the marks' prefix tree, which tries
# each of the line's characters.
_CREDIT_OPENINGS_ASCII = (
    "to contact the",
    "-",
    "editor",
    "with ",
    "(update",
    "this ",
    "the ",
    "mit material",
    "(mit material",
    "dieses thema",
)
_CREDIT_WORDS_ASCII = ("was ", "were ", "has been", " is ", "used ", "informational")


def is_credit_line(text: str, lowered: str | None = None) -> bool:
    """A staff, wire or production credit printed as a line (`_CREDIT`). `lowered`:
    `text.lower()`, when the caller has it."""
    if len(text) >= _MAX_CREDIT:
        return False
    lowered = text.lower() if lowered is None else lowered
    if text.isascii() and not (
        lowered[:1].isspace()
        or lowered.startswith(_CREDIT_OPENINGS_ASCII)
        or any(word in lowered for word in _CREDIT_WORDS_ASCII)
    ):
        return False  # no form of `_CREDIT` can match it
    return _MARKED.search(lowered) is not None and _CREDIT.search(text) is not None


# An author's bio, which a byline's box prints beside the headline where a standfirst would
# stand: "Dana is a writer from Leeds.", "Sam Ortiz is the senior editor of ...", "Kim Lee has
# been a reporter since 2009". The name (one to three capitalised words) opens it, a role
# follows within a few words.
_BYLINE_ROLES = "|".join((*ENGLISH_ROLES, "author"))  # an English bio says "the author of"
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:is|has been|was)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:{_BYLINE_ROLES})s?\b"
)
_MAX_BIO_WORDS = 12  # words before the role
# A byline without "By" opening the text: the author's name (two to four capitalised words),
# a comma, then a few words holding the role or closing on the newsroom's "News" ("Business
# reporter, Singapore", "Political correspondent", "BBC News"), as a byline box prints a name
# and a role in two spans. No sentence: nothing closes it.
_BYLINE_NAME = r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*,\s*"
_ROLE_BYLINE = re.compile(
    rf"{_BYLINE_NAME}(?:[\w&'’-]+[\s,]+){{0,3}}(?i:(?:{_BYLINE_ROLES})s?)\b(?:[\s,]+[\w'’-]+){{0,2}}$|"
    rf"{_BYLINE_NAME}(?:[\w&'’-]+\s+){{0,2}}News$"
)
_MAX_ROLE_BYLINE = 70  # characters
# The same in any script: two to four words of a name (each opening on a capital: checked
# apart, as re knows no capitals but ASCII's), a comma, at most four words holding a role.
_ANY_ROLE_BYLINE = re.compile(
    rf"^((?:[^\W\d_][\w.'’{MARK_CHAR}-]*\s+){{1,3}}[^\W\d_][\w.'’{MARK_CHAR}-]*)"
    r"(?:\s*,\s*|\s+[-–—|]\s+)"
    rf"((?:[\w'’{MARK_CHAR}-]+[\s,/&–—-]*){{1,4}})$"
)
_ROLE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, BYLINE_ROLES))})", re.I)


def is_author_bio(text: str) -> bool:
    """A bio opening on its author's name and role (`_BIO`)."""
    head = " ".join(text.split()[:_MAX_BIO_WORDS])
    return _BIO.match(head) is not None


def is_role_byline(text: str) -> bool:
    """A name, a comma and a role or newsroom (`_ROLE_BYLINE`): a byline without "By"; in
    any language and script, a name of capitalised words, a comma and a few words holding a
    role of `BYLINE_ROLES` ("Jan Kowalski, dziennikarz", "ΧΡΙΣΤΟΣ ΚΑΡΥΔΗΣ, Οικονομολόγος -
    Δημοσιογράφος", "Sanne de Vries, verslaggever", "राहुल शर्मा, संवाददाता"), or after a
    spaced dash or bar ("Ayşe Yılmaz - Muhabir")."""
    if len(text) > _MAX_ROLE_BYLINE or not _name_word(text):
        return False
    if _ROLE_BYLINE.match(text) is not None:
        return True
    found = _ANY_ROLE_BYLINE.match(text)
    return (
        found is not None
        and all(_name_word(w) for w in found[1].split())
        and _ROLE.search(found[2]) is not None
    )


# A byline of the word that is "by" in one language and "of" or "for" in its neighbours,
# alone on a line with the name: Romanian "de Andrei Popescu", Catalan "Per Marta Puig" (a
# Scandinavian given name too: "Per Olav Hansen" alone on the line is as much a byline).
_LEAD_BYLINE = re.compile(r"^(?:de|[Pp]er)\s+(\S+(?:\s+\S+){1,8})$")
_LEAD_JOINERS = frozenset(("și", "si", "i"))  # "and" between two names (Romanian, Catalan)
_MAX_LEAD_BYLINE = 80  # characters
_MAX_LEAD_NAME_WORDS = 4


def is_lead_byline(text: str) -> bool:
    """A line of "de" or "per" and a name of two to four capitalised words (`_LEAD_BYLINE`),
    or two such names joined by "and" ("de Andrei Popescu și Ion Ionescu"), and nothing
    else; not a place of one word ("de Gaulle", "per Milano")."""
    if len(text) > _MAX_LEAD_BYLINE or not text.startswith(("de ", "per ", "Per ")):
        return False
    found = _LEAD_BYLINE.match(text)
    if found is None:
        return False
    names = [found[1].split()]
    for joiner in _LEAD_JOINERS.intersection(names[0]):
        at = names[0].index(joiner)
        names = [names[0][:at], names[0][at + 1 :]]
        break
    return all(
        2 <= len(words) <= _MAX_LEAD_NAME_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w.isalpha() and (w[:1].isupper() or w in NAME_PARTICLES) for w in words)
        for words in names
    )


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, a particle ("de", "van"), or in a script without
    capitals ("राहुल", "שרה")."""
    first = word[:1]
    return first.isupper() or word in NAME_PARTICLES or first.lower() == first.upper()


# The text's lines a byline of the found authors is looked for in (under the headline, above
# the lead), how long it may be, and how many letters beside the names' own it may hold (the
# joints: "and", "i", "и", Hebrew's "ו", commas).
_AUTHOR_LINE_REACH = 3
# The last line a Chinese or Japanese story closes on: a name of two to four characters in
# brackets, its writer's or its agency's ("（山田太郎）", "（羅森）", "（共同）"), no sentence.
_BRACKETED_SIGNATURE = re.compile(f"[（(][{HAN_CHAR}{KANA_CHAR}]{{2,4}}[）)]")
_MAX_AUTHOR_LINE = 120
_AUTHOR_LINE_SLACK = 5
# The place a signature says the article was written in, in brackets after the names: "(à
# Bruxelles)", "(in Brussels)", "(en Madrid)" (as `signatures._SIGNATURE_SOURCE` reads it).
_WRITTEN_AT = re.compile(r"\s*\((?:à|in|en)\s[^()]{1,40}\)$", re.I)
_MAX_NAME_WORDS = 4


def without_author_line(lines: list[str], authors: tuple[str, ...]) -> list[str]:
    """`lines` less a line among the first `_AUTHOR_LINE_REACH` that names the found
    `authors` and nothing else: a byline printed without a byline word ("דנה כהן ויוסי לוי",
    "Иван Петров, Мария Сидорова", "Jan Kowalski i Anna Nowak"), which the metadata reader
    read as the authors beside the date; or among the last `_AUTHOR_LINE_REACH`: the writer's
    name signing the article ("Jan Novák", "(Siti Aminah)", brackets aside). A line naming
    others, or more, is the text's. A last line that is a bracketed Chinese or Japanese name
    (`_BRACKETED_SIGNATURE`) goes whatever the authors found."""
    if lines and len(lines[-1]) <= 8 and _BRACKETED_SIGNATURE.fullmatch(lines[-1].strip()):
        lines = lines[:-1]
    if not authors or any(len(a.split()) > _MAX_NAME_WORDS for a in authors):
        return lines  # (a name of five words and more is no person's: the reader erred)
    want = {_letters(a) for a in authors}
    size = sum(map(len, want))
    n = len(lines)
    reach = [
        *range(min(n, _AUTHOR_LINE_REACH)),
        *range(max(_AUTHOR_LINE_REACH, n - _AUTHOR_LINE_REACH), n),
    ]
    for i in reach:
        line = lines[i]
        if i >= _AUTHOR_LINE_REACH and line.endswith(")") and "(" in line:
            line = _WRITTEN_AT.sub("", line)  # "A et B (à Bruxelles)" signing: the names
        if len(line) > _MAX_AUTHOR_LINE or len(line) < size:
            continue  # (a line shorter than the names' letters cannot hold them)
        letters = len(_letters(line))
        if not size <= letters <= size + _AUTHOR_LINE_SLACK:
            continue  # (the names and their joints only: read before the split, 20-30 us)
        names = split_authors(line)
        if names and {_letters(n) for n in names} == want:
            return lines[:i] + lines[i + 1 :]
    return lines


def _letters(text: str) -> str:
    """The letters and digits of `text`, case-folded."""
    return "".join(filter(str.isalnum, text.casefold()))
