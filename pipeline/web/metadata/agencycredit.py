"""An agency alone credited with the article: "dpa", "AFP", "Por Agencia EFE", "Hamburg
(dpa/lno) -", an author meta or a JSON-LD author naming only an agency. Read by `authorship`
last, when no source names a person: the agency is then the article's author, as printed
(the references of trafilatura's evaluation set and news-please-style extractors keep it:
"dpa/lno", "APA/AP", "Agencia EFE", "AFP/The Local"). The site's own name stays no one's, a
desk too unless it is named alone as the author (`declareddesks`, read after this); an
agency beside a person's name is left out as before.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.bylinelines import _line_search
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.organisations import AGENCIES as _AGENCIES
from pipeline.web.metadata.organisations import _key, is_organisation
from pipeline.web.metadata.structured import _names
from pipeline.web.metadata.vocabulary import _BYLINE, _BYLINE_LINE

_MAX_INITIALS = 4  # letters of a regional service's or an editor's initials ("dpa/lno")
_MAX_VALUE = 40  # characters of an agency's credit
# The parts of a credit: "dpa/lno", "AFP/The Local" (the site after the agency), "Kurir avec
# AFP", "Redacción / EFE" (the site or the desk with the agency)
_PARTS = re.compile(
    r"\s*[/,|]\s*|\s+(?:avec|with|mit|con|com|und|and|et|y|e|i|og|och|ja|и|і|та)\s+", re.I
)
# A dateline naming the agency: "Hamburg (dpa/lno) - ...", "BERLIN (AFP) – ...", "Madrid,
# 12 may (EFE).- ..." (a day after the place)
_DATELINE = re.compile(
    r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3}(?:,[^()\n,]{1,20})?\s*"
    r"\(([^()\n]{2,30})\)\s*\.?\s*[-–—:]"
)
# The same from its bracket on: `_DATELINE`'s "(" is a line's first (nothing before it may be
# one), so a line where this does not match there holds no dateline (read first: cheaper).
_DATELINE_CLOSE = re.compile(r"\(([^()\n]{2,30})\)\s*\.?\s*[-–—:]")
_DATELINE_WINDOW = 400  # characters after the headline a dateline is read in
# Every start of an agency's key: a part or a word whose key is one opens with a whole run of
# letters and digits (`_RUN`, `str.isalnum`'s characters) that is such a start.
_KEY_STARTS = frozenset(key[:end] for key in _AGENCIES for end in range(1, len(key) + 1))
_RUN = re.compile(r"[^\W_]+")
_MAX_MARKED = 3  # byline nodes read
_FIRST_LINE = 1  # characters of the text under the headline read: its first line
# A picture under the headline whose credit is the line after it: an image, or a box whose
# class or id names a picture ("lead-image", "photo-credit", "media__copyright").
_PICTURES = frozenset({"img", "picture", "video", "figure", "svg"})
_PICTURE_BOX = re.compile(r"photo|foto|image|img|picture|media|caption|copyright|visual", re.I)
_MAX_AFTER = 200  # elements after the headline looked through for the line's
_BOX_LEVELS = 3  # the line's element and the boxes around it read (not the headline's)
# A picture's label opening a credit: "Foto: dpa", "Fotos: X/ AFP", "Photo: AP", "Bild: Reuters".
_PICTURE_LABEL = re.compile(r"(?:photos?|fotos?|bild(?:er)?|imagen(?:es)?|images?|фото)\s*:", re.I)


def agency_credit(
    doc: HtmlElement,
    ld: dict[str, Any],
    metas: dict[str, str],
    keys: frozenset[str],
    near: _Near,
    meta_keys: tuple[str, ...],
) -> list[str]:
    """The agency credited alone (one value, as printed), from the author metas, the
    JSON-LD author, the byline markup after the headline, a byline line after it ("Por
    Agencia EFE") or a dateline opening the text; else none."""
    values = [metas.get(key) or "" for key in meta_keys]
    for value in (*values, *_names(ld.get("author"))):
        found = _agency(value, keys) if value else []
        if found:
            return found
    if near.h1 is None:
        return []
    for node in near.marked[0][:_MAX_MARKED]:
        found = _agency(text_of(node), keys)
        if found:
            return found
    first = near.dated_window(_FIRST_LINE).split("\n", 1)[0]
    if _key(first) in _AGENCIES and not _pictures_credit(near.h1, first.strip()):
        return [first.strip()]  # "JIJI", "AFP" alone on the line under the headline
    window = near.window(_DATELINE_WINDOW)
    byline = _line_search(_BYLINE_LINE, window)
    # ("By IANS," its comma left out)
    found = _agency(byline.group(0).rstrip(",;: "), keys) if byline is not None else []
    if found:
        return found  # "Por Agencia EFE", "By AFP", "Von dpa" printed as the byline line
    if "(" in window:
        for line in window.splitlines():
            bracket = line.find("(")
            if bracket < 0 or not _DATELINE_CLOSE.match(line, bracket):
                continue
            match = _DATELINE.match(line)
            if match:
                return _agency(match.group(1), keys)
    return []


def _agency(value: str, keys: frozenset[str]) -> list[str]:
    """`value` (its byline word and brackets left out) where one of its parts apart by "/",
    ",", "|" or "with" / "and" is an agency and each other an agency, an agency's initials
    ("dpa/lno", "dsw / DPA"), the site or a desk ("AFP/The Local", "Kurir avec AFP",
    "Redacción / EFE"); else none."""
    value = " ".join(value.split()).strip("()（）[] ")
    if not value or len(value) > _MAX_VALUE or _PICTURE_LABEL.match(value):
        return []  # (a picture's credit, "Fotos: EL HERALDO/ AFP", in a byline's class)
    lead = _BYLINE.match(value)
    if lead is not None and lead.end() < len(value):
        value = value[lead.end() :].strip("()（）[] ")
    if not any(run in _KEY_STARTS for run in _RUN.findall(value.casefold())):
        return []  # no part's key and no word's is an agency's (read first: cheaper)
    parts = [p for p in _PARTS.split(value) if p]
    if not any(_key(p) in _AGENCIES for p in parts) and not any(map(_agency_word, parts)):
        return []
    for part in parts:
        if _credit_word(part, keys) or _agency_word(part):
            continue
        if any(_key(w) in _AGENCIES for w in part.split()) or not is_organisation(part, keys):
            return []  # a person's name, a place, a date: "Paris (AFP, Paris)" is no credit
    return [value]


def _credit_word(part: str, keys: frozenset[str]) -> bool:
    """True for a part that is an agency, its initials ("lno", "dsw", "PG": letters in one
    case, not a short name "Anna"), the site's name or "Staff"."""
    key = _key(part)
    return (
        key in _AGENCIES
        or (len(key) <= _MAX_INITIALS and key.isalpha() and (part.islower() or part.isupper()))
        or key in keys
        or key == "staff"  # "Staff / Reuters"
    )


def _agency_word(part: str) -> bool:
    """True for a part of several words, one an agency's name, each other its initials, an
    organisation's word or "Staff": "Redazione ANSA", "Reuters Staff", "PG PAP"."""
    words = part.split()
    if len(words) < 2 or not any(_key(w) in _AGENCIES for w in words):
        return False
    return all(_credit_word(w, frozenset()) or is_organisation(w) for w in words)


def _pictures_credit(h1: HtmlElement, line: str) -> bool:
    """The agency's name alone under the headline (`line`) is a picture's credit: its element
    (the first of `_MAX_AFTER` elements after `h1` whose own text is `line`) or a box around
    it, within `_BOX_LEVELS` levels that do not hold the headline, comes right after a
    picture or is named a picture's (`_PICTURE_BOX`): "<img><div>AFP</div>"."""
    holder = None
    after = (e for a in (h1, *h1.iterancestors()) for s in a.itersiblings() for e in s.iter())
    for el in islice(after, _MAX_AFTER):  # (the headline's box's next siblings after its own)
        if (el.text or "").strip() == line:
            holder = el
            break
    above = set(h1.iterancestors())
    node = holder
    for _ in range(_BOX_LEVELS):
        if node is None or node in above:
            return False
        own = f"{node.get('class', '')} {node.get('id', '')}"
        before = node.getprevious()
        if _PICTURE_BOX.search(own):
            return True
        if before is not None and any(e.tag in _PICTURES for e in before.iter()):
            return True  # (the picture right before it, or the box's before the box)
        node = node.getparent()
    return False
