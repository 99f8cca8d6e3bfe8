"""Score the full per-page path on modern article pages our corpora do not hold: the test pages
of Omnivore's Readability fork (omnivore-app/omnivore, `packages/readabilityjs/test/test-pages`:
90 real pages saved 2022-2025, published mostly 2019-2024: news sites (The Guardian, NYT,
Economist, CNBC, Variety, TechCrunch, BBC Arabic, Caixin...), Substack and Medium posts,
blogs, a few forum and question pages; mostly English, some Chinese, Arabic, Russian and
Spanish), and trafilatura and readability-lxml on the same pages in the same run, with
dragnet_set.py's scoring, report and `--worst` listing (imported, not copied).

Each page is a folder holding `source.html` (the page as saved), `url.txt` (its address: the
page is run at it), `expected.html` (the fork's own output, checked by its authors as the test
expectation: a tool's reviewed reference, not a hand-made gold; it keeps subheadings, lists,
captions and sometimes the byline line; it never holds the headline) and
`expected-metadata.json` (title, byline, publishedDate, language). The reference text is
expected.html's, a line per block element (readability_set.py's reading). A page's language
is its `<html lang>`, else the one detected in the reference, else the metadata's
language name; each language is a part of the report. The fork's email newsletters (the
`newsletters/` folder: no url.txt) are not article pages and are not read.

`--exclude-manifest TSV` leaves out the pages a corpus of ours holds (a manifest's `url`, or a
`source_path` naming a test page's folder); `--min-visible R` leaves out a page whose reference
the page does not hold (zh_set.py's check, default 0.95). Readability's reference comes from
the very algorithm readability-lxml ports: read that system's number as one shaped by the
reference, not a peer's blind score. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/omnivore_set.py \
        PATH/omnivore/packages/readabilityjs/test/test-pages \
        [--exclude-manifest ../shared/eval/extraction-wide/manifest.tsv ...] [--min-visible 0.95]
        [--systems ours,trafilatura,readability] [--json OUT] [--worst N]
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_set import choose_systems, decode_text, finish, run, set_arguments  # noqa: E402
from readability_set import held_pages, html_text  # noqa: E402
from zh_set import blind_pages, is_chinese  # noqa: E402

from pipeline.text.ngramlang import detect_first  # noqa: E402
from pipeline.text.normalize import base_language  # noqa: E402

_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
# the metadata's language names (Readability's `language` field)
_NAMES = {"english": "en", "chinese": "zh", "arabic": "ar", "russian": "ru", "spanish": "es"}
_HEAD = 20_000  # bytes read for <html lang>


def page_language(body: bytes, meta: dict[str, Any], reference: str) -> str:
    """The page's `<html lang>`, else the reference's detected language (Chinese: mostly Han
    letters), else the metadata's language name (the fork says "English" of pages in Chinese or
    Spanish: read last), else "und"."""
    found = _LANG.search(body[:_HEAD])
    said = base_language(found.group(1).decode("ascii")) if found else None
    if said:
        return said
    if is_chinese(reference):
        return "zh"
    guess = detect_first(reference[:4000]) if reference.strip() else None
    if guess and base_language(guess[0]):
        return str(base_language(guess[0]))
    return _NAMES.get(str(meta.get("language") or "").strip().lower(), "und")


def read_page(folder: Path) -> dict[str, Any] | None:
    """One test page's row for dragnet_set.run, or None when the folder is not one."""
    source, expected, url = (folder / n for n in ("source.html", "expected.html", "url.txt"))
    if not (source.is_file() and expected.is_file() and url.is_file()):
        return None
    meta_file = folder / "expected-metadata.json"
    meta = json.loads(meta_file.read_text("utf-8")) if meta_file.is_file() else {}
    body = source.read_bytes()
    reference = html_text(decode_text(expected.read_bytes()))
    reference = "\n".join(" ".join(line.split()) for line in reference.splitlines() if line.strip())
    language = page_language(body, meta, reference)
    address = (url.read_text("utf-8").split() or [""])[0]
    published = str(meta.get("publishedDate") or "")
    return {
        "name": f"omnivore/{folder.name}",
        "part": language,
        "language": language,
        "url": address or f"http://fakehost/omnivore/{folder.name}.html",
        "body": body,
        "gold": reference,
        "comments": False,
        "year": published[:4] if published[:4].isdigit() else "",
    }


def load_pages(folder: Path) -> list[dict[str, Any]]:
    """Every page of the test-pages folder (each a sub-folder with source.html, expected.html
    and url.txt); ValueError when it holds none."""
    if not folder.is_dir():
        raise ValueError("not a folder (Omnivore's readabilityjs test/test-pages)")
    pages = [p for sub in sorted(folder.iterdir()) if sub.is_dir() and (p := read_page(sub))]
    if not pages:
        raise ValueError("no page folder with source.html, expected.html and url.txt")
    return pages


def held_urls(manifests: list[str]) -> set[str]:
    """The page addresses our corpora's manifests give (scheme and trailing slash cut)."""
    urls: set[str] = set()
    for manifest in manifests:
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if (row.get("url") or "").strip():
                    urls.add(_bare(row["url"]))
    return urls


def _bare(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/")


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "Omnivore's packages/readabilityjs/test/test-pages folder")
    ap.add_argument("--exclude-manifest", action="append", default=[], metavar="TSV")
    ap.add_argument("--min-visible", type=float, default=0.95, metavar="R")
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    try:
        pages = load_pages(args.folder)
        urls, names = held_urls(args.exclude_manifest), held_pages(args.exclude_manifest)
    except (OSError, ValueError, csv.Error) as exc:
        print(f"{args.folder}: {exc}", file=sys.stderr)
        return 2
    held = [p for p in pages if _bare(p["url"]) in urls or p["name"].split("/")[1] in names]
    if held:
        print(f"{len(held)} pages held by our corpora, left out")
    kept = blind_pages(args, [p for p in pages if p not in held])
    if kept is None:
        return 2
    years = sorted(p["year"] for p in kept if p["year"])
    if years:
        print(f"published {years[0]}-{years[-1]} ({sum(y >= '2019' for y in years)} from 2019 on)")
    finish(run(kept, systems), systems, args, "gold with comments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
