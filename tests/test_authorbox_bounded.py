"""The two author-box readers (session 35) read each element once: a page of thousands of
pictures or of links to writers' pages costs them work in proportion to the page, not to its
pictures (or links) times the boxes around them. Counted here as the characters of text they
read (`text_of`), against the page's own text; without the memos each picture re-read the
gallery around it (14 s on 4,000 icons) and each link the story around it."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.maintext import authorbox
from pipeline.web.html import parse, text_of
from pipeline.web.metadata import authorboxes

WORDS = "The harbour board said on Tuesday that the new quay would open before winter. "


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[int]:
    """Characters returned by `module.text_of` from now on, one entry per call."""
    read: list[int] = []

    def counted(el: Any) -> str:
        text = text_of(el)
        read.append(len(text))
        return text

    monkeypatch.setattr(module, "text_of", counted)
    return read


def _doc(body: str) -> Any:
    doc = parse(f"<html><body><article><p>{WORDS * 4}</p>{body}</article></body></html>")
    assert doc is not None
    return doc


def test_an_author_box_search_reads_each_box_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # icons (no picture of their own) in one box with text: each reached the same box
    strip = "".join(f"<img src='/i/icon-{i}.png'> tag{i}" for i in range(400))
    # (marked as a writer's strip, so the reader's gate opens and the boxes are read)
    doc = _doc(f"<div class='strip author-icons'>{strip}</div>")
    page_chars = len(text_of(doc))
    read = _counting(monkeypatch, authorboxes)
    assert authorboxes.author_box(doc, frozenset()) == []
    assert 0 < sum(read) <= 2 * page_chars


def test_a_gallerys_pictures_are_counted_up_to_two(monkeypatch: pytest.MonkeyPatch) -> None:
    pictures = "".join(f"<img src='/p/{i}.jpg'>" for i in range(400))
    doc = _doc(f"<div class='writer-gallery'>{pictures}</div>")  # (the gate open)
    looked: list[object] = []
    picture = authorboxes._picture

    def counted(img: Any) -> bool:
        looked.append(img)
        return picture(img)

    monkeypatch.setattr(authorboxes, "_picture", counted)
    assert authorboxes.author_box(doc, frozenset()) == []
    assert 0 < len(looked) <= 3 * 400  # each box stops at its second picture


def test_a_commenters_mark_is_sought_once_up_a_deep_page(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(
        "<div>" * 199
        + "<div class='contributor'>"  # (the gate open)
        + "".join(f"<img src='/p/{i}.jpg'>" for i in range(300))
        + "</div>" * 200
    )
    seen: list[str] = []
    pattern = authorboxes._COMMENTS

    class Counted:
        def search(self, text: str) -> Any:
            seen.append(text)
            return pattern.search(text)

    monkeypatch.setattr(authorboxes, "_COMMENTS", Counted())
    assert authorboxes.author_box(doc, frozenset()) == []
    assert 0 < len(seen) <= 2 * len(list(doc.iter()))  # each element once, not once per picture


def test_the_story_around_many_writer_links_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    links = "".join(f"<a href='/author/p{i}'>Jane Doe</a>. " for i in range(400))
    boxes = "".join(
        f"<p>{WORDS * 2}</p><div class='b'><img src='/p/{i}.jpg'><a href='/author/p{i}'>Jane</a>"
        "</div>"
        for i in range(200)
    )
    doc = _doc(f"<div>{links}</div>{boxes}")
    body = doc.find(".//article")
    page_chars = len(text_of(body))
    read = _counting(monkeypatch, authorbox)
    texts: dict[Any, Any] = {}
    authorbox.drop_author_boxes(body, texts)  # type: ignore[arg-type]
    assert sum(read) <= 3 * page_chars
