"""benchmarks/extraction/deck_evidence.py: decks found by markup and position on made-up
pages, and a reference's verdict on them (full text, prefix, snippets)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "deck_evidence.py"

_BODY = "".join(
    f"<p>The ferry crossed the bay for the {n}th time this week, and the harbour master "
    f"counted the cars on board twice before she let it go.</p>"
    for n in range(4, 9)
)
_DECK = (
    "A new timetable adds two late crossings in May, and commuters on the island say it is time."
)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _page(header: str) -> bytes:
    return (
        "<html><head><title>Ferry</title>"
        f'<meta property="og:description" content="{_DECK}"></head><body>'
        f"{header}<div class='body'>{_BODY}</div></body></html>"
    ).encode()


def test_a_named_deck_under_the_headline() -> None:
    m = _module()
    decks, _ = m.find_decks(_page(f'<h1>Late ferries</h1><p class="article-dek">{_DECK}</p>'))
    assert [(d.kind, d.position, d.eq_meta) for d in decks] == [("named:dek", "under", True)]


def test_a_standfirst_after_the_byline_in_the_header() -> None:
    m = _module()
    header = f"<header><h1>Late ferries</h1><p>By Ann Lee</p><p>{_DECK}</p></header>"
    decks, _ = m.find_decks(_page(header))
    assert [(d.kind, d.position) for d in decks] == [("shaped", "header")]


def test_the_body_opening_is_no_deck() -> None:
    m = _module()
    decks, _ = m.find_decks(_page("<h1>Late ferries</h1>"))
    assert decks == []


def test_verdicts_of_a_full_text_a_prefix_and_snippets() -> None:
    m = _module()
    decks, page = m.find_decks(_page(f'<h1>Late ferries</h1><div class="summary">{_DECK}</div>'))
    (deck,) = decks
    body_only = _BODY.replace("<p>", "").replace("</p>", "\n")
    assert m.judge_text(f"{_DECK}\n{body_only}", deck) == "kept"
    assert m.judge_text(body_only, deck) == "dropped"
    assert m.judge_prefix("The ferry crossed the bay for the 4th time", deck, page) == "dropped"
    assert m.judge_prefix("A new timetable adds two late crossings in May", deck, page) == "kept"
    assert m.judge_snippets({"with": ["two late crossings"], "without": []}, deck) == "kept"
    assert m.judge_snippets({"with": [], "without": ["commuters on the island"]}, deck) == "dropped"
    assert m.judge_snippets({"with": ["the harbour master"], "without": []}, deck) == "unknown"
