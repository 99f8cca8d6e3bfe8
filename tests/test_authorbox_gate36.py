"""The author-box reader's gate (session 36, speed36): a picture's boxes are read only where
one of them could be taken, by what a taken box needs and a picture shows without reading a
box (`_Boxes.may_hold`: a writer's word in the class or id of its first four ancestors, an
"About the author" heading in its first three, or the picture itself an avatar's or its
alt text a name). The gate moves nothing: each page here gives what the ungated reader (the
gate always open, the reader of session 35) gives, names found and none; and on a page where
no picture passes, no box is read at all."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.web.html import parse
from pipeline.web.metadata import authorboxes

STORY = "<p>The harbour board said on Tuesday that the new quay would open before winter.</p>"
BIO = "<p>Jane covers the harbour, the ferries and the weather of the coast for the paper.</p>"

# (page body, the name the reader finds): the gate open on the first five, shut on the rest
PAGES = [
    # a writer's word in the box's class
    (
        f"<div class='author-box'><img src='/p/1.jpg' alt='x'><h4>Jane Doe</h4>{BIO}</div>",
        "Jane Doe",
    ),
    # ... in the class of the box's parent
    (
        f"<div class='post-writer'><div><img src='/p/1.jpg'><b>Jane Doe</b>{BIO}</div></div>",
        "Jane Doe",
    ),
    # an "About the author" heading in the box
    (
        f"<section><h3>About the author</h3><img src='/p/1.jpg'><b>Jane Doe</b>{BIO}</section>",
        "Jane Doe",
    ),
    # the picture's alt text the name, the bio opening on the first name
    (f"<div class='bio'><img src='/p/1.jpg' alt='Jane Doe'><b>Jane Doe</b>{BIO}</div>", "Jane Doe"),
    # an avatar, the name linked to an author's page
    (
        f"<div class='bio'><img class='avatar' src='/p/1.jpg'>"
        f"<a href='/author/jane-doe'>Jane Doe</a>{BIO}</div>",
        "Jane Doe",
    ),
    # no mark, the alt text a description: no one's box
    (
        f"<div class='bio'><img src='/p/1.jpg' alt='the harbour at dusk'><b>Jane Doe</b>{BIO}</div>",
        "",
    ),
    # the writer's word five levels above the picture: past the boxes read
    (
        "<div class='author'><div><div><div><div><img src='/p/1.jpg'></div></div>"
        f"<b>Jane Doe</b>{BIO}</div></div></div>",
        "",
    ),
    # the "About the author" heading outside the picture's boxes
    (
        "<h2>About the author</h2><div><div><div><div><img src='/p/1.jpg'></div></div></div>"
        f"<div class='bio'><b>Jane Doe</b>{BIO}</div></div>",
        "",
    ),
    # a word that holds "author" but is not one ("authentication")
    (f"<div class='authentication'><img src='/p/1.jpg'><b>Jane Doe</b>{BIO}</div>", ""),
    # no picture at all
    (f"<div class='author-box'><h4>Jane Doe</h4>{BIO}</div>", ""),
]


def _doc(body: str) -> Any:
    doc = parse(f"<html><body><article>{STORY * 3}{body}</article></body></html>")
    assert doc is not None
    return doc


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(authorboxes._Boxes, "may_hold", lambda self, img: True)


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The boxes `_Boxes.read` is asked for from now on."""
    asked: list[object] = []
    read = authorboxes._Boxes.read

    def counted(self: Any, box: Any) -> Any:
        asked.append(box)
        return read(self, box)

    monkeypatch.setattr(authorboxes._Boxes, "read", counted)
    return asked


@pytest.mark.parametrize(("body", "name"), PAGES)
def test_the_gate_gives_what_the_ungated_reader_gives(
    monkeypatch: pytest.MonkeyPatch, body: str, name: str
) -> None:
    gated = authorboxes.author_box(_doc(body), frozenset())
    _ungated(monkeypatch)
    assert authorboxes.author_box(_doc(body), frozenset()) == gated == ([name] if name else [])


@pytest.mark.parametrize(("body", "name"), PAGES)
def test_a_page_no_picture_passes_reads_no_box(
    monkeypatch: pytest.MonkeyPatch, body: str, name: str
) -> None:
    doc = _doc(body)
    shut = not any(authorboxes._Boxes(frozenset()).may_hold(img) for img in doc.iter("img"))
    asked = _reads(monkeypatch)
    authorboxes.author_box(doc, frozenset())
    assert shut == (not asked)
    assert shut == (PAGES.index((body, name)) >= 5)  # (the five named open it)


def test_a_gallery_without_marks_is_left_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page of pictures and captions of name-like words: nothing a writer's box would show
    gallery = "".join(
        f"<figure><img src='/p/{i}.jpg' alt='harbour view {i}'><figcaption>Jane Doe "
        f"{BIO}</figcaption></figure>"
        for i in range(200)
    )
    asked = _reads(monkeypatch)
    assert authorboxes.author_box(_doc(gallery), frozenset()) == []
    assert asked == []
