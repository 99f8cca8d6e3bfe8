"""Figures in zh / fr / en: extraction, French rendering, key figures, and checking a brief.

    extract_figures(text, language, article_id="") -> list[Figure]
    render_fr(figure) -> str                      (from pipeline.figures.french)
    figures_match(a, b) -> bool                   rounding tolerance, magnitudes exact
    key_figures(articles) -> tuple[FigureRow, ...]
    check_brief(markdown, sources) -> list[FigureCheck]

Reading numbers lives in `pipeline.figures.parse`, labels in `pipeline.figures.labels`.
"""

from __future__ import annotations

import logging
import math
import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.figures.french import NBSP, render_fr
from pipeline.figures.labels import label_for
from pipeline.figures.match import (
    AMOUNT_KINDS,
    FigureIndex,
    comparable,
    figures_match,
    half_unit,
)
from pipeline.figures.parse import find_numbers, sentence_bounds
from pipeline.figures.table import (
    importance,
    merge_estimates,
    merge_unqualified,
    pair_currencies,
)
from pipeline.records import Article, Figure, FigureRow
from pipeline.sites import outlet_of
from pipeline.text.scripts import HAN

__all__ = [
    "FigureCheck",
    "NBSP",
    "annotate_markdown",
    "check_brief",
    "extract_figures",
    "figures_match",
    "key_figures",
    "render_fr",
]

logger = logging.getLogger(__name__)


def normalize_language(language: str | None, text: str = "") -> str:
    """ "zh-Hans" / "zh-Hant" / "zh-cn" -> "zh"; "fr-FR" -> "fr"; unknown -> guessed from script."""
    code = (language or "").lower().split("-")[0].split("_")[0]
    if code in ("zh", "fr", "en"):
        return code
    if HAN.search(text):
        return "zh"
    return "fr" if code == "" and re.search(r"\d,\d|milliard|million", text) else "en"


def extract_figures(text: str, language: str, article_id: str = "") -> list[Figure]:
    """Figures (numbers with a unit, magnitude or date) of `text`, labelled in French."""
    lang = normalize_language(language, text)
    figures = []
    for raw in find_numbers(text, lang):
        start, end = sentence_bounds(text, raw.start)
        figures.append(
            Figure(
                kind=raw.kind,
                value=raw.value,
                unit=raw.unit,
                text=text[raw.start : raw.end],
                article_id=article_id,
                start=raw.start,
                end=raw.end,
                context=text[start:end].strip(),
                label=label_for(text, raw.kind, raw.start, raw.end),
            )
        )
    return figures


# --- key figures ----------------------------------------------------------------------------


def _fill_year(figure: Figure, article: Article) -> Figure:
    """A date written without its year (1月8日) takes the year of publication."""
    if figure.kind != "date" or figure.value >= 10_000 or article.published_at is None:
        return figure
    published = article.published_at
    year = published.year
    month = int(figure.value) // 100
    if month < published.month - 6:
        year += 1  # « 1月8日 » in a December article is next January
    elif month > published.month + 6:
        year -= 1  # « 12月12日 » in a January article is last December
    return replace(figure, value=float(year * 10_000) + figure.value)


def article_figures(article: Article) -> list[Figure]:
    """Figures of an article's text, with year-less dates completed from its publication.

    A number too long for a float (its value is infinite) is left out: it can back nothing."""
    figures = extract_figures(article.text, article.language or "", article.id)
    return [_fill_year(figure, article) for figure in figures if math.isfinite(figure.value)]


def _decimals(figure: Figure) -> float:
    return half_unit(figure) / max(abs(figure.value), 1e-12)


def _cluster(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Clusters of matching values, the value most sources give seeding each cluster."""
    by_value: dict[float, list[Figure]] = {}
    for figure in figures:
        by_value.setdefault(figure.value, []).append(figure)

    def weight(value: float) -> tuple[int, float, float]:
        group = by_value[value]
        # On a tie the rounder value seeds the cluster: 528亿 rather than 528.28亿.
        return (-len({f.article_id for f in group}), -_decimals(group[0]), value)

    clusters: list[list[Figure]] = []
    for value in sorted(by_value, key=weight):
        seed = by_value[value][0]
        home = next((c for c in clusters if figures_match(c[0], seed)), None)
        if home is None:
            clusters.append(list(by_value[value]))
        else:
            home.extend(by_value[value])
    return sorted(clusters, key=lambda c: (-len({f.article_id for f in c}), c[0].value))


def _unambiguous(figures: Sequence[Figure]) -> list[Figure]:
    """Drop an article's figures from a measure when it gives several values for it."""
    clusters = _cluster(figures)
    seen: dict[str, int] = {}
    for cluster in clusters:
        for article_id in {f.article_id for f in cluster}:
            seen[article_id] = seen.get(article_id, 0) + 1
    ambiguous = {a for a, n in seen.items() if n > 1}
    if ambiguous:
        logger.debug("measure %r: several values in %s", figures[0].label, sorted(ambiguous))
    return [f for f in figures if f.article_id not in ambiguous]


def _row(cluster: Sequence[Figure], outlets: dict[str, str]) -> FigureRow:
    names = list(dict.fromkeys(outlets.get(f.article_id, "") for f in cluster))
    return FigureRow(
        label=cluster[0].label,
        rendered=render_fr(cluster[0]),
        figures=tuple(cluster),
        outlets=tuple(n for n in names if n),
    )


def _measure_rows(figures: Sequence[Figure], outlets: dict[str, str]) -> FigureRow | None:
    clusters = _cluster(_unambiguous(figures))
    if not clusters:
        return None
    rows = [_row(cluster, outlets) for cluster in clusters]
    return replace(rows[0], disagreement=tuple(rows[1:]))


def key_figures(articles: Sequence[Article], *, limit: int | None = None) -> tuple[FigureRow, ...]:
    """One row per measure found in the articles, most-backed first; disagreements kept.

    Shaped by `pipeline.figures.table`: a value given without its qualifier joins the qualified
    row with that value, an estimate giving the official value backs it (another value stays
    its own « (estimation) » row), and the same measure in another currency follows its row.
    Every row is returned (estimates included); the brief's table shows `table_rows` of them.
    """
    outlets = {article.id: outlet_of(article) for article in articles}
    groups: dict[tuple[str, str, str], list[Figure]] = {}
    for article in articles:
        for figure in article_figures(article):
            if figure.label:
                groups.setdefault((figure.label, figure.kind, figure.unit), []).append(figure)
    rows = [row for key in sorted(groups) if (row := _measure_rows(groups[key], outlets))]
    rows = merge_estimates(merge_unqualified(sorted(rows, key=importance)))
    rows = pair_currencies(rows)
    return tuple(rows[:limit] if limit is not None else rows)


# --- checking a brief -----------------------------------------------------------------------


@dataclass(frozen=True)
class FigureCheck:
    """A figure of the brief and what the sources say about it."""

    figure: Figure
    supported: bool
    support: tuple[Figure, ...] = ()
    closest: Figure | None = None
    ratio: float | None = None  # figure.value / closest.value
    reason: str = ""  # when unsupported: "magnitude" | "unit" | "value" | "absent" | "too large"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the brief's figure, its French rendering, support or closest figure."""
        return {
            "text": self.figure.text,
            "kind": self.figure.kind,
            "value": self.figure.value,
            "unit": self.figure.unit,
            "start": self.figure.start,
            "end": self.figure.end,
            "rendered": render_fr(self.figure),
            "supported": self.supported,
            "support": [f.to_dict() for f in self.support],
            "closest": self.closest.to_dict() if self.closest is not None else None,
            "ratio": self.ratio,
            "reason": self.reason,
        }


_SKIPPED_SECTION = re.compile(
    r"^#{1,6}\s*(sources|références)\b.*?(?=^#{1,6}\s|\Z)", re.I | re.M | re.S
)
_URL = re.compile(r"https?://\S+|\]\([^)]*\)")
# A rule line alone; `[^\S\n]` keeps a blanked run of lines from being rescanned at every line.
_FOOTER_RULE = re.compile(r"^[^\S\n]*(?:-{3,}|\*{3,}|_{3,})[^\S\n]*$", re.M)
_NOT_NEWLINE = re.compile(r"[^\n]")


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with every character of `spans` (in order, not overlapping) but newlines a space."""
    parts, done = [], 0
    for start, end in spans:
        parts += [text[done:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        done = end
    return "".join(parts) + text[done:]


def checkable_text(markdown: str) -> str:
    """The brief with what is not a claim blanked out (Sources list, URLs, footer), same length.

    Each kind of span is blanked in one pass over the text (linear in the brief's size)."""
    text = markdown
    for pattern in (_SKIPPED_SECTION, _URL):
        text = _blank(text, (match.span() for match in pattern.finditer(text)))
    rules = list(_FOOTER_RULE.finditer(text))
    if rules and not re.search(r"^#{1,6}\s", text[rules[-1].end() :], re.M):
        text = _blank(text, [(rules[-1].start(), len(text))])
    return text


class _Kept:
    """The brief's figures so far by (start, arrival), finding overlaps in a short window."""

    def __init__(self, figures: Iterable[Figure]) -> None:
        self.keys: list[tuple[int, int]] = []
        self.figures: dict[int, Figure] = {}
        self._longest = 1
        for figure in figures:
            self.add(figure)

    def add(self, figure: Figure) -> None:
        insort(self.keys, (figure.start, len(self.figures)))
        self.figures[len(self.figures)] = figure
        self._longest = max(self._longest, figure.end - figure.start)

    def overlapping(self, figure: Figure) -> list[tuple[int, int]]:
        # A figure starting `_longest` or more before this one ends before it.
        low = bisect_left(self.keys, (figure.start - self._longest + 1, -1))
        high = bisect_left(self.keys, (figure.end, -1))
        return [k for k in self.keys[low:high] if self.figures[k[1]].end > figure.start]


def _length(figure: Figure) -> int:
    return figure.end - figure.start


def brief_figures(markdown: str) -> list[Figure]:
    """Figures of a French brief, plus those of quoted source sentences (Chinese, English)."""
    text = checkable_text(markdown)
    kept = _Kept(extract_figures(text, "fr"))
    for language in ("zh", "en") if HAN.search(text) else ("en",):
        for figure in extract_figures(text, language):
            overlapping = kept.overlapping(figure)
            # A quoted "HK$57.9 billion" is longer than the French reading "HK$57.9": keep it.
            if all(_length(figure) > _length(kept.figures[k[1]]) for k in overlapping):
                for key in overlapping:
                    del kept.keys[bisect_left(kept.keys, key)]
                kept.add(figure)
    return [kept.figures[k[1]] for k in kept.keys]


def _publication_dates(article: Article) -> list[Figure]:
    if article.published_at is None:
        return []
    day = article.published_at
    return [
        Figure(
            "date",
            float(day.year * 10_000 + day.month * 100 + day.day),
            "date",
            day.date().isoformat(),
            article.id,
            label="date de publication",
        )
    ]


def _pools(candidates: Iterable[Figure]) -> dict[str, list[Figure]]:
    """Source figures by what `_closest` compares them with: amounts together, else by kind."""
    pools: dict[str, list[Figure]] = {}
    for c in candidates:
        if c.value and math.isfinite(c.value):
            pools.setdefault("amount" if c.kind in AMOUNT_KINDS else c.kind, []).append(c)
    return pools


def _closest(figure: Figure, pools: dict[str, list[Figure]]) -> Figure | None:
    """The nearest source value of the same kind (any currency), the same unit first."""
    if figure.kind == "date" or not figure.value:
        return None
    pool = pools.get("amount" if figure.kind in AMOUNT_KINDS else figure.kind, [])
    if not pool:
        return None
    return min(
        pool,
        key=lambda c: (
            _distance(figure.value / c.value),
            not comparable(figure, c),
            c.article_id,
            c.start,
        ),
    )


def _distance(ratio: float) -> float:
    """How far a ratio is from 1, a power of ten counting as near (the classic 亿 error)."""
    exponent = math.log10(abs(ratio))
    return min(abs(exponent), abs(exponent - round(exponent)) + 0.05)


def _reason(figure: Figure, closest: Figure | None, ratio: float | None) -> str:
    """Why a figure is unsupported: "magnitude" (a power of ten off), "unit", "value", "absent"."""
    if closest is None or ratio is None:
        return "absent"
    if not comparable(figure, closest) and abs(ratio - 1) <= 0.01:
        return "unit"
    exponent = math.log10(abs(ratio))
    if abs(exponent) >= 0.99 and abs(exponent - round(exponent)) <= 0.01:
        return "magnitude"
    return "value"


def check_figure(figure: Figure, sources: Sequence[Figure]) -> FigureCheck:
    """Check one figure against source figures."""
    return _check(figure, FigureIndex(sources), _pools(sources))


def _check(figure: Figure, index: FigureIndex, pools: dict[str, list[Figure]]) -> FigureCheck:
    if not math.isfinite(figure.value):  # too many digits for a float: nothing can back it
        logger.warning("figure %r: too large to check, reported unsupported", figure.text[:40])
        return FigureCheck(figure, False, reason="too large")
    support = tuple(index.matching(figure))
    if support:
        return FigureCheck(figure, True, support, support[0], figure.value / support[0].value)
    closest = _closest(figure, pools)
    ratio = figure.value / closest.value if closest is not None else None
    return FigureCheck(figure, False, (), closest, ratio, _reason(figure, closest, ratio))


def check_brief(markdown: str, sources: Sequence[Article]) -> list[FigureCheck]:
    """Every figure of a French brief, with its support among the sources' figures.

    The sources' figures are indexed once (`FigureIndex`): finding a figure's support looks
    at the few of a like kind, unit and size, so the check grows with the brief plus the
    sources, not with their product. An unsupported figure's closest figure is still sought
    among all the sources' figures of its kind."""
    source_figures: list[Figure] = []
    for article in sources:
        source_figures += article_figures(article) + _publication_dates(article)
    index, pools = FigureIndex(source_figures), _pools(source_figures)
    checks = [_check(figure, index, pools) for figure in brief_figures(markdown)]
    logger.info(
        "checked %d figures: %d unsupported", len(checks), sum(not c.supported for c in checks)
    )
    return checks


def annotate_markdown(
    markdown: str, checks: Sequence[FigureCheck], marker: str = " [chiffre non vérifié]"
) -> str:
    """The brief with `marker` after each unsupported figure (spans are the brief's own)."""
    text = markdown
    for check in sorted(checks, key=lambda c: c.figure.start, reverse=True):
        if not check.supported and 0 <= check.figure.end <= len(text):
            text = text[: check.figure.end] + marker + text[check.figure.end :]
    return text
