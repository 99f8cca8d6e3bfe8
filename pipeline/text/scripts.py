"""Writing systems: the one set of Han, kana and hangul ranges, and Chinese script conversion.

Every module that asks "is this Chinese?" or "traditional or simplified?" asks here.
OpenCC (opencc-python-reimplemented) converts; its dictionaries load on first use. Telling the
scripts apart converts nothing: it counts characters against two tables built once from the
same OpenCC dictionaries (the characters ``t2s`` changes, the characters ``s2t`` changes).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol, TypeAlias

import numpy as np
import numpy.typing as npt

from pipeline.text.tablecache import cached_arrays

__all__ = [
    "HAN", "HAN_CHAR", "KANA", "KANA_CHAR", "HANGUL", "HANGUL_CHAR", "CJK_CHAR", "CJK_PUNCT_CHAR",
    "STOP_CHAR", "COMMA_CHAR", "STRAY_JOINER",
    "Converter", "opencc_converter", "to_simplified",
    "chinese_script", "changing_characters", "has_han", "code_points", "CodePoints",
]  # fmt: skip

CodePoints: TypeAlias = npt.NDArray[np.uint32]
_CODE_POINTS = 0x110000  # every code point, surrogates included

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
# The sentence stops (full stops, question and exclamation marks) of scripts that do not
# write Latin ones: CJK full and halfwidth (。！？｡), Arabic and Urdu (؟ ۔), Devanagari and
# the other Indic scripts (। ॥), Armenian (։), Ethiopic (። ፧), Myanmar (။), Khmer (។ ៕),
# Tibetan (།) and the Greek question mark (;). Thai ends a sentence with a space.
STOP_CHAR = "。！？｡؟۔।॥։።፧။។៕།\u037e"
# Their commas and semicolons: CJK (，、；､), Arabic (، ؛), Ethiopic (፣ ፤), Myanmar (၊).
COMMA_CHAR = "，、；､،؛፣፤၊"
# The zero-width non-joiner and joiner (U+200C, U+200D) are spelling in the Arabic script
# (Persian "می‌خواهم", Urdu, Kurdish: a word's parts kept unjoined), in Syriac, and in the Indic
# scripts from Devanagari to Sinhala (a half form, a conjunct shown apart): deleting them
# rewrites the word, and a Persian compound reads as one token where the page has two.
# After any other character (Latin, Han, a space) one is a stray paste: STRAY_JOINER matches
# only those.
_JOINING_CHAR = "\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u0900-\u0dff"
STRAY_JOINER = re.compile(f"[\u200c\u200d](?<![{_JOINING_CHAR}][\u200c\u200d])")


def has_han(text: str) -> bool:
    """Whether the text holds at least one Han character."""
    return HAN.search(text) is not None


def code_points(text: str) -> CodePoints:
    """The code points of a text, one per character (a lone surrogate is its own)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


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


@lru_cache(maxsize=4)
def changing_characters(config: str) -> frozenset[str]:
    """The Han characters that OpenCC's ``config`` ("t2s", "s2t") changes, taken one at a time.

    Built once (about 8,000 single-character entries of the configuration's dictionaries,
    each put through the converter itself, so the table is exactly "converting this
    character alone changes it"; kept between runs by `pipeline.text.tablecache`), then every
    script decision is a lookup (`_changing_table`)."""
    return frozenset(map(chr, _changing_points(config).tolist()))


@lru_cache(maxsize=4)
def _changing_points(config: str) -> npt.NDArray[np.int32]:
    """`changing_characters` as sorted code points, from the table cache (built there by
    `_changing_code_points` when OpenCC's files or this module changed)."""
    import opencc

    package = Path(str(resources.files(opencc)))
    sources = [*package.glob("config/*.json"), *package.glob("dictionary/*")]
    arrays = cached_arrays(
        f"opencc-{config}-changing",
        ("code_points",),
        sources,
        __file__,
        lambda: {"code_points": _changing_code_points(config)},
    )
    return arrays["code_points"].astype(np.int32, copy=False)


def _changing_code_points(config: str) -> npt.NDArray[np.int32]:
    """`changing_characters` built from OpenCC's files, as sorted code points."""
    import opencc

    package = resources.files(opencc)
    setting = json.loads((package / "config" / f"{config}.json").read_text(encoding="utf-8"))
    files: list[str] = []

    def collect(node: object) -> None:  # the "file" of every dictionary in the chain
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                files.append(node["file"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(setting.get("conversion_chain", []))
    candidates: set[str] = set()
    for name in files:
        for line in (package / "dictionary" / name).read_text(encoding="utf-8").splitlines():
            key = line.split("\t", 1)[0]
            if len(key) == 1 and HAN.match(key):
                candidates.add(key)
    converter = opencc_converter(config)
    changing = sorted(ord(char) for char in candidates if converter.convert(char) != char)
    return np.array(changing, dtype=np.int32)


@lru_cache(maxsize=4)
def _changing_table(config: str) -> npt.NDArray[np.bool_]:
    """`changing_characters` as a code point -> bool table (zeros where untouched: the pages
    of the table no character is set in cost no memory)."""
    table = np.zeros(_CODE_POINTS, dtype=np.bool_)
    table[_changing_points(config)] = True
    return table


def chinese_script(text: str, hint: str | None = None) -> str | None:
    """ "Hant" or "Hans" for a text with Han characters (``hint`` breaks ties), else None.

    Counts the Han characters OpenCC changes one at a time (`changing_characters`): a
    traditional text has many that ``t2s`` changes and few that ``s2t`` changes, a simplified
    one the other way round. Each occurrence counts (the text's code points looked up in a
    table of each set); the text is never converted."""
    if not has_han(text):
        return None
    codes = code_points(text)
    traditional = int(np.count_nonzero(_changing_table("t2s")[codes]))
    simplified = int(np.count_nonzero(_changing_table("s2t")[codes]))
    if traditional > simplified:
        return "Hant"
    if simplified > traditional:
        return "Hans"
    return hint if hint in ("Hans", "Hant") else "Hans"
