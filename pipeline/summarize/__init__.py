"""Summarize: the brief's content chosen (and translated) by a pluggable backend.

Every backend reads a story's articles and returns a `Draft` (sentences grouped by theme, each
with its source spans) that `pipeline.brief.compose_brief` turns into the French brief:
"extractive" (TextRank, no weights, never translates), "llm" (an instruct model writes the
French brief) and "seq2seq" (the extractive draft translated sentence by sentence).
`choose_summarizer` picks one ("auto": the best whose weights are already cached); the model
backends import transformers and torch lazily, in their own modules (see `modelload`).
"""

from __future__ import annotations

from pipeline.summarize.base import (
    BACKENDS,
    OTHER_HEADING,
    Draft,
    DraftSection,
    DraftSentence,
    Summarizer,
)
from pipeline.summarize.extractive import ExtractiveSummarizer
from pipeline.summarize.select import BACKEND_CHOICES, choose_summarizer

__all__ = [
    "BACKENDS",
    "BACKEND_CHOICES",
    "OTHER_HEADING",
    "Draft",
    "DraftSection",
    "DraftSentence",
    "ExtractiveSummarizer",
    "Summarizer",
    "choose_summarizer",
]
