"""One page of an evaluation corpus, read and scored: the manifest, the metadata gold, the
page's extraction and its score against the gold text, snippets, date and authors.

Corpus layout (the one of ../shared/eval/extraction): `manifest.tsv` with at least the columns
`name` and `language` (optional: `dir`, `url`, `gold_type`), and per page `DIR/NAME.html` (the
bytes as served) with `DIR/NAME.txt` (gold main text, UTF-8) or, when `gold_type` is
"snippets", `DIR/NAME.snippets.json` ({"with": [...], "without": [...]}). Snippet pages count
"with" snippets found (true positives) or missed, and "without" snippets found (false
positives).

Metadata, where the manifest gives it: a `published` column (ISO date or date-time; the day
is what is scored) and an `authors` column (names separated by "|"), with an optional
`fetched` column (ISO date-time, for pages that print "3小时前"; pages without one are read
with the evaluation's start as their fetch time, as a crawl reads them). A page's date is right
when its extracted publication date falls on the gold day (in the zone the page states).

`read_metadata_gold` reads the same `published` / `authors` (and optional `fetched`) columns
from a separate TSV with a `name` column, joined to the manifest by page name (for corpora
whose manifest cannot be edited). There a blank cell means "not annotated": only non-blank
dates and author lists are scored, and they override the manifest's.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.app.eval_metrics import author_f1, normalize, page_scores
from pipeline.app.inputs import read_text_file
from pipeline.errors import TOO_DEEP, InputError, describe_exception
from pipeline.extract import decode_body, extract_text
from pipeline.text.dates import UTC, parse_datetime
from pipeline.web.metadata import PageView

# The `eval` command's logger: the warnings of a crashed extractor or reader name it, as they
# did before the page scoring had a module of its own.
logger = logging.getLogger("pipeline.app.evaluate")

Extractor = Callable[[bytes, str], str]  # (page bytes, url) -> main text
# (page bytes, url, fetch time) -> (publication date, author names)
MetaReader = Callable[[bytes, str, datetime | None], tuple[datetime | None, list[str]]]

_REQUIRED_COLUMNS = ("name", "language")


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
    rows = _tsv(path)[1]
    missing = [c for c in _REQUIRED_COLUMNS if rows and c not in rows[0]]
    if missing:
        raise InputError(str(path), f"missing column(s): {', '.join(missing)}")
    for n, row in enumerate(rows, 2):  # line 1 is the header
        empty = [c for c in _REQUIRED_COLUMNS if not row.get(c)]
        if empty:
            raise InputError(f"{path}:{n}", f"empty or missing value(s): {', '.join(empty)}")
        if "\x00" in row["name"] + (row.get("dir") or ""):  # no file name holds one
            raise InputError(f"{path}:{n}", "a NUL character in name or dir")
    return rows


def _tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The columns and rows of a TSV file the user gives; InputError naming the line where
    Python's csv reader gives up (a field over its 128 KiB limit): an internal error."""
    reader = csv.DictReader(io.StringIO(read_text_file(path), newline=""), delimiter="\t")
    try:
        return list(reader.fieldnames or ()), list(reader)
    except csv.Error as exc:
        line = reader.line_num + 1  # the line it gave up on is not counted yet
        raise InputError(f"{path}:{line}", f"not a TSV line ({exc})") from None


def read_metadata_gold(path: str | Path) -> dict[str, dict[str, str]]:
    """Metadata gold by page name: a TSV with a `name` column and `published` / `authors` /
    `fetched` columns (any other column is ignored). Blank cells are left out: the page is not
    scored on that field. InputError when the file or the `name` column is missing, or a
    non-blank `published` is not a date."""
    source = Path(path)
    if not source.is_file():
        raise InputError(str(source), "metadata gold file not found")
    columns, rows = _tsv(source)
    if "name" not in columns:  # the header, read even when no row follows
        raise InputError(str(source), "missing column: name (a TSV whose first line names it)")
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


def with_gold(rows: list[dict[str, str]], gold: dict[str, dict[str, str]] | None) -> None:
    """The manifest rows with the metadata gold of their page merged in (in place)."""
    for row in rows if gold else ():
        row.update(gold.get(row["name"], {}))  # type: ignore[union-attr]


def default_extractor() -> Extractor:
    """The extractor scored unless told otherwise: pipeline.extract.extract_text."""
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


_EVAL_START = datetime.now(UTC).replace(microsecond=0)  # the fetch time of pages with none


def score_metadata(res: PageResult, row: dict[str, str], body: bytes, reader: MetaReader) -> None:
    """Score `reader` on the page against the row's `published` / `authors`, into `res`."""
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
        score_metadata(res, row, body, meta_reader)
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
