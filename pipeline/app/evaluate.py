"""`newsbrief eval extraction CORPUS_DIR`: score a main-text extractor on a gold corpus.

Corpus layout (the one of ../shared/eval/extraction): `manifest.tsv` with at least the columns
`name` and `language` (optional: `dir`, `url`, `gold_type`), and per page `DIR/NAME.html` (the
bytes as served) with `DIR/NAME.txt` (gold main text, UTF-8) or, when `gold_type` is
"snippets", `DIR/NAME.snippets.json` ({"with": [...], "without": [...]}).

Metric: bag-of-tokens precision, recall and F1 per page, macro-averaged per language. Text is
normalised (NFKC, zero-width characters removed, whitespace collapsed, casefolded), then cut
into tokens: for Chinese every CJK character is a token (and every run of other letters or
digits); for other languages every run of word characters. Punctuation is not a token.
Snippet pages count "with" snippets found (true positives) or missed, and "without" snippets
found (false positives).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline.app.inputs import read_text_file
from pipeline.errors import InputError
from pipeline.extract import extract_text
from pipeline.text.scripts import HAN_CHAR, KANA_CHAR

logger = logging.getLogger(__name__)

Extractor = Callable[[bytes, str], str]  # (page bytes, url) -> main text

_CJK = HAN_CHAR + KANA_CHAR  # tokens of one character: Han and kana
_ZH_TOKENS = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")
_WORD_TOKENS = re.compile(r"\w+")
_ZERO_WIDTH = re.compile(r"[\u200b\ufeff]")
_REQUIRED_COLUMNS = ("name", "language")


def normalize(text: str) -> str:
    """NFKC, zero-width characters removed, whitespace collapsed, casefolded."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split()).casefold()


def tokens(text: str, language: str) -> Counter[str]:
    """The bag of tokens of `text`: CJK characters one by one for Chinese, else words."""
    pattern = _ZH_TOKENS if language.lower().startswith("zh") else _WORD_TOKENS
    return Counter(pattern.findall(normalize(text)))


def page_scores(predicted: str, gold: str, language: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the predicted text's tokens against the gold's."""
    pred, ref = tokens(predicted, language), tokens(gold, language)
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 1.0, 0.0)
    if not pred:
        return 0.0, 0.0, 0.0
    common = sum((pred & ref).values())
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


@dataclass
class PageResult:
    """One page's scores (snippet pages carry their counts in tp/fn/fp)."""

    name: str
    language: str
    kind: str  # "full" or "snippets"
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    seconds: float = 0.0
    empty: bool = False
    error: str = ""
    tp: int = 0
    fn: int = 0
    fp: int = 0


def read_manifest(corpus_dir: Path) -> list[dict[str, str]]:
    """The manifest rows; InputError when the file or a required column is missing."""
    path = corpus_dir / "manifest.tsv"
    if not path.is_file():
        raise InputError(str(path), "no manifest.tsv in the corpus directory")
    rows = list(csv.DictReader(io.StringIO(read_text_file(path), newline=""), delimiter="\t"))
    missing = [c for c in _REQUIRED_COLUMNS if rows and c not in rows[0]]
    if missing:
        raise InputError(str(path), f"missing column(s): {', '.join(missing)}")
    for n, row in enumerate(rows, 2):  # line 1 is the header
        empty = [c for c in _REQUIRED_COLUMNS if not row.get(c)]
        if empty:
            raise InputError(f"{path}:{n}", f"empty or missing value(s): {', '.join(empty)}")
    return rows


def _default_extractor() -> Extractor:
    return lambda body, url: extract_text(body, url or None)


def _run(extractor: Extractor, body: bytes, url: str) -> tuple[str, str, float]:
    start = time.perf_counter()
    try:
        text, error = extractor(body, url) or "", ""
    except Exception as exc:  # noqa: BLE001 - a crash is scored as an empty page and reported
        logger.warning("extractor crashed on %s: %s", url, exc)
        text, error = "", f"{type(exc).__name__}: {exc}"[:200]
    return text, error, time.perf_counter() - start


def score_page(row: dict[str, str], corpus_dir: Path, extractor: Extractor) -> PageResult:
    """Run the extractor on one manifest row and score it against its gold."""
    base = corpus_dir / row.get("dir", "") / row["name"]
    html_path = base.with_name(base.name + ".html")
    if not html_path.is_file():
        raise InputError(str(html_path), "page listed in manifest.tsv is missing")
    text, error, seconds = _run(extractor, html_path.read_bytes(), row.get("url", ""))
    res = PageResult(
        row["name"], row["language"], "full", seconds=seconds, empty=not text.strip(), error=error
    )
    if row.get("gold_type") == "snippets":
        snippets = _read_snippets(base.with_name(base.name + ".snippets.json"))
        norm = normalize(text)
        res.kind = "snippets"
        found = [normalize(s) in norm for s in snippets.get("with", [])]
        res.tp, res.fn = sum(found), len(found) - sum(found)
        res.fp = sum(normalize(s) in norm for s in snippets.get("without", []))
        return res
    gold = read_text_file(base.with_name(base.name + ".txt"), "gold text file")
    res.precision, res.recall, res.f1 = page_scores(text, gold, row["language"])
    return res


def _read_snippets(path: Path) -> dict[str, list[str]]:
    """A snippets file: {"with": [...], "without": [...]}; InputError naming what is wrong."""
    try:
        data = json.loads(read_text_file(path, "snippets file"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}", f"not JSON ({exc.msg})") from None
    ok = isinstance(data, dict) and all(
        isinstance(data.get(k, []), list) and all(isinstance(s, str) for s in data.get(k, []))
        for k in ("with", "without")
    )
    if not ok:
        raise InputError(str(path), 'expected {"with": [strings], "without": [strings]}')
    return data  # type: ignore[no-any-return]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _full_summary(pages: list[PageResult]) -> dict[str, Any]:
    return {
        "pages": len(pages),
        "precision": _mean([p.precision for p in pages]),
        "recall": _mean([p.recall for p in pages]),
        "f1": _mean([p.f1 for p in pages]),
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


def evaluate_corpus(corpus_dir: str | Path, extractor: Extractor | None = None) -> dict[str, Any]:
    """Per-language precision/recall/F1 (full gold and snippets) and pages/s of `extractor`
    (default: pipeline.extract.extract_text) on the corpus in `corpus_dir`."""
    corpus = Path(corpus_dir)
    rows = read_manifest(corpus)
    fn = extractor or _default_extractor()
    pages = [score_page(row, corpus, fn) for row in rows]
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
    if result["snippets"]:
        lines += ["", "snippet pages (with/without segments):"]
        for lang, s in result["snippets"].items():
            lines.append(
                f"{lang:<10}{s['pages']:>7}{s['precision']:>11.3f}{s['recall']:>9.3f}"
                f"{s['f1']:>8.3f}{'':>7}{s['errors']:>8}"
            )
    return "\n".join(lines)
