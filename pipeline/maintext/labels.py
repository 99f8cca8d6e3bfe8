"""Furniture labels printed as lines, in the major news languages: "Read also", "Share",
"Comments (12)", "Advertisement", "Tags", "About the author", "Loading...", "Story continues
below advertisement", "Listen to this article", "Leave a comment", "Print", "Source: X",
"Author: X", "By X", "Follow us on Facebook", "All rights reserved".

The logic over `pipeline.maintext.lexicon` and `socialwords`, the data modules of their word
lists: this is the one place that builds lookups from them and answers (`is_furniture_label`,
`is_furniture_heading`, `is_author_heading`, `is_comment_prompt`), but for the networks' names
and the invitations to follow, which `followprompts` reads, and the copyright phrases, which
`rightslines` reads (and a picture's credit after its label: `photocredits`). The headings
(`pipeline.maintext.headings`) and the lines (`linekinds`, `paragraphs`) ask here; the line
patterns (`linekinds.BOILERPLATE_LINE`), the appeals and the credits spell none of its words
again (tests/test_maintext_lexicon.py checks). The byline words are `pipeline.text.bylines`',
shared with the metadata reader. A label is read whole: its line, lowered and stripped of the
marks at its edges, is one of `_LINE_LABELS` (a set lookup, no pattern), so a sentence using
the same words ("Residents shared their comments") is text. Only a line's head before a
colon (`_COLON_LABELS`, a picture's label: `photocredits.is_labelled_credit`), its opening
words (`FOLLOW_STARTS`, `_BYLINE_WORDS`, the labels of two words or more of `_OPENINGS`) or a
copyright phrase (`COPYRIGHT`) are read in a longer line, and only in a short one
(`_MAX_LABEL_LINE`). A heading is read as a label of the heading kinds, or in the shapes only
a heading takes (`FURNITURE_HEADING`: counts, optional words).
"""

from __future__ import annotations

import re

from pipeline.maintext.buttonwords import ABOUT_SOURCE, BUTTONS
from pipeline.maintext.followprompts import MAX_FOLLOW_INVITE, invites_to_follow, names_network
from pipeline.maintext.lexicon import (
    ABOUT_AUTHOR,
    ABOUT_AUTHOR_HEADINGS,
    AD,
    COMMENT_FORM,
    COMMENTS,
    COMMENTS_CLOSED,
    COMMENTS_HEADINGS,
    CONTINUES,
    LATEST,
    LISTEN,
    LOADING,
    NEWSLETTER,
    PRINT,
    RELATED,
    RELATED_HEADINGS,
    SHARE,
    SOURCE_LABELS,
    TAGS,
    ZH_COMMENT_COUNT,
)
from pipeline.maintext.photocredits import is_labelled_credit
from pipeline.maintext.rightslines import is_copyright_key
from pipeline.maintext.socialwords import FOLLOW_STARTS, NETWORKS
from pipeline.maintext.viewcounts import COUNT_LABELS, counts_only
from pipeline.text.bylines import (
    BYLINE_WORDS,
    COLON_BYLINE_WORDS,
    LINE_BYLINE_WORDS,
    NAME_PARTICLES,
)
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import literal_alternation

_SENTENCE_END = (".", "!", "?", *STOP_CHAR)  # a sentence's stop in any script


def _key(label: str) -> str:
    """A line or a label as looked up: lowered (`_lowered`), the marks at its edges (the colon
    of "Tags:", the dots of "Loading...", bullets, arrows, brackets) stripped."""
    return _lowered(label).strip(_EDGE_MARKS)


label_key = _key  # (for `readalso`, which looks its labels up as these are)


def _lowered(text: str) -> str:
    """`text` in lower case, Turkish "İ" as "i" (lower() gives "i" and a dot above), the
    typographic apostrophe as the typewriter's (French and Italian pages print « Écouter
    l’article », « Source de l’article »; the lists spell "écouter l'article")."""
    lowered = text.lower()
    if _DOT_ABOVE in lowered:
        lowered = lowered.replace(_DOTTED_I, "i")
    return lowered.replace(_CURLY_APOSTROPHE, "'") if _CURLY_APOSTROPHE in lowered else lowered


_CURLY_APOSTROPHE = "\u2019"
_DOT_ABOVE = "\u0307"
_DOTTED_I = "i" + _DOT_ABOVE
# (str.strip, not a pattern: re tries "[\W_]+$" at every position of every line; the blanks
# are every one \s matches: "Partager\xa0:" in French typography)
_BLANKS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_EDGE_MARKS = (
    _BLANKS + ".,;:：。…·•|»«›‹>→↓▶►■□●○◆◇▲△※★☆*#-–—_/\\()[]{}（）【】「」『』\"'“”‘’!?！？¡¿"
)
_DIGITS = "0123456789০১২৩৪৫৬৭৮৯٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९"
_COUNT_MARKS = _EDGE_MARKS + _DIGITS  # also the count of "Comments (12)", "12 Kommentare"
_LINE_LABELS = frozenset(
    _key(w)
    for kind in (
        RELATED,
        LATEST,
        SHARE,
        AD,
        CONTINUES,
        TAGS,
        ABOUT_AUTHOR,
        LOADING,
        NEWSLETTER,
        COMMENTS,
        LISTEN,
        COMMENT_FORM,
        COMMENTS_CLOSED,
        PRINT,
        BUTTONS,
        ABOUT_SOURCE,
    )
    for w in kind.split("|")
)
_COUNTED_LABELS = frozenset(_key(w) for w in COMMENTS.split("|"))
_LINE_COUNTS = _COUNTED_LABELS | {_key(w) for w in COUNT_LABELS.split("|")}  # (a line, no heading)
# The kinds a heading names as a block: a related list, an author box, the comments, their form.
_HEADING_KINDS = (RELATED, ABOUT_AUTHOR, ABOUT_SOURCE, COMMENTS, COMMENT_FORM)
_HEADING_LABELS = frozenset(_key(w) for kind in _HEADING_KINDS for w in kind.split("|"))
# The count over the comments under a Chinese post, as a heading after the post's title.
_ZH_COUNT_HEADING = re.compile(rf"^\W{{0,3}}.{{0,120}}{ZH_COMMENT_COUNT}\W{{0,3}}$", re.S)
_ZH_COUNT_MARK = "有"  # (in both verbs: the pattern is tried only on a line holding it)
# A heading that is only the name of a furniture block: one of the heading shapes (`lexicon`),
# or a label of the heading kinds above, with at most three marks at each edge, matched in
# the lowered text (re.I enters every one of a hundred branches to fail it; a literal branch
# is skipped on its first character). (The labels are looked up too, stripped of any marks:
# `_HEADING_LABELS`.)
FURNITURE_HEADING = re.compile(
    rf"^\W{{0,3}}(?:{ABOUT_AUTHOR_HEADINGS}|{RELATED_HEADINGS}|{COMMENTS_HEADINGS}|"
    + literal_alternation(w for kind in _HEADING_KINDS for w in kind.split("|"))
    + r")\W{0,3}$",
    re.S,
)
# An author box's heading alone (`pipeline.maintext.headings` takes its section with it).
_AUTHOR_HEADING = re.compile(
    rf"^\W{{0,3}}(?:{ABOUT_AUTHOR_HEADINGS}|"
    + literal_alternation(ABOUT_AUTHOR.split("|"))
    + r")\W{0,3}$",
    re.S,
)
# A label before a colon: the source, the author (a byline word: `pipeline.text.bylines`), the
# tags (`TAGS`). Not a picture's label: its credit ("Foto: X", "Фото: X", short, closing no
# sentence) is `photocredits.is_labelled_credit`'s, a caption after it ("Foto: Der Minister
# eröffnet die Messe. Er sagte ...") text ("Photo:" of BOILERPLATE_LINE predates both).
_COLON_LABELS = frozenset(
    _key(w)
    for kind in (SOURCE_LABELS, ABOUT_SOURCE, TAGS, "|".join(BYLINE_WORDS + COLON_BYLINE_WORDS))
    for w in kind.split("|")
)
_MAX_COLON_HEAD = 24
_MAX_COLON_REST = 80
# "By Name": the word, then a name of `_MAX_NAME_WORDS` words at most (the words read in a
# line of text: `pipeline.text.bylines`).
_BYLINE_WORDS = frozenset(LINE_BYLINE_WORDS)
_MAX_NAME_WORDS = 4
# "and" between the names of a byline, in the languages of `text.bylines.LINE_BYLINE_WORDS`
_NAME_JOINERS = frozenset("and und y e et en och og i și si ve dan và и і a és ja και".split())
# Greek "writes" (plural "write") and the article before the name: "Γράφει ο Γιώργος
# Παπαδόπουλος", "Γράφει η Μαρία Παπαδοπούλου", "Γράφουν οι X και Y" (the metadata reads the
# name: `web.metadata.vocabulary`).
_GREEK_WRITES = ("γράφει ο ", "γράφει η ", "γράφουν οι ")
_MAX_BYLINE_NAMES = 3
# "Text by" before a full name, the line alone: "Testo di Marco Rossi", "Texte de Marie Dupont",
# "Text von Anna Schmidt", "Un commento di Marco Rossi" (each word alone is no byline's: "di"
# and "de" are also "of"); a full name of two words or more, not "Texto de Ley" nor "Ein
# Kommentar von Lesern" (`web.metadata.vocabulary` reads the name).
_TEXT_BY: tuple[str, ...] = ("testo di ", "testi di ", "texte de ", "texto de ", "text von ")
_TEXT_BY += ("ein kommentar von ", "eine analyse von ", "ein gastbeitrag von ", "un commento di ")
_TEXT_BY_NAME_WORDS = 2
# A credit line of roles and names between bars: "Reporter: Siti Aminah | Editor: Budi
# Santoso" (id, ms portals; "Penulis: X | Editor: Y"). "Reporter:" alone opens an interview's
# question, so each part is a role (a colon label, or one of `_CREDIT_ROLES`) and a name.
_CREDIT_ROLES = frozenset(
    "reporter editor redaktur penyunting fotografer wartawan kontributor produser".split()
)
_CREDIT_PARTS = (2, 4)
# Indonesian "report by the outlet's reporter, Name" opening a text: "Laporan Wartawan
# Tribunnews.com, Siti Aminah" (two to four words of a name after the comma).
_REPORT_CREDIT = re.compile(
    r"laporan (?:wartawan|reporter|jurnalis|koresponden)\b[^,]{0,40},\s*(?:[^\s,]+\s*){2,4}$"
)
_MAX_BYLINE_WORDS = 1 + _MAX_BYLINE_NAMES * (_MAX_NAME_WORDS + 1) - 1
# The first `_EDGE_CHARS` characters of the follow prompts' openings, looked up first
# (startswith tries each string of a tuple; Thai and Japanese put no space after a word).
_EDGE_CHARS = 2
_FOLLOW_HEADS = frozenset(p[:_EDGE_CHARS] for p in FOLLOW_STARTS)
_FOLLOW_LABELS = frozenset(_key(p) for p in FOLLOW_STARTS)  # alone: "Follow us:" over icons
# Labels also read opening a short line, with at most so many characters after them: "Listen
# to this article • 4 min", "Leave a comment (log in first)", "Comments are closed on this
# post". The comment prompts are also the appeals' (`is_comment_prompt`).
_LISTEN_REST = 40
_COMMENT_REST = 20


def _by_head(*kinds: tuple[str, int]) -> dict[str, list[tuple[str, int]]]:
    """The labels of two words or more of `kinds` (labels, the characters allowed after them)
    by their first `_EDGE_CHARS` characters. (One word opening a line may be a sentence's
    verb: "Reageer niet op ...".)"""
    by_head: dict[str, list[tuple[str, int]]] = {}
    for words, most in kinds:
        for word in words.split("|"):
            if " " in word:
                by_head.setdefault(word[:_EDGE_CHARS], []).append((word, most))
    return by_head


_OPENINGS = _by_head(
    (LISTEN, _LISTEN_REST), (COMMENT_FORM, _COMMENT_REST), (COMMENTS_CLOSED, _COMMENT_REST)
)
# A related box's label of two words or more opening a short line, with a few words after it
# and no sentence closed: "Mehr zum Thema auf example.de", "Lesen Sie auch die folgenden
# Beiträge:", "Leggi anche su questo tema", "Read more on climate". (A line closing a sentence,
# "Read more about it in the report.", stays text.)
_RELATED_REST = 30
_RELATED_OPENINGS = _by_head((RELATED, _RELATED_REST))
_COMMENT_PROMPTS = frozenset(_key(w) for w in (COMMENT_FORM + "|" + COMMENTS_CLOSED).split("|"))
_MAX_LABEL_LINE = 120


def is_furniture_label(text: str) -> bool:
    """A furniture label alone on its line, a short "Label: value" line (source, author,
    tags), a picture's credit after its label, a byline, an invitation to follow the site
    (alone, or naming a network) or a copyright line."""
    if len(text) > _MAX_LABEL_LINE:
        return False
    key = _key(text)
    if key in _LINE_LABELS or key in _FOLLOW_LABELS:
        return True
    if counts_only(key, _COUNT_MARKS, _LINE_COUNTS):
        return True
    colon = text.find(":", 0, _MAX_COLON_HEAD + 1)
    if colon < 0:
        colon = text.find("：", 0, _MAX_COLON_HEAD + 1)
    if 0 < colon and len(text) - colon <= _MAX_COLON_REST and _key(text[:colon]) in _COLON_LABELS:
        return True
    if is_labelled_credit(key):
        return True
    space = key.find(" ")
    if key[:space] in _BYLINE_WORDS and _is_byline(text):
        return True
    if key.startswith(_GREEK_WRITES) and _is_byline(text, lead=2):
        return True
    if "|" in text and _credit_pairs(text):
        return True
    if key.startswith(_TEXT_BY):
        lead = next(len(w.split()) for w in _TEXT_BY if key.startswith(w))
        if len(key.split()) >= lead + _TEXT_BY_NAME_WORDS and _is_byline(text, lead=lead):
            return True
    if key.startswith("laporan ") and _REPORT_CREDIT.match(key):
        return True
    head = key[:_EDGE_CHARS]
    if head in _OPENINGS and _opening(key, head) is not None:
        return True
    if head in _RELATED_OPENINGS and not text.rstrip().endswith((".", "!")):
        if _opening(key, head, _RELATED_OPENINGS) is not None:
            return True
    if head in _FOLLOW_HEADS and key.startswith(FOLLOW_STARTS):
        return names_network(key)
    if key[-_EDGE_CHARS:] in _BAR_TAILS and _is_share_bar(key):
        return True
    return is_copyright_key(key)


# A share bar printed as a line: the networks' names (one word each, `NETWORKS`, and the
# buttons beside them), after a furniture label ("Deel dit artikel Facebook X", "Share:
# Facebook, WhatsApp, Email") or two of them alone ("Facebook X WhatsApp"). Read only where
# the line ends as a name does (`_BAR_TAILS`).
_BAR_NAMES = frozenset(
    (*(n for n in NETWORKS if " " not in n), "email", "e-mail", "messenger", "pinterest"),
)
_BAR_TAILS = frozenset(f" {n}"[-_EDGE_CHARS:] for n in _BAR_NAMES)
_BAR_SPLIT = re.compile(r"[\s,;|•·/]+")
_BAR_ALONE = 2


def _is_share_bar(key: str) -> bool:
    """`key` (a lowered line) is a share bar (above)."""
    words = [w for w in _BAR_SPLIT.split(key) if w]
    names = 0
    while words and words[-1] in _BAR_NAMES:
        words.pop()
        names += 1
    if not words:
        return names >= _BAR_ALONE
    return _key(" ".join(words)) in _LINE_LABELS


def is_follow_invite(text: str, lowered: str | None = None) -> bool:
    """A short line inviting the reader to follow, join or subscribe to the site on a network
    it names, in any of our languages (`FOLLOW_INVITES`, `NETWORKS`); `lowered`: `text`
    lowered, when the caller has it."""
    if len(text) > MAX_FOLLOW_INVITE:
        return False
    lowered = _lowered(text) if not lowered else lowered
    return names_network(lowered) and invites_to_follow(lowered)


def _opening(
    key: str, head: str, openings: dict[str, list[tuple[str, int]]] | None = None
) -> str | None:
    """The label of `openings` (`_OPENINGS`) that opens `key` as a whole word with no more
    than its number of characters after it, or None."""
    for word, most in (_OPENINGS if openings is None else openings)[head]:
        if key.startswith(word):
            rest = key[len(word) :]
            if len(rest) <= most and not (rest[:1].isalnum() or rest[:1] == "_"):
                return word
    return None


def is_comment_prompt(text: str) -> bool:
    """A short line opening with an invitation to comment or the notice that comments are
    closed (`COMMENT_FORM`, `COMMENTS_CLOSED`)."""
    if len(text) > _MAX_LABEL_LINE:
        return False
    key = _key(text)
    head = key[:_EDGE_CHARS]
    return head in _OPENINGS and _opening(key, head) in _COMMENT_PROMPTS


def _counted(key: str) -> str:
    """`key` without a count at its edges ("comments (12" -> "comments")."""
    if key[:1].isdigit() or key[-1:].isdigit():
        return key.strip(_COUNT_MARKS)
    return key


def _credit_pairs(text: str) -> bool:
    """True for "Role: Name | Role: Name" (`_CREDIT_ROLES`, two to four parts), each name
    of one to `_MAX_NAME_WORDS` capitalised words."""
    parts = text.split("|")
    if not _CREDIT_PARTS[0] <= len(parts) <= _CREDIT_PARTS[1]:
        return False
    for part in parts:
        role, colon, name = part.partition(":")
        key = _key(role)
        if not colon or (key not in _CREDIT_ROLES and key not in _COLON_LABELS):
            return False
        words = name.split()
        if not 1 <= len(words) <= _MAX_NAME_WORDS or not all(
            w[:1].isupper() or w in NAME_PARTICLES for w in words
        ):
            return False
    return True


def _is_byline(text: str, lead: int = 1) -> bool:
    """ "By Name": a byline word, then one to `_MAX_NAME_WORDS` words of a name (each
    capitalised, or a particle such as "de", or in a script without case); or of two or
    three full names (two words or more each) joined by "and" ("Von Anna Schmidt und Max
    Müller", "Por María García y Juan Pérez"). `lead`: the words before the name, the
    caller's opening when more than one ("Γράφει ο")."""
    words = text.split()
    if not lead + 1 <= len(words) <= _MAX_BYLINE_WORDS + lead - 1 or (
        lead == 1 and words[0].lower() not in _BYLINE_WORDS
    ):
        return False
    name = words[lead:]
    if not name[0][:1].isupper() and name[0][:1].islower():
        return False  # a cased word in lower case opens no name
    names: list[list[str]] = [[]]
    for w in name:
        if w in _NAME_JOINERS and names[-1]:
            names.append([])
        elif w[:1].isupper() or not w[:1].islower() or w in NAME_PARTICLES:
            names[-1].append(w)
        else:
            return False
    fewest = 1 if len(names) == 1 else 2  # joined, full names: not "Von Risiken und Nebenwirkungen"
    return (
        len(names) <= _MAX_BYLINE_NAMES
        and all(fewest <= len(n) <= _MAX_NAME_WORDS for n in names)
        and not text.endswith(_SENTENCE_END)
    )


def is_author_heading(text: str) -> bool:
    """A heading naming an author box ("About the author", "Who curated this article?")."""
    return _AUTHOR_HEADING.match(_lowered(text)) is not None


def is_furniture_heading(text: str) -> bool:
    """A heading naming a related list, a comment thread or form or an author box, in the
    languages above: a label of those kinds (with a count, or marks at its edges) or one of
    the headings' own shapes (`FURNITURE_HEADING`)."""
    lowered = _lowered(text)
    if len(text) <= _MAX_LABEL_LINE:
        key = lowered.strip(_EDGE_MARKS)
        if key in _HEADING_LABELS or _counted(key) in _COUNTED_LABELS:
            return True
    if _ZH_COUNT_MARK in text and _ZH_COUNT_HEADING.match(text):
        return True
    return FURNITURE_HEADING.match(lowered) is not None
