"""The summarizer interface shared by every backend ("extractive", "llm", "seq2seq").

A backend reads a story's articles and returns a `Draft`: the brief's text content with
provenance, before any French framing (chapeau templates, Chiffres clés, Sources), which
`pipeline.brief.compose.compose_brief` adds. Keeping that split means every backend gets the same
figures table, the same source list and the same honesty rules for untranslated text.

Rules every backend follows:
- `DraftSentence.language` is the language of `text` as written ("zh", "fr", "en").
- `DraftSentence.translated` is True only when a model rendered source text into French.
  An extract left in its source language has `translated=False` and keeps its language tag;
  the brief shows it as a tagged quote, never as French prose.
- `article_id`, `start`, `end` point at the source passage in `Article.text`
  (`article.text[start:end]`); a generated sentence that cannot be grounded uses -1, -1.
- `Draft.translated` is True only if every non-French sentence of the draft was translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pipeline.config import StoryConfig, ThemeConfig
from pipeline.records import Article
from pipeline.text.scripts import HAN

__all__ = [
    "BACKENDS",
    "OTHER_HEADING",
    "Draft",
    "DraftSection",
    "DraftSentence",
    "Summarizer",
    "base_language",
]

BACKENDS: tuple[str, ...] = ("extractive", "llm", "seq2seq", "api")
OTHER_HEADING = "Autres éléments"  # section for sentences that match no configured theme


@dataclass(frozen=True)
class DraftSentence:
    """One sentence of the draft with the source passage it comes from."""

    text: str
    language: str  # language of `text`: "zh", "fr", "en", ...
    article_id: str
    start: int  # character span in the source article's text; -1 when not grounded
    end: int
    translated: bool = False  # True only when a model turned source text into French
    original: str = ""  # the source sentence, when `text` is a translation of it
    score: float = 0.0  # the backend's ranking score (informative only)

    @property
    def span(self) -> tuple[str, int, int]:
        """Provenance triple (article_id, start, end) as stored in `Passage.sources`."""
        return (self.article_id, self.start, self.end)


@dataclass(frozen=True)
class DraftSection:
    """A thematic section: a French heading and its sentences, in reading order."""

    heading: str
    sentences: tuple[DraftSentence, ...]


@dataclass(frozen=True)
class Draft:
    """What a summarizer returns; `pipeline.brief.compose.compose_brief` turns it into a Brief."""

    title: str  # French; the story's title_hint when the backend writes no title
    chapeau: tuple[DraftSentence, ...]  # French sentences, or () to let the brief use templates
    sections: tuple[DraftSection, ...]
    translated: bool
    backend: str  # one of BACKENDS
    model: str | None = None  # Hub id or local path; None for the extractive backend
    notes: tuple[str, ...] = ()  # what the backend did or left out, for run.json and logs
    faq: tuple[tuple[str, str], ...] = ()  # optional (question, answer) pairs in French

    @property
    def sentences(self) -> tuple[DraftSentence, ...]:
        """Every sentence of the draft: chapeau first, then sections in order."""
        out = list(self.chapeau)
        for section in self.sections:
            out.extend(section.sentences)
        return tuple(out)

    @property
    def article_ids(self) -> tuple[str, ...]:
        """Ids of the articles the draft quotes or draws on, in order of first use."""
        seen: dict[str, None] = {}
        for sentence in self.sentences:
            if sentence.article_id:
                seen.setdefault(sentence.article_id, None)
        return tuple(seen)


@runtime_checkable
class Summarizer(Protocol):
    """A summarization backend.

    `name` is the backend ("extractive", "llm", "seq2seq"); `model` the Hub id or local path
    it uses (None without weights); `translates` whether its output is French prose.
    """

    name: str
    model: str | None
    translates: bool

    def summarize(
        self,
        articles: Sequence[Article],
        story: StoryConfig,
        themes: Sequence[ThemeConfig],
    ) -> Draft:
        """Write the draft of the story's brief from its articles."""
        ...


def base_language(article: Article) -> str:
    """The article's base language code ("zh-Hans" -> "zh"); guessed from its script if unset."""
    if article.language:
        return article.language.split("-")[0].split("_")[0].lower()
    sample = article.text[:2000]
    cjk = sum(1 for ch in sample if HAN.match(ch))
    return "zh" if sample and cjk / len(sample) > 0.2 else "und"
