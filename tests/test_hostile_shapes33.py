"""Bounds on hostile shapes (robust33; benchmarks/extraction/hostile_shapes.py and
hostile_more.py time them at full size). Thousands of tags each under the one-tag window, of
dozens to hundreds of attributes, cost libxml2 and the extractor their attributes summed: on
a page longer than `_LONG_PAGE` characters, past `PAGE_ATTRIBUTES` attributes in tags of
`PAGE_FEW` or more, each such tag keeps its first `PAGE_FEW`. A class or id of a megabyte
keeps its first `MAX_NAME_VALUE` characters, an author meta repeated thousands of times its
first values, a byline of thousands of author links its first. Pages written here; no test
times anything."""

from __future__ import annotations

from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.web.attrcap import (
    _LONG_PAGE,
    MAX_NAME_VALUE,
    PAGE_ATTRIBUTES,
    PAGE_FEW,
    capped_attributes,
)
from pipeline.web.html import parse
from pipeline.web.metadata.byline import _MAX_LINKED, _linked_authors
from pipeline.web.metadata.structured import _MAX_LISTED, LISTED, MORE, meta_values

STORY = "".join(
    f"<p>The council said on day {i} that its budget for roads and schools would rise by "
    "four percent next year, while critics warned of delays in the northern district.</p>"
    for i in range(5)
)


def _page(extra: str) -> str:
    return (
        "<html><head><title>Roads budget</title></head><body><article>"
        f"<h1>Roads budget</h1>{STORY}{extra}</article></body></html>"
    )


def _long(tag: str, after: str = "", per_tag: int = 0) -> str:
    """A page of `tag` repeated past `_LONG_PAGE` characters (and, tags of `per_tag`
    attributes, past twice `PAGE_ATTRIBUTES`)."""
    tags = max(_LONG_PAGE // len(tag) + 10, 2 * PAGE_ATTRIBUTES // max(per_tag, 1))
    return _page(tag * tags + after)


def test_past_the_page_budget_each_short_crowded_tag_keeps_its_first_few() -> None:
    per_tag = 40  # a tag of 40 names: 170 characters, far under the one-tag window
    tag = "<i " + " ".join(f"a{i}" for i in range(per_tag)) + ">x</i>"
    html = _long(tag, '<b id="a" class="b">short</b>', per_tag)
    capped = capped_attributes(html)
    assert capped is not None
    doc = parse(capped)
    assert doc is not None
    sizes = [len(el.attrib) for el in doc.iter("i")]
    whole = -(-PAGE_ATTRIBUTES // per_tag)  # the tags read before the budget is spent
    assert len(sizes) > whole and sizes == [per_tag] * whole + [PAGE_FEW] * (len(sizes) - whole)
    assert doc.find(".//b").attrib == {"id": "a", "class": "b"}  # type: ignore[union-attr]
    made = make_article(RawPage(url="https://example.com/news/roads.html", body=html.encode()))
    assert isinstance(made, Article) and "day 4" in made.text


def test_values_and_line_breaks_between_names_are_counted_the_same() -> None:
    tag = "<i\n" + "\n".join(f"data-v{i}='{i} {i}'" for i in range(30)) + ">x</i>"
    capped = capped_attributes(_long(tag, per_tag=30))
    assert capped is not None
    assert capped.count("data-v15=") > capped.count("data-v16=") > 0


def test_long_pages_under_the_budget_are_left_as_written() -> None:
    few = "<i " + " ".join(f"a{i}" for i in range(PAGE_FEW - 1)) + ">x</i>"
    crowded = "<i " + " ".join(f"a{i}" for i in range(60)) + ">x</i>"
    pages = [
        _long(few),  # tags of PAGE_FEW - 1 attributes: never counted
        _long('<a href="/x" class="a b c" title="a title with many words">x</a> '),
        _long("<script>for (i = 0; i<n; i++) { a = b + c - d * e / f % g; }</script>"),
        _long("<p>5 < 6 and a b c d e f g h i j k l m n o p q r s > 3</p>"),
        # PAGE_ATTRIBUTES in crowded tags, no more: the budget is not spent
        _page(crowded * (PAGE_ATTRIBUTES // 60)) + "<p>x</p>" * (_LONG_PAGE // 8),
        # a short page is not read, whatever its tags
        _page(crowded * ((_LONG_PAGE - 1_000) // len(crowded))),
    ]
    for html in pages:
        assert capped_attributes(html) is None


def test_a_class_or_id_of_a_megabyte_keeps_its_first_characters() -> None:
    words = "col " * MAX_NAME_VALUE
    html = _page(f'<div class="{words}" id="{"i" * 3 * MAX_NAME_VALUE}">Inside.</div>')
    capped = capped_attributes(html)
    assert capped is not None
    doc = parse(capped)
    assert doc is not None
    box = doc.find(".//div")
    assert box is not None and box.text == "Inside."
    assert box.get("class") == words[:MAX_NAME_VALUE]
    assert box.get("id") == "i" * MAX_NAME_VALUE
    made = make_article(RawPage(url="https://example.com/news/roads.html", body=html.encode()))
    assert isinstance(made, Article) and "day 4" in made.text
    # a value of MAX_NAME_VALUE, and a long value of another attribute, are left as written
    at_cap = _page(f'<div class="{"c" * MAX_NAME_VALUE}" title="{words}">x</div>')
    assert capped_attributes(at_cap) is None


def test_an_author_meta_repeated_thousands_of_times_keeps_its_first_values() -> None:
    metas = "".join(f'<meta name="author" content="Jane Doe{i}">' for i in range(1_000))
    doc = parse(f"<html><head>{metas}</head><body><p>x</p></body></html>")
    assert doc is not None
    listed = meta_values(doc)["author" + MORE].split(LISTED)
    assert listed == [f"Jane Doe{i}" for i in range(1, _MAX_LISTED + 1)]
    three = "".join(f'<meta name="author" content="Jane Doe{i}">' for i in range(3))
    doc = parse(f"<html><head>{three}</head><body><p>x</p></body></html>")
    assert doc is not None and meta_values(doc)["author" + MORE] == f"Jane Doe1{LISTED}Jane Doe2"


def _name(i: int) -> str:
    return f"Anna {'BCDFGHKLMNPRSTVW'[i // 16 % 16]}{'aeiouy'[i % 6]}{'bdgklmnprs'[i % 10]}son"


def test_a_byline_reads_its_first_author_links() -> None:
    def names(count: int) -> list[str]:
        links = " and ".join(f'<a rel="author" href="/a/{i}">{_name(i)}</a>' for i in range(count))
        doc = parse(f"<html><body><p>By {links}</p></body></html>")
        assert doc is not None
        first = doc.find(".//a")
        assert first is not None
        return _linked_authors(first, frozenset())

    assert names(3) == [_name(i) for i in range(3)]
    assert names(200) == [_name(i) for i in range(_MAX_LINKED)]
