"""Score the full per-page path on Mozilla Readability's test pages (`test/test-pages/` in a
clone of its repository: about 130 real pages, mostly English, some in a dozen other
languages), and trafilatura and readability-lxml on the same pages where they are importable.

Each page is a folder holding `source.html` (the page), `expected.html` (Readability's own
output for it, checked by its authors: a reference, not a human gold) and
`expected-metadata.json` (title, byline, publishedTime, lang). The text is scored as the
project's evaluation scores it (`pipeline.app.eval_metrics.page_scores`: token precision,
recall and F1) against expected.html's text, one mean per language (the page's declared
`lang`, else our Article's, else "?"; Readability's made-up Lorem ipsum pages declare none and
read as "ca"). Metadata: byline F1 (`author_f1`; the reference byline is the raw text of a
byline element, so its leading "By" is cut, its first line kept and it is split where it joins
names, as public_metadata.py reads a gold cell: a rough measure), publishedTime's day against
our `published_at` day (on pages that give one), and the title (normalised, equal or not).

Ours is what `newsbrief process` stores: `pipeline.pages.make_article` of the page bytes at
Readability's test URL (`http://fakehost/test/page.html`); a page the product rejects gives an
empty text. trafilatura and readability-lxml run as snippet_set.py runs them. Readability's
expected text comes from the very algorithm readability-lxml ports: read its number as a
ceiling shaped by the reference, not a peer's blind score. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/readability_set.py PATH/TO/readability/test/test-pages
        [--systems ours,trafilatura,readability] [--json OUT.json] [--worst N]
        [--exclude-manifest ../shared/eval/extraction-wide/manifest.tsv]

`--exclude-manifest` leaves out the pages a corpus of ours already holds (its `source_path`
column names the test page's folder; the wide corpus holds 33, the 91-page set 7, scored there
against our own golds), so the number stays blind.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402

from pipeline.app.eval_metrics import author_f1, mean, normalize, page_scores  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402
from pipeline.text.normalize import base_language  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_metadata import _JOINED  # noqa: E402  (a gold cell's joints between names)
from snippet_set import _BLOCKS, RUNNERS  # noqa: E402

URL = "http://fakehost/test/page.html"  # the URL Readability's own tests give every page


def html_text(markup: str) -> str:
    """The text of an HTML fragment, a line per block element."""
    if not markup.strip():
        return ""
    root: Any = lxml.html.fromstring(markup)
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


def held_pages(manifests: list[str]) -> set[str]:
    """Names of the test pages our corpora hold (their manifests' `source_path` column:
    "test/test-pages/NAME/source.html")."""
    names: set[str] = set()
    for manifest in manifests:
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                parts = Path(row.get("source_path") or "").parts
                if len(parts) >= 3 and parts[-3] == "test-pages":
                    names.add(parts[-2])
    return names


def load_pages(folder: Path, exclude: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Each test page's name, bytes, expected text and expected metadata (but the pages
    named in `exclude`)."""
    if not folder.is_dir():
        raise ValueError("not a folder (Readability's test/test-pages)")
    pages = []
    for page in sorted(folder.iterdir()):
        if page.name in exclude:
            continue
        source, expected = page / "source.html", page / "expected.html"
        if not (source.is_file() and expected.is_file()):
            continue
        meta_path = page / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        expected_text = html_text(expected.read_text(encoding="utf-8"))
        pages.append(
            {"name": page.name, "body": source.read_bytes(), "text": expected_text, "meta": meta}
        )
    if not pages:
        raise ValueError("no page folder with source.html and expected.html")
    return pages


def _ours(body: bytes) -> Article | None:
    made = make_article(RawPage(url=URL, body=body))
    return made if isinstance(made, Article) else None


# Readability's byline is the raw text of a byline element: "By X", "By\n X\n March 25, 2015".
_BY = re.compile(r"^(?:written\s+)?(?:by|par|von|por)\s+", re.I)


def _byline(raw: str) -> str:
    """The names of a raw byline: its leading "By" cut, its first line kept."""
    text = _BY.sub("", raw.strip())
    return text.strip().splitlines()[0].strip() if text.strip() else ""


def _metadata(art: Article | None, meta: dict[str, Any]) -> dict[str, float]:
    scores: dict[str, float] = {}
    byline = meta.get("byline")
    if isinstance(byline, str) and byline.strip():
        found = [n for n in (art.author or "").split(", ") if n.strip()] if art else []
        gold = [n.strip() for n in _JOINED.split(_byline(byline)) if n.strip()]
        scores["byline"] = author_f1(found, gold)
    published = meta.get("publishedTime")
    if isinstance(published, str) and published[:10]:
        day = art.published_at.date().isoformat() if art and art.published_at else None
        scores["date"] = float(day == published[:10])
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        scores["title"] = float(art is not None and normalize(art.title) == normalize(title))
    return scores


def run(pages: list[dict[str, Any]], systems: list[str]) -> list[dict[str, Any]]:
    """One row per page: each system's (precision, recall, F1), our metadata scores."""
    runners = {name: RUNNERS[name]() for name in systems if name != "ours"}
    seconds: dict[str, float] = defaultdict(float)
    rows = []
    for page in pages:
        start = time.perf_counter()
        art = _ours(page["body"])
        seconds["ours"] += time.perf_counter() - start
        lang = base_language(page["meta"].get("lang") or "") or (art and art.language) or "?"
        texts = {"ours": art.text if art else ""}
        for name, fn in runners.items():
            start = time.perf_counter()
            try:
                texts[name] = fn(page["body"], URL)[0]
            except Exception as err:  # noqa: BLE001 - a crash scores as an empty text
                print(f"{name} failed on {page['name']}: {err!r}", file=sys.stderr)
                texts[name] = ""
            seconds[name] += time.perf_counter() - start
        row: dict[str, Any] = {"name": page["name"], "language": lang, "text": texts["ours"]}
        row["scores"] = {n: page_scores(texts[n], page["text"], lang) for n in texts}
        row["meta"] = _metadata(art, page["meta"])
        rows.append(row)
    for name in ["ours", *runners]:
        print(f"{name}: {1000 * seconds[name] / max(1, len(pages)):.1f} ms/page")
    return rows


def _line(label: str, rows: list[dict[str, Any]], name: str) -> str:
    p, r, f = (mean([row["scores"][name][i] for row in rows]) for i in range(3))
    return f"{label:<22}{len(rows):>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}"


def report(rows: list[dict[str, Any]], systems: list[str], min_pages: int) -> None:
    print(f"{'':<22}{'pages':>6}{'prec':>8}{'recall':>8}{'F1':>8}")
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_lang[row["language"]].append(row)
    langs = sorted(by_lang, key=lambda lang: (-len(by_lang[lang]), lang))
    small = [row for lang in langs if len(by_lang[lang]) < min_pages for row in by_lang[lang]]
    groups = [("all", rows)] + [(lang, by_lang[lang]) for lang in langs]
    groups = groups[:1] + [g for g in groups[1:] if len(g[1]) >= min_pages]
    groups.append((f"others (<{min_pages} pages)", small))
    for lang, group in groups:
        if group:
            for name in systems:
                print(_line(f"{lang} {name}", group, name))
    for key, label in (("byline", "byline F1"), ("date", "publishedTime same day")):
        values = [row["meta"][key] for row in rows if key in row["meta"]]
        print(f"ours {label}: {mean(values):.3f} ({len(values)} pages)")
    titles = [row["meta"]["title"] for row in rows if "title" in row["meta"]]
    print(f"ours title equal: {mean(titles):.3f} ({len(titles)} pages)")


def worst(rows: list[dict[str, Any]], n: int) -> None:
    """Our N pages of lowest F1, with precision and recall."""
    for row in sorted(rows, key=lambda r: r["scores"]["ours"][2])[:n]:
        p, r, f = row["scores"]["ours"]
        print(f"  {row['name']:<40} {row['language']:<4} P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=Path, help="Readability's test/test-pages folder")
    ap.add_argument("--systems", default="ours,trafilatura,readability")
    ap.add_argument("--min-pages", type=int, default=5, help="smaller languages pooled")
    ap.add_argument("--json", type=Path, help="write each page's scores and our text here")
    ap.add_argument("--worst", type=int, default=0, help="list our N pages of lowest F1")
    ap.add_argument("--exclude-manifest", action="append", default=[], metavar="TSV")
    args = ap.parse_args(argv)
    systems = ["ours"]
    for name in (s for s in args.systems.split(",") if s and s != "ours"):
        try:
            RUNNERS[name]()
        except (ImportError, KeyError) as exc:  # not installed: left out, said once
            print(f"{name}: left out ({type(exc).__name__}: {exc})")
            continue
        systems.append(name)
    try:
        exclude = held_pages(args.exclude_manifest)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"--exclude-manifest: {exc}", file=sys.stderr)
        return 2
    try:
        pages = load_pages(args.pages, frozenset(exclude))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"{args.pages}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(pages)} pages ({len(exclude)} excluded as held by our corpora)")
    rows = run(pages, systems)
    report(rows, systems, args.min_pages)
    if args.worst:
        worst(rows, args.worst)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
