"""Article text held only in embedded application state (issue 10, item 2): client-rendered
pages we wrote ourselves in the shapes Next.js, Nuxt and Redux-style stores emit."""

from __future__ import annotations

import json
import time
from typing import Any

from pipeline.maintext.appstate import state_scripts, state_values
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.embedded import state_paragraphs
from pipeline.sites.generic import main_text_str
from pipeline.web.html import parse

HEADLINE = "Rail line opening delayed by two years"
STORY = [
    "The transport minister announced on Tuesday that the new rail line would open next"
    " spring, two years later than the date given when the works began.",
    "Engineers found that the tunnel under the river needed far more work than planned, and"
    " the budget for the project grew by a third over the last eighteen months.",
    "Residents of the towns along the route said they were relieved that a date had been set,"
    " though some still worried about the noise of freight trains at night.",
    "The opposition asked for an independent review of the contracts, saying the public had"
    " a right to know why the costs had risen so sharply.",
]
SHELL = "<div id='__next'><p>Loading…</p></div>"


def _page(scripts: str, body: str = SHELL, title: str = f"{HEADLINE} | The Daily") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}{scripts}</body></html>"


def _next_data(data: Any) -> str:
    # Next.js escapes "<" in the JSON so that "</script>" cannot end the script early
    text = json.dumps(data).replace("<", "\\u003c")
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>'


def _devalue(value: Any) -> list[Any]:
    """`value` in Nuxt 3's flat devalue form: entry 0 the root, fields and items as indices."""
    flat: list[Any] = [["ShallowReactive", 1]]  # the root wrapped as Nuxt wraps its payload

    def add(v: Any) -> int:
        index = len(flat)
        flat.append(None)
        if isinstance(v, dict):
            flat[index] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            flat[index] = [add(x) for x in v]
        else:
            flat[index] = v
        return index

    add(value)
    return flat


def test_next_data_with_an_html_body() -> None:
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "headline": HEADLINE,
                    "slug": "rail-line-delayed",
                    "body": "".join(f"<p>{p}</p>" for p in STORY)
                    + "<div class='newsletter'><p>Sign up to our newsletter, it is free.</p></div>",
                },
                "related": [
                    {"title": "Bus fares rise", "url": "/bus", "summary": "Fares go up, again."},
                    {"title": "Bridge closed", "url": "/bridge", "summary": "Works, then more."},
                ],
                "navigation": [{"label": "Home", "href": "/"}, {"label": "World", "href": "/w"}],
            }
        },
        "page": "/[slug]",
        "buildId": "a1b2c3",
    }
    assert main_text_str(_page(_next_data(data))).split("\n") == STORY


def test_nuxt_data_with_a_block_list() -> None:
    """Nuxt 3's devalue payload holding a rich-text block list (paragraphs made of spans, a
    heading, a bulleted list whose items hold paragraphs)."""

    def para(text: str) -> dict[str, Any]:
        half = text.index(", ") + 2  # two spans, the second one bold: joined as written
        return {
            "type": "paragraph",
            "children": [
                {"type": "text", "value": text[:half]},
                {"type": "text", "value": text[half:], "marks": ["bold"]},
            ],
        }

    blocks = [
        para(STORY[0]),
        para(STORY[1]),
        {"type": "heading", "level": 2, "children": [{"type": "text", "value": "What next"}]},
        {
            "type": "list",
            "children": [
                {"type": "list-item", "children": [para(STORY[2])]},
                {"type": "list-item", "children": [para(STORY[3])]},
            ],
        },
    ]
    payload = {
        "data": {"story": {"title": HEADLINE, "id": "s-42", "content": blocks}},
        "state": {"locale": "en-GB", "menu": ["Home", "World", "Sport"]},
    }
    script = (
        '<script id="__NUXT_DATA__" type="application/json" data-ssr="true">'
        f"{json.dumps(_devalue(payload))}</script>"
    )
    assert main_text_str(_page(script)).split("\n") == [*STORY[:2], "What next", *STORY[2:]]


def test_preloaded_state_with_plain_text() -> None:
    state = {
        "user": {"loggedIn": False},
        "article": {"title": HEADLINE, "text": "\n\n".join(STORY), "tags": ["rail", "budget"]},
    }
    script = f"<script>window.__PRELOADED_STATE__ = {json.dumps(state)};window.x=1</script>"
    assert main_text_str(_page(script)).split("\n") == STORY


def test_state_given_through_json_parse() -> None:
    state = json.dumps(
        {"entities": {"Article:1": {"name": HEADLINE, "bodyText": "\n".join(STORY)}}}
    )
    script = f"<script>window.__INITIAL_STATE__=JSON.parse({json.dumps(state)});</script>"
    assert main_text_str(_page(script)).split("\n") == STORY


def test_the_article_beside_the_headline_wins_over_a_longer_one() -> None:
    """Two bodies in the state (the article and a teaser of another one, a little longer):
    the one in the object that repeats the page's headline is the article."""
    other = [s.replace("rail line", "ferry route") for s in STORY] + [STORY[0]]
    state = {
        "teaser": {"title": "Ferry route news", "body": "\n".join(other)},
        "story": {"title": HEADLINE, "body": "\n".join(STORY)},
    }
    script = f"<script>window.__APOLLO_STATE__ = {json.dumps(state)}</script>"
    assert main_text_str(_page(script)).split("\n") == STORY


def test_a_page_that_shows_its_article_keeps_it() -> None:
    """A normal page with a small state blob, and one whose state holds a longer body: the
    article the page shows (more than the 500 characters of a shell) is the one kept, as
    without any state."""
    shown = "<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    small = (
        "<script>window.__INITIAL_STATE__ = " + json.dumps({"route": "/a", "id": 7}) + "</script>"
    )
    longer = _next_data({"props": {"body": "\n".join(STORY * 5)}})
    plain = main_text_str(_page("", body=shown))
    assert plain.split("\n") == STORY
    assert main_text_str(_page(small, body=shown)) == plain
    assert main_text_str(_page(longer, body=shown)) == plain


def test_state_without_prose_is_not_an_article() -> None:
    """Application state of config, ids, URLs and menu labels yields nothing."""
    state = {
        "config": {"api": "https://api.example.org/v2", "flags": ["a", "b"], "ttl": 300},
        "menu": [{"label": f"Section {i}", "href": f"/s/{i}"} for i in range(50)],
    }
    scripts = state_scripts(parse(_page(_next_data(state))))  # type: ignore[arg-type]
    assert scripts and state_paragraphs(scripts, frozenset()) == []


def test_javascript_that_is_not_json_gives_only_its_long_strings() -> None:
    """Nuxt 2 emits a function call: nothing is evaluated, its long string literals are read
    one by one (the body passed as an argument is one of them); short ones and code are not."""
    script = (
        "<script>window.__NUXT__=(function(a,b){return {data:[{body:a}],state:b,"
        'layout:"default"}}(' + json.dumps("\n".join(STORY)) + ",{}));</script>"
    )
    doc = parse(_page(script))
    assert doc is not None
    assert state_values(state_scripts(doc)) == ["\n".join(STORY)]


def _hostile_scripts() -> dict[str, str]:
    prose = {"text": STORY[0]}
    return {
        "huge": json.dumps({"items": [{"id": i, "blocks": [prose] * 3} for i in range(12_000)]}),
        "deep": "[" * 200_000 + "]" * 200_000,
        "deep_objects": '{"a":' * 50_000 + "1" + "}" * 50_000,
        "invalid": '{"body": "' + STORY[0] * 1000 + '", "x": [1, 2,, 3]}',
        "repeated_keys": "{" + ",".join(f'"body": "{STORY[1]}"' for _ in range(20_000)) + "}",
        # devalue entries that share their children: 2**60 paths through 60 entries
        "devalue_bomb": json.dumps([["Reactive", 1]] + [[i + 2, i + 2] for i in range(60)] + ["x"]),
        # a chain of 100 000 wrappers, each one referenced from the root
        "devalue_chain": json.dumps(
            [list(range(1, 100_001))] + [["Reactive", i + 2] for i in range(100_000)] + ["x"]
        ),
        "devalue_cycle": json.dumps([["Reactive", 1], {"body": 2, "self": 1}, STORY[0] * 4]),
    }


# Timings belong to benchmarks/; these tests only tell a bounded walk from a runaway one
# (measured idle: 0.42 s for the 5 MB page), with room for a loaded CI machine.
BLOW_UP_SECONDS = 15.0


def test_hostile_state_is_bounded() -> None:
    """Each hostile blob, as a Nuxt JSON script and as a global assignment: the state step
    ends (a few tenths of a second on an idle machine: the walk's budget, not the blob's size
    or shape, bounds it; the bound below only catches a blow-up, a 2^60-path reference bomb
    would never end) and the page path does not crash."""
    scripts = _hostile_scripts()
    assert len(scripts["huge"]) > 5_000_000
    for name, text in scripts.items():
        for tag in (
            f'<script id="__NUXT_DATA__" type="application/json">{text}</script>',
            f"<script>window.__INITIAL_STATE__ = {text};</script>",
        ):
            page = _page(tag)
            doc = parse(page)
            assert doc is not None
            started = time.perf_counter()
            found = state_paragraphs(state_scripts(doc), frozenset())
            elapsed = time.perf_counter() - started
            assert elapsed < BLOW_UP_SECONDS, (name, elapsed)
            assert isinstance(main_text_str(page), str)
            if name == "huge":  # read within the budget: its prose blocks make an article
                assert STORY[0] in found
            if name == "devalue_cycle":  # the cycle is followed once
                assert found == [STORY[0] * 4]


def test_a_five_megabyte_state_page_is_read_within_the_budget() -> None:
    page = _page(f"<script>window.__INITIAL_STATE__ = {_hostile_scripts()['huge']}</script>")
    started = time.perf_counter()
    assert STORY[0] in main_text_str(page)
    assert time.perf_counter() - started < BLOW_UP_SECONDS


def test_own_extractor_ignores_the_state() -> None:
    """The state is a fallback of the page path, not of our DOM extractor."""
    data = {"props": {"pageProps": {"body": "\n".join(STORY)}}}
    page = _page(_next_data(data))
    assert STORY[0] in main_text_str(page)
    assert not any(STORY[0] in p for p in own_paragraphs(page))


def test_json_serialized_inside_the_state_is_walked_not_read_as_prose() -> None:
    """State that carries JSON as a string (a translation table, an API response): the table
    is not prose for all its commas; the article inside the serialized response is found."""
    labels = {f"LABEL_{i}": f"Read more, share, save, item {i}" for i in range(300)}
    response = {"story": {"headline": HEADLINE, "html": "".join(f"<p>{p}</p>" for p in STORY)}}
    data = {"props": {"i18n": json.dumps(labels), "pageProps": {"data": json.dumps(response)}}}
    assert main_text_str(_page(_next_data(data))).split("\n") == STORY


def test_a_single_quoted_state_with_escaped_halves_of_an_emoji() -> None:
    """JSON.parse('...') with JavaScript escapes: a whole surrogate pair is its character,
    a lone half (a string cut inside an emoji) U+FFFD, never a string no file can hold."""
    body = "\n".join([*STORY[:-1], STORY[-1] + " \\ud83d\\ude00 \\ud83d"])
    state = json.dumps({"entities": {"Article:1": {"name": HEADLINE, "bodyText": body}}})
    quoted = state.replace("\\\\", "\\").replace("'", "\\'")
    script = f"<script>window.__INITIAL_STATE__=JSON.parse('{quoted}');</script>"
    lines = main_text_str(_page(script)).split("\n")
    assert lines[:-1] == STORY[:-1]
    assert lines[-1] == STORY[-1] + " \U0001f600 \ufffd"
    assert lines[-1].encode("utf-8")
