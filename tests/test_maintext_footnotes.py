"""The notes under an essay or a newsletter post are the author's text: a box named "footnotes"
(WordPress's footnote plugins), "footnote" with a "footnote-content" inside (Substack), an
ordered list of "footnote-item"s are kept with the body, as readers and references keep them.
The class word `\\bfoot` of `WEAK_NEGATIVE` (a box's foot: its links, its small print) named
them furniture. A box named for its foot ("post-foot", "foot-links") stays furniture."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.web.classwords import _kind_of_attrs

BODY = [
    "The harbour authority published its yearly count of ships on Monday, and the number of"
    " container vessels calling at the port fell for the second year in a row.",
    "Officials blamed the drop on the new canal tolls, which made the southern route cheaper"
    " for the largest ships sailing between the two continents this year.",
    "The port's own figures show that smaller feeder ships grew in number, carrying goods"
    " from the larger hubs along the coast to the harbour's older quays.",
    "The authority said it would ask the ministry to review the tolls before the next season"
    " opens, and that a study of the feeder trade would follow in the spring.",
]
NOTES = [
    "The count covers ships of more than five thousand tonnes that moored for at least one"
    " night; tugs, ferries and fishing boats are not included in the figures.",
    "The tolls were raised twice in the last two years, each time by about a tenth, after the"
    " canal's owners finished widening its northern locks.",
]


def _page(notes: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><body><div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<article><h1>Fewer container ships call at the harbour</h1><div class='post-body'>"
        f"{body}{notes}</div></article>"
        "<div class='foot-links'><a href='/about'>About</a> <a href='/contact'>Contact</a>"
        "</div></body></html>"
    )


def _wordpress() -> str:
    items = "".join(
        f"<li class='footnote' id='fn-{i}'><p>{n}<a href='#ref-{i}' class='footnote-return'>"
        "\u21a9</a></p></li>"
        for i, n in enumerate(NOTES, 1)
    )
    return f"<div class='footnotes'><hr><ol>{items}</ol></div>"


def _substack() -> str:
    return "".join(
        f"<div class='footnote' id='footnote-{i}'><a href='#footnote-anchor-{i}'"
        f" class='footnote-number'>{i}</a><div class='footnote-content'><p>{n}</p></div></div>"
        for i, n in enumerate(NOTES, 1)
    )


def _endnote_list() -> str:
    items = "".join(
        f"<li class='footnote-item' id='fn{i}'><span class='footnote-back-link'>"
        f"<a href='#fnref{i}'>^</a></span><div class='footnote-content'><p>{n}</p></div></li>"
        for i, n in enumerate(NOTES, 1)
    )
    return f"<ol class='footnotes' role='doc-endnotes'>{items}</ol>"


@pytest.mark.parametrize("notes", [_wordpress, _substack, _endnote_list])
def test_footnotes_kept_with_the_body(notes: object) -> None:
    text = "\n".join(own_paragraphs(_page(notes())))  # type: ignore[operator]
    for paragraph in BODY + NOTES:
        assert paragraph in text
    assert "Contact" not in text


@pytest.mark.parametrize("name", ["footnotes", "footnote", "footnote-content", "footnote-item"])
def test_a_footnote_is_no_furniture(name: str) -> None:
    assert _kind_of_attrs(name, None) == ""


@pytest.mark.parametrize("name", ["foot-links", "post-foot", "footbar", "site-foot"])
def test_a_foot_is_still_furniture(name: str) -> None:
    assert _kind_of_attrs(name, None) != ""
