"""A dateline printed as a line at the text's edge: "January 12, 2012, 8:32 AM EST", "Posted
Fri, May 10, 2024 at 2:52 pm PT", "Last updated at 3:23 PM on 11th January 2012",
"05.01.2012, 14:45", "7 days ago", "Dec 11, 2025 Share".

Such a line holds a date (a month's name and a day, a numeric date with its year, or a time
"ago") and little else: once the date's parts (English month and day names, times and time
zones), a label ("Posted", "Last updated", "Source") and a closing byline ("By X") are taken
out, at most one word of up to `_MAX_REST` letters is left (a "Share" button, a network's
name, a label in another language). Only lines of up to `_MAX_DATELINE` characters, not
ending a sentence, are read. A year alone, a dated heading ("2009年曾坠机") or a sentence
with a date in it is text.
"""

from __future__ import annotations

import re

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAY = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?"
)
_ZONE = r"[ap]\.?m\.?|gmt|utc|bst|[ecmp][sd]?t|cet|cest|ist|aest|aedt|hkt|sgt|jst|wib"
_LABEL = (
    r"posted|updated|published|last|first|modified|edited|on|at|ago|minutes?|hours?|days?|"
    r"weeks?|mins?|hrs?|source|and"
)
_NOT_LETTER = r"[^\W\d_]"
_PART = re.compile(
    rf"(?<!{_NOT_LETTER})(?:{_MONTH}|{_DAY}|{_ZONE}|{_LABEL})(?!{_NOT_LETTER})\.?", re.I
)
_DATE = re.compile(
    rf"(?<!{_NOT_LETTER})(?:{_MONTH})\.?\s+\d{{1,2}}(?!\d)|"
    rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})(?!{_NOT_LETTER})|"
    r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?!\d)|"
    r"\b\d+\s+(?:minutes?|hours?|days?|weeks?|mins?|hrs?)\s+ago\b",
    re.I,
)
_BYLINE = re.compile(r"\bby\b.{1,80}$", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_MAX_DATELINE = 120
_MAX_REST = 12
_SENTENCE_END = (".", "!", "?", "。", "！", "？")


def is_dateline(line: str) -> bool:
    """`line` is a date (with its time, labels, a byline) and nothing of the article."""
    if len(line) > _MAX_DATELINE or not _DATE.search(line):
        return False
    if line.endswith(_SENTENCE_END) and not line.lower().endswith(("a.m.", "p.m.")):
        return False
    rest = _WORD.findall(_BYLINE.sub("", _PART.sub(" ", line)))
    return len(rest) == 0 or (len(rest) == 1 and len(rest[0]) <= _MAX_REST)
