"""Shaping the « Chiffres clés » rows: one row per measure, and a table a newsroom can read.

    importance(row) -> tuple                      the order of `facts.key_figures`
    merge_unqualified(rows) -> list[FigureRow]    « capitalisation boursière » 57,9 into
                                                  « capitalisation à la clôture » 57,9
    merge_estimates(rows) -> list[FigureRow]      an estimate of the official value backs it
    pair_currencies(rows) -> list[FigureRow]      the same measure in another currency right
                                                  after the primary one (most backed first)
    is_equivalent(row, previous) -> bool          row is previous's measure in another currency
    table_rows(rows, limit=MAX_TABLE_ROWS)        the rows shown in the brief's table

`facts.key_figures` returns every row (merged and paired); the brief shows `table_rows` of them
and keeps them all in brief.json (« figures_all »). The table takes, in the order given, the
first `limit` lines by tier: measures of
the event (price, proceeds, market value...) backed by at least two outlets or on which outlets
disagree, then single-source ones; the same for the company's accounts (revenue, losses,
market share); then other measures, up to `limit` lines. Estimates (« (estimation) ») never
enter the table; a figure in another currency shares its measure's line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.figures.labels import ESTIMATE_QUALIFIER, base_label
from pipeline.figures.match import figures_match
from pipeline.records import Figure, FigureRow

__all__ = [
    "MAX_TABLE_ROWS",
    "importance",
    "is_equivalent",
    "merge_estimates",
    "merge_unqualified",
    "pair_currencies",
    "table_lines",
    "table_rows",
]

# Lines of the table. 15 would drop measures backed by several outlets: the story corpus has 13
# event measures and 4 accounts measures backed by two outlets or more.
MAX_TABLE_ROWS = 18
KIND_ORDER = ("money", "price", "percent", "multiple", "shares", "count", "date")
# Measures a newsroom puts in the table first: the event's, then the company's accounts (these
# with any period). A forecast (« capitalisation prévue ») is not among them.
HEADLINE_EVENT = frozenset(
    {
        "date de cotation",
        "prix d'introduction",
        "fonds levés",
        "cours d'ouverture",
        "cours de clôture",
        "hausse à l'ouverture",
        "hausse à la clôture",
        "capitalisation boursière",
        "capitalisation à l'ouverture",
        "capitalisation à la clôture",
        "sursouscription",
        "sursouscription (offre publique à Hong Kong)",
        "sursouscription (offre internationale)",
        "actions offertes",
        "investisseurs de référence",
    }
)
HEADLINE_ACCOUNTS = ("chiffre d'affaires", "pertes", "part de marché")


def _backing(row: FigureRow) -> int:
    return len({f.article_id for f in row.figures})


def importance(row: FigureRow) -> tuple[int, int, int, str]:
    """Most-backed value first, then most sources in all, then kind, then label."""
    total = _backing(row) + sum(_backing(d) for d in row.disagreement)
    return (-_backing(row), -total, KIND_ORDER.index(row.figures[0].kind), row.label)


def _absorb(row: FigureRow, figures: Sequence[Figure], outlets: Sequence[str]) -> FigureRow:
    merged = tuple(dict.fromkeys((*row.outlets, *outlets)))
    return replace(row, figures=row.figures + tuple(figures), outlets=merged)


def _merge_into(target: FigureRow, cluster: FigureRow) -> FigureRow | None:
    """target with cluster's figures added to its matching value, or None when none matches."""
    lead = cluster.figures[0]
    if figures_match(target.figures[0], lead) and target.figures[0].unit == lead.unit:
        return _absorb(target, cluster.figures, cluster.outlets)
    for i, other in enumerate(target.disagreement):
        if figures_match(other.figures[0], lead) and other.figures[0].unit == lead.unit:
            others = list(target.disagreement)
            others[i] = _absorb(other, cluster.figures, cluster.outlets)
            return replace(target, disagreement=tuple(others))
    return None


def _place(rows: list[FigureRow], cluster: FigureRow, label: str) -> bool:
    """Merge cluster into the most-backed qualified row of measure `label` it matches."""
    for i in sorted(range(len(rows)), key=lambda i: importance(rows[i])):
        if rows[i].label != label and base_label(rows[i].label) == label:
            merged = _merge_into(rows[i], cluster)
            if merged is not None:
                rows[i] = merged
                return True
    return False


def merge_unqualified(rows: Sequence[FigureRow]) -> list[FigureRow]:
    """A row whose label lacks a qualifier merges, value by value, into the qualified row of
    the same measure giving the same value; what matches nothing stays as it was."""
    out = list(rows)
    for row in [r for r in rows if any(base_label(o.label) == r.label for o in rows)]:
        left = [
            c
            for c in (replace(row, disagreement=()), *row.disagreement)
            if not _place(out, c, row.label)
        ]
        out.remove(row)
        if left:
            out.append(replace(left[0], disagreement=tuple(left[1:])))
    return sorted(out, key=importance)


def merge_estimates(rows: Sequence[FigureRow]) -> list[FigureRow]:
    """An estimate giving the official value of its measure supports it; one giving another
    value stays its own « (estimation) » row, never a disagreement with the official one."""
    out = list(rows)
    for row in [r for r in rows if r.label.endswith(ESTIMATE_QUALIFIER)]:
        label = row.label.removesuffix(ESTIMATE_QUALIFIER)
        official = next((i for i, r in enumerate(out) if r.label == label), None)
        merged = _merge_into(out[official], row) if official is not None else None
        if official is not None and merged is not None and not row.disagreement:
            out[official] = merged
            out.remove(row)
    return sorted(out, key=importance)


def is_equivalent(row: FigureRow, previous: FigureRow | None) -> bool:
    """row gives previous's money measure in another currency (no disagreement on either)."""
    if previous is None or row.label != previous.label or row.disagreement:
        return False
    a, b = row.figures[0], previous.figures[0]
    return a.kind == b.kind == "money" and a.unit != b.unit and not previous.disagreement


def pair_currencies(rows: Sequence[FigureRow]) -> list[FigureRow]:
    """Rows in order, each other-currency row of a money measure moved right after the first."""
    out: list[FigureRow] = []
    for row in rows:
        if row in out:
            continue
        out.append(row)
        out.extend(r for r in rows if r is not row and r not in out and is_equivalent(r, row))
    return out


def headline_group(label: str) -> int | None:
    """0 for a measure of the event, 1 for the company's accounts, None for any other."""
    if label in HEADLINE_EVENT:
        return 0
    if any(label == p or label.startswith(p + " (") for p in HEADLINE_ACCOUNTS):
        return 1
    return None


def _tier(row: FigureRow) -> int:
    """Event measures, then accounts, then the rest; in each, the well-backed ones first."""
    wide = len(set(row.outlets)) >= 2 or bool(row.disagreement)
    group = headline_group(row.label)
    return (2 if group is None else group) * 2 + (0 if wide else 1)


def table_rows(rows: Sequence[FigureRow], limit: int = MAX_TABLE_ROWS) -> tuple[FigureRow, ...]:
    """The rows of the brief's table, chosen by tier and kept in the order given (most-backed
    first from `key_figures`); a currency equivalent follows its row
    and shares its line (it does not count against `limit`); estimates are left out."""
    lines: list[list[FigureRow]] = []
    for row in rows:
        if lines and is_equivalent(row, lines[-1][0]):
            lines[-1].append(row)
        elif not row.label.endswith(ESTIMATE_QUALIFIER):
            lines.append([row])
    chosen = sorted(range(len(lines)), key=lambda i: (_tier(lines[i][0]), i))[:limit]
    return tuple(row for i in sorted(chosen) for row in lines[i])


def table_lines(figures: Sequence[FigureRow]) -> list[list[FigureRow]]:
    """The table's lines (Markdown and HTML alike): a row of `table_rows`, then its measure
    in other currencies, shown on the same line as « (environ …) »."""
    lines: list[list[FigureRow]] = []
    for row in table_rows(figures):
        if lines and is_equivalent(row, lines[-1][0]):
            lines[-1].append(row)
        else:
            lines.append([row])
    return lines
