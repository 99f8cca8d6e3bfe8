"""Language and script detection: langdetect, seeded, with script and length rules.

- langdetect runs seeded (the config's ``langdetect_seed``, 0 by default, as langdetect's
  ``DetectorFactory.seed``) so results are reproducible, and
  reads the first ``SAMPLE_CHARS`` characters of a text (langdetect's own cap is 10,000, and
  its cost grows with the length read; a few paragraphs decide a page's language as well).
  Its algorithm runs through `pipeline.text.ngramlang`: langdetect's profiles and trials with
  the arithmetic in numpy, the same guesses and probabilities in less than half the time.
- ``zh-cn`` / ``zh-tw`` become ``"zh"``; the script (``"Hans"`` / ``"Hant"``) is decided over
  the whole text by counting the characters OpenCC changes (`scripts.chinese_script`): a
  traditional text changes under ``t2s`` and barely under ``s2t``, a simplified one the other
  way round. langdetect's own label is only the tie-breaker (it cannot tell scripts apart on
  short or mixed text).
- Text made mostly of Han characters with no kana or hangul is Chinese whatever langdetect says
  (it calls short Chinese strings Korean).
- Below ``min_chars`` letters the declared (site) language wins (short strings are misdetected),
  except that a Han-script string is Chinese unless Japanese or Korean was declared.
- ``("und", None)`` when nothing can be said.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache

import numpy as np
import numpy.typing as npt

from pipeline.records import Article
from pipeline.text.ngramlang import detect_first
from pipeline.text.scripts import HAN_CHAR, HANGUL_CHAR, KANA_CHAR, chinese_script, code_points

logger = logging.getLogger(__name__)

__all__ = [
    "detect_language",
    "tag_paragraphs",
    "apply_language",
    "chinese_script",
    "parse_declared",
]

UNDETERMINED = "und"
MIN_CONFIDENCE = 0.5  # below this langdetect's guess yields to the declared language
HAN_SHARE = 0.3  # share of letters that are Han for a text to count as Chinese
SAMPLE_CHARS = 600  # what langdetect reads of a text: its start, a deterministic sample
_HAN, _KANA, _HANGUL = 1, 2, 4  # bits of a code point's entry in `_script_table`
_HEAD_LETTERS = 4  # characters per letter wanted, read first when counting letters
_HANT_TAGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
_HANS_TAGS = ("zh-hans", "zh-cn", "zh-sg", "zh-my")
# Languages langdetect has no profile of, and the neighbour it calls them by (Malay for
# Indonesian; Serbian and Bosnian for Croatian, Macedonian, Bulgarian or Russian): a page
# declaring one of them is believed when the guess is its neighbour.
_NEIGHBOURS = {
    "ms": frozenset({"id"}),
    "sr": frozenset({"hr", "mk", "bg", "ru", "sl"}),
    "bs": frozenset({"hr", "sr", "mk", "sl"}),
}
# Letters of the Serbian Cyrillic alphabet no other language's has, and those of Macedonian:
# an undeclared Serbian text langdetect calls Macedonian (or Bulgarian, Russian) is Serbian.
_SERBIAN_ONLY = frozenset("ђћЂЋ")
_MACEDONIAN_ONLY = frozenset("ѓќѕЃЌЅ")
# Words Malay and Indonesian spell or choose apart ("that", "because", "namely", "only",
# "money", "government", "can", "after", "whereas", "nor", "expected", "worried", "new"): an
# undeclared text langdetect calls Indonesian is Malay when it holds two of Malay's and more of
# them than of Indonesian's.
_MALAY_WORDS = frozenset(
    "bahawa kerana iaitu sahaja wang kerajaan boleh selepas manakala mahupun dijangka bimbang "
    "baharu".split()
)
_INDONESIAN_WORDS = frozenset(
    "bahwa karena yaitu saja uang pemerintah bisa setelah sedangkan maupun diperkirakan "
    "khawatir sesudah".split()
)
# Words Serbian (ekavian, in Latin letters) and Croatian (ijekavian) spell or choose apart
# ("where", "here", "always", "after", "before", "time", "place", "month", "two", "word",
# "children", "child", "beautiful", "Sunday", "thousand", "municipality", "announced",
# "yesterday", "also", "example", "price", "doctor", "university", "football", "train",
# "bread", "exactly", "conditions", "influence", "river", "part", "whole", "week"): an
# undeclared text langdetect calls Croatian is Serbian when it holds two of Serbian's and more
# of them than of Croatian's (langdetect has no Serbian profile).
_SERBIAN_LATIN_WORDS = frozenset(
    "gde ovde uvek posle pre vreme mesto mesta mesec meseca dve reč reči rečima deca dece dete "
    "lepo pesma nedelja nedelje hiljada hiljade opština opštine saopštio saopštila saopštenje "
    "juče takođe primer cena cene lekar univerzitet fudbal voz hleb tačno uslovi uticaj reka "
    "reke deo ceo celu uveče leta".split()
)
_CROATIAN_WORDS = frozenset(
    "gdje ovdje uvijek poslije prije vrijeme mjesto mjesta mjesec mjeseca dvije riječ riječi "
    "riječima djeca djece dijete lijepo pjesma nedjelja nedjelje tisuća tisuće općina općine "
    "priopćio priopćila priopćenje jučer također primjer cijena cijene liječnik sveučilište "
    "nogomet vlak kruh točno uvjeti utjecaj rijeka rijeke dio cijeli cijelu navečer ljeta "
    "tjedan".split()
)
# Norwegian's two written standards are declared "nb" (Bokmål) and "nn" (Nynorsk);
# langdetect calls both "no", and so does a page declaring them (one code for one language).
_DECLARED_AS = {"nb": "no", "nn": "no"}
_WORD = re.compile(r"\w+")


def parse_declared(declared: str | None) -> tuple[str | None, str | None]:
    """A declared tag ("zh-TW", "fr-FR", "zh-Hans", "en") -> (base language, script or None)."""
    if not declared:
        return None, None
    tag = declared.strip().replace("_", "-").lower()
    base = tag.split("-", 1)[0]
    if not base or base == UNDETERMINED:
        return None, None
    if tag.startswith(_HANT_TAGS):
        return "zh", "Hant"
    if tag.startswith(_HANS_TAGS):
        return "zh", "Hans"
    return _DECLARED_AS.get(base, base), None


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _fewer_letters(text: str, count: int) -> bool:
    """Whether `text` has fewer than `count` letters: counted in its head first, so a long
    text is not read to the end to find that it has enough."""
    head = text[: _HEAD_LETTERS * count]
    if _letters(head) >= count:
        return False
    return len(head) == len(text) or _letters(text) < count


def _ranges(chars: str) -> list[tuple[int, int]]:
    """The (first, last) code points of a character class body made of ranges only, as
    `pipeline.text.scripts` writes them ("\u3040-\u30ff\u31f0-\u31ff")."""
    if len(chars) % 3 or chars[1::3] != "-" * (len(chars) // 3):
        raise ValueError(f"not a run of ranges: {chars!r}")
    return [(ord(chars[at]), ord(chars[at + 2])) for at in range(0, len(chars), 3)]


_HAN_FIRST = min(first for first, _ in _ranges(HAN_CHAR))  # U+3400: below it, no Han


@cache
def _script_table() -> npt.NDArray[np.uint8]:
    """Code point -> `_HAN` | `_KANA` | `_HANGUL` bits, from the ranges of the HAN, KANA and
    HANGUL classes (zeros elsewhere, so the pages no range reaches cost no memory)."""
    table = np.zeros(0x110000, dtype=np.uint8)
    for bit, chars in ((_HAN, HAN_CHAR), (_KANA, KANA_CHAR), (_HANGUL, HANGUL_CHAR)):
        for first, last in _ranges(chars):
            table[first : last + 1] |= bit
    return table


def _looks_chinese(text: str, letters: int | None = None) -> bool:
    """Han characters are at least `HAN_SHARE` of the letters (`letters`, counted here when
    not given), with no kana or hangul. A text without Han (most of them) is not counted.

    The Han, kana and hangul tests are one lookup of the text's code points in
    `_script_table` (what the HAN, KANA and HANGUL regexes match, without their scans)."""
    if text.isascii():  # no Han
        return False
    codes = code_points(text)
    if codes.max() < _HAN_FIRST:  # no Han (most non-CJK text): one pass, no lookup
        return False
    scripts = _script_table()[codes]
    han = int(np.count_nonzero(scripts & _HAN))
    if not han or np.any(scripts & (_KANA | _HANGUL)):
        return False
    if letters is None:
        if han >= HAN_SHARE * len(text):  # a share of all characters is one of the letters
            return any(map(str.isalpha, text))
        letters = _letters(text)
    return bool(letters) and han / letters >= HAN_SHARE


def _langdetect(text: str, seed: int) -> tuple[str, float] | None:
    """langdetect's first guess; its probability is exact below `MIN_CONFIDENCE` (all the
    caller compares it with), else at least that (`detect_first` stops its trials once the
    guess is first whatever the rest draw)."""
    guess = detect_first(text[:SAMPLE_CHARS], seed=seed, sure=MIN_CONFIDENCE)
    if guess is None:  # no features in the text (digits, punctuation only), or no clear guess
        logger.debug("langdetect found nothing in %r", text[:40])
    return guess


def _with_script(lang: str, text: str, hint: str | None) -> tuple[str, str | None]:
    if lang != "zh":
        return lang, None
    return "zh", chinese_script(text, hint) or hint


def detect_language(
    text: str, declared: str | None = None, *, min_chars: int = 40, seed: int = 0
) -> tuple[str, str | None]:
    """(language, script) of a text: ("zh", "Hant"), ("fr", None), ("und", None). `seed` is
    langdetect's (the config's ``langdetect_seed``): the same text, seed and answer always."""
    base, declared_script = parse_declared(declared)
    if _fewer_letters(text, min_chars):
        # Han script is evidence langdetect is not needed for (kanji-only Japanese aside).
        if _looks_chinese(text) and base not in ("ja", "ko"):
            return _with_script("zh", text, declared_script)
        if base:
            return _with_script(base, text, declared_script)
        return UNDETERMINED, None
    if _looks_chinese(text):
        return _with_script("zh", text, declared_script)
    guess = _langdetect(text, seed)
    if guess is None or (guess[1] < MIN_CONFIDENCE and base):
        return _with_script(base, text, declared_script) if base else (UNDETERMINED, None)
    label, _ = guess
    if label.startswith("zh"):
        return _with_script("zh", text, "Hant" if label == "zh-tw" else "Hans")
    if base and label in _NEIGHBOURS.get(base, ()):
        return base, None
    if label in _NEIGHBOURS["sr"] and _is_serbian(text[:SAMPLE_CHARS]):
        return "sr", None
    if label == "id" and not base and _is_malay(text[:SAMPLE_CHARS]):
        return "ms", None
    if label == "hr" and not base and _is_serbian_latin(text[:SAMPLE_CHARS]):
        return "sr", None
    return label, None


def _is_malay(text: str) -> bool:
    """Malay rather than Indonesian by the words they spell apart (`_MALAY_WORDS`)."""
    words = set(_WORD.findall(text.lower()))
    malay = len(words & _MALAY_WORDS)
    return malay >= 2 and malay > len(words & _INDONESIAN_WORDS)


def _is_serbian_latin(text: str) -> bool:
    """Serbian rather than Croatian by the words they spell apart (`_SERBIAN_LATIN_WORDS`)."""
    words = set(_WORD.findall(text.lower()))
    serbian = len(words & _SERBIAN_LATIN_WORDS)
    return serbian >= 2 and serbian > len(words & _CROATIAN_WORDS)


def _is_serbian(text: str) -> bool:
    """Serbian Cyrillic: a letter of its own (`_SERBIAN_ONLY`), none of Macedonian's."""
    chars = set(text)
    return not chars.isdisjoint(_SERBIAN_ONLY) and chars.isdisjoint(_MACEDONIAN_ONLY)


def tag_paragraphs(paragraphs: Sequence[str], declared: str | None) -> list[tuple[str, str | None]]:
    """(language, script) of each paragraph of a mixed page.

    The page's language (from all paragraphs, falling back to ``declared``) is the fallback for
    paragraphs too short to judge on their own.
    """
    page_lang, page_script = detect_language("\n".join(paragraphs), declared)
    fallback = None
    if page_lang != UNDETERMINED:
        fallback = f"{page_lang}-{page_script}" if page_script else page_lang
    return [detect_language(paragraph, fallback) for paragraph in paragraphs]


def apply_language(article: Article, declared: str | None, *, seed: int = 0) -> Article:
    """Set ``language`` and ``script`` from the article's text (title when the text is empty).

    For short texts the language the page itself declared (``article.language``, e.g. from
    ``<html lang>``) is the fallback, else ``declared`` (the site's language).
    """
    sample = article.text if article.text.strip() else article.title
    language, script = detect_language(sample, article.language or declared, seed=seed)
    return article.with_changes(language=language, script=script)
