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
