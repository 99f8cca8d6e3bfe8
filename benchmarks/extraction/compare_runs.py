"""Two runs of `newsbrief eval extraction --json` on one corpus, page by page: the mean F1 of
each language before and after, how many pages went up and down, and every page that moved.
The check a change to the extractor passes before it lands (no language down, more pages up
than down), without writing the comparison again each time:

    newsbrief eval extraction ../shared/eval/extraction-wide --json > before.json
    ... change the extractor ...
    newsbrief eval extraction ../shared/eval/extraction-wide --json > after.json
    python benchmarks/extraction/compare_runs.py before.json after.json [--moved 40]

Pages with full gold only (snippet pages are scored apart). Exit status 1 when a language's
mean went down, so a script can gate on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

_SAME = 1e-6  # F1 differences below this are rounding, not a change


@dataclass
class _Language:
    before: list[float] = field(default_factory=list)
    after: list[float] = field(default_factory=list)
    up: int = 0
    down: int = 0

    def mean(self, values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0


def _pages(path: str) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh)["per_page"]
    return {row["name"]: row for row in rows if row.get("kind") == "full"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--moved", type=int, default=40, help="pages that moved most to list")
    args = ap.parse_args(argv)
    before, after = _pages(args.before), _pages(args.after)
    missing = sorted(set(before) ^ set(after))
    if missing:
        print(f"the runs score different pages ({len(missing)}: {', '.join(missing[:5])} ...)")
        return 2
    languages: dict[str, _Language] = defaultdict(_Language)
    moved: list[tuple[float, dict[str, Any], dict[str, Any]]] = []
    for name, old in before.items():
        new = after[name]
        lang = languages[old["language"]]
        lang.before.append(old["f1"])
        lang.after.append(new["f1"])
        delta = new["f1"] - old["f1"]
        if abs(delta) > _SAME:
            moved.append((delta, old, new))
            lang.up += delta > 0
            lang.down += delta < 0
    worse = False
    for code, lang in sorted(languages.items()):
        was, now = lang.mean(lang.before), lang.mean(lang.after)
        drop = now < was - _SAME
        worse |= drop
        print(
            f"{code:4} {len(lang.before):4} pages  {was:.5f} -> {now:.5f} ({now - was:+.5f})"
            f"  +{lang.up} -{lang.down}{'  DOWN' if drop else ''}"
        )
    up = sum(1 for delta, _, _ in moved if delta > 0)
    print(f"pages up {up}, down {len(moved) - up}")
    for delta, old, new in sorted(moved, key=lambda m: abs(m[0]), reverse=True)[: args.moved]:
        print(
            f"{delta:+.4f} {old['name']:48} {old.get('corpus', ''):22} "
            f"{old['f1']:.3f} -> {new['f1']:.3f}"
            f"  precision {new['precision'] - old['precision']:+.3f}"
            f"  recall {new['recall'] - old['recall']:+.3f}"
        )
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
