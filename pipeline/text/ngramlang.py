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

import random
from collections.abc import Iterator

import numpy as np

from pipeline.text.ngramprofiles import (
    KEY_BITS,
    Codes,
    Floats,
    ProfileModel,
    profile_model,
)
from pipeline.text.scripts import code_points

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

_SPACE, _A, _Z, _COMBINING = ord(" "), ord("A"), ord("z"), 0x300


def _prepared(text: str, model: ProfileModel) -> Codes:
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


def _ngram_rows(codes: Codes, model: ProfileModel) -> Codes:
    """Detector._extract_ngrams, as the profile matrix rows of the n-grams: the 1- to 3-grams
    of the normalized text that a profile knows, in order, skipping those ending inside a word
    of capitals.

    langdetect walks the text with a 3-character buffer that restarts at each space; on the
    normalized text t with its runs of spaces collapsed and a space in front, that buffer at
    character j is t[j-2:j+1], shortened to t[j-1:j+1] just after a space, so the n-grams at j
    are t[j], t[j-1:j+1] and (unless t[j-1] is a space) t[j-2:j+1]; the space alone is never
    one, and none is taken where t[j] and t[j-1] are both capitals. Each n-gram is its key
    (`ngramprofiles.ngram_keys`), looked up in the sorted profile keys."""
    normal, upper = model.normalizer(codes)
    space = normal == _SPACE
    # A space right after a space (or at the start, after the buffer's own) is dropped.
    kept = ~(space & np.concatenate(([True], space[:-1])))
    t = np.concatenate(([_SPACE + 1], normal[kept] + 1))  # each code point plus one, as ngram_keys
    t_upper = np.concatenate(([False], upper[kept]))
    t_space = np.concatenate(([True], space[kept]))
    size = len(t) - 1  # the positions j = 1 .. len(t) - 1, each with its three n-grams
    grams = np.zeros((size, 3), dtype=np.int64)
    grams[:, 0] = t[1:]
    grams[:, 1] = (t[:-1] << KEY_BITS) | t[1:]
    grams[1:, 2] = (t[:-2] << (2 * KEY_BITS)) | grams[1:, 1]
    taken = ~(t_upper[1:] & t_upper[:-1])
    allowed = np.empty((size, 3), dtype=np.bool_)
    # The space alone is no n-gram (langdetect skips it before looking it up).
    np.logical_and(taken, ~t_space[1:], out=allowed[:, 0])
    allowed[:, 1] = taken
    np.logical_and(taken, ~t_space[:-1], out=allowed[:, 2])
    wanted = grams.ravel()[allowed.ravel()]  # in order: j's 1-, 2- and 3-gram in turn
    # (the array's own method: np.searchsorted is a Python wrapper around it)
    at = model.keys.searchsorted(wanted)  # the sentinel keeps every index in range
    rows: Codes = model.key_rows[at[model.keys[at] == wanted]]
    return rows


_WORDS: dict[int, Codes] = {}  # per seed: its first words (see `_words`)


def _words(seed: int, count: int) -> Codes:
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

    def after(self, at: int, count: int) -> tuple[Codes, Codes]:
        """The first `count` choices made from word `at` on, and the words drawn after each."""
        first = int(self._ends.searchsorted(at + 1))  # the first choice ending past `at`
        while first + count > len(self._picks):
            self._read(2 * self._span)
        end = first + count
        return self._picks[first:end], self._ends[first:end]


def _factor_block(weight: float, table: Floats, rows: Codes) -> Floats:
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
    model = profile_model()
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


def _ranked(total: Floats) -> list[tuple[str, float]]:
    """The languages whose total passes the threshold, most probable first."""
    probs = zip(profile_model().langs, total.tolist(), strict=True)
    found = [(lang, p) for lang, p in probs if p > _PROB_THRESHOLD]
    found.sort(key=lambda pair: pair[1], reverse=True)  # stable, as langdetect's sort
    return found


def _trial_totals(text: str, seed: int) -> Iterator[tuple[Floats, int]]:
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
    model = profile_model()
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


def _normalized_converged(prob: Floats) -> bool:
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
