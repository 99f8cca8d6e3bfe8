"""Score the full per-page path on the pages of CxExtractor's repository (Xiang Ma's Python
cx-extractor, a line-block density extractor): 175 BBC News articles (`bbcnews-html/X.html`,
UTF-8, 2014-2017, with `bbcnews-text/X.txt`) and 74 NetEase (163.com) Chinese news pages of
July 2015 (`RawHtml/N.html`, GBK, with `Text/N.txt`), and trafilatura and readability-lxml on
the same pages in the same run, with dragnet_set.py's scoring, report and `--worst` listing
(imported, not copied). None of these pages is in our corpora.

The "gold" is not hand-made: it is CxExtractor's own output, as the repository's README says
and its testEnglish.py writes it (threshold 186 for English). It keeps what a dense block of
lines holds, furniture too ("Media playback is unsupported on your device", "Image copyright",
"Media caption...", a Chinese page's related-links list with dates), drops short lines, and
glues the text of two elements that sat on one line of markup with no separator
("captionThe", "agendaThese"). So the numbers measure agreement with a simple line-density
extractor on one English and one Chinese site, not extraction quality: a page where another
system beats ours must be judged against the page itself, never fixed toward the gold.

Glued words are repaired in the gold, the same gold for every system: a gold word the page's
own text (tags read as spaces, scripts and styles dropped) does not hold, whose pieces at its
case joints (a lower-case letter then a capital, or capitals then a capitalised word) the page
does hold, is split there ("captionThe" -> "caption The"; "McGuinness", a page word, stays
whole). `--raw-gold` scores the gold as it is. Scoring is the project's token metric
(`pipeline.app.eval_metrics.page_scores`): words for the BBC part ("bbc"), characters for the
Chinese one ("netease"), where gluing changes nothing. A gold that is CxExtractor's failure line
("This page has no content to extract") would be left out; the repository holds none.

    .venv/bin/python benchmarks/extraction/cx_set.py PATH/CxExtractor
        [--systems ours,trafilatura,readability] [--raw-gold] [--each] [--json OUT]
        [--worst N]
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_set import choose_systems, finish, run, set_arguments  # noqa: E402

from pipeline.web.encoding import decode_html  # noqa: E402

URL = "http://fakehost/cx/{name}.html"  # the set gives no URL: a neutral one
# (part, language, html folder, gold folder)
PARTS = (("bbc", "en", "bbcnews-html", "bbcnews-text"), ("netease", "zh", "RawHtml", "Text"))
NO_CONTENT = "This page has no content to extract"
_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_WORD = re.compile(r"\w+")
_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def decode_gold(raw: bytes) -> str:
    """A gold file's text: UTF-8 (the English part), else GB18030 (GBK's superset: the Chinese
    part), its non-blank lines with their spaces folded."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def page_words(body: bytes) -> frozenset[str]:
    """The words of a page's text, tags read as spaces, scripts, styles and comments dropped."""
    markup = decode_html(body)[0]
    return frozenset(_WORD.findall(html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", markup)))))


def unglue(gold: str, words: frozenset[str]) -> str:
    """The gold with each glued word split at its case joints: a word the page does not hold
    whose pieces it all holds ("captionThe" -> "caption The")."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in words:
            return word
        pieces = _JOINT.split(word)
        if len(pieces) > 1 and all(piece in words for piece in pieces):
            return " ".join(pieces)
        return word

    return _WORD.sub(split, gold)


def load_pages(folder: Path, raw_gold: bool = False) -> list[dict[str, Any]]:
    """Each page with a gold of either part: name ("bbc/X", "netease/N"), part, language, bytes
    and gold (glued words repaired unless `raw_gold`); ValueError when the folder holds neither
    part."""
    if not folder.is_dir():
        raise ValueError("not a folder (CxExtractor's repository)")
    pages = []
    for part, language, html_dir, gold_dir in PARTS:
        if not (folder / html_dir).is_dir() or not (folder / gold_dir).is_dir():
            continue
        for page in sorted((folder / html_dir).glob("*.html"), key=_order):
            gold_file = folder / gold_dir / f"{page.stem}.txt"
            if not gold_file.is_file():
                continue
            body, gold = page.read_bytes(), decode_gold(gold_file.read_bytes())
            if not gold or gold == NO_CONTENT:
                continue
            pages.append(
                {
                    "name": f"{part}/{page.stem}",
                    "part": part,
                    "language": language,
                    "url": URL.format(name=f"{part}/{page.stem}"),
                    "body": body,
                    "gold": gold if raw_gold else unglue(gold, page_words(body)),
                    "comments": False,
                }
            )
    if not pages:
        names = " nor ".join(f"{p[2]}/ and {p[3]}/" for p in PARTS)
        raise ValueError(f"no page with its text in {names}")
    return pages


def _order(path: Path) -> tuple[int, str]:
    """Numbered pages in their numbers' order, the others by name."""
    return (int(path.stem), "") if path.stem.isdigit() else (sys.maxsize, path.stem)


def each(rows: list[dict[str, Any]], systems: list[str]) -> None:
    """One line a page: every system's F1 and our precision and recall."""
    print(f"\n{'page':<24}{'ours P':>7}{'R':>6}" + "".join(f"{s[:8]:>9}" for s in systems))
    for row in rows:
        p, r, _ = row["scores"]["ours"]
        f1s = "".join(f"{row['scores'][s][2]:>9.3f}" for s in systems)
        note = f" rejected: {row['rejected']}" if row["rejected"] else ""
        print(f"{row['name']:<24}{p:>7.3f}{r:>6.3f}{f1s}{note}")


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "CxExtractor's repository: bbcnews-html/ and RawHtml/ in it")
    ap.add_argument("--raw-gold", action="store_true", help="score the gold's glued words as is")
    ap.add_argument("--each", action="store_true", help="print every page's scores")
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    try:
        pages = load_pages(args.folder, args.raw_gold)
    except (OSError, ValueError) as exc:
        print(f"{args.folder}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(pages)} pages (the gold is CxExtractor's output, not text by hand)")
    rows = run(pages, systems, URL)
    if args.each:
        each(rows, systems)
    finish(rows, systems, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
