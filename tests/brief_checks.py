"""What a brief written without a model must satisfy (issue 11): its body is French prose,
every sentence of it cites sources, and the quotes stand apart in « Extraits des sources »."""

from __future__ import annotations

import re

from pipeline.text.language import detect_language

NOT_PROSE = ("Extraits des sources", "Chiffres clés", "Sources")
_REF = re.compile(r"\[\d+(?:, \d+)*\]")
# A sentence ends at « . », « ? » or « ! » followed by its references, or at the paragraph end.
_SENTENCE = re.compile(r"\S.*?[.?!](?:\s*\[\d+(?:, \d+)*\])?(?=\s|$)")


def body_paragraphs(markdown: str) -> list[tuple[str, str]]:
    """(heading, paragraph) of the body: chapeau, thematic sections and FAQ answers; not the
    title, the banner, the headings, the FAQ questions, the footer, nor the sections in
    NOT_PROSE."""
    out: list[tuple[str, str]] = []
    heading = "chapeau"
    for block in re.split(r"\n\s*\n", markdown.split("\n---\n")[0]):
        block = block.strip()
        if block.startswith("## "):
            heading = block[3:].strip()
            continue
        if not block or block.startswith(("# ", "> **", "**")) or heading in NOT_PROSE:
            continue
        out.append((heading, block))
    return out


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph with their references."""
    found = [s.strip() for s in _SENTENCE.findall(paragraph)]
    rest = _SENTENCE.sub("", paragraph).strip()
    return found + ([rest] if rest else [])


def prose_issues(markdown: str) -> list[str]:
    """Paragraphs not detected as French, sentences citing nothing, quotes outside the
    extracts section; empty when the brief is right."""
    issues = []
    for heading, paragraph in body_paragraphs(markdown):
        if paragraph.startswith(">"):
            issues.append(f"{heading}: a quote outside « Extraits des sources »: {paragraph[:60]}")
            continue
        language, _ = detect_language(_REF.sub("", paragraph), None, min_chars=20)
        if language != "fr":
            issues.append(f"{heading}: paragraph detected as {language}: {paragraph[:60]}")
        for sentence in sentences(paragraph):
            if not _REF.search(sentence):
                issues.append(f"{heading}: sentence without sources: {sentence[:60]}")
    return issues
