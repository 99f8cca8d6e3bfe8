"""What a figure measures, in French, from keyword lexicons around it (zh / zh-Hant / fr / en).

A rule names a measure (« fonds levés ») and the words that signal it in any of the languages
(募资, 募資, levé, raised). The keyword nearest the figure wins, inside its clause first, then
its sentence; a keyword after the figure counts double distance (in « 116.2港元的发行价 » the
keyword follows, in « opened 3.3% above its HK$116.20 offer price » the nearer one follows too).
Some measures need a qualifier (the time of a share price: opening, close...), found the same
way among marker words. Periodic measures (revenue, losses, R&D) get the year of the clause.

This module picks the rule and its qualifier (`label_for`); the measures are in `measures`
(their marker words in `measurewords`), the nearness of words in `keywordscan`, the periods
in `periods`.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.figures.keywordscan import Span, _nearest, _word_regex
from pipeline.figures.measures import _MONEY, RULES, Rule, base_label
from pipeline.figures.measurewords import (
    _ESTIMATE,
    _SEVERAL_COMPANIES,
    _TIME,
    _TOTAL,
    ESTIMATE_QUALIFIER,
)
from pipeline.figures.parse import clause_bounds, sentence_bounds
from pipeline.figures.periods import period_for

__all__ = [
    "ESTIMATE_QUALIFIER",
    "RULES",
    "Rule",
    "Span",
    "base_label",
    "label_for",
    "period_for",
]


def _search_order(regions: tuple[Span, Span]) -> tuple[tuple[Span, bool, bool], ...]:
    """Where to look, in order: the clause (both sides), then the sentence before, then after."""
    clause, sentence = regions
    return ((clause, True, True), (sentence, True, False), (sentence, False, True))


def _nearest_side(
    text: str, words: tuple[str, ...], region: Span, figure: Span, before: bool, after: bool
) -> int | None:
    if before:
        return _nearest(text, words, region, figure, after)
    return _nearest(text, words, (max(region[0], figure[1]), region[1]), figure, True, region)


def _pick_rule(text: str, kind: str, regions: tuple[Span, Span], figure: Span) -> Rule | None:
    for region, before, after in _search_order(regions):
        scored = []
        for index, rule in enumerate(RULES):
            if kind in rule.kinds:
                distance = _nearest_side(text, rule.keywords, region, figure, before, after)
                if distance is not None:
                    scored.append((distance, index, rule))
        if scored:
            return min(scored, key=lambda item: (item[0], item[1]))[2]
    return None


def _qualify(text: str, rule: Rule, regions: tuple[Span, Span], figure: Span) -> str:
    # A rule with a default label only takes a qualifier from the clause or before the figure.
    order = _search_order(regions)
    for region, before, after in order if not rule.label else order[:2]:
        scored = []
        for index, (label, markers) in enumerate(rule.qualified):
            distance = _nearest_side(text, markers, region, figure, before, after)
            if distance is not None:
                scored.append((distance, index, label))
        if scored:
            return min(scored)[2]
    return rule.label


def label_for(text: str, kind: str, start: int, end: int) -> str:
    """The French label of the figure at [start, end) of `text`, or "" when unknown."""
    sentence = sentence_bounds(text, start)
    clause = clause_bounds(text, start, end, sentence)
    regions = (clause, sentence)
    rule = _pick_rule(text, kind, regions, (start, end))
    if rule is None or _several_companies_total(text, kind, sentence):
        return ""
    label = _qualify(text, rule, regions, (start, end)) if rule.qualified else rule.label
    if label and rule.periodic:
        period = period_for(text, kind, (start, end), regions)
        label = f"{label} ({period})" if period else label
    if label and kind != "date" and _is_estimate(text, rule, regions, (start, end)):
        label += ESTIMATE_QUALIFIER
    return label


@lru_cache(maxsize=1024)
def _several_companies_total(text: str, kind: str, sentence: Span) -> bool:
    """A money total of a sentence naming several companies (合计 / combined...): not one's."""
    if kind != _MONEY or not _SEVERAL_COMPANIES.search(text, sentence[0], sentence[1]):
        return False
    return _word_regex(_TOTAL).search(text, sentence[0], sentence[1]) is not None


def _is_estimate(text: str, rule: Rule, regions: tuple[Span, Span], figure: Span) -> bool:
    """An estimate word in the figure's clause or before it in its sentence (孖展, estimated)."""
    if any(markers == _TIME["expected"] for _, markers in rule.qualified):
        return False  # the measure has its own « prévue » qualifier
    clause, sentence = regions
    return (
        _nearest(text, _ESTIMATE, clause, figure) is not None
        or _nearest(text, _ESTIMATE, sentence, figure, after=False) is not None
    )
