"""When two figures say the same: rounding tolerance by the digits written, magnitudes exact.

43亿港元, « 4,3 milliards de dollars de Hong Kong » and 43.0亿 match; « 43 milliards » does not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pipeline.figures.parse import scale_of
from pipeline.records import Figure

__all__ = ["AMOUNT_KINDS", "FigureIndex", "comparable", "figures_match", "half_unit"]

AMOUNT_KINDS = frozenset({"money", "price", "count", "shares"})


def half_unit(figure: Figure) -> float:
    """Half the unit of the last digit written: 43亿 -> 0.5e8, « 4,3 milliards » -> 0.05e9."""
    if not math.isfinite(figure.value):
        return math.inf  # a number too long for a float (a 321-digit "figure")
    scale = 1.0 if figure.kind in ("percent", "multiple") else scale_of(figure.text)
    mantissa = round(abs(figure.value) / scale, 6)
    decimals = len(f"{mantissa:.6f}".rstrip("0").split(".")[1])
    return 0.5 * 10.0**-decimals * scale


def comparable(a: Figure, b: Figure) -> bool:
    """Whether two figures measure the same kind of thing (amounts of any unit compare with
    unit-less ones)."""
    if a.kind in AMOUNT_KINDS and b.kind in AMOUNT_KINDS:
        return a.unit == b.unit or a.unit == "" or b.unit == ""
    return a.kind == b.kind and a.unit == b.unit


def _date_parts(value: float) -> tuple[int, int, int]:
    number = int(value)
    return number // 10_000, number // 100 % 100, number % 100


def _dates_match(a: float, b: float) -> bool:
    (ya, ma, da), (yb, mb, db) = _date_parts(a), _date_parts(b)
    return ma == mb and (ya == yb or 0 in (ya, yb)) and (da == db or 0 in (da, db))


def figures_match(a: Figure, b: Figure) -> bool:
    """Same measure within rounding: 4,3 milliards ~ 43亿 ~ 43.0亿, never 43 milliards ~ 43亿."""
    if not comparable(a, b):
        return False
    if a.kind == "date":
        return _dates_match(a.value, b.value)
    tolerance = max(0.005 * max(abs(a.value), abs(b.value)), half_unit(a), half_unit(b))
    return abs(a.value - b.value) <= tolerance * (1 + 1e-9)


def _key(figure: Figure, unit: str) -> tuple[str, str, int]:
    """The bucket of a figure: amounts together by unit, other kinds by kind and unit; dates
    by month (they match only in the same month)."""
    if figure.kind == "date":
        return ("date", unit, int(figure.value) // 100 % 100)
    return ("amount" if figure.kind in AMOUNT_KINDS else figure.kind, unit, 0)


def _narrow(figure: Figure) -> bool:
    """Whether the figure's tolerance is under half its value (all but 0 and sub-unit
    mantissas): then it can only match a value at most about twice or half its own."""
    return figure.value > 0 and half_unit(figure) <= 0.5 * figure.value


class FigureIndex:
    """Source figures bucketed by kind, unit and power of two of their value, so that finding
    the ones a figure matches looks at a few buckets instead of every source figure.

    `matching(figure)` is `[s for s in figures if figures_match(figure, s)]`, in the same
    order: two narrow figures match only within a factor of about 2 (their tolerance is at
    most half the larger), so neighbouring buckets hold every candidate; the few figures with
    a wider tolerance are always compared. Figures whose value is not finite match nothing."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.figures = [f for f in figures if math.isfinite(f.value)]
        self._buckets: dict[tuple[str, str, int], dict[int, list[int]]] = {}
        self._wide: dict[tuple[str, str, int], list[int]] = {}
        for index, figure in enumerate(self.figures):
            key = _key(figure, figure.unit)
            if figure.kind == "date" or not _narrow(figure):
                self._wide.setdefault(key, []).append(index)
            else:
                exponent = math.frexp(figure.value)[1]
                self._buckets.setdefault(key, {}).setdefault(exponent, []).append(index)

    def _keys(self, figure: Figure) -> list[tuple[str, str, int]]:
        if figure.kind in AMOUNT_KINDS and figure.unit == "":  # compares with every currency
            return [k for k in {*self._buckets, *self._wide} if k[0] == "amount"]
        if figure.kind in AMOUNT_KINDS:
            return [_key(figure, figure.unit), _key(figure, "")]
        return [_key(figure, figure.unit)]

    def matching(self, figure: Figure) -> list[Figure]:
        """The source figures `figure` matches, in source order."""
        if not math.isfinite(figure.value):
            return []
        narrow = figure.kind != "date" and _narrow(figure)
        exponent = math.frexp(figure.value)[1] if narrow else 0
        candidates: list[int] = []
        for key in self._keys(figure):
            candidates += self._wide.get(key, [])
            buckets = self._buckets.get(key, {})
            if narrow:
                for near in range(exponent - 2, exponent + 3):
                    candidates += buckets.get(near, [])
            else:
                candidates += [i for bucket in buckets.values() for i in bucket]
        found = (self.figures[i] for i in sorted(candidates))
        return [s for s in found if figures_match(figure, s)]
