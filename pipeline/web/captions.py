"""A video's caption: the <figcaption> of a figure that holds an embedded player and no
picture.

A figure's caption is the article's text where it describes the picture beside it (who is
pictured, where: `pruning._is_figure_caption`); under a player it titles a clip the text
does not hold, as the caption box of a video player does, which class words already drop.
caption24's count: of the <figcaption>s under a figure holding an <iframe> or a <video> and
no <img>, the references drop 9 of the 9 they decide (our golds, Readability's references,
wcxb's), and keep none; trafilatura's snippets decide none of 13.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pipeline.config.types import CAPTION_POLICIES
from pipeline.web.elementtext import text_of
from pipeline.web.htmltree import HtmlElement


def video_captions(doc: HtmlElement, players: list[HtmlElement] | None = None) -> list[HtmlElement]:
    """The <figcaption>s of the figures in `doc` that hold an <iframe> or a <video> and no
    picture (<img>, <picture>): read before the players are stripped (`pruning.DROP_TAGS`).
    `players`: the page's <iframe> and <video> elements in document order, when found."""
    found: list[HtmlElement] = []
    for player in doc.iter("iframe", "video") if players is None else players:
        figure = next(player.iterancestors("figure"), None)
        if figure is None or next(figure.iter("img", "picture"), None) is not None:
            continue
        found.extend(c for c in figure.iter("figcaption") if c not in found)
    return found


# A clip's caption: a caption box whose last element holds its running time alone
# ("<div class='media__caption'>North Korea's program <span>02:39</span></div>"), the title of
# a video a script puts in place, which no <video> or <iframe> marks in the served markup.
_RUNNING_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
_TITLE_MIN_WORDS = 2  # words of the clip's title before its running time


def timed_captions(doc: HtmlElement) -> list[HtmlElement]:
    """The caption boxes in `doc` that title a clip (`_TIMED_CAPTIONS`): their last element
    holds a running time ("02:39", "1:02:05") and nothing else, and their text before it at
    least `_TITLE_MIN_WORDS` words. A picture's caption ends on its credit or a sentence."""
    found = []
    for box in _caption_boxes(doc):
        last = box[-1]
        if not isinstance(last.tag, str) or last.tail and last.tail.strip():
            continue
        if not _RUNNING_TIME.match(text_of(last)):
            continue
        if len(text_of(box).split()) > _TITLE_MIN_WORDS:
            found.append(box)
    return found


def _caption_boxes(doc: HtmlElement) -> Iterator[HtmlElement]:
    """The `<figcaption>`s and the elements of a class naming a caption ("caption",
    "Caption") that hold an element, in document order. One walk of the tree in Python:
    the XPath union of the two (`//figcaption[*] | //*[contains(@class, ...)][*]`) cost
    about twice as much on every page, most of them holding no such box."""
    for el in doc.iter():
        if len(el) == 0 or not isinstance(el.tag, str):
            continue
        if el.tag == "figcaption":
            yield el
            continue
        names = el.get("class")
        if names and ("caption" in names or "Caption" in names):
            yield el


# --- the caption policy: which captions the text keeps (caption33) --------------------------
# "keep": today's (a caption beside its picture is text, `pruning._is_figure_caption`);
# "drop": every caption and credit found here is dropped (the references of the human-made news
# golds: DAnIEL, newspaper4k, wcxb, trafilatura's snippets, CxExtractor's BBC pages);
# "short": a credit alone or a short label is dropped, a caption of a sentence kept.
# (CAPTION_POLICIES, in pipeline.config.types: `PipelineConfig.captions` names one.)
_POLICY: ContextVar[str] = ContextVar("caption_policy", default="keep")
_NAMED = re.compile(
    r"caption|legend|bildunterschrift|bildtext|image-?desc|img-?desc|photo-?desc|pic-?te?xt|"
    r"img-?text|photo-?text|figure-?text|credit"
)
_CREDIT_NAME = re.compile(r"credit|copyright|photographer|attribution")
CREDIT_TEXT = re.compile(
    r"^\s*(?:\(?(?:photos?|fotos?|fotó|images?|picture|pic|bild|credits?|crédit|crédito|"
    r"zdjęcie|fot\.|фото|φωτ\w*|写真|图|圖|图片|摄影|來源|来源|source|quelle|fuente|"
    r"illustration|graphic|file photo)\b.{0,80}$|^\s*[©(]|.*©)",
    re.I,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_CAPTION = 600  # a caption element holds at most this many characters (caption24's study)
_SENTENCE_WORDS = 8  # a caption of 8 words (20 CJK characters) or more is a sentence
_SENTENCE_CJK = 20


@contextmanager
def caption_policy(policy: str) -> Iterator[None]:
    """Extract with `policy` (one of CAPTION_POLICIES) inside the block: `extract_text`'s
    switch; `article_from_page` sets it from `PipelineConfig.captions`."""
    if policy not in CAPTION_POLICIES:
        raise ValueError(f"caption policy: expected one of {CAPTION_POLICIES}, got {policy!r}")
    token = _POLICY.set(policy)
    try:
        yield
    finally:
        _POLICY.reset(token)


def current_policy() -> str:
    return _POLICY.get()


def dropped_captions(doc: HtmlElement, players: list[HtmlElement]) -> list[HtmlElement]:
    """The captions `pruning.prune` drops first: a video's (`video_captions`, `timed_captions`),
    and those the caption policy drops (none under "keep", the default: no walk of the page). A
    caption longer than every paragraph of the page is its text (a slide's or a photo page's,
    whose story is the caption) and stays."""
    found = video_captions(doc, players)
    found += (c for c in timed_captions(doc) if c not in found)
    policy = _POLICY.get()
    if policy == "keep":
        return found
    longest = max((len(text_of(p).strip()) for p in doc.iter("p")), default=0)
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "html", "main", "article"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
        if el.tag != "figcaption" and not _is_caption_box(el, names.lower()):
            continue
        if el in found:
            continue
        if any(a in found for a in el.iterancestors()):
            continue
        text = " ".join(text_of(el).split())
        if len(text) > MAX_CAPTION or len(text) >= longest:
            continue
        if policy == "drop" or caption_kind(el, text) != "sentence":
            found.append(el)
    return found


def caption_kind(el: HtmlElement, text: str) -> str:
    """The kind of a caption: "credit" (a credit alone: "Foto: dpa", "© X", a block named as
    a credit), "sentence" (8 words or more, 20 CJK characters) or "label" (shorter)."""
    if len(text.split()) >= _SENTENCE_WORDS or len(_CJK.findall(text)) >= _SENTENCE_CJK:
        return "sentence"  # ("(Two men at the gate. Photo: X)": a caption, its credit inside)
    if not text or CREDIT_TEXT.match(text):
        return "credit"
    if _CREDIT_NAME.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower()):
        return "credit"
    return "label"


def _is_caption_box(el: HtmlElement, names: str) -> bool:
    """A block named as a caption; or as a credit of a picture (in a <figure>, or right after
    the picture): a box of the article's credits (its author, its editor) is none."""
    found = _NAMED.search(names)
    if found is None:
        return False
    if "credit" not in found.group() or "caption" in names:
        return True
    before = el.getprevious()
    pictured = before is not None and next(before.iter("img", "picture"), None) is not None
    return pictured or next(el.iterancestors("figure"), None) is not None
