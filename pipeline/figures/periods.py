"""The year or period a periodic figure refers to (`period_for`): « 2022 », « 2022-2024 »,
« 1er semestre 2025 », « cumul jusqu'à 2024 », the year of each figure of a series
(« 2022至2024年收入分别为X、Y和Z »)."""

from __future__ import annotations

import re

from pipeline.figures.keywordscan import Span, _matches_within, _nearest

_HALF = r"(?:H1\s*|(?:the\s+)?first half of\s*|(?:le\s+)?(?:premier|1er) semestre\s*(?:de\s*)?)"
_PERIOD = re.compile(
    rf"(?:from\s+|between\s+|de\s+|entre\s+)?(?P<half>{_HALF})?"
    r"(?<!\d)(?P<y1>20\d\d)(?!\d)(?:\s*年?\s*(?:至|到|-|–|—|à|au|to|and|et)\s*"
    rf"(?P<half2>{_HALF})?(?P<y2>20\d\d)(?!\d))?\s*年?(?P<zhhalf>上半年|前三季度)?",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"\s*(?:in|en|for|pour|au titre de)\s+(?:l'(?:exercice|année)\s+)?"
    r"(?P<y1>20\d\d)(?!\d)"
)
_LIST_GAP = re.compile(r"\s*(?:[、,，]|和|及|与|與|and|et)?\s*", re.I)
_CUMUL = (
    "累计",
    "累計",
    "合计",
    "合計",
    "cumul",
    "cumulé",
    "cumulées",
    "in total",
    "au total",
    "totaled",
    "totalled",
    "totalling",
    "totaling",
)
_SERIES_TOKEN = {
    "money": re.compile(
        r"\d(?:[.,]?\d)*\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:港元|美元|人民币|元)"
        r"|(?:RMB|HK\$|US\$|\$)\s?\d"
    ),
    "percent": re.compile(r"\d(?:[.,]?\d)*\s*%"),
}


def _period_text(match: re.Match[str]) -> str:
    half = bool(match.group("half")) or match.group("zhhalf") == "上半年"
    if match.group("y2"):
        last_half = bool(match.group("half2")) or match.group("zhhalf") == "上半年"
        if last_half:
            return f"de {match.group('y1')} au 1er semestre {match.group('y2')}"
        return f"{match.group('y1')}-{match.group('y2')}"
    if half:
        return f"1er semestre {match.group('y1')}"
    if match.group("zhhalf"):
        return f"9 mois {match.group('y1')}"
    return match.group("y1")


def _year_list(text: str, tokens: list[re.Match[str]]) -> list[int]:
    """The years of the last run of tokens: « 2022年、2023年和2024年 » or « 2022至2024年 »."""
    last = tokens[-1]
    if last.group("y2") and not (last.group("half2") or last.group("zhhalf")):
        return list(range(int(last.group("y1")), int(last.group("y2")) + 1))
    run = [last]
    for token in reversed(tokens[:-1]):
        if token.group("y2") or not _LIST_GAP.fullmatch(text, token.end(), run[0].start()):
            break
        run.insert(0, token)
    return [int(t.group("y1")) for t in run] if len(run) > 1 else []


def _series_year(text: str, kind: str, years: list[int], after: int, figure: Span, end: int) -> str:
    """The year of a figure in a series after several years: « 2022至2024年收入分别为X、Y和Z »."""
    token = _SERIES_TOKEN.get(kind)
    if token is None or len(years) < 2:
        return ""
    sentence = (after, end)
    before = len(_matches_within(text, token, (after, figure[0]), sentence)[0])
    series = before + len(_matches_within(text, token, (figure[0], end), sentence)[0])
    if series == len(years):
        return str(years[before])
    if series == 2:  # « 由X增至Y »: from the first year to the last
        return str(years[0] if before == 0 else years[-1])
    return ""


def period_for(text: str, kind: str, figure: Span, regions: tuple[Span, Span]) -> str:
    """The year or period a periodic figure refers to (« 2022 », « 1er semestre 2025 »)."""
    clause, sentence = regions
    following = _YEAR_AFTER.match(text, figure[1], clause[1])
    if following:
        return following.group("y1")
    tokens = list(_matches_within(text, _PERIOD, (sentence[0], figure[0]), sentence)[0])
    if not tokens:
        return ""
    last = tokens[-1]
    before = (clause[0], figure[0])
    cumul = _nearest(text, _CUMUL, before, figure, after=False, parent=clause) is not None
    year = _series_year(text, kind, _year_list(text, tokens), last.end(), figure, sentence[1])
    if year:
        return year
    if last.group("y2"):
        return f"cumul {_period_text(last)}" if cumul else _period_text(last)
    return f"cumul jusqu'à {_period_text(last)}" if cumul else _period_text(last)
