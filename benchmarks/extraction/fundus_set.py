"""Text, publication instant, authors and title measured blind on Fundus's public parser tests:
real article pages of about 230 publishers in some 40 countries (`tests/resources/parser/
test_data/<country>/` in a clone of its repository, the path the user names), each with what
Fundus's hand-written parser for that publisher extracts from it, checked by its authors:
title, authors, publishing date (an instant with its offset) and body (summary, then
sections of subheadings and paragraphs). No page, text or expectation of theirs is in this
project.

A country folder holds `<Publisher>_<YYYY_MM_DD>.html.gz` (the page, UTF-8), `meta.info`
({file: {"url", "crawl_date"}}) and `<Publisher>.json` ({version: expectations}). A publisher
with several pages has one parser version per page, valid in turn: the pages sorted by crawl
date and the versions by number (V1, V1_1, V2 ...) pair in order; a publisher whose counts
differ is left out (counted).

Ours is the Article the product stores (`pipeline.pages.make_article` of a RawPage with the
page's URL, its fetch time the crawl date, and a `charset=utf-8` header: Fundus saved every
page as UTF-8 whatever the page's own charset says). A page the product rejects stores nothing
and scores as nothing found (counted). Measures, over the pages that expect each field:
- text F1, precision, recall: the project's token F1 (`eval_metrics.page_scores`, CJK
  characters one by one for Chinese) of the stored text against the body (summary, headlines
  and paragraphs, in order); "F1, paragraphs only": against the sections' paragraphs alone
  (Fundus's summary is a standfirst, its headlines the subheadings: how much of a difference
  is those);
- date right: our day in the offset our instant carries (the page's own day) is the
  expectation's day in its own offset; "UTC day": both in UTC; instant exact: both instants
  equal to the minute, over pages where ours has a time (not midnight);
- author F1: `eval_metrics.author_f1` (case and spacing ignored); an empty list expected
  scores a found name as 0 ("authored, none expected" counts them);
- title: equal, whitespace collapsed; and normalized (NFKC, case).
The language of a page (for tokens and the per-language table) is its `<html lang>`, else
the language we detect. trafilatura (`bare_extraction(with_metadata=True)`: its text, a day,
authors split on ";", title) runs on the same decoded text where it is installed.

Usage, from the project root:

    .venv/bin/python benchmarks/extraction/fundus_set.py \\
        PATH/TO/fundus/tests/resources/parser/test_data [--no-others] [--misses] [--pages OUT.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.app.eval_metrics import author_f1, normalize, page_scores  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402
from pipeline.text.normalize import base_language  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metadata_bench import _day  # noqa: E402  (an ISO value -> its day)

Found = dict[str, Any]  # text, instant (datetime | None), day (date | None), authors, title
Reader = Callable[[str, str], Found]  # (decoded text, url) -> found

_SPACE = re.compile(r"\s+")
_VERSION = re.compile(r"\d+")
_FILE = re.compile(r"(?P<publisher>[^_]+)_(?P<day>\d{4}_\d\d_\d\d)\.html\.gz$")
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_UTF8 = {"Content-Type": "text/html; charset=utf-8"}


def squash(text: str) -> str:
    """Whitespace collapsed to one blank, ends stripped."""
    return _SPACE.sub(" ", text).strip()


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(n) for n in _VERSION.findall(name))


def _lines(value: Any) -> list[str]:
    return (
        [str(v) for v in value if isinstance(v, str) and v.strip()]
        if isinstance(value, list)
        else []
    )


def _body(value: Any) -> tuple[str, str] | None:
    """(the whole body, its paragraphs alone) of a Fundus body object; None where absent."""
    if not isinstance(value, dict):
        return None
    whole, paragraphs = _lines(value.get("summary")), []
    for section in value.get("sections") or []:
        if isinstance(section, dict):
            whole += _lines(section.get("headline"))
            lines = _lines(section.get("paragraphs"))
            whole += lines
            paragraphs += lines
    return "\n".join(whole), "\n".join(paragraphs)


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def load(root: Path) -> tuple[list[dict[str, Any]], int]:
    """The set's pages (name, url, path, crawl time, expectations) and how many pages were left
    out because their publisher's versions and pages do not pair."""
    if not root.is_dir():
        raise ValueError("not a folder")
    pages: list[dict[str, Any]] = []
    unpaired = 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        info_path = folder / "meta.info"
        if not info_path.is_file():
            continue
        info = json.loads(info_path.read_text(encoding="utf-8"))
        files: dict[str, list[Path]] = defaultdict(list)
        for path in folder.glob("*.html.gz"):
            if m := _FILE.match(path.name):
                files[m["publisher"]].append(path)
        for publisher, paths in sorted(files.items()):
            case_path = folder / f"{publisher}.json"
            if not case_path.is_file():
                unpaired += len(paths)
                continue
            cases = json.loads(case_path.read_text(encoding="utf-8"))
            if not isinstance(cases, dict):
                raise ValueError(f"{folder.name}/{case_path.name}: not an object of versions")
            versions = sorted(cases, key=_version_key)
            if len(versions) != len(paths):
                unpaired += len(paths)
                continue
            for path, version in zip(sorted(paths), versions, strict=True):
                expected, meta = cases[version], info.get(path.name) or {}
                if not isinstance(expected, dict):
                    raise ValueError(f"{folder.name}/{case_path.name}: {version} is not an object")
                crawled = _instant(meta.get("crawl_date"))
                pages.append(
                    {
                        "name": f"{folder.name}/{path.name.removesuffix('.html.gz')}",
                        "url": meta.get("url") or f"https://{publisher.lower()}.example/",
                        "path": path,
                        "fetched_at": crawled.replace(tzinfo=crawled.tzinfo or UTC)
                        if crawled
                        else None,
                        "body": _body(expected.get("body")),
                        "title": expected.get("title") if "title" in expected else None,
                        "authors": _lines(expected["authors"]) if "authors" in expected else None,
                        "instant": _instant(expected.get("publishing_date")),
                    }
                )
    if not pages:
        raise ValueError(
            "no <country>/meta.info with <Publisher>_<date>.html.gz and <Publisher>.json"
        )
    return pages, unpaired


def _ours(made: object) -> Found:
    if not isinstance(made, Article):  # rejected: nothing stored
        return {"text": "", "instant": None, "day": None, "authors": [], "title": "", "lang": None}
    when = made.published_at
    return {
        "text": made.text,
        "instant": when,
        "day": when.date() if when else None,
        "authors": [n for n in (made.author or "").split(", ") if n.strip()],
        "title": made.title or "",
        "lang": made.language,
    }


def trafilatura_reader(text: str, url: str) -> Found:
    from trafilatura import bare_extraction

    doc = bare_extraction(text, url=url or None, with_metadata=True)
    if doc is None:
        return _ours(None)
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return {
        "text": data.get("text") or "",
        "instant": None,  # (a day: no time, no offset)
        "day": _day(data.get("date")),
        "authors": [n.strip() for n in (data.get("author") or "").split(";") if n.strip()],
        "title": data.get("title") or "",
        "lang": None,
    }


def _utc_day(when: datetime) -> date:
    return (when.astimezone(UTC) if when.tzinfo else when).date()


def score(page: dict[str, Any], found: Found, language: str) -> dict[str, float]:
    row: dict[str, float] = {}
    if page["body"] is not None and page["body"][0]:
        precision, recall, f1 = page_scores(found["text"], page["body"][0], language)
        row |= {"f1": f1, "precision": precision, "recall": recall}
        if page["body"][1]:
            row["f1_paragraphs"] = page_scores(found["text"], page["body"][1], language)[2]
    gold = page["instant"]
    if gold is not None:
        row["date"] = float(found["day"] == gold.date())
        ours = found["instant"]
        if ours is not None:
            row["utc_day"] = float(_utc_day(ours) == _utc_day(gold))
            has_time = (ours.hour, ours.minute, ours.second) != (0, 0, 0)
            if has_time and ours.tzinfo and gold.tzinfo:
                row["instant"] = float(abs((ours - gold).total_seconds()) < 60)
        else:
            row["utc_day"] = float(found["day"] == _utc_day(gold))
    if page["authors"] is not None:
        row["author"] = author_f1(found["authors"], page["authors"])
        if not page["authors"]:
            row["authored_none"] = float(bool(found["authors"]))
    if page["title"]:
        row["title"] = float(squash(found["title"]) == squash(page["title"]))
        row["title_loose"] = float(normalize(found["title"]) == normalize(page["title"]))
    return row


def run(pages: list[dict[str, Any]], readers: dict[str, Reader], sink: Any) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    seconds = dict.fromkeys(["newsbrief", *readers], 0.0)
    rejects = 0
    for page in pages:
        body = gzip.decompress(page["path"].read_bytes())
        text = body.decode("utf-8", errors="replace")
        start = time.perf_counter()
        try:
            raw = RawPage(url=page["url"], body=body, headers=_UTF8, fetched_at=page["fetched_at"])
            made = make_article(raw)
        except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
            print(f"newsbrief: {page['name']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            made = None
        seconds["newsbrief"] += time.perf_counter() - start
        rejects += not isinstance(made, Article)
        found = {"newsbrief": _ours(made)}
        declared = _HTML_LANG.search(body[:5000])
        language = (base_language(declared.group(1).decode("ascii")) if declared else None) or (
            found["newsbrief"]["lang"] or "en"
        )
        for name, reader in readers.items():
            start = time.perf_counter()
            try:
                found[name] = reader(text, page["url"])
            except Exception as exc:  # noqa: BLE001
                print(f"{name}: {page['name']}: {type(exc).__name__}: {exc}", file=sys.stderr)
                found[name] = _ours(None)
            seconds[name] += time.perf_counter() - start
        row: dict[str, Any] = {"name": page["name"], "lang": language}
        for name, got in found.items():
            row[name] = {"found": got, "scores": score(page, got, language)}
        rows.append(row)
        if sink is not None:
            out: dict[str, Any] = {"name": page["name"], "lang": language}
            for name, got in found.items():
                shown = dict(got)
                shown["instant"] = got["instant"].isoformat() if got["instant"] else None
                shown["day"] = got["day"].isoformat() if isinstance(got["day"], date) else None
                shown["text"] = (got["text"] or "")[:300]
                out[name] = {"found": shown, "scores": row[name]["scores"]}
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
    return {"rows": rows, "seconds": seconds, "rejects": rejects}


_MEASURES = (
    ("f1", "text token F1 (summary + headlines + paragraphs)"),
    ("precision", "text precision"),
    ("recall", "text recall"),
    ("f1_paragraphs", "text F1 against the paragraphs only"),
    ("date", "date right (the page's own day)"),
    ("utc_day", "date right (UTC day)"),
    ("instant", "instant exact (to the minute, ours timed)"),
    ("author", "author F1"),
    ("authored_none", "authored, none expected"),
    ("title", "title equal"),
    ("title_loose", "title equal, normalized"),
)


def _cell(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f} ({len(values)})" if values else "-"


def report(result: dict[str, Any], readers: list[str], unpaired: int) -> None:
    rows = result["rows"]
    print(f"{len(rows)} pages ({unpaired} left out: versions and pages unpaired)")
    print(f"newsbrief rejected {result['rejects']}")
    print(f"\n{'measure':<52}" + "".join(f"{n:>16}" for n in readers))
    for key, text in _MEASURES:
        cells = [
            _cell([r[n]["scores"][key] for r in rows if key in r[n]["scores"]]) for n in readers
        ]
        print(f"{text:<52}" + "".join(f"{c:>16}" for c in cells))
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    print("\nby language (text F1 / date right / author F1), " + " | ".join(readers))
    for lang, group in sorted(by_lang.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        cells = []
        for name in readers:
            parts = []
            for key in ("f1", "date", "author"):
                values = [r[name]["scores"][key] for r in group if key in r[name]["scores"]]
                parts.append(f"{sum(values) / len(values):.3f}" if values else "  -  ")
            cells.append(" / ".join(parts))
        print(f"{lang:<6}{len(group):>4}  " + " | ".join(cells))
    print()
    for name in readers:
        print(f"{name}: {result['seconds'][name]:.1f} s")


def misses(result: dict[str, Any]) -> None:
    """Each page where ours is short (text F1 < 0.9, a wrong day, author F1 < 1, title)."""
    for row in result["rows"]:
        s, found = row["newsbrief"]["scores"], row["newsbrief"]["found"]
        bad = [k for k in ("date", "author", "title") if k in s and s[k] < 1]
        if s.get("f1", 1.0) < 0.9:
            bad.insert(0, "text")
        if not bad:
            continue
        shown = {k: round(v, 3) for k, v in s.items()}
        print(f"\n{row['name']} [{row['lang']}]: {', '.join(bad)}  {shown}")
        if "date" in bad:
            print(f"  date: {found['instant'] or found['day']}")
        if "author" in bad:
            print(f"  authors: {found['authors']}")
        if "title" in bad:
            print(f"  title: {found['title']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="Fundus's tests/resources/parser/test_data folder")
    parser.add_argument("--no-others", action="store_true", help="ours only")
    parser.add_argument("--misses", action="store_true", help="list ours' misses")
    parser.add_argument("--pages", type=Path, help="write each page's findings (JSON lines)")
    args = parser.parse_args(argv)
    try:
        pages, unpaired = load(args.data)
    except (OSError, ValueError) as exc:  # missing, unreadable, not JSON, not the set's shape
        print(f"{args.data}: {exc}", file=sys.stderr)
        return 2
    readers: dict[str, Reader] = {}
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
    report(result, ["newsbrief", *readers], unpaired)
    if args.misses:
        misses(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
