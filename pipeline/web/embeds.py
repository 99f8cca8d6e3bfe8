"""A social network's post embedded in an article, known without its class names.

The networks' embed codes print the post as a <blockquote> that links to it: a tweet closes
with "— Name (@handle) <a href=https://twitter.com/handle/status/ID>May 11, 2024</a>", an
Instagram post links to instagram.com/p/ID and carries data-instgrm-* attributes, TikTok
cites tiktok.com/@user/video/ID, Threads, Bluesky and Facebook posts likewise. The post is
quoted, not written by the article (no corpus gold keeps one); with its class hashed away
(CSS-in-JS pages, a site's own renderer) it still reads as one by these links. A quotation
that links its source inside its text, not at its end, is the article's.
"""

from __future__ import annotations

import re

from lxml import etree

_POST_URL = re.compile(
    r"^https?://(?:www\.|mobile\.|m\.)?(?:"
    r"(?:twitter|x)\.com/\w+/status(?:es)?/\d|"
    r"instagram\.com/(?:[\w.]+/)?(?:p|reel|tv)/|"
    r"tiktok\.com/@[^/]+/video/|"
    r"threads\.(?:net|com)/@[^/]+/post/|"
    r"bsky\.app/profile/[^/]+/post/|"
    r"facebook\.com/[^/]+/(?:posts|videos)/)",
    re.I,
)
_WORD = re.compile(r"\w")
# Attributes the embed codes put on their blockquote (Instagram, Bluesky, Threads).
_EMBED_ATTRS = ("data-instgrm-permalink", "data-bluesky-uri", "data-text-post-permalink")


def is_embedded_post(el: etree._Element) -> bool:
    """`el` (a <blockquote>) is a social network's post embedded by its embed code."""
    if any(el.get(name) is not None for name in _EMBED_ATTRS):
        return True
    if _POST_URL.match(el.get("cite") or ""):
        return True
    last = None
    for a in el.iter("a"):
        if a.get("href"):
            last = a
    if last is None or not _POST_URL.match(last.get("href") or ""):
        return False
    return _WORD.search(_text_after(last, el)) is None


def _text_after(node: etree._Element, root: etree._Element) -> str:
    """The text that follows `node` inside `root` (its tail, its later siblings, theirs)."""
    parts: list[str] = []
    while node is not root:
        parts.append(node.tail or "")
        for sibling in node.itersiblings():
            parts.extend(str(text) for text in sibling.itertext())
            parts.append(sibling.tail or "")
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return "".join(parts)
