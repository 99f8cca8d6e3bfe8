"""Staff and wire credits printed as lines of the article (who to contact about it, who
edited it, which agency's files it uses, what an update added, who produced an episode), and
the publisher's notes around it: a disclaimer that the text is no professional advice, the
label of the player that reads the article aloud.

"To contact the reporter on this story: X at x@example.com", "--Editors: X, Y", "With files
from The Canadian Press", "(Updates with lawmakers' letter in fourth paragraph.)", "This
episode was produced and edited by X. Y checked the facts. Z was the audio engineer." No
corpus gold keeps one: they are the newsroom's notes, not the story. Each form is anchored
at the line's start, or names both a production role and the credit, so a sentence of the
story about an editor or a producer is not one. "Disclaimer: This article is for
informational purposes only and is not a substitute for medical advice" names its purpose
and what it is not; "Listen to this article" (and its forms in fr, de, es, it, pt, pl, ru,
tr) stands alone on its line.
"""

from __future__ import annotations

import re

from pipeline.web.html import any_literal

_CREDIT = re.compile(
    r"^to contact the (?:reporters?|editors?|writers?|authors?)\b.{0,60}:|"
    r"^-*\s*editors?\s*:\s*\S.{0,100}$|"
    r"^with (?:files|reporting) from [^,;:]{1,80}$|"
    r"^\(updates?\s+(?:with|to|throughout)\b.{0,120}\)\.?$|"
    r"\b(?:was|were) (?:produced|edited|reported|mixed)(?: and (?:produced|edited|reported))?"
    r" by\b.{0,200}\b(?:checked the facts|fact-?checked|audio engineer|engineered by)\b|"
    r"\binformational (?:and educational )?purposes only\b.{0,120}\b(?:not (?:a )?substitute for|"
    r"does not constitute|not intended (?:as|to be))\b|"
    r"^(?:listen to (?:this|the) (?:article|story)|écouter (?:cet |l')article|artikel anhören|"
    r"escuchar (?:este artículo|la noticia)|ascolta (?:l'articolo|questo articolo)|"
    r"ouvir (?:este artigo|esta notícia)|posłuchaj artykułu|прослушать статью|makaleyi dinle)"
    r"\b.{0,40}$",
    re.I,
)
_MARKS = (
    "contact the",
    "editor",
    "with files",
    "with reporting",
    "update",
    "produced",
    "edited",
    "purposes only",
    "listen",
    "écouter",
    "anhören",
    "escuchar",
    "ascolta",
    "ouvir",
    "posłuchaj",
    "прослушать",
    "dinle",
)
_MARKED = any_literal(_MARKS)  # (a line holds one of the marks)
_MAX_CREDIT = 300
# How an ASCII line `_CREDIT` matches opens, lowered (re.I on ASCII text is what lower()
# does): each anchored form's start that ASCII can spell ("-" or a blank before "editor"),
# else the words the unanchored forms hold. Most lines of prose have none of them: two
# prefix tests and three substring scans instead of the marks' prefix tree, which tries
# each of the line's characters.
_CREDIT_OPENINGS_ASCII = (
    *("to contact the", "-", "editor", "with ", "(update", "listen"),
    *("escuchar", "ascolta", "ouvir", "makaleyi"),
)
_CREDIT_WORDS_ASCII = ("was ", "were ", "informational")


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
