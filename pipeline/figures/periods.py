"""The year or period a periodic figure refers to (`period_for`): « 2022 », « 2022-2024 »,
« 1er semestre 2025 », « cumul jusqu'à 2024 », the year of each figure of a series
(« 2022至2024年收入分别为X、Y和Z »)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

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
# A number's first digit: not right after a digit, nor after a digit and one separator ("1.5"
# starts at "1"). A match starting at any later digit of a number starts at its first digit
# too, so a scan from before the number finds the same matches with this guard, and does not
# try each digit of a long run to the run's end (8,000 digits took 2.8 s; a text of 300,000
# would take hours). Only a scan starting inside a number (or right after a match ending in
# a digit, "$1" of "$12元") starts at a later digit: `_Series` matches there unguarded.
_NUMBER_START = r"(?<!\d)(?<!\d[.,])"
_SERIES_MONEY = (
    r"\d(?:[.,]?\d)*\s*(?:(?:万亿|萬億|亿|億|万|萬)\s*)?(?:港元|美元|人民币|元)"
    r"|(?:RMB|HK\$|US\$|\$)\s?\d"
)
_SERIES_PERCENT = r"\d(?:[.,]?\d)*\s*%"


class _Series:
    """A series token's matches (`finditer`, as `_matches_within` scans them), each number
    tried from its first digit only (`_NUMBER_START`): the matches of `pattern` itself."""

    def __init__(self, pattern: str) -> None:
        self.anywhere = re.compile(pattern)
        self.guarded = re.compile(_NUMBER_START + pattern)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches `re.compile(pattern).finditer` finds, in one pass."""
        while True:
            # a match starting at `pos` or one after it may start inside a number
            found = (
                self.anywhere.match(string, pos, endpos)
                or self.anywhere.match(string, pos + 1, endpos)
                or self.guarded.search(string, pos + 2, endpos)
            )
            if found is None:
                return
            yield found
            pos = found.end()


_SERIES_TOKEN = {"money": _Series(_SERIES_MONEY), "percent": _Series(_SERIES_PERCENT)}


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
