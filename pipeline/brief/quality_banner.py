"""Untranslated extracts shown as such: the banner over them, tagged quotes, no claim of a
translated brief (``banner`` issues)."""

from __future__ import annotations

from pipeline.brief.quality_base import QualityIssue, excerpt_of
from pipeline.records import Brief, Passage


def _untranslated(brief: Brief) -> list[tuple[str, Passage]]:
    return [
        (s.heading, p)
        for s in brief.sections
        for p in s.passages
        if not p.translated and p.language != "fr"
    ]


def _shown_as_prose(passage: Passage, markdown: str) -> bool:
    """True when the Markdown line holding the passage is not a quote."""
    probe = " ".join(passage.text.split())[:24]
    for line in markdown.splitlines():
        if probe and probe in line.replace("\\", ""):
            return not line.lstrip().startswith(">")
    return False


def banner_issues(brief: Brief, markdown: str) -> list[QualityIssue]:
    """Untranslated extracts without the banner (or the banner not in the Markdown), under a
    brief claimed translated, or shown as prose instead of tagged quotes."""
    extracts = _untranslated(brief)
    if not extracts:
        return []
    where, first = extracts[0]
    issues = []
    if not (brief.banner or "").strip():
        issues.append(
            QualityIssue(
                "banner",
                f"{len(extracts)} untranslated passage(s) and no banner",
                where,
                excerpt_of(first.text),
            )
        )
    elif " ".join((brief.banner or "").split()) not in " ".join(markdown.split()):
        issues.append(QualityIssue("banner", "the banner is missing from the Markdown", "title"))
    if brief.translated:
        issues.append(
            QualityIssue(
                "banner",
                "the brief claims to be translated but quotes "
                f"{len(extracts)} untranslated passage(s)",
                where,
                excerpt_of(first.text),
            )
        )
    for heading, passage in extracts:
        if _shown_as_prose(passage, markdown):
            issues.append(
                QualityIssue(
                    "banner",
                    f"untranslated {passage.language!r} passage "
                    "shown as prose, not as a tagged quote",
                    heading,
                    excerpt_of(passage.text),
                )
            )
    return issues
