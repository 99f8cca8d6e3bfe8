"""Summarization backends behind one interface (see base.py).

Backends: "extractive" (TextRank, no weights, never translates), "llm" and "seq2seq"
(transformers, imported lazily by their own modules). Each returns a `Draft` that
`pipeline.brief.compose.compose_brief` turns into the French brief.
"""

from pipeline.summarize.base import (
    BACKENDS,
    OTHER_HEADING,
    Draft,
    DraftSection,
    DraftSentence,
    Summarizer,
)

__all__ = ["BACKENDS", "OTHER_HEADING", "Draft", "DraftSection", "DraftSentence", "Summarizer"]
