"""Score the full per-page path on Dragnet's benchmark (seomoz/dragnet_data: 1,381 English web
pages of news sites and blogs collected in 2012, with the article's text cut and pasted by hand
from a browser), and trafilatura and readability-lxml on the same pages in the same run.

The set is a folder holding the pages and their gold text, in either layout: Dragnet's own
(`HTML/X.html` and `Corrected/X.html.corrected.txt`, the two archives of its repository
unpacked) or a mirror's (`input/X.html` and `GoldStandard/X.txt`, as
j-szulc/html-cleaning-dataset-merged holds it under `dragnet_data/`, byte for byte the same
gold). A gold file is read as its bytes say (a UTF-16 or UTF-8 mark, else UTF-8, else
cp1252). Where a page has comments the annotators pasted them after a separator line
(`!@#$%^&*()  COMMENTS`, typed by hand: a few files have a stray or missing sign, a misspelt
word or none, so any line of five or more of these signs, then a word in capitals or nothing,
counts); only the text before it is scored, as Dragnet scores
its "content" model. The gold keeps what a reader sees of the article, title, dateline and
captions included (the convention `--worst` sorts by).

Text is scored as the project's evaluation scores it (`pipeline.app.eval_metrics.page_scores`:
token precision, recall and F1, English tokens), one mean per system over the pages, then per
part of the set by the name's prefix: "R" (Moz's own 2012 crawl), "T", and the numbered pages
(converted from CETR's news and CleanEval sets). "+title" rows score the system's title
line put before its text, the gold's convention.

Ours is what `newsbrief process` stores: `pipeline.pages.make_article` of the page bytes (a
neutral URL: the set gives none); a page the product rejects gives an empty text and is
counted by reason. trafilatura is `bare_extraction(body, url, with_metadata=True)` (its text
without comments, as bench.py times it); readability-lxml's summary is turned into text (a
line per block element), as snippet_set.py runs it. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/dragnet_set.py PATH/TO/dragnet_data
        [--systems ours,trafilatura,readability] [--split test.txt] [--json OUT.json]
        [--worst N]

`--split` keeps the pages a list names (Dragnet's `test.txt`: 414 names, one a line).
`--worst N` lists the N pages where ours loses most F1 against trafilatura.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.app.eval_metrics import mean, page_scores  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from snippet_set import RUNNERS  # noqa: E402

URL = "http://fakehost/dragnet/{name}.html"  # the set gives no URL: a neutral one
LANGUAGE = "en"  # Dragnet's pages are English: word tokens
# (html folder, gold folder, the gold's name for page X)
LAYOUTS = (("HTML", "Corrected", "{}.html.corrected.txt"), ("input", "GoldStandard", "{}.txt"))
# The annotators' separator before comments, typed by hand: "!@#$%^&*()  COMMENTS", also
# "!@ $%^&*()  COMMENTS", "!@#$%^&*   COMMENTS", "...  COMMNENTS", "...  CORRECTED" or the
# signs alone: a line of these signs (five different ones at least: a "* * *" section break is
# not one), then a word in capitals or nothing.
_SEPARATOR = re.compile(r"^[ \t]*([!@#$%^&*() \t]{5,})(?:[A-Z]{4,})?[ \t\r]*$", re.M)
_SIGNS = frozenset("!@#$%^&*()")
_LEAST_SIGNS = 5

Found = tuple[str, str]  # (text, title)


def decode_text(raw: bytes) -> str:
    """A hand-made gold file's text as its bytes say: a UTF-16 or UTF-8 mark, else UTF-8, else
    cp1252 (a Windows editor's, undecodable bytes replaced)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_gold(raw: bytes) -> tuple[str, bool]:
    """A gold file's article text (what precedes the comments' separator) and whether it had
    comments."""
    text = decode_text(raw)
    for cut in _SEPARATOR.finditer(text):
        if len(_SIGNS.intersection(cut.group(1))) >= _LEAST_SIGNS:
            return text[: cut.start()], True
    return text, False


def part(name: str) -> str:
    """The part of the set a page belongs to, by its name's prefix."""
    return name[0] if name[:1].isalpha() else "numbered"


def paired_files(
    folder: Path,
    layouts: tuple[tuple[str, str, str], ...],
    what: str,
    suffixes: tuple[str, ...] = (".html",),
) -> list[tuple[str, Path, Path]]:
    """Each page's (name, HTML file, gold file) in `folder`, by the first of `layouts` (HTML
    folder, gold folder, gold file name pattern) whose two folders it holds, a page being a
    file of the HTML folder whose name ends with one of `suffixes` (its name without it);
    ValueError naming `what` the folder should be when none, or when no page has both files."""
    if not folder.is_dir():
        raise ValueError(f"not a folder ({what})")
    layout = next(
        (lay for lay in layouts if (folder / lay[0]).is_dir() and (folder / lay[1]).is_dir()),
        None,
    )
    if layout is None:
        names = " nor ".join(f"{lay[0]}/ and {lay[1]}/" for lay in layouts)
        raise ValueError(f"no {names} folders in it")
    html_dir, gold_dir, gold_name = layout
    found = []
    for html in sorted((folder / html_dir).iterdir()):
        suffix = next((end for end in suffixes if html.name.endswith(end)), "")
        if not suffix:
            continue
        name = html.name[: -len(suffix)]
        gold = folder / gold_dir / gold_name.format(name)
        if gold.is_file():
            found.append((name, html, gold))
    if not found:
        raise ValueError(f"no page with both {html_dir}/X{suffixes[0]} and {gold_dir}/" + gold_name)
    return found


def load_pages(folder: Path, keep: frozenset[str] | None = None) -> list[dict[str, Any]]:
    """Each page's name, bytes, gold text and whether its gold had comments (only the pages
    `keep` names, when given)."""
    pages = []
    for name, html, gold in paired_files(folder, LAYOUTS, "Dragnet's, with HTML/ and Corrected/"):
        if keep is not None and name not in keep:
            continue
        text, comments = read_gold(gold.read_bytes())
        pages.append({"name": name, "body": html.read_bytes(), "gold": text, "comments": comments})
    if not pages:
        raise ValueError("none of the pages the split names")
    return pages


def read_split(path: Path) -> frozenset[str]:
    """The page names a split file lists, one a line ("R610" or "R610.html")."""
    names = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(n[: -len(".html")] if n.endswith(".html") else n for n in names if n)


def ours(body: bytes, url: str) -> tuple[Found, str]:
    """Our stored article's (text, title), and the reject reason where the page makes none."""
    made = make_article(RawPage(url=url, body=body))
    if isinstance(made, Article):
        return (made.text, made.title or ""), ""
    return ("", ""), made.reason.value


def trafilatura_runner() -> Callable[[bytes, str], Found]:
    from trafilatura import bare_extraction

    def run(body: bytes, url: str) -> Found:
        doc = bare_extraction(body, url=url, with_metadata=True)
        data = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
        return data.get("text") or "", data.get("title") or ""

    return run


def readability_runner() -> Callable[[bytes, str], Found]:
    summary = RUNNERS["readability"]()
    return lambda body, url: (summary(body, url)[0], "")


OTHERS: dict[str, Callable[[], Callable[[bytes, str], Found]]] = {
    "trafilatura": trafilatura_runner,
    "readability": readability_runner,
}


def run(pages: list[dict[str, Any]], systems: list[str], url: str = URL) -> list[dict[str, Any]]:
    """One row per page: each system's (precision, recall, F1), with and without its title. A
    page may give its "part" and its gold with the headline ("gold_titled"), as L3S-GN1's do, its
    "language" (the tokens scored: English's words unless given) and its own "url"."""
    runners = {name: OTHERS[name]() for name in systems if name != "ours"}
    seconds: dict[str, float] = defaultdict(float)
    rows = []
    for page in pages:
        page_url = page.get("url") or url.format(name=page["name"])
        language = page.get("language") or LANGUAGE
        found: dict[str, Found] = {}
        start = time.perf_counter()
        found["ours"], rejected = ours(page["body"], page_url)
        seconds["ours"] += time.perf_counter() - start
        for name, fn in runners.items():
            start = time.perf_counter()
            try:
                found[name] = fn(page["body"], page_url)
            except Exception as err:  # noqa: BLE001 - a crash scores as an empty text
                print(f"{name} failed on {page['name']}: {err!r}", file=sys.stderr)
                found[name] = ("", "")
            seconds[name] += time.perf_counter() - start
        scores = {n: page_scores(text, page["gold"], language) for n, (text, _) in found.items()}
        # a set whose gold gives the headline apart scores the "+title" rows against both
        titled = page.get("gold_titled")
        for n, (text, title) in found.items():
            if title or titled:
                with_title = f"{title}\n{text}" if title else text
                scores[n + "+title"] = page_scores(with_title, titled or page["gold"], language)
            else:
                scores[n + "+title"] = scores[n]
        rows.append(
            {
                "name": page["name"],
                "part": page.get("part") or part(page["name"]),
                "comments": page["comments"],
                "rejected": rejected,
                "gold_chars": len(page["gold"]),
                "chars": {n: len(text) for n, (text, _) in found.items()},
                "scores": scores,
                "text": found["ours"][0],
            }
        )
    for name in ["ours", *runners]:
        print(f"{name}: {1000 * seconds[name] / max(1, len(pages)):.1f} ms/page")
    return rows


def _line(label: str, rows: list[dict[str, Any]], name: str) -> str:
    p, r, f = (mean([row["scores"][name][i] for row in rows]) for i in range(3))
    return f"{label:<34}{len(rows):>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}"


def report(
    rows: list[dict[str, Any]], systems: list[str], comments: str = "gold with comments"
) -> None:
    print(f"{'':<34}{'pages':>6}{'prec':>8}{'recall':>8}{'F1':>8}")
    by_part: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_part[row["part"]].append(row)
    groups = [("all", rows)] + [(p, by_part[p]) for p in sorted(by_part)]
    groups.append((comments, [row for row in rows if row["comments"]]))
    for label, group in groups:
        if group:
            for name in systems:
                print(_line(f"{label} {name}", group, name))
    for name in (n for n in systems if n != "readability"):
        print(_line(f"all {name}+title", rows, name + "+title"))
    rejected = Counter(row["rejected"] for row in rows if row["rejected"])
    said = ", ".join(f"{reason} {n}" for reason, n in rejected.most_common()) or "none"
    print(f"ours rejected {sum(rejected.values())} pages: {said}")
    if "trafilatura" in systems:
        diff = [row["scores"]["ours"][2] - row["scores"]["trafilatura"][2] for row in rows]
        ahead, behind = sum(d > 0.01 for d in diff), sum(d < -0.01 for d in diff)
        print(f"ours against trafilatura (F1, beyond 0.01): ahead on {ahead}, behind on {behind}")


def worst(rows: list[dict[str, Any]], n: int) -> None:
    """The N pages where ours loses most F1 against trafilatura."""
    head = f"{'ours P':>7}{'R':>6}{'F1':>6}{'traf F1':>8}{'chars':>7}{'traf':>7}{'gold':>7}"
    print(f"\n{'page':<10}{head}")
    behind = sorted(rows, key=lambda r: r["scores"]["ours"][2] - r["scores"]["trafilatura"][2])
    for row in behind[:n]:
        p, r, f = row["scores"]["ours"]
        chars = row["chars"]
        note = (" rejected: " + row["rejected"]) if row["rejected"] else ""
        note += " (gold had comments)" if row["comments"] else ""
        print(
            f"{row['name']:<10}{p:>7.3f}{r:>6.3f}{f:>6.3f}{row['scores']['trafilatura'][2]:>8.3f}"
            f"{chars['ours']:>7}{chars['trafilatura']:>7}{row['gold_chars']:>7}{note}"
        )


def choose_systems(spec: str) -> list[str]:
    """Ours, then each other system the comma-separated spec names that can be imported."""
    systems = ["ours"]
    for name in (s for s in spec.split(",") if s and s != "ours"):
        try:
            OTHERS[name]()
        except (ImportError, KeyError) as exc:  # not installed: left out, said once
            print(f"{name}: left out ({type(exc).__name__}: {exc})")
            continue
        systems.append(name)
    return systems


def finish(
    rows: list[dict[str, Any]], systems: list[str], args: argparse.Namespace, *labels: str
) -> None:
    """Print the report (`labels`: as `report` takes them), our `args.worst` pages furthest
    behind trafilatura, and write the rows to `args.json` when asked."""
    report(rows, systems, *labels)
    if args.worst and "trafilatura" in systems:
        worst(rows, args.worst)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def load_folders(
    folders: list[Path], load: Callable[[Path], list[dict[str, Any]]]
) -> list[dict[str, Any]] | None:
    """Every folder's pages as `load` reads them, or None after one line naming the folder
    that cannot be read (the scripts taking several folders: msv_set, zh_set, daniel_set)."""
    pages: list[dict[str, Any]] = []
    for folder in folders:
        try:
            pages += load(folder)
        except (OSError, ValueError) as exc:
            print(f"{folder}: {exc}", file=sys.stderr)
            return None
    return pages


def set_arguments(
    doc: str | None, folder_help: str, *, many: bool = False
) -> argparse.ArgumentParser:
    """The command line every blind-set script shares: its set's folder (`many`: folders),
    the systems to score, the per-page JSON and the worst pages; a script adds its own."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    if many:
        ap.add_argument("folders", type=Path, nargs="+", help=folder_help)
    else:
        ap.add_argument("folder", type=Path, help=folder_help)
    ap.add_argument("--systems", default="ours,trafilatura,readability")
    ap.add_argument("--json", type=Path, help="write each page's scores and our text here")
    ap.add_argument("--worst", type=int, default=0, help="our N pages furthest behind trafilatura")
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "Dragnet's data: HTML/ and Corrected/ in it")
    ap.add_argument("--split", type=Path, help="score only the pages this file names")
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    try:
        keep = read_split(args.split) if args.split else None
    except (OSError, UnicodeDecodeError) as exc:
        print(f"--split {args.split}: {exc}", file=sys.stderr)
        return 2
    try:
        pages = load_pages(args.folder, keep)
    except (OSError, ValueError) as exc:
        print(f"{args.folder}: {exc}", file=sys.stderr)
        return 2
    with_comments = sum(page["comments"] for page in pages)
    print(f"{len(pages)} pages ({with_comments} with comments after the separator: not scored)")
    finish(run(pages, systems), systems, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
