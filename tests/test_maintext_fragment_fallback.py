"""The fallback extractor on a saved page without its <html> and <head> (an archive record
wrapped in its own tag, a body fragment): trafilatura discards such markup as "not valid
HTML", so the page made no article at all ("no main text") when our scorer found too little."""

from __future__ import annotations

from typing import Any

import trafilatura

from pipeline.maintext import core

_STORY = (
    "The lighthouse keeper of Marrow Point retired this spring after thirty-one winters on "
    "the rock, and the council has not yet decided who will climb its two hundred steps next.",
    "Volunteers from the harbour club have kept the lamp lit since April, taking turns in "
    "pairs, and they say the hardest part is the logbook rather than the weather.",
)


def _record(opening: str) -> str:
    rows = "".join(f"<tr><td>{line}<br></td></tr>" for line in _STORY)
    return f"{opening}<div class='post'><table>{rows}</table></div>"


def test_a_record_wrapped_in_its_own_tag_reaches_the_fallback() -> None:
    page = _record('<record id="item-17" source="harbour-forum" charset="utf-8">')
    text = " ".join(core.fallback_paragraphs(page, "http://example.org/forum/17"))
    assert "lighthouse keeper of Marrow Point" in text
    assert "hardest part is the logbook" in text


def test_a_bare_body_fragment_reaches_the_fallback() -> None:
    text = " ".join(core.fallback_paragraphs(_record(""), None))
    assert "thirty-one winters" in text


def test_a_whole_document_is_handed_over_unchanged(monkeypatch: Any) -> None:
    seen: list[str] = []
    monkeypatch.setattr(trafilatura, "extract", lambda html, **kw: seen.append(html) or "")
    page = "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>"
    core.fallback_paragraphs(page, None)
    assert seen == [page]
