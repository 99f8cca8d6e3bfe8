"""A forum thread's opening post inside the block of its replies (`cut_after_opening`).

An old forum prints each post of a thread as a pair of siblings in one wrapper, its floor's
header ("楼层：第 1 楼 时间：2005-08-28 20:56") and its body, and the wrapper is the page's own:
its menu, the thread's title, the opening post, the replies and the footer are all its
children. `posts.drop_threads` finds the replies by their dated headers and removed the
wrapper whole, the opening post with them: the page was left with no text and the fallback
extractor returned the whole page, menu and replies line by line. A child longer than any
reply (`posts._REPLY_CHARS`) is no reply: it is the thread's own post (or the article printed
in the wrapper of its comments), and the replies are what follows it. Here the children after
it go and the wrapper stays; a block without such a child is left to the caller (a comment
box of its own goes whole).
"""

from __future__ import annotations

from pipeline.web.html import HtmlElement, drop_tree, text_of


def cut_after_opening(block: HtmlElement, reply_chars: int) -> bool:
    """Remove the element children of `block` after its first one holding more than
    `reply_chars` characters of text, and say True; False (nothing removed) when none does or
    it is the block's last child."""
    kids = [child for child in block if isinstance(child.tag, str)]
    opening = next((i for i, child in enumerate(kids) if len(text_of(child)) > reply_chars), None)
    if opening is None or opening == len(kids) - 1:
        return False
    for child in kids[opening + 1 :]:
        drop_tree(child)
    return True
