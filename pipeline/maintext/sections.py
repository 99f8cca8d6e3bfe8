"""Section widening: when the winning block is one section of a longer article, the ancestor
holding all its sections is taken instead (`widen_to_sections`, with the fitted `WIDEN`
parameters `app.eval_fit` sets), unless what that ancestor adds is links, share buttons, a
rights notice or a copy of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.maintext.blockscore import (
    _MAX_PROSE_LINKS,
    MIN_PARAGRAPH,
    _opens_with_rights,
    _repeats,
    prose_chars,
)
from pipeline.maintext.edges import SENTENCE_CLOSED
from pipeline.maintext.posts import holds_replies
from pipeline.web.html import HEADLINE_MARK, INLINE_TAGS, HtmlElement, Stats, text_of


@dataclass(frozen=True)
class WidenParams:
    """When the winning block is one section of a longer article, the ancestor holding all
    its sections is taken instead (see `widen_to_sections`)."""

    min_prose_share: float = 0.75  # of the chars the ancestor adds, the share in prose blocks
    max_link_density: float = 0.1  # of the chars the ancestor adds, the share inside links
    min_gain: float = 1.5  # the ancestor holds at least this many times the prose
    levels: int = 6
    # characters of non-prose an ancestor may add whatever its share: a section's heading
    # ("The competition") or a label between the winning section and its siblings
    slack_chars: int = 150


WIDEN = WidenParams()
# What a section's wrapper may add over it whatever its links: its heading, linked to itself
# in an old document's table of contents ("<h4><a href='page.htm#nature'>Nature of the
# Work</a></h4>"): the next ancestor's links are judged with it, against all it adds.
_HEADING_CHARS = 80
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # (an <h1>: the page's headline)
_CLOSES = tuple(m for m in SENTENCE_CLOSED if m not in (":", "：", ";"))  # a sentence's end


def _adds_heading(node: HtmlElement, inner: HtmlElement, st: Stats) -> bool:
    """True when all `node` holds besides `inner` is in section headings (<h2> to <h6>)."""
    if (node.text or "").strip():
        return False
    for child in node:
        if (child.tail or "").strip():
            return False
        if child is not inner and st.text.get(child, 0) and child.tag not in _SECTION_HEADINGS:
            return False
    return True


# An opening paragraph printed as the body's own loose text, above a wrapper holding the rest
# of the post (an old blog's "post-body": its first lines bare, then "<br>", a picture's
# caption table and "<div>"s of the rest): more of the article however short beside the rest.
_LOOSE_OPENING_MIN = 120  # characters, closed as a sentence
_LOOSE_BLOCK_MAX = 200  # characters of a block between it and the rest: a picture's caption
_LOOSE_MAX_LINKS = 0.3  # of its characters inside links


def _opens_loose(node: HtmlElement, inner: HtmlElement, st: Stats) -> bool:
    """True when `node` opens with its own loose text (its text, and its inline elements and
    tails before `inner`) of `_LOOSE_OPENING_MIN` characters or more closing a sentence, with
    few links and nothing but short blocks (a caption) beside it before `inner`. (What `node`
    adds after `inner` is judged as any ancestor's: mostly prose, few links.)"""
    if not (node.text or "").strip():
        return False
    parts, linked = [node.text or ""], 0
    for child in node:
        if child is inner:
            text = " ".join("".join(parts).split())
            return (
                len(text) >= _LOOSE_OPENING_MIN
                and linked <= _LOOSE_MAX_LINKS * len(text)
                and text.endswith(_CLOSES)
            )
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            parts.append(text_of(child))
            linked += st.links.get(child, 0)
        elif st.text.get(child, 0) > _LOOSE_BLOCK_MAX:
            return False
        parts.append(child.tail or "")
    return False


def _prose_around(node: HtmlElement, inner: HtmlElement, inner_prose: int, st: Stats) -> int:
    """`prose_chars(node, st)` for the parent `node` of `inner`, whose prose is known
    (`inner_prose`): the sum over node.iter() is node's own part plus each child's sum, so
    only node and its other children are read (climbing from a candidate, its subtree, most
    of the article, was read again at each level)."""
    total = inner_prose
    if node.tag not in INLINE_TAGS and isinstance(node.tag, str):
        n = st.own.get(node, 0)
        if n >= MIN_PARAGRAPH and st.link_density(node) < _MAX_PROSE_LINKS:
            total += n
    for child in node:
        if child is not inner:
            total += prose_chars(child, st)
    return total


def widen_to_sections(
    top: HtmlElement, st: Stats, params: WidenParams | None = None
) -> HtmlElement:
    """`top`, or the highest ancestor (within `params.levels`) that adds prose to it while
    staying mostly prose and few links: the article's sections, subheadings and lists around
    the one section that scored best. Climbing stops at the first ancestor that is not (a
    few headings' worth of other text, `params.slack_chars`, is always allowed). An ancestor
    opening with the post's first paragraph as its own loose text (`_opens_loose`) adds it
    however short beside the rest.
    `params` defaults to the module's `WIDEN` (read at call time: the evaluation swaps it)."""
    params = params or WIDEN
    best, best_prose = top, prose_chars(top, st)
    node: HtmlElement | None = top
    node_prose = best_prose  # prose_chars(node, st), kept up as `node` climbs
    for _ in range(params.levels):
        if node is None or node.tag == "article":
            break  # one whole composition: what is around it is not more of its sections
        inner = node
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        node_prose = _prose_around(node, inner, node_prose, st)
        added = st.text.get(node, 0) - st.text.get(best, 0)
        if added <= 0:
            continue  # a wrapper: nothing more to judge
        prose = node_prose
        added_links = st.links.get(node, 0) - st.links.get(best, 0)
        other = added - (prose - best_prose)  # headings, labels, link lists, menus
        if other > params.slack_chars and prose - best_prose < params.min_prose_share * added:
            break  # what the ancestor adds is not mostly prose: menus, comments, link lists
        if (
            (added > _HEADING_CHARS or not _adds_heading(node, inner, st))
            and added_links > params.max_link_density * added
            and added_links - _share_link_chars(node, best) > params.max_link_density * added
        ):
            break  # links beyond the share buttons: a link list, a menu
        if prose >= params.min_gain * best_prose or _opens_loose(node, inner, st):
            if _repeats(best, node, times=2) or story_after(best, inner):
                break  # a second copy of the text (print, mobile), or the next story
            if holds_replies(node):
                break  # readers' replies beside the article, each signed with a dated time
            if _rights_beside(node, best):
                break  # the site's rights notice and reprint terms beside the article
            best, best_prose = node, prose
    return best


def _share_link_chars(node: HtmlElement, inner: HtmlElement) -> int:
    """Characters of the links in `node`, outside `inner`, to a network's share endpoint
    (`SHARE_HREF`). The share bar by a headline ("Share Facebook Twitter Email") is named
    "share" or "social", and pruned, only where class names are words (not CSS-in-JS
    hashes); its buttons are no list of links away from the article."""
    total = 0
    for a in node.iter("a"):
        href = a.get("href")
        if href and SHARE_HREF.search(href) and inner not in a.iterancestors():
            total += len(text_of(a).strip())
    return total


# The share endpoints of the networks and of e-mail: where a share button links.
SHARE_HREF = re.compile(
    r"facebook\.com/(?:sharer|share\.php|dialog/share)|(?:twitter|x)\.com/(?:intent/|share\b)|"
    r"pinterest\.[a-z.]+/pin/create|linkedin\.com/(?:shareArticle|sharing/)|reddit\.com/submit|"
    r"whatsapp\.com/send|whatsapp://send|wa\.me/\?|t\.me/share|telegram\.me/share|"
    r"vk\.com/share|tumblr\.com/(?:share|widgets/share)|^mailto:\?(?:subject|body)="
)


def _rights_beside(node: HtmlElement, inner: HtmlElement) -> bool:
    """True when a child of `node` outside `inner` opens with a rights notice."""
    line = {inner, *inner.iterancestors()}
    return any(isinstance(el.tag, str) and el not in line and _opens_with_rights(el) for el in node)


def story_after(best: HtmlElement, inner: HtmlElement) -> bool:
    """True when a sibling after `inner` holds an <h1> (or the mark of one `prune` dropped
    with its <header>) and `best`, the text so far, holds none: another story printed under
    the article, whose headline the article's own sections never are (they are <h2>-<h6>).
    The page's own <h1> stands before its text, and climbing past it is no stop; a post of a
    blog's list under its own <h1> climbs on to the list (`one_post` picks from it)."""
    return next(best.iter("h1", HEADLINE_MARK), None) is None and any(
        isinstance(sib.tag, str) and next(sib.iter("h1", HEADLINE_MARK), None) is not None
        for sib in inner.itersiblings()
    )
