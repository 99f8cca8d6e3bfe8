"""Pages of several dated posts: comment threads and blog or forum archives.

A comment thread prints each reply under a short header holding its date and time ("re: title
2004-12-27 12:46 name", "3楼 2010-05-01 08:30"); replies are many and punctuated, so the thread
can outscore the short post above it. `drop_threads` removes such blocks before scoring, with
a forum thread's index of dated replies, a news ticker of timed headlines, and readers'
replies printed as blocks of one shape with the name and date at their head. A blog archive
or a forum page prints several posts of the same shape, each under a dated header (title,
then time); their shared container is not one article. `one_post` narrows a chosen container
to the post holding the page's headline, else the first post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from pipeline.maintext.openingpost import cut_after_opening
from pipeline.web.html import HtmlElement, Stats, Texts, drop_tree, text_of

if TYPE_CHECKING:  # (scoring imports `sections`, which imports this module)
    from pipeline.maintext.scoring import Candidates

# A numeric date then a time of day ("2004-12-27 12:46", "2005/05/17 22:11:42", "08-11 16:58",
# "3月5日 08:30"): what the header of a post or a reply carries. A time alone ("10:30") is
# not enough: a live blog's entries print one and are the article. Written as
# (?<!\d)(?:\d{2,4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)
# with its first digit taken out in front of the lookbehind ((?<!\d\d) after a digit is
# (?<!\d) before it): a pattern opening with a character class lets re skip to the digits
# instead of trying the lookbehind at every position (a fifth of the time on posts' texts).
_CLOCK = re.compile(
    r"\d(?<!\d\d)(?:\d{1,3}[-/.年]\d{1,2}|\d?)[-/.月]\d{1,2}日?\s*"
    r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)"
)


# A day, month and four-digit year, then a time ("12/1/2012 08:54"): the order English and
# European sites print a reader's signature in.
_CLOCK_DMY = re.compile(
    r"\d(?<!\d\d)\d?[-/.]\d{1,2}[-/.](?:19|20)\d\d,?\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)"
)


# A day, an English month's name and a year ("30 Nov 2020", "Nov 30, 2020"): the date a
# reader's reply prints above its text on sites that print no time (its name before it and
# its text after it may touch it: no word boundary asked).
_DAY_DATE = re.compile(
    r"(?:(?<!\d)\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? "
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? )(?:19|20)\d\d(?!\d)"
)


_DATE_HEAD_CHARS = 40  # a reply's name and date open it: a date further on is its text's
_DATE_TEXT_CHARS = 25  # a reply's text after the date (a reference list ends on its date)


def _dated_head(head: str) -> bool:
    """True when a reply's squashed `head` opens with a `_DAY_DATE` followed by its text."""
    match = _DAY_DATE.search(head, 0, _DATE_HEAD_CHARS)
    return match is not None and len(head) - match.end() >= _DATE_TEXT_CHARS


# What every `_CLOCK` match holds: a colon right before the minutes' first digit. Squashing a
# text's whitespace never brings a digit next to a colon, so a text without it has no time
# in its squashed head or tail either (`_dated_post`): a paragraph with a colon in a sentence
# ("He said: ...", "记者：") is not squashed and searched twice. Each colon apart: a literal
# first character is scanned for fast, a class of two (one outside Latin-1) a character at a
# time, and "：" is looked for only in a text that may hold it.
_COLON_MINUTES = re.compile(":[0-5]")
_WIDE_COLON_MINUTES = re.compile("：[0-5]")


def _colon_minutes(text: str) -> bool:
    """True when `text` holds a colon, ":" or "：", right before a digit 0-5."""
    return _COLON_MINUTES.search(text) is not None or (
        "：" in text and _WIDE_COLON_MINUTES.search(text) is not None
    )


def _clock(text: str) -> bool:
    """True when `text` holds a `_CLOCK` date and time; the colon every match holds is looked
    for first."""
    return ("：" in text or ":" in text) and _CLOCK.search(text) is not None


# A time, then a day, an English month's name and a year ("11:02 17-January-2012", "12:46, 27
# December 2004"): the order a reply's signature prints them in on wikis and older boards.
_CLOCK_NAMED = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?: ?[AaPp]\.?[Mm]\.?)?,? ?(?:\(\w{1,5}\),? ?)?"
    r"\d{1,2}[- ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[- ]"
    r"(?:19|20)\d\d(?!\d)"
)


def _signature(text: str) -> bool:
    """True when `text` (a reply's last characters) holds a dated time (`_clock`,
    `_CLOCK_DMY`, `_CLOCK_NAMED`)."""
    return _clock(text) or (
        ":" in text
        and (_CLOCK_DMY.search(text) is not None or _CLOCK_NAMED.search(text) is not None)
    )


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt"})
_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_REPLY_CHARS = 1500  # a reader's reply is short; a post of a blog's archive is longer
_HEADER_CHARS = 120  # a header is this short; a post's date sits in its first or last ones
_MIN_ITEMS = 3
_HEADLINE_LINK_SHARE = 0.4  # of a timed heading's text, its link's when a ticker's headline
_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:])")
_TABLE_LEVELS = frozenset({"table", "tbody", "thead"})
_LABEL = 30  # characters: what a block holding a thread and its label has left without it
_POST_LEVELS = 6  # ancestors of the chosen container searched for the list of posts
_POSTS_SHARE = 0.6  # of the list's text, the share inside its dated posts
_POST_MIN_CHARS = 100  # a post has a body beside its header
# Replies signed at their end (`_replies`) go only when holding less of the page's text: a
# forum thread's page is its posts (the first signed as replies are); comments sit under more.
_SIGNED_SHARE = 0.5


def _dated_heading(el: HtmlElement) -> bool:
    """A short heading with a dated time, or with a time and a link to another page that is a
    headline or a name before the time (a news feed's "10:17 <a>headline</a>", a reply's
    "<a>name</a> 10:17"; a live blog's timed headings link nowhere or to their own entry)."""
    if el.tag not in _HEADINGS:
        return False
    text = " ".join(text_of(el).split())
    if len(text) > _HEADER_CHARS:
        return False
    if _clock(text):
        return True
    time = _TIME.search(text)
    return time is not None and any(
        not (a.get("href") or "#").startswith("#") and _is_line_link(a, text, time.start())
        for a in el.iter("a")
    )


def _is_line_link(a: HtmlElement, heading: str, time_at: int) -> bool:
    """A link that makes a timed heading a ticker's line or a reply's header: a headline
    (`_HEADLINE_LINK_SHARE` of the heading, two words or more, one in a script written
    without spaces) or a name before the time (a reply's author: "<a>Wren</a> 10:15"). A
    permalink or a share link after an entry's time ("11:57 PM // <a>link</a>", "11:57
    <a>Share</a>") is neither: a blog's or a live blog's timed headings head its entries,
    the page's text."""
    label = " ".join(text_of(a).split())
    if not label:
        return False
    if len(label) >= _HEADLINE_LINK_SHARE * len(heading):
        if not label.isascii() or len(label.split()) >= 2:
            return True
    return 0 <= heading.find(label) < time_at


def _dated_link(el: HtmlElement) -> bool:
    """A list item of a thread's index: a short line with a link and a dated time
    ("title【user】08-11 16:58 138字")."""
    if el.tag != "li" or next(el.iter("a"), None) is None:
        return False
    text = " ".join(text_of(el).split())
    return len(text) <= _HEADER_CHARS and _clock(text)


def _candidates(body: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The blocks `_is_thread` may accept and those `_replies` may accept, each in document
    order, `body` included: a block with at least `_MIN_ITEMS` element children, as many of
    them headings or list items ("descendant-or-self::*[*[3]][count(dt|h2|h3|h4|h5|h6) >= 3
    or count(li) >= 3]"); a block with at least `_MIN_ITEMS` element children that have two
    element children of their own or more (a header and a text) and hold a colon (a time) or
    " 20" (a year) ("descendant-or-self::*[count(*[*[2]][contains(., ':') or contains(., '
    20')]) >= 3]"). One walk in Python over the element objects the page's view holds made:
    the two expressions' tests on every element took two and a half times the instructions.
    The text of a child is read only in a block with enough children of two children."""
    threads: list[HtmlElement] = []
    replies: list[HtmlElement] = []
    for el in body.iter(etree.Element):
        if len(el) < _MIN_ITEMS:
            continue  # (fewer children: fewer elements among them)
        kids = [child for child in el if isinstance(child.tag, str)]
        if len(kids) < _MIN_ITEMS:
            continue
        tags = [child.tag for child in kids]
        # (`map` of the set's own test: no generator a block)
        if sum(map(_HEADINGS.__contains__, tags)) >= _MIN_ITEMS or tags.count("li") >= _MIN_ITEMS:
            threads.append(el)
        pairs = [child for child in kids if len(child) >= 2 and _holds_two(child)]
        if len(pairs) >= _MIN_ITEMS and sum(map(_timed, pairs)) >= _MIN_ITEMS:
            replies.append(el)
    return threads, replies


def _holds_two(el: HtmlElement) -> bool:
    """True when `el` has two element children or more."""
    found = 0
    for child in el:
        if isinstance(child.tag, str):
            found += 1
            if found == 2:
                return True
    return False


def _timed(el: HtmlElement) -> bool:
    """True when the text of `el` holds a colon or " 20"."""
    text = text_of(el)
    return ":" in text or " 20" in text


def _is_thread(el: HtmlElement) -> bool:
    if not isinstance(el.tag, str) or len(el) < _MIN_ITEMS:
        return False  # fewer children cannot hold the items
    tags = [child.tag for child in el]  # the texts are read only where the tags can tell
    if sum(tag in _HEADINGS for tag in tags) >= _MIN_ITEMS:
        if sum(map(_dated_heading, el)) >= _MIN_ITEMS:
            return True
    return tags.count("li") >= _MIN_ITEMS and sum(map(_dated_link, el)) >= _MIN_ITEMS


def _replies(el: HtmlElement, signed: bool) -> bool:
    """At least `_MIN_ITEMS` children of one shape, each a reader's reply: a dated time in its
    first `_HEADER_CHARS` characters (a comment's name and date) or, when `signed`, in its last
    ones (a signature, "- name, town, 12/1/2012 08:54") or a day alone at its head (in most of
    them for <p>s); no heading (a blog's posts have titles), at most `_REPLY_CHARS` characters.
    Read without class names: pages whose classes are hashed name no comment box."""
    shapes: dict[tuple[str, str], int] = {}
    for child in el:
        if isinstance(child.tag, str):
            shape = _shape(child)
            shapes[shape] = shapes.get(shape, 0) + 1
    found: dict[tuple[str, str], int] = {}
    dated: dict[tuple[str, str], int] = {}  # those opening on a day alone (`_dated_head`)
    for child in el:
        if not isinstance(child.tag, str) or shapes[shape := _shape(child)] < _MIN_ITEMS:
            continue
        if child.tag in _ALL_HEADINGS or next(child.iter(*_ALL_HEADINGS), None) is not None:
            continue
        text = text_of(child)
        if len(text) > _REPLY_CHARS:
            continue
        head = _squashed_head(text)
        if _clock(head) or (signed and _signature(_squashed_tail(text))):
            found[shape] = found.get(shape, 0) + 1
        elif signed and _dated_head(head):
            dated[shape] = dated.get(shape, 0) + 1
    # (a day alone opening most of an article's <p>s: replies; a few: a schedule in its text)
    half = {shape: count / 2 if shape[0] == "p" else 0 for shape, count in shapes.items()}
    return any(
        found.get(shape, 0) >= _MIN_ITEMS
        or _MIN_ITEMS <= found.get(shape, 0) + dated.get(shape, 0) > half[shape]
        for shape in shapes
    )


def holds_replies(el: HtmlElement) -> bool:
    """True when `el`'s children are readers' replies dated at their head or end (`_replies`):
    an ancestor of the article holding its comment thread beside it."""
    return _replies(el, True)


def drop_threads(body: HtmlElement, texts: Texts | None = None) -> None:
    """Remove in place every block with at least `_MIN_ITEMS` children that are short
    headings carrying a dated time (a comment thread: one header per reply) or a time and a
    link away (a news ticker), or short linked list items carrying a dated time (a forum
    thread's index of replies), or short blocks of one shape opening on a dated time and
    holding no heading (readers' replies: `_replies`). The page's wrapper around
    its post and its thread is kept, but a block left with only the thread's label ("评论",
    "See also") goes with it. `texts`, the texts read so far, is cleared when a block goes."""
    thread_blocks, reply_blocks = _candidates(body)
    threads = [el for el in thread_blocks if _is_thread(el)]
    candidates = [el for el in reply_blocks if el not in threads]
    replies: list[HtmlElement] = []  # (each dropped, or cut after a forum's opening post)
    if candidates:  # (the page's text is read for them only: most pages have none)
        page = len(text_of(body))
        replies = [el for el in candidates if _replies(el, _SIGNED_SHARE * page > len(text_of(el)))]
        threads += [el for el in replies if not cut_after_opening(el, _REPLY_CHARS)]
    if (threads or replies) and texts is not None:  # (a block cut, or dropped)
        texts.clear()
    for el in threads:
        parent = el.getparent()
        drop_tree(el)
        if parent is not None and parent is not body and len(text_of(parent).strip()) <= _LABEL:
            drop_tree(parent)


def _dated_post(el: HtmlElement, st: Stats) -> bool:
    """A post: a body under a header or above a footer with a dated time (within its first
    or last `_HEADER_CHARS` characters)."""
    if st.text.get(el, 0) < _POST_MIN_CHARS:
        return False
    text = text_of(el) if len(el) else st.texts[el] or ""  # (a paragraph: its text held)
    if not _colon_minutes(text):
        return False  # no time in it at all (`_clock` wants a colon and minutes): nothing to cut
    if len(text) <= _END_CHARS:  # a short post: squashed once, its ends cut from that
        squashed = " ".join(text.split())
        if len(squashed) <= _HEADER_CHARS:
            return _clock(squashed)  # its head and its tail
        return _clock(squashed[:_HEADER_CHARS]) or _clock(squashed[-_HEADER_CHARS:])
    return _clock(_squashed_head(text)) or _clock(_squashed_tail(text))


# A post's text is squashed (whitespace runs made single spaces) from this many characters
# at either end, enough for `_HEADER_CHARS` squashed ones unless whitespace fills them.
_END_CHARS = 4 * _HEADER_CHARS


def _squashed_head(text: str) -> str:
    """The first `_HEADER_CHARS` characters of " ".join(text.split()), from the first
    `_END_CHARS` characters of `text` when they make that many: a prefix of the text squashes
    into a prefix of the squashed text (a word cut at its end into a prefix of that word)."""
    head = " ".join(text[:_END_CHARS].split())
    if len(head) < _HEADER_CHARS and len(text) > _END_CHARS:
        head = " ".join(text.split())
    return head[:_HEADER_CHARS]


def _squashed_tail(text: str) -> str:
    """The last `_HEADER_CHARS` characters of " ".join(text.split()), from the last
    `_END_CHARS` characters of `text` when they make that many (as `_squashed_head`)."""
    tail = " ".join(text[-_END_CHARS:].split())
    if len(tail) < _HEADER_CHARS and len(text) > _END_CHARS:
        tail = " ".join(text.split())
    return tail[-_HEADER_CHARS:]


def _items(el: HtmlElement) -> list[HtmlElement]:
    """`el`'s children, a layout table's rows standing for the table (a table is never a
    candidate: the posts of an archive printed as rows are the rows of the candidate's table)."""
    out: list[HtmlElement] = []
    for child in el:
        if child.tag in _TABLE_LEVELS:
            out += _items(child)
        elif isinstance(child.tag, str):
            out.append(child)
    return out


def _posts_in(el: HtmlElement, st: Stats) -> list[HtmlElement]:
    """`el`'s children (`_items`) that are dated posts of one shape (tag and class), when
    they are at least `_MIN_ITEMS` and hold most of its text; else []."""
    need = _POSTS_SHARE * st.text.get(el, 0)
    items = [
        (child, _shape(child), size)
        for child in _items(el)
        if (size := st.text.get(child, 0)) >= _POST_MIN_CHARS
    ]
    # Only a shape with enough items holding enough text can be the posts: their dates are
    # read only then (a page's wrappers, one of each shape, are not read through for dates),
    # and only until its posts so far and its items left could no longer make the posts (on
    # the usual page, undated paragraphs: through less than half of them).
    left: dict[tuple[str, str], list[int]] = {}  # shape -> [items, characters] not read
    for _child, shape, size in items:
        counts = left.setdefault(shape, [0, 0])
        counts[0] += 1
        counts[1] += size
    shapes: dict[tuple[str, str], list[HtmlElement]] = {}
    dated_chars: dict[tuple[str, str], int] = {}
    for child, shape, size in items:
        counts = left[shape]
        posts = shapes.get(shape, [])
        if len(posts) + counts[0] < _MIN_ITEMS or dated_chars.get(shape, 0) + counts[1] < need:
            continue  # not posts, whatever the rest of its items hold
        counts[0] -= 1
        counts[1] -= size
        if _dated_post(child, st):
            shapes.setdefault(shape, []).append(child)
            dated_chars[shape] = dated_chars.get(shape, 0) + size
    for posts in shapes.values():
        if len(posts) >= _MIN_ITEMS and sum(st.text.get(p, 0) for p in posts) >= need:
            return posts
    return []


def _shape(el: HtmlElement) -> tuple[str, str]:
    return el.tag, el.get("class") or ""


def one_post(top: HtmlElement, cands: Candidates, headline: HtmlElement | None) -> HtmlElement:
    """`top`, or, when it is or sits in a list of dated posts of one shape (`_posts_in`), the
    best-scoring candidate of one post: the one holding the page's `headline`, else the
    first."""
    st = cands.stats
    node: HtmlElement | None = top
    posts: list[HtmlElement] = []
    for _ in range(_POST_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return top
        posts = _posts_in(node, st)
        if posts:
            break
        node = node.getparent()
    if not posts:
        return top
    chosen = posts[0]
    if headline is not None:
        line = set(headline.iterancestors())
        chosen = next((post for post in posts if post in line), chosen)
    inside = [el for el in chosen.iter() if cands.final(el) > 0]
    return max(inside, key=cands.final) if inside else chosen
