"""A copyright line read by its phrase, on the lookup key of a short line (lowered, the marks
at its edges stripped: `labels.label_key`): a phrase of `lexicon.COPYRIGHT_OPENINGS` opening
it ("Hak cipta dilindungi undang-undang"), one of `lexicon.COPYRIGHT` closing it ("© 2025 X.
Tüm hakları saklıdır"), or one of `COPYRIGHT` opening it before the rights mark or a year and
the site's name, as footers in Arabic, Russian, Portuguese or Italian print it ("جميع الحقوق
محفوظة © 2026", "Все права защищены © 2026 Медиа", "Todos os direitos reservados © 2026
Jornal X"). A sentence opening on the same words ("Все права защищены законом, ...") has
neither mark nor year after them within `_OPEN_REST` characters. Patterned after no site.
"""

from __future__ import annotations

import re

from pipeline.maintext.lexicon import COPYRIGHT, COPYRIGHT_OPENINGS

# The first and last characters of the phrases, looked up before the phrases themselves
# (startswith tries each string of a tuple; Thai and Japanese put no space after a word).
_EDGE_CHARS = 2
_OPENING_HEADS = frozenset(p[:_EDGE_CHARS] for p in COPYRIGHT_OPENINGS)
_CLOSING_TAILS = frozenset(p[-_EDGE_CHARS:] for p in COPYRIGHT)
_CLOSING_HEADS = frozenset(p[:_EDGE_CHARS] for p in COPYRIGHT)
_OPEN_REST = 60  # characters after a closing phrase that opens the line
_RIGHTS_MARK = re.compile(r"©|\(c\)|\b(?:19|20)\d\d\b")


def is_copyright_key(key: str) -> bool:
    """`key` (a short line's lookup key) is a copyright line (above)."""
    head = key[:_EDGE_CHARS]
    if head in _OPENING_HEADS and key.startswith(COPYRIGHT_OPENINGS):
        return True
    if head in _CLOSING_HEADS and key.startswith(COPYRIGHT) and _marked_rest(key):
        return True
    return key[-_EDGE_CHARS:] in _CLOSING_TAILS and key.endswith(COPYRIGHT)


def _marked_rest(key: str) -> bool:
    """After the phrase of `COPYRIGHT` opening `key`, a short rest holding the rights mark or
    a year."""
    for phrase in COPYRIGHT:
        if key.startswith(phrase):
            rest = key[len(phrase) :]
            return len(rest) <= _OPEN_REST and _RIGHTS_MARK.search(rest) is not None
    return False
