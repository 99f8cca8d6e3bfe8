"""A page whose <head> swallowed its body: an element libxml2 does not know, opened in the head
and left open, nests the rest of the page in the <head>, which pruning drops whole (a browser
closes the head there and shows the page). `free_body` puts the body back. Pages written for
this test."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from pipeline.web.htmltree import free_body, parse

_STORY = [
    "The ferry from the north harbour was cancelled on Sunday after the storm tore a mooring.",
    "Some forty passengers waited in the terminal for the afternoon crossing instead, and the"
    " operator said repairs to the pier would take at least another week of work.",
    "Engineers from the port authority inspected the damage on Monday morning and found that two"
    " of the four bollards on the outer berth had been pulled loose by the swell.",
]
_ARTICLE = "<h1>Ferry cancelled</h1>" + "".join(f"<p>{p}</p>" for p in _STORY)


def test_a_page_without_body_tag_nested_in_its_head_is_read() -> None:
    page = (
        "<html><head><title>Ferry cancelled</title><meta charset='utf-8'>"
        f"<mbox><table><tr><td><div class='menu'><a href='/'>Home</a></div>{_ARTICLE}"
        "</td></tr></table></html>"
    )
    assert parse(page).find("body") is None  # (libxml2's tree: all in the head)
    text = "\n".join(own_paragraphs(page))
    assert all(p in text for p in _STORY)
    assert "Ferry cancelled\nFerry" not in text  # the <title> is not read as text


def test_a_body_tag_nested_in_the_head_is_moved_out() -> None:
    page = (
        "<html><head><title>Ferry cancelled</title><esi-include src='/x'>"
        f"<body><div class='story'>{_ARTICLE}</div></body></html>"
    )
    doc = parse(page)
    free_body(doc)
    assert [child.tag for child in doc] == ["head", "body"]
    assert doc.find("head/title").text == "Ferry cancelled"
    text = "\n".join(own_paragraphs(page))
    assert all(p in text for p in _STORY)


def test_a_well_formed_page_and_a_head_of_only_a_title_are_left_alone() -> None:
    doc = parse(f"<html><head><title>T</title></head><body>{_ARTICLE}</body></html>")
    free_body(doc)
    assert [child.tag for child in doc] == ["head", "body"]
    broken = parse("<html><head><title>Ferry cancelled, and the rest of the page")
    free_body(broken)
    assert [child.tag for child in broken] == ["head"]
