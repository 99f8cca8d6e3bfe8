"""benchmarks/extraction/jsonld_kinds.py: the kinds of another story's structured data it
counts, on made-up pages."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "jsonld_kinds.py"


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _ld(value: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(value)}</script>"


def test_the_kinds_of_a_page() -> None:
    other = {"@type": "NewsArticle", "headline": "Mayor elected", "url": "https://x.net/mayor"}
    own = {
        "@type": "NewsArticle",
        "headline": "Ferry timetable approved",
        "url": "https://x.net/ferry",
        "author": {"@type": "Person", "name": "anna-smith"},
    }
    teasers = {"@type": "ItemList", "itemListElement": [{"item": other}]}
    html = (
        "<html><head><link rel='canonical' href='https://x.net/ferry'>"
        "<meta name='author' content='https://x.net/author/anna-smith/'>"
        f"{_ld(other)}{_ld(own)}{_ld(teasers)}</head><body><h1>Ferry</h1>"
        "<script id='__NEXT_DATA__' type='application/json'>{}</script></body></html>"
    )
    assert _module().kinds_of(html) == [
        "several articles",
        "several articles, the own not first",
        "ItemList of articles",
        "JSON-LD author slug",
        "meta author address (an author page's)",
        "Next/Nuxt state",
    ]
