"""`newsbrief eval extraction CORPUS_DIR`: score a main-text extractor on a gold corpus.

Metric: bag-of-tokens precision, recall and F1 per page (`eval_metrics`), macro-averaged per
language. Snippet pages count "with" snippets found (true positives) or missed, and "without"
snippets found (false positives). Date accuracy is the share of pages with a gold date whose
extracted publication date falls on the same day; author F1 is the mean per-page F1 of the
extracted author names against the gold names. The corpus layout, the metadata columns and
`--metadata-gold FILE` (`read_metadata_gold`) are described in `eval_pages`, which reads and
scores one page.

This module is the evaluation's public face: the corpus's summary per language
(`evaluate_corpus`) and its table (`format_report`). `--by-corpus` (`evaluate_by_corpus`,
leave-one-source-out fitting) is in `eval_fit`; the names callers use are importable from here.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from pipeline.app.eval_fit import WIDEN_GRID, evaluate_by_corpus, format_by_corpus
from pipeline.app.eval_metrics import author_f1, mean, normalize, page_scores, tokens
from pipeline.app.eval_pages import (
    Extractor,
    MetaReader,
    PageResult,
    default_extractor,
    read_manifest,
    read_metadata_gold,
    read_page_metadata,
    score_page,
    with_gold,
)

__all__ = [
    "WIDEN_GRID",
    "Extractor",
    "MetaReader",
    "PageResult",
    "author_f1",
    "evaluate_by_corpus",
    "evaluate_corpus",
    "format_by_corpus",
    "format_report",
    "normalize",
    "page_scores",
    "read_manifest",
    "read_metadata_gold",
    "read_page_metadata",
    "score_page",
    "tokens",
]


def _full_summary(pages: list[PageResult]) -> dict[str, Any]:
    return {
        "pages": len(pages),
        "precision": mean([p.precision for p in pages]),
        "recall": mean([p.recall for p in pages]),
        "f1": mean([p.f1 for p in pages]),
        "empty": sum(p.empty for p in pages),
        "errors": sum(bool(p.error) for p in pages),
    }


def _snippet_summary(pages: list[PageResult]) -> dict[str, Any]:
    tp, fn, fp = (sum(getattr(p, k) for p in pages) for k in ("tp", "fn", "fp"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pages": len(pages),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "errors": sum(bool(p.error) for p in pages),
    }


def _metadata_summary(pages: list[PageResult]) -> dict[str, Any]:
    dated = [p.date_right for p in pages if p.date_right is not None]
    authored = [p.author_f1 for p in pages if p.author_f1 is not None]
    return {
        "date_pages": len(dated),
        "date_accuracy": mean([float(d) for d in dated]) if dated else None,
        "author_pages": len(authored),
        "author_f1": mean(authored) if authored else None,
    }


def evaluate_corpus(
    corpus_dir: str | Path,
    extractor: Extractor | None = None,
    meta_reader: MetaReader | None = read_page_metadata,
    metadata_gold: dict[str, dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Per-language precision/recall/F1 (full gold and snippets) and pages/s of `extractor`
    (default: pipeline.extract.extract_text) on the corpus in `corpus_dir`, with date accuracy
    and author F1 of `meta_reader` where the manifest (or `metadata_gold`, by page name, see
    `read_metadata_gold`) gives dates and authors; those are also given per language."""
    corpus = Path(corpus_dir)
    rows = read_manifest(corpus)
    with_gold(rows, metadata_gold)
    fn = extractor or default_extractor()
    pages = [score_page(row, corpus, fn, meta_reader) for row in rows]
    seconds = sum(p.seconds for p in pages)
    by_lang: dict[str, dict[str, list[PageResult]]] = {}
    for p in pages:
        by_lang.setdefault(p.kind, {}).setdefault(p.language, []).append(p)
    return {
        "corpus": str(corpus),
        "pages": len(pages),
        "seconds": seconds,
        "pages_per_second": len(pages) / seconds if seconds else 0.0,
        "languages": {k: _full_summary(v) for k, v in sorted(by_lang.get("full", {}).items())},
        "snippets": {
            k: _snippet_summary(v) for k, v in sorted(by_lang.get("snippets", {}).items())
        },
        "metadata": _metadata_summary(pages),
        "metadata_by_language": {
            lang: summary
            for lang, summary in (
                (lang, _metadata_summary([p for p in pages if p.language == lang]))
                for lang in sorted({p.language for p in pages})
            )
            if summary["date_pages"] or summary["author_pages"]
        },
        "per_page": [asdict(p) for p in pages],
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of an evaluate_corpus result."""
    lines = [
        f"corpus: {result['corpus']}",
        f"{result['pages']} pages in {result['seconds']:.2f} s "
        f"({result['pages_per_second']:.1f} pages/s)",
        "",
        f"{'language':<10}{'pages':>7}{'precision':>11}{'recall':>9}{'F1':>8}{'empty':>7}"
        f"{'errors':>8}",
    ]
    for lang, s in result["languages"].items():
        lines.append(
            f"{lang:<10}{s['pages']:>7}{s['precision']:>11.3f}{s['recall']:>9.3f}"
            f"{s['f1']:>8.3f}{s['empty']:>7}{s['errors']:>8}"
        )
    meta = result.get("metadata") or {}
    if meta.get("date_pages") or meta.get("author_pages"):
        lines.append("")
        if meta.get("date_pages"):
            lines.append(
                f"date right (same day): {meta['date_accuracy']:.3f} on {meta['date_pages']} pages"
            )
        if meta.get("author_pages"):
            lines.append(f"author F1: {meta['author_f1']:.3f} on {meta['author_pages']} pages")
        by_lang = result.get("metadata_by_language") or {}
        if len(by_lang) > 1:
            lines.append(
                f"{'language':<10}{'date pages':>11}{'date right':>12}"
                f"{'author pages':>14}{'author F1':>11}"
            )
            for lang, m in by_lang.items():
                right = f"{m['date_accuracy']:.3f}" if m["date_pages"] else "-"
                f1 = f"{m['author_f1']:.3f}" if m["author_pages"] else "-"
                lines.append(
                    f"{lang:<10}{m['date_pages']:>11}{right:>12}{m['author_pages']:>14}{f1:>11}"
                )
    if result["snippets"]:
        lines += ["", "snippet pages (with/without segments):"]
        for lang, s in result["snippets"].items():
            lines.append(
                f"{lang:<10}{s['pages']:>7}{s['precision']:>11.3f}{s['recall']:>9.3f}"
                f"{s['f1']:>8.3f}{'':>7}{s['errors']:>8}"
            )
    return "\n".join(lines)
