"""`newsbrief eval extraction --by-corpus`: F1 per corpus directory, with the extractor's
parameters fit in-sample and leave-one-source-out.

The generic extractor has fitted parameters: the section-widening rule
(`pipeline.maintext.sections.WidenParams`), chosen from `WIDEN_GRID` by mean F1. Each
directory (the manifest's `dir`) is scored twice: with the parameters fit on every page
(in-sample) and with those fit on the other directories only (leave-one-source-out).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pipeline.maintext.sections as widening
from pipeline.app.eval_metrics import mean
from pipeline.app.eval_pages import (
    Extractor,
    PageResult,
    default_extractor,
    read_manifest,
    score_page,
)
from pipeline.maintext.scoring import WidenParams

# The candidate values of the extractor's fitted parameters (the first: no widening at all).
WIDEN_GRID: tuple[WidenParams, ...] = (
    WidenParams(levels=0),
    WidenParams(min_prose_share=0.6, max_link_density=0.1),
    WidenParams(min_prose_share=0.75, max_link_density=0.1),
    WidenParams(min_prose_share=0.9, max_link_density=0.1),
    WidenParams(min_prose_share=0.75, max_link_density=0.2),
    WidenParams(slack_chars=0),  # no heading allowance: climbing stops at a section's heading
)


def _page_f1(page: PageResult) -> float:
    """A page's F1; a snippet page's from its found / missed / wrongly kept snippets."""
    if page.kind == "full":
        return page.f1
    return 2 * page.tp / (2 * page.tp + page.fn + page.fp) if page.tp else 0.0


def _mean_where(scores: list[float], keep: list[bool]) -> float:
    return mean([f for f, k in zip(scores, keep, strict=True) if k])


def _best(grid_scores: list[list[float]], keep: list[bool]) -> int:
    """The grid index with the highest mean F1 over the kept pages (the first on a tie)."""
    means = [_mean_where(scores, keep) for scores in grid_scores]
    return max(range(len(means)), key=lambda i: (means[i], -i))


def evaluate_by_corpus(
    corpus_dir: str | Path,
    extractor: Extractor | None = None,
    grid: tuple[WidenParams, ...] = WIDEN_GRID,
) -> dict[str, Any]:
    """F1 per corpus directory. With the default extractor, its fitted parameters are chosen
    from `grid` by mean page F1: on all pages (in-sample) and, for each directory, on the
    other directories only (left-out); every page is extracted once per grid value. A custom
    `extractor` has no parameters to fit: both columns are its plain score."""
    corpus = Path(corpus_dir)
    rows = read_manifest(corpus)
    fn = extractor or default_extractor()
    fitted = extractor is None
    runs: list[list[PageResult]] = []
    saved = widening.WIDEN
    try:
        for params in grid if fitted else (saved,):
            widening.WIDEN = params
            runs.append([score_page(row, corpus, fn, None) for row in rows])
    finally:
        widening.WIDEN = saved
    dirs = [p.corpus for p in runs[0]]
    grid_scores = [[_page_f1(p) for p in run] for run in runs]
    chosen_all = _best(grid_scores, [True] * len(dirs))
    out: dict[str, Any] = {
        "corpus": str(corpus),
        "fitted": fitted,
        "parameters": asdict(grid[chosen_all]) if fitted else None,
        "shipped": asdict(saved),
        "directories": {},
    }
    for name in sorted(set(dirs)):
        inside = [d == name for d in dirs]
        chosen_out = _best(grid_scores, [not k for k in inside]) if fitted else 0
        pages = [p for p, k in zip(runs[0], inside, strict=True) if k]
        out["directories"][name] = {
            "pages": len(pages),
            "language": ",".join(sorted({p.language for p in pages})),
            "in_sample": mean(
                [f for f, k in zip(grid_scores[chosen_all], inside, strict=True) if k]
            ),
            "left_out": mean(
                [f for f, k in zip(grid_scores[chosen_out], inside, strict=True) if k]
            ),
            "left_out_parameters": asdict(grid[chosen_out]) if fitted else None,
        }
    return out


def format_by_corpus(result: dict[str, Any]) -> str:
    """A plain-text table of an evaluate_by_corpus result."""
    lines = [f"corpus: {result['corpus']}"]
    if result["fitted"]:
        lines.append(
            f"fitted parameters (section widening, fit on all pages): {result['parameters']}"
        )
        lines.append(f"shipped parameters: {result['shipped']}")
    else:
        lines.append("this extractor has no fitted parameters: in-sample = left-out")
    lines += [
        "",
        f"{'directory':<26}{'lang':>8}{'pages':>7}{'in-sample F1':>14}{'left-out F1':>13}",
    ]
    for name, s in result["directories"].items():
        lines.append(
            f"{name:<26}{s['language'][:8]:>8}{s['pages']:>7}{s['in_sample']:>14.3f}"
            f"{s['left_out']:>13.3f}"
        )
    return "\n".join(lines)
