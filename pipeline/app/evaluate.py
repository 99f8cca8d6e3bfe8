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

Metadata, where the manifest gives it: a `published` column (ISO date or date-time; the day
is what is scored) and an `authors` column (names separated by "|"), with an optional
`fetched` column (ISO date-time, for pages that print "3小时前"; pages without one are read
with the evaluation's start as their fetch time, as a crawl reads them). Date accuracy is the
share of pages with a gold date whose extracted publication date falls on the same day (in the
zone the page states); author F1 is the mean per-page F1 of the extracted author names against the
gold names (case and spacing ignored).

`--metadata-gold FILE` (`read_metadata_gold`) gives the same `published` / `authors` (and
optional `fetched`) columns in a separate TSV with a `name` column, joined to the manifest by
page name (for corpora whose manifest cannot be edited). There a blank cell means "not
annotated": only non-blank dates and author lists are scored, and they override the manifest's.

`--by-corpus` (`evaluate_by_corpus`) scores each corpus directory (the manifest's `dir`)
apart. The generic extractor has fitted parameters: the section-widening rule
(`pipeline.maintext.sections.WidenParams`), chosen from `WIDEN_GRID` by mean F1. Each
directory is scored twice: with the parameters fit on every page (in-sample) and with those
fit on the other directories only (leave-one-source-out).
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
from datetime import datetime
from pathlib import Path
from typing import Any

import pipeline.maintext.sections as widening
from pipeline.app.inputs import read_text_file
from pipeline.errors import TOO_DEEP, InputError, describe_exception
from pipeline.extract import decode_body, extract_text
from pipeline.maintext.scoring import WidenParams
from pipeline.text.dates import UTC, parse_datetime
from pipeline.text.scripts import HAN_CHAR, KANA_CHAR
from pipeline.web.metadata import PageView

logger = logging.getLogger(__name__)

Extractor = Callable[[bytes, str], str]  # (page bytes, url) -> main text
# (page bytes, url, fetch time) -> (publication date, author names)
MetaReader = Callable[[bytes, str, datetime | None], tuple[datetime | None, list[str]]]

# The candidate values of the extractor's fitted parameters (the first: no widening at all).
WIDEN_GRID: tuple[WidenParams, ...] = (
    WidenParams(levels=0),
    WidenParams(min_prose_share=0.6, max_link_density=0.1),
    WidenParams(min_prose_share=0.75, max_link_density=0.1),
    WidenParams(min_prose_share=0.9, max_link_density=0.1),
    WidenParams(min_prose_share=0.75, max_link_density=0.2),
    WidenParams(slack_chars=0),  # no heading allowance: climbing stops at a section's heading
)

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
    corpus: str = ""  # the manifest's `dir`: the source the page comes from
    date_right: bool | None = None  # None: the manifest gives no date for the page
    author_f1: float | None = None  # None: the manifest gives no authors for the page


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


def read_metadata_gold(path: str | Path) -> dict[str, dict[str, str]]:
    """Metadata gold by page name: a TSV with a `name` column and `published` / `authors` /
    `fetched` columns (any other column is ignored). Blank cells are left out: the page is not
    scored on that field. InputError when the file or the `name` column is missing, or a
    non-blank `published` is not a date."""
    source = Path(path)
    if not source.is_file():
        raise InputError(str(source), "metadata gold file not found")
    reader = csv.DictReader(io.StringIO(read_text_file(source), newline=""), delimiter="\t")
    if "name" not in (reader.fieldnames or ()):  # the header, read even when no row follows
        raise InputError(str(source), "missing column: name (a TSV whose first line names it)")
    rows = list(reader)
    gold: dict[str, dict[str, str]] = {}
    for n, row in enumerate(rows, 2):
        name = (row.get("name") or "").strip()
        if not name:
            raise InputError(f"{source}:{n}", "empty name")
        if name in gold:  # the second row would replace the first whole, its date with it
            raise InputError(f"{source}:{n}", f"{name} is annotated twice")
        kept = {k: (row.get(k) or "").strip() for k in ("published", "authors", "fetched")}
        kept = {k: v for k, v in kept.items() if v}
        if "published" in kept and parse_datetime(kept["published"], UTC) is None:
            raise InputError(f"{source}:{n}", f"published is not a date: {kept['published']!r}")
        gold[name] = kept
    return gold


def _with_gold(rows: list[dict[str, str]], gold: dict[str, dict[str, str]] | None) -> None:
    """The manifest rows with the metadata gold of their page merged in (in place)."""
    for row in rows if gold else ():
        row.update(gold.get(row["name"], {}))  # type: ignore[union-attr]


def _default_extractor() -> Extractor:
    return lambda body, url: extract_text(body, url or None)


def read_page_metadata(
    body: bytes, url: str, fetched: datetime | None = None
) -> tuple[datetime | None, list[str]]:
    """The publication date and author names the generic metadata reader finds on a page."""
    decoded = decode_body(body)
    view = PageView.parse(decoded.text, url, decoded.utf8)
    if view is None:
        return None, []
    meta = view.metadata(now=fetched)
    return meta.published_at, list(meta.authors)


def _name_key(name: str) -> str:
    return " ".join(normalize(name).split())


def author_f1(found: list[str], gold: list[str]) -> float:
    """F1 of the found author names against the gold ones (case and spacing ignored)."""
    got, want = (
        {_name_key(n) for n in found if n.strip()},
        {_name_key(n) for n in gold if n.strip()},
    )
    if not want:
        return 1.0 if not got else 0.0
    common = len(got & want)
    return 2 * common / (len(got) + len(want)) if common else 0.0


_EVAL_START = datetime.now(UTC).replace(microsecond=0)  # the fetch time of pages with none


def _score_metadata(res: PageResult, row: dict[str, str], body: bytes, reader: MetaReader) -> None:
    gold_date, gold_authors = (row.get("published") or "").strip(), row.get("authors")
    if not gold_date and gold_authors is None:
        return
    # Read as a crawl reads a page: with a fetch time (the gold's, else the evaluation's), so
    # a "刚刚" or "today" taken from the page's prose gives a wrong date here too.
    fetched = parse_datetime(row["fetched"], UTC) if row.get("fetched") else _EVAL_START
    try:
        published, authors = reader(body, row.get("url", ""), fetched)
    except Exception as exc:  # noqa: BLE001 - scored as nothing found, and reported
        logger.warning("metadata reader crashed on %s: %s", row["name"], exc)
        published, authors = None, []
        res.error = res.error or describe_exception(exc, 200)
    if gold_date:
        res.date_right = published is not None and published.date().isoformat() == gold_date[:10]
    if gold_authors is not None:
        res.author_f1 = author_f1(authors, gold_authors.split("|"))


def _run(extractor: Extractor, body: bytes, url: str) -> tuple[str, str, float]:
    start = time.perf_counter()
    try:
        text, error = extractor(body, url) or "", ""
    except Exception as exc:  # noqa: BLE001 - a crash is scored as an empty page and reported
        logger.warning("extractor crashed on %s: %s", url, exc)
        text, error = "", describe_exception(exc, 200)
    return text, error, time.perf_counter() - start


def score_page(
    row: dict[str, str],
    corpus_dir: Path,
    extractor: Extractor,
    meta_reader: MetaReader | None = read_page_metadata,
) -> PageResult:
    """Run the extractor on one manifest row and score it against its gold (and the metadata
    reader against the row's `published` / `authors`, when it gives them)."""
    base = corpus_dir / row.get("dir", "") / row["name"]
    html_path = base.with_name(base.name + ".html")
    if not base.resolve().is_relative_to(corpus_dir.resolve()):
        # a manifest is input: its rows name files of the corpus, never "../../x"
        raise InputError(str(html_path), "page listed in manifest.tsv leaves the corpus directory")
    if not html_path.is_file():
        raise InputError(str(html_path), "page listed in manifest.tsv is missing")
    body = html_path.read_bytes()
    text, error, seconds = _run(extractor, body, row.get("url", ""))
    res = PageResult(
        row["name"],
        row["language"],
        "full",
        seconds=seconds,
        empty=not text.strip(),
        error=error,
        corpus=row.get("dir", ""),
    )
    if meta_reader is not None:
        _score_metadata(res, row, body, meta_reader)
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
    except RecursionError:
        raise InputError(str(path), f"not JSON ({TOO_DEEP})") from None
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


def _metadata_summary(pages: list[PageResult]) -> dict[str, Any]:
    dated = [p.date_right for p in pages if p.date_right is not None]
    authored = [p.author_f1 for p in pages if p.author_f1 is not None]
    return {
        "date_pages": len(dated),
        "date_accuracy": _mean([float(d) for d in dated]) if dated else None,
        "author_pages": len(authored),
        "author_f1": _mean(authored) if authored else None,
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
    _with_gold(rows, metadata_gold)
    fn = extractor or _default_extractor()
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


# --- per corpus directory, with leave-one-source-out fitting ---------------------------------


def _page_f1(page: PageResult) -> float:
    """A page's F1; a snippet page's from its found / missed / wrongly kept snippets."""
    if page.kind == "full":
        return page.f1
    return 2 * page.tp / (2 * page.tp + page.fn + page.fp) if page.tp else 0.0


def _mean_where(scores: list[float], keep: list[bool]) -> float:
    return _mean([f for f, k in zip(scores, keep, strict=True) if k])


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
    fn = extractor or _default_extractor()
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
            "in_sample": _mean(
                [f for f, k in zip(grid_scores[chosen_all], inside, strict=True) if k]
            ),
            "left_out": _mean(
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
