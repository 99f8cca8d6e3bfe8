"""The first words of a page as the block check counts them (`blocking._visible_at_least`).

A page's head with its titles made one space each, as `TITLE.sub(" ", head)` makes them, up
to the first title not closed in it, made a window at a time: the block check counts the first
words of a page, which most pages show in their first few thousand characters, and untitling
the whole head (200,000 characters) cost more than the count."""

from __future__ import annotations

import re

TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# "<title" as the case-blind `TITLE` matches it (re.I also takes the dotted and dotless i for
# "i": tested), spelled so that re looks for "<" first (with re.I it tries every character).
TITLE_START = re.compile("<[Tt][Ii\u0130\u0131][Tt][Ll][Ee]")
TAG = re.compile(r"<[^>]+>")
_COUNT_CHUNK = 2048  # characters of a head made visible text at a time
_FIRST_WINDOW = 16_384  # characters of the head untitled first; each window then doubles it


class UntitledHead:
    """`text`: the untitled head's first characters (each title closed in the head and begun
    before the end of what was read made one space), `final` when it is the whole untitled
    head; `more()` reads on. Each title is matched on the whole head, as `TITLE.sub` does."""

    def __init__(self, head: str) -> None:
        self._head = head
        self._read = 0  # the head's characters untitled so far
        self.text = ""
        self.final = False
        self.more()

    def more(self) -> str:
        """Untitle the next window of the head (as long as all read so far); the text."""
        head, done = self._head, self._read
        limit = min(len(head), done + max(done, _FIRST_WINDOW))
        parts = [self.text]
        # a "<title" begun before `limit` ends within 5 characters after it
        while (opening := TITLE_START.search(head, done, limit + 5)) is not None:
            if opening.start() >= limit:
                break
            title = TITLE.match(head, opening.start())
            if title is None:  # the first title not closed in the head ends the text
                self.text, self.final = "".join((*parts, head[done : opening.start()])), True
                return self.text
            parts += (head[done : opening.start()], " ")
            done = title.end()
        if done < limit:
            parts.append(head[done:limit])
            done = limit
        self._read = done
        self.text, self.final = "".join(parts), done >= len(head)
        return self.text


def count_visible(text: str, start: int, stop: int, need: int) -> tuple[int, bool]:
    """The visible characters of `text[start:stop]` (no code element in it), counted a chunk
    at a time until `need`, and whether its end is settled: False when a "<" no ">" follows
    ends it (that tag's characters are not counted)."""
    unfinished = text.find("<", text.rfind(">", start, stop) + 1 or start, stop)
    end = stop if unfinished < 0 else unfinished
    count = 0
    while count < need and start < end:
        cut = text.find(">", start + _COUNT_CHUNK, end) + 1 or end
        count += len(" ".join(TAG.sub(" ", text[start:cut]).split()))
        start = cut
    return count, unfinished < 0


def count_settled(text: str, start: int, need: int) -> tuple[int, int]:
    """`count_visible`'s first chunks from `start` on a text read on past `text`, where no
    script or style is settled yet: those cut at a ">" of `text`, counted until `need`, and
    where they end. They are the same chunks: every ">" here is before the script or style
    that follows (its opening holds none) and before the tag left open at its end, if any;
    `count_visible` then goes on from there as from `start`."""
    count = 0
    while count < need and (cut := text.find(">", start + _COUNT_CHUNK) + 1):
        count += len(" ".join(TAG.sub(" ", text[start:cut]).split()))
        start = cut
    return count, start
