"""Per-language (and per-corpus-directory) token F1 of ours beside trafilatura's (issue 10:
no language below trafilatura by more than 0.02), from two per-page files:

    newsbrief eval extraction ../shared/eval/extraction-wide --json > ours.json
    (cd ../shared/eval && python score.py --eval-dir extraction-wide -e trafilatura \
        --per-page /tmp/theirs.tsv)         # trafilatura.extract(html), default options
    python benchmarks/extraction/vs_trafilatura.py ours.json /tmp/theirs.tsv --worse 40

Pages with full gold scored by both. The last column counts pages where trafilatura is
more than 0.005 above us; --worse N lists the N pages where it leads most.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ours")
    ap.add_argument("theirs")
    ap.add_argument("--worse", type=int, default=0)
    a = ap.parse_args()
    with open(a.ours, encoding="utf-8") as fh:
        ours = {r["name"]: r for r in json.load(fh)["per_page"] if r["kind"] == "full"}
    theirs = {}
    with open(a.theirs, newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            theirs[r["name"]] = float(r["f1"] or 0.0)
    names = [n for n in ours if n in theirs]
    for key in ("language", "corpus"):
        groups: dict[str, list[str]] = defaultdict(list)
        for n in names:
            groups[ours[n][key]].append(n)
        print(f"{key:22s} pages   ours  trafil   diff  (traf ahead on pages)")
        for g, ns in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            o = sum(ours[n]["f1"] for n in ns) / len(ns)
            t = sum(theirs[n] for n in ns) / len(ns)
            ahead = sum(theirs[n] > ours[n]["f1"] + 0.005 for n in ns)
            print(f"{g:22s} {len(ns):5d} {o:.4f} {t:.4f} {o - t:+.4f}  ({ahead})")
        print()
    if a.worse:
        rows = sorted(names, key=lambda n: ours[n]["f1"] - theirs[n])[: a.worse]
        for n in rows:
            r = ours[n]
            if theirs[n] <= r["f1"]:
                break
            print(
                f"{n:45s} {r['language']} ours {r['f1']:.3f}"
                f" (P {r['precision']:.2f} R {r['recall']:.2f}) traf {theirs[n]:.3f}"
            )


if __name__ == "__main__":
    main()
