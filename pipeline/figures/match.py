"""When two figures say the same: rounding tolerance by the digits written, magnitudes exact.

43亿港元, « 4,3 milliards de dollars de Hong Kong » and 43.0亿 match; « 43 milliards » does not.
"""

from __future__ import annotations

from pipeline.figures.parse import scale_of
from pipeline.records import Figure

__all__ = ["AMOUNT_KINDS", "comparable", "figures_match", "half_unit"]

AMOUNT_KINDS = frozenset({"money", "price", "count", "shares"})


def half_unit(figure: Figure) -> float:
    """Half the unit of the last digit written: 43亿 -> 0.5e8, « 4,3 milliards » -> 0.05e9."""
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
