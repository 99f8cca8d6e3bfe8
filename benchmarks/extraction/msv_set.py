"""Score the full per-page path on two hand-labelled sets of news pages nobody here had seen,
and trafilatura and readability-lxml on the same pages in the same run, with dragnet_set.py's
scoring, report and `--worst` listing (imported, not copied):

* MSVCode/ir-research-data's `Extraction/` (Utomo and Leu, "Subject-Assisted Extraction"):
  "big9" news pages of nine big English sites (Ars Technica, BBC, CNN, Forbes, Fox News, LA
  Times, New York Magazine, New York Post, Yahoo! News) saved in four years, 90 pages each in
  `big5-05`, `big5-09`, `big5-13`, `big5-17`, and `chaos-all`, 360 English pages of about 240
  sites of 2017 found by 36 Google queries. Each subset is `html/X.htm` (or `.html`: a page
  saved by a browser) and `gold/X.txt`, the article's text typed or pasted by hand, as a
  Windows editor saved it (cp1252 mostly, a few UTF-8). Its first line is the article's
  headline (on 650 of the 720 pages it opens the page's <title>; the others are the page's own
  <h1> where the <title> differs), then the text, paragraphs apart by blank lines, with what a
  reader sees of the article: captions, highlights and credits where the annotator kept them.
* leogao2/htmltotext-benchmark's `benchmarkdata/` (hand-made texts of 28 pages, news, blogs
  and forums, in English, German, Croatian and Chinese): `LANG/html/X.html` and
  `LANG/text/X.txt`, the text of everything a reader reads there (a forum's every post).
  Its text is scored as it is: it opens with the headline on some pages and not on others.

Scoring, as the other blind sets: the project's token metric
(`pipeline.app.eval_metrics.page_scores`, one precision, recall and F1 a page, then means), in
the subset's language ("en" for MSV, the folder's name for htmltotext: "zh" scores
characters). On MSV the gold's headline line is taken apart, as L3S-GN1's headline is: the
plain rows score each system's text against the text under the headline, the "+title" rows its
title line before its text against the whole gold. Each subset is a report part ("big5-05" ...
"chaos-all", "en" ... "zh"). The sets give no URL: each page gets a neutral one.

    .venv/bin/python benchmarks/extraction/msv_set.py PATH/Extraction \
        [PATH/benchmarkdata] [--systems ours,trafilatura,readability] [--json OUT] [--worst N]

A folder named is a set (its subsets the folders under it) or one subset (with html/ and gold/
or text/ in it). readability-lxml is imported where installed (`pip --target DIR
readability-lxml` and `PYTHONPATH=DIR`, outside the project).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

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

URL = "http://fakehost/{part}/{name}.html"  # the sets give no URL: a neutral one
MSV, HTMLTOTEXT = ("html", "gold", "{}.txt"), ("html", "text", "{}.txt")
SUFFIXES = (".htm", ".html")


def lines(text: str) -> list[str]:
    """A gold's non-blank lines, their spaces folded (a NEL or a form feed is a space)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def read_gold(raw: bytes, headline: bool) -> tuple[str, str]:
    """A gold file's (text, text with headline): with `headline` (MSV's golds) the first
    non-blank line is the headline, taken off the text; else both are the whole text."""
    kept = lines(decode_text(raw))
    whole = "\n".join(kept)
    return ("\n".join(kept[1:]) if headline else whole), whole


def subsets(folder: Path) -> list[Path]:
    """The subset folders of a set (`folder` itself when it holds html/)."""
    if (folder / "html").is_dir():
        return [folder]
    if not folder.is_dir():
        raise ValueError("not a folder (MSV's Extraction/ or htmltotext's benchmarkdata/)")
    found = sorted(sub for sub in folder.iterdir() if (sub / "html").is_dir())
    if not found:
        raise ValueError("no subset folder with html/ and gold/ (or text/) in it")
    return found


def load_pages(folder: Path) -> list[dict[str, Any]]:
    """Each page of each subset of `folder`: its name ("SUBSET/NAME"), part, bytes, URL,
    language, gold (without the headline on MSV) and gold with its headline."""
    pages = []
    for sub in subsets(folder):
        labelled = paired_files(sub, (MSV, HTMLTOTEXT), "a subset, html/ and gold/", SUFFIXES)
        msv = (sub / "gold").is_dir()
        language = "en" if msv or len(sub.name) != 2 else sub.name
        for name, page, gold in labelled:
            text, titled = read_gold(gold.read_bytes(), headline=msv)
            pages.append(
                {
                    "name": f"{sub.name}/{name}",
                    "part": sub.name,
                    "body": page.read_bytes(),
                    "url": URL.format(part=quote(sub.name), name=quote(name)),
                    "language": language,
                    "gold": text,
                    "gold_titled": titled,
                    "comments": False,
                }
            )
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "MSV's Extraction/, benchmarkdata/", many=True)
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    pages = load_folders(args.folders, load_pages)
    if pages is None:
        return 2
    empty = sum(not page["gold"].strip() for page in pages)
    print(f"{len(pages)} pages ({empty} with an empty gold)")
    finish(run(pages, systems), systems, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
