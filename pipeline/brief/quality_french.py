"""The brief's French text read as French: ``not_french`` and ``untranslated`` issues.

The text is the title, the chapeau, the section headings, the passages written in French or by
a model, and the FAQ. Before it is judged, what may stay in its own language
is blanked out: the titles and outlet names of the articles read, short quoted names and titles
and short parentheses. A run of CJK characters or an English sentence left is ``untranslated``;
each long piece, then the short ones together, must read as French (``not_french``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.brief.quality_base import QualityIssue, all_rows, excerpt_of
from pipeline.records import Article, Brief, Passage
from pipeline.sites import outlet_of
from pipeline.text.language import detect_language
from pipeline.text.scripts import CJK_CHAR, CJK_PUNCT_CHAR

MIN_DETECT_LETTERS = 60  # a passage with fewer letters is judged with the other short ones
MIN_CJK_RUN = 6  # CJK characters in a row (CJK punctuation between them allowed)
MAX_NAME_CHARS = 40  # a quoted or parenthesised name or title longer than this is prose
MIN_EN_WORDS = 6  # words a clause needs before it can be called an English sentence
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
# (blanks before a separator tried from the first of them only: a split from a later one starts
# at the first too, and re tried each blank of a run to the run's end)
_NAME_PARTS = re.compile(r"(?<!\s)\s+[（()）《》「」,，;；·|]\s*|[（()）《》「」,，;；·|]\s*")
# Function words only one of the two languages uses (ambiguous ones like "a", "on" left out).
_EN_WORDS = frozenset(
    "the and of to is was its that with for from has have were which after their it be are "
    "this will would said by at than been into over while also".split()
)
_FR_WORDS = frozenset(
    "le la les de des du et un une est au aux pour par sur dans que qui ses son sa ce cette "
    "il elle sont été avec ont selon leur lors".split()
)


def _known_names(articles: Sequence[Article], brief: Brief) -> list[str]:
    """Titles and outlet names of the sources, longest first: they may stay as written."""
    names: set[str] = set()
    for article in articles:
        names.update(filter(None, (article.title, article.source_outlet, *article.outlets)))
        names.add(outlet_of(article))
    for ref in brief.sources:
        names.update(filter(None, (ref.title, ref.outlet)))
    for row in all_rows(brief.figures):
        names.update(filter(None, row.outlets))
    # « 21世纪经济报道（记者 …；转载） » is also cited as « 21世纪经济报道 »:
    # its parts are names too.
    names.update(part for name in list(names) for part in _NAME_PARTS.split(name))
    return sorted((n.strip() for n in names if len(n.strip()) > 1), key=len, reverse=True)


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
                    excerpt_of(match.group(0)),
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
                    excerpt_of(english),
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
                    excerpt_of(text),
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
                    excerpt_of(joined),
                )
            )
    return issues


def text_issues(brief: Brief, articles: Sequence[Article]) -> list[QualityIssue]:
    """``untranslated`` and ``not_french`` issues of the brief's French text, what may stay
    as written (the sources' names, short quotes and parentheses) blanked out first."""
    names = _known_names(articles, brief)
    masked = [(loc, _mask_allowed(text, names)) for loc, text in _prose(brief)]
    issues: list[QualityIssue] = []
    for location, text in masked:
        issues += _cjk_issues(location, text)
        issues += _english_issues(location, text)
    cleaned = [(loc, " ".join(text.split())) for loc, text in masked if text.strip()]
    return issues + _language_issues(cleaned)
