"""The language of a page that declares none, told by the short words of its title and
description, for one purpose: the order of a date's numbers. "08/01/2026" is 8 January on a
French, German, Spanish, Italian, Portuguese or Dutch page and January 8 on an American one;
a page on a ".com" host with no `lang` gives neither a language nor a country, and was read
month first whatever its words (`writtendates.month_first`).

Only words that belong to one of these languages count ("de", "la", "en", "in", "is", "a" are
in several, so in none); the guess is made where at least `_ENOUGH` such words of one
language are found and none of English, or several times more. A few set lookups a page."""

from __future__ import annotations

import re

__all__ = ["undeclared_language"]

_WORDS_OF = {
    "en": "the of and to for on with at by from this that are after how what why its new"
    " has have will you your about",
    "fr": "le les des du une et pour sur dans au aux avec par qui pas plus sont ce cette"
    " leur ses été être",
    "de": "der das und mit für von den dem ist auf im zum zur nicht ein eine einen wie bei"
    " nach aus über sich auch wird sind",
    "es": "el los las del por para con una que y es su al como más sus fue está",
    "it": "il gli della delle dei di che per nel nella alla sono è degli anche",
    "pt": "os da dos das em uma não são ao na pelo pela também",
    "nl": "het een van voor niet zijn naar ook bij uit wordt werd",
}
_LANGUAGE_OF: dict[str, str] = {}
for _code, _words in _WORDS_OF.items():
    for _word in _words.split():
        # a word of two languages tells neither: it stays out
        _LANGUAGE_OF[_word] = "" if _word in _LANGUAGE_OF else _code
_LANGUAGE_OF = {word: code for word, code in _LANGUAGE_OF.items() if code}

_ENOUGH = 2  # words of one language (and none of English, or a third as many)
_WORD = re.compile(r"[^\W\d_]+")


def undeclared_language(*texts: str | None) -> str | None:
    """The day-first language ("fr", "de", "es", "it", "pt", "nl") whose short words the
    `texts` (a page's title and description) hold, where they hold `_ENOUGH` of one and
    fewer than a third as many English ones; None otherwise (English, too few words, other
    languages)."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in _WORD.findall(text.lower()) if text else ():
            code = _LANGUAGE_OF.get(word)
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
    english = counts.pop("en", 0)
    if not counts:
        return None
    code, found = max(counts.items(), key=lambda item: item[1])
    return code if found >= _ENOUGH and found >= 3 * english else None
