"""The article a page holds elsewhere than in the text its markup shows.

A client-rendered page may show a few paragraphs that are not its article (the site's "about"
blurb, a notice, a newsletter box: the only prose left in the shell) while the article sits
in its JSON-LD `articleBody` or in the application state the page hydrates from. `core` reads
those bodies where the markup shows next to nothing (`core._THIN_DOM_CHARS`); here they are
taken where the markup shows more, up to `OTHER_DOM_CHARS` characters, that share few of
their words with a body `_BODY_RATIO` times longer: text about something else. A teaser,
or one page of an article whose body holds every page, shares nearly all its words with the
body and stays as shown.
"""

from __future__ import annotations

import re

from pipeline.maintext.embedded import state_paragraphs

OTHER_DOM_CHARS = 3000
# The body must be this many times longer than the text shown (the article, beside a blurb).
_BODY_RATIO = 2
# Shown text sharing less than this share of its words with the body is about something else
# (a teaser shares all of its words, a blurb beside the article a few).
_MAX_SHARED = 0.4
# Words of five letters or more: "the", "and", "with" are shared by any two English texts.
_WORD = re.compile(r"\w{5,}")
# A script holding an article holds a sentence's stop every so many characters of it, and
# at least so many (a script of settings holds few: its dots stand in names and addresses).
_CHARS_A_SENTENCE = 300
_MIN_SENTENCES = 5
# A run of the shown text's opening looked for, as written, in the state's scripts.
_SNIPPET = re.compile(r"\w[\w ]{11,}")
_SNIPPET_CHARS = 24


def article_elsewhere(
    shown: list[str],
    size: int,
    body: list[str],
    scripts: list[tuple[str, str]],
    titles: frozenset[str],
) -> list[str]:
    """The paragraphs of the page's JSON-LD body (`body`), else of its application state
    (`scripts`), when they are `_BODY_RATIO` times longer than the `size` characters of the
    `shown` paragraphs and share little with them, and the shown text does not tell the story
    of the page's headlines (`titles`, lowered, when it has scripts); else []. (Caller:
    `size` <= `OTHER_DOM_CHARS`.)"""
    least = _BODY_RATIO * size
    if _tells_headline(shown, titles):
        return []  # (what is shown is the story the headline tells)
    if body:
        if sum(map(len, body)) >= least and _shares_little(shown, body):
            return body
        return []
    if not _may_hold_article(scripts, least) or _opening_held(shown, scripts):
        return []  # (no article there, or the state holds what is shown: not read)
    state = state_paragraphs(scripts, titles)
    if sum(map(len, state)) >= least and _shares_little(shown, state):
        return state
    return []


def _shares_little(shown: list[str], body: list[str]) -> bool:
    """True when fewer than `_MAX_SHARED` of the words of `shown` are words of `body`."""
    words = set(_WORD.findall(" ".join(shown).lower()))
    if not words:
        return False
    held = set(_WORD.findall(" ".join(body).lower()))
    return len(words & held) < _MAX_SHARED * len(words)


def _may_hold_article(scripts: list[tuple[str, str]], least: int) -> bool:
    """True when the scripts hold `least` characters or more and one of them holds prose: a
    sentence's stop (`_stops`) once every `_CHARS_A_SENTENCE` characters of `least`
    (most pages' scripts are a site's settings and trackers: counted, never parsed here)."""
    if sum(len(text) for _, text in scripts) < least:
        return False
    wanted = max(_MIN_SENTENCES, least // _CHARS_A_SENTENCE)
    for _, text in scripts:
        if len(text) >= least and _stops(text) >= wanted:
            return True
    return False


def _tells_headline(shown: list[str], titles: frozenset[str]) -> bool:
    """True when the shown text holds most of the words of the page's headlines (`titles`,
    lowered: `embedded.headlines`): it is the story the headline tells, not a blurb."""
    words = set(_WORD.findall(" ".join(titles)))
    if not words:
        return False
    told = set(_WORD.findall(" ".join(shown).lower()))
    return len(words & told) * 2 >= len(words)


def _opening_held(shown: list[str], scripts: list[tuple[str, str]]) -> bool:
    """True when a run of the opening paragraph's words (`_SNIPPET`: letters, digits and
    spaces, which JSON writes as they are) stands, as written, in one of the scripts."""
    found = _SNIPPET.search(shown[0]) if shown else None
    if found is None:
        return False
    snippet = found.group()[:_SNIPPET_CHARS]
    for _, text in scripts:
        if snippet in text:
            return True
    return False


def _stops(text: str) -> int:
    """The sentences' stops in a script: a full stop before a space or closing a JSON string,
    and "。"."""
    return text.count(". ") + text.count('."') + text.count("\u3002")
