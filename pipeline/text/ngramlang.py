"""langdetect's detector with its arithmetic in numpy: same profiles, same seeded trials,
same answer to the last bit, in under a third of the time.

langdetect (the product's language identifier) spends most of a page's language time in two
Python loops: one normalizing and cutting the text into n-grams character by character, one
multiplying 55 language probabilities one by one for each of a few hundred sampled n-grams.
This module runs the same algorithm (``langdetect.detector.Detector``: URL and e-mail removal,
Vietnamese normalization, Latin cleaning, n-grams of 1 to 3 characters with the capital-word
rule, seven trials drawn from ``random.Random(seed)``: its gauss calls, and its choices read
from the same Mersenne Twister words in numpy, convergence checked every fifth n-gram) on
langdetect's own profiles. The text becomes an array of code points: normalized through a
table that langdetect's own normalizer fills one character at a time, cut into n-grams as
integer keys looked up in the sorted keys of the profiles. Each trial's products are done on
numpy vectors, five rows at a time. Each multiplication, division and comparison is the same
IEEE operation in the same order (sums go through Python's ``sum`` as langdetect's do), so
the guesses and their probabilities are identical; tests/test_language.py holds this against
langdetect itself.

Nothing else is reimplemented: the profiles, the normalizers and the regexes are langdetect's
(and the choices, the Mersenne Twister's words cut as random.Random's ``choice`` cuts them).
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from pipeline.text.scripts import code_points
from pipeline.text.tablecache import cached_arrays

__all__ = ["detect_first", "detect_langs"]

# langdetect.detector.Detector's constants (its defaults; newsbrief changes none of them)
_N_TRIAL = 7
_ALPHA = 0.5
_ALPHA_WIDTH = 0.05
_ITERATION_LIMIT = 1000
_PROB_THRESHOLD = 0.1
_CONV_THRESHOLD = 0.99999
_BASE_FREQ = 10000
_MAX_TEXT_LENGTH = 10000

_Codes: TypeAlias = npt.NDArray[np.int64]
_Mask: TypeAlias = npt.NDArray[np.bool_]
_Floats: TypeAlias = npt.NDArray[np.float64]
_CODE_POINTS = 0x110000
_BITS = 21  # bits per character in an n-gram key: 0x110000 (a code point plus one) fits
_SENTINEL = np.iinfo(np.int64).max  # above every key (three characters need 63 bits)
_SPACE, _A, _Z, _COMBINING = ord(" "), ord("A"), ord("z"), 0x300


class _Normalizer:
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

    def __call__(self, codes: _Codes) -> tuple[_Codes, _Mask]:
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
class _Model:
    """langdetect's languages, profiles and text helpers, with the profile n-grams as keys."""

    langs: list[str]
    matrix: _Floats  # n-gram row x language column: langdetect's freq / n_words[len - 1]
    keys: _Codes  # the 1- to 3-gram keys (`_keys`) of the profiles, sorted, then a sentinel
    key_rows: _Codes  # the matrix row of each key
    normalizer: _Normalizer
    normalize_vi: Callable[[str], str]
    url_re: re.Pattern[str]
    mail_re: re.Pattern[str]


def _keys(words: list[str]) -> _Codes:
    """Each of `words` (1 to 3 characters) as one integer: each code point plus one in 21 bits
    (all of Unicode fits), the first character highest; the lengths cannot collide since a
    present character is never 0. Computed for all words at once: the code points right-
    aligned in three columns, an absent first character 0 (a fifth of a second less than a
    Python loop over the profiles' 87,598 n-grams, in every process that loads them).
    `_ngram_rows` computes the same keys with numpy shifts."""
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    codes = code_points("".join(words)).astype(np.int64) + 1
    word_of = np.repeat(np.arange(len(words)), lengths)
    starts = np.cumsum(lengths) - lengths
    place = np.arange(len(codes)) - starts[word_of]  # each character's place in its word
    columns = np.zeros((len(words), 3), dtype=np.int64)
    columns[word_of, 3 - lengths[word_of] + place] = codes
    return (columns[:, 0] << (2 * _BITS)) | (columns[:, 1] << _BITS) | columns[:, 2]


_PROFILE_FIELDS = (
    "langs", "cell_rows", "cell_columns", "cell_values", "row_count", "keys", "key_rows"
)  # fmt: skip


def _profile_arrays(directory: str) -> dict[str, npt.NDArray[np.generic]]:
    """langdetect's profiles in `directory` as arrays: the language names; the cells of one
    matrix (n-gram row x language column, each cell langdetect's ``freq / n_words[len - 1]``,
    the same division: 184,129 set in 87,598 x 55), read from the profile files in the order
    its factory reads them (`_matrix` makes the matrix); the n-grams' keys (`_keys`) sorted,
    with their rows."""
    names = os.listdir(directory)  # DetectorFactory.load_profile's order and width
    langs: list[str] = []
    rows: dict[str, int] = {}
    cells: list[tuple[_Codes, int, _Floats]] = []  # (rows, column, freq / n_words)
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
    word_keys = _keys(words)
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


def _matrix(arrays: dict[str, npt.NDArray[np.generic]]) -> _Floats:
    """The profile matrix (n-gram row x language column) from its cells (`_profile_arrays`),
    zeros elsewhere, as langdetect's profiles hold no entry there."""
    matrix = np.zeros((int(arrays["row_count"]), len(arrays["langs"])))
    matrix[arrays["cell_rows"], arrays["cell_columns"]] = arrays["cell_values"]
    return matrix


@cache
def _model() -> _Model:
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
    return _Model(
        langs=[str(lang) for lang in arrays["langs"]],
        matrix=_matrix(arrays),
        keys=arrays["keys"].astype(np.int64, copy=False),
        key_rows=arrays["key_rows"].astype(np.int64, copy=False),
        normalizer=_Normalizer(NGram.normalize),
        normalize_vi=NGram.normalize_vi,
        url_re=Detector.URL_RE,
        mail_re=Detector.MAIL_RE,
    )


def _prepared(text: str, model: _Model) -> _Codes:
    """Detector.append then Detector.cleaning_text, as code points.

    append removes URLs and e-mail addresses from the whole text (each regex only runs when
    the text holds what its every match starts with or contains), normalizes Vietnamese, then
    keeps the first 10,000 characters. The spaces it drops from those (a space right after a
    space) are left in here: normalization keeps a space a space, and `_ngram_rows` drops
    every space right after a space, as langdetect's n-gram buffer skips it; neither count
    below counts a space."""
    if "http" in text:  # URL_RE: https?://...
        text = model.url_re.sub(" ", text)
    if "@" in text:  # MAIL_RE: ...@...
        text = model.mail_re.sub(" ", text)
    codes = code_points(model.normalize_vi(text)[:_MAX_TEXT_LENGTH]).astype(np.int64)
    # cleaning_text counts 'A' <= ch <= 'z' as Latin (brackets and _ included), and, since it
    # compares a block number with a block name, every character from U+0300 on as non-Latin.
    latin = (codes >= _A) & (codes <= _Z)
    if int(np.count_nonzero(latin)) * 2 < int(np.count_nonzero(codes >= _COMBINING)):
        codes = codes[~latin]
    return codes


def _ngram_rows(codes: _Codes, model: _Model) -> _Codes:
    """Detector._extract_ngrams, as the profile matrix rows of the n-grams: the 1- to 3-grams
    of the normalized text that a profile knows, in order, skipping those ending inside a word
    of capitals.

    langdetect walks the text with a 3-character buffer that restarts at each space; on the
    normalized text t with its runs of spaces collapsed and a space in front, that buffer at
    character j is t[j-2:j+1], shortened to t[j-1:j+1] just after a space, so the n-grams at j
    are t[j], t[j-1:j+1] and (unless t[j-1] is a space) t[j-2:j+1]; the space alone is never
    one, and none is taken where t[j] and t[j-1] are both capitals. Each n-gram is its key
    (`_keys`), looked up in the sorted profile keys."""
    normal, upper = model.normalizer(codes)
    space = normal == _SPACE
    # A space right after a space (or at the start, after the buffer's own) is dropped.
    kept = ~(space & np.concatenate(([True], space[:-1])))
    t = np.concatenate(([_SPACE + 1], normal[kept] + 1))  # each code point plus one, as _keys
    t_upper = np.concatenate(([False], upper[kept]))
    t_space = np.concatenate(([True], space[kept]))
    size = len(t) - 1  # the positions j = 1 .. len(t) - 1, each with its three n-grams
    grams = np.zeros((size, 3), dtype=np.int64)
    grams[:, 0] = t[1:]
    grams[:, 1] = (t[:-1] << _BITS) | t[1:]
    grams[1:, 2] = (t[:-2] << (2 * _BITS)) | grams[1:, 1]
    taken = ~(t_upper[1:] & t_upper[:-1])
    allowed = np.empty((size, 3), dtype=np.bool_)
    # The space alone is no n-gram (langdetect skips it before looking it up).
    np.logical_and(taken, ~t_space[1:], out=allowed[:, 0])
    allowed[:, 1] = taken
    np.logical_and(taken, ~t_space[:-1], out=allowed[:, 2])
    wanted = grams.ravel()[allowed.ravel()]  # in order: j's 1-, 2- and 3-gram in turn
    at = np.searchsorted(model.keys, wanted)  # the sentinel keeps every index in range
    rows: _Codes = model.key_rows[at[model.keys[at] == wanted]]
    return rows


_WORDS: dict[int, _Codes] = {}  # per seed: its first words (see `_words`)


def _words(seed: int, count: int) -> _Codes:
    """At least the first `count` 32-bit outputs of ``random.Random(seed)``'s Mersenne
    Twister: what its ``getrandbits(k)`` cuts its top k bits from (one output for k <= 32,
    ``ceil(k / 32)`` for more), and ``random()`` two from. numpy's MT19937 set to the same
    state gives the same outputs (tests/test_language.py holds them against getrandbits).
    Kept per seed, since every detection with a seed draws the same ones; a longer need
    makes a new array from the seed again (one assignment: threads may share the cache)."""
    words = _WORDS.get(seed)
    if words is None or len(words) < count:
        state = random.Random(seed).getstate()[1]
        generator = np.random.MT19937()
        generator.state = {
            "bit_generator": "MT19937",
            "state": {"key": np.array(state[:-1], dtype=np.uint32), "pos": state[-1]},
        }
        have = 0 if words is None else len(words)
        words = generator.random_raw(max(count, 2 * have, 4096)).astype(np.int64)
        _WORDS[seed] = words
    return words


class _Choices:
    """The ``rng.choice(range(size))`` that ``random.Random(seed)``'s words hold, read ahead
    in numpy: a choice from any word on takes the first of these at or after that word, the
    next choice the next one, and so on.

    choice is ``picks[rng._randbelow(len(picks))]``, and random.Random's ``_randbelow`` is
    ``_randbelow_with_getrandbits`` (CPython 3.11 to 3.13 alike): ``getrandbits(k)``, k the
    bit length of the size (one word's top k bits), drawn again while not below the size."""

    def __init__(self, seed: int, size: int) -> None:
        self._seed = seed
        self._size = size
        self._read(4096)

    def _read(self, span: int) -> None:
        """The choices of the first `span` words, and the words drawn after each."""
        self._span = span
        drawn = _words(self._seed, span)[:span] >> (32 - self._size.bit_length())
        kept = np.flatnonzero(drawn < self._size)
        self._picks = drawn[kept]
        self._ends = kept + 1

    def after(self, at: int, count: int) -> tuple[_Codes, _Codes]:
        """The first `count` choices made from word `at` on, and the words drawn after each."""
        first = int(np.searchsorted(self._ends, at + 1))  # the first choice ending past `at`
        while first + count > len(self._picks):
            self._read(2 * self._span)
        end = first + count
        return self._picks[first:end], self._ends[first:end]


def _factor_block(weight: float, table: _Floats, rows: _Codes) -> _Floats:
    """An empty row, then ``weight + table[row]`` for each of `rows` (langdetect's sum)."""
    block = np.empty((len(rows) + 1, table.shape[1]))
    np.add(weight, table[rows], out=block[1:])
    return block


def detect_langs(text: str, seed: int = 0) -> list[tuple[str, float]]:
    """langdetect's ``detect_langs`` with ``DetectorFactory.seed = seed``: (language,
    probability) above 0.1, most probable first; [] when the text has no n-gram a profile
    knows (where langdetect raises "No features in text")."""
    last = None
    for total, _ in _trial_totals(text, seed):
        last = total
    return [] if last is None else _ranked(last)


def detect_first(text: str, seed: int = 0, sure: float = 1.0) -> tuple[str, float] | None:
    """``detect_langs(text, seed)[0]`` (None for []), its trials stopped once the rest can
    change neither which language comes first nor take its probability under `sure`: the
    probability is then the first trials' share of it, a lower bound at least `sure`.

    Each trial adds its normalized probabilities over `_N_TRIAL` (each at most 1 / 7, a
    sum of positive numbers never decreasing): with r trials left, no language gains more
    than r / 7, so a lead of more than that (and a margin for rounding) keeps the first
    language first, and the first's total already at `sure` stays at least `sure`. An
    English page is decided after four trials of seven."""
    model = _model()
    for total, done in _trial_totals(text, seed):
        if done == _N_TRIAL:
            ranked = _ranked(total)
            return ranked[0] if ranked else None
        values: list[float] = total.tolist()
        first = int(total.argmax())
        lead = values[first]
        values[first] = 0.0
        left = (_N_TRIAL - done) / _N_TRIAL
        if lead >= sure and lead > _PROB_THRESHOLD and lead - max(values) > left + _ROUNDING:
            return model.langs[first], lead
    return None


_ROUNDING = 1e-9  # far above the rounding of seven sums of numbers at most 1


def _ranked(total: _Floats) -> list[tuple[str, float]]:
    """The languages whose total passes the threshold, most probable first."""
    probs = zip(_model().langs, total.tolist(), strict=True)
    found = [(lang, p) for lang, p in probs if p > _PROB_THRESHOLD]
    found.sort(key=lambda pair: pair[1], reverse=True)  # stable, as langdetect's sort
    return found


def _trial_totals(text: str, seed: int) -> Iterator[tuple[_Floats, int]]:
    """langdetect's trials on `text` with ``DetectorFactory.seed = seed``: after each, the
    sum of their probabilities over `_N_TRIAL` (one array, updated in place) and how many
    have run; nothing when the text has no n-gram a profile knows.

    langdetect's random.Random(seed) draws each trial's alpha (``rng.gauss``) and its picks
    (``rng.choice``) from one sequence of words. The gauss is drawn by that rng itself; the
    picks are read from the same words in numpy (`_Choices`), and the rng is moved on by as
    many words as the picks a trial used took, so the next gauss reads what it would have.
    Only the factor rows of a trial's picks are computed (each the same sum), gathered at
    once, and each five picks between two normalizations multiply into the probabilities in
    one ``np.multiply.reduce`` down the rows: a multiply reduction runs in row order, one
    IEEE product after the other, as the five ``prob *= row`` langdetect does."""
    model = _model()
    rows = _ngram_rows(_prepared(text, model), model)
    if not rows.size:
        return
    # A pick's factor row is read from the profile matrix itself: a trial picks a few dozen
    # n-grams, fewer rows than a table of the text's distinct n-grams would copy.
    table = model.matrix
    count = len(model.langs)
    total = np.zeros(count)
    choices = _Choices(seed, len(rows))
    rng = random.Random(seed)
    at = 0  # the words rng has drawn
    for trial in range(_N_TRIAL):
        alpha = _ALPHA + rng.gauss(0.0, 1.0) * _ALPHA_WIDTH
        # gauss makes two normal values from two random() (two words each) and keeps the
        # second for its next call: the first, third ... trial's gauss draws four words.
        at += 4 if trial % 2 == 0 else 0
        weight = alpha / _BASE_FREQ
        picks, ends = choices.after(at, 1 + 5 * 16)  # most trials take fewer
        # block[1 + j] is pick j's factor row; block[used] takes prob before each five.
        block = _factor_block(weight, table, rows[picks])
        prob = np.full(count, 1.0 / count)
        # langdetect's loop: update, and at every i % 5 == 0 (i = 0, 5, 10 ...) normalize and
        # stop once a probability passes the threshold or i reaches the limit (i = used - 1).
        prob *= block[1]
        used = 1
        while not _normalized_converged(prob) and used <= _ITERATION_LIMIT:
            if used + 5 >= len(block):
                picks, ends = choices.after(at, 2 * len(picks))
                block = _factor_block(weight, table, rows[picks])
            block[used] = prob
            np.multiply.reduce(block[used : used + 6], axis=0, out=prob)
            used += 5
        drawn = int(ends[used - 1]) - at
        rng.getrandbits(32 * drawn)  # the words the picks took: rng is where langdetect's is
        at += drawn
        total += prob / _N_TRIAL
        yield total, trial + 1


def _normalized_converged(prob: _Floats) -> bool:
    """Detector._normalize_prob on `prob` in place, and whether its maximum passes the
    threshold. The sum is Python's ``sum`` over the list, as langdetect's; the maximum of the
    quotients is the quotient of the maximum (dividing by a positive sum, rounded, keeps the
    order), so it is the largest value, found before numpy divides (numpy's argmax, a fraction
    of Python's max over the list; the values are never NaN: factors are positive), over the
    sum."""
    values: list[float] = prob.tolist()
    largest = values[int(prob.argmax())]
    total = sum(values)
    prob /= total
    return largest / total > _CONV_THRESHOLD
