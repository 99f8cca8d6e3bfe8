"""The line that opens the readers' comments inside the article's own container (`opens_thread`).

Old news templates print the comments in the block that holds the article, with no class
of their own: the story's paragraphs, a rule, then "Comments are now closed for this story"
or "| 13 Comment(s)", then each reader's name in bold and the reply under it ("<b>Lina</b><br>
The government should not ..."). Thirty thousand characters of replies under a four-thousand
character story took the text (DAnIEL's and L3S-GN1's Canadian broadcaster pages; a local
paper's "The following are comments from the readers"). Such a line, once the article stands
before it (`_MIN_STORY_CHARS` in `_MIN_STORY_LINES` lines: a post's header printing "12
Comments" above its body is not cut), closes the text: what follows is the thread, its
form and its rules. A comment count inside a byline ("By Ann Lee | 3 comments") is not a
line of its own; an invitation to comment ("Leave a comment") is not read here: blogs print
it under a post's title too.
"""

from __future__ import annotations

import re

from pipeline.maintext.lexicon import COMMENTS, COMMENTS_CLOSED, ZH_COMMENT_COUNT

# The heading of the comments under a post ("《标题》已有3件评论", "共有12条评论"): it and all
# after it are the comments, once `_MIN_POST_CHARS` of text stand before it (a comment may be
# as long as the post: a reader pasting a whole article).
_COMMENTS_HEADING = re.compile(rf"^(《[^》]{{1,80}}》)?\s*{ZH_COMMENT_COUNT}\s*[:：]?$")
_MIN_POST_CHARS = 100

_MIN_STORY_CHARS = 250
_MIN_STORY_LINES = 2
_MAX_LINE = 80  # a label's line, not a sentence about comments
_MAX_NOTICE = 200  # the readers' section's opening sentence ("The following are comments ...")
_CLOSED_REST = 20  # characters after "Comments are now closed" ("for this story")
# The comments' label with a count ("13 Comment(s)", "Comments (12)", "Komentarze (5)",
# "Opinie (12)": the Polish portals' readers' opinions), or a label only the readers'
# section carries ("Readers' comments", "Leserkommentare"). Not "Selected comments" ("Wybrane
# komentarze"): a box of a few picked replies, which a template may set inside the story
# (a Polish tabloid's, between two of its sections).
_COUNTED = re.compile(
    r"^\W{0,3}(?:\d+\s*(?:" + COMMENTS + r"|opinie|opinii)(?:\s*\(s\))?|"
    r"(?:" + COMMENTS + r"|opinie)(?:\s*\(s\))?\s*[(\[]\s*\d+\s*[)\]])\W{0,3}$"
)
_READERS = re.compile(
    r"^\W{0,3}(?:(?:readers?'?|latest|recent) comments|"
    r"komentarze (?:czytelników|internautów)|opinie internautów|leserkommentare|"
    r"комментарии читателей|commentaires des lecteurs|the following are comments from|"
    # the rules of the readers' section, above its replies ("COMMENT RULES", "What you should
    # know about comments on ...", "Comment blog - Note: all comments subject to approval")
    r"comment (?:rules|guidelines|policy)|what you should know about comments|"
    r"(?:[^.!?]{0,30}\W)?all comments (?:are )?subject to approval)\b"
)
# The notice that the thread is closed ("Comments are now closed for this story"). Not a
# button showing the thread ("Show comments", "Voir les commentaires"): a toolbar may print
# it between two paragraphs of the story.
_CLOSED = tuple(
    w for w in COMMENTS_CLOSED.split("|") if not w.startswith(("show ", "view ", "voir ", "affi"))
)


def is_comments_heading(text: str) -> bool:
    """`_COMMENTS_HEADING` matches `text`: never ASCII, as its count's words are Chinese."""
    return not text.isascii() and _COMMENTS_HEADING.match(text) is not None


def opens_thread(text: str, before: list[str], linked: bool = False) -> bool:
    """True when `text`, a line of the article's container, opens the readers' comments
    (a closed thread's notice, the comments' count, a readers' label) and the lines
    `before` it hold the article (`_MIN_STORY_CHARS` in `_MIN_STORY_LINES` lines), or is a
    Chinese post's comment count (`is_comments_heading`) after `_MIN_POST_CHARS`. A count
    that is a link (`linked`: "Comments (12)" in a toolbar under the lead, jumping to the
    thread) opens nothing."""
    if is_comments_heading(text):
        return sum(map(len, before)) >= _MIN_POST_CHARS
    if len(text) > _MAX_NOTICE or len(before) < _MIN_STORY_LINES:
        return False
    key = text.lower().strip(" \t|•·-–—*:")
    if key.startswith(_CLOSED):
        found = len(text) <= _MAX_LINE and any(
            key.startswith(word) and len(key) - len(word) <= _CLOSED_REST for word in _CLOSED
        )
    else:
        found = _READERS.match(key) is not None or (
            not linked
            and len(text) <= _MAX_LINE
            and any(ch.isdigit() for ch in key)
            and _COUNTED.match(key) is not None
        )
    return found and sum(map(len, before)) >= _MIN_STORY_CHARS
