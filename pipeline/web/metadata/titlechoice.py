"""Second looks at the title `read_metadata` cut, where the page's other titles say more:

- `own_parts`: a part the cut took for a site's name although no site's name was known
  ("How we built X - an async task framework"): kept where the <title> prints the whole
  title before its own suffix, or an <h1> prints that part inside a headline;
- `later_printed`: a later <h1> printing the opening part of the <title> where the first
  one is a tagline or the site's banner (a shop's "Read e-books with X" above the book's
  name);
- `as_printed`: the title with its quotation marks as the <h1> prints them ("Fury over
  'graphic' ad" where the <title> left them out, typographic apostrophes for typed ones),
  and without the full stop a <title> closed it with where the <h1> has none;
- `retold`: on a page that names its title in <title> alone (no title meta, no JSON-LD
  headline), the <h1> that tells the same story in other words ("Amazon Alexa: 6 gadgets
  powered by the assistant" in the tab, "Here are 6 gadgets powered by Amazon's Alexa" over
  the story): the headline the reader sees, where the <title> is the search engines'.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from pipeline.text.scripts import HAN_CHAR, KANA_CHAR
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.titleprefix import _links_home, printed_title
from pipeline.web.metadata.titles import _TITLE_SEPARATORS_KEPT, _is_site_part, title_parts

_MAX_H1 = 4  # <h1>s read for a headline printing the title's opening part
_HEADLINE_SHARE = 0.5  # of the kept part's key an <h1> opens with, beside the dropped part
_MIN_OPENING = 4
_STOPS = ("。", "．", ".")
_QUOTES = re.compile("[\"'‘’‚‛“”„‟«»‹›]")
# `retold`: the words two wordings of one headline share. A word of four letters or more,
# read by its first six ("compliment" and "compliments" one word); in Chinese or Japanese,
# which write no blanks, each two characters running together.
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(f"[{HAN_CHAR}{KANA_CHAR}]")
_MIN_WORD, _STEM = 4, 6
_MIN_SHARED = 2  # words an <h1> and the <title> share, at least
_SHARED_SHARE = 0.2  # of the shorter wording's words
_MIN_LENGTH_SHARE = 0.4  # of the <title>'s words the <h1> holds: a label is shorter
_MAX_RETOLD = 150  # characters: an <h1> wrapping more than a headline (a paragraph, a form)
_MIN_LISTED, _MAX_LISTED_WORDS = 4, 4  # "trellis, arbors, weathervanes, garden accessories"
# A column's label the <h1> prints before the headline, in brackets or before a pipe
# ("【Live report】Headline", "Photo stories| Headline")
_KICKER = re.compile(r"^(?:【[^】]{1,20}】|\[[^\]]{1,20}\]|[^|｜]{1,20}[|｜])\s*(\S.*)$")
_MAX_TAIL_SHARE = 0.4  # of the title's key a tail after the headline the <h1> prints, at most


def own_parts(raw: str, title: str, page: str, h1: HtmlElement | None, keys: frozenset[str]) -> str:
    """`raw` (a page's og:title, JSON-LD headline or <title>) whole where `title` cut parts
    of it no site key names (`_is_site_part`: the unknown site's default, the first part)
    and the page says they are the headline's: the <title> (`page`) prints `raw` whole, then
    a separator and more (its own suffix), or the first <h1> opens as the kept part (half of
    its letters and digits) and prints a dropped part too. Else `title`."""
    whole = " ".join(raw.split())
    if not title or title == whole or not whole.startswith(title):
        return title
    if any(_is_site_part(part, keys) for part in title_parts(whole)):
        return title  # (a site's name was cut: the cut is the site's)
    page = " ".join(page.split())
    if page != whole and page.startswith(whole):
        rest = _TITLE_SEPARATORS_KEPT.split(page[len(whole) :], maxsplit=1)
        if len(rest) == 3 and not rest[0] and rest[2]:
            return whole  # "<og:title> - <more>": the og:title is one headline
    dropped, kept = _key(whole[len(title) :]), _key(title)
    printed = _key(text_of(h1)) if h1 is not None else ""
    opening = kept[: max(_MIN_OPENING, int(_HEADLINE_SHARE * len(kept)))]
    if dropped and dropped in printed and printed.startswith(opening):
        return whole  # the headline prints the kept part's opening, then the dropped part
    return title


def later_printed(
    doc: HtmlElement, first: HtmlElement | None, raw: str | None, title: str, keys: frozenset[str]
) -> str:
    """The text of a later <h1> that prints the opening part of `raw` (`printed_title`),
    where `first` (the headline node found) does not print `title` and no <h1> does; else
    `title`."""
    if not raw or first is None or _key(text_of(first)) == _key(title):
        return title
    heads = [h for h in islice(doc.iter("h1"), _MAX_H1) if h is not first]
    if any(_key(text_of(h)) == _key(title) for h in heads):
        return title
    for head in heads:
        printed = printed_title(head, raw, title, keys)
        if printed is not None and printed != title:
            return printed
    return title


def as_printed(h1: HtmlElement | None, title: str | None) -> str | None:
    """The <h1>'s text where it prints `title` but for its quotation marks and apostrophes
    (left out, typed or typographic) or a closing full stop, as the reader sees it; else
    `title`."""
    if h1 is None or not title:
        return title
    printed = " ".join(text_of(h1).split())
    if printed == title or _unquoted(printed) != _unquoted(title):
        return title
    # (a full stop the <h1> closes with and the title has none of is not added: a headline
    # printed as a sentence, "Poll: bad news for the cabinet.", reads as well without it)
    return title if printed.endswith(_STOPS) and not title.endswith(_STOPS) else printed


def _unquoted(text: str) -> str:
    """`text` without its quotation marks and a closing full stop, blanks collapsed."""
    return " ".join(_QUOTES.sub("", text).split()).rstrip("".join(_STOPS))


def retold(doc: HtmlElement, title: str | None) -> str | None:
    """The first of the page's first four <h1>s that retells `title` (the <title>'s headline
    on a page naming it nowhere else): two of its words or more, and a fifth of the shorter
    wording's, are the title's, and it holds two fifths of the title's words (a section's
    or the site's name holds fewer, and none of the title's words mostly); not a logo, a
    menu, a paragraph or a list of keywords set in an <h1>. `title` where an
    <h1> prints it (equal, or one inside the other: the other rules' cases) or none retells
    it. An <h1> printing a column's label, then the title's opening, and the <title> a
    section's or site's name after it: the part both print."""
    if not title:
        return title
    # (not an <h1> linking to the home page, the site's logo "<h1><a href=/>Site - Motto",
    # nor one of several links, a menu)
    h1s = [h for h in islice(doc.iter("h1"), _MAX_H1) if not _links_home(h)]
    heads = [" ".join(text_of(h).split()) for h in h1s if len(h.findall(".//a")) < 2]
    heads = [h for h in heads if h and len(h) <= _MAX_RETOLD and not _listed(h)]
    key = _key(unicodedata.normalize("NFKC", title))
    keys = [_key(unicodedata.normalize("NFKC", h)) for h in heads]
    if not key or any(k and (k in key or key in k) for k in keys):
        return title
    for head in heads:  # "【Column】Headline" over "Headline Section": the headline
        kicked = _KICKER.match(head)
        rest = _key(unicodedata.normalize("NFKC", kicked.group(1))) if kicked else ""
        if kicked and rest and key.startswith(rest):
            if len(key) - len(rest) <= _MAX_TAIL_SHARE * len(key):
                return kicked.group(1)
        if rest and rest in key:
            return title  # (the <h1> prints the title after a column's label: other rules')
    words = _words(title)
    for head in heads:
        told = _words(head)
        shared = len(words & told)
        if (
            shared >= _MIN_SHARED
            and shared >= _SHARED_SHARE * min(len(words), len(told))
            and len(told) >= _MIN_LENGTH_SHARE * len(words)
        ):
            return head
    return title


def _listed(text: str) -> bool:
    """True for a list of keywords: four items or more between commas, none over four words
    (a headline's commas join clauses)."""
    items = [item.split() for item in re.split(r"[,，、]", text)]
    return len(items) >= _MIN_LISTED and all(0 < len(item) <= _MAX_LISTED_WORDS for item in items)


def _words(text: str) -> set[str]:
    """The words of `text` `retold` compares (see `_WORD`)."""
    found: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if _UNSPACED.search(word):
            found.update(word[i : i + 2] for i in range(len(word) - 1))
        elif len(word) >= _MIN_WORD:
            found.add(word[:_STEM])
    return found
