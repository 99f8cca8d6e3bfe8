"""Recall kinds found by benchmarks/extraction/recall_probe.py (session 23, helper wprobe23):
a bullet list whose items' class names only the list, a locked page's JSON-LD body under its
teaser, key points between the standfirst and the body. Made-up pages only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.maintext.core import extract_paragraphs, own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY
from tests.script_modules import load_script

_POINTS = [
    "The new quay is four hundred metres long.",
    "Two shipping lines have moved their weekly calls here.",
    "A bypass for lorries is promised before the second phase.",
]
_DECK = (
    "The harbour doubled its capacity on Monday, and the old town now waits for the bypass "
    "it was promised for the lorries."
)


def _page(body: str, head: str = "", above: str = "") -> str:
    return (
        f"<html><head><title>Harbour opens a new terminal</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/port'>Port</a></nav><article>"
        "<header><h1>Harbour opens a new terminal</h1><p class='byline'>By Ann Lee</p></header>"
        f"{above}<div class='story-text'>{body}</div></article>"
        "<footer><a href='/about'>About us</a></footer></body></html>"
    )


def _paras(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


# ---------------------------------------------------------------- lists


@pytest.mark.parametrize(
    "points",
    [
        "<ul>" + "".join(f"<li class='list-item'>{p}</li>" for p in _POINTS) + "</ul>",
        "<ol class='c-list'>"
        + "".join(f"<li class='list__item'><span>{p}</span></li>" for p in _POINTS)
        + "</ol>",
        "<div class='list-block'><ul>"
        + "".join(f"<li><p>{p}</p></li>" for p in _POINTS)
        + "</ul></div>",
    ],
)
def test_a_bullet_list_named_for_the_list_stays(points: str) -> None:
    """ "list" is a weak furniture word: a short item or block it names was dropped."""
    got = own_paragraphs(_page(_paras(STORY[:2]) + points + _paras(STORY[2:])))
    assert got == [*STORY[:2], *_POINTS, *STORY[2:]]


@pytest.mark.parametrize(
    "box",
    [
        "<div class='related-list'><ul><li>Ferry strike ends</li><li>New bridge</li></ul></div>",
        "<ul><li class='date list-item'>12 May 2024</li></ul>",
        "<div class='list-block'><ul><li><a href='/a'>Ferry strike ends</a></li>"
        "<li><a href='/b'>New bridge opens</a></li></ul></div>",
    ],
)
def test_lists_of_other_kinds_still_go(box: str) -> None:
    """Another furniture word beside "list", or links: judged as before."""
    got = own_paragraphs(_page(_paras(STORY[:2]) + box + _paras(STORY[2:])))
    assert got == STORY


# ---------------------------------------------------------------- locked pages

_MORE = [
    "Dock workers will be trained at the port's own school, which takes its first class of "
    "forty apprentices in September.",
    "The harbour master said the dredging of the channel would go on at night so that ships "
    "can keep their schedules during the day.",
    "Fishermen have been given a quay of their own at the northern end, away from the cranes "
    "and the lorries of the container terminal.",
    "The second phase, a terminal for ferries, is planned for the end of the decade if the "
    "regional government agrees to pay half of it.",
    "Traders in the old town hope that the crews of the new ships will fill their cafes and "
    "shops in the evenings.",
]


def _ld(free: object, body: list[str]) -> str:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour opens a new terminal",
        "articleBody": "\n\n".join(body),
    }
    if free is not None:
        data["isAccessibleForFree"] = free
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


_WALL = "<div class='offer'><p>Subscribe to read on.</p></div>"


@pytest.mark.parametrize("free", [False, "false", "False"])
def test_a_locked_pages_teaser_gives_way_to_its_jsonld_body(free: object) -> None:
    page = _page(_paras(STORY) + _WALL, head=_ld(free, [*STORY, *_MORE]))
    assert extract_paragraphs(page) == [*STORY, *_MORE]


def test_the_standfirst_above_a_locked_teaser_stays() -> None:
    page = _page(
        _paras(STORY), head=_ld(False, [*STORY, *_MORE]), above=f"<p class='lead'>{_DECK}</p>"
    )
    assert extract_paragraphs(page) == [_DECK, *STORY, *_MORE]


@pytest.mark.parametrize(
    ("free", "body"),
    [
        (None, [*STORY, *_MORE]),  # not said to be locked: one page of a longer article
        (True, [*STORY, *_MORE]),
        (False, [*STORY, _MORE[0]]),  # the page shows most of the body
        (False, _MORE),  # the page shows another text than the body
    ],
)
def test_the_shown_text_stays_otherwise(free: object, body: list[str]) -> None:
    page = _page(_paras(STORY), head=_ld(free, body))
    assert extract_paragraphs(page) == STORY


def test_a_locked_pages_teaser_gives_way_to_the_article_in_its_state() -> None:
    """No `articleBody`: the whole article in the state a client-rendered page hydrates
    from (Next.js), the page locked in its JSON-LD."""
    ld = _ld(False, []).replace(', "articleBody": ""', "")
    blocks = [{"type": "paragraph", "text": p} for p in [*STORY, *_MORE]]
    state = json.dumps({"props": {"pageProps": {"article": {"body": blocks}}}})
    script = f"<script id='__NEXT_DATA__' type='application/json'>{state}</script>"
    page = _page(_paras(STORY) + _WALL, head=ld).replace("</body>", script + "</body>")
    assert extract_paragraphs(page) == [*STORY, *_MORE]
    free = page.replace(', "isAccessibleForFree": false', "")
    assert free != page
    assert extract_paragraphs(free)[: len(STORY) + 1] == [*STORY, "Subscribe to read on."]


# ---------------------------------------------------------------- key points

_KEY_POINTS = (
    "<div class='css-k3y9p'><h2>Key points</h2><ul>"
    + "".join(f"<li>{p}</li>" for p in _POINTS)
    + "</ul></div>"
)


@pytest.mark.parametrize(
    "lead",
    [f"<div class='css-1x2y3z'><p>{_DECK}</p></div>", f"<p class='standfirst'>{_DECK}</p>"],
)
def test_key_points_between_the_standfirst_and_the_body_stay(lead: str) -> None:
    got = own_paragraphs(_page(_paras(STORY), above=lead + _KEY_POINTS))
    assert [p for p in got if p != "Key points"] == [_DECK, *_POINTS, *STORY]


# ---------------------------------------------------------------- the probe

_PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "recall_probe.py"


def _probe() -> ModuleType:
    return load_script(_PROBE)


@pytest.mark.parametrize(
    ("kind", "variant"),
    [
        ("lists in body", 1),
        ("lists in body", 2),
        ("standfirst after byline", 1),
        ("standfirst after byline", 3),
        ("paywall, long teaser", 0),
        ("paywall, long teaser", 3),
        ("locked, rest in __NEXT_DATA__", 0),
        ("locked, rest in __NEXT_DATA__", 1),
        ("anchored subheadings", 0),
        ("split body", 2),
        ("read-also boxes", 1),
        ("interview", 1),
        ("paywall, __NEXT_DATA__ body", 1),
    ],
)
def test_the_recall_probe_passes(kind: str, variant: int) -> None:
    probe = _probe()
    case = probe.KINDS[kind](probe.STORIES[variant % len(probe.STORIES)], variant)
    result = probe.run_case(case)
    assert result.passed, (result.missed, result.kept)
