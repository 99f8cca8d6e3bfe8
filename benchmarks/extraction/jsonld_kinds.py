"""How often a page's structured data may be another story's, by kind, on folders of pages:
pages with two article JSON-LD objects or more (and of those, how many the page's own is not
the first of, by `own_article`), an ItemList of articles, a JSON-LD or meta author that is a
slug ("anna-smith") or an address, and pages with Next.js/Nuxt state. Prints the counts of
each folder and the pages of each kind. Usage:

    python benchmarks/extraction/jsonld_kinds.py FOLDER [FOLDER ...] [--examples N]

(every *.html, *.htm and *.html.gz under each FOLDER; the session 27 study read
/work/shared/eval, htmldate's and trafilatura's tests, Postlight's fixtures and newspaper4k's
tests/data.)
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pipeline.web.htmltree import parse
from pipeline.web.metadata import structured
from pipeline.web.metadata.ownarticle import own_article
from pipeline.web.metadata.slugs import address_slug, is_slug

_ADDRESS = ("http://", "https://")
_AUTHOR_METAS = ("author", "article:author", "dc.creator", "parsely-author")


def _pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz")))


def _read(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.name.endswith(".gz") else data).decode("utf-8", "replace")


def _articles(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kinds = structured._ARTICLE_TYPES
    return [o for o in objects if any(kinds.search(k) for k in structured._types(o))]


def kinds_of(html: str) -> list[str]:
    """The kinds `html` holds (see the module's doc)."""
    doc = parse(html)
    if doc is None:
        return []
    objects = structured.jsonld_objects(doc)
    found = []
    articles = _articles(objects)
    if len(articles) > 1:
        found.append("several articles")
        if own_article(doc, articles) is not articles[0]:
            found.append("several articles, the own not first")
    for obj in objects:
        items = obj.get("itemListElement")
        members = (
            [i.get("item", i) for i in items if isinstance(i, dict)]
            if isinstance(items, list)
            else []
        )
        if _articles([m for m in members if isinstance(m, dict)]):
            found.append("ItemList of articles")
            break
    names = structured._names(structured.jsonld_article(doc).get("author"))  # (people resolved)
    found += ["JSON-LD author slug" for n in names if is_slug(n)]
    found += ["JSON-LD author address" for n in names if n.startswith(_ADDRESS)]
    metas = structured.meta_values(doc)
    for key in _AUTHOR_METAS:
        value = metas.get(key, "")
        if value.startswith(_ADDRESS):
            found.append(
                "meta author address" + (" (an author page's)" if address_slug(value) else "")
            )
        elif is_slug(value):
            found.append("meta author slug")
    if "__NEXT_DATA__" in html or "__NUXT" in html:
        found.append("Next/Nuxt state")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--examples", type=int, default=10, help="pages listed a kind")
    args = parser.parse_args()
    for folder in args.folders:
        counts: Counter[str] = Counter()
        pages: defaultdict[str, list[str]] = defaultdict(list)
        files = _pages(folder)
        for path in files:
            for kind in dict.fromkeys(kinds_of(_read(path))):
                counts[kind] += 1
                pages[kind].append(str(path.relative_to(folder)))
        print(f"== {folder}: {len(files)} pages")
        for kind, n in sorted(counts.items()):
            print(f"{kind:45} {n:5}")
            for page in pages[kind][: args.examples]:
                print(f"    {page}")


if __name__ == "__main__":
    main()
