"""What every check family of a brief's quality uses: the issue record and its kinds, the
excerpt it quotes, every row of the « Chiffres clés » table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.records import FigureRow

KINDS = ("not_french", "untranslated", "sources", "banner")
EXCERPT_CHARS = 80


@dataclass(frozen=True)
class QualityIssue:
    """One problem found in a brief's text: what, where (heading, "chapeau", "title"), a quote."""

    kind: str  # one of KINDS
    message: str  # French-neutral, for logs and run.json
    location: str  # section heading, "chapeau", "title", "Sources", "Chiffres clés", ...
    excerpt: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The issue as a JSON-serialisable dict (for brief.json and run.json)."""
        return asdict(self)


def excerpt_of(text: str) -> str:
    """The text on one line, cut to EXCERPT_CHARS (an issue's quote)."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= EXCERPT_CHARS else one_line[: EXCERPT_CHARS - 1] + "…"


def all_rows(rows: Iterable[FigureRow]) -> Iterator[FigureRow]:
    """Every figure row, the rows of its disagreement after it."""
    for row in rows:
        yield row
        yield from all_rows(row.disagreement)
