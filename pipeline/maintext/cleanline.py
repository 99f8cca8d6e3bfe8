"""One line of text cleaned for emission (`clean_line`): runs of ASCII whitespace collapsed
to one space and the line trimmed (no-break spaces stay: French typography), invisible
characters dropped (soft hyphens, zero-width spaces, word joiners, a BOM) and the
(non-)joiners that spell nothing. `pipeline.maintext.paragraphs` cleans each line it emits
here; the extractor's other text paths (`core`, `embedded`, `notices`, `templates`) do the
same.
"""

from __future__ import annotations

import re

from pipeline.text.scripts import STRAY_JOINER

_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_NOT_SPACE_BLANK = re.compile(r"[\t\r\n\f\v]")  # with "  ": what makes _SPACES change a text
# Invisible characters: soft hyphens (French justified text), zero-width spaces, word joiners,
# BOM; the (non-)joiners go only where they spell nothing (`STRAY_JOINER`, in `clean_line`).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def clean_line(text: str) -> str:
    """Collapse ASCII whitespace (no-break spaces stay: French typography) and trim."""
    # Most lines have single spaces only, which _SPACES would match one by one and leave as
    # they are: the sub runs only on a line with a run or another blank. Those blanks and the
    # invisible characters are all unprintable: a printable line (most; a quicker scan than
    # either pattern's) holds none, and only a run of spaces can change it.
    if text.isascii():  # (no invisible character) only blanks and their runs can change
        # what `_SPACES` changes: a run of spaces or one of `_NOT_SPACE_BLANK`, looked for
        # by one-character scans, quicker than isprintable's reading of each character
        if (
            "  " in text
            or "\n" in text
            or "\t" in text
            or "\r" in text
            or "\x0c" in text
            or "\x0b" in text
        ):
            text = _SPACES.sub(" ", text)
        return text.strip()
    if text.isprintable():
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    text = _INVISIBLE.sub("", text)  # (not ASCII, as the invisible characters)
    if "\u200c" in text or "\u200d" in text:  # (a scan quicker than one more pattern)
        text = STRAY_JOINER.sub("", text)
    if "  " in text or _NOT_SPACE_BLANK.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()
