"""Each author miss of a public set sorted into kinds: what the gold says (names joined in one
cell, an organisation or a desk, a user name) and what went wrong on our side (nothing found,
names beside the gold's, fewer, part of a name, someone else), with trafilatura's answer on
the same page beside it (right, partial, wrong: whether the page shows the name in a way a
reader finds). Reads the per-page JSON lines of `public_metadata.py --pages` or
`postlight_set.py --pages` (run without --no-others for trafilatura's column); no page or
gold of theirs is in this project. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/author_misses.py PAGES.jsonl [--list]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.app.eval_metrics import author_f1  # noqa: E402
from pipeline.web.metadata.organisations import _key, is_organisation  # noqa: E402

# The joints of names a gold keeps in one cell (as public_metadata.py's "split" score reads).
_JOINED = re.compile(r"\s*[,&/]\s*|\s+(?:und|and|y|et|e)\s+", re.I)
# Words of a desk's, a team's or a newsroom's name the organisation test does not hold.
_DESK_WORDS = re.compile(
    r"\b(?:redaktion|redacci[oó]n|r[ée]daction|team|staff|desk|newsdesk|editors?|online|"
    r"pressestelle|verband|stiftung|foundation|unknown)\b",
    re.I,
)


def _names(value: Any) -> list[str] | None:
    """The gold's names: a list, or "A; B" (trafilatura's)."""
    if value is None:
        return None
    names = value if isinstance(value, list) else str(value).split(";")
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def _rows(path: Path) -> list[tuple[str, list[str], list[str], list[str] | None]]:
    """(file, gold, ours, trafilatura's or None) for each page with a gold author."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        if "file" not in page:
            continue
        if "gold_authors" in page:  # public_metadata.py's: a list, or "A; B"
            gold = _names(page["gold_authors"])
        else:  # postlight_set.py's one string, split as that set is scored
            raw = page["gold"].get("author")
            gold = [n.strip() for n in _JOINED.split(raw) if n.strip()] if raw else None
        if not gold:
            continue
        theirs = page.get("trafilatura")
        rows.append(
            (
                page["file"],
                gold,
                page["newsbrief"]["authors"],
                theirs["authors"] if theirs else None,
            )
        )
    return rows


def kind(gold: list[str], ours: list[str]) -> str:
    """The kind of a miss (ours scores below 1 against `gold`)."""
    split = [n.strip() for g in gold for n in _JOINED.split(g) if n.strip()]
    if author_f1(ours, split) > author_f1(ours, gold):
        return "gold: names joined in one cell"
    if all(is_organisation(g) or _DESK_WORDS.search(g) for g in gold):
        return "gold: an organisation, a desk or an agency"
    if not ours and all(" " not in g for g in gold):
        return "gold: one word (a user name, a first name); ours none"
    if not ours:
        return "ours: none found"
    got, want = {_key(n) for n in ours}, {_key(n) for n in gold}
    if want < got:
        return "ours: the gold's names and others"
    if got < want:
        return "ours: fewer names than the gold's"
    if any(g and o and (o in g or g in o) for o in got for g in want):
        return "ours: part of the name, or more than it"
    return "ours: someone else"


def _theirs(gold: list[str], theirs: list[str] | None) -> str:
    if theirs is None:
        return "-"
    score = author_f1(theirs, gold)
    return "right" if score == 1 else "partial" if score else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("--list", action="store_true", help="each miss, by kind")
    args = parser.parse_args()
    rows = _rows(args.pages)
    misses = [
        (kind(gold, ours), _theirs(gold, theirs), name, gold, ours, theirs)
        for name, gold, ours, theirs in rows
        if author_f1(ours, gold) < 1
    ]
    print(f"{len(rows)} pages with a gold author, {len(misses)} missed")
    counts = Counter((k, t) for k, t, *_ in misses)
    kinds = Counter(k for k, *_ in misses)
    print(f"{'kind':55} {'pages':>5}  trafilatura right/partial/wrong")
    for k, n in kinds.most_common():
        split = "/".join(str(counts[k, t]) for t in ("right", "partial", "wrong"))
        print(f"{k:55} {n:>5}  {split}")
    if args.list:
        for k, t, name, gold, ours, theirs in sorted(misses, key=lambda m: (m[0], m[2])):
            print(f"{k} | {name} | gold {gold} | ours {ours} | trafilatura ({t}) {theirs}")


if __name__ == "__main__":
    main()
