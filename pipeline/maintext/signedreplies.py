"""Readers' replies printed flat after the article, each under or over its own "posted by"
line: "Posted by: Jane, Leeds on 8:21pm Tue 1 Jan 08", "Posted by: Jo of Perth 2:19pm
January 14, 2008", "Posted by: Ann | January 14, 2008 06:24 PM", a blog platform's "Posted
by: Toni at September 10, 2012 12:11 PM".

A thread whose replies sit in blocks of one shape goes before scoring (`posts.drop_threads`);
one printed as a run of sibling paragraphs (the signature a paragraph, the reply the next
ones) is inside the chosen container and comes out with the article. `without_signed_replies`
cuts the paragraphs from the first such line on when at least `_MIN_SIGNED` of them sign
different names, at least `_MIN_DISTINCT_SHARE` of them: a live blog's entries are signed
too, but by its few reporters taking turns (8 entries of 4 reporters: half), and they are the
article.
"""

from __future__ import annotations

import re

from pipeline.maintext.lexicon import COMMENTS

# "Posted by", an optional colon, the name (up to the separator), then a date or a time.
_SIGNED = re.compile(
    r"posted by:?\s+(?P<name>[^|,\n]{1,40}?)\s*(?:,|\||@|\b(?:on|at|of)\b)[^\n]{0,80}?\d",
    re.I,
)
_MAX_SIGNATURE_CHARS = 120
_MIN_SIGNED = 3  # signatures, each of a different name
# of the signatures, the share of different names (readers' threads on L3S and Dragnet: 0.68
# to 1.00)
_MIN_DISTINCT_SHARE = 0.6
_OWN_SIGNATURE_CHARS = 200  # a first signature with less text above it signs the post itself
# A comment section's heading the first reply follows ("Latest Comments:", "3 comments"),
# looked for this many paragraphs above the first signature (a reply signed below its text).
_COMMENTS_WORD = re.compile(rf"\b(?:{COMMENTS})\b", re.I)
_MAX_HEADING_CHARS = 40
_HEADING_REACH = 3


def _signatures(paragraphs: list[str]) -> list[tuple[int, str]]:
    """Each "posted by" line's index and its name (lowered)."""
    found = []
    for i, text in enumerate(paragraphs):
        if len(text) <= _MAX_SIGNATURE_CHARS and text[:12].lower().startswith("posted by"):
            match = _SIGNED.match(text)
            if match is not None:
                found.append((i, " ".join(match.group("name").lower().split())))
    return found


def _chars(paragraphs: list[str]) -> int:
    return sum(map(len, paragraphs))


def without_signed_replies(paragraphs: list[str]) -> list[str]:
    """`paragraphs` up to the first of a run of readers' signed replies, or all of them.

    With fewer signatures, a reply signed "Posted by:" in the text's second half starts the cut.
    The first signature is the post's own when less than `_OWN_SIGNATURE_CHARS` characters
    precede it (a blog post signed at its head): the cut starts at the next. A reply printed
    above its signature leaves its text above the first one: a comments heading up to
    `_HEADING_REACH` paragraphs higher starts the cut instead."""
    if not any("osted by" in text[:12] or "OSTED BY" in text[:12] for text in paragraphs):
        return paragraphs  # (most pages: one slice and a substring test a paragraph)
    signed = _signatures(paragraphs)
    if signed and _chars(paragraphs[: signed[0][0]]) < _OWN_SIGNATURE_CHARS:
        signed = signed[1:]
    names = {name for _, name in signed}
    if len(signed) < _MIN_SIGNED or len(names) < max(
        _MIN_SIGNED, _MIN_DISTINCT_SHARE * len(signed)
    ):
        # fewer readers: the first "Posted by:" line (a colon: the form readers' replies
        # take; a post's own signature has none) with a reply under it, in the page's
        # second half (a live blog's first entry is signed near its top)
        labelled = [i for i, _ in signed if paragraphs[i][9:10] == ":" and i + 1 < len(paragraphs)]
        if not labelled or _chars(paragraphs[: labelled[0]]) < _chars(paragraphs[labelled[0] :]):
            return paragraphs
        signed = [(labelled[0], "")]
    start = signed[0][0]
    for i in range(start - 1, max(start - 1 - _HEADING_REACH, 0), -1):
        text = paragraphs[i]
        if len(text) <= _MAX_HEADING_CHARS and _COMMENTS_WORD.search(text) is not None:
            start = i
            break
    return paragraphs[:start]
