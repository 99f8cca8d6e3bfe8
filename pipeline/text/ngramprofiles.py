"""langdetect's language profiles as numpy arrays, for `pipeline.text.ngramlang`.

The profiles (87,598 n-grams x 55 languages) become one matrix of langdetect's
``freq / n_words[len - 1]``, and each n-gram of 1 to 3 characters one integer key (its code
points in 21 bits each), sorted for lookup; the arrays are kept between runs by
`pipeline.text.tablecache`. langdetect's own normalizer fills a per-code-point table the first
time a text holds a character (`Normalizer`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from pipeline.text.scripts import code_points
from pipeline.text.tablecache import cached_arrays

__all__ = [
    "KEY_BITS",
    "Codes",
    "Floats",
    "Mask",
    "Normalizer",
    "ProfileModel",
    "ngram_keys",
    "profile_model",
]

Codes: TypeAlias = npt.NDArray[np.int64]
Mask: TypeAlias = npt.NDArray[np.bool_]
Floats: TypeAlias = npt.NDArray[np.float64]
_CODE_POINTS = 0x110000
KEY_BITS = 21  # bits per character in an n-gram key: 0x110000 (a code point plus one) fits
_SENTINEL = np.iinfo(np.int64).max  # above every key (three characters need 63 bits)


class Normalizer:
    """langdetect's ``NGram.normalize`` and ``str.isupper`` of its result, per code point, as
    numpy tables indexed by code point (the whole Unicode range, so non-BMP characters need no
    other path): each character's entry is computed by langdetect's own function the first
    time a text holds it, then a text is normalized by gathers. The tables start as
    zeros (untouched pages cost no memory)."""

    def __init__(self, normalize: Callable[[str], str]) -> None:
        self._normalize = normalize
        self._known = np.zeros(_CODE_POINTS, dtype=np.bool_)
        self._code = np.zeros(_CODE_POINTS, dtype=np.int64)
        self._upper = np.zeros(_CODE_POINTS, dtype=np.bool_)

    def __call__(self, codes: Codes) -> tuple[Codes, Mask]:
        """The normalized code points of `codes` and whether each normalized one is upper."""
        unknown = codes[~self._known[codes]]
        if unknown.size:
            for code in np.unique(unknown).tolist():
                char = self._normalize(chr(code))  # one character for one (NGram.normalize)
                self._code[code] = ord(char)
                self._upper[code] = char.isupper()
                self._known[code] = True
        return self._code[codes], self._upper[codes]


@dataclass(frozen=True)
class ProfileModel:
    """langdetect's languages, profiles and text helpers, with the profile n-grams as keys."""

    langs: list[str]
    matrix: Floats  # n-gram row x language column: langdetect's freq / n_words[len - 1]
    keys: Codes  # the 1- to 3-gram keys (`ngram_keys`) of the profiles, sorted, then a sentinel
    key_rows: Codes  # the matrix row of each key
    normalizer: Normalizer
    normalize_vi: Callable[[str], str]
    url_re: re.Pattern[str]
    mail_re: re.Pattern[str]


def ngram_keys(words: list[str]) -> Codes:
    """Each of `words` (1 to 3 characters) as one integer: each code point plus one in 21 bits
    (all of Unicode fits), the first character highest; the lengths cannot collide since a
    present character is never 0. Computed for all words at once: the code points right-
    aligned in three columns, an absent first character 0 (a fifth of a second less than a
    Python loop over the profiles' 87,598 n-grams, in every process that loads them).
    `ngramlang._ngram_rows` computes the same keys with numpy shifts."""
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    codes = code_points("".join(words)).astype(np.int64) + 1
    word_of = np.repeat(np.arange(len(words)), lengths)
    starts = np.cumsum(lengths) - lengths
    place = np.arange(len(codes)) - starts[word_of]  # each character's place in its word
    columns = np.zeros((len(words), 3), dtype=np.int64)
    columns[word_of, 3 - lengths[word_of] + place] = codes
    return (columns[:, 0] << (2 * KEY_BITS)) | (columns[:, 1] << KEY_BITS) | columns[:, 2]


_PROFILE_FIELDS = (
    "langs", "cell_rows", "cell_columns", "cell_values", "row_count", "keys", "key_rows"
)  # fmt: skip


def _profile_arrays(directory: str) -> dict[str, npt.NDArray[np.generic]]:
    """langdetect's profiles in `directory` as arrays: the language names; the cells of one
    matrix (n-gram row x language column, each cell langdetect's ``freq / n_words[len - 1]``,
    the same division: 184,129 set in 87,598 x 55), read from the profile files in the order
    its factory reads them (`_matrix` makes the matrix); the n-grams' keys (`ngram_keys`) sorted,
    with their rows."""
    names = os.listdir(directory)  # DetectorFactory.load_profile's order and width
    langs: list[str] = []
    rows: dict[str, int] = {}
    cells: list[tuple[Codes, int, Floats]] = []  # (rows, column, freq / n_words)
    for name in names:
        file = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(file):
            continue
        with open(file, encoding="utf-8") as handle:
            profile = json.load(handle)
        freq: dict[str, int] = profile["freq"]
        for word in freq:
            rows.setdefault(word, len(rows))
        lengths = np.fromiter(map(len, freq), dtype=np.int64, count=len(freq))
        kept = (lengths >= 1) & (lengths <= 3)
        at = np.fromiter(map(rows.__getitem__, freq), dtype=np.int64, count=len(freq))
        counts = np.fromiter(freq.values(), dtype=np.float64, count=len(freq))
        n_words = np.array(profile["n_words"], dtype=np.float64)[lengths[kept] - 1]
        cells.append((at[kept], len(langs), counts[kept] / n_words))
        langs.append(profile["name"])
    words = [w for w in rows if 1 <= len(w) <= 3]
    word_keys = ngram_keys(words)
    order = np.argsort(word_keys)  # the keys are distinct: any sort gives this order
    word_rows = np.array([rows[w] for w in words], dtype=np.int64)
    return {
        "langs": np.array(langs, dtype=np.str_),
        "cell_rows": np.concatenate([at for at, _, _ in cells]),
        "cell_columns": np.concatenate([np.full(len(at), column) for at, column, _ in cells]),
        "cell_values": np.concatenate([share for _, _, share in cells]),
        "row_count": np.array(len(rows)),
        "keys": np.append(word_keys[order], np.int64(_SENTINEL)),
        "key_rows": np.append(word_rows[order], np.int64(0)),
    }


def _matrix(arrays: dict[str, npt.NDArray[np.generic]]) -> Floats:
    """The profile matrix (n-gram row x language column) from its cells (`_profile_arrays`),
    zeros elsewhere, as langdetect's profiles hold no entry there."""
    matrix = np.zeros((int(arrays["row_count"]), len(arrays["langs"])))
    matrix[arrays["cell_rows"], arrays["cell_columns"]] = arrays["cell_values"]
    return matrix


@cache
def profile_model() -> ProfileModel:
    """langdetect's profiles (`_profile_arrays`, kept between runs by
    `pipeline.text.tablecache`) and helpers, loaded once per process."""
    from langdetect.detector import Detector  # type: ignore[import-untyped]
    from langdetect.detector_factory import PROFILES_DIRECTORY  # type: ignore[import-untyped]
    from langdetect.utils.ngram import NGram  # type: ignore[import-untyped]

    profiles = [
        Path(PROFILES_DIRECTORY, name)
        for name in os.listdir(PROFILES_DIRECTORY)
        if not name.startswith(".")
    ]
    arrays = cached_arrays(
        "langdetect-profiles",
        _PROFILE_FIELDS,
        profiles,
        __file__,
        lambda: _profile_arrays(PROFILES_DIRECTORY),
    )
    return ProfileModel(
        langs=[str(lang) for lang in arrays["langs"]],
        matrix=_matrix(arrays),
        keys=arrays["keys"].astype(np.int64, copy=False),
        key_rows=arrays["key_rows"].astype(np.int64, copy=False),
        normalizer=Normalizer(NGram.normalize),
        normalize_vi=NGram.normalize_vi,
        url_re=Detector.URL_RE,
        mail_re=Detector.MAIL_RE,
    )
