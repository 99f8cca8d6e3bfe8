"""Paragraph emission from the chosen containers: the lines of their text, cleaned
(`pipeline.maintext.cleanline`), with furniture lines (`pipeline.maintext.linekinds`) dropped
and the text's edges trimmed (`pipeline.maintext.edges`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.maintext.appeals import is_appeal, is_appeal_title, is_long_appeal
from pipeline.maintext.cardgrid import grid_cards
from pipeline.maintext.cleanline import clean_line
from pipeline.maintext.edges import SENTENCE_CLOSED, is_colon_label, is_signature_date, trim_edges
from pipeline.maintext.flowlinks import is_flow_linked_sentence, only_paragraph
from pipeline.maintext.labels import is_comment_prompt
from pipeline.maintext.linekinds import _MAX_BOILERPLATE_LINE, is_boilerplate_line
from pipeline.maintext.linkedlists import ITEM_MAX_LINK_SHARE, is_body_list, is_sentence_list
from pipeline.maintext.pager import without_pager
from pipeline.maintext.readalso import (
    is_read_also,
    is_read_also_title,
    read_more_cards,
    without_read_more,
)
from pipeline.maintext.tables import MIN_LABELS, is_chart_labels, is_figure_table
from pipeline.maintext.threadcut import opens_thread
from pipeline.maintext.titles import (
    TITLE_TAGS,
    anchors_itself,
    card_summaries,
    is_linked_title,
)
from pipeline.text.marks import WORD
from pipeline.web.html import (
    HEADLINE_MARK,
    INLINE_TAGS,
    MAX_CAPTION_CHARS,
    HtmlElement,
    Stats,
    text_of,
)

_SKIP_TAGS = frozenset({"h1"})
# Subheadings (an <h1> not skipped is one): one closing the text heads nothing left in it (the
# box of teasers or links it headed was not the article's: "Read more", "Redaktionstipp").
_SUBHEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_HEAD_CHARS = 60
# Text above a closing subheading that makes it a box's (under it, it may title the post).
_MIN_HEADED_TEXT = 200
_SENTENCE_END_MARKS = (".", "!", "?", "…", "。", "！", "？")
_PROSE_BEFORE_HEADING = 40  # characters of text above an <h1> that make it a subheading
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "menu"})
_MAX_BLOCK_LINK_DENSITY = 0.5
_MAX_LIST_LINK_DENSITY = 0.3
_MAX_LINE_LINK_DENSITY = 0.6
# unlinked characters that keep a linky block from being skipped whole: an article's text
# with its list of related stories inside (each line is then judged by its own links)
_MIN_UNLINKED_PROSE = 1000
# A paragraph with links inside its sentence ("<a>TODAY's hosts</a> spoke to her at the arena
# for <a>the team's game against the Liberty</a> on Saturday.") may be more link than text, yet
# it is the article's: at least this many words outside its links, not a label ("Related:",
# "Read also:" before the first link) and not closed by a link (a credit line ending on the
# title it links to, an item of a list of links) keep it whatever its link density.
_SENTENCE_WORDS = 8
_SENTENCE_MARKS = ".!?;:,"  # a run closing on one, across an empty spacer from a capital
_WORD = WORD  # (a word of Devanagari or Thai whole, its vowel signs in it)

# A paragraph that is only an e-mail address (a mailto link): a contact the text points to.
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
_MAX_EMAIL = 100
# A heading that opens a site's copyright or disclaimer notice ("版权声明：", "反侵权公告：",
# "Disclaimer:", a bare "声明：" or "【声明】" alone on its line): that line and everything after
# it, in the second half of the text or followed by short lines only (the desk's telephone,
# fax and mail lines under a short article), is the notice, not the article.
_NOTICE_HEADING = re.compile(
    r"^.{0,12}(版权|侵权|免责).{0,6}(声明|公告|说明)\s*[:：]?$|"
    r"^[\[【（(]?\s*(声明|聲明)\s*[:：]?\s*[\]】）)]?$|"
    r"^(Disclaimer|Copyright notice)\s*:?$",
    re.I,
)


def _is_notice_heading(text: str) -> bool:
    """`_NOTICE_HEADING` matches `text` (not empty). On ASCII text only its English form can,
    which opens with "d" or "c" in either case (re.I takes no other ASCII letter for them):
    the pattern is not tried on the other lines of English prose."""
    if text.isascii() and text[0] not in "dDcC":
        return False
    return _NOTICE_HEADING.match(text) is not None


# A dropped line's sentence broken by <br> goes on in the next line: the dropped one ends
# without closing its sentence, the next opens with a lower-case letter ("... press
# Ctrl+Enter," / "to send it to the editor"). That rest is dropped with it, up to this long;
# not a paragraph after a label ("Advertisement" / "iPhone sales rose ...").
_MAX_BROKEN_REST = 120
_MIN_BROKEN_WORDS = 4  # a sentence's, not a label's; the rest's first word all lower case


@dataclass
class _Line:
    parts: list[str] = field(default_factory=list)
    linked: list[bool] = field(default_factory=list)  # for each part, whether inside a link
    link_chars: int = 0
    heading: bool = False  # opened by a subheading (`_SUBHEADINGS`)
    code: bool = False  # opened by a <pre>: code (a command, an address), never furniture
    listed: bool = False  # an item of the body's list of links (`is_body_list`): not a link line


@dataclass
class Emitter:
    """Walks chosen containers and collects one line per block or <br>-separated run."""

    stats: Stats
    lines: list[_Line] = field(default_factory=list)
    cur: _Line = field(default_factory=_Line)
    card_summaries: frozenset[HtmlElement] = frozenset()  # see `card_summaries`
    body_lists: set[HtmlElement] = field(default_factory=set)  # kept by `is_body_list`
    listing: bool = False  # inside one of `body_lists`

    def flush(self) -> None:
        """Close the current line (an empty one, never added to, stays open)."""
        if self.cur.parts:
            self.lines.append(self.cur)
            self.cur = _Line(listed=self.listing)

    def skip(self, el: HtmlElement) -> bool:
        """Nested blocks that are link lists, titles or a gallery's slides, not article text."""
        if el.tag in _SKIP_TAGS:
            return not (self._after_prose() and _below_headline(el))
        if el.tag == "figcaption" and self.stats.text.get(el, 0) > MAX_CAPTION_CHARS:
            return True  # a figure's caption is text, a gallery slide's paragraphs are not
        ld = self.stats.link_density(el)
        if el.tag in _LIST_TAGS and ld > _MAX_LIST_LINK_DENSITY:
            if el.tag != "table" or not self._holds_prose(el):  # (a table may be the layout)
                return not (is_sentence_list(el, self.stats) or self._body_list(el))
        if el.tag == "table" and is_figure_table(el):
            return True
        if len(el) >= MIN_LABELS and is_chart_labels(el):
            return True
        if el in self.card_summaries:
            return True
        if el.tag in INLINE_TAGS or ld <= _MAX_BLOCK_LINK_DENSITY or self._holds_prose(el):
            return False  # (an article's text with its lists of links: each line judges itself)
        if el.tag == "li" and (
            self.listing
            or (ld <= ITEM_MAX_LINK_SHARE and is_sentence_list(el.getparent(), self.stats))
        ):
            return False  # an item of sentences with linked words: the line's links judge it
        para = only_paragraph(el)
        if para is not None:
            pieces = self._pieces(para, False, [])
            if _is_linked_sentence(pieces) or self._flows(pieces):
                return False
        if el.tag in TITLE_TAGS and (is_linked_title(el, self.stats) or anchors_itself(el)):
            return False
        return not (self.stats.text.get(el, 0) < _MAX_EMAIL and _is_email(el))

    def _body_list(self, el: HtmlElement) -> bool:
        """`is_body_list` under the last line emitted (its items then read as the body's)."""
        above = next(("".join(x.parts) for x in reversed(self.lines) if x.parts), "")
        if is_body_list(el, self.stats, clean_line(above)):
            self.body_lists.add(el)
            return True
        return False

    def _holds_prose(self, el: HtmlElement) -> bool:
        """`_MIN_UNLINKED_PROSE` characters or more of text outside links: a layout table or
        block holding the article's text beside (or above) its lists of links."""
        return self.stats.text.get(el, 0) - self.stats.links.get(el, 0) >= _MIN_UNLINKED_PROSE

    def _flows(self, pieces: list[tuple[str, bool]]) -> bool:
        """`_is_flow_linked_sentence` under the last line emitted."""
        for line in reversed(self.lines):
            above = clean_line("".join(line.parts))
            if above:
                text = clean_line("".join(t for t, _ in pieces))
                return is_flow_linked_sentence(pieces, text, above)
        return False

    def _after_prose(self) -> bool:
        """True once `_PROSE_BEFORE_HEADING` characters of text are emitted: an <h1> below
        them is a subheading marked up as a headline (syndicated copy does that), not the
        page's headline over the article."""
        n = 0
        for line in self.lines:
            n += sum(len(part.strip()) for part in line.parts)
            if n >= _PROSE_BEFORE_HEADING:
                return True
        return False

    def walk(self, el: HtmlElement, in_link: bool = False) -> None:
        """Emit `el`'s text (not its tail) into lines."""
        block = el.tag not in INLINE_TAGS
        if (
            el.tag in TITLE_TAGS
            and (in_link or self.stats.link_density(el) > _MAX_BLOCK_LINK_DENSITY)
            and (is_linked_title(el, self.stats) or anchors_itself(el))
        ):
            self.flush()  # its link is a title's, not a way out of the article
            if is_read_also_title(text_of(el)):
                return  # another story's: "MIRA: <a>headline</a>"
            self._add(text_of(el), False)
            self.flush()
            return
        if block:
            self.flush()
            self.cur.heading, self.cur.code = el.tag in _SUBHEADINGS, el.tag == "pre"  # (empty)
        elif el.tag == "br":
            self.flush()
        # an <a> wrapping several lines of text is text (see pipeline.web.html.MAX_LINK_CHARS),
        # and so is a named anchor (`<a name=x>`): links only when all its text is link text
        # (`compute_stats`), not for the links inside what it wraps (an unclosed one the
        # parser stretched over the article, a section's linked heading in it)
        in_link = in_link or (el.tag == "a" and self.stats.all_linked(el))
        self._add(self.stats.texts[el], in_link)
        entering = bool(self.body_lists) and not self.listing and el in self.body_lists
        if entering:
            self.listing = self.cur.listed = True
        for child in el:
            if isinstance(child.tag, str) and not self.skip(child):
                self.walk(child, in_link)
            tail = child.tail
            if tail and not len(child) and not child.text and self._glued(tail):
                tail = " " + tail  # an empty spacer element set the words apart
            self._add(tail, in_link)
        if entering:
            self.listing = False
        if block:
            self.flush()

    def _pieces(
        self, el: HtmlElement, in_link: bool, out: list[tuple[str, bool]]
    ) -> list[tuple[str, bool]]:
        """`el`'s texts in document order, each with whether it sits inside a link (as `walk`
        reads links)."""
        if el.text:
            out.append((el.text, in_link))
        for child in el:
            if isinstance(child.tag, str):
                linked = in_link or (child.tag == "a" and self.stats.all_linked(child))
                self._pieces(child, linked, out)
            if child.tail:
                out.append((child.tail, in_link))
        return out

    def _glued(self, text: str) -> bool:
        """`text` would run into the line's last word across an empty element ("rumination
        <span class='br'></span>Meditation"): a word ending in lower case or a sentence's
        mark, one opening in upper case, no blank between."""
        parts = self.cur.parts
        if not parts or not text[0].isupper():
            return False
        last = parts[-1][-1:]
        return last.islower() or last in _SENTENCE_MARKS

    def _add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.cur.parts.append(text)
            self.cur.linked.append(in_link)
            if in_link:
                self.cur.link_chars += len(text.strip())


def _below_headline(el: HtmlElement) -> bool:
    """True when an earlier <h1>, or the mark of one pruned with its <header>, is in the tree."""
    return next(el.getroottree().iter("h1", HEADLINE_MARK)) is not el


def _is_linked_sentence(pieces: list[tuple[str, bool]]) -> bool:
    """True when texts with links among them (`pieces`: each text and whether it is inside a
    link) read as a sentence with linked words, not as links: `_SENTENCE_WORDS` words outside
    the links, no label before the first link, some text after the last one."""
    if sum(len(_WORD.findall(text)) for text, linked in pieces if not linked) < _SENTENCE_WORDS:
        return False
    head = _unlinked_run(pieces).rstrip()
    if head.endswith((":", "：")):
        return False
    if _unlinked_run(pieces[::-1]).strip():
        return True
    # closed by its link: a sentence whose second half is linked, its subject and verb before
    # the link and its stop inside it ("... was the spokesman of the insurer<a> Link4, where
    # he ran ... communication.</a>"), not a credit line closed by the title it links to
    return len(_WORD.findall(head)) >= _SENTENCE_WORDS and _closes_in_link(pieces)


def _closes_in_link(pieces: list[tuple[str, bool]]) -> bool:
    """True when the last text inside a link of `pieces` ends a sentence (`_SENTENCE_END_MARKS`)."""
    for text, linked in reversed(pieces):
        if linked and text.strip():
            return text.rstrip().endswith(_SENTENCE_END_MARKS)
    return False


def _unlinked_run(pieces: list[tuple[str, bool]]) -> str:
    """The texts of `pieces` before the first one inside a link."""
    run = []
    for text, linked in pieces:
        if linked:
            break
        run.append(text)
    return "".join(run)


def _is_email(el: HtmlElement) -> bool:
    return bool(_EMAIL_LINE.match(text_of(el).strip()))


def paragraphs_of(containers: list[HtmlElement], stats: Stats, title: str = "") -> list[str]:
    """Clean paragraphs of the chosen containers, in document order."""
    em = Emitter(
        stats,
        card_summaries=card_summaries(containers, stats)
        | grid_cards(containers, stats)
        | read_more_cards(containers, stats),
    )
    for el in containers:
        em.walk(el)
    em.flush()
    out: list[str] = []
    notices: list[int] = []  # where notice headings stood among `out`, kept or not
    kept = False  # whether the line before was kept
    broken = False  # whether the line before was dropped in mid-sentence
    heads: list[bool] = []  # for each line of `out`, whether a subheading's (`_is_head`)
    for line in em.lines:
        text = clean_line("".join(line.parts))
        if line.link_chars:  # a read-more link closing it: the label goes (a teaser with it)
            text = without_read_more(list(zip(line.parts, line.linked, strict=True)), text)
        if not text or (title and text == title):
            continue
        if broken and len(text) <= _MAX_BROKEN_REST and text.split(None, 1)[0].islower():
            continue  # the rest of the dropped line's sentence
        if _is_notice_heading(text):
            notices.append(len(out))
        elif opens_thread(text, out, bool(line.link_chars)):
            break  # the readers' comments under their count ("已有3件评论", "13 Comments")
        if not line.code and _is_dropped(line, text, out):
            if kept and (
                is_colon_label(out[-1]) or (is_appeal_title(out[-1]) and _is_appeal(text))
            ):
                out.pop()  # what introduced it: "Best prices today:", an appeal's heading
                heads.pop()
            kept = False
            broken = _is_open_sentence(text)
            continue
        out.append(text)
        kept = True
        broken = False
        heads.append(line.heading and _is_head(text))
    if len(out) > 1 and heads[-1] and not heads[-2] and _MIN_HEADED_TEXT <= sum(map(len, out[:-1])):
        out.pop()  # it heads nothing: a box taken out ("Read more"); not a run of titles
    return trim_edges(without_pager(_without_notice(out, notices)), title)


def _is_head(text: str) -> bool:
    """A subheading's words, not a sentence set as one (a pull quote, a styled paragraph):
    at most `_MAX_HEAD_CHARS`, no sentence closing them."""
    return len(text) <= _MAX_HEAD_CHARS and not text.endswith(_SENTENCE_END_MARKS)


def _is_open_sentence(text: str) -> bool:
    """A sentence of `_MIN_BROKEN_WORDS` words or more left open (no stop, no colon): not a
    label ("Advertisement"), whose next line opens a text of its own."""
    return not text.endswith(SENTENCE_CLOSED) and len(text.split()) >= _MIN_BROKEN_WORDS


def _is_dropped(line: _Line, text: str, out: list[str]) -> bool:
    """A line of links, another story's pointer (`is_read_also`) or furniture
    (`is_boilerplate_line`)."""
    if line.link_chars and is_read_also(list(zip(line.parts, line.linked, strict=True)), text):
        return True
    linky = line.link_chars > _MAX_LINE_LINK_DENSITY * len(text) and not line.listed
    if linky and not _EMAIL_LINE.match(text):
        pieces = list(zip(line.parts, line.linked, strict=True))
        if not _is_linked_sentence(pieces):
            if not (out and is_flow_linked_sentence(pieces, text, out[-1])):
                return True
            return _is_appeal(text) or is_boilerplate_line(text)
    return is_boilerplate_line(text) and not (out and is_signature_date(text, out[-1]))


def _is_appeal(line: str) -> bool:
    """An appeal (a line's or a paragraph's), or an invitation to comment (a form's label)."""
    return is_appeal(line) or is_long_appeal(line) or is_comment_prompt(line)


def _without_notice(lines: list[str], notices: list[int]) -> list[str]:
    """`lines` cut before a copyright/disclaimer notice that closes them: at the first of the
    `notices` (where its heading stood, a heading the boilerplate filter drops, "版权声明：",
    included) in their second half, or after some text and before short lines only."""
    for i in notices:
        if i >= len(lines) // 2 or (i and all(len(x) < _MAX_BOILERPLATE_LINE for x in lines[i:])):
            return lines[:i]
    return lines
