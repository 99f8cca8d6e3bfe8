"""Markup past what the parser and the fallback extractor were built for: tags never closed
on every paragraph (libxml2 stops at 256 levels of nesting and drops the rest of the page),
chains of other tags nested thousands deep, and pages so large that asking trafilatura for a
second opinion would cost seconds."""

from __future__ import annotations

from typing import Any

import pytest

import pipeline.maintext.core as core
from pipeline.extract import extract_text
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.web import html as web_html
from pipeline.web import htmltree, signups
from pipeline.web.html import parse, parse_document, text_of
from pipeline.web.metadata.titles import _CJK, _CJK_DASH

URL = "https://news.example.org/2026/01/08/harbour.html"


def _para(i: int) -> str:
    return (
        f"Paragraph {i} of the harbour report: the new terminal handled more containers "
        f"in its first week than the old quay did in a month, the port said (item {i})."
    )


def _unclosed(count: int, opener: str = "<div><font>") -> str:
    """An old page's shape: every paragraph opens tags it never closes."""
    paras = "".join(f"{opener}{_para(i)}" for i in range(count))
    return (
        "<html><head><title>Harbour report</title></head><body><h1>Harbour report</h1>"
        f"{paras}</body></html>"
    )


def _depth(root: Any) -> int:
    deepest, stack = 0, [(root, 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def test_a_page_that_never_closes_its_tags_keeps_every_paragraph() -> None:
    # 400 paragraphs, two unclosed tags each: 800 levels, past libxml2's default of 256,
    # where the default parse silently ends after about 120 paragraphs.
    markup = _unclosed(400)
    text = extract_text(markup.encode(), URL)
    assert _para(0) in text
    assert _para(399) in text
    assert text.count("Paragraph ") == 400
    article = make_article(RawPage(url=URL, body=markup.encode()))
    assert isinstance(article, Article)
    assert _para(399) in article.text


def test_the_site_parsers_tree_keeps_them_too() -> None:
    doc = parse_document(_unclosed(400))
    assert doc is not None
    assert _para(399) in text_of(doc)


def test_the_tree_of_such_a_page_is_no_deeper_than_a_normal_parse_allows() -> None:
    for opener in ("<div><font>", "<nav>", "<span><b><i>"):
        doc = parse(_unclosed(600, opener))  # up to 1,800 levels
        assert doc is not None
        assert _depth(doc) <= htmltree._MAX_DEPTH + htmltree._SLACK
        assert _para(599) in "".join(doc.itertext())


def test_a_chain_unwrapped_whole_does_not_turn_its_scripts_into_text() -> None:
    opener = "<nav><script>var tracker = 'SECRET-TOKEN';</script><style>.x{}</style>"
    markup = _unclosed(600, opener)
    text = extract_text(markup.encode(), URL)
    assert "SECRET-TOKEN" not in text
    assert ".x{}" not in text


def test_nesting_past_even_the_raised_limit_is_no_crash() -> None:
    # 4,000 levels: libxml2 stops at 2,048 even with huge_tree; what came before is read.
    markup = _unclosed(2000)
    text = extract_text(markup.encode(), URL)
    assert _para(0) in text
    article = make_article(RawPage(url=URL, body=markup.encode()))
    assert isinstance(article, Article)


def test_a_normal_page_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []
    real = htmltree._huge
    monkeypatch.setattr(htmltree, "_huge", lambda parser: asked.append(parser) or real(parser))
    paras = "".join(f"<p>{_para(i)}</p>" for i in range(50))
    doc = parse(f"<html><body><div><div><article>{paras}</article></div></div></body></html>")
    assert doc is not None
    assert not asked
    parse(_unclosed(300))
    assert len(asked) == 1


LINE = "The ferry timetable changes on the first Monday of every month<br>"


def _lines(count: int) -> str:
    # the same line again and again: our rules take it for furniture, trafilatura keeps it
    return f"<html><head><title>Ferry</title></head><body><div>{LINE * count}</div></body></html>"


def test_the_fallback_is_asked_on_a_thin_page_but_not_on_a_huge_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = core.fallback_paragraphs

    def counted(markup: str, url: str | None) -> list[str]:
        calls.append(len(markup))
        return real(markup, url)

    monkeypatch.setattr(core, "fallback_paragraphs", counted)
    assert len(core.extract_paragraphs(_lines(30))) == 30
    assert len(calls) == 1
    # 20,000 tags: trafilatura would spend seconds on it; our (empty) answer stands
    assert core.extract_paragraphs(_lines(20_000)) == []
    assert len(calls) == 1


@pytest.mark.parametrize("tag", ["div", "di\xa4", "secti\x01on"])
def test_a_gallery_set_aside_under_a_damaged_tag_name(tag: str) -> None:
    # libxml2 lets in tag names (a flipped byte: "<di¤") that lxml refuses to give a new
    # element: setting the gallery aside, which puts an empty stand-in in its place, failed
    # the whole page
    said = "The council met on the budget and voted after a long debate about roads and schools. "
    story = "".join(f"<p>{said * 3} Part {i}.</p>" for i in range(6))
    slides = "".join(
        f"<div class='slide'><p>Photo {i}: the mayor opens the new bridge over the river at dawn"
        " with guests.</p></div>"
        for i in range(40)
    )
    page = (
        "<html><head><title>Budget vote</title></head><body><h1>Budget vote</h1>"
        f"<{tag} class='gallery'>{slides}</{tag}><div class='story'>{story}</div></body></html>"
    )
    made = make_article(RawPage(url=URL, body=page.encode("utf-8")))
    assert isinstance(made, Article)
    assert made.text.startswith(said.strip()) and "Photo 1:" not in made.text
    assert web_html.new_element(tag).tag == (tag if tag == "div" else "div")


def test_a_flat_thread_of_furniture_headings_is_summed_once(monkeypatch: Any) -> None:
    # A forum page's shape: the story, then hundreds of "Comments" headings, each with its
    # reply, all siblings in one container. Each heading's later siblings were summed again:
    # 300 headings made 180,000 text reads (1.5 s); 2,000 made minutes.
    from pipeline.maintext import headings

    count = 300
    story = "".join(f"<p>{_para(i)} {_para(i)}</p>" for i in range(count))
    thread = "".join(f"<h3>Comments</h3><p>Reply number {i}</p>" for i in range(count))
    doc = parse(f"<html><body><div class='main'>{story}{thread}</div></body></html>")
    assert doc is not None
    body = doc.find("body")
    assert body is not None
    reads = 0
    real = headings.text_of

    def counted(el: Any) -> str:
        nonlocal reads
        reads += 1
        return real(el)

    monkeypatch.setattr(headings, "text_of", counted)
    headings.drop_headed_furniture(body)
    assert reads < 10 * count
    text = "".join(body.itertext())
    assert _para(count - 1) in text
    assert "Reply number" not in text and "Comments" not in text


def _account_box(i: int) -> str:
    return (
        f"<div><p>Comment {i}: all you need to do is</p>"
        "<a href='/account/register'>register</a> or <a href='/account/login'>log in</a>"
    )


def test_thousands_of_account_prompts_are_each_looked_up_once() -> None:
    # Each prompt was checked against every prompt chosen before it: 6,000 took 10 s.
    count = 6000
    boxes = "".join(_account_box(i) + "</div>" for i in range(count))
    doc = parse(f"<html><body><article>{boxes}</article></body></html>")
    assert doc is not None
    body = doc.find("body")
    assert body is not None
    found = signups._account_prompts(body, 10_000.0)
    assert len(found) == count
    assert all(box.tag == "div" for box in found)


def test_account_prompts_never_closed_are_not_each_read_whole(monkeypatch: Any) -> None:
    # Never closed, each prompt's box holds every prompt below it: measuring each box whole,
    # and looking through each for an <h1> (or a headline's mark), read the page once per prompt.
    count = 1000
    doc = parse(
        "<html><body><article>"
        + "".join(_account_box(i) for i in range(count))
        + "</article></body></html>"
    )
    assert doc is not None
    body = doc.find("body")
    assert body is not None
    looked: list[Any] = []
    real = signups._HEADLINE
    monkeypatch.setattr(signups, "_HEADLINE", lambda el: looked.append(el) or real(el))
    found = signups._account_prompts(body, 10_000.0)
    assert len(looked) < 20
    assert all(len("".join(box.itertext())) <= 600 for box in found)


def test_a_chart_labels_long_style_is_read_in_one_pass() -> None:
    # "top:N%" repeated with no left or right: the one pattern backtracked over the rest of
    # the style at each "top" (a 56 KB style: 8 s, per child).
    from pipeline.maintext import tables

    style = "top:1%;" * 8000
    labels = "".join(f"<div style='{style}'>{i}</div>" for i in range(3))
    doc = parse(f"<html><body><div>{labels}</div><p>{_para(0)}</p></body></html>")
    assert doc is not None
    chart = doc.find("body/div")
    assert chart is not None
    assert not tables.is_chart_labels(chart)
    placed = "".join(f"<div style='{style}left:2%'>{i}</div>" for i in range(3))
    doc = parse(f"<html><body><div>{placed}</div></body></html>")
    assert doc is not None
    chart = doc.find("body/div")
    assert chart is not None
    assert tables.is_chart_labels(chart)


def test_a_title_swallowing_a_broken_page_is_keyed_from_its_end(monkeypatch: Any) -> None:
    # A "<" lost before </title> makes the page's text its title, thousands of separators in
    # it; the title's rest was joined and keyed again from each one (a 76 KB page: 1.4 s).
    from pipeline.web.metadata import names, titles

    keyed = 0
    real = names._key

    def counted(text: str) -> str:
        nonlocal keyed
        keyed += 1
        return real(text)

    monkeypatch.setattr(titles, "_key", counted)  # where clean_title reads it
    title = " | ".join(f"Harbour item {i}" for i in range(3000)) + " - Harbour Times"
    assert titles.clean_title(title, "Harbour Times", URL).endswith("Harbour item 2999")
    assert keyed < 50


def test_a_guide_of_a_thousand_linked_titles_reads_its_prose_once(monkeypatch: Any) -> None:
    # Each linked title counted every prose paragraph of its parent: 4,000 titles, 14 s.
    from pipeline.maintext import titles

    looked = 0
    real = titles._is_prose

    def counted(el: Any, st: Any) -> bool:
        nonlocal looked
        looked += 1
        return real(el, st)

    monkeypatch.setattr(titles, "_is_prose", counted)
    count = 1000
    items = "".join(
        f"<h3><a href='/shop/{i}'>Widget number {i}</a></h3><p>{_para(i)}</p>" for i in range(count)
    )
    page = f"<html><body><h1>Harbour guide</h1><div>{items}</div></body></html>"
    text = extract_text(page.encode(), URL)
    assert "Widget number 999" in text and _para(999) in text
    assert looked < 20 * count


_LONG_RUNS = r"""
import sys
from datetime import datetime, timezone
from pipeline.pages import make_article
from pipeline.records import Article, RawPage

story = "<p>" + "The council approved the new budget on Tuesday, after a long debate. " * 8 + "</p>"
pages = [
    # a run of digits in the text: every date reader's pattern starting with \d+ once
    # retried it from each digit ("(\d+)\s*(hours|...)\s*ago")
    f"<p>{'7' * 40_000}</p>",
    # an author meta padded with no-break spaces: the author split's leading \s*
    "",
]
head = ["", f"<meta name='author' content='Ann{chr(160) * 40_000}Lee'>"]
for extra, meta in zip(pages, head):
    body = (
        f"<html><head><title>Budget</title>{meta}</head><body><article><h1>Budget</h1>"
        f"{extra}{story * 4}</article></body></html>"
    ).encode()
    page = RawPage(
        url="https://example.com/news/budget.html",
        body=body,
        headers={"Content-Type": "text/html; charset=utf-8"},
        fetched_at=datetime(2026, 1, 8, tzinfo=timezone.utc),
    )
    assert isinstance(make_article(page), Article)
print("ok")
"""


def test_long_runs_of_digits_or_blanks_are_read_in_linear_time() -> None:
    """40,000 digits in the text or 40,000 no-break spaces in the author meta: before, a
    date pattern and the author split retried their leading run from each character (about
    100 s and 190 s for these pages); now each page takes a fraction of a second. Run in a
    child under a generous timeout, so a regression fails instead of hanging the suite."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _LONG_RUNS], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def test_relative_dates_are_found_where_they_were() -> None:
    """The (?<!\\d) guard of relativewords._RELATIVE_AGO only stops retrying a run of digits
    from its middle: on generated strings it finds what the unguarded pattern found."""
    import random
    import re

    from pipeline.text import relativewords

    unguarded = re.compile(relativewords._RELATIVE_AGO.pattern.replace("(?<!\\d)", "", 1), re.I)
    assert unguarded.pattern != relativewords._RELATIVE_AGO.pattern
    rng = random.Random(5)
    alphabet = [*"0123456789 ", "hours", "ago", "前", "分钟", "天", "일", "전", "mins", "x"]
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        old, new = unguarded.search(text), relativewords._RELATIVE_AGO.search(text)
        assert (old and (old.span(), old.groups())) == (new and (new.span(), new.groups()))


# The separators as they were before blank runs were tried from their first blank only
# (with the separators added since: « » ~ / between blanks, an en or em dash between two
# non-ASCII characters and a hyphen only beside an East Asian one, `titles._CJK_DASH`, a
# bare ":" right after an East Asian character).
_OLD_SEPARATORS = {
    "_TITLE_SEPARATORS": r"\s+[-|–—·:]\s+|\s*[_｜|]\s*|\s+-\s*|--|::|" + _CJK_DASH,
    "_TITLE_SEPARATORS_KEPT": (
        r"(\s+[-|–—·:«»~/]\s+|\s*[_｜|]\s*|--|::|(?<=[^\x00-\x7f])[–—](?=[^\x00-\x7f])|"
        + _CJK_DASH
        + r"|(?<=\S): |\s*：\s*"
        + rf"|(?<=[{_CJK}]):(?=\S)"
        # (a dash before a name opening in Latin letters: a separator added since, not a run)
        + rf"|(?<=[{_CJK}])[-–—](?=[0-9A-Za-z]))"
    ),
    "_KEYWORD_SEPARATORS": r"\s*[,，;；]\s*",
}


@pytest.mark.parametrize("name", sorted(_OLD_SEPARATORS))
def test_title_and_keyword_separators_split_long_blank_runs_in_linear_time(name: str) -> None:
    """A title or keyword list with a long run of blanks and no separator after it: each
    blank of the run was a new start for the leading \\s+ or \\s* (80,000 blanks: about 50 s
    for the two title splits); now a run is tried once, from its first blank. The splits are
    the old ones on generated strings."""
    import random
    import re
    import time

    from pipeline.web.metadata import summaries, titles

    new = getattr(summaries if name == "_KEYWORD_SEPARATORS" else titles, name)
    old = re.compile(_OLD_SEPARATORS[name])
    long = "Budget" + " " * 80_000 + "approved"
    start = time.process_time()
    assert new.split(long) == [long]  # no separator in it
    assert time.process_time() - start < 1.0  # the old patterns: 2-25 s here
    rng = random.Random(11)
    alphabet = [*" \t-|_｜–—·:：,，;；", "\u00a0", "ab", "新闻", "--", "::", ": "]
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10)))
        assert new.split(text) == old.split(text), text
