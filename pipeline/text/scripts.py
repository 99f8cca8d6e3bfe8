"""Writing systems: the one set of Han, kana and hangul ranges, and Chinese script conversion.

Every module that asks "is this Chinese?" or "traditional or simplified?" asks here.
OpenCC (opencc-python-reimplemented) converts; its dictionaries load on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

__all__ = [
    "HAN", "HAN_CHAR", "KANA", "KANA_CHAR", "HANGUL", "HANGUL_CHAR", "CJK_CHAR", "CJK_PUNCT_CHAR",
    "Converter", "opencc_converter", "to_simplified",
    "chinese_script", "has_han",
]  # fmt: skip

# CJK Unified Ideographs with extension A, compatibility ideographs and the supplementary
# planes (extensions B and later): one character class for every Han test in the pipeline.
HAN_CHAR = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = re.compile(f"[{HAN_CHAR}]")
KANA_CHAR = "\u3040-\u30ff\u31f0-\u31ff"  # hiragana, katakana, katakana phonetic extensions
KANA = re.compile(f"[{KANA_CHAR}]")
HANGUL_CHAR = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"  # syllables, jamo, compatibility jamo
HANGUL = re.compile(f"[{HANGUL_CHAR}]")
# Any letter of a CJK script (Han, kana, hangul): what must not stand untranslated in French.
CJK_CHAR = HAN_CHAR + KANA_CHAR + HANGUL_CHAR
# CJK and fullwidth punctuation (、。「」，：！ ...) and the middle dot: between CJK letters,
# not letters themselves.
CJK_PUNCT_CHAR = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u00b7"


def has_han(text: str) -> bool:
    """Whether the text holds at least one Han character."""
    return HAN.search(text) is not None


class Converter(Protocol):
    """What an OpenCC converter offers."""

    def convert(self, text: str) -> str: ...


@lru_cache(maxsize=4)
def opencc_converter(config: str) -> Converter:
    """A shared OpenCC converter ("t2s", "s2t" ...), loaded once (opencc-python-reimplemented)."""
    import opencc  # type: ignore[import-untyped]  # dictionaries load here: keep startup fast

    converter: Converter = opencc.OpenCC(config)
    return converter


def to_simplified(text: str) -> str:
    """Traditional -> simplified Chinese with OpenCC's ``t2s`` configuration."""
    return opencc_converter("t2s").convert(text)


def _changed(text: str, config: str) -> int:
    converter = opencc_converter(config)
    converted = converter.convert(text)
    if len(converted) != len(text):  # phrase conversions can change length: count per character
        return sum(1 for char in text if converter.convert(char) != char)
    return sum(1 for a, b in zip(text, converted, strict=True) if a != b)


def chinese_script(text: str, hint: str | None = None) -> str | None:
    """ "Hant" or "Hans" for a text with Han characters (``hint`` breaks ties), else None.

    Counts the characters OpenCC would change: a traditional text changes under ``t2s`` and
    barely under ``s2t``, a simplified one the other way round."""
    han = "".join(HAN.findall(text))
    if not han:
        return None
    traditional = _changed(han, "t2s")  # characters only a traditional text has
    simplified = _changed(han, "s2t")  # characters only a simplified text has
    if traditional > simplified:
        return "Hant"
    if simplified > traditional:
        return "Hans"
    return hint if hint in ("Hans", "Hant") else "Hans"
