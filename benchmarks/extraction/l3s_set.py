"""Score the full per-page path on L3S-GN1 (Kohlschütter et al., WSDM 2010: 621 English news
articles from 408 sites, linked from six English Google News editions in the first half of
2008), and trafilatura and readability-lxml on the same pages in the same run, with
dragnet_set.py's scoring (one code for both sets).

The set is a folder holding the original pages and their annotated copies, in either layout:
L3S's own (`original/UUID.html` and `annotated/UUID.html`, the WARC records unpacked) or a
mirror's (`input/UUID.html` and `GoldStandard/UUID.txt`, as
j-szulc/html-cleaning-dataset-merged holds it under `page-signal-master/`). The gold is not
text: it is the page as the assessors saw it, each block of text (a run of characters no tag
but `<a>` interrupts) wrapped in a `<span>` whose class gives its label: x-nc-sel1 headline,
x-nc-sel2 full text, x-nc-sel3 supplemental (captions, datelines, credits), x-nc-sel4 related
content, x-nc-sel5 user comments, x-nc-sel0 or no span not content; elements hidden from the
reader carry "x-nc-invisible". A text belongs to the label of its nearest labelled
ancestor (spans nest); hidden elements, scripts and styles are skipped. The gold scored is the
full text (x-nc-sel2) as boilerpipe scores its article extractor; `--supplemental` adds
x-nc-sel3. The "+title" rows score the system's title line before its text against the
headline (x-nc-sel1) before the full text. A page whose gold has comments (x-nc-sel5) is
counted in the "gold marks comments" rows.

    .venv/bin/python benchmarks/extraction/l3s_set.py PATH/page-signal-master
        [--systems ours,trafilatura,readability] [--supplemental] [--json OUT.json] [--worst N]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from lxml import etree, html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_set import choose_systems, finish, paired_files, run, set_arguments  # noqa: E402

URL = "http://fakehost/l3s-gn1/{name}.html"  # the set's pages are given without their URL
LAYOUTS = (("original", "annotated", "{}.html"), ("input", "GoldStandard", "{}.txt"))
HEADLINE, FULLTEXT, SUPPLEMENTAL, COMMENTS = "1", "2", "3", "5"
_LABEL = "x-nc-sel"
_HIDDEN = "x-nc-invisible"
_SKIP = frozenset({"script", "style", "noscript", "head", "title"})
# where a browser starts a new line: the labelled spans are shown as blocks too
_BLOCKS = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 td th tr table blockquote pre form "
    "section article header footer center hr address".split()
)


def _label(el: Any, inherited: str) -> str:
    for token in (el.get("class") or "").split():
        if token.startswith(_LABEL) and token[len(_LABEL) :].isdigit():
            return token[len(_LABEL) :]
    return inherited


def labelled_text(markup: str) -> dict[str, str]:
    """The text of each label ("1" headline, "2" full text ...) of an annotated page, blocks on
    lines of their own."""
    root = html.document_fromstring(markup)
    parts: dict[str, list[str]] = {}

    def put(label: str, text: str | None) -> None:
        if text:
            parts.setdefault(label, []).append(text)

    def walk(el: Any, label: str) -> None:
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            return
        if _HIDDEN in (el.get("class") or "").split():
            return
        own = _label(el, label)
        block = el.tag in _BLOCKS or own != label
        if block:
            for name in parts:
                put(name, "\n")
        put(own, el.text)
        for child in el:
            walk(child, own)
            if isinstance(child.tag, str) or child.tag is etree.Comment:
                put(own, child.tail)
        if block:
            for name in parts:
                put(name, "\n")

    body = root.find("body")
    walk(body if body is not None else root, "0")
    return {name: _lines("".join(texts)) for name, texts in parts.items()}


def _lines(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def read_gold(raw: bytes, supplemental: bool = False) -> tuple[str, str, bool]:
    """An annotated page's gold: (full text, headline, whether it marks comments)."""
    try:
        markup = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        markup = raw.decode("cp1252", errors="replace")
    texts = labelled_text(markup)
    text = texts.get(FULLTEXT, "")
    if supplemental and texts.get(SUPPLEMENTAL):
        text = f"{text}\n{texts[SUPPLEMENTAL]}"
    return text, texts.get(HEADLINE, ""), bool(texts.get(COMMENTS))


def load_pages(folder: Path, supplemental: bool = False) -> list[dict[str, Any]]:
    """Each page's name, bytes, gold (with and without its headline) and whether the gold
    marks comments."""
    pages = []
    for name, page, gold in paired_files(
        folder, LAYOUTS, "L3S-GN1's, with original/ and annotated/"
    ):
        text, headline, comments = read_gold(gold.read_bytes(), supplemental)
        pages.append(
            {
                "name": name,
                "part": "news",
                "body": page.read_bytes(),
                "gold": text,
                "gold_titled": f"{headline}\n{text}" if headline else text,
                "comments": comments,
            }
        )
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "L3S-GN1: original/ and annotated/ in it")
    ap.add_argument("--supplemental", action="store_true", help="score captions etc. too")
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    try:
        pages = load_pages(args.folder, args.supplemental)
    except (OSError, ValueError) as exc:
        print(f"{args.folder}: {exc}", file=sys.stderr)
        return 2
    empty = sum(not page["gold"].strip() for page in pages)
    print(f"{len(pages)} pages ({empty} with no full text marked)")
    finish(run(pages, systems, URL), systems, args, "gold marks comments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
