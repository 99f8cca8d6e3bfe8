"""An FAQ under the article, in a block of its own: its questions and answers are text.

Guides and explainers close on "Questions fréquentes" / "FAQ": questions a script unfolds,
each over its answer, in a section the page's layout sets apart from the article's
container (another wrapper, another background), so the scorer's choice stops short of it.
Found by its shape, in any language: `_MIN_PAIRS` or more questions (`is_question`: one
block of text ending on a question mark, linking nowhere off the page) each followed by an
answer of a sentence or more, in one list after the chosen containers. A list of teasers
whose titles end on a question links each title to its article: not an FAQ. Nor is a site's
help pop-up shaped as one (`_is_site_help`).
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.web.html import (
    FOLDED_QUESTION_END,
    HtmlElement,
    Stats,
    is_question,
    text_len_upto,
    text_of,
)

# Pairs a list must hold to be an FAQ (two could be a teaser and its summary, a poll).
_MIN_PAIRS = 3
_MIN_ANSWER_CHARS = 80  # a sentence or more
_HEADINGS = frozenset({"h2", "h3", "h4"})
# A tag no page uses: the toggles to unwrap are renamed to it, then stripped in one call.
_TOGGLE_MARK = "newsbrief-faq-toggle"
# A site's help pop-up printed after the article as questions and answers (« Pourquoi
# voyez-vous ce message ? », "Why am I seeing this message?", a notice that the account is
# read on another device): half its pairs or more speak of the reader's account, device,
# subscription or password (`_SITE_HELP`), and one of its questions asks about the message
# itself (`_OWN_MESSAGE`: the pop-up speaking of itself). Both asked: a guide's FAQ on
# opening an account never asks about "this message". (Its buttons, "Continue reading
# here", are gone from the tree by then.) Searched only once an FAQ is found.
_SITE_HELP = re.compile(
    r"\b(?:ce|cet|votre|this|your|that|dieses?|ihr(?:em|en|e)?) (?:compte|account|"
    r"appareil|device|abonnement|subscription|konto|gerät|abo)\b|"
    r"\bmots? de passe\b|\bpasswor(?:d|t)\b",
    re.I,
)
_OWN_MESSAGE = re.compile(
    r"\b(?:ce|cette|this|diese[rn]?) (?:message|notice|fenêtre|window|pop-?up|nachricht|"
    r"meldung|hinweis)\b",
    re.I,
)


def faq_sections(body: HtmlElement, chosen: list[HtmlElement], stats: Stats) -> list[HtmlElement]:
    """The FAQ lists (with the heading over each) after the last of the `chosen`
    containers and outside them, in document order; [] on most pages. The links wrapping
    their questions that lead to their answers are taken out (`_unwrap_toggles`, `stats`
    updated)."""
    last = chosen[-1]
    after = False
    pairs: dict[HtmlElement, list[HtmlElement]] = {}
    texts = stats.texts
    for el in body.iter():
        if el is last:
            after = True
            continue
        if not after or not isinstance(el.tag, str):
            continue
        # the element whose text a question mark closes: `el` for its own text, its parent
        # for its tail ("Can I bring <em>my dog</em>?"); asked of every element after the last
        text = texts[el]
        block: HtmlElement | None = el
        if not (text and text.rstrip().endswith(FOLDED_QUESTION_END)):
            tail = el.tail
            if not tail or not tail.rstrip().endswith(FOLDED_QUESTION_END):
                continue
            block = el.getparent()
        if block is not None and not _inside(block, last):
            found = _pair(block)
            if found is not None:
                pairs.setdefault(found[0], []).append(found[1])
    lists = [holder for holder, questions in pairs.items() if len(questions) >= _MIN_PAIRS]
    sections = []
    for holder in lists:
        if _is_site_help(pairs[holder]):
            continue
        if not any(other in holder.iterancestors() for other in lists):
            for question in pairs[holder]:
                _unwrap_toggles(question, stats)
            sections.append(_with_heading(holder))
    return sections


def _is_site_help(questions: list[HtmlElement]) -> bool:
    """True when the FAQ of `questions` is a site's help pop-up: half its pairs or more
    name the reader's account, device or password (`_SITE_HELP`) and one of its questions
    asks about the message itself (`_OWN_MESSAGE`)."""
    named = 0
    itself = False
    for question in questions:
        asked = text_of(question)
        answer = question.getnext()
        if _SITE_HELP.search(asked + " " + (text_of(answer) if answer is not None else "")):
            named += 1
        itself = itself or _OWN_MESSAGE.search(asked) is not None
    return itself and 2 * named >= len(questions)


def _inside(el: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in el.iterancestors())


def _pair(el: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The list holding the question `el`'s text closes and its answer, with the question;
    or None. The question is the block around `el` with an element after it (`el` itself,
    or the toggle wrapping it), its answer that element; the list is the pair's parent, or
    the parent's parent when the pair has a wrapper of its own."""
    question = el
    while question.getnext() is None:
        parent = question.getparent()
        if parent is None or len(parent) > 2:
            return None
        question = parent
    answer = question.getnext()
    if answer is None or not isinstance(answer.tag, str) or not is_question(question):
        return None
    if _links_off_page(question) or text_len_upto(answer, _MIN_ANSWER_CHARS) < _MIN_ANSWER_CHARS:
        return None
    holder = question.getparent()
    if holder is None:
        return None
    grand = holder.getparent()
    if len(holder) == 2 and grand is not None:
        return grand, question
    return holder, question


def _unwrap_toggles(question: HtmlElement, stats: Stats) -> None:
    """Take out, IN PLACE, the links to the page's own answers a question is wrapped in
    ("#faq-3"), keeping what they hold, and their characters from the link counts of
    `stats`: a line or block all link is dropped as a way out, and this one goes nowhere."""
    marked = False
    for a in list(question.iter("a")):
        if a.getparent() is None or not (a.get("href") or "").strip().startswith("#"):
            continue
        chars = stats.links.get(a, 0)
        for inner in a.iter():
            stats.links[inner] = 0
        for outer in a.iterancestors():
            if outer in stats.links:
                stats.links[outer] = max(0, stats.links[outer] - chars)
        a.tag = _TOGGLE_MARK
        marked = True
    if marked:
        # lxml keeps the text, children and tail of each stripped element in its place
        # (the question itself may be the link: strip from above it).
        holder = question.getparent()
        etree.strip_tags(question if holder is None else holder, _TOGGLE_MARK)
        stats.forget_texts()  # (the links' texts joined their parents')


def _links_off_page(el: HtmlElement) -> bool:
    """True when `el` links to another page (a teaser's title), not to a part of its own
    (a toggle's "#answer-3")."""
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith("#") and not href.lower().startswith("javascript:"):
            return True
    return False


def _with_heading(el: HtmlElement) -> HtmlElement:
    """`el` with the heading over it ("Questions fréquentes") when both alone fill a block."""
    parent, prev = el.getparent(), el.getprevious()
    if parent is not None and prev is not None and prev.tag in _HEADINGS and len(parent) == 2:
        return parent
    return el
