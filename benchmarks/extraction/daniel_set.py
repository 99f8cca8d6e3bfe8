"""Score the full per-page path on hand-labelled news pages in English, Russian, Greek, Polish
and the other languages of magic-html's set, pages our corpora do not hold, and trafilatura and
readability-lxml on the same pages in the same run: a blind multilingual proxy for issue 10's
held-out set, zh_set.py's sibling (its readers imported, not copied; the scoring, report and
`--worst` listing are dragnet_set.py's). Two public sets, each a folder:

* the DAnIEL corpus (Lejeune et al.) as rundimeco/waddle keeps it, `Corpus_daniel_v2.1`:
  news pages of 2011-2012, `html/X`, `reference/X` (the text by hand, one `<p>` a paragraph)
  and `doc_lg.json` (each page's language): its English, Russian, Greek and Polish pages with
  both files are read, each in the part "daniel-LANG". Its gold keeps the headline, the date
  line, bylines, the lead picture's caption and a portal's disclaimer: read the "+title" rows.
* opendatalab/magic-html's `benchmark/data/article`: 158 pages of 2019-2024, `htmls/ID.html`
  and `base.json` ({ID: {"url", "content"}}, the gold without its headline): its pages whose
  gold is not Chinese (zh_set.py reads those), at their own URL, each in the part
  "magic-LANG" (LANG: the gold's language as the pipeline detects it).

`--exclude-manifest TSV` leaves out the pages our corpora hold (by the file its `source_path`
names), `--min-visible R` a page whose gold the page does not hold (as zh_set.py), and
`--languages en,ru` keeps only those languages. Scored by words (Japanese: by character).

    .venv/bin/python benchmarks/extraction/daniel_set.py PATH/Corpus_daniel_v2.1 \
        PATH/magic-html/benchmark/data/article \
        [--exclude-manifest ../shared/eval/extraction-wide/manifest.tsv ...] \
        [--languages en,ru,el,pl] [--min-visible 0.95] [--systems ours,trafilatura,readability] \
        [--json OUT] [--worst N]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_set import choose_systems, finish, load_folders, run, set_arguments  # noqa: E402
from zh_set import URL, blind_pages, is_chinese, lines, read_reference  # noqa: E402

from pipeline.text.language import detect_language  # noqa: E402

DANIEL_LANGUAGES = {"English": "en", "Russian": "ru", "Greek": "el", "Polish": "pl"}
_CHARACTER_SCORED = {"ja": "zh"}  # the metric's tokens: one a character


def _page(part: str, name: str, body: bytes, gold: str, language: str) -> dict[str, Any]:
    return {
        "name": f"{part}/{name}",
        "part": part,
        "body": body,
        "url": URL.format(part=part, name=quote(name)),
        "language": _CHARACTER_SCORED.get(language, language),
        "gold": gold,
        "comments": False,
    }


def load_daniel(folder: Path) -> list[dict[str, Any]]:
    """Each English, Russian, Greek and Polish page of the DAnIEL corpus with its reference."""
    languages = json.loads((folder / "doc_lg.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(languages):
        code = DANIEL_LANGUAGES.get(languages[name])
        page, gold = folder / "html" / name, folder / "reference" / name
        if code and page.is_file() and gold.is_file():
            text = read_reference(gold.read_bytes())
            pages.append(_page(f"daniel-{code}", name, page.read_bytes(), text, code))
    return pages


def load_magic(folder: Path) -> list[dict[str, Any]]:
    """Each page of magic-html's article benchmark whose gold is not Chinese, at its URL."""
    labelled = json.loads((folder / "base.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(labelled):
        page, item = folder / "htmls" / f"{name}.html", labelled[name]
        gold = lines(item.get("content") or "")
        if page.is_file() and gold and not is_chinese(gold):
            code = detect_language(gold)[0]
            found = _page(f"magic-{code}", name, page.read_bytes(), gold, code)
            found["url"] = item.get("url") or found["url"]
            pages.append(found)
    return pages


def load_pages(folder: Path) -> list[dict[str, Any]]:
    """The pages of DAnIEL's folder (doc_lg.json) or magic-html's (base.json, htmls/)."""
    if (folder / "doc_lg.json").is_file():
        return load_daniel(folder)
    if (folder / "base.json").is_file():
        return load_magic(folder)
    raise ValueError("neither DAnIEL's doc_lg.json nor magic-html's base.json is in it")


def titled_rows(rows: list[dict[str, Any]], systems: list[str]) -> None:
    """Each part's F1 with our title (and each other's) before the text: DAnIEL's gold keeps
    the headline, so its fair row."""
    by_part: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_part[row["part"]].append(row)
    names = [n for n in systems if n != "readability"]
    print(f"\n{'+title F1':<16}{'pages':>6}" + "".join(f"{n:>13}" for n in names))
    for label, group in sorted(by_part.items()):
        scores = [mean(row["scores"][n + "+title"][2] for row in group) for n in names]
        print(f"{label:<16}{len(group):>6}" + "".join(f"{s:>13.3f}" for s in scores))


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "DAnIEL's Corpus_daniel_v2.1 or magic-html's article/", many=True)
    ap.add_argument("--exclude-manifest", action="append", default=[], metavar="TSV")
    ap.add_argument("--min-visible", type=float, default=0.95, metavar="R")
    ap.add_argument("--languages", default="", help="only these, comma-separated (en,ru,el,pl)")
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    pages = load_folders(args.folders, load_pages)
    if pages is None:
        return 2
    wanted = {code for code in args.languages.split(",") if code}
    pages = [p for p in pages if not wanted or p["part"].split("-", 1)[1] in wanted]
    kept = blind_pages(args, pages)
    if kept is None:
        return 2
    rows = run(kept, systems)
    finish(rows, systems, args, "gold with comments")
    titled_rows(rows, systems)
    return 0


if __name__ == "__main__":
    sys.exit(main())
