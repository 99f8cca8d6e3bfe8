"""Which references keep a page's deck (standfirst, summary, subtitle, lead paragraph), by
kind of markup and position, and whether our text keeps it: the evidence for the deck policy.

Decks are found on the page alone, in its first `_WINDOW` text blocks after its first <h1>:
"named", 40-800 characters in a box whose class, id, itemprop or data-testid holds a deck word
(`_WORDS`), outside a link, list item, caption, nav, aside or footer; "heading", an <h2>-<h6>
of 40+ characters right under the headline; "shaped", the first block of 80+ characters
closing a sentence whose next block of prose is not its sibling of the same tag and class.
Position: "under" (the first text after the headline), "header" (in a <header> or a box named
so, after a byline or a date), "before body" (the rest); flags "eq-meta" (it opens as the meta
description does) and "repeats" (its opening is printed twice on the page).

A full text (our golds, Readability's expected.html, newspaper4k's txt) keeps a deck when it
holds its first or last 30 letters (twice for one that repeats); a prefix (goose3's
cleaned_text, Postlight's first 13 words of content) keeps it when it holds them, drops it
when it opens on text printed after it; trafilatura's snippets keep it when a "with" snippet
overlaps it, drop it when a "without" one does (counts that lean to kept: "with" snippets are
picked from what the annotator reads as the text); else "unknown". Ours: `article_from_page`
judged as a full text. Rough: read the counts by kind, not page by page. Usage:

    .venv/bin/python benchmarks/extraction/deck_evidence.py [--corpus ../shared/eval/extraction]
        [--snippets PATH/evaldata.json] [--readability PATH/test-pages] [--newspaper PATH/data]
        [--goose PATH/data] [--postlight PATH] [--exclude-manifest TSV ...] [--json OUT] [--list]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.etree  # noqa: E402
import lxml.html  # noqa: E402

from pipeline.errors import Rejected  # noqa: E402
from pipeline.pages import article_from_page  # noqa: E402
from pipeline.records import RawPage  # noqa: E402
from pipeline.web.encoding import decode_html  # noqa: E402

_WORDS = frozenset(
    "standfirst dek deck summary lead lede leadtext intro introtext teaser teasertext excerpt "
    "description subtitle subheadline subhead subheading chapo chapeau perex spot ingress "
    "vorspann abstract strapline sapo entradilla copete bajada occhiello sommario catenaccio "
    "zajawka lid podtytul introduction leadin alternativeheadline subtitulo sottotitolo "
    "untertitel".split()
)
_PARTS = ("standfirst", "subtitle", "subhead", "summary", "excerpt", "teaser", "leadtext")
_TOKEN = re.compile(r"[a-z0-9]+")
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 section header article li ul ol blockquote td dd dt figure "
    "figcaption aside nav footer main table tr form address pre dl".split()
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_NOT_DECK = frozenset({"a", "nav", "footer", "aside", "li", "figcaption", "figure", "form"})
_LETTERS = re.compile(r"[\W_]+")
_SENTENCE_END = re.compile(r"[.!?。…”\"»’)）]$")
_WINDOW = 10  # blocks of text after the headline searched
_PROBE = 30  # letters of the deck's opening and end looked for in a reference
_META_KEYS = frozenset({"og:description", "description", "twitter:description"})


@dataclass
class Deck:
    kind: str  # named:<word>, heading, shaped
    tag: str
    text: str
    letters: str
    position: str  # under, header, before body
    eq_meta: bool
    repeats: bool


def letters(text: str) -> str:
    """`text` lower-cased without spacing or punctuation."""
    return _LETTERS.sub("", text.lower())


def _squashed(el: Any) -> str:
    return " ".join(str(el.text_content()).split())


def _deck_word(el: Any) -> str | None:
    names = " ".join(el.get(a) or "" for a in ("class", "id", "itemprop", "data-testid")).lower()
    for token in _TOKEN.findall(names):
        if token in _WORDS:
            return str(token)
    return next((part for part in _PARTS if part in names), None)


def _own_text(el: Any) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCKS:
            parts.append(str(child.text_content()))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def find_decks(body: bytes) -> tuple[list[Deck], str]:
    """The page's decks (see the module's docstring) and its text as `letters`."""
    text, _ = decode_html(body)
    try:
        root: Any = lxml.html.document_fromstring(
            text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
        )
    except (ValueError, lxml.etree.ParserError):
        return [], ""
    metas = [
        letters(m.get("content") or "")
        for m in root.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() in _META_KEYS
    ]
    for el in list(root.iter("script", "style", "noscript", "template", "svg")):
        el.drop_tree()
    page = root.find("body")
    h1s = [] if page is None else [h for h in page.iter("h1") if len(_squashed(h)) >= 8]
    h1 = h1s[0] if h1s else None
    if page is None or h1 is None:
        return [], ""
    page_letters = letters(str(page.text_content()))
    blocks = list(_blocks_after(page, h1))[:_WINDOW]
    taken: set[Any] = set()
    decks = []

    def deck(el: Any, kind: str, index: int) -> Deck:
        text = _squashed(el)
        flat = letters(text)
        above = list(el.iterancestors())
        header = any(a.tag == "header" or "header" in (a.get("class") or "") for a in above)
        position = "under" if index == 0 else "header" if header else "before body"
        eq_meta = any(m and (m[:40] in flat or flat[:40] in m) for m in metas)
        repeats = bool(flat) and page_letters.count(flat[:40]) >= 2
        return Deck(kind, el.tag, text, flat, position, eq_meta, repeats)

    for index, (el, _) in enumerate(blocks):
        named = _named_box(el, h1)
        if named is not None and named[0] not in taken:
            taken.update(named[0].iter())
            decks.append(deck(named[0], "named:" + named[1], index))
    for index, (el, own) in enumerate(blocks):
        above = list(el.iterancestors())
        if el in taken or taken.intersection(above) or _NOT_DECK.intersection(a.tag for a in above):
            continue
        if el.tag in _HEADINGS:
            if index == 0 and len(own) >= 40:
                decks.append(deck(el, "heading", index))
            break  # a subheading: the body began
        if len(own) >= 80 and _SENTENCE_END.search(own):
            decks += [] if _has_kin(el, blocks[index + 1 :]) else [deck(el, "shaped", index)]
            break
    return decks, page_letters


def _blocks_after(page: Any, h1: Any) -> Iterator[tuple[Any, str]]:
    """The blocks with text of their own after `h1` (outside it), in document order."""
    inside = set(h1.iter())
    seen = False
    for el in page.iter():
        if el is h1:
            seen = True
        elif seen and isinstance(el.tag, str) and el not in inside and el.tag in _BLOCKS:
            own = _own_text(el)
            if own:
                yield el, own


def _named_box(el: Any, h1: Any) -> tuple[Any, str] | None:
    """The outermost box of at most 800 characters around `el` named by a deck word."""
    best = None
    for box in [el, *el.iterancestors()]:
        if box.tag in ("body", "html") or len(_squashed(box)) > 800 or h1 in box.iter():
            break
        word = _deck_word(box)
        if word and len(_squashed(box)) >= 40:
            best = (box, word)
    if (
        best is None
        or best[0].tag in _NOT_DECK
        or _NOT_DECK.intersection(a.tag for a in best[0].iterancestors())
    ):
        return None
    return best


def _has_kin(el: Any, later: list[tuple[Any, str]]) -> bool:
    """True when the next block of prose after `el` is its sibling of the same tag and class
    (`el` opens the body, it is no deck)."""
    for other, own in later[:8]:
        if len(own) >= 80 and other.tag not in ("h2", "h3", "h4"):
            return (
                other.tag == el.tag
                and (other.get("class") or "") == (el.get("class") or "")
                and other.getparent() is el.getparent()
            )
    return False


def _count(haystack: str, deck: Deck) -> int:
    flat = deck.letters
    return max(haystack.count(flat[:_PROBE]), haystack.count(flat[-_PROBE:])) if flat else 0


def judge_text(reference: str, deck: Deck) -> str:
    """kept / dropped by a full text."""
    found = _count(letters(reference), deck)
    return "kept" if found >= (2 if deck.repeats else 1) else "dropped"


def judge_prefix(prefix: str, deck: Deck, page: str) -> str:
    """kept / dropped / unknown by the opening of a reference text."""
    flat = letters(prefix)
    if not flat:
        return "unknown"
    if _count(flat, deck) or deck.letters.startswith(flat[:40]):
        return "kept"
    at_deck, at_prefix = page.find(deck.letters[:_PROBE]), page.find(flat[:_PROBE])
    return "dropped" if 0 <= at_deck < at_prefix else "unknown"


def judge_snippets(item: dict[str, Any], deck: Deck) -> str:
    """kept / dropped / unknown by a page's "with" and "without" snippets."""
    for key, verdict in (("with", "kept"), ("without", "dropped")):
        for snippet in item.get(key, []):
            flat = letters(snippet)
            if len(flat) >= 10 and (flat in deck.letters or deck.letters[:_PROBE] in flat):
                return verdict
    return "unknown"


def ours(body: bytes, url: str) -> str:
    try:
        return letters(article_from_page(RawPage(url=url, body=body)).text)
    except Rejected:
        return ""


Judge = Callable[[Deck, str], str]  # (deck, the page's letters) -> verdict
Page = tuple[str, bytes, str, Judge]  # name, bytes, url, the reference's judge


def corpus_pages(root: Path) -> Iterator[Page]:
    with open(root / "manifest.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            base = str(root / row["dir"] / row["name"])
            html, gold = Path(base + ".html"), Path(base + ".txt")
            if html.is_file() and gold.is_file():
                url = row["url"] or "http://example.com/"
                name = f"{row['dir']}/{row['name']}"
                yield name, html.read_bytes(), url, _full(gold.read_text(encoding="utf-8"))


def _full(text: str) -> Judge:
    return lambda deck, page: judge_text(text, deck)


def _prefix(text: str) -> Judge:
    return lambda deck, page: judge_prefix(text, deck, page)


def _snippets(item: dict[str, Any]) -> Judge:
    return lambda deck, page: judge_snippets(item, deck)


def public_sets(args: argparse.Namespace) -> Iterator[tuple[str, Iterator[Page]]]:
    """The public sets named on the command line, each as its pages and their judges."""
    import goose_set
    import newspaper_set
    import readability_set
    import snippet_set

    if args.snippets:
        files = snippet_set.excluded_files(args.exclude_manifest)
        items = snippet_set.load_set(args.snippets, files)
        yield "trafilatura snippets", ((i["file"], b, u, _snippets(i)) for u, i, b in items)
    if args.readability:
        held = frozenset(readability_set.held_pages(args.exclude_manifest))
        pages = readability_set.load_pages(args.readability, held)
        url = readability_set.URL
        yield "readability", ((p["name"], p["body"], url, _full(p["text"])) for p in pages)
    if args.newspaper:
        pages = newspaper_set.load(args.newspaper)
        yield (
            "newspaper4k",
            ((p["name"], p["html"].read_bytes(), p["url"], _full(p["text"])) for p in pages),
        )
    if args.goose:
        pages = [p for p in goose_set.load(args.goose) if p["text"]]
        yield (
            "goose3",
            ((p["name"], p["html"].read_bytes(), p["url"], _prefix(p["text"])) for p in pages),
        )
    if args.postlight:
        yield "postlight", postlight_pages(args.postlight)


_POSTLIGHT_EVENT = re.compile(
    r"readFileSync\(\s*|\bur[li]\s*=\s*|assert\.equal\(\s*first\d+\s*,\s*"
)


def postlight_pages(root: Path) -> Iterator[Page]:
    """Postlight's fixtures with the first words of content its per-site tests expect."""
    from postlight_set import _STRING, _unescape

    for test in sorted((root / "src" / "extractors" / "custom").glob("*/index.test.js")):
        src = test.read_text(encoding="utf-8")
        fixture = url = ""
        for m in _POSTLIGHT_EVENT.finditer(src):
            literal = _STRING.match(src, m.end())
            if literal is None:
                continue
            value = _unescape(literal.group()[1:-1])
            if m.group().startswith("readFileSync"):
                fixture = Path(value).name
            elif m.group().startswith("ur"):
                url = value
            elif fixture and (root / "fixtures" / fixture).is_file():
                body = (root / "fixtures" / fixture).read_bytes()
                yield fixture, body, url or "http://example.com/", _prefix(value)


def run(pages: Iterator[Page]) -> list[dict[str, Any]]:
    rows = []
    for name, body, url, judge in pages:
        decks, page = find_decks(body)
        judged = [(deck, judge(deck, page)) for deck in decks]
        if not any(verdict != "unknown" for _, verdict in judged):
            continue
        text = ours(body, url)
        for deck, verdict in judged:
            kept = _count(text, deck) >= (2 if deck.repeats else 1)
            row = {"page": name, **asdict(deck), "reference": verdict, "ours": kept}
            del row["letters"]
            rows.append(row)
    return rows


def report(label: str, rows: list[dict[str, Any]]) -> None:
    """Per kind and position: references keeping / dropping, and our disagreements."""
    groups: dict[str, Counter[str]] = {}
    for row in rows:
        if row["reference"] == "unknown":
            continue
        kind = row["kind"].split(":")[0]
        keys = ["all", f"{row['position']}", f"{row['position']} / {kind}"]
        keys += ["eq-meta"] * row["eq_meta"] + ["repeats"] * row["repeats"]
        for key in keys:
            c = groups.setdefault(key, Counter())
            c[row["reference"]] += 1
            if row["reference"] == "kept" and not row["ours"]:
                c["lost"] += 1
            if row["reference"] == "dropped" and row["ours"]:
                c["extra"] += 1
    print(f"\n== {label}: {len(rows)} decks on {len({r['page'] for r in rows})} pages")
    print(f"{'kind':32} {'kept':>5} {'dropped':>8} {'we drop kept':>13} {'we keep dropped':>16}")
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        c = groups[key]
        print(f"{key:32} {c['kept']:5} {c['dropped']:8} {c['lost']:13} {c['extra']:16}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append", default=[])
    ap.add_argument("--snippets", type=Path, help="trafilatura's tests/evaldata.json")
    ap.add_argument("--readability", type=Path, help="Readability's test/test-pages")
    ap.add_argument("--newspaper", type=Path, help="newspaper4k's tests/data")
    ap.add_argument("--goose", type=Path, help="goose3's tests/data")
    ap.add_argument("--postlight", type=Path, help="a Postlight Parser clone")
    ap.add_argument("--exclude-manifest", action="append", default=[], metavar="TSV")
    ap.add_argument("--json", type=Path, help="write every deck found and its verdicts here")
    ap.add_argument("--list", action="store_true", help="print each deck a reference judged")
    args = ap.parse_args(argv)
    sets = [(str(c), corpus_pages(c)) for c in args.corpus] + list(public_sets(args))
    out = {}
    for label, pages in sets:
        rows = run(pages)
        out[label] = rows
        report(label, rows)
        for r in rows if args.list else []:
            verdicts = f"{r['reference']:7} ours={'kept' if r['ours'] else 'dropped':7}"
            print(f"  {verdicts} {r['position']:11} {r['kind'][:20]:20} {r['text'][:70]}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
