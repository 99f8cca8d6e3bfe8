"""The brief as JSON (brief.json), with the provenance of every paragraph and figure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.figures.table import table_rows
from pipeline.records import Brief, Figure, FigureRow, Passage, SourceRef

__all__ = ["brief_to_json"]


def _spans_json(
    spans: Iterable[tuple[str, int, int]], numbers: dict[str, int]
) -> list[dict[str, Any]]:
    return [
        {"article_id": aid, "start": start, "end": end, "ref": numbers.get(aid)}
        for aid, start, end in spans
    ]


def _origin(passage: Passage) -> str:
    """ "facts", "quote" or "model" (an older Passage without origin: by `translated`)."""
    return passage.origin or ("model" if passage.translated else "quote")


def _passage_json(passage: Passage, numbers: dict[str, int]) -> dict[str, Any]:
    return {
        "text": passage.text,
        "language": passage.language,
        "translated": passage.translated,
        "origin": _origin(passage),
        "sources": _spans_json(passage.sources, numbers),
        "sentences": [
            {"text": s.text, "origin": _origin(s), "sources": _spans_json(s.sources, numbers)}
            for s in passage.sentences
        ],
        "unsupported": list(passage.unsupported),
    }


def _figure_json(figure: Figure, numbers: dict[str, int]) -> dict[str, Any]:
    data = figure.to_dict()
    data["ref"] = numbers.get(figure.article_id)
    return data


def _row_json(row: FigureRow, numbers: dict[str, int]) -> dict[str, Any]:
    return {
        "label": row.label,
        "rendered": row.rendered,
        "outlets": list(row.outlets),
        "sources": [_figure_json(f, numbers) for f in row.figures],
        "disagreement": [_row_json(d, numbers) for d in row.disagreement],
    }


def _source_json(n: int, ref: SourceRef) -> dict[str, Any]:
    published = ref.published_at.isoformat() if ref.published_at else None
    return {
        "ref": n,
        "article_id": ref.article_id,
        "title": ref.title,
        "outlet": ref.outlet,
        "url": ref.url,
        "published_at": published,
        "language": ref.language,
        "contribution": ref.contribution,
    }


def brief_to_json(brief: Brief) -> dict[str, Any]:
    """The brief as a JSON-serialisable dict, with the provenance of every paragraph and figure."""
    numbers = {ref.article_id: n for n, ref in enumerate(brief.sources, start=1)}
    unsupported = (
        list(brief.unsupported)
        + [u for s in brief.sections for p in s.passages for u in p.unsupported]
        + list(brief.chapeau.unsupported)
    )
    return {
        "story": brief.story,
        "language": brief.language,
        "title": brief.title,
        "translated": brief.translated,
        "backend": brief.backend,
        "model": brief.model,
        "banner": brief.banner,
        "generated_at": brief.generated_at.isoformat(),
        "articles_read": brief.articles_read,
        "chapeau": _passage_json(brief.chapeau, numbers),
        "sections": [
            {"heading": s.heading, "passages": [_passage_json(p, numbers) for p in s.passages]}
            for s in brief.sections
        ],
        "figures": [_row_json(r, numbers) for r in table_rows(brief.figures)],
        "figures_all": [_row_json(r, numbers) for r in brief.figures],
        "sources": [_source_json(n, ref) for n, ref in enumerate(brief.sources, start=1)],
        "faq": [
            {"question": q, "answer": a.text, **_passage_json(a, numbers)} for q, a in brief.faq
        ],
        "unsupported": list(dict.fromkeys(unsupported)),
    }
