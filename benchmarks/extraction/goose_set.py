"""Text start, date, authors and title measured blind on goose3's public test pages (its
`tests/data/` folder in a clone of its repository, the path the user names): `content/`
(real news pages, each with the first characters of goose's article text, some with its
title), `authors/`, `publishdate/` and `title/` (a few pages each, some made up by goose's
authors to test a configuration of theirs). No page, text or expectation of theirs is in
this project.

Each page is NAME.html beside NAME.json, {"url": ..., "expected": {"cleaned_text": PREFIX,
"title": ..., "authors": [...], "publish_date": ISO}}; a key absent is not scored.

Ours is the Article the product stores (`pipeline.pages.make_article` of a RawPage with the
page's URL, no headers, no fetch time), as `public_metadata.py` reads it. A page the product
rejects stores nothing and scores as nothing found (counted). "newsbrief meta" is our metadata
reader alone (`PageView.metadata`: date, authors, title; no text) on the same pages: goose's
date and title pages are mostly a <head> and an empty <body>, which the product rightly
stores no article of. Measures, over the pages that
expect each field:
- text start: our text, whitespace collapsed, *starts with* goose's prefix (collapsed too);
  *contains* it; and, where it contains it, how many word tokens come before it (boilerplate
  kept above the lead: the mean over containing pages, and how many pages have any);
- prefix recall: the share of the prefix's tokens found in our text (`eval_metrics.tokens`:
  CJK characters one by one for Chinese, NFKC and case folded);
- date right: our `published_at` day (in the offset it holds) is the expected day (in its own
  offset);
- author F1: `eval_metrics.author_f1` (case and spacing ignored), as public_metadata.py;
- title: ours equals the expected title, whitespace collapsed (and, looser, case folded and
  NFKC);
- the stored article's other fields against goose's meta fields: its language against
  `meta_lang` (the page's declared language, base codes), its summary against
  `meta_description` (whitespace collapsed, entities read), its canonical URL against
  `canonical_link`.
trafilatura (`bare_extraction(with_metadata=True)`: its text, date, author split on ";",
title, description, URL; its language is unscored: it names none without a target
language) on the same decoded text when it is importable. Some expectations are goose's own
conventions (a configuration that names the tag to read, an empty title where the page has
one): `--quirks` lists pages left out of the verdict (`GOOSE_QUIRKS` says why each one).
Usage, from the project root:

    .venv/bin/python benchmarks/extraction/goose_set.py PATH/TO/goose3/tests/data \\
        [--no-others] [--misses] [--pages OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.app.eval_metrics import author_f1, normalize, tokens  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402
from pipeline.text.normalize import base_language  # noqa: E402
from pipeline.web.encoding import decode_body, decode_html  # noqa: E402
from pipeline.web.metadata import PageView  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metadata_bench import _day  # noqa: E402  (an ISO value -> its day)

FOLDERS = ("content", "authors", "publishdate", "title")

# Expectations that follow goose's configuration or its conventions rather than the page (or
# our golds' conventions where they differ from goose's, decided on the blind run before any
# change): scored and printed, left out of the verdict ("all but quirks") for the measures
# named. Keyed by goose's test name: labels of their expectations, not rules of ours.
_START = ("starts", "before")
_TEXT = ("starts", "contains", "before", "recall")
GOOSE_QUIRKS: dict[str, tuple[tuple[str, ...], str]] = {
    "authors/test_author_config": (("author",), "goose configured with a tag pattern"),
    "publishdate/test_publish_date_config": (("date",), "goose configured: a made-up meta name"),
    "content/test_pattern_config": (_TEXT, "goose configured with a made-up content class"),
    "title/test_title_empty": (("title", "title_loose"), "goose expects no title (we make one)"),
    "title/test_title_splitter": (("title", "title_loose"), "goose expects no title"),
    "content/test_cnn1": (("title", "title_loose"), "goose keeps the site's name in the title"),
    "title/test_title_sitename_list": (("title", "title_loose"), "goose keeps the site's name"),
    # goose's text leaves out lines that are the article's (our golds keep them)
    "content/test_gizmodo1": (_TEXT, "goose drops the subheadings"),
    "content/test_gizmodo2": (_TEXT, "goose drops the subheadings"),
    "content/test_gizmodo3": (_TEXT, "goose drops the subheadings"),
    "content/test_guardian1": (_TEXT, "goose drops an interview's bold questions"),
    "content/test_donga_korean": (_TEXT, "goose glues paragraphs without a space"),
    "content/test_bbc_chinese": (_TEXT, "goose skips body paragraphs; a caption opens ours"),
    "content/test_businessWeek3": (_TEXT, "goose drops the correction note under the deck"),
    # the text opens with a standfirst (deck) or a photo caption: our golds keep both
    "content/test_businessWeek2": (_START, "the deck opens ours (goose leaves decks out)"),
    "content/test_businessWeek4": (_START, "the deck opens ours (goose leaves decks out)"),
    "content/test_cnet": (_START, "the deck opens ours (goose leaves decks out)"),
    "content/test_lefigaro": (_START, "the deck opens ours (goose leaves decks out)"),
    "content/test_elmondo1": (_START, "the summary bullets and a caption open ours"),
    "content/test_cnn1 ": (_START, ""),
    "content/test_time": (_START, "a photo caption opens ours (goose leaves captions out)"),
    "content/test_issue4": (_START, "a photo caption opens ours (goose leaves captions out)"),
    "content/test_usatoday_issue_74": (_START, "a video's caption opens ours"),
}
# (cnn1: its title's quirk above; its text opens with a caption and the highlights box)
GOOSE_QUIRKS["content/test_cnn1"] = (
    ("title", "title_loose", "starts"),
    "goose keeps the site's name in the title; a caption and the highlights box open ours",
)
del GOOSE_QUIRKS["content/test_cnn1 "]

Found = dict[str, Any]  # text, date, authors, title
Reader = Callable[[bytes, str, str], Found]  # (bytes, decoded text, url) -> found

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def squash(text: str) -> str:
    """Whitespace collapsed to one blank, ends stripped."""
    return _SPACE.sub(" ", text).strip()


def _found(made: object) -> Found:
    if not isinstance(made, Article):  # rejected: nothing stored
        return {"text": "", "date": None, "authors": [], "title": "", "language": None} | {
            "summary": "",
            "canonical": "",
        }
    return {
        "text": made.text,
        "date": made.published_at.date() if made.published_at else None,
        "authors": [n for n in (made.author or "").split(", ") if n.strip()],
        "title": made.title or "",
        "language": made.language,
        "summary": made.summary or "",
        "canonical": made.canonical_url,
    }


def metadata_reader(body: bytes, text: str, url: str) -> Found:
    """What our metadata reader alone finds (`PageView.metadata`, as `make_article` reads it),
    also on the pages the product rejects (goose's date and title pages are mostly a <head>
    and an empty <body>: no article to store). No text."""
    decoded = decode_body(body)
    view = PageView.parse(decoded.text, url, decoded.utf8)
    if view is None:
        return {"text": None, "date": None, "authors": [], "title": "", "language": None}
    meta = view.metadata()
    return {
        "text": None,
        "date": meta.published_at.date() if meta.published_at else None,
        "authors": list(meta.authors),
        "title": meta.title or "",
        "language": None,
    }


def trafilatura_reader(body: bytes, text: str, url: str) -> Found:
    from trafilatura import bare_extraction

    doc = bare_extraction(text, url=url or None, with_metadata=True)
    if doc is None:
        return _found(None)
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return {
        "text": data.get("text") or "",
        "date": _day(data.get("date")),
        "authors": [n.strip() for n in (data.get("author") or "").split(";") if n.strip()],
        "title": data.get("title") or "",
        "language": data.get("language") or "",  # (none without a target language: unscored)
        "summary": data.get("description") or "",
        "canonical": data.get("url") or "",
    }


def load(root: Path) -> list[dict[str, Any]]:
    """The set's pages: name, url, html path, and the expectations we score."""
    if not root.is_dir():
        raise ValueError("not a folder")
    pages = []
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.json")):
            html = path.with_suffix(".html")
            if not html.is_file():
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            expected = data.get("expected") if isinstance(data, dict) else None
            if not isinstance(expected, dict):
                raise ValueError(f"{folder}/{path.name}: no 'expected' object")
            name = f"{folder}/{path.stem}"
            pages.append(
                {
                    "name": name,
                    "url": data.get("url") or f"http://example.com/{path.stem}",
                    "html": html,
                    "text": expected.get("cleaned_text") or None,
                    "title": expected.get("title") if "title" in expected else None,
                    "authors": expected.get("authors"),
                    "date": _day(expected.get("publish_date")),
                    "lang": base_language(expected.get("meta_lang") or "") or None,
                    "description": unescape(expected.get("meta_description") or "") or None,
                    "canonical": expected.get("canonical_link") or None,
                    "quirk": GOOSE_QUIRKS.get(name, ((), ""))[0],
                }
            )
    if not pages:
        raise ValueError("no NAME.json beside NAME.html under " + ", ".join(FOLDERS))
    return pages


def text_scores(ours: str, prefix: str, language: str) -> dict[str, float]:
    """starts, contains, tokens before the prefix (where contained), prefix token recall."""
    flat, want = squash(ours), squash(prefix)
    at = flat.find(want)
    gold, got = tokens(want, language), tokens(flat, language)
    recall = sum((gold & got).values()) / max(1, sum(gold.values()))
    row = {"starts": float(at == 0), "contains": float(at >= 0), "recall": recall}
    if at >= 0:
        row["before"] = float(len(_WORD.findall(flat[:at])))
    return row


def score(page: dict[str, Any], found: Found) -> dict[str, float]:
    row: dict[str, float] = {}
    if page["text"] and found["text"] is not None:
        language = found.get("language") or "en"
        row |= text_scores(found["text"], page["text"], language)
    if page["date"]:
        row["date"] = float(found["date"] == page["date"])
    if page["authors"] is not None:
        row["author"] = author_f1(found["authors"], page["authors"])
    if page["title"] is not None:
        row["title"] = float(squash(found["title"]) == squash(page["title"]))
        row["title_loose"] = float(normalize(found["title"]) == normalize(page["title"]))
    if page["lang"] and "summary" in found and found["language"] != "":  # (module doc)
        row["lang"] = float(base_language(found["language"] or "") == page["lang"])
    if page["description"] and "summary" in found:
        row["description"] = float(squash(found["summary"]) == squash(page["description"]))
    if page["canonical"] and "summary" in found:
        row["canonical"] = float(found["canonical"].rstrip("/") == page["canonical"].rstrip("/"))
    return row


def run(pages: list[dict[str, Any]], readers: dict[str, Reader], sink: Any) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    seconds = dict.fromkeys(readers, 0.0)
    rejects = 0
    for page in pages:
        body = page["html"].read_bytes()
        text = decode_html(body)[0]
        row: dict[str, Any] = {"name": page["name"], "quirk": list(page["quirk"])}
        for name, reader in readers.items():
            start = time.perf_counter()
            try:
                if name == "newsbrief":
                    made = make_article(RawPage(url=page["url"], body=body))
                    rejects += not isinstance(made, Article)
                    found = _found(made)
                else:
                    found = reader(body, text, page["url"])
            except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
                print(f"{name}: {page['name']}: {type(exc).__name__}: {exc}", file=sys.stderr)
                found = _found(None)
            seconds[name] += time.perf_counter() - start
            row[name] = {"found": found, "scores": score(page, found)}
        rows.append(row)
        if sink is not None:
            out = {k: v for k, v in row.items()}
            for name in readers:
                f = dict(out[name]["found"])
                f["date"] = f["date"].isoformat() if isinstance(f["date"], date) else None
                f["text"] = (f["text"] or "")[:300]
                out[name] = {"found": f, "scores": out[name]["scores"]}
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
    return {"rows": rows, "seconds": seconds, "rejects": rejects}


_MEASURES = (
    ("starts", "text starts with the prefix"),
    ("contains", "text contains the prefix"),
    ("before", "tokens before the prefix (mean, where contained)"),
    ("recall", "prefix token recall"),
    ("date", "date right (same day)"),
    ("author", "author F1"),
    ("title", "title equal"),
    ("title_loose", "title equal, case folded"),
    ("lang", "language: goose's meta_lang (declared)"),
    ("description", "summary equals goose's meta_description"),
    ("canonical", "canonical URL"),
)


def _cell(values: list[float], key: str) -> str:
    if not values:
        return "-"
    mean = sum(values) / len(values)
    if key == "before":
        return f"{mean:.1f} ({sum(v > 0 for v in values)}/{len(values)})"
    return f"{mean:.3f} ({len(values)})"


def report(result: dict[str, Any], readers: list[str]) -> None:
    rows = result["rows"]
    print(f"{len(rows)} pages, newsbrief rejected {result['rejects']}")
    for label, strict in (("all pages", False), ("all but goose's quirks (the verdict)", True)):
        print(f"\n== {label}")
        print(f"{'measure':<50}" + "".join(f"{n:>18}" for n in readers))
        for key, text in _MEASURES:
            pick = [r for r in rows if not (strict and key in r["quirk"])]
            cells = [
                _cell([r[n]["scores"][key] for r in pick if key in r[n]["scores"]], key)
                for n in readers
            ]
            print(f"{text:<50}" + "".join(f"{c:>18}" for c in cells))
    print()
    for name in readers:
        print(f"{name}: {result['seconds'][name]:.1f} s")


def misses(result: dict[str, Any]) -> None:
    """Each page where ours is short of full marks, with what it found."""
    for row in result["rows"]:
        s = row["newsbrief"]["scores"]
        bad = [k for k in ("starts", "date", "author", "title") if k in s and s[k] < 1]
        if not bad:
            continue
        found = row["newsbrief"]["found"]
        tag = f" (goose quirk: {', '.join(row['quirk'])})" if row["quirk"] else ""
        print(f"\n{row['name']}{tag}: {', '.join(bad)}  {s}")
        if "starts" in bad:
            print(f"  text: {squash(found['text'])[:160]!r}")
        if "date" in bad:
            print(f"  date: {found['date']}")
        if "author" in bad:
            print(f"  authors: {found['authors']}")
        if "title" in bad:
            print(f"  title: {found['title']!r}")


def _unused(body: bytes, text: str, url: str) -> Found:
    return _found(None)  # the stored Article is read in `run`, once


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="goose3's tests/data folder")
    parser.add_argument("--no-others", action="store_true", help="ours only")
    parser.add_argument("--misses", action="store_true", help="list ours' misses")
    parser.add_argument("--quirks", action="store_true", help="list goose's quirks left out")
    parser.add_argument("--pages", type=Path, help="write each page's findings (JSON lines)")
    args = parser.parse_args(argv)
    try:
        pages = load(args.data)
    except (OSError, ValueError) as exc:  # missing, unreadable, not JSON, not the set's shape
        print(f"{args.data}: {exc}", file=sys.stderr)
        return 2
    readers: dict[str, Reader] = {"newsbrief": _unused, "newsbrief meta": metadata_reader}
    if not args.no_others:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura: not importable, ours only", file=sys.stderr)
        else:
            readers["trafilatura"] = trafilatura_reader
    if args.quirks:
        for name, (measures, why) in GOOSE_QUIRKS.items():
            print(f"quirk: {name} ({', '.join(measures)}): {why}")
    sink = args.pages.open("w", encoding="utf-8") if args.pages else None
    try:
        result = run(pages, readers, sink)
    finally:
        if sink is not None:
            sink.close()
    report(result, list(readers))
    if args.misses:
        misses(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
