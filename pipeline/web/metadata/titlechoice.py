"""Second looks at the title `read_metadata` cut, where the page's other titles say more:

- `own_parts`: a part the cut took for a site's name although no site's name was known
  ("How we built X - an async task framework"): kept where the <title> prints the whole
  title before its own suffix, or an <h1> prints that part inside a headline;
- `later_printed`: a later <h1> printing the opening part of the <title> where the first
  one is a tagline or the site's banner (a shop's "Read e-books with X" above the book's
  name);
- `as_printed`: the title with its quotation marks as the <h1> prints them ("Fury over
  'graphic' ad" where the <title> left them out, typographic apostrophes for typed ones),
  and without the full stop a <title> closed it with where the <h1> has none.
"""

from __future__ import annotations

import re
from itertools import islice

from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.titleprefix import printed_title
from pipeline.web.metadata.titles import _TITLE_SEPARATORS_KEPT, _is_site_part, title_parts

_MAX_H1 = 4  # <h1>s read for a headline printing the title's opening part
_HEADLINE_SHARE = 0.5  # of the kept part's key an <h1> opens with, beside the dropped part
_MIN_OPENING = 4
_STOPS = ("。", "．", ".")
_QUOTES = re.compile("[\"'‘’‚‛“”„‟«»‹›]")


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
