"""Publication date and authors measured blind on public page sets nobody here tuned on:
the evaluation sets of htmldate (tests/eval_mediacloud_2020.json: 200 multilingual news pages;
tests/eval_default.json: 800 mostly German pages) and of trafilatura (tests/evaldata.json: 990
pages, a date on 728, an author on 538), read from a clone of those repositories the user names.
No page, text or gold of theirs is in this project.

Each set is a JSON object {url: {"file": NAME, "date": "YYYY-MM-DD" | NaN | "", "author":
"A; B" | [names] | ""}}; the page bytes are NAME in the JSON's folder under test_set/, eval/
or cache/.

Ours is the Article the product stores (`pipeline.pages.make_article` of a RawPage with the
set's URL, no headers, no fetch time): its `published_at` day (in the offset the page states)
and its `author` (names joined by ", "). A page the product rejects (too short, not an
article, blocked) stores nothing and scores as nothing found; the rejects are counted.
Baselines, in the same run on the same decoded text: htmldate `find_date(html, url=...,
original_date=True)` (extensive search, its default) and trafilatura `bare_extraction(html,
url=..., with_metadata=True)` (its date and author, the author split on ";"). Both projects
built and tuned their extractors on these very sets: their scores here are not blind, ours are.

Scores per set and per language (the Article's language, else the page's declared one):
date right = share of pages with a gold date whose found day equals it; "dated, gold none" =
pages given a date where the gold says none (mediacloud's NaN); author F1 = mean per-page F1 of
the found names against the gold's (`pipeline.app.eval_metrics.author_f1`: case and spacing
ignored), over pages with a non-empty gold author. trafilatura writes "A; B" for two authors
but sometimes keeps "A und B" whole: the gold is split on ";" only (as written), and, after
the "/", on the joints of names in one cell too (",", "&", "/", "und", "and", "y", "et",
"e"), as our golds write two names. "authored,
gold none" = pages given an author where the gold's author is "" (an annotated page without
one, trafilatura's set). Usage, from the project root:

    .venv/bin/python benchmarks/extraction/public_metadata.py \\
        ../htmldate/tests/eval_mediacloud_2020.json ../htmldate/tests/eval_default.json \\
        ../trafilatura/tests/evaldata.json [--no-others] [--pages OUT.jsonl] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.app.eval_metrics import author_f1  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402
from pipeline.text.normalize import base_language  # noqa: E402
from pipeline.web.encoding import decode_html  # noqa: E402
from pipeline.web.metadata import PageView  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metadata_bench import _day  # noqa: E402  (a gold's or a baseline's value -> its day)

_DIRS = ("test_set", "eval", "cache")
Found = tuple["date | None", list[str]]
Reader = Callable[[bytes, str, str], Found]  # (bytes, decoded text, url) -> (day, names)


def ours(body: bytes, text: str, url: str) -> Found:
    return _found(make_article(RawPage(url=url, body=body)))


def _found(made: object) -> Found:
    if not isinstance(made, Article):
        return None, []
    published = made.published_at.date() if made.published_at else None
    return published, [n for n in (made.author or "").split(", ") if n.strip()]


def htmldate_reader(body: bytes, text: str, url: str) -> Found:
    from htmldate import find_date

    return _day(find_date(text, url=url or None, original_date=True)), []


def trafilatura_reader(body: bytes, text: str, url: str) -> Found:
    from trafilatura import bare_extraction

    doc = bare_extraction(text, url=url or None, with_metadata=True)
    if doc is None:
        return None, []
    data = doc if isinstance(doc, dict) else doc.as_dict()
    names = [n.strip() for n in (data.get("author") or "").split(";") if n.strip()]
    return _day(data.get("date")), names


def _gold_date(value: Any) -> str | None:
    """ "YYYY-MM-DD"; "none" where the set says the page has none (NaN); None: not annotated."""
    if isinstance(value, float) and math.isnan(value):
        return "none"
    return str(value)[:10] if value else None


def _gold_authors(value: Any) -> list[str] | None:
    """The gold's names (a list, or "A; B"); None: not annotated."""
    if value is None:
        return None
    names = value if isinstance(value, list) else str(value).split(";")
    return [n.strip() for n in names if n.strip()]


def load(json_path: Path) -> list[dict[str, Any]]:
    """The set's pages: url, path, gold date, gold authors (None: not annotated)."""
    with json_path.open(encoding="utf-8") as fh:
        data = json.load(fh)  # NaN is read as float("nan")
    if not isinstance(data, dict) or not all(
        isinstance(entry, dict) and isinstance(entry.get("file"), str) for entry in data.values()
    ):
        raise ValueError('not a set: {url: {"file": ..., "date": ...}}')
    pages = []
    for url, entry in data.items():
        path = next(
            (p for d in _DIRS if (p := json_path.parent / d / entry["file"]).is_file()), None
        )
        if path is None:
            print(f"{json_path.name}: {entry['file']}: no such page", file=sys.stderr)
            continue
        author = entry.get("author")
        pages.append(
            {
                "url": url,
                "path": path,
                "date": _gold_date(entry.get("date")),
                "authors": _gold_authors(author),
            }
        )
    return pages


def _language(made: object, url: str, text: str) -> str:
    if isinstance(made, Article) and made.language:
        return made.language
    view = PageView.parse(text, url)
    declared = base_language(view.metadata().language) if view is not None else None
    return declared or "?"


def run(pages: list[dict[str, Any]], readers: dict[str, Reader], sink: Any) -> dict[str, Any]:
    """Every reader on every page; the scores by reader, then language."""
    scores: dict[str, dict[str, dict[str, list[float]]]] = {
        name: defaultdict(lambda: defaultdict(list)) for name in readers
    }
    seconds = dict.fromkeys(readers, 0.0)
    rejects = 0
    for page in pages:
        body = page["path"].read_bytes()
        text = decode_html(body)[0]
        start = time.perf_counter()
        made = make_article(RawPage(url=page["url"], body=body))  # ours, read once
        seconds["newsbrief"] += time.perf_counter() - start
        rejects += not isinstance(made, Article)
        lang = _language(made, page["url"], text)
        row: dict[str, Any] = {"url": page["url"], "file": page["path"].name, "language": lang}
        row |= {"gold_date": page["date"], "gold_authors": page["authors"]}
        for name, reader in readers.items():
            start = time.perf_counter()
            try:
                ours_now = name == "newsbrief"
                day, names = _found(made) if ours_now else reader(body, text, page["url"])
            except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
                print(f"{name}: {page['url']}: {type(exc).__name__}: {exc}", file=sys.stderr)
                day, names = None, []
            seconds[name] += time.perf_counter() - start
            row[name] = {"date": day.isoformat() if day else None, "authors": names}
            _score(scores[name][lang], page, day, names)
        if sink is not None:
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"scores": scores, "seconds": seconds, "rejects": rejects, "pages": len(pages)}


def _score(table: dict[str, list[float]], page: dict[str, Any], day: Any, names: list[str]) -> None:
    gold = page["date"]
    if gold == "none":
        table["dated_none"].append(float(day is not None))
    elif gold:
        table["date"].append(float(day is not None and day.isoformat() == gold))
    if page["authors"]:
        table["author"].append(author_f1(names, page["authors"]))
        split = [n.strip() for a in page["authors"] for n in _JOINED.split(a) if n.strip()]
        table["author_split"].append(author_f1(names, split))
    elif page["authors"] is not None:
        table["authored_none"].append(float(bool(names)))


# Names the gold keeps joined in one cell ("A und B", "A, B", "A and B", "A & B", "A / B"):
# the "names split" score reads them apart, as our golds write them.
_JOINED = re.compile(r"\s*[,&/]\s*|\s+(?:und|and|y|et|e)\s+", re.I)


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def _count(values: list[float]) -> str:
    return f"{int(sum(values))}/{len(values)}" if values else "-"


def report(label: str, result: dict[str, Any]) -> None:
    scores = result["scores"]
    names = list(scores)
    languages = sorted(
        {lang for s in scores.values() for lang in s},
        key=lambda lang: -len(scores[names[0]][lang]["date"] + scores[names[0]][lang]["author"]),
    )
    head = f"{'lang':<6}{'dated':>6}{'auth':>5}" + "".join(f"{n[:11] + ' date':>17}" for n in names)
    head += "".join(f"{n[:5] + ' F1 / split':>17}" for n in names if n != "htmldate")
    print(f"== {label}: {result['pages']} pages, newsbrief rejected {result['rejects']}")
    print(head)
    for lang in [*languages, "all"]:
        pick = {
            n: {
                k: [v for lg in scores[n] for v in scores[n][lg][k]]
                if lang == "all"
                else scores[n][lang][k]
                for k in ("date", "author", "author_split", "dated_none", "authored_none")
            }
            for n in names
        }
        first = pick[names[0]]
        line = f"{lang:<6}{len(first['date']):>6}{len(first['author']):>5}"
        line += "".join(f"{_mean(pick[n]['date']):>17}" for n in names)
        line += "".join(
            f"{_mean(pick[n]['author']):>7}/{_mean(pick[n]['author_split']):<6}"
            for n in names
            if n != "htmldate"
        )
        print(line)
    for n in names:
        every = {
            k: [v for lg in scores[n] for v in scores[n][lg].get(k, [])]
            for k in ("dated_none", "authored_none")
        }
        print(
            f"{n}: dated, gold none {_count(every['dated_none'])}; "
            f"authored, gold none {_count(every['authored_none'])}; "
            f"{result['seconds'][n]:.1f} s"
        )
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="the sets' JSON files")
    parser.add_argument("--no-others", action="store_true", help="ours only")
    parser.add_argument("--pages", type=Path, help="write each page's findings (JSON lines)")
    parser.add_argument("--limit", type=int, default=0, help="the first N pages of each set")
    args = parser.parse_args(argv)
    missing = [p for p in args.sets if not p.is_file()]
    if missing:
        print(f"{missing[0]}: not found", file=sys.stderr)
        return 2
    sets = {}
    for path in args.sets:  # every set read before any page runs: a bad one is said at once
        try:
            sets[path] = load(path)[: args.limit or None]
        except (OSError, ValueError) as exc:  # unreadable, not JSON, not a set
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
    readers: dict[str, Reader] = {"newsbrief": ours}
    if not args.no_others:
        readers |= {"htmldate": htmldate_reader, "trafilatura": trafilatura_reader}
    sink = args.pages.open("w", encoding="utf-8") if args.pages else None
    try:
        for path, pages in sets.items():
            if sink is not None:
                sink.write(json.dumps({"set": path.name}) + "\n")
            report(path.name, run(pages, readers, sink))
    finally:
        if sink is not None:
            sink.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
