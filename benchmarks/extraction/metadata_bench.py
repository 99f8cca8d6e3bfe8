"""Publication date and authors: newsbrief's metadata reader, trafilatura and htmldate side by
side on the pages of benchmarks/extraction/metadata-gold.tsv.

The gold (columns corpus, name, language, published, authors) was written by reading each
page's markup: the publication day as the page states it (the day of its machine-readable
publication time where there is one, in that time's own offset; else the printed date), and
the person names of its byline ("|" between names). A blank cell is not annotated and not
scored; organisations, agencies and desks ("Reuters", "BBC News", "Staff") are not authors.

Scores, per language and overall: date right = share of dated pages whose found day equals
the gold day; author F1 = mean per-page F1 of the found names against the gold names (case and
spacing ignored, `pipeline.app.evaluate.author_f1`). Ours is
`pipeline.app.evaluate.read_page_metadata` (decode, parse, `PageView.metadata`); trafilatura's is
`bare_extraction(with_metadata=True)` (date and author, its authors split on ";"); htmldate's is
`find_date` with its defaults (original date, extensive search). The seconds each took are printed.
Usage, from the project root:

    .venv/bin/python benchmarks/extraction/metadata_bench.py [--gold FILE] [--eval-dir DIR]
        [--per-page] [--no-others]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.app.evaluate import author_f1, read_page_metadata  # noqa: E402
from pipeline.extract import decode_html  # noqa: E402

DEFAULT_GOLD = Path(__file__).with_name("metadata-gold.tsv")
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"

Reader = Callable[[bytes, str], tuple["date | None", list[str]]]


def ours(body: bytes, url: str) -> tuple[date | None, list[str]]:
    published, authors = read_page_metadata(body, url)
    return (published.date() if published else None), authors


def _day(value: object) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)[:10]).date()
    except ValueError:
        return None


def trafilatura_reader(body: bytes, url: str) -> tuple[date | None, list[str]]:
    from trafilatura import bare_extraction

    doc = bare_extraction(decode_html(body)[0], url=url or None, with_metadata=True)
    if doc is None:
        return None, []
    data = doc if isinstance(doc, dict) else doc.as_dict()
    names = [n.strip() for n in (data.get("author") or "").split(";") if n.strip()]
    return _day(data.get("date")), names


def htmldate_reader(body: bytes, url: str) -> tuple[date | None, list[str]]:
    from htmldate import find_date

    return _day(find_date(decode_html(body)[0], url=url or None)), []


def load(gold_path: Path, eval_dir: Path) -> list[dict[str, str]]:
    """The gold rows with each page's bytes path and URL from its corpus manifest."""
    pages: dict[tuple[str, str], dict[str, str]] = {}
    for corpus in {row["corpus"] for row in _rows(gold_path)}:
        for row in _rows(eval_dir / corpus / "manifest.tsv"):
            pages[(corpus, row["name"])] = row
    out = []
    for row in _rows(gold_path):
        page = pages[(row["corpus"], row["name"])]
        path = eval_dir / row["corpus"] / page.get("dir", "") / f"{row['name']}.html"
        out.append({**row, "path": str(path), "url": page.get("url", "")})
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def score(reader: Reader, rows: list[dict[str, str]], per_page: bool, label: str) -> dict:
    dates: dict[str, list[float]] = defaultdict(list)
    authors: dict[str, list[float]] = defaultdict(list)
    seconds = 0.0
    for row in rows:
        body = Path(row["path"]).read_bytes()
        start = time.perf_counter()
        try:
            found_day, found_names = reader(body, row["url"])
        except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
            print(f"{label}: {row['name']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            found_day, found_names = None, []
        seconds += time.perf_counter() - start
        lang = row["language"]
        if row["published"]:
            right = found_day is not None and found_day.isoformat() == row["published"][:10]
            dates[lang].append(float(right))
            if per_page and not right:
                print(f"  {label} date {row['name']}: found {found_day} gold {row['published']}")
        if row["authors"]:
            f1 = author_f1(found_names, row["authors"].split("|"))
            authors[lang].append(f1)
            if per_page and f1 < 1:
                print(f"  {label} authors {row['name']}: found {found_names} gold {row['authors']}")
    return {"dates": dates, "authors": authors, "seconds": seconds}


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def report(results: dict[str, dict], rows: list[dict[str, str]]) -> None:
    names = list(results)
    languages = sorted({row["language"] for row in rows})
    head = f"{'language':<9}{'dated':>6}{'authored':>9}"
    head += "".join(f"{n + ' date':>18}" for n in names)
    head += "".join(f"{n + ' F1':>18}" for n in names if n != "htmldate")
    print(head)
    for lang in [*languages, "all"]:

        def pick(res: dict, kind: str, lang: str = lang) -> list[float]:
            table = res[kind]
            return [v for key in table for v in table[key]] if lang == "all" else table[lang]

        first = results[names[0]]
        line = f"{lang:<9}{len(pick(first, 'dates')):>6}{len(pick(first, 'authors')):>9}"
        line += "".join(f"{_mean(pick(results[n], 'dates')):>18}" for n in names)
        line += "".join(
            f"{_mean(pick(results[n], 'authors')):>18}" for n in names if n != "htmldate"
        )
        print(line)
    print()
    for name, res in results.items():
        print(f"{name}: {res['seconds']:.2f} s for {len(rows)} pages")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--per-page", action="store_true", help="print every miss")
    parser.add_argument("--no-others", action="store_true", help="ours only")
    args = parser.parse_args(argv)
    if not args.gold.is_file() or not args.eval_dir.is_dir():
        print(
            f"{args.gold if not args.gold.is_file() else args.eval_dir}: not found", file=sys.stderr
        )
        return 2
    rows = load(args.gold, args.eval_dir)
    readers: dict[str, Reader] = {"newsbrief": ours}
    if not args.no_others:
        readers |= {"trafilatura": trafilatura_reader, "htmldate": htmldate_reader}
    results = {name: score(fn, rows, args.per_page, name) for name, fn in readers.items()}
    report(results, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
