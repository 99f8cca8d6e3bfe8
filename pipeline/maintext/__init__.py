"""Main-text extraction core: parse once, prune boilerplate, score blocks, emit paragraphs.

Modules: `dom` (parsing, pruning, per-node text statistics), `scoring` (candidate blocks and
the winning container), `paragraphs` (paragraph emission and line cleaning), `metadata`
(title, dates and other page metadata from structured data and metas).
"""

from __future__ import annotations

from pipeline.maintext.core import extract_paragraphs

__all__ = ["extract_paragraphs"]
