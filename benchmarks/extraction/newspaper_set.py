"""Text, title, date and authors measured blind on newspaper4k's public test pages (its
`tests/data/` folder in a clone of its repository, the path the user names): `html/NAME.html`
(real pages, several languages), `txt/NAME.txt` (newspaper4k's own text of the page: a
reference output of another extractor, not a human gold) and, for most pages,
`metadata/NAME.json` (newspaper4k's own `url`, `title`, `authors`, `publish_date`,
`language`). A page is scored where its html and txt are both there; its metadata where the
JSON is. No page, text or expectation of theirs is in this project.

Ours is the Article the product stores (`pipeline.pages.make_article` of a RawPage with the
page's URL from its metadata, else a made-up one; no headers, no fetch time), as
goose_set.py reads it. A page the product rejects stores nothing and scores as nothing found
(counted). Measures:
- text: the project's evaluation metric (`eval_metrics.page_scores`: token precision, recall
  and F1; CJK characters one by one for Chinese, words elsewhere) against the txt, in the
  page's language (newspaper's `language`, else our Article's, else "?"); and a looser
  "char F1" (every character but spaces and punctuation a token), for scripts written
  without spaces between words (Japanese, Thai, Burmese), where one word token is a whole
  clause;
- title: equal to newspaper's after `eval_metrics.normalize` (NFKC, case, spacing);
- date: our `published_at` day (in the offset it holds) is newspaper's day (in its own
  offset), over pages where newspaper gives one; "dated where newspaper gives none" counted;
- author F1: `eval_metrics.author_f1`, over pages where newspaper names some; "authored
  where newspaper names none" counted.
Every number is against newspaper's output: where it is wrong (its authors are sometimes
words of the page's chrome), a miss here may be ours right. `--misses` prints each page's
findings beside newspaper's to judge them one by one.
trafilatura (`bare_extraction(with_metadata=True)`, as goose_set.py runs it) on the same
decoded text where it is importable (`--no-others` skips it). Usage, from the project root:

    .venv/bin/python benchmarks/extraction/newspaper_set.py PATH/TO/newspaper4k/tests/data \\
        [--no-others] [--misses] [--pages OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goose_set import Found, Reader, _found, squash, trafilatura_reader  # noqa: E402
from metadata_bench import _day  # noqa: E402  (an ISO value -> its day)

from pipeline.app.eval_metrics import author_f1, mean, normalize, page_scores  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402
from pipeline.text.normalize import base_language  # noqa: E402
from pipeline.web.encoding import decode_html  # noqa: E402

_CHAR = re.compile(r"[^\W_]")


def char_f1(found: str, reference: str) -> float:
    """F1 of the two texts' bags of characters (letters and digits; no spaces, punctuation)."""
    got, want = (
        Counter(_CHAR.findall(normalize(found))),
        Counter(_CHAR.findall(normalize(reference))),
    )
    common = sum((got & want).values())
    if not common:
        return float(not got and not want)
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _meta(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: not a JSON object")
    authors = data.get("authors")
    if authors is not None and not (
        isinstance(authors, list) and all(isinstance(a, str) for a in authors)
    ):
        raise ValueError(f"{path.name}: 'authors' is not a list of names")
    return data


def load(root: Path) -> list[dict[str, Any]]:
    """The set's pages: name, url, html path, newspaper's text and metadata."""
    if not root.is_dir():
        raise ValueError("not a folder")
    pages = []
    for txt in sorted((root / "txt").glob("*.txt")):
        html = root / "html" / f"{txt.stem}.html"
        if not html.is_file():
            continue
        meta = _meta(root / "metadata" / f"{txt.stem}.json")
        pages.append(
            {
                "name": txt.stem,
                "url": meta.get("url") or f"http://example.com/{txt.stem}.html",
                "html": html,
                "text": txt.read_text(encoding="utf-8"),
                "meta": meta,
                "lang": base_language(meta.get("language") or meta.get("meta_lang") or "") or None,
            }
        )
    if not pages:
        raise ValueError("no txt/NAME.txt beside html/NAME.html")
    return pages


def score(page: dict[str, Any], found: Found, language: str) -> dict[str, float]:
    row: dict[str, float] = {}
    precision, recall, f1 = page_scores(found["text"] or "", page["text"], language)
    row |= {"precision": precision, "recall": recall, "f1": f1}
    row["char_f1"] = char_f1(found["text"] or "", page["text"])
    meta = page["meta"]
    if meta.get("title"):
        row["title"] = float(normalize(found["title"]) == normalize(meta["title"]))
    if meta:
        day = _day(meta.get("publish_date"))
        if day:
            row["date"] = float(found["date"] == day)
        else:
            row["dated_none"] = float(found["date"] is not None)
        names = [n for n in meta.get("authors") or [] if n.strip()]
        if names:
            row["author"] = author_f1(found["authors"], names)
        elif "authors" in meta:
            row["authored_none"] = float(bool(found["authors"]))
    return row


def _read(name: str, reader: Reader, page: dict[str, Any], body: bytes) -> tuple[Found, bool]:
    """What one system finds on a page, and whether the product rejected it."""
    try:
        if name == "newsbrief":
            made = make_article(RawPage(url=page["url"], body=body))
            return _found(made), not isinstance(made, Article)
        return reader(body, decode_html(body)[0], page["url"]), False
    except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
        print(f"{name}: {page['name']}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return _found(None), False


def run(pages: list[dict[str, Any]], readers: dict[str, Reader], sink: Any) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    seconds = dict.fromkeys(readers, 0.0)
    rejects = 0
    for page in pages:
        body = page["html"].read_bytes()
        row: dict[str, Any] = {"name": page["name"]}
        for name, reader in readers.items():
            start = time.perf_counter()
            found, rejected = _read(name, reader, page, body)
            seconds[name] += time.perf_counter() - start
            rejects += rejected
            if name == "newsbrief":
                row["lang"] = page["lang"] or base_language(found["language"] or "") or "?"
            row[name] = {"found": found, "scores": score(page, found, row["lang"])}
        rows.append(row)
        if sink is not None:
            sink.write(json.dumps(_jsonable(row, list(readers)), ensure_ascii=False) + "\n")
    return {"rows": rows, "seconds": seconds, "rejects": rejects}


def _jsonable(row: dict[str, Any], readers: list[str]) -> dict[str, Any]:
    out = dict(row)
    for name in readers:
        found = dict(out[name]["found"])
        found["date"] = found["date"].isoformat() if isinstance(found["date"], date) else None
        found["text"] = (found["text"] or "")[:300]
        out[name] = {"found": found, "scores": out[name]["scores"]}
    return out


_MEASURES = (
    ("f1", "text F1 (eval tokens)"),
    ("precision", "text precision"),
    ("recall", "text recall"),
    ("char_f1", "text char F1"),
    ("title", "title equal (normalized)"),
    ("date", "date right (same day)"),
    ("dated_none", "dated where newspaper none"),
    ("author", "author F1 (newspaper names some)"),
    ("authored_none", "authored where newspaper none"),
)


def _cell(rows: list[dict[str, Any]], name: str, key: str) -> str:
    values = [r[name]["scores"][key] for r in rows if key in r[name]["scores"]]
    if not values:
        return "-"
    if key.endswith("_none"):
        return f"{sum(values):.0f} of {len(values)}"
    return f"{mean(values):.3f} ({len(values)})"


def report(result: dict[str, Any], readers: list[str]) -> None:
    rows = result["rows"]
    print(f"{len(rows)} pages, newsbrief rejected {result['rejects']}")
    print(f"\n{'measure':<36}" + "".join(f"{n:>16}" for n in readers))
    for key, text in _MEASURES:
        print(f"{text:<36}" + "".join(f"{_cell(rows, n, key):>16}" for n in readers))
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    print(f"\n{'language (pages): F1 / char F1':<36}" + "".join(f"{n:>16}" for n in readers))
    for lang in sorted(by_lang, key=lambda k: (-len(by_lang[k]), k)):
        group = by_lang[lang]
        cells = [
            f"{mean([r[n]['scores']['f1'] for r in group]):.3f}"
            f" / {mean([r[n]['scores']['char_f1'] for r in group]):.3f}"
            for n in readers
        ]
        print(f"{f'{lang} ({len(group)})':<36}" + "".join(f"{c:>16}" for c in cells))
    print()
    for name in readers:
        print(f"{name}: {result['seconds'][name]:.1f} s")


def misses(rows: list[dict[str, Any]], pages: list[dict[str, Any]]) -> None:
    """Each page: our text scores, and where a field is short of full marks, both findings."""
    meta = {p["name"]: p["meta"] for p in pages}
    for row in rows:
        s, found, theirs = row["newsbrief"]["scores"], row["newsbrief"]["found"], meta[row["name"]]
        print(
            f"\n{row['name']} ({row['lang']}): F1 {s['f1']:.3f} P {s['precision']:.3f}"
            f" R {s['recall']:.3f} char F1 {s['char_f1']:.3f}"
        )
        if s.get("title", 1) < 1:
            print(f"  title: {found['title']!r} | newspaper {theirs.get('title')!r}")
        if s.get("date", 1) < 1 or s.get("dated_none"):
            print(f"  date: {found['date']} | newspaper {theirs.get('publish_date')}")
        if s.get("author", 1) < 1 or s.get("authored_none"):
            print(f"  authors: {found['authors']} | newspaper {theirs.get('authors')}")
        print(f"  text: {squash(found['text'] or '')[:160]!r}")


def _unused(body: bytes, text: str, url: str) -> Found:
    return _found(None)  # the stored Article is read in `_read`


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="newspaper4k's tests/data folder")
    parser.add_argument("--no-others", action="store_true", help="ours only")
    parser.add_argument("--misses", action="store_true", help="each page's findings")
    parser.add_argument("--pages", type=Path, help="write each page's findings (JSON lines)")
    args = parser.parse_args(argv)
    try:
        pages = load(args.data)
    except (OSError, ValueError) as exc:  # missing, unreadable, not JSON, not the set's shape
        print(f"{args.data}: {exc}", file=sys.stderr)
        return 2
    readers: dict[str, Reader] = {"newsbrief": _unused}
    if not args.no_others:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura: not importable, ours only", file=sys.stderr)
        else:
            readers["trafilatura"] = trafilatura_reader
    sink = args.pages.open("w", encoding="utf-8") if args.pages else None
    try:
        result = run(pages, readers, sink)
    finally:
        if sink is not None:
            sink.close()
    report(result, list(readers))
    if args.misses:
        misses(result["rows"], pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
