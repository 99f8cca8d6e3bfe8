"""Overlays over a page (`is_overlay`): never the article. `pruning.prune` drops one even
where it holds most of the page's text, and `without_overlays` takes them out of the markup
the fallback extractor reads.

A page's overlays lie over the article: a consent manager's banner or preference window, a
log-in or sign-up dialog, a modal window, an interstitial. Our pruning drops them by their
tag, role or class words (`pipeline.web.boilerplate`); the fallback extractor, asked on a
page where our own result is too thin (a video page, a page builder's layout), does not,
and its longest text block may be such a dialog's ("Your registration failed. Please clear
your cookies ..."). On a thin page a dialog may hold most of the text, which keeps other
furniture from the pruning. They are read in general form, as a consent platform or a
site's own template prints them:

- the tags and roles of a dialog: <dialog>, <amp-lightbox>, `role="dialog"` or
  `"alertdialog"`, `aria-modal="true"`;
- class or id words naming one (`_OVERLAY_WORDS`): modal, popup, dialog, consent,
  cookie, gdpr, login, signup, interstitial, and the consent vendors' containers.

A block holding the page's <h1> stays: a story opened in a layer named as a modal; so
does a layer named only as a modal, a pop-up or a dialog (by its words, tag or role) on a
page printing no <h1> at all, where its size decides as for other furniture. A consent or
account window (its words) never stays.
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.web.htmltree import HtmlElement, drop_tree, parse, to_html

# The class or id words of a consent platform's or an account's window: never a story.
_ACCOUNT = (
    r"consent|cookie|gdpr|log-?in(?!e)|sign-?up|cmpbox|qc-cmp|onetrust|didomi|usercentrics|"
    r"sp_message"
)
# Class or id words of an overlay: a layer's, or those. Not "dialogue" (a Q&A's turns), not
# "modalit…"; not "paywall" alone: a metering script's hook on the article's own text says it
# (`pipeline.web.namedtext.is_metered_text`).
_OVERLAY_WORDS = re.compile(rf"modal(?!it)|popup|pop-up|dialog(?!ue)|interstitial|{_ACCOUNT}", re.I)
_ACCOUNT_WORDS = re.compile(_ACCOUNT, re.I)
_OVERLAY_TAGS = frozenset({"dialog", "amp-lightbox"})
_OVERLAY_ROLES = frozenset({"dialog", "alertdialog"})
_KEPT_TAGS = frozenset({"html", "body"})
_H1 = etree.XPath("boolean(descendant::h1)")
_PAGE_H1 = etree.XPath("boolean(//h1)")


def is_overlay(el: HtmlElement) -> bool:
    """True for a dialog or an overlay by its tag, role, `aria-modal` or class/id words,
    that does not hold the page's <h1> (a plain layer: on a page that has one)."""
    tag = el.tag
    if not isinstance(tag, str) or tag in _KEPT_TAGS:
        return False
    role = (el.get("role") or "").lower().split()
    marked = (
        tag in _OVERLAY_TAGS
        or not _OVERLAY_ROLES.isdisjoint(role)
        or (el.get("aria-modal") or "").strip().lower() == "true"
    )
    words = f"{el.get('class') or ''} {el.get('id') or ''}"
    if not marked:
        marked = bool(words.strip()) and bool(_OVERLAY_WORDS.search(words))
    if not marked or _H1(el):
        return False
    # A layer named only as a modal or a dialog on a page printing no headline at all may
    # be the story opened in it: then its size decides, as for other furniture.
    return bool(_ACCOUNT_WORDS.search(words)) or bool(_PAGE_H1(el))


def without_overlays(html: str) -> str:
    """`html` without its overlays (`is_overlay`), outermost first (a dialog inside one
    goes with it); `html` itself when it holds none or does not parse."""
    doc = parse(html)
    if doc is None:
        return html
    found = False
    stack = [doc]
    while stack:
        node = stack.pop()
        for child in list(node):
            if is_overlay(child):
                drop_tree(child)
                found = True
            elif len(child):
                stack.append(child)
    return to_html(doc) if found else html
