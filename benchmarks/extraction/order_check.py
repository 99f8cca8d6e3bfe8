"""Does a page's Article depend on the pages the process made before it? It must not: a
crawl's worker makes thousands of articles per process, a user's one-off extraction makes one,
and the same page must give the same Article either way (a cache keyed too loosely, a memo of
one page's decision, a lexicon built from the first page's language ... would break that).

Each page of a corpus (a directory with a manifest.tsv, as `newsbrief eval extraction` reads)
is made four ways: alone in a fresh process, then all of them in one process in the
manifest's order, in the reverse order and in a shuffled one. Made is what a page gives: the
Article of `pipeline.pages.make_article` (its JSON line, or the Reject), `extract_text`'s text
and the metadata reader's date and authors (`eval_pages.read_page_metadata`, at a fixed fetch time).
Every page whose outputs differ between two of the runs is listed with the field that
differs. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/order_check.py ../shared/eval/extraction-wide \\
        [--spawn] [--limit N] [--seed N]

"Fresh" is a process forked from this one before it made any page (fast; module state as a
new process has it after import); `--spawn` starts a new interpreter per page instead (about
a second per page). Exit status 1 when a page differs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from pipeline.app.eval_pages import read_manifest, read_page_metadata
from pipeline.extract import extract_text
from pipeline.pages import make_article
from pipeline.records import RawPage

Page = tuple[str, str, bytes]  # name, URL, body
Outputs = dict[str, str]  # field -> its value as text

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)  # one fetch time for every run: dates read "today"
_FIELDS = ("article", "text", "metadata")


def corpus_pages(corpus: Path) -> list[Page]:
    """The pages of a corpus, in its manifest's order, each with its URL (a made-up one on
    the page's site where the manifest gives none, so URL-keyed code runs too)."""
    pages = []
    for row in read_manifest(corpus):
        body = (corpus / row.get("dir", "") / (row["name"] + ".html")).read_bytes()
        url = row.get("url") or f"https://{row.get('site') or 'example.org'}/a/{row['name']}.html"
        pages.append((row["name"], url, body))
    return pages


def outputs(page: Page) -> Outputs:
    """What the page gives, each output as text (an exception's type and text too)."""
    _, url, body = page
    made: Outputs = {}
    for field in _FIELDS:
        try:
            if field == "article":
                art = make_article(RawPage(url=url, body=body, headers={}, block_checked=False))
                made[field] = getattr(art, "json_line", None) or repr(art)
            elif field == "text":
                made[field] = extract_text(body, url)
            else:
                made[field] = repr(read_page_metadata(body, url, FETCHED))
        except Exception as exc:  # noqa: BLE001 - a crash is an output to compare too
            made[field] = f"{type(exc).__name__}: {exc}"
    return made


def run_together(pages: list[Page]) -> list[Outputs]:
    """Every page's outputs, made one after the other in this process."""
    return [outputs(page) for page in pages]


def _one_in_fresh(page: Page) -> Outputs:
    return outputs(page)


def run_fresh(pages: list[Page], method: str) -> list[Outputs]:
    """Every page's outputs, each made alone in a fresh process (`method`: fork or spawn)."""
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(1, maxtasksperchild=1) as pool:
        return pool.map(_one_in_fresh, pages, chunksize=1)


def run_in_child(pages: list[Page]) -> list[Outputs]:
    """`run_together` in a forked child, which leaves this process as fresh as it was."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(run_together, (pages,))


def differences(
    pages: list[Page], runs: dict[str, list[Outputs]]
) -> Iterable[tuple[str, str, str]]:
    """(page name, field, the runs that differ) for each output a run does not repeat."""
    first, *others = runs
    for i, (name, _, _) in enumerate(pages):
        for field in _FIELDS:
            base = runs[first][i][field]
            unlike = [other for other in others if runs[other][i][field] != base]
            if unlike:
                yield name, field, f"{first} vs {', '.join(unlike)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a corpus directory with a manifest.tsv")
    ap.add_argument("--spawn", action="store_true", help="a new interpreter per page")
    ap.add_argument("--limit", type=int, default=0, help="the first N pages only")
    ap.add_argument("--seed", type=int, default=0, help="of the shuffled order")
    args = ap.parse_args(argv)
    pages = corpus_pages(args.corpus)[: args.limit or None]
    runs = {"alone": run_fresh(pages, "spawn" if args.spawn else "fork")}
    runs["together"] = run_in_child(pages)
    runs["reversed"] = run_in_child(pages[::-1])[::-1]
    shuffled = list(range(len(pages)))
    random.Random(args.seed).shuffle(shuffled)
    made = run_in_child([pages[i] for i in shuffled])
    runs["shuffled"] = [made[shuffled.index(i)] for i in range(len(pages))]
    found = list(differences(pages, runs))
    for name, field, which in found:
        print(f"{name}\t{field}\t{which}")
    names = {name for name, _, _ in found}
    print(f"{len(pages)} pages, {len(names)} differ between runs ({len(found)} outputs)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
