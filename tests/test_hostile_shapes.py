"""The bounds put on hostile page shapes (robust32; benchmarks/extraction/hostile_shapes.py
times them at full size): a start tag of thousands of attributes cut before libxml2's quadratic
duplicate check reads it, a table's numbers reading their shared block's text once, and
`extract_text` giving "" for a page `process` rejects as too large. Pages written here, small:
each test asserts the bound is applied, none times anything."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.config import PipelineConfig
from pipeline.extract import extract_text
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.web import counters
from pipeline.web.attrcap import FEW, MAX_ATTRIBUTES, MAX_REPEATS, PAGE_NAMES, capped_attributes
from pipeline.web.html import parse
from tests.sample_pages import roads_page as _page  # (the shape before the story)


def _attributes(el: object) -> int:
    return len(el.attrib)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "attribute",
    [
        'data-a{}="{}"',  # valued
        "a{}",  # valueless
        'a{}=">{}"',  # a ">" in every value: no window is free of it
        'a{}="<>{}"',  # a "<" and a ">" in every value: found by the quote opening the value
        "a{}='x<>{}'",  # the same in single quotes
        'a{}="\'<>{}"',  # a single quote nearest the ">", in a double-quoted value
        "a{}='x{}' ",  # single quotes
    ],
)
def test_a_tag_of_thousands_of_attributes_keeps_its_first(attribute: str) -> None:
    attributes = " ".join(attribute.format(i, i) for i in range(3 * MAX_ATTRIBUTES))
    html = _page(f'<div id="box" {attributes}>Inside the box.</div>')
    capped = capped_attributes(html)
    assert capped is not None and len(capped) < len(html)
    doc = parse(html)
    assert doc is not None
    box = doc.find(".//div")
    assert box is not None and box.text == "Inside the box."
    assert _attributes(box) == MAX_ATTRIBUTES  # id and the first 255 of the rest
    assert box.get("id") == "box"
    assert "a0" in "".join(box.keys()) and "a300" not in " ".join(box.keys())
    made = make_article(RawPage(url="https://example.com/news/roads.html", body=html.encode()))
    assert isinstance(made, Article) and "day 4" in made.text


def test_a_tag_of_the_cap_and_every_other_page_is_left_as_written() -> None:
    at_cap = " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES))
    long_value = "data:image/png;base64," + "QUJD" * 50_000
    pages = [
        _page(f"<div {at_cap}>x</div>"),
        _page(f'<img src="{long_value}" alt="a picture">'),
        _page("<p>" + "A very long paragraph without any tag. " * 5_000 + "</p>"),
        _page("<script>var x = " + '"y" + ' * 20_000 + '"z";</script>'),
        _page("<p>a < b and c > d</p>" * 3_000),
        _page("<pre>" + "if (a<b) { c = d; }\n" * 1_500 + "</pre>"),
        "<" * 5_000 + _page(""),
        # a ">" after a quote that may open a value: read, left as written
        _page("<script>" + "var s = '<b>' + x + '</b>';\n" * 3_000 + "</script>"),
        _page('<p>He said "yes" > "no"</p>' * 2_000),
        _page("<a href=\"/search?q=\">x</a> <a title='a > b'>y</a>" * 2_000),
    ]
    for html in pages:
        assert capped_attributes(html) is None


def test_two_crowded_tags_are_both_cut_and_the_markup_between_kept() -> None:
    first = " ".join(f"x{i}" for i in range(1_000))
    second = " ".join(f'y{i}="{i}"' for i in range(1_000))
    html = _page(f"<span {first}>one</span><b>middle</b><em {second}/>two")
    capped = capped_attributes(html)
    assert capped is not None
    assert "x255" in capped and "x256" not in capped
    assert 'y255="255"' in capped and "y256" not in capped
    assert "<b>middle</b>" in capped and "/>two" in capped


def test_past_the_page_budget_each_long_tag_keeps_its_first_few() -> None:
    """Tags under the one-tag cap, thousands of them (libxml2's checks summed over the tags):
    the names of long tags are counted over the page, and past PAGE_NAMES each long tag keeps
    its first FEW attributes; a short tag (not read) keeps all of its own."""
    per_tag = MAX_ATTRIBUTES - 6
    tags = PAGE_NAMES // per_tag + 5
    named = " ".join(f'data-a{i}="{i}"' for i in range(per_tag))
    html = _page(f"<span {named}>x</span>" * tags + '<b id="a" class="b">short</b>')
    capped = capped_attributes(html)
    assert capped is not None
    doc = parse(capped)
    assert doc is not None
    sizes = [_attributes(el) for el in doc.iter("span")]
    whole = -(-PAGE_NAMES // per_tag)  # the tags read before the budget is spent
    assert sizes == [per_tag] * whole + [FEW] * (tags - whole)
    assert doc.find(".//b").attrib == {"id": "a", "class": "b"}  # type: ignore[union-attr]
    made = make_article(RawPage(url="https://example.com/news/roads.html", body=html.encode()))
    assert isinstance(made, Article) and "day 4" in made.text


def test_the_numbers_of_a_table_read_their_shared_block_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    real = counters.text_len_upto

    def counted(el: object, cap: int) -> int:
        calls.append(el)
        return real(el, cap)  # type: ignore[arg-type]

    monkeypatch.setattr(counters, "text_len_upto", counted)
    rows = "".join(f"<tr><td>a</td><td><span>{i}</span></td></tr>" for i in range(1, 501))
    doc = parse(f"<html><body><table>{rows}</table></body></html>")
    assert doc is not None
    assert counters.widget_counters(doc) == []
    assert len(calls) == len(set(map(id, calls)))  # each block read once
    assert len(calls) <= 2 * 500  # the cells, not 500 readings of the table


def test_a_slide_counter_is_still_found_with_its_block_read_once() -> None:
    gallery = "".join(
        f'<div class="slide"><img src="/{i}.jpg"><div><span>{i}</span> of 3</div></div>'
        for i in (1, 1, 1)
    )
    doc = parse(f"<html><body>{gallery}<p>{'Words of the story. ' * 20}</p></body></html>")
    assert doc is not None
    found = counters.widget_counters(doc)
    assert [counters.text_of(el) for el in found] == ["1 of 3"] * 3


def test_extract_text_gives_nothing_for_a_page_process_rejects_as_too_large(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "https://example.com/news/roads.html"
    html = _page("")
    assert "day 4" in extract_text(html.encode(), url)
    nodes = sum(1 for _ in parse(html).iter())  # type: ignore[union-attr]
    monkeypatch.setattr(extract, "_SIZES", PipelineConfig(max_elements=nodes - 1))
    assert extract_text(html.encode(), url) == ""
    monkeypatch.setattr(extract, "_SIZES", PipelineConfig(max_elements=nodes + 5))
    assert "day 4" in extract_text(html.encode(), url)
    small = PipelineConfig(max_page_bytes=len(html.encode()) - 1)
    monkeypatch.setattr(extract, "_SIZES", small)
    assert extract_text(html.encode(), url) == ""
    assert extract_text(html, url) == ""


def test_repeated_names_are_cut_only_past_max_repeats() -> None:
    repeated = ' a="1" b="2"' * 2_000  # two names: libxml2 keeps each one's first
    assert capped_attributes(_page(f"<div{repeated}>x</div>")) is None
    many = ' a="1"' * (MAX_REPEATS + 1)
    capped = capped_attributes(_page(f"<div{many}>x</div>"))
    assert capped is not None and capped.count(' a="1"') == MAX_REPEATS
    doc = parse(capped)
    assert doc is not None and doc.find(".//div").attrib == {"a": "1"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("root", "outcome"), [("<rss version='2.0'><channel/></rss>", "not_html"), ("", "article")]
)
def test_a_page_opening_with_hundreds_of_comments_is_read_in_one_pass(
    root: str, outcome: str
) -> None:
    """The feed check read `(<!--.*?-->)*` before the root: each comment could end at any
    later "-->", and a page opening with 22 comments took 0.4 s (twice more each one more);
    with 60 (the feed's root within the first 2 KB read) it would not end."""
    comments = "".join(f"<!-- block {i} -->\n" for i in range(60))
    html = comments + (root or _page(""))
    made = make_article(RawPage(url="https://example.com/news/roads.html", body=html.encode()))
    if outcome == "article":
        assert isinstance(made, Article) and "day 4" in made.text
    else:
        assert not isinstance(made, Article) and made.reason.value == outcome
