"""normalize_text's shortcuts (plain texts, ASCII texts, splitlines) give what the plain code
they replace gives: that code is kept here and both run on random texts."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from pipeline.text import normalize
from pipeline.text.normalize import normalize_text

_PARAGRAPH_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")


def _old_normalize_text(text: str, language: str | None = None) -> str:
    lang = normalize.base_language(language)
    text = normalize._decode_entities(text)
    text = unicodedata.normalize("NFC", text)
    if normalize._DELETABLE.search(text):
        text = text.translate(normalize._DELETE_TABLE)
    widths = normalize._WIDTH_OTHER if lang and lang not in normalize.CJK_LANGUAGES else None
    widths = widths or normalize._WIDTH_CJK
    text = widths.pattern.sub(lambda m: widths.table[ord(m.group(0))], text)
    keep_no_break = lang in (None, "fr")
    lines = []
    for line in _PARAGRAPH_BREAK.split(text):
        if "  " not in line and not normalize._ODD_SPACE.search(line):
            pass
        elif keep_no_break:
            line = normalize._SPACE_RUN.sub(lambda m: normalize._collapse_run(m, True), line)
        else:
            line = normalize._SPACE_RUN.sub(" ", line)
        line = line.strip(" " + normalize._NO_BREAK)
        if line:
            lines.append(line)
    return "\n".join(lines)


_WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
_ALPHABET = [
    *_WHITESPACE, *(chr(c) for c in range(0x20)), "\x7f", "\u200b", "\ufeff", "\u2060", "\xad",
    "a", "Z", "é", "e\u0301", "中", "，", "Ａ", "１", "％", "！", "\uff5e", "\uff5f", "\U0001f600",
    "\ue000", "&amp;", "&nbsp;", "&#12288;", "&#x3000;", "&amp;nbsp;", "&#11;", "&notice", " ",
    " ", " ", "\n", "\n",
]  # fmt: skip


def test_normalize_text_is_the_plain_code_on_random_texts() -> None:
    rng = random.Random(11)
    for _ in range(10000):
        text = "".join(rng.choices(_ALPHABET, k=rng.randint(0, 16)))
        if rng.random() < 0.5:  # texts of letters, spaces and line breaks only (the shortcut)
            text = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)
        for language in (None, "fr", "en", "zh", "ja-JP"):
            assert normalize_text(text, language) == _old_normalize_text(text, language), (
                repr(text),
                language,
            )
