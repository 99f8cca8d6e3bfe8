"""An update's label and a time of day on a line of their own, the day left to the dateline
above it: "Actualizado a las 12:35", "Aggiornato alle 12:35", "Atualizado às 12h35",
"Updated at 2:03 p.m.", "Updated 07:14 GMT". Dropped where a dateline is (`edges`); a
sentence goes on after the time ("Aggiornato alle 12:35 di ieri il bilancio")."""

from __future__ import annotations

import re

from pipeline.maintext.datelines import UPDATE_WORDS
from pipeline.text.marks import LETTERS

_UPDATE_TIME = re.compile(r"(?<!\d)\d{1,2}(?:[:：]\d{2}|h\d{2})(?!\d)")
_HALF_DAY = re.compile(r"(?<!\w)[ap]\.\s?m\.", re.I)
_MAX_UPDATE_TIME = 40
# What may stand beside the label and the time: "at" and the hour's words of the languages
# (`datelines`' clock words: "a las", "alle", "às", "um ... Uhr"), "on", a zone.
_TIME_WORDS = frozenset(
    "at a las alle às ás as um uhr à om uur kl klo o ora h am pm "
    "gmt utc cet cest brt wet west art cot".split()
)


# An English page's label with a colon before the time, its day on the next line: "Posted:
# 2:51 pm", "Last updated: 2:52 pm" (a wire story's head: "Posted: 2:51 pm" / "March 12,
# 2009"). The colon form only: golds on disk keep "Posted at 11:15 AM" as a line.
_COLON_LABELS = ("posted:", "published:", "last updated:", "last modified:")


def is_update_time(text: str) -> bool:
    """`text` is an update's label (`UPDATE_WORDS`, or `_COLON_LABELS`) before a time of day
    and nothing else."""
    if len(text) > _MAX_UPDATE_TIME or (found := _UPDATE_TIME.search(text)) is None:
        return False
    head = text[: found.start()]
    if head[:1] in "PpLl" and " ".join(head.lower().split()) in _COLON_LABELS:
        # (then only the time's words may follow it)
        words = [w.lower() for w in LETTERS.findall(_HALF_DAY.sub(" ", text[found.end() :]))]
        return all(w in _TIME_WORDS for w in words)
    rest = head + " " + text[found.end() :]
    words = [w.lower() for w in LETTERS.findall(_HALF_DAY.sub(" ", rest))]
    return bool(words) and words[0] in UPDATE_WORDS and all(w in _TIME_WORDS for w in words[1:])
