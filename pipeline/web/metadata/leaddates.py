"""The dateline that opens an article's lead: a date set at the head of one of the first
paragraphs under the headline and cut from the sentence by a dash or a colon ("29.11.2022 –
Mehrfach und vehement hatte ...", "Berlin, 29. November 2022 — Die Bundesregierung ...",
"Paris, le 3 mars 2020 : ..."), as press releases and agencies print it. Read for a page that
states its date nowhere else (`dates._unstructured_date`, late).
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from pipeline.text.dates import date_in_text
from pipeline.web.metadata.datelabels import _modified_label
from pipeline.web.metadata.headline import _Near

_LEAD_WINDOW = 2000  # characters of text after the headline its lead's dateline is sought in
_LEAD_LINES = 12  # ... and lines
_HEAD_CHARS = 40  # a dateline's head: a place, a comma and the date, no sentence
# The dash or colon that closes a dateline's head, and the sentence after it.
_CLOSE = re.compile(r"\s[–—-]\s|:\s|\s[–—-]$")
# A dateline's words (a place, a weekday, a month's name, "le") and its close: a digit, 日
# or 일, a short word ("Uhr", "d.") and an agency's name in brackets ("(dpa)"), where a
# sentence goes on in words ("On 29.11.2022 the industry warned again – ...").
_WORDS = re.compile(r"[^\W\d_]{2,}")
_HEAD_WORDS = 4
_ENDS_DATED = re.compile(r"[\d日일](?:\s*[^\W\d_]{1,4}\.?)?(?:\s*\([^()]{1,20}\))?\W*$")
# A line that is the dash alone opening the text after a dateline set in its own markup
# ("<b>29.11.2022</b> – Mehrfach ..."): the head ends its line, the dash opens the next.
_DASH_OPENS = re.compile(r"\s*[–—-]\s")


def lead_dateline(near: _Near | None, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of the first dateline opening a line among the first `_LEAD_LINES` lines
    (`_LEAD_WINDOW` characters) of the text after the headline, outside related items and
    comments (`_Near.dated_window`): a head of at most `_HEAD_CHARS` characters that holds a
    date, closed by a dash or a colon before the sentence goes on; not an update's
    ("Aktualisiert 30.11.2022: ..."). None without a headline."""
    if near is None or near.h1 is None:
        return None
    lines = near.dated_window(_LEAD_WINDOW).split("\n")[:_LEAD_LINES]
    for i, line in enumerate(lines):
        head = _head(line, lines[i + 1] if i + 1 < len(lines) else "")
        if head is None or _modified_label(head) is not None:
            continue
        found = date_in_text(head, zone, language)
        if found is not None:
            return found
    return None


def _head(line: str, following: str) -> str | None:
    """The head of `line` up to the dash or colon that closes it (the line itself where it is
    short and the next line opens with a dash), where that head is at most `_HEAD_CHARS`
    long and has a digit; else None."""
    close = _CLOSE.search(line, 0, _HEAD_CHARS + 3)
    if close is not None:
        head = line[: close.start()]
    elif len(line) <= _HEAD_CHARS and _DASH_OPENS.match(following):
        head = line
    else:
        return None
    head = head.strip()
    if not 6 <= len(head) <= _HEAD_CHARS or len(_WORDS.findall(head)) > _HEAD_WORDS:
        return None
    # (the date closes the head: "Berlin, 29.11.2022", "Nov. 29, 2022 (dpa)", "2022年11月29日")
    return head if _ENDS_DATED.search(head) else None
