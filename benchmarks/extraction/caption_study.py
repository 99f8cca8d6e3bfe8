"""Which figure captions a reference text keeps, by kind, and which ours keeps: the evidence
behind the caption policy (branch caption24; see the README's section of that name).

Each page's captions are found in its markup: every <figcaption>, and every element whose
class, id or itemprop names a caption, a legend, a credit or an image description (the
outermost one, at most 600 characters). Each is sorted by where it stands (`gallery`: under a
block named as a gallery, slider or carousel; `lead`: in a <header> or before the page's first
paragraph of 150 characters; `body`: after it) and by what it says (`credit-only`: a credit
and nothing else, "Foto: dpa", "© X", "Image: X"; `sentence`: eight words or more, or twenty
CJK characters; `label`: shorter), and whether a credit is set in it (a child named as one, or
a tail such as "(Photo: X/Reuters)"). A caption is "kept" by a text when 60% of its word
trigrams are in it (short ones: the whole caption), "dropped" under 25%, "partial" between.

References: a corpus's gold text (`--corpus DIR`: a folder with manifest.tsv, as `newsbrief
eval extraction` reads), Readability's expected.html (`--readability test/test-pages`),
newspaper4k's txt (`--newspaper tests/data`), goose3's cleaned_text prefix (`--goose
tests/data`: a caption it does not hold counts only where it lies before the prefix's end in
ours), trafilatura's snippets (`--snippets evaldata.json`: kept when a "with" snippet lies in
the caption, dropped when a "without" one does, else "?"). Ours is `pipeline.extract
.extract_text` of the page. The finding is a heuristic's (markup and trigrams): it counts
kinds, it does not score pages; `compare_runs.py` does that.

    .venv/bin/python benchmarks/extraction/caption_study.py --corpus ../shared/eval/extraction \\
        --corpus ../shared/eval/extraction-wide [--readability DIR] [--newspaper DIR]
        [--goose DIR] [--snippets FILE] [--exclude-manifest TSV] [--figcaption] [--rows OUT.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html  # noqa: E402

from pipeline.extract import decode_body, extract_text  # noqa: E402
from pipeline.web.captions import CREDIT_TEXT, MAX_CAPTION  # noqa: E402

# (CREDIT_TEXT, a credit alone: "Foto: dpa", "© X", and MAX_CAPTION are the extractor's own:
# its caption policy reads the same kinds.)

_NAMED = re.compile(
    r"caption|legend|l[eé]gende|credit|image-?desc|img-?desc|photo-?desc|bildunterschrift|"
    r"bildtext|pic-?te?xt|img-?text|photo-?text|figure-?text",
    re.I,
)
_GALLERY = re.compile(r"galler|slide|carousel|swiper|lightbox|diapo", re.I)
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|attribution", re.I)
_AGENCY = re.compile(
    r"\b(?:reuters|ap|afp|getty|dpa|epa|shutterstock|istock|anadolu|xinhua|新华社|中新社|"
    r"imago|picture alliance|alamy|keystone|ansa|tass|pap)\b",
    re.I,
)
# a credit closing the caption's own text: "... (Photo: X)", "... Foto: dpa", "... X/Reuters"
_CREDIT_TAIL = re.compile(
    r"(?:\(|\s)(?:photo|foto|image|credit|bild|фото|图|摄)\b[^()]{0,60}\)?\s*$"
    r"|\s[\w.]{1,30}(?: [\w.]{1,30}){0,3} ?/ ?(?:Reuters|AP|AFP|Getty Images|dpa|EPA)\s*$",
    re.I,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")
_LEAD_PARAGRAPH = 150
KINDS = ("body sentence", "body label", "lead sentence", "lead label", "gallery sentence",
         "gallery label", "credit-only")  # fmt: skip


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _names(el: Any) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"))))


def _split_credit(el: Any) -> tuple[str, str]:
    """(the caption's text without the credit set in it, the credit's text)."""
    credits = [
        _text(sub)
        for sub in el.iterdescendants()
        if isinstance(sub.tag, str) and _CREDIT_CLASS.search(sub.get("class") or "")
    ]
    caption = _text(el)
    for credit in credits:
        if credit:
            caption = caption.replace(credit, " ")
    return " ".join(caption.split()), " ".join(dict.fromkeys(c for c in credits if c))


def _first_paragraph(body: Any) -> Any:
    for p in body.iter("p"):
        if len(_text(p)) >= _LEAD_PARAGRAPH and not any(
            a.tag in ("figure", "figcaption") or _NAMED.search(_names(a)) for a in p.iterancestors()
        ):
            return p
    return None


def find_captions(root: Any) -> list[dict[str, Any]]:
    """The page's captions, each with its zone, kind, credit and texts (module docstring)."""
    body = root.find(".//body")
    body = root if body is None else body
    order = {el: i for i, el in enumerate(body.iter())}
    first = _first_paragraph(body)
    found: list[dict[str, Any]] = []
    taken: set[Any] = set()
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "article", "main", "script", "style"):
            continue
        if el.tag != "figcaption" and not _NAMED.search(_names(el)):
            continue
        if any(a in taken for a in el.iterancestors()):
            continue
        text = _text(el)
        if not text or len(text) > MAX_CAPTION:
            continue
        taken.add(el)
        caption, credit = _split_credit(el)
        ancestry = [el, *el.iterancestors()]
        if any(_GALLERY.search(_names(a)) for a in ancestry):
            zone = "gallery"
        elif (
            any(a.tag == "header" for a in ancestry)
            or first is None
            or order.get(el, 0) < order.get(first, 0)
        ):
            zone = "lead"
        else:
            zone = "body"
        words = tokens(caption)
        credit_only = not words or (
            len(words) <= 12
            and (
                bool(CREDIT_TEXT.match(caption))
                or (len(words) <= 5 and bool(_AGENCY.search(caption)))
            )
        )
        if credit_only:
            kind, credit, caption = "credit-only", f"{caption} {credit}".strip(), ""
        else:
            cjk = len(_CJK.findall(caption))
            kind = "sentence" if (len(words) >= 8 and cjk < 4) or cjk >= 20 else "label"
            tail = _CREDIT_TAIL.search(caption)
            if tail and len(caption) - tail.start() < len(caption) * 0.6:
                credit = f"{credit} {caption[tail.start() :]}".strip()
                caption = caption[: tail.start()].strip()
        style = (el.get("style") or "").replace(" ", "")
        found.append(
            {
                "zone": zone,
                "kind": kind,
                "credit": bool(credit) and kind != "credit-only",
                "tag": "figcaption" if el.tag == "figcaption" else "named",
                "caption": caption,
                "credit_text": credit,
                "hidden": "display:none" in style,
            }
        )
    return found


Index = tuple[set[tuple[str, ...]], str]


def index(text: str) -> Index:
    words = tokens(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}, f" {' '.join(words)} "


def verdict(piece: str, ref: Index) -> str:
    """ "kept", "dropped" or "partial": how much of `piece` the indexed text holds."""
    words = tokens(piece)
    if not words:
        return "-"
    if len(words) < 3:
        return "kept" if f" {' '.join(words)} " in ref[1] else "dropped"
    grams = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
    share = sum(g in ref[0] for g in grams) / len(grams)
    return "kept" if share >= 0.6 else "dropped" if share < 0.25 else "partial"


def snippet_verdict(piece: str, item: dict[str, Any]) -> str:
    flat = " ".join(tokens(piece))

    def inside(snippets: list[str]) -> bool:
        return any(len(tokens(s)) >= 2 and " ".join(tokens(s)) in flat for s in snippets)

    with_, without = inside(item.get("with", [])), inside(item.get("without", []))
    return "kept" if with_ and not without else "dropped" if without and not with_ else "?"


Page = tuple[str, str, bytes, str, "str | dict[str, Any]"]  # set, name, html, url, reference


def page_rows(page: Page) -> list[dict[str, Any]]:
    source, name, html, url, reference = page
    try:
        root = lxml.html.document_fromstring(decode_body(html).text)
    except (ValueError, lxml.etree.ParserError):
        return []
    captions = find_captions(root)
    if not captions:
        return []
    try:
        ours = index(extract_text(html, url or None))
    except Exception:  # noqa: BLE001  (a page the extractor fails on keeps nothing)
        ours = index("")
    ref = index(reference) if isinstance(reference, str) else None
    rows = []
    for cap in captions:
        piece = cap["caption"] or cap["credit_text"]
        if ref is None:
            found, found_credit = snippet_verdict(piece, reference), "?"  # type: ignore[arg-type]
        else:
            found = verdict(piece, ref)
            found_credit = verdict(cap["credit_text"], ref) if cap["credit"] else "-"
        ours_credit = verdict(cap["credit_text"], ours) if cap["credit"] else "-"
        rows.append(
            {**cap, "set": source, "page": name, "ref": found, "ref_credit": found_credit,
             "ours": verdict(piece, ours), "ours_credit": ours_credit}
        )  # fmt: skip
    return rows


def corpus_pages(folder: Path) -> Iterator[Page]:
    with open(folder / "manifest.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            base = folder / row.get("dir", "") / row["name"]
            html, gold = base.with_suffix(".html"), base.with_suffix(".txt")
            if html.is_file() and gold.is_file():
                source = row.get("dir") or folder.name
                text = gold.read_text(encoding="utf-8")
                yield source, row["name"], html.read_bytes(), row.get("url") or "", text


def public_pages(args: argparse.Namespace) -> Iterator[Page]:
    if args.readability:
        import readability_set

        held = frozenset(readability_set.held_pages(args.exclude_manifest))
        for p in readability_set.load_pages(Path(args.readability), held):
            yield "readability", p["name"], p["body"], readability_set.URL, p["text"]
    if args.newspaper:
        import newspaper_set

        for p in newspaper_set.load(Path(args.newspaper)):
            yield "newspaper4k", p["name"], p["html"].read_bytes(), p["url"], p["text"]
    if args.goose:
        import goose_set

        for p in goose_set.load(Path(args.goose)):
            if p["text"] and p["name"].startswith("content/"):
                yield "goose", p["name"], p["html"].read_bytes(), p["url"], p["text"]
    if args.snippets:
        import snippet_set

        skip = snippet_set.excluded_files(args.exclude_manifest)
        for url, item, body in snippet_set.load_set(Path(args.snippets), skip):
            yield "snippets", item["file"], body, url, item


def goose_unknown(rows: list[dict[str, Any]], prefix: str, ours: str) -> None:
    """goose3's reference is a prefix: a caption it lacks that lies past the prefix's end in
    our text (or is not found there) is undecided, "?"."""
    flat = f" {' '.join(tokens(ours))} "
    end = flat.find(" ".join(tokens(prefix)[-6:]))
    for row in rows:
        if row["ref"] != "kept":
            at = flat.find(" ".join(tokens(row["caption"] or row["credit_text"])[:4]))
            if end < 0 or at < 0 or at > end:
                row["ref"] = "?"


def table(rows: list[dict[str, Any]], figcaption_only: bool) -> None:
    """Per set and kind: captions the reference keeps / drops (of those decided), and in
    brackets how many of the decided ones ours keeps."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    pages: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["hidden"] or (figcaption_only and row["tag"] != "figcaption"):
            continue
        kind = "credit-only" if row["kind"] == "credit-only" else f"{row['zone']} {row['kind']}"
        cell = cells[(row["set"], kind)]
        if row["ref"] in ("kept", "dropped"):
            cell[row["ref"]] += 1
            cell["ours"] += row["ours"] == "kept"
        pages[row["set"]].add(row["page"])
    print("| set (pages with captions) | " + " | ".join(KINDS) + " |")
    print("|---" * (len(KINDS) + 1) + "|")
    total: dict[str, Counter[str]] = defaultdict(Counter)
    for source in sorted(pages):
        line = []
        for kind in KINDS:
            cell = cells[(source, kind)]
            total[kind].update(cell)
            decided = cell["kept"] + cell["dropped"]
            line.append(f"{cell['kept']}/{cell['dropped']} ({cell['ours']})" if decided else "-")
        print(f"| {source} ({len(pages[source])}) | " + " | ".join(line) + " |")
    line = [f"{total[k]['kept']}/{total[k]['dropped']} ({total[k]['ours']})" for k in KINDS]
    print("| all | " + " | ".join(line) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", default=[], help="folder with manifest.tsv")
    parser.add_argument("--readability", help="Readability's test/test-pages")
    parser.add_argument("--newspaper", help="newspaper4k's tests/data")
    parser.add_argument("--goose", help="goose3's tests/data")
    parser.add_argument("--snippets", help="trafilatura's tests/evaldata.json")
    parser.add_argument("--exclude-manifest", action="append", default=[],
                        help="leave out the public pages this corpus manifest holds")  # fmt: skip
    parser.add_argument("--figcaption", action="store_true", help="<figcaption>s only")
    parser.add_argument("--rows", help="write one JSON line per caption here")
    args = parser.parse_args(argv)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for folder in args.corpus:
        for page in corpus_pages(Path(folder)):
            if page[1] not in seen:
                seen.add(page[1])
                rows += page_rows(page)
    for page in public_pages(args):
        found = page_rows(page)
        if page[0] == "goose" and isinstance(page[4], str):
            goose_unknown(found, page[4], extract_text(page[2], page[3]))
        rows += found
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    table(rows, args.figcaption)
    return 0


if __name__ == "__main__":
    sys.exit(main())
