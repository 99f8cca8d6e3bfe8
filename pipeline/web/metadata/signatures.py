"""Authors printed bare, with no "By" and no label, read when nothing else names one: a name
alone on a line beside the date under the headline ("Jane Doe" over "Jan. 8, 2026", "박상우"
before "2024. 5. 13. 12:52"), or after it on its line ("11.12.2019 - Jane Doe"), a Chinese
name in brackets on the date line ("2004年7月16日08:19 [ 黄宇 ] 来源：..."), and a signature
closing the article: a paragraph only a name ("Jane Doe", "— J. D.", "Autoren A und B") after
prose where it ends, or an outlet and a name in brackets ending one ("（全景网/陈祎）")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from pipeline.text.scripts import HAN_CHAR, has_han
from pipeline.text.writtendates import date_in_text
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.bylinelines import without_author_label
from pipeline.web.metadata.headline import _NOT_BYLINE, _Near
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.person import _korean_byline
from pipeline.web.metadata.rolefields import without_source
from pipeline.web.metadata.visible import _ancestry_says, _one_line
from pipeline.web.metadata.vocabulary import _MAX_HAN_NAME, _UI_WORDS

_BARE_LINES = 8  # lines after the headline a name beside the date is looked for in
_BARE_WINDOW = 400  # characters after the headline those lines are read from
_DATE_REACH = 40  # characters next to a name line, before or after it, a date stands in
_MAX_BARE_NAME = 40  # characters of a line that is only a name (or two, or three)
_NAME_SHARE = 0.8  # share of a line's letters its names must hold ("A and B": the joiner)
_MIN_PROSE = 150  # characters of a paragraph of prose
_MIN_CREDITED = 30  # characters of a Chinese paragraph a closing credit ends
_MAX_PLAIN_WORD = 25  # characters of a name in a script without capitals, blanks taken out
# Words of headings, menus and widgets set beside a date or after an article, in title case
# like a name ("Share This", "Top Stories", "Latest News", "World Politics"): no name's.
_BARE_NOT_NAME_WORDS = _UI_WORDS | {
    *"this us now news latest top stories story related popular most recent comments".split(),
    *"topics tags section home menu search print listen watch video videos photos gallery".split(),
    *"live updates update opinion editorial world politics business sports sport culture".split(),
    *"science health breaking trending newsletter subscribe advertisement sponsored".split(),
    *"external links link also contact about privacy terms previous next picks join".split(),
    *"conversation leave comment miss recommended key points fact check further reading".split(),
    # "see also", "more" in other languages ("Leia Também", "Czytaj Także", "Baca Juga")
    *"también más também ver leia lees ook juga baca anche leggi mer myös fazla ayrıca".split(),
    *"także czytaj zobacz также читайте похожие новости επίσης ειδήσεις thêm xem quan".split(),
    *"new los las san hong kong rio buenos são sao tel abu kuala".split(),  # "Hong Kong"
    *"ii iii iv vi vii viii ix xi xii xiii xiv xv".split(),  # a section's number: "II. Control"
}
_KANA = re.compile("[\u3040-\u30ff]")  # Japanese kana: a word of the page ("カテゴリー"), no name
# A Korean name standing alone: three syllables, the first one of the common surnames (a
# tool's label beside the date is none: 트위터, 카카오, 더보기), not a tool's label that
# opens with one (유튜브, 이메일, 이전글, 전체글).
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_HANGUL_NAME = re.compile(f"[{_KO_SURNAMES}][가-힣]{{2}}")
_KO_NOT_NAMES = frozenset("유튜브 이메일 이전글 전체글 공유함 인쇄함 구독함 기사원".split())
# A line running on from the one before ("MADRID —" before a linked "Rafael Nadal") or into
# the next ("kept Spain's hopes alive ..."): a text node of a sentence, not a line of its own;
# a name quoted in a sentence ("イベント「<a>Data-Centric Innovation Day</a>」を開催",
# "„<a>X</a>“").
_RUNS_ON = re.compile(r"[—–\-,:;(（，、：「『“„«‹]\s*$")
_RUNS_INTO = re.compile(r"^\s*[,.;:)\]），。、：」』”“»›]")
_SIGNATURE_LEAD = re.compile(r"^(?:[—–―-]{1,2}|/|~)\s*")  # "— J. D.", "-- Jane Doe"
_SENTENCE_END = tuple(".!?。！？…»”\"')）")
# A note under an article: "(1) Ces chiffres ...", "[2] See ...", "* Name changed".
_FOOTNOTE = re.compile(r"^(?:[(\[]\d{1,2}[)\]]|\*|\d{1,2}\.\s)")
_BRACKETED_HAN_NAME = re.compile(rf"[\[【]\s*([{HAN_CHAR}]{{2,{_MAX_HAN_NAME}}})\s*[\]】]")
# "（全景网/陈祎）", "(中新社／李四)": an outlet (…网, …社, …报, …台, …刊), a slash and a name
# closing a paragraph (a photo's credit says 图 or 摄, no outlet).
_CLOSING_CREDIT = re.compile(
    rf"[（(]\s*[^\s/／()（）]{{0,10}}[网網社报報台刊]\s*[/／]\s*"
    rf"([{HAN_CHAR}]{{2,{_MAX_HAN_NAME}}})\s*[)）]\s*$"
)


def _bare_authors(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    """The people a page names bare (see the module): beside the date under the headline,
    else in a signature closing the article."""
    if near.h1 is not None:
        lines = near.window(_BARE_WINDOW).split("\n")[:_BARE_LINES]
        alone: dict[str, list[str]] = {}  # the lines that are only a name, and its names
        names = _beside_date(lines, keys, alone) or _writer_classed(near.h1, alone)
        if names and not _captioned(near.h1, names[0]):
            return names
    return _signature(doc, keys)


# A class or id naming the writer in words other than "author" and "byline" (which the
# byline markup reads): "writer", "reporter", "journalist", "columnist", "contributor", and
# in other languages ("redaktor", "penulis", "wartawan", "yazar", "kirjoittaja", "forfatter"),
# "signature".
_WRITER_CLASS = re.compile(
    r"writer|reporter|journalist|columnist|contributor|redakt|penulis|wartawan|yazar|"
    r"kirjoittaja|forfatter|signature",
    re.I,
)
_WRITER_REACH = 80  # elements after the headline a writer-classed name is looked for in


def _writer_classed(h1: HtmlElement, candidates: dict[str, list[str]]) -> list[str]:
    """The names of a line after the headline that is only a name (`candidates`: line ->
    names, see `_beside_date`) and is the whole text of an element whose class or id, or its
    parent's, names the writer (`_WRITER_CLASS`: "<div class='writer'>Jane Doe</div>"),
    within `_WRITER_REACH` elements after the headline. A name alone under the headline with
    no such mark is read only beside a date (`_beside_date`): alone it is as often a menu's
    or a tag's."""
    if not candidates:
        return []
    for node in islice(_elements_after(h1), _WRITER_REACH):
        found = candidates.get(text_of(node).strip())
        if found and (_writer_marked(node) or _writer_marked(node.getparent())):
            return [] if _ancestry_says(node, _NOT_BYLINE) else found  # (a teaser's)
    return []


_CAPTION_REACH = 60  # elements after the headline a bare name's own element is looked for in


def _captioned(h1: HtmlElement, name: str) -> bool:
    """True when the first element after the headline whose text holds `name` is a picture's
    caption or credit (a <figcaption>, or a class or id of `_NOT_BYLINE`: "caption", "photo",
    "license"): the photographer named bare beside the date, no author."""
    for node in islice(_elements_after(h1), _CAPTION_REACH):
        if node.text and name in node.text or any(name in (c.tail or "") for c in node):
            near = [node, *islice(node.iterancestors(), 3)]
            return any(a.tag == "figcaption" for a in near) or _ancestry_says(node, _NOT_BYLINE)
    return False


def _elements_after(h1: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after the headline in document order: its following siblings and
    theirs, then those of its parent, and so up (its own descendants left out)."""
    current: HtmlElement | None = h1
    while current is not None:
        for sibling in current.itersiblings():
            for node in sibling.iter():
                if isinstance(node.tag, str):
                    yield node
        current = current.getparent()


def _writer_marked(node: HtmlElement | None) -> bool:
    if node is None:
        return False
    return bool(_WRITER_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}"))


def _beside_date(
    lines: list[str], keys: frozenset[str], alone: dict[str, list[str]] | None = None
) -> list[str]:
    """The names of the first of `lines` that is only a name, with a date within
    `_DATE_REACH` characters before or after it; or a Han name in brackets on a dated line.
    The lines read that are only a name go into `alone` (line -> names) on the way."""
    for i, line in enumerate(lines):
        bracketed = _BRACKETED_HAN_NAME.search(line) if "[" in line or "【" in line else None
        if bracketed is not None and _dated(line):
            found = split_authors(bracketed.group(1), keys)
            if found:
                return found
        names = _lone_names(line, keys)
        if names and alone is not None:
            alone.setdefault(line.strip(), names)
        fielded = False  # a name opening a line of fields, its date in a later one
        if not names:
            names = _fielded_name(line, keys)
            fielded = bool(names)
        if not names and line[:1].isdigit():
            names = _name_after_date(line, keys)
            if names and not any(has_han(n) for n in names):
                return names  # (the line opens with its date: no sentence runs into it)
        if not names or any(has_han(n) for n in names) or _in_sentence(lines, i):
            continue  # (a Han word alone beside a date is as often a menu's: 打印, 微博)
        if fielded:
            return names
        after = " ".join(lines[i + 1 : i + 6])[:_DATE_REACH]
        before = " ".join(lines[max(0, i - 5) : i])[-_DATE_REACH:]
        if _dated(after) or _dated(before):
            return names
    return []


_FIELD_BAR = re.compile(r"\s[|•·]\s")  # the bar between a byline's fields, spaced
# ... or a spaced dash after a date: "11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe"
_DATE_FIELD_END = re.compile(r"\s[|•·–—-]\s")
_MAX_DATE_FIELDS = 40  # characters of the date (and time) fields before a name


def _fielded_name(line: str, keys: frozenset[str]) -> list[str]:
    """The name opening a line of fields that prints a date in a later one ("Juan Pérez |
    Madrid | 8 ene 2026 - 14:30 CET", "Jane Doe • March 8, 2026"): `_lone_names` of the
    first field."""
    if "|" not in line and "•" not in line and "·" not in line:
        return []
    fields = _FIELD_BAR.split(line, 1)
    if len(fields) < 2:
        return []
    names = _lone_names(fields[0], keys)
    return names if names and _dated(fields[1]) else []


def _name_after_date(line: str, keys: frozenset[str]) -> list[str]:
    """The name closing a line whose fields before it are a date (and a time) only
    ("11.12.2019 - Jane Doe", "March 8, 2026 | Jane Doe"): `_lone_names` of the last field.
    (Not "Jane Doe, March 8, 2026": a dateline's place, "Bad Homburg, 8. März 2026", is
    printed so.)"""
    ends = list(_DATE_FIELD_END.finditer(line))
    if not ends or ends[-1].start() > _MAX_DATE_FIELDS:
        return []
    names = _lone_names(line[ends[-1].end() :], keys)
    return names if names and _dated(line[: ends[-1].start()]) else []


def _in_sentence(lines: list[str], i: int) -> bool:
    """True when line `i` runs on from the line before or into the line after (see `_RUNS_ON`)."""
    before = lines[i - 1] if i else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return (
        bool(_RUNS_ON.search(before))
        or before[-1:].islower()
        or after[:1].islower()
        or bool(_RUNS_INTO.match(after))
    )


def _dated(text: str) -> bool:
    return bool(text) and date_in_text(text) is not None


def _signature(doc: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The names of a paragraph that is only a name, right after a paragraph of prose in
    the same parent and followed by no more prose (the article ends: its notes may follow),
    or of an outlet and a name in brackets closing a paragraph of prose."""
    # (`doc` is the page's root: its <p>s are `//p`'s, in document order, found without an
    # XPath evaluation and its sort of the result: a third of the time)
    paragraphs = list(doc.iter("p"))
    texts = [_one_line(text_of(p)) for p in paragraphs]
    for i, text in enumerate(texts):
        if "eporting by" in text and len(text) <= _MAX_REPORTING_CREDIT:
            names = _reporting_credit(text, keys)
            if names and not _ancestry_says(paragraphs[i], _NOT_BYLINE):
                return names
        if len(text) >= _MIN_CREDITED and text.endswith((")", "）")) and _slashed(text):
            credit = _CLOSING_CREDIT.search(text)
            if credit is not None and not _ancestry_says(paragraphs[i], _NOT_BYLINE):
                return split_authors(credit.group(1), keys)
        if i == 0 or len(text) > _MAX_BARE_NAME + 3 or len(texts[i - 1]) < _MIN_PROSE:
            continue
        if not texts[i - 1].rstrip().endswith(_SENTENCE_END):
            continue
        if paragraphs[i].getparent() is not paragraphs[i - 1].getparent():
            continue
        if paragraphs[i].find(".//a[@href]") is not None:
            continue  # a link's label: a menu or a widget, not a signature
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if len(following) >= _MIN_PROSE and not _FOOTNOTE.match(following):
            continue  # prose goes on: a cross-head, not the close
        if _ancestry_says(paragraphs[i], _NOT_BYLINE):
            continue  # a comment's or a teaser's
        text = without_author_label(_SIGNATURE_LEAD.sub("", text))
        names = _lone_names(_SIGNATURE_SOURCE.sub("", text), keys)
        if names and all(map(_cased, names)):
            return names  # (in a script without capitals a line "اقرأ أيضا" is as name-shaped)
    return _closing_bio(paragraphs, texts, keys)


# A news agency's credit closing the article: "(Reporting by Jane Doe and John Roe; Editing
# by Mark Smith)", "(Reporting by A, B, with reporting by C, editing by D.)": the reporters
# named first (not the editors, nor those "Additional reporting by" adds).
_REPORTING_CREDIT = re.compile(
    r"^\(?\s*Reporting by\s+([^;()]+?)\s*(?:[;.)]|,\s*(?:with|additional|writing|editing|"
    r"edited|compiled|graphics)\b|$)",
    re.I,
)
_MAX_REPORTING_CREDIT = 300  # characters of a paragraph holding only such a credit


def _reporting_credit(text: str, keys: frozenset[str]) -> list[str]:
    """The reporters of a paragraph that is a "Reporting by ..." credit (`_REPORTING_CREDIT`),
    each a name in capitals and lower case."""
    match = _REPORTING_CREDIT.match(text)
    if match is None:
        return []
    names = split_authors(match.group(1), keys)
    return names if names and all(map(_cased, names)) else []


# The source a signature names after the writer, in brackets: "Minh Anh (theo Reuters)"
# (Vietnamese "according to"), "(tổng hợp)" (compiled), "(via AFP)", "(con información de
# EFE)", "(mit Material von dpa)", "(selon AFP)"; or the place it was written: "(à Bruxelles)".
_SIGNATURE_SOURCE = re.compile(
    r"\s*[(（](?:theo|tổng hợp|nguồn|via|with|avec|con|mit|según|secondo|selon|nach|à|in|en)"
    r"(?![^\W\d_])[^()（）]{0,40}[)）]$",
    re.I,
)
_BIO_PARAGRAPHS = 3  # paragraphs at the article's end a writer's bio is looked for in
_MAX_BIO = 300  # characters of a bio
# A writer's bio closing the article: "Jane Doe is a freelance writer based in Leeds.",
# "Jane Doe is professor of economics at ...", "Marie Dupont est journaliste.", "Anna Weber
# ist Redakteurin ...", "Juan Pérez es periodista ...": a full name, "is (a)" and a
# writer's or scholar's word.
_CLOSING_BIO = re.compile(
    r"^(?:[—–-]\s*)?(\w[\w.'’-]*(?: \w[\w.'’-]*){1,3}) (?:is|was|est|ist|es|è|é) "
    r"(?:(?:a|an|the|un|une|ein|eine|uno|una|um|uma)\s)?[^.]{0,120}?(?<![\w])"
    r"(?:writer|reporter|journalist|columnist|author|editor|correspondent|contributor|"
    r"professor|fellow|researcher|analyst|lecturer|journaliste|chroniqueur|chroniqueuse|"
    r"écrivain|écrivaine|professeur|chercheur|chercheuse|redakteur|redakteurin|journalistin|"
    r"korrespondent|korrespondentin|autor|autorin|periodista|escritor|escritora|profesor|"
    r"profesora|investigador|investigadora|giornalista|scrittore|scrittrice|jornalista|"
    r"analista|politólogo|politóloga|economista)",
)
_BIO_WRAPPERS = ("em", "i", "strong", "b")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _closing_bio(
    paragraphs: list[HtmlElement], texts: list[str], keys: frozenset[str]
) -> list[str]:
    """The writer a bio in italics or bold among the last `_BIO_PARAGRAPHS` paragraphs
    names (`_CLOSING_BIO`: "<p><em>Jane Doe is a freelance writer based in Leeds.</em></p>",
    "<p><strong>Jane Doe</strong> is a reporter covering city hall.</p>"), after prose."""
    start = max(1, len(texts) - _BIO_PARAGRAPHS)
    for i in range(len(texts) - 1, start - 1, -1):
        text = texts[i]
        if not text or len(text) > _MAX_BIO or len(texts[i - 1]) < _MIN_PROSE:
            continue
        if not _bio_wrapped(paragraphs[i]):
            continue
        match = _CLOSING_BIO.match(text)
        if match is None or match.group(1) not in text_of(paragraphs[i][0]):
            continue
        if _ancestry_says(paragraphs[i], _NOT_BYLINE):
            continue
        # each sentence of the bio may present a writer ("A is ... . B is ...": co-authors)
        found = [m.group(1) for m in map(_CLOSING_BIO.match, _SENTENCE_SPLIT.split(text)) if m]
        names = [n for name in found for n in split_authors(name, keys)]
        if names and all(_bare_shaped(n) and _cased(n) for n in names):
            return list(dict.fromkeys(names))
    return []


def _bio_wrapped(paragraph: HtmlElement) -> bool:
    """True when the paragraph opens with italics or bold, no text before it (the whole bio
    in italics, or the name in bold: the name must stand in it)."""
    if not len(paragraph) or (paragraph.text or "").strip():
        return False
    return paragraph[0].tag in _BIO_WRAPPERS


def _slashed(text: str) -> bool:
    """True when `text` holds a slash, as every `_CLOSING_CREDIT` does: the pattern, slow to
    scan for its brackets, is not tried on the paragraphs that end in a bracket without one
    ("(3-1: 4259)", "(AP)")."""
    return "/" in text or "／" in text


def _cased(name: str) -> bool:
    """True for a name in a script with capitals (Latin, Cyrillic, Greek)."""
    return any(ch.isupper() for ch in name)


def _lone_names(line: str, keys: frozenset[str]) -> list[str]:
    """The people of a line that holds one to three names and nothing else, each of a
    person's shape (`_bare_shaped`); [] otherwise."""
    line = line.strip()
    if not line or len(line) > _MAX_BARE_NAME or any(ch.isdigit() for ch in line):
        return []
    names = split_authors(line, keys)
    if not 1 <= len(names) <= 3 or not all(map(_bare_shaped, names)):
        return []
    if "\uac00" <= line[0] <= "\ud7af":
        line = _korean_byline(line)  # "글 김민수", "김민수 특파원": the name all but its lead, role
    line = without_source(line) if "heo " in line else line  # Vietnamese "Theo X": X's
    if sum(len(_key(n)) for n in names) < _NAME_SHARE * len(_key(line)):
        return []
    return names


def _bare_shaped(name: str) -> bool:
    """True for a name of a person's shape standing alone: two to four Han characters; in a
    script with capitals, two to four words, each capitalised or an initial (not all in
    capitals), none a word of headings or menus (`_BARE_NOT_NAME_WORDS`); in a script
    without (Arabic, Hindi), two to four words of at most `_MAX_PLAIN_WORD` letters in all,
    or a Korean name of three syllables; no kana."""
    if has_han(name):
        return 2 <= len(name) <= _MAX_HAN_NAME and all(has_han(ch) for ch in name)
    words = name.split()
    if _KANA.search(name):
        return False
    if not any(ch.isupper() or ch.islower() for ch in name):
        if len(words) == 1:
            return bool(_HANGUL_NAME.fullmatch(name)) and name not in _KO_NOT_NAMES
        return len(words) <= 4 and sum(map(len, words)) <= _MAX_PLAIN_WORD
    if not 2 <= len(words) <= 4 or name.isupper():
        return False  # (a line in capitals: a cross-head, "KAZAKHSTAN WINS AGAIN")
    if any(w.lower().strip(".,") in _BARE_NOT_NAME_WORDS for w in words):
        return False
    return all(w[:1].isupper() and (w[-1:].isalpha() or w.endswith(".")) for w in words)
