"""The publication date of a page that states none under its headline, nor in its metas,
JSON-LD article, <time>s or URL, read last: the statement a blog theme prints under the post
("This entry was posted on ...", "Dieser Beitrag wurde am ... veröffentlicht", a labelled
"Erschienen am: ..." or a byline with its date, "Von Anna am 07.04.2024"), else the date the page's
embedded state (the JSON a script holds: an app's props, a CMS's record, a JSON-LD object of a
type that is no article) gives under a publication key, else under a creation key.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from pipeline.text.dates import date_in_text, parse_datetime
from pipeline.web.html import HtmlElement, xpath
from pipeline.web.jsonvalue import json_value
from pipeline.web.metadata.datelabels import _PUBLISHED_LABEL
from pipeline.web.metadata.headline import OTHER_ITEM_WORDS, _Near
from pipeline.web.metadata.visible import _texts_after_outside

_SCRIPTS = xpath("/descendant::script[not(@src)]")
# A publication key of embedded JSON and its ISO value: "published_at":"2024-04-07T09:15:02+02:00",
# "publishedDate":"2024-04-07T07:15:02Z", \"datePublished\":\"...\" (JSON inside a JS string);
# a time with its milliseconds after a colon ("09:15:02:417Z") is read to the second.
_KEY = r'\\?"({keys})\\?"\s*:\s*\\?"'
_VALUE = (
    r"((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T ]([0-2]\d:[0-5]\d(?::[0-5]\d)?)(?:[.:]\d{{1,9}})?"
    r"(Z|[+-][01]\d:?[0-5]\d)?)?\\?\""
)
_PUBLISHED_KEYS = re.compile(
    (_KEY + _VALUE).format(
        keys="datePublished|publishedDate|publishDate|published_?[aA]t|publicationDate|"
        "firstPublished(?:At|Date)?"
    )
)
_CREATED_KEYS = re.compile((_KEY + _VALUE).format(keys="dateCreated|created_?[aA]t|creationDate"))
_STATE_MARKS = ("ublish", "reat")  # a script without one holds no such key (a fast test)
_STATE_CHARS = 2_000_000  # characters of scripts searched


def state_date(doc: HtmlElement, zone: tzinfo) -> datetime | None:
    """The date the page's embedded JSON gives first under a publication key
    (`_PUBLISHED_KEYS`), else under a creation key (`_CREATED_KEYS`: an app's record of the
    post, "createdAt"), read as a machine time; None where no script holds one. A JSON-LD
    block is read only where it is JSON."""
    texts = []
    read = 0
    for script in _SCRIPTS(doc):
        text = script.text or ""
        if read > _STATE_CHARS:
            break
        read += len(text)
        if not any(mark in text for mark in _STATE_MARKS):
            continue
        # (a JSON-LD block that is no JSON, an object and then code, states nothing)
        if "ld+json" in (script.get("type") or "") and json_value(text) is None:
            continue
        texts.append(text)
    for pattern in (_PUBLISHED_KEYS, _CREATED_KEYS):
        for text in texts:
            match = pattern.search(text)
            if match is None:
                continue
            day, clock, offset = match.group(2, 3, 4)
            found = parse_datetime(f"{day}T{clock}{offset or ''}" if clock else day, zone)
            if found is not None:
                return found
    return None


# The sentence a blog theme prints under a post to say when it went out ("This entry was
# posted on Sunday, April 7th, 2024 at 9:15 am and is filed under ...", "Dieser Beitrag
# wurde am 7. April 2024 um 09:15 veröffentlicht", "Cet article a été publié le ..."):
# its opening words, the date follows within `_STATEMENT_REACH` characters.
_POST_STATEMENT = re.compile(
    r"(?i)\b(?:this (?:entry|post|article) was (?:posted|published)|"
    r"(?:dieser|diese) (?:eintrag|beitrag|artikel|post) wurde|"
    r"cet(?:te)? (?:article|entrée|billet) a été publiée?|"
    r"est[ae] (?:entrada|artículo|publicación) fue publicad[ao]|"
    r"quest[oa] (?:articolo|voce) è stat[oa] pubblicat[oa]|"
    r"dit (?:bericht|artikel) (?:werd|is) geplaatst|"
    r"esta entrada foi publicada)"
)
# A line opening with a publication label ("Published:", "Veröffentlicht am", "Erschienen am:")
# or a byline with its date ("Von Anna am 07.04.2024, 09:15", "Posted by Ann on ...").
_BYLINE_DATE = re.compile(
    r"(?i)(?:(?:posted|written|geschrieben|publié|publicado|pubblicato|geplaatst)\s+)?"
    r"(?:by|von|par|por|di|door)\s+[^\d|:]{2,40}?\s+(?:on|am|le|el|il|op|em)\s"
)
_BYLINE_LINE = 100  # a byline with its date is short
_STATEMENT_REACH = 80
_STATEMENT_TEXT = 30000  # characters after the headline read
# Where other items' statements are: comments, readers' replies, related and popular lists.
_NOT_STATED = re.compile(rf"(?:^|[\s_-])(?:{OTHER_ITEM_WORDS}|nav|menu)", re.I)


def post_statement(near: _Near | None, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of the first statement of a post's publication (`_POST_STATEMENT`) in the
    text after the headline, outside comments and related lists; a post footer, where themes
    print it, is read."""
    if near is None or near.h1 is None:
        return None
    read = 0
    for text in _texts_after_outside(near.h1, _NOT_STATED):
        read += len(text)
        if read > _STATEMENT_TEXT:
            break
        if len(text) < 10 or not _HAS_DIGIT.search(text):
            continue
        line = " ".join(text.split())
        match = (
            _POST_STATEMENT.search(line)
            or _PUBLISHED_LABEL.match(line)
            or (_BYLINE_DATE.match(line) if len(line) <= _BYLINE_LINE else None)
        )
        if match is not None:
            found = date_in_text(line[match.end() : match.end() + _STATEMENT_REACH], zone, language)
            if found is not None:
                return found
    return None


_HAS_DIGIT = re.compile(r"\d")
