"""Score the full per-page path on a snippet gold set of real pages (trafilatura's own
evaluation set is one: `tests/evaldata.json` in a clone of its repository, 990 pages), and
optionally trafilatura and readability-lxml on the same pages in the same run.

Each page of the set names its HTML file (under `cache/` or `eval/` beside the JSON), the
snippets that must appear in the main text ("with") and those that must not ("without":
navigation, comments, teasers ...). As trafilatura's evaluation does: whitespace is collapsed
in text and snippets before a case-sensitive substring test; true positives are "with"
snippets found, false negatives "with" snippets missing, true negatives "without" snippets
absent, false positives "without" snippets present; a page that raises or is rejected gives
an empty text. Totals print precision, recall, accuracy and F1 per system, then per language
(our Article's language; the "with" snippets' language where we made no article).

Ours is what `newsbrief process` stores: `pipeline.pages.article_from_page` on the raw bytes
with the set's URL, as bench.py times it. trafilatura runs as its evaluation does
(`extract(include_comments=False, include_tables=True, include_formatting=False)`);
readability-lxml's summary is HTML, turned into text here (a line per block element), where
trafilatura's evaluate.py scores the markup itself. trafilatura is tuned on this set, so read
its number as a ceiling, not a peer's blind score. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/snippet_set.py PATH/TO/trafilatura/tests/evaldata.json
        [--systems ours,trafilatura,readability] [--json OUT.json] [--misses N]
        [--false-positives]
        [--exclude-manifest ../shared/eval/extraction/manifest.tsv]

`--exclude-manifest` leaves out pages a corpus of ours already holds (its `source_path`
column names the set's files), so the number stays blind.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Extract = Callable[[bytes, str], tuple[str, str | None]]  # (text, language or None)
Counts = tuple[int, int, int, int]  # tp, fp, fn, tn

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Whitespace collapsed to one blank, ends stripped (as trafilatura's eval_common.norm)."""
    return _SPACE.sub(" ", text).strip()


def count(item: dict[str, Any], text: str) -> Counts:
    """(tp, fp, fn, tn) of one page's text against its "with" and "without" snippets."""
    flat = norm(text)
    tp = sum(1 for w in item["with"] if norm(w) in flat)
    fp = sum(1 for w in item["without"] if norm(w) in flat)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


@dataclass
class Matrix:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    pages: int = 0

    def add(self, counts: Counts) -> None:
        self.tp += counts[0]
        self.fp += counts[1]
        self.fn += counts[2]
        self.tn += counts[3]
        self.pages += 1

    def scores(self) -> tuple[float, float, float, float]:
        """precision, recall, accuracy, F1."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        acc = (self.tp + self.tn) / total if total else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        return p, r, acc, f1


def ours() -> Extract:
    from pipeline.errors import Rejected
    from pipeline.pages import article_from_page
    from pipeline.records import RawPage

    def run(body: bytes, url: str) -> tuple[str, str | None]:
        try:
            art = article_from_page(RawPage(url=url, body=body))
        except Rejected:
            return "", None
        return art.text, art.language

    return run


def trafilatura_runner() -> Extract:
    from trafilatura import extract

    def run(body: bytes, url: str) -> tuple[str, str | None]:
        text = extract(body, include_comments=False, include_tables=True, include_formatting=False)
        return text or "", None

    return run


_BLOCKS = ("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def readability_runner() -> Extract:
    import lxml.html
    from readability import Document  # type: ignore[import-not-found]  # optional

    from pipeline.extract import decode_body

    def run(body: bytes, url: str) -> tuple[str, str | None]:
        summary = Document(decode_body(body).text).summary()
        root: Any = lxml.html.fromstring(summary)
        for el in root.iter(*_BLOCKS):
            el.tail = "\n" + (el.tail or "")
        return root.text_content(), None

    return run


RUNNERS: dict[str, Callable[[], Extract]] = {
    "ours": ours,
    "trafilatura": trafilatura_runner,
    "readability": readability_runner,
}


def load_set(path: Path, exclude: set[str]) -> list[tuple[str, dict[str, Any], bytes]]:
    """(url, item, raw bytes) of each page whose file is found and not excluded."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(item, dict)
        and isinstance(item.get("file"), str)
        and all(
            isinstance(item.get(key, []), list)
            and all(isinstance(x, str) for x in item.get(key, []))
            for key in ("with", "without")
        )
        for item in data.values()
    ):
        raise ValueError('not a snippet set: {url: {"file": ..., "with": [...], ...}}')
    pages = []
    for url, item in data.items():
        if item["file"] in exclude:
            continue
        for sub in ("cache", "eval"):
            html = path.parent / sub / item["file"]
            if html.is_file():
                pages.append((url, item, html.read_bytes()))
                break
    return pages


def excluded_files(manifests: list[str]) -> set[str]:
    """File names of the set that our corpora hold (their manifests' source_path column)."""
    names: set[str] = set()
    for manifest in manifests:
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if "evaldata" in row.get("source_corpus", ""):
                    names.add(Path(row.get("source_path", "")).name)
    return names


def _language(item: dict[str, Any]) -> str:
    from pipeline.text import detect_language

    return detect_language(" ".join(item["with"]))[0]


def run_set(
    pages: list[tuple[str, dict[str, Any], bytes]], systems: list[str]
) -> list[dict[str, Any]]:
    """One row per page: each system's counts and text, and the language."""
    runners = {name: RUNNERS[name]() for name in systems}
    rows = []
    seconds: dict[str, float] = defaultdict(float)
    for url, item, body in pages:
        row: dict[str, Any] = {"url": url, "file": item["file"], "item": item}
        for name, fn in runners.items():
            start = time.perf_counter()
            try:
                text, lang = fn(body, url)
            except Exception as err:  # noqa: BLE001 - a crash scores as an empty text
                print(f"{name} failed on {item['file']}: {err!r}", file=sys.stderr)
                text, lang = "", None
            seconds[name] += time.perf_counter() - start
            row[name] = {"counts": count(item, text), "text": text}
            if name == "ours":
                row["language"] = lang
        if not row.get("language") or row["language"] == "und":
            row["language"] = _language(item)
        rows.append(row)
    for name in systems:
        per_page = 1000 * seconds[name] / max(1, len(pages))
        print(f"{name}: {seconds[name]:.1f} s ({per_page:.1f} ms/page)")
    return rows


def _line(label: str, m: Matrix) -> str:
    p, r, acc, f1 = m.scores()
    return (
        f"{label:<24}{m.pages:>6}{m.tp:>7}{m.fn:>7}{m.tn:>7}{m.fp:>7}"
        f"{p:>9.3f}{r:>8.3f}{acc:>8.3f}{f1:>8.3f}"
    )


def report(rows: list[dict[str, Any]], systems: list[str], min_pages: int) -> None:
    cols = f"{'pages':>6}{'tp':>7}{'fn':>7}{'tn':>7}{'fp':>7}"
    print(f"{'':<24}{cols}{'prec':>9}{'recall':>8}{'acc':>8}{'F1':>8}")
    for name in systems:
        total = Matrix()
        for row in rows:
            total.add(row[name]["counts"])
        print(_line(name, total))
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_lang[row["language"]].append(row)
    langs = sorted(by_lang, key=lambda lang: -len(by_lang[lang]))
    other = [row for lang in langs if len(by_lang[lang]) < min_pages for row in by_lang[lang]]
    groups = [(lang, by_lang[lang]) for lang in langs if len(by_lang[lang]) >= min_pages]
    groups.append((f"others (<{min_pages} pages)", other))
    for lang, group in groups:
        if not group:
            continue
        print(f"\n{lang}")
        for name in systems:
            m = Matrix()
            for row in group:
                m.add(row[name]["counts"])
            print(_line("  " + name, m))


def misses(rows: list[dict[str, Any]], n: int) -> None:
    """The pages where ours lost most (missing "with" plus present "without")."""
    worst = sorted(rows, key=lambda r: -(r["ours"]["counts"][1] + r["ours"]["counts"][2]))
    for row in worst[:n]:
        tp, fp, fn, tn = row["ours"]["counts"]
        if not fp + fn:
            break
        text = norm(row["ours"]["text"])
        lost = [w for w in row["item"]["with"] if norm(w) not in text]
        kept = [w for w in row["item"]["without"] if norm(w) in text]
        print(f"\n{row['file']} [{row['language']}] {row['url']} chars={len(text)}")
        for w in lost:
            print(f"  - missing: {w[:100]!r}")
        for w in kept:
            print(f"  + kept:    {w[:100]!r}")


def false_positives(rows: list[dict[str, Any]]) -> None:
    """Every "without" snippet ours keeps, by page, with the line of our text holding it (what
    the annotators marked as not the article: sort these by kind before fixing one)."""
    n = 0
    for row in rows:
        text = row["ours"]["text"]
        flat = norm(text)
        kept = [w for w in row["item"]["without"] if norm(w) in flat]
        if not kept:
            continue
        print(f"\n{row['file']} [{row['language']}] {row['url']}")
        lines = [norm(line) for line in text.split("\n")]
        for w in kept:
            n += 1
            held = next((line for line in lines if norm(w) in line), "(across lines)")
            print(f"  {n:>4} + {w[:100]!r}\n         in: {held[:200]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("evaldata", type=Path, help="the set's JSON (trafilatura: tests/evaldata.json)")
    ap.add_argument("--systems", default="ours,trafilatura,readability")
    ap.add_argument("--exclude-manifest", action="append", default=[], metavar="TSV")
    ap.add_argument("--min-pages", type=int, default=15, help="smaller languages pooled")
    ap.add_argument("--json", type=Path, help="write each page's counts (and texts) here")
    ap.add_argument("--misses", type=int, default=0, help="list ours' N worst pages")
    ap.add_argument(
        "--false-positives",
        action="store_true",
        help='list every "without" snippet ours keeps, with the line holding it',
    )
    args = ap.parse_args(argv)
    systems = [s for s in args.systems.split(",") if s]
    try:
        exclude = excluded_files(args.exclude_manifest)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"--exclude-manifest: {exc}", file=sys.stderr)
        return 2
    try:
        pages = load_set(args.evaldata, exclude)
    except (OSError, ValueError) as exc:  # missing, unreadable, not JSON, not a set
        print(f"{args.evaldata}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(pages)} pages ({len(exclude)} excluded as held by our corpora)")
    rows = run_set(pages, systems)
    report(rows, systems, args.min_pages)
    if args.misses and "ours" in systems:
        misses(rows, args.misses)
    if args.false_positives and "ours" in systems:
        false_positives(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
