"""Where trafilatura keeps article-like sentences that we drop, on unlabelled page sets, grouped
by page language (issue 10: our recall on non-English news pages is the gap).

A "sentence" is a piece of trafilatura's text (a line, or a table cell, cut at sentence ends;
its "- " and "# " marks off) of 12+ words, or 60+ CJK characters; it is "dropped" when it is
not a substring of ours, both read NFKC without invisible marks (trafilatura drops the
Persian ZWNJ) and without blanks (it glues some paragraphs). A page is listed when it has a
dropped sentence; the listing gives our language, the counts and the dropped sentences (cut
to 160 characters), so a reader can judge each: article text hidden by some structure, or
boilerplate trafilatura keeps.

Each SET argument is one of: a snippet-set JSON ({url: {"file": ...}}, files under cache/,
eval/ or test_set/ beside it: trafilatura's tests/evaldata.json, htmldate's
tests/eval_mediacloud_2020.json and eval_default.json) or a folder (every *.html under it,
newspaper4k's tests/data/html, goose3's tests/data/content). trafilatura's outputs are cached
(--cache, a JSON file) because they do not change between our runs. Usage:

    python benchmarks/extraction/recall_gap.py SET [SET ...] [--lang LANG] [--cache F]
        [--limit N] [--quiet] [--exclude-manifest MANIFEST] [--dump OURS.json]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

_SPACE = re.compile(r"\s+")
_SENT = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_CELL = re.compile(r"\s*(?<!\\)\|\s*")  # trafilatura's table cells: "| a | b |"
_MARK = re.compile(r"^(?:[-*#] )+")  # its list items ("- "), headings ("# ")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def norm(text: str) -> str:
    """NFKC, invisible marks dropped (trafilatura drops the Persian ZWNJ), blanks collapsed."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))).strip()


def sentences(text: str) -> list[str]:
    """trafilatura's long pieces: 12+ words or 60+ CJK characters."""
    out = []
    for line in _CELL.sub("\n", text).splitlines():
        for piece in _SENT.split(line):
            piece = _MARK.sub("", norm(piece))
            if len(piece.split()) >= 12 or len(_CJK.findall(piece)) >= 60:
                out.append(piece)
    return out


def dropped(theirs: str, ours: str) -> list[str]:
    flat = norm(ours).replace(" ", "")  # blind to blanks: trafilatura glues some paragraphs
    return [s for s in sentences(theirs) if s.replace(" ", "") not in flat]


def load(spec: str, exclude: set[str]) -> list[tuple[str, str, Path]]:
    """(name, url, html path) of each page of one set."""
    path = Path(spec)
    if path.is_dir():
        return [
            (f"{path.name}/{p.name}", f"http://example.com/{p.stem}.html", p)
            for p in sorted(path.rglob("*.html"))
        ]
    data = json.loads(path.read_text(encoding="utf-8"))
    pages = []
    for url, item in data.items():
        if item["file"] in exclude:
            continue
        for sub in ("cache", "eval", "test_set"):
            html = path.parent / sub / item["file"]
            if html.is_file():
                pages.append((f"{path.stem}/{item['file']}", url, html))
                break
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--lang", help="list only pages of this language (ours)")
    ap.add_argument("--cache", default="/tmp/recall_gap_trafilatura.json")
    ap.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    ap.add_argument("--quiet", action="store_true", help="counts only, no page listing")
    ap.add_argument("--exclude-manifest", action="append", default=[])
    ap.add_argument("--dump", help="write our text of each page here (JSON), to compare runs")
    a = ap.parse_args(argv)
    from snippet_set import excluded_files, ours  # type: ignore[import-not-found]

    exclude = excluded_files(a.exclude_manifest)
    cache_path = Path(a.cache)
    cache: dict[str, str] = (
        json.loads(cache_path.read_text(encoding="utf-8")) if cache_path.is_file() else {}
    )
    run_ours = ours()
    traf: Any = None
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pages, gap, sent, drop
    listing: list[tuple[str, str, str, int, list[str]]] = []
    dump: dict[str, str] = {}
    for spec in a.sets:
        pages = load(spec, exclude)
        for name, url, html in pages[: a.limit or None]:
            body = html.read_bytes()
            if name not in cache:
                if traf is None:
                    from trafilatura import extract

                    traf = extract
                cache[name] = traf(body, url=url, include_comments=False) or ""
            text, lang = run_ours(body, url)
            dump[name] = text
            lang = lang or "?"
            theirs = sentences(cache[name])
            missing = dropped(cache[name], text)
            row = per_lang[lang]
            row[0] += 1
            row[1] += bool(missing)
            row[2] += len(theirs)
            row[3] += len(missing)
            if missing and (not a.lang or a.lang == lang):
                listing.append((name, url, lang, len(theirs), missing))
    cache_path.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    if a.dump:
        Path(a.dump).write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    if not a.quiet:
        for name, url, lang, n, missing in sorted(listing, key=lambda r: (r[2], -len(r[4]))):
            print(f"\n{name} [{lang}] {url} dropped {len(missing)} of {n}")
            for s in missing[:8]:
                print(f"   - {s[:160]}")
    print(f"\n{'lang':6s} pages  w/gap  traf-sent  dropped")
    for lang, (pg, gap, sent, drop) in sorted(per_lang.items(), key=lambda kv: -kv[1][0]):
        print(f"{lang:6s} {pg:5d} {gap:6d} {sent:10d} {drop:8d}")
    tot = [sum(r[i] for r in per_lang.values()) for i in range(4)]
    print(f"{'all':6s} {tot[0]:5d} {tot[1]:6d} {tot[2]:10d} {tot[3]:8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
