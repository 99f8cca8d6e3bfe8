"""TextRank's graph: sentence similarity (the TextRank overlap measure) and weighted PageRank.

Numbers only, no language knowledge: the extractive backend tokenizes the sentences and
passes their token sets here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["DAMPING", "FloatArray", "pagerank", "similarity", "similarity_matrix"]

DAMPING = 0.85
FloatArray = NDArray[np.float64]


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """TextRank overlap: |a ∩ b| / (log|a| + log|b|), guarded for tiny sentences."""
    common = len(a & b)
    if common == 0:
        return 0.0
    denominator = math.log(len(a) + 1) + math.log(len(b) + 1)
    return common / denominator


def similarity_matrix(token_sets: Sequence[frozenset[str]]) -> FloatArray:
    """All pairwise `similarity` values at once (a token incidence product), zero diagonal."""
    n = len(token_sets)
    vocabulary = {t: i for i, t in enumerate(sorted(set().union(*token_sets)))} if n else {}
    incidence = np.zeros((n, len(vocabulary)), dtype=np.float32)
    for row, tokens in enumerate(token_sets):
        incidence[row, [vocabulary[t] for t in tokens]] = 1.0
    overlap = (incidence @ incidence.T).astype(np.float64)
    logs = np.log(np.array([len(t) for t in token_sets], dtype=np.float64) + 1)
    denominator = logs[:, None] + logs[None, :]
    weights: FloatArray = np.divide(
        overlap, denominator, out=np.zeros_like(overlap), where=denominator > 0
    )
    np.fill_diagonal(weights, 0.0)
    return weights


def pagerank(weights: FloatArray, damping: float = DAMPING, iterations: int = 100) -> FloatArray:
    """Weighted PageRank by power iteration; rows with no edges spread evenly."""
    n = int(weights.shape[0])
    if n == 0:
        return np.zeros(0)
    sums = weights.sum(axis=1, keepdims=True)
    transition: FloatArray = np.where(sums > 0, weights / np.where(sums > 0, sums, 1.0), 1.0 / n)
    scores: FloatArray = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * (transition.T @ scores)
        if float(np.abs(updated - scores).sum()) < 1e-10:
            return updated
        scores = updated
    return scores
