"""`blocking._visible_at_least` gives the former answer now that it untitles the head a window
at a time (`headwords.UntitledHead`) and counts the words before a script settles where the
text ends (`headwords.count_settled`): the real function, on generated heads, with the first
window as small as a few characters (every window's edge falls inside a title, a script's tags,
a tag left open), against the former code (untitling the whole head first), copied here."""

from __future__ import annotations

import random

import pytest

from pipeline.web import blocking, headwords
from pipeline.web.blocking import _CODE_START, _TAG, _TITLE, _closing_end
from pipeline.web.headwords import TITLE_START as _TITLE_START

_FORMER_CHUNK = 2048


def _untitled_former(head: str) -> str:
    parts: list[str] = []
    done = 0
    while (opening := _TITLE_START.search(head, done)) is not None:
        title = _TITLE.match(head, opening.start())
        if title is None:
            break
        parts += (head[done : opening.start()], " ")
        done = title.end()
    parts.append(head[done : opening.start() if opening is not None else len(head)])
    return "".join(parts)


def _count_visible_former(text: str, start: int, stop: int, need: int) -> tuple[int, bool]:
    unfinished = text.find("<", text.rfind(">", start, stop) + 1 or start, stop)
    end = stop if unfinished < 0 else unfinished
    count = 0
    while count < need and start < end:
        cut = text.find(">", start + _FORMER_CHUNK, end) + 1 or end
        count += len(" ".join(_TAG.sub(" ", text[start:cut]).split()))
        start = cut
    return count, unfinished < 0


def _visible_at_least_former(head: str, need: int) -> bool:
    text = _untitled_former(head)
    count = done = 0
    unclosed: dict[str, int] = {}
    while count < need:
        opening = _CODE_START.search(text, done)
        stop = len(text) if opening is None else opening.start()
        counted, whole = _count_visible_former(text, done, stop, need - count)
        count += counted
        if opening is None or not whole:
            break
        done = _closing_end(text, opening.group(1), opening.end(), unclosed)
        if done < 0:
            break
    return count >= need


_WORDS = ("news", "the city", "Zeitung", "新闻报道", "\u0130stanbul", "ſtyle", "a" * 40, "  ")
_PIECES = (
    "<title>Page</title>",
    "<TITLE lang=en>Tí\ntle</TItle>",
    "<tİtle>x</title>",
    "<title>",  # closed later or never
    "</title>",
    "<script>var a = '<title>t</title>';</script>",
    "<script src=x.js></script>",
    "<SCRIPT>x()</SCRIPT>",
    "<ſcript>y</script>",
    "<script>",
    "</script>",
    "<style>p{}</style>",
    "<style>",
    "</style>",
    "<scripts>",
    "<p>",
    "</p>",
    "<div class='a'>",
    "<br/>",
    "<a href='/x'>",
    "<",
    ">",
    "<img alt='x > y'",
    "<!-- c -->",
)


def _head(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randrange(0, 90)):
        if rng.random() < 0.45:
            parts.append(rng.choice(_PIECES))
        else:
            parts.append(" ".join(rng.choices(_WORDS, k=rng.randrange(1, 30))))
    if rng.random() < 0.2:
        parts.insert(rng.randrange(len(parts) + 1), "w " * rng.randrange(500, 3000))
    return "".join(parts)


@pytest.mark.parametrize("window", [1, 3, 7, 16, 64, 500, 16_384])
def test_visible_at_least_as_before(window: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(headwords, "_FIRST_WINDOW", window)
    rng = random.Random(29_000 + window)
    answers = {True: 0, False: 0}
    for _ in range(1500):
        head = _head(rng)
        for need in (1, 20, 80, 600, rng.randrange(1, 4000)):
            former = _visible_at_least_former(head, need)
            assert blocking._visible_at_least(head, need) == former, (window, need, head)
            answers[former] += 1
    assert min(answers.values()) > 500  # both answers met often


def test_untitled_head_windows_join_to_the_former_text() -> None:
    rng = random.Random(7)
    for window in (1, 2, 5, 6, 11, 40):
        headwords._FIRST_WINDOW, former = window, headwords._FIRST_WINDOW
        try:
            for _ in range(400):
                head = _head(rng)
                untitled = headwords.UntitledHead(head)
                while not untitled.final:
                    untitled.more()
                assert untitled.text == _untitled_former(head)
        finally:
            headwords._FIRST_WINDOW = former
