"""The date an inline script prints in the article's byline: a page whose CMS writes its
date by a call in the markup (`<script>showDate("2020/04/17 01:43:09")</script>`,
`<script>document.write(formatDate('2019-05-03'))</script>`) shows no date in its HTML, only
in the browser. Read where a page states its date nowhere else (`dates._unstructured_date`).

Only a script that is one call with a date written as a string is read: a number argument
is an id or a clock (`setCurrentTime(1200430820000)`: the time of the fetch), a comment an ad
code's creation day (`/*300*250, created 2011-11-9*/`), a longer script code. On a page with
a headline the script must sit near it (its byline), and never in the page's header (a clock
of the fetch day), comments or related items (their dates).
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from itertools import islice

from pipeline.text.dates import parse_datetime
from pipeline.web.html import HtmlElement
from pipeline.web.metadata.headline import _in_page_header, _Near
from pipeline.web.metadata.machinetimes import in_other_item
from pipeline.web.metadata.visible import _elements_before

_NAME = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
# One call (or a call inside one) whose first argument is a quoted date: "showDate('...')",
# "document.write(fmt("...", 'd.m.Y'))", in an HTML comment or not.
_CALL = re.compile(
    rf"\s*(?:<!--)?\s*{_NAME}\(\s*(?:{_NAME}\(\s*)?([\"'])([^\"'\\<>]{{6,40}})\1"
    r"[^;{}()]*\)?\s*\)\s*;?\s*(?://)?\s*(?:-->)?\s*"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # the argument's year: a date, not a code
_MAX_SCRIPT = 200  # characters of a script that is one call
_BEFORE_HEADLINE = 40  # elements before the headline a byline's script may be among
_AFTER_HEADLINE = 120  # ... and after it


def script_date(doc: HtmlElement, zone: tzinfo, near: _Near | None) -> datetime | None:
    """The date of the first inline script that writes one (`_CALL`) near the headline
    (within `_BEFORE_HEADLINE` elements before it or `_AFTER_HEADLINE` after it; anywhere
    on a page without one), outside the page's header, comments and related items; else
    None."""
    h1 = near.h1 if near is not None else None
    for script in doc.iter("script"):
        text = script.text
        if not text or len(text) > _MAX_SCRIPT or "(" not in text:
            continue
        call = _CALL.fullmatch(text)
        if call is None or _YEAR.search(call.group(2)) is None:
            continue
        found = parse_datetime(call.group(2), zone)
        if found is None or _in_page_header(script) or in_other_item(script, near):
            continue
        if h1 is None or _near_headline(script, h1):
            return found
    return None


def _near_headline(script: HtmlElement, h1: HtmlElement) -> bool:
    """True when `script` is among the elements right after the headline or right before it."""
    if h1 in islice(_elements_before(script), _AFTER_HEADLINE):
        return True
    return script in islice(_elements_before(h1), _BEFORE_HEADLINE)
