"""The evaluation's metrics: token precision, recall and F1 of a page's text, and F1 of its
author names.

Text is normalised (NFKC, zero-width characters removed, whitespace collapsed, casefolded),
then cut into tokens: for Chinese every CJK character is a token (and every run of other
letters or digits); for other languages every run of word characters. Punctuation is not a
token. Author names are compared as sets, case and spacing ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pipeline.text.scripts import HAN_CHAR, KANA_CHAR

_CJK = HAN_CHAR + KANA_CHAR  # tokens of one character: Han and kana
_ZH_TOKENS = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
_WORD_TOKENS = re.compile(r"\w+")
_ZERO_WIDTH = re.compile(r"[\u200b\ufeff]")


def normalize(text: str) -> str:
    """NFKC, zero-width characters removed, whitespace collapsed, casefolded."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split()).casefold()


def tokens(text: str, language: str) -> Counter[str]:
    """The bag of tokens of `text`: CJK characters one by one for Chinese, else words."""
    pattern = _ZH_TOKENS if language.lower().startswith("zh") else _WORD_TOKENS
    return Counter(pattern.findall(normalize(text)))


def page_scores(predicted: str, gold: str, language: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the predicted text's tokens against the gold's."""
    pred, ref = tokens(predicted, language), tokens(gold, language)
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 1.0, 0.0)
    if not pred:
        return 0.0, 0.0, 0.0
    common = sum((pred & ref).values())
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def _name_key(name: str) -> str:
    return " ".join(normalize(name).split())


def author_f1(found: list[str], gold: list[str]) -> float:
    """F1 of the found author names against the gold ones (case and spacing ignored)."""
    got, want = (
        {_name_key(n) for n in found if n.strip()},
        {_name_key(n) for n in gold if n.strip()},
    )
    if not want:
        return 1.0 if not got else 0.0
    common = len(got & want)
    return 2 * common / (len(got) + len(want)) if common else 0.0


def mean(values: list[float]) -> float:
    """The mean of `values`; 0.0 when there are none."""
    return sum(values) / len(values) if values else 0.0
