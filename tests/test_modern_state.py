"""Shapes of today's client-rendered news pages (issue 10, item 2), pages we wrote ourselves:
a namespaced global named for the content it holds, Nuxt 2's function-call payload and a
story's content elements with links and promotions among its paragraphs."""

from __future__ import annotations

import json

from pipeline.maintext.appstate import state_scripts, state_values
from pipeline.sites.generic import main_text_str
from pipeline.web.html import parse

HEADLINE = "Harbour ferry service to run through the night"
STORY = [
    "The harbour ferry will run every thirty minutes through the night from next month, the"
    " port authority said on Wednesday, after a trial over the summer drew strong demand.",
    "Night-shift workers at the container terminal had asked for the service for years, and"
    " more than four thousand people used the trial boats in its first fortnight.",
    "The authority said the extra crossings would cost about two million a year, paid for in"
    " part by a small rise in the daytime fare that takes effect in January.",
]
SHELL = f"<div id='app'><header><a href='/'>Home</a></header><h1>{HEADLINE}</h1></div>"


def _page(script: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} | Coast News</title></head>"
        f"<body>{SHELL}<script>{script}</script></body></html>"
    )


def test_a_namespaced_global_named_for_its_content_is_read() -> None:
    """`App.globalContent = {...}` (a framework's own object, not the window): the story's
    content elements are its paragraphs, in order, and a block typed as a link to another
    story or as an ad among them is left out."""
    elements: list[dict[str, str]] = [{"type": "text", "content": p} for p in STORY]
    elements.insert(1, {"type": "interstitial_link", "content": "Read more: Fares rise again"})
    elements.insert(3, {"type": "ad_slot", "content": "Advertisement, scroll to continue"})
    content = {"headlines": {"basic": HEADLINE}, "content_elements": elements}
    script = (
        "window.App=window.App||{};App.site='coast';App.globalContent="
        + json.dumps(content)
        + ';App.globalContentConfig={"source":"story-api"};'
    )
    assert main_text_str(_page(script)) == "\n".join(STORY)


def test_a_member_not_named_for_state_is_not_read() -> None:
    """`module.exports = {...}` and the like: code, never the page's state."""
    script = "module.exports=" + json.dumps({"body": "\n".join(STORY)}) + ";"
    doc = parse(_page(script))
    assert doc is not None
    assert state_scripts(doc) == []


def test_nuxt_two_function_call_payload() -> None:
    """`window.__NUXT__ = (function(a, b){return {...}}(...))`: unquoted keys, parameters as
    values. The article's HTML string among its literals is the text of the page."""
    body = json.dumps("".join(f"<p>{p}</p>" for p in STORY), ensure_ascii=False)
    script = (
        'window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{title:"'
        + HEADLINE
        + '",content:'
        + body
        + ',author:"Ann Lee"}}],error:a,state:{user:a,isLogin:b},serverRendered:c}}'
        "(null,false,true));"
    )
    assert main_text_str(_page(script)) == "\n".join(STORY)


def test_an_object_literal_that_is_not_json_gives_its_long_strings_only() -> None:
    """Unquoted keys without a function call: the long strings are read, the short ones (a
    layout's name, a flag) are not."""
    script = 'window.__NUXT__={layout:"default",data:[{body:' + json.dumps(STORY[0]) + "}]};"
    doc = parse(_page(script))
    assert doc is not None
    assert state_values(state_scripts(doc)) == [STORY[0]]


def test_a_bundle_s_local_table_and_a_style_sheet_string_are_no_text() -> None:
    """A bundler's module table assigned to a local (`var e={604:function(e){...}}`) is code,
    not the app's state: its long strings (a style sheet injected by script, a message) are
    not read; nor is a string of code with its braces under a global's literal."""
    css = (
        ".skeleton-container { display: inline-flex; padding: 20px 20px 41px 20px; "
        "justify-content: center; align-items: center; background: var(--ui-white, #fff); "
        "border-radius: 8px; }"
    )
    bundle = (
        'var e={604:function(e){"use strict";var s=document.createElement("style");'
        f"s.textContent={json.dumps(css)};e.exports={json.dumps(STORY[1])}}}}};"
    )
    doc = parse(_page(bundle))
    assert doc is not None
    assert state_values(state_scripts(doc)) == []
    nuxt = f"window.__NUXT__={{css:{json.dumps(css)},data:[{{body:{json.dumps(STORY[0])}}}]}};"
    doc = parse(_page(nuxt))
    assert doc is not None
    assert state_values(state_scripts(doc)) == [STORY[0]]


def test_a_live_blog_shown_by_script_reads_its_json_ld_posts() -> None:
    """A LiveBlogPosting whose page shows only a loading shell: its `liveBlogUpdate` posts,
    each headline then body, in the order given."""
    posts = [("Ferry trial extended", STORY[0]), ("Workers welcome the plan", STORY[1])]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": HEADLINE,
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": h, "articleBody": b} for h, b in posts
        ],
    }
    page = (
        f"<html><head><title>{HEADLINE}</title><script type='application/ld+json'>"
        f"{json.dumps(ld)}</script></head><body>{SHELL}<p>Loading updates…</p></body></html>"
    )
    assert main_text_str(page) == "\n".join(x for post in posts for x in post)
