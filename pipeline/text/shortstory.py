"""A story shorter than the article floor that is still a story.

`extract` rejects a page whose text holds fewer than `MIN_TEXT_CHARS` (80) visible characters.
Between `SHORT_STORY_CHARS` (60) and that floor, a page may be a real short post ("Six days
without power so far. Looking at this, I'm guessing another week or even two.") or the
leftovers of a page with no article (a title and its byline, two teasers cut by "...", a
shop's title line, a forum's head count). The post is prose: a sentence of its own words,
opened by a capital or a digit, closed by a stop (not by an ellipsis, a teaser's cut), of
`_MIN_WORDS` words or more, holding half the text or more. A notice the site prints where
a story is missing (an error page, a login, cookie or ad-blocker prompt, a copyright line)
is no story, whatever its grammar.
"""

from __future__ import annotations

import re

SHORT_STORY_CHARS = 60  # visible characters: below this no page is an article
_MIN_WORDS = 8
_CLOSERS = "\"'”’»)]"
_STOPS = (".", "!", "?")
_CUT = ("...", "…")
# A site's notice in place of a story (an error, a login, cookie or ad-blocker wall, a rights
# line; a meter's or a region's block, a removed item, said of the page's own content: "This
# content is not available in your country."), in the words of the languages a notice of 60-80
# characters is most often printed in.
_NOTICE = re.compile(
    r"\b(?:not (?:be )?found|does(?:n't| not) exist|no longer (?:exists|available)|error"
    r"|not (?:currently )?available|in your (?:country|region|area|location)|free articles?"
    r"|(?:this|the) (?:content|article|page|story|post|video|item) (?:is|was|has|you)\b"
    r"|javascript|cookies?|your browser|log ?in|sign ?in|subscri\w*|members? only|ads?"
    r"|ad-?block\w*|advertis\w*"
    r"|access denied|permission|(?:temporarily )?unavailable|try again|copyright"
    r"|all rights reserved|nicht gefunden|introuvable|no encontrad\w|non trovat\w"
    r"|não encontrad\w|не найден\w*)\b|©|\b404\b",
    re.I,
)


def is_short_story(text: str, size: int) -> bool:
    """True when `text` (`size` visible characters, under the article floor) is a short
    story: `SHORT_STORY_CHARS` or more, and its sentences (`_is_sentence`) hold half its
    visible characters or more."""
    if size < SHORT_STORY_CHARS:
        return False
    prose = sum(len("".join(line.split())) for line in text.splitlines() if _is_sentence(line))
    return 2 * prose >= size


def _is_sentence(line: str) -> bool:
    """A line of prose: opened by a capital letter or a digit, closed by a stop (an ellipsis
    is a teaser's cut), `_MIN_WORDS` words or more, no site notice in it."""
    text = line.strip()
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    end = text.rstrip(_CLOSERS)
    if not end.endswith(_STOPS) or end.endswith(_CUT):
        return False
    return len(text.split()) >= _MIN_WORDS and _NOTICE.search(text) is None
