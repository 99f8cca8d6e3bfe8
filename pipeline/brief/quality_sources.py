"""Sources: every article cited is listed, every one listed is cited, read and described,
and every ``[n]`` of the Markdown has its Sources line (``sources`` issues)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.brief.quality_base import QualityIssue, all_rows, excerpt_of
from pipeline.records import Article, Brief

_REF = re.compile(r"(?<!\\)\[(\d+(?:\s*,\s*\d+)*)\](?!\()")
_SOURCE_LINE = re.compile(r"^- \[(\d+)\] ")


def _citations(brief: Brief) -> Iterator[tuple[str, str]]:
    """(location, article id) of every citation: chapeau, passages, figure rows."""
    for aid, _, _ in brief.chapeau.sources:
        yield "chapeau", aid
    for section in brief.sections:
        for passage in section.passages:
            for aid, _, _ in passage.sources:
                yield section.heading, aid
    for row in all_rows(brief.figures):
        for figure in row.figures:
            if figure.article_id:
                yield f"Chiffres clés: {row.label}", figure.article_id


def source_issues(brief: Brief, articles: Sequence[Article]) -> list[QualityIssue]:
    """Articles cited but not listed; sources never cited, not among `articles`, or without
    title, outlet or URL."""
    listed = {ref.article_id for ref in brief.sources}
    read = {a.id for a in articles}
    cited: set[str] = set()
    issues = []
    for location, aid in _citations(brief):
        cited.add(aid)
        if aid not in listed:
            issues.append(
                QualityIssue(
                    "sources", f"article {aid} is cited but not listed in Sources", location, aid
                )
            )
    for ref in brief.sources:
        missing = [name for name in ("title", "outlet", "url") if not getattr(ref, name).strip()]
        if ref.article_id not in cited:
            issues.append(
                QualityIssue(
                    "sources",
                    f"source {ref.article_id} is listed but never cited",
                    "Sources",
                    excerpt_of(ref.title),
                )
            )
        if read and ref.article_id not in read:
            issues.append(
                QualityIssue(
                    "sources",
                    f"source {ref.article_id} is not among the articles read",
                    "Sources",
                    excerpt_of(ref.title),
                )
            )
        if missing:
            issues.append(
                QualityIssue(
                    "sources",
                    f"source {ref.article_id} has no {', '.join(missing)}",
                    "Sources",
                    excerpt_of(ref.url),
                )
            )
    return issues


def markdown_ref_issues(brief: Brief, markdown: str) -> list[QualityIssue]:
    """Every [n] of the Markdown must be a line of its Sources list, one per listed source."""
    body, _, tail = markdown.partition("\n## Sources")
    lines = [_SOURCE_LINE.match(line) for line in tail.splitlines()]
    numbers = {int(m.group(1)) for m in lines if m}
    issues = []
    if len(numbers) != len(brief.sources):
        issues.append(
            QualityIssue(
                "sources",
                f"the Markdown lists {len(numbers)} sources, the brief has {len(brief.sources)}",
                "Sources",
            )
        )
    for match in _REF.finditer(body):
        bad = [n for n in map(int, match.group(1).split(",")) if n not in numbers]
        if bad:
            issues.append(
                QualityIssue(
                    "sources",
                    f"reference [{bad[0]}] has no Sources line",
                    _heading_before(body, match.start()),
                    excerpt_of(body[max(0, match.start() - 60) : match.end()]),
                )
            )
    return issues


def _heading_before(markdown: str, position: int) -> str:
    headings = re.findall(r"^## (.+)$", markdown[:position], flags=re.MULTILINE)
    return headings[-1].strip() if headings else "chapeau"
