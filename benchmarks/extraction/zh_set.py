"""Score the full per-page path on hand-labelled Chinese news pages our corpora do not hold,
and trafilatura and readability-lxml on the same pages in the same run, with dragnet_set.py's
scoring, report and `--worst` listing (imported, not copied). Two public sets, each a folder:

* immortal-autumn/Chinese-Web-Content-Extraction-Dataset ("cwced"): 69 Chinese pages, news of
  portals, city papers and government sites (2004-2022), blogs, forum threads, essays, each
  `original/X.html` (GB2312, GBK or UTF-8) and `cleaned/X.txt`, the content area copied by
  hand without headline, date and byline, often with the page's own hard line breaks;
  `date/X.txt` says the page's date or "UNKNOWN". 59 of its pages are in our corpora (the
  91-page set 22, the wide one 37).
* the DAnIEL corpus (Lejeune et al.) as rundimeco/waddle keeps it, `Corpus_daniel_v2.1`
  ("daniel"): news pages of 2011-2012 in five languages, `html/X` (the page bytes),
  `reference/X` (the text by hand, one `<p>` a paragraph, the headline and the date/source
  line kept) and `doc_lg.json` (each page's language): its 401 Chinese pages with both files
  (mainland, Hong Kong and Taiwan sites) are read, 144 of them in the wide corpus.
* opendatalab/magic-html's `benchmark/data/article` ("magic"): 158 pages of 2019-2024 in
  several languages, `htmls/ID.html` and `base.json` ({ID: {"url", "content"}}: the article's
  text by hand, without its headline, the editor's line kept); its Chinese pages (the gold's
  letters mostly Han, hardly any kana) are read, at their own URL, 45 of them in our corpora.

`--exclude-manifest TSV` (our corpora's manifests) leaves out the pages a corpus holds (its
`source_path` column names the file), so what is scored is blind. `--min-visible R` leaves
out a page whose gold the page does not hold (the share of the gold's characters found in
the page's whole decoded text below R, default 0.95: a label of another version of the page;
the corpora were built with the same check).

Scoring, as the other blind sets: the project's token metric
(`pipeline.app.eval_metrics.page_scores`, one precision, recall and F1 a page, then means), by
character (Chinese). The parts: "cwced-dated" (its date gold names a date: news and blog
posts), "cwced-undated" (essays, forums, reference pages), "daniel" and "magic". DAnIEL's
gold keeps the headline and the date line: read its "+title" row (our title before our text)
there. cwced and DAnIEL give no URL: each of their pages gets a neutral one.

    .venv/bin/python benchmarks/extraction/zh_set.py PATH/cwced PATH/Corpus_daniel_v2.1 \
        PATH/magic-html/benchmark/data/article \
        [--exclude-manifest ../shared/eval/extraction-wide/manifest.tsv ...] \
        [--min-visible 0.95] [--systems ours,trafilatura,readability] [--json OUT] [--worst N]
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_set import (  # noqa: E402
    choose_systems,
    decode_text,
    finish,
    load_folders,
    paired_files,
    run,
    set_arguments,
)

from pipeline.app.eval_metrics import tokens  # noqa: E402
from pipeline.web.encoding import decode_html  # noqa: E402

URL = "http://fakehost/{part}/{name}.html"  # the sets give no URL: a neutral one
CWCED = ("original", "cleaned", "{}.txt")
UNKNOWN = "UNKNOWN"
CHINESE = "Chinese"
_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_MIN_HAN_SHARE = 0.5  # of the gold's letters
_MAX_KANA_SHARE = 0.05  # of its Han characters
_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)


def lines(text: str) -> str:
    """A gold's non-blank lines, their spaces folded (a full-width space is a space)."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def read_reference(raw: bytes) -> str:
    """DAnIEL's reference: each `<p>` a line, tags dropped, entities read."""
    text = decode_text(raw).replace("</p>", "\n")
    return lines(html.unescape(_TAG.sub("", text)))


def visible_share(body: bytes, gold: str, language: str = "zh") -> float:
    """The share of the gold's tokens (Chinese: characters) the page's text holds (scripts and
    styles not)."""
    page = html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", decode_html(body)[0])))
    want, have = tokens(gold, language), tokens(page, language)
    return sum((want & have).values()) / max(1, sum(want.values()))


def held_files(manifests: list[str]) -> set[str]:
    """The file names (without folder and suffix) our corpora's `source_path` columns name."""
    names: set[str] = set()
    for manifest in manifests:
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                path = (row.get("source_path") or "").strip()
                if path:
                    names.add(Path(path).name.removesuffix(".html"))
    return names


def _page(part: str, name: str, body: bytes, gold: str) -> dict[str, Any]:
    return {
        "name": f"{part}/{name}",
        "part": part,
        "body": body,
        "url": URL.format(part=part, name=quote(name)),
        "language": "zh",
        "gold": gold,
        "comments": False,
    }


def load_cwced(folder: Path) -> list[dict[str, Any]]:
    """Each page of the cwced set, in "cwced-dated" or "cwced-undated" by its date gold."""
    pages = []
    for name, page, gold in paired_files(folder, (CWCED,), "the set, original/ and cleaned/"):
        date = folder / "date" / f"{name}.txt"
        said = decode_text(date.read_bytes()).strip() if date.is_file() else ""
        part = "cwced-dated" if said and said != UNKNOWN else "cwced-undated"
        pages.append(_page(part, name, page.read_bytes(), lines(decode_text(gold.read_bytes()))))
    return pages


def load_daniel(folder: Path) -> list[dict[str, Any]]:
    """Each Chinese page of the DAnIEL corpus with both its page and its reference."""
    languages = json.loads((folder / "doc_lg.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(n for n, lang in languages.items() if lang == CHINESE):
        page, gold = folder / "html" / name, folder / "reference" / name
        if page.is_file() and gold.is_file():
            text = read_reference(gold.read_bytes())
            pages.append(_page("daniel", name, page.read_bytes(), text))
    return pages


def is_chinese(text: str) -> bool:
    """The gold's letters are mostly Han and hardly any kana (not Japanese)."""
    letters = sum(ch.isalpha() for ch in text)
    han, kana = len(_HAN.findall(text)), len(_KANA.findall(text))
    return letters > 0 and han >= _MIN_HAN_SHARE * letters and kana <= _MAX_KANA_SHARE * han


def load_magic(folder: Path) -> list[dict[str, Any]]:
    """Each Chinese page of magic-html's article benchmark, at its own URL."""
    labelled = json.loads((folder / "base.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(labelled):
        page, item = folder / "htmls" / f"{name}.html", labelled[name]
        gold = lines(item.get("content") or "")
        if page.is_file() and is_chinese(gold):
            found = _page("magic", name, page.read_bytes(), gold)
            found["url"] = item.get("url") or found["url"]
            pages.append(found)
    return pages


def load_pages(folder: Path) -> list[dict[str, Any]]:
    """The pages of one set's folder: cwced's (original/, cleaned/), DAnIEL's (doc_lg.json)
    or magic-html's (base.json, htmls/)."""
    if (folder / "doc_lg.json").is_file():
        return load_daniel(folder)
    if (folder / "base.json").is_file():
        return load_magic(folder)
    return load_cwced(folder)


def blind_pages(
    args: argparse.Namespace, pages: list[dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """The pages our corpora's manifests (`--exclude-manifest`) do not hold and whose gold the
    page itself holds (`--min-visible`), after a line counting those left out; None after one
    line naming a manifest that cannot be read (zh_set's and daniel_set's selection)."""
    try:
        held = held_files(args.exclude_manifest)
    except (OSError, csv.Error) as exc:
        print(f"--exclude-manifest: {exc}", file=sys.stderr)
        return None
    blind = [page for page in pages if page["name"].split("/", 1)[1] not in held]
    kept = [
        p for p in blind if visible_share(p["body"], p["gold"], p["language"]) >= args.min_visible
    ]
    print(
        f"{len(kept)} pages ({len(pages) - len(blind)} held by our corpora, "
        f"{len(blind) - len(kept)} whose gold the page does not hold, left out)"
    )
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(
        __doc__, "cwced's folder, DAnIEL's Corpus_daniel_v2.1 or magic-html's article/", many=True
    )
    ap.add_argument("--exclude-manifest", action="append", default=[], metavar="TSV")
    ap.add_argument("--min-visible", type=float, default=0.95, metavar="R")
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    pages = load_folders(args.folders, load_pages)
    kept = None if pages is None else blind_pages(args, pages)
    if kept is None:
        return 2
    finish(run(kept, systems), systems, args, "gold with comments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
