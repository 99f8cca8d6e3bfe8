"""A dateline printed as one line among the article's header items (`is_dateline_row`): the
site, the date and the update set apart by bars or bullets ("Le Monde | 04.05.2015 à 13h36 •
Mis à jour le ... | Par X"), or the header's row of inline items opening on its byline's
names ("Par A et B Publié le 8 janvier 2026 à 14h03, modifié le ... Temps de lecture 4 min.
Offrir l'article Partager", "By A and B Published 3:45 PM ..."): a byline of capitalized
names, then a publication or update label and a time of day. "Par ailleurs, le décret publié
le 8 janvier à 14h00 ..." opens on no name: a sentence of the text."""

from __future__ import annotations

import re

from pipeline.web.metadata.bylineleads import ROW_DATE_LABELS

_UPDATED = rf"\b({ROW_DATE_LABELS})\b.{{0,40}}\d{{1,2}}\s*[h:]\s*\d{{2}}"
# (case-blind but the byline: its names are capitalized, its joiners "et" and "and")
_NAMES = r"(?-i:(?:Par|By)(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+,?|et|and)){2,8})\s+"
_DATELINE = re.compile(
    rf"[|•].{{0,80}}{_UPDATED}|{_UPDATED}.{{0,80}}[|•]|^{_NAMES}{_UPDATED}", re.I
)
_ROW_OPENING = re.compile(r"(?:Par|By)\s")  # (`_NAMES`' opening: any space, "Par\xa0A" too)
_MAX_DATELINE = 250


def is_dateline_row(text: str) -> bool:
    """`text` is a dateline row (see the module's docstring)."""
    if len(text) >= _MAX_DATELINE:
        return False
    row = "|" in text or "•" in text or _ROW_OPENING.match(text) is not None
    return row and _DATELINE.search(text) is not None
