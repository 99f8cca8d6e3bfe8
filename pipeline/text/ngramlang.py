"""langdetect's detector with its arithmetic in numpy: same profiles, same seeded trials,
same answer to the last bit, in less than half the time.

langdetect (the product's language identifier) spends most of a page's language time in two
Python loops: one normalizing and cutting the text into n-grams character by character, one
multiplying 55 language probabilities one by one for each of a few hundred sampled n-grams.
This module runs the same algorithm (``langdetect.detector.Detector``: URL and e-mail removal,
Vietnamese normalization, Latin cleaning, n-grams of 1 to 3 characters with the capital-word
rule, seven trials drawn from ``random.Random(seed)`` with the same calls in the same order,
convergence checked every fifth n-gram) on langdetect's own profiles, with the character
normalization cached in a translation table and each trial's products done on numpy vectors.
Each multiplication, division and comparison is the same IEEE operation in the same order
(sums go through Python's ``sum`` as langdetect's do), so the guesses and their probabilities
are identical; tests/test_language.py holds this against langdetect itself.

Nothing else is reimplemented: the profiles, the normalizers and the regexes are langdetect's.
"""

from __future__ import annotations

import json
import os
import random
import re
from functools import cache
from typing import Any

import numpy as np

__all__ = ["detect_langs"]

# langdetect.detector.Detector's constants (its defaults; newsbrief changes none of them)
_N_TRIAL = 7
_ALPHA = 0.5
_ALPHA_WIDTH = 0.05
_ITERATION_LIMIT = 1000
_PROB_THRESHOLD = 0.1
_CONV_THRESHOLD = 0.99999
_BASE_FREQ = 10000
_MAX_TEXT_LENGTH = 10000
_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect counts 'A' <= ch <= 'z' (brackets and _ included)
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


class _Normalized(dict[int, str]):
    """Code point -> langdetect's NGram.normalize of it, filled as characters are met (a
    ``str.translate`` table: the first sight of a character costs the Python call, later
    ones are a dict lookup in C)."""

    def __init__(self, normalize: Any) -> None:
        super().__init__()
        self._normalize = normalize

    def __missing__(self, code: int) -> str:
        value: str = self._normalize(chr(code))
        self[code] = value
        return value


@cache
def _model() -> tuple[list[str], dict[str, int], Any, _Normalized, Any, Any, Any]:
    """langdetect's profiles and helpers, loaded once per process. The profiles become one
    matrix (n-gram row x language column, each cell langdetect's ``freq / n_words[len - 1]``,
    the same division) read from langdetect's profile files in the order its factory reads
    them, not 87,598 Python lists of 55 floats."""
    from langdetect.detector import Detector  # type: ignore[import-untyped]
    from langdetect.detector_factory import PROFILES_DIRECTORY  # type: ignore[import-untyped]
    from langdetect.utils.ngram import NGram  # type: ignore[import-untyped]

    names = os.listdir(PROFILES_DIRECTORY)  # DetectorFactory.load_profile's order and width
    langs: list[str] = []
    rows: dict[str, int] = {}
    cells: list[tuple[list[int], int, list[int], list[int]]] = []
    for name in names:
        file = os.path.join(PROFILES_DIRECTORY, name)
        if name.startswith(".") or not os.path.isfile(file):
            continue
        with open(file, encoding="utf-8") as handle:
            profile = json.load(handle)
        words = [w for w in profile["freq"] if 1 <= len(w) <= 3]
        for word in profile["freq"]:
            rows.setdefault(word, len(rows))
        cells.append(
            (
                [rows[w] for w in words],
                len(langs),
                [profile["freq"][w] for w in words],
                [profile["n_words"][len(w) - 1] for w in words],
            )
        )
        langs.append(profile["name"])
    matrix = np.zeros((len(rows), len(names)))
    for at, column, freq, n_words in cells:
        matrix[at, column] = np.array(freq, dtype=np.float64) / np.array(n_words, np.float64)
    return (
        langs,
        rows,
        matrix[:, : len(langs)],
        _Normalized(NGram.normalize),
        NGram.normalize_vi,
        Detector.URL_RE,
        Detector.MAIL_RE,
    )


def _prepared(text: str) -> str:
    """Detector.append then Detector.cleaning_text."""
    *_, normalize_vi, url_re, mail_re = _model()
    text = normalize_vi(mail_re.sub(" ", url_re.sub(" ", text)))
    text = _SPACES.sub(" ", text[:_MAX_TEXT_LENGTH])  # a space after a space is dropped
    # cleaning_text: langdetect compares a block number with a block name there, so every
    # character from U+0300 on counts as non-Latin; the same count is kept.
    if len(_LATIN.findall(text)) * 2 < len(_NON_LATIN.findall(text)):
        text = _LATIN.sub("", text)
    return text


def _ngrams(text: str) -> list[str]:
    """Detector._extract_ngrams: the 1- to 3-grams of the normalized text that a profile
    knows, in order, skipping those ending inside a word of capitals.

    langdetect walks the text with a 3-character buffer that restarts at each space; on the
    normalized text with its runs of spaces collapsed and a space in front, that buffer at
    character j is t[j-2:j+1], shortened to t[j-1:j+1] just after a space, so the n-grams at j
    are t[j], t[j-1:j+1] and (unless t[j-1] is a space) t[j-2:j+1]; the space alone is never
    one, and none is taken where t[j] and t[j-1] are both capitals."""
    _, word_map, _, table, *_ = _model()
    t = " " + _SPACES.sub(" ", text.translate(table)).lstrip(" ")
    upper = [ch.isupper() for ch in t]
    return [
        gram
        for j in range(1, len(t))
        if not (upper[j] and upper[j - 1])
        for gram in (t[j], t[j - 1 : j + 1], t[j - 2 : j + 1] if t[j - 1] != " " else "")
        if gram in word_map
    ]


def detect_langs(text: str, seed: int = 0) -> list[tuple[str, float]]:
    """langdetect's ``detect_langs`` with ``DetectorFactory.seed = seed``: (language,
    probability) above 0.1, most probable first; [] when the text has no n-gram a profile
    knows (where langdetect raises "No features in text")."""
    langs, word_map, matrix, *_ = _model()
    grams = _ngrams(_prepared(text))
    if not grams:
        return []
    rows: dict[str, int] = {}
    picks = [rows.setdefault(gram, len(rows)) for gram in grams]  # one row per distinct n-gram
    table = matrix[[word_map[gram] for gram in rows]]
    count = len(langs)
    total = np.zeros(count)
    rng = random.Random(seed)
    for _ in range(_N_TRIAL):
        prob = np.full(count, 1.0 / count)
        alpha = _ALPHA + rng.gauss(0.0, 1.0) * _ALPHA_WIDTH
        factors = (alpha / _BASE_FREQ) + table  # weight + profile, as langdetect adds them
        i = 0
        while True:
            prob *= factors[rng.choice(picks)]  # random.choice over a list of the same length
            if i % 5 == 0:
                prob /= sum(prob.tolist())  # Python's sum, as langdetect's _normalize_prob
                if prob.max() > _CONV_THRESHOLD or i >= _ITERATION_LIMIT:
                    break
            i += 1
        total += prob / _N_TRIAL
    probs = zip(langs, total.tolist(), strict=True)
    found = [(lang, p) for lang, p in probs if p > _PROB_THRESHOLD]
    found.sort(key=lambda pair: pair[1], reverse=True)  # stable, as langdetect's sort
    return found
