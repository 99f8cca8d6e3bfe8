"""Checks on the text of a composed brief: French prose, no source text passed off as French,
a Sources list that covers every article the brief draws on.

`check_generated` looks at the French text of a brief: the title, the chapeau, the section
headings, the passages written in French (`language == "fr"`) or by a model
(`translated=True`) and the FAQ. It never judges the extracts an untranslated brief quotes in
their source language: those are allowed, but only shown as tagged quotes under the banner.

Issue kinds:
- ``not_french``: French prose whose language is not French (each long passage on its own,
  the short ones together);
- ``untranslated``: a stretch of source-language text in French prose (a run of CJK
  characters, an English sentence) outside what may legitimately stay in its own language:
  short quoted names and titles (« … », "…", “…”, 《…》, 「…」), short parentheses holding an
  original name, and the titles and outlet names of the articles read;
- ``sources``: an article cited by a passage or a figure row missing from Sources, a source
  never cited, a source without title, outlet or URL, a ``[n]`` reference with no Sources line;
- ``banner``: untranslated extracts without the banner (or shown as plain prose, or with
  ``translated`` claimed for the brief).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.records import Article, Brief, FigureRow, Passage
from pipeline.sites import outlet_of
from pipeline.text.language import detect_language
from pipeline.text.scripts import CJK_CHAR, CJK_PUNCT_CHAR

logger = logging.getLogger(__name__)

__all__ = ["KINDS", "QualityIssue", "check_generated"]

KINDS = ("not_french", "untranslated", "sources", "banner")
MIN_DETECT_LETTERS = 60  # a passage with fewer letters is judged with the other short ones
MIN_CJK_RUN = 6  # CJK characters in a row (CJK punctuation between them allowed)
MAX_NAME_CHARS = 40  # a quoted or parenthesised name or title longer than this is prose
MIN_EN_WORDS = 6  # words a clause needs before it can be called an English sentence
EXCERPT_CHARS = 80
_MASK = " "
_CJK = CJK_CHAR
_CJK_PUNCT = CJK_PUNCT_CHAR
_CJK_RUN = re.compile(f"[{_CJK}](?:[{_CJK}{_CJK_PUNCT}0-9A-Za-z.%]*[{_CJK}])?")
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Quotes and brackets whose short content may stay in its original language.
_QUOTED = re.compile(
    r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"|《[^《》]*》|「[^「」]*」|『[^『』]*』|\([^()\n]*\)|（[^（）\n]*）"
)
_CLAUSE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+")
_REF = re.compile(r"(?<!\\)\[(\d+(?:\s*,\s*\d+)*)\](?!\()")
_NAME_PARTS = re.compile(r"\s*[（()）《》「」,，;；·|]\s*")
_SOURCE_LINE = re.compile(r"^- \[(\d+)\] ")
# Function words only one of the two languages uses (ambiguous ones like "a", "on" left out).
_EN_WORDS = frozenset(
    "the and of to is was its that with for from has have were which after their it be are "
    "this will would said by at than been into over while also".split()
)
_FR_WORDS = frozenset(
    "le la les de des du et un une est au aux pour par sur dans que qui ses son sa ce cette "
    "il elle sont été avec ont selon leur lors".split()
)


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


def _excerpt(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= EXCERPT_CHARS else one_line[: EXCERPT_CHARS - 1] + "…"


def _known_names(articles: Sequence[Article], brief: Brief) -> list[str]:
    """Titles and outlet names of the sources, longest first: they may stay as written."""
    names: set[str] = set()
    for article in articles:
        names.update(filter(None, (article.title, article.source_outlet, *article.outlets)))
        names.add(outlet_of(article))
    for ref in brief.sources:
        names.update(filter(None, (ref.title, ref.outlet)))
    for row in _all_rows(brief.figures):
        names.update(filter(None, row.outlets))
    # « 21世纪经济报道（记者 …；转载） » is also cited as « 21世纪经济报道 »:
    # its parts are names too.
    names.update(part for name in list(names) for part in _NAME_PARTS.split(name))
    return sorted((n.strip() for n in names if len(n.strip()) > 1), key=len, reverse=True)


def _all_rows(rows: Iterable[FigureRow]) -> Iterator[FigureRow]:
    for row in rows:
        yield row
        yield from _all_rows(row.disagreement)


def _mask_allowed(text: str, names: Sequence[str]) -> str:
    """The text with source names, short quoted names and short parentheses blanked out."""
    for name in names:
        if name in text:
            text = text.replace(name, _MASK * len(name))

    def blank(match: re.Match[str]) -> str:
        inner = match.group(0)[1:-1].strip()
        if len(inner) <= MAX_NAME_CHARS and not re.search(r"[。！？!?]", inner):
            return _MASK * len(match.group(0))
        return match.group(0)

    return _QUOTED.sub(blank, text)


def _prose(brief: Brief) -> Iterator[tuple[str, str]]:
    """(location, text) of every piece of French text of the brief (not the quoted extracts)."""
    yield "title", brief.title
    if _is_french_prose(brief.chapeau):
        yield "chapeau", brief.chapeau.text
    for section in brief.sections:
        yield section.heading, section.heading
        for passage in section.passages:
            if _is_french_prose(passage):
                yield section.heading, passage.text
    for question, answer in brief.faq:
        yield "Questions fréquentes", f"{question} {answer.text}"


def _is_french_prose(passage: Passage) -> bool:
    return passage.origin == "facts" or passage.translated or passage.language == "fr"


def _cjk_issues(location: str, masked: str) -> list[QualityIssue]:
    issues = []
    for match in _CJK_RUN.finditer(masked):
        if len(_CJK_CHAR.findall(match.group(0))) >= MIN_CJK_RUN:
            issues.append(
                QualityIssue(
                    "untranslated",
                    f"{len(match.group(0))} characters of CJK text in French prose",
                    location,
                    _excerpt(match.group(0)),
                )
            )
    return issues


def _is_english(clause: str) -> bool:
    words = [w.lower().strip("'’") for w in _WORD.findall(clause)]
    if len(words) < MIN_EN_WORDS:
        return False
    english = sum(1 for w in words if w in _EN_WORDS)
    french = sum(1 for w in words if w in _FR_WORDS)
    return english >= 2 and english > 2 * french


def _english_issues(location: str, masked: str) -> list[QualityIssue]:
    """An English sentence, or an English clause set off by commas or dashes."""
    issues = []
    for clause in _CLAUSE_END.split(masked):
        parts = [clause, *re.split(r"[,—–]\s+", clause)]
        english = next((part for part in parts if _is_english(part)), None)
        if english is not None:
            issues.append(
                QualityIssue(
                    "untranslated",
                    "an English sentence in French prose",
                    location,
                    _excerpt(english),
                )
            )
    return issues


def _language_issues(pieces: Sequence[tuple[str, str]]) -> list[QualityIssue]:
    """Each long piece must read as French; the short ones are judged together."""
    issues = []
    short: list[tuple[str, str]] = []
    for location, text in pieces:
        if sum(ch.isalpha() for ch in text) < MIN_DETECT_LETTERS:
            short.append((location, text))
            continue
        language, _ = detect_language(text, "fr", min_chars=MIN_DETECT_LETTERS)
        if language != "fr":
            issues.append(
                QualityIssue(
                    "not_french",
                    f"text reads as {language!r}, not French",
                    location,
                    _excerpt(text),
                )
            )
    joined = " ".join(text for _, text in short)
    if sum(ch.isalpha() for ch in joined) >= MIN_DETECT_LETTERS:
        language, _ = detect_language(joined, "fr", min_chars=MIN_DETECT_LETTERS)
        if language != "fr":
            where = ", ".join(dict.fromkeys(loc for loc, _ in short))
            issues.append(
                QualityIssue(
                    "not_french",
                    f"short passages read as {language!r}, not French",
                    where,
                    _excerpt(joined),
                )
            )
    return issues


def _text_issues(brief: Brief, articles: Sequence[Article]) -> list[QualityIssue]:
    names = _known_names(articles, brief)
    masked = [(loc, _mask_allowed(text, names)) for loc, text in _prose(brief)]
    issues: list[QualityIssue] = []
    for location, text in masked:
        issues += _cjk_issues(location, text)
        issues += _english_issues(location, text)
    cleaned = [(loc, " ".join(text.split())) for loc, text in masked if text.strip()]
    return issues + _language_issues(cleaned)


def _citations(brief: Brief) -> Iterator[tuple[str, str]]:
    """(location, article id) of every citation: chapeau, passages, figure rows."""
    for aid, _, _ in brief.chapeau.sources:
        yield "chapeau", aid
    for section in brief.sections:
        for passage in section.passages:
            for aid, _, _ in passage.sources:
                yield section.heading, aid
    for row in _all_rows(brief.figures):
        for figure in row.figures:
            if figure.article_id:
                yield f"Chiffres clés: {row.label}", figure.article_id


def _source_issues(brief: Brief, articles: Sequence[Article]) -> list[QualityIssue]:
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
                    _excerpt(ref.title),
                )
            )
        if read and ref.article_id not in read:
            issues.append(
                QualityIssue(
                    "sources",
                    f"source {ref.article_id} is not among the articles read",
                    "Sources",
                    _excerpt(ref.title),
                )
            )
        if missing:
            issues.append(
                QualityIssue(
                    "sources",
                    f"source {ref.article_id} has no {', '.join(missing)}",
                    "Sources",
                    _excerpt(ref.url),
                )
            )
    return issues


def _markdown_ref_issues(brief: Brief, markdown: str) -> list[QualityIssue]:
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
                    _excerpt(body[max(0, match.start() - 60) : match.end()]),
                )
            )
    return issues


def _heading_before(markdown: str, position: int) -> str:
    headings = re.findall(r"^## (.+)$", markdown[:position], flags=re.MULTILINE)
    return headings[-1].strip() if headings else "chapeau"


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


def _banner_issues(brief: Brief, markdown: str) -> list[QualityIssue]:
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
                _excerpt(first.text),
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
                _excerpt(first.text),
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
                    _excerpt(passage.text),
                )
            )
    return issues


def check_generated(brief: Brief, markdown: str, articles: Sequence[Article]) -> list[QualityIssue]:
    """Every quality issue of a brief's text, its Markdown and its Sources (empty when clean).

    `articles` are the articles the brief was written from (reprints collapsed): their titles
    and outlet names may appear as written in the French text, and every source must be one of
    them.
    """
    issues = (
        _text_issues(brief, articles)
        + _source_issues(brief, articles)
        + _markdown_ref_issues(brief, markdown)
        + _banner_issues(brief, markdown)
    )
    for issue in issues:
        logger.warning(
            "brief quality (%s) in %s: %s — %s",
            issue.kind,
            issue.location,
            issue.message,
            issue.excerpt,
        )
    return issues
