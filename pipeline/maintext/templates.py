"""Article markup held in an inert holder while the visible page is a shell.

Some pages ship the article's HTML for a script to render instead of showing it: in a
`<script type="text/template">` (or `text/x-template`, `text/html`,
`text/x-handlebars-template`: any script type naming a template or HTML), in a `<template>`
element, or escaped in a `<textarea>` (CMS pages, mirrors of WeChat articles). Pruning drops
all three, rightly: most hold a comment widget, a card, a modal or a form field. Here
`inline_sources` keeps them in the same pass that keeps the state scripts (cheap: nothing is
serialized or parsed), and `template_paragraphs` reads them only when the visible page is
thin (the caller decides), through the same pruning and paragraph emission as other HTML
bodies (`embedded.body_paragraphs`), nothing executed:

- a holder named for furniture keeps its class/id on a wrapper that pruning judges like any
  element (a comment widget's template is dropped with it), and one named for a card, a modal
  or a list item (`_WIDGET_HOLDER`), or whose outermost element is one or is a list item or a
  table row (`_widget_markup`), is not read;
- a `<textarea>` is read only when it holds markup and sits outside any `<form>`: a comment
  box or an input (plain text, or inside a form) is never text;
- a paragraph holding template placeholders (`{{title}}`, `<%= body %>`) is a slot, not text,
  and a holder with as many such paragraphs as others is a layout to fill (`_filled`);
- the longest body that reads as prose wins, within the caps of `appstate`.
"""

from __future__ import annotations

import re
from html import escape

from pipeline.maintext.appstate import (
    MAX_SCRIPT_CHARS,
    MIN_CANDIDATE_CHARS,
    state_script,
)
from pipeline.maintext.cleanline import clean_line
from pipeline.maintext.embedded import body_paragraphs
from pipeline.web.html import PROSE_CHARS_PER_SENTENCE, HtmlElement, clause_marks, to_html

# A script type whose text is markup to render: "text/template", "text/x-template",
# "text/x-handlebars-template", "text/ng-template", "text/html".
_TEMPLATE_SCRIPT_TYPE = re.compile(r"template|\bhtml\b", re.I)
_HOLDER_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote|section|article|span)\b", re.I)
# Holders named for a widget rather than a body (the furniture names pruning drops are
# judged by pruning itself): a card, a modal or dialog, a list item or row, a tooltip, the
# embed code a video page offers to copy.
_HOLDER_WIDGET_WORDS = (
    "card modal dialog popup popover tooltip toast item row cell teaser embed"
).split()
_WIDGET_HOLDER = re.compile(rf"(?:^|[\W_])(?:{'|'.join(_HOLDER_WIDGET_WORDS)})s?(?:$|[\W_])")
# The first tag of a holder's markup and its attributes, and the class or id values among them:
# a template whose outermost element is a widget (`_WIDGET_HOLDER`) or a list item or table
# row (`_ROW_TAGS`) is one repeated part of a page, not its body.
_FIRST_TAG = re.compile(r"\s*<([a-zA-Z][\w-]*)([^>]*)>")
_NAME_ATTRS = re.compile(r"\b(?:class|id)\s*=\s*[\"']?([^\"'>]*)")
_ROW_TAGS = frozenset({"li", "tr", "td", "option", "dt", "dd"})
_TEMPLATE_SLOT = re.compile(r"\{\{|\}\}|<%|%>|\$\{")
_MAX_HOLDERS_READ = 4  # the longest holders of a page parsed (a page may hold hundreds)
_MIN_HOLDER_PROSE = MIN_CANDIDATE_CHARS  # as a candidate of the embedded state

# A holder: its class and id as pruning reads them, and its markup (a script's or a textarea's
# text) or the `<template>` element whose children are serialized only when it is read.
Holder = tuple[str | None, str | None, "str | HtmlElement"]


def inline_sources(
    doc: HtmlElement,
) -> tuple[list[tuple[str, str]], list[Holder], list[str]]:
    """The page's state scripts (`appstate.state_scripts`), its template holders and the text
    of its `<textarea>`s (never article text: see `without_inputs`), in one pass over the
    tree. Call it before pruning drops them."""
    scripts: list[tuple[str, str]] = []
    holders: list[Holder] = []
    inputs: list[str] = []
    for el in doc.iter("script", "template", "textarea"):
        tag = el.tag
        if tag == "script":
            state = state_script(el)
            if state is not None:
                scripts.append(state)
            elif _TEMPLATE_SCRIPT_TYPE.search(el.get("type") or ""):
                _keep(el, el.text or "", holders)
        elif tag == "template":
            holders.append((el.get("class"), el.get("id"), el))
        else:
            text = el.text or ""
            if text.strip():
                inputs.append(text)
            if next(el.iterancestors("form"), None) is None:
                _keep(el, text, holders)
    return scripts, holders, inputs


def _keep(el: HtmlElement, text: str, holders: list[Holder]) -> None:
    if _MIN_HOLDER_PROSE <= len(text) <= MAX_SCRIPT_CHARS and _HOLDER_MARKUP.search(text):
        holders.append((el.get("class"), el.get("id"), text))


def _markup(held: str | HtmlElement) -> str:
    if isinstance(held, str):
        return held
    return (held.text or "") + "".join(to_html(child) for child in held)


def template_paragraphs(holders: list[Holder]) -> list[str]:
    """The paragraphs of the longest holder whose body reads as prose, or []."""
    bodies = []
    for cls, ident, held in holders:
        if _WIDGET_HOLDER.search(f"{cls or ''} {ident or ''}".lower()):
            continue
        markup = _markup(held)
        if _MIN_HOLDER_PROSE <= len(markup) <= MAX_SCRIPT_CHARS and not _widget_markup(markup):
            bodies.append((len(markup), cls, ident, markup))
    bodies.sort(key=lambda body: body[0], reverse=True)
    best: list[str] = []
    best_chars = _MIN_HOLDER_PROSE - 1
    for _size, cls, ident, markup in bodies[:_MAX_HOLDERS_READ]:
        attrs = f' class="{escape(cls)}"' if cls else ""
        attrs += f' id="{escape(ident)}"' if ident else ""
        paras = _filled(body_paragraphs(f"<div{attrs}>{markup}</div>"))
        chars = sum(map(len, paras))
        marks = sum(map(clause_marks, paras))
        if chars > best_chars and marks and marks * PROSE_CHARS_PER_SENTENCE >= chars:
            best, best_chars = paras, chars
    return best


def _widget_markup(markup: str) -> bool:
    """True when the outermost element of `markup` is a widget or a row (`_FIRST_TAG`)."""
    first = _FIRST_TAG.match(markup)
    if first is None:
        return False
    if first.group(1).lower() in _ROW_TAGS:
        return True
    names = " ".join(_NAME_ATTRS.findall(first.group(2)))
    return bool(names) and _WIDGET_HOLDER.search(names.lower()) is not None


def _filled(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without those holding template slots, or [] when they are no fewer than
    the others: a layout to fill (the article is what goes in the slots), not a body with a
    slot or two for a count or a date."""
    filled = [p for p in paragraphs if _TEMPLATE_SLOT.search(p) is None]
    return filled if 2 * len(filled) > len(paragraphs) else []


def without_inputs(paragraphs: list[str], inputs: list[str]) -> list[str]:
    """`paragraphs` without those a form field holds (a prefilled comment box, an input):
    another extractor may read a `<textarea>` as text."""
    if not inputs:
        return paragraphs
    lines = {clean_line(line) for text in inputs for line in text.split("\n")}
    return [p for p in paragraphs if p not in lines]
