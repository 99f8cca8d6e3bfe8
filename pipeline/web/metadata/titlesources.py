"""Which of a page's titles is read as its headline (`title_source`): the og:title, the
JSON-LD headline, the <title>, in that order, unless the page says the first is not the
headline:

- it is the site's name alone (og:title "Daily Courier" on every page of the site);
- it is cut short with an ellipsis ("Parliament passes new hou…") where a later source
  holds it whole;
- the page's <h1> prints another source (the JSON-LD headline, or the first and longest
  part of the <title>) and not it: a social og:title beside the headline two sources agree
  on. Not an <h1> of less than half the og:title ("Renters' mistakes" over "Five mistakes
  renters make before they sign a lease, and how to avoid them": a label); but where no
  og:title is, an <h1> printing the <title>'s headline outweighs a JSON-LD "headline" of
  any length (a wiki's one-line description of the subject set there).

The og:title stands for the title metas of social cards and catalogues (`reader`: og:title,
else twitter:title, else Dublin Core's title).
"""

from __future__ import annotations

from pipeline.text.normalize import decode_entities
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.titles import title_parts

_ELLIPSES = ("…", "...", "..")
_MIN_STEM = 4  # letters and digits of a cut title that say it opens a longer one
_MIN_PRINTED = 8  # letters and digits of an <h1> that says which source it prints
_MIN_SHARE = 0.5  # of the og:title's letters and digits an <h1> that chooses another holds


def title_source(
    og: str | None, headline: str | None, page: str | None, h1: str, keys: frozenset[str]
) -> str:
    """The raw title to read the headline from (see the module): `og` (og:title),
    `headline` (JSON-LD), `page` (<title>), `h1` (the first <h1>'s text), `keys` (the site's
    names, `site_keys`)."""
    # (blanks collapsed, references decoded: an og:title escaped twice, "&amp;#8212;", is read
    # as the page shows it, its key free of "8212")
    og, headline, page = (
        decode_entities(" ".join(s.split())) if s else s for s in (og, headline, page)
    )
    sources = [s for s in (og, headline, page) if s]
    if not sources:
        return ""
    while len(sources) > 1 and _key(sources[0]) in keys:
        sources = sources[1:]  # the og:title (then the JSON-LD headline) is the site's name
    first = sources[0]
    og_first = first == og
    stem = _key(_unended(first))
    if first.endswith(_ELLIPSES) and len(stem) >= _MIN_STEM:
        for later in sources[1:]:
            if _key(later).startswith(stem) and len(_key(later)) > len(stem):
                return later  # the og:title cut short: the source holding it whole
    printed = _key(h1)
    if len(sources) < 2 or len(printed) < _MIN_PRINTED or printed in keys:
        return first
    if printed in _key(first):
        return first
    # (an <h1> far shorter than the og:title names the story, a label; not where no og:title
    # is and the <h1> prints the <title>'s headline: a JSON-LD "headline" that is the page's
    # one-line description, two sources against it)
    seconded = not og_first and _opens(page or "", printed)
    if len(printed) < _MIN_SHARE * len(_key(first)) and not seconded:
        return first
    for later in sources[1:]:
        key = _key(later)
        if key == printed or (later == page and _opens(later, printed)):
            return later  # the <h1> prints another source, not the first
    return first


def _opens(title: str, printed: str) -> bool:
    """True when the first part of `title` between separators is `printed` (a key) and its
    longest part: "Headline - Site" over an <h1> "Headline", not "Blog Name: Headline" over
    an <h1> naming the blog."""
    parts = title_parts(title)
    return len(parts) > 1 and _key(parts[0]) == printed and len(parts[0]) >= max(map(len, parts))


def _unended(title: str) -> str:
    for end in _ELLIPSES:
        if title.endswith(end):
            return title[: -len(end)]
    return title
