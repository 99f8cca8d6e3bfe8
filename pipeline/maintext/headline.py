"""The page's headline where no <h1> or <h2> is most of its <title> (`other_headline`).

`find_headline` takes the first <h1> (else <h2>) whose text is most of the <title>. A page
whose <title> carries a long tail of site, section and channel names ("Headline - Section -
Channel - Site", "标题--频道-栏目-网站") prints its headline where that misses it: the heading,
though it is the title's first piece, is less than `_HEADLINE_TITLE_SHARE` of the whole.

Judged by structure against the title's longest piece between separators (`_title_piece`):
the first heading (h1, then h2) whose text lies in the <title> and is most of that piece (a
section's or the site's name is shorter). Not looked for (measured on the dev corpora): a
headline printed in no heading at all (a table cell, a <strong>, a <div> in a large font:
found so, it moved the container and the lead on more pages than it mended, wide zh 0.9722
-> 0.9704, other languages 0.9555 -> 0.9525), nor one in an <h3> (it drew a toolbar's
settings panel under the headline into the text once class names were hashed).

Neither is a heading that is all one link to a site's home page (`links_home`): a blog's
template prints the blog's name so over every post, and a name as long as the post's title
is most of "Blog name: Post title"; taken for the headline, it drew the blog's description
beside it in as the article, the post left out.

Near the headline, the parts of an article split into sections (`parts_by_headline`): the
blocks in the wrapper the headline shares with the best block, not the other column's.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.structured import meta_values
from pipeline.web.metadata.titles import title_parts

_PIECE_SHARE = 0.6  # of the title's longest piece, for an element to print it
_PIECE_MIN = 6  # characters, below which a piece is a name, not a headline
_HEADING_TAGS = ("h1", "h2")
# The title a page gives for sharing it on a network, in its <head>'s <meta>s (`shared_title`),
# written by some sites apart from the <title> they write for search engines ("Watch out
# for X: ..." in the <title>, "Don't eat X if you take Y" over the article and in og:title).
_SHARED_TITLE_KEYS = ("og:title", "twitter:title")


def _squashed(text: str) -> str:
    return "".join(text.split())


def _title_piece(title: str) -> str:
    """The longest piece of `title` between separators, squashed (no whitespace)."""
    return max((_squashed(p) for p in title_parts(title)), key=len, default="")


def other_headline(body: HtmlElement, title: str) -> HtmlElement | None:
    """The first heading (h1, then h2) whose text lies in `title` and is most of its longest
    piece (see the module's docstring), or None."""
    squashed = _squashed(title)
    piece = _title_piece(title)
    if len(piece) < _PIECE_MIN:
        return None
    least = _PIECE_SHARE * len(piece)
    for tag in _HEADING_TAGS:
        for heading in body.iter(tag):
            text = _squashed(text_of(heading))
            if len(text) >= least and text in squashed and not links_home(heading):
                return heading
    return None


def links_home(heading: HtmlElement) -> bool:
    """True when all of `heading`'s text is one link to a site's home page (an address whose
    path is "/" or none, with no query): the site's name, not the page's headline."""
    links = list(heading.iter("a"))
    if len(links) != 1:
        return False
    href = urlsplit((links[0].get("href") or "").strip())
    if href.path not in ("", "/") or href.query or not (href.netloc or href.path):
        return False
    return _squashed(text_of(links[0])) == _squashed(text_of(heading))


def shared_title(doc: HtmlElement) -> str:
    """The page's og:title, else its twitter:title, as its <head> holds them ("" if none):
    the metadata reader's metas (`meta_values`) of the <head> alone (a <meta> in the body is
    a teaser's or an embed's). Read before `prune`, which drops the <head>."""
    head = doc.find("head")
    if head is None:
        return ""
    metas = meta_values(head)
    return next((metas[key] for key in _SHARED_TITLE_KEYS if key in metas), "")


def follows(later: HtmlElement, el: HtmlElement) -> bool:
    """True when `later` comes after `el` in the document (neither holds the other)."""
    lineage = [el, *el.iterancestors()]
    node: HtmlElement | None = later
    child = later
    while node is not None and node not in lineage:
        child, node = node, node.getparent()
    if node is None or node is later or node is el:
        return False
    mine = lineage[lineage.index(node) - 1]
    return node.index(mine) < node.index(child)


def parts_by_headline(
    top: HtmlElement, headline: HtmlElement, close: list[HtmlElement]
) -> list[HtmlElement]:
    """The `close` blocks (the candidates scoring near the best, `top`) that hold `top` or
    lie in the block the page's `headline` shares with it (the article's own wrapper): the
    parts of an article split into sections sit there, the boxes of the page's other column
    do not. A one-paragraph story by its headline had three boxes of the right-hand column
    scoring near it, and their shared ancestor, the page's content wrapper, was taken for the
    article (DAnIEL's Polish sports page). A headline outside the article's wrapper (in a
    page header above it) shares only a wrapper of the page with it: every block counts."""
    line = set(top.iterancestors())
    region = next((anc for anc in headline.iterancestors() if anc in line), None)
    if region is None:
        return close
    return [el for el in close if el in line or region in el.iterancestors()]
