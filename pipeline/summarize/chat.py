"""What the instruct-model backends share: prompts, budgets and map-reduce over notes.

A chat backend writes the French brief from the numbered sources. The prompt asks for the
brief format of ARCHITECTURE.md (title, chapeau, 3-5 sections) and only for facts the sources
support, each sentence citing its sources as [n]. When the sources exceed `max_input_tokens`
the backend maps (per-article notes, each article cut on 。！？； and paragraphs into chunks
that fit) then reduces (the brief from the notes). `ChatSummarizer` holds all of that; a
backend supplies only how to count tokens and how to get one completion:

- `count_tokens(messages)`: the prompt's length in the model's tokens, chat template included;
- `length(text)`: a text's length in the model's tokens;
- `complete(messages, max_new_tokens)`: one chat completion, as a `Completion`.

`pipeline.summarize.llm` does that with transformers in this process, `pipeline.summarize.api`
over HTTP with any OpenAI-compatible chat endpoint. Every call is logged and kept in `steps`.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from pipeline.config import StoryConfig, ThemeConfig
from pipeline.errors import SummarizationError
from pipeline.records import Article
from pipeline.sites import outlet_of
from pipeline.summarize.base import Draft, base_language
from pipeline.summarize.llm_markdown import parse_brief_markdown
from pipeline.summarize.sentences import split_sentences

logger = logging.getLogger(__name__)

__all__ = [
    "SYSTEM_BRIEF",
    "SYSTEM_NOTES",
    "BudgetSpec",
    "ChatSummarizer",
    "Completion",
    "GenerationStep",
    "brief_messages",
    "chunk_text",
    "note_messages",
    "source_header",
]

SYSTEM_BRIEF = """Tu es journaliste. Tu rédiges en français une brève d'actualité à partir des \
sources numérotées fournies (souvent en chinois).
Format Markdown :
# Un titre informatif en français
Un chapeau de deux ou trois phrases : ce qui s'est passé, quand (« le 8 janvier 2026 »), où, \
les chiffres principaux.
Puis trois à cinq sections « ## Intertitre » de deux à quatre phrases chacune : l'événement, \
l'entreprise, ses produits, le contexte, la suite.
Règles :
- N'écris que des faits que les sources soutiennent ; n'invente aucun fait, aucun chiffre, \
aucune opinion.
- Recopie chaque chiffre avec son unité exacte et convertis bien les ordres de grandeur : \
亿 = cent millions (43亿港元 = 4,3 milliards de dollars de Hong Kong), 万 = dix mille.
- Termine chaque phrase par ses sources entre crochets, par exemple [1] ou [1][3].
- Écris tout en français ; ne garde en chinois que des noms propres, entre guillemets.
- N'ajoute ni « Chiffres clés » ni « Sources » : ces parties sont ajoutées ensuite."""

SYSTEM_NOTES = """Tu prends des notes en français sur un extrait d'article de presse \
(souvent en chinois) pour préparer une brève.
Écris une liste à puces de cinq à dix faits essentiels : qui, quoi, quand, où, et tous les \
chiffres recopiés avec leur unité exacte (亿 = cent millions : 43亿港元 = 4,3 milliards de \
dollars de Hong Kong).
Rien qui ne soit dans l'extrait ; aucune opinion ; tout en français."""


@dataclass(frozen=True)
class GenerationStep:
    """One model call: a note on part of an article (map) or the brief (reduce or direct)."""

    kind: str  # "note" | "brief"
    messages: tuple[dict[str, str], ...]
    prompt_tokens: int
    output: str
    new_tokens: int
    seconds: float
    article_id: str = ""
    part: int = 0


def source_header(index: int, article: Article) -> str:
    """`[n] « titre » — Média, date` as shown to the model."""
    when = article.published_at.date().isoformat() if article.published_at else "date inconnue"
    return f"[{index}] « {article.title} » — {outlet_of(article)}, {when}"


def brief_messages(
    story: StoryConfig,
    themes: Sequence[ThemeConfig],
    bodies: Sequence[tuple[Article, str]],
    *,
    notes: bool = False,
) -> list[dict[str, str]]:
    """Chat messages asking for the brief; `bodies` pairs each source with its text (or notes)."""
    label = "Notes de lecture" if notes else "Texte"
    blocks = [
        f"{source_header(i, a)}\n{label} :\n{body.strip()}" for i, (a, body) in enumerate(bodies, 1)
    ]
    headings = "; ".join(t.heading for t in themes)
    user = f"Sujet : {story.title_hint}\n"
    if headings:
        user += f"Intertitres possibles : {headings}\n"
    user += "\nSources :\n\n" + "\n\n".join(blocks) + "\n\nRédige la brève en français."
    return [{"role": "system", "content": SYSTEM_BRIEF}, {"role": "user", "content": user}]


def note_messages(
    story: StoryConfig, index: int, article: Article, chunk: str, part: int, parts: int
) -> list[dict[str, str]]:
    """Chat messages asking for notes on one chunk of one article (the map step)."""
    where = f" (partie {part}/{parts})" if parts > 1 else ""
    user = (
        f"Sujet : {story.title_hint}\n\nArticle {source_header(index, article)}{where} :\n"
        f"{chunk.strip()}\n\nPrends les notes en français."
    )
    return [{"role": "system", "content": SYSTEM_NOTES}, {"role": "user", "content": user}]


@dataclass(frozen=True)
class Completion:
    """One chat completion: the text and its token counts (prompt, generated)."""

    text: str
    prompt_tokens: int
    new_tokens: int


class BudgetSpec(Protocol):
    """What `ChatSummarizer` reads of a model spec (`ModelSpec` and `ApiSpec` both have it)."""

    @property
    def id(self) -> str: ...
    @property
    def max_input_tokens(self) -> int: ...
    @property
    def max_new_tokens(self) -> int: ...
    @property
    def note_max_new_tokens(self) -> int: ...


class ChatSummarizer(ABC):
    """Prompts and map-reduce for a chat model; subclasses say how to count and complete."""

    name = "llm"
    translates = True
    model: str | None

    def __init__(self, spec: BudgetSpec) -> None:
        self.budget = spec
        self.steps: list[GenerationStep] = []

    @property
    def label(self) -> str:
        """How messages and logs name this backend and its model."""
        return f"{self.name} {self.budget.id}"

    @abstractmethod
    def count_tokens(self, messages: Sequence[dict[str, str]]) -> int:
        """Prompt length in the model's tokens, chat template included."""

    @abstractmethod
    def length(self, text: str) -> int:
        """A text's length in the model's tokens."""

    @abstractmethod
    def complete(self, messages: list[dict[str, str]], max_new_tokens: int) -> Completion:
        """One chat completion of at most `max_new_tokens` tokens."""

    def generate(
        self,
        messages: list[dict[str, str]],
        max_new_tokens: int,
        *,
        kind: str,
        article_id: str = "",
        part: int = 0,
    ) -> str:
        """One chat completion; the step is logged and appended to `self.steps`."""
        started = time.perf_counter()
        done = self.complete(messages, max_new_tokens)
        seconds = time.perf_counter() - started
        self.steps.append(
            GenerationStep(
                kind,
                tuple(messages),
                done.prompt_tokens,
                done.text,
                done.new_tokens,
                seconds,
                article_id,
                part,
            )
        )
        logger.info(
            "%s: %s %s%s: %d prompt tokens -> %d new tokens in %.1f s",
            self.name,
            kind,
            article_id or "",
            f" part {part}" if part else "",
            done.prompt_tokens,
            done.new_tokens,
            seconds,
        )
        return done.text

    def summarize(
        self, articles: Sequence[Article], story: StoryConfig, themes: Sequence[ThemeConfig]
    ) -> Draft:
        """Write the brief directly, or by map-reduce when the sources exceed the budget."""
        if not articles:
            raise SummarizationError(
                f"{self.label}: no article to summarize for story {story.id!r}"
            )
        self.steps = []
        direct = brief_messages(story, themes, [(a, a.text) for a in articles])
        budget = self.budget.max_input_tokens
        total = self.count_tokens(direct)
        if total <= budget:
            logger.info(
                "%s: %d articles, %d prompt tokens <= %d: one pass",
                self.name,
                len(articles),
                total,
                budget,
            )
            messages, mode = direct, "une passe"
        else:
            logger.info(
                "%s: %d prompt tokens > %d: notes per article, then the brief",
                self.name,
                total,
                budget,
            )
            notes = [self._notes(i, a, story) for i, a in enumerate(articles, 1)]
            messages = self._fit_notes(story, themes, list(zip(articles, notes, strict=True)))
            mode = f"notes par article ({len(self.steps)} appels), puis la brève"
        text = self.generate(messages, self.budget.max_new_tokens, kind="brief")
        draft = parse_brief_markdown(text, articles, story, model=self.budget.id, backend=self.name)
        took = sum(s.seconds for s in self.steps)
        extra = (f"{self.label} : {mode}, {total} jetons de sources, {took:.0f} s de génération",)
        return replace(draft, notes=draft.notes + extra)

    def _notes(self, index: int, article: Article, story: StoryConfig) -> str:
        """Map step: notes on every chunk of one article, joined."""
        overhead = self.count_tokens(note_messages(story, index, article, "", 9, 9))
        room = self.budget.max_input_tokens - overhead
        if room < 16:
            raise SummarizationError(
                f"{self.label}: max_input_tokens={self.budget.max_input_tokens} leaves no room "
                f"for article text (the note prompt alone takes {overhead} tokens)"
            )
        chunks = chunk_text(article.text, base_language(article), room, self.length)
        parts = []
        for part, chunk in enumerate(chunks, 1):
            messages = note_messages(story, index, article, chunk, part, len(chunks))
            parts.append(
                self.generate(
                    messages,
                    self.budget.note_max_new_tokens,
                    kind="note",
                    article_id=article.id,
                    part=part,
                )
            )
        return "\n".join(p.strip() for p in parts if p.strip())

    def _fit_notes(
        self, story: StoryConfig, themes: Sequence[ThemeConfig], bodies: list[tuple[Article, str]]
    ) -> list[dict[str, str]]:
        """Reduce prompt; notes are cut to equal shares when even they exceed the budget."""
        messages = brief_messages(story, themes, bodies, notes=True)
        total = self.count_tokens(messages)
        if total <= self.budget.max_input_tokens:
            return messages
        empty = self.count_tokens(
            brief_messages(story, themes, [(a, "") for a, _ in bodies], notes=True)
        )
        share = (self.budget.max_input_tokens - empty) // max(1, len(bodies))
        if share < 8:
            raise SummarizationError(
                f"{self.label}: max_input_tokens={self.budget.max_input_tokens} is too small "
                f"for {len(bodies)} sources (their headers alone take {empty} tokens)"
            )
        logger.warning(
            "%s: notes take %d tokens > %d: keeping %d tokens per article",
            self.name,
            total,
            self.budget.max_input_tokens,
            share,
        )
        cut = [(a, chunk_text(n, "fr", share, self.length)[0] if n else n) for a, n in bodies]
        return brief_messages(story, themes, cut, notes=True)


def chunk_text(text: str, language: str, budget: int, length: Callable[[str], int]) -> list[str]:
    """Cut `text` into pieces of at most `budget` tokens (by `length`), on sentence ends."""
    pieces: list[str] = []
    current, paragraph = "", -1
    for span in split_sentences(text, language):
        glue = "\n" if span.paragraph != paragraph else ("" if language == "zh" else " ")
        paragraph = span.paragraph
        for sentence in _hard_split(span.text, budget, length):
            candidate = current + glue + sentence if current else sentence
            if current and length(candidate) > budget:
                pieces.append(current)
                candidate = sentence
            current, glue = candidate, ""
    if current:
        pieces.append(current)
    return pieces or [text]


def _hard_split(sentence: str, budget: int, length: Callable[[str], int]) -> list[str]:
    """A sentence longer than the budget is cut by characters, halving until pieces fit."""
    if length(sentence) <= budget or len(sentence) < 2:
        return [sentence]
    mid = len(sentence) // 2
    return _hard_split(sentence[:mid], budget, length) + _hard_split(sentence[mid:], budget, length)
