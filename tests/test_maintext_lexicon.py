"""Furniture lines and headings said in many languages (`tests.furniture_lexicon`): on a
page of an article in that language, each furniture line goes and every article sentence
stays, the one using furniture words in running text too.

The page is written here: an <article> whose paragraphs alternate article sentences and
furniture lines, so none of the furniture sits at the text's edges (where short labels go
anyway); the tags label stands over a line of tag links.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from pipeline.extract import extract_text
from pipeline.maintext import appeals, credits, labels, lexicon, linekinds
from pipeline.maintext.headings import drop_headed_furniture
from pipeline.maintext.labels import is_furniture_heading, is_furniture_label
from pipeline.text import bylines
from pipeline.web.html import parse, text_of, top_level_alternatives
from pipeline.web.metadata import person, vocabulary
from tests.furniture_lexicon import ARTICLE, MORE_FURNITURE
from tests.furniture_lexicon import FURNITURE as _FURNITURE

_HEADING_KINDS = ("related", "comments", "about_author")
FURNITURE = {lang: {**_FURNITURE[lang], **MORE_FURNITURE.get(lang, {})} for lang in _FURNITURE}


def _page(lang: str) -> str:
    sentences = ARTICLE[lang]
    furniture = FURNITURE[lang]
    body = [f"<p>{sentences[0]}</p>"]
    for i, (kind, line) in enumerate(furniture.items()):
        body.append(f"<p>{line}</p>")
        if kind == "tags":
            body.append("<p><a href='/t/1'>Alpha</a>, <a href='/t/2'>Beta</a></p>")
        body.append(f"<p>{sentences[1 + i % 2]}</p>")
    body.append(f"<p>{sentences[2]}</p>")
    return (
        f"<html lang='{lang}'><head><title>{sentences[0][:20]}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        f"<article><h1>{sentences[0][:20]}</h1>{''.join(body)}</article>"
        "<footer><a href='/c'>Contact</a></footer></body></html>"
    )


@cache
def _lines(lang: str) -> tuple[str, ...]:
    return tuple(extract_text(_page(lang)).split("\n"))


# A photo credit ("Foto: X") is a picture's caption, which the extraction keeps (but in
# English and French): it is in the table, not among the lines that must go.
_KEPT_KINDS = frozenset({"photo"})
_CASES = [(lang, kind) for lang in FURNITURE for kind in FURNITURE[lang] if kind not in _KEPT_KINDS]


@pytest.mark.parametrize(("lang", "kind"), _CASES, ids=[f"{a}-{b}" for a, b in _CASES])
def test_furniture_line_goes(lang: str, kind: str) -> None:
    line = FURNITURE[lang][kind]
    assert line not in _lines(lang)


@pytest.mark.parametrize("lang", list(ARTICLE))
def test_article_stays(lang: str) -> None:
    lines = _lines(lang)
    for sentence in ARTICLE[lang]:
        assert sentence in lines


_HEADINGS = [(lang, k) for lang in FURNITURE for k in _HEADING_KINDS if k in FURNITURE[lang]]


@pytest.mark.parametrize(("lang", "kind"), _HEADINGS, ids=[f"{a}-{b}" for a, b in _HEADINGS])
def test_furniture_heading_named(lang: str, kind: str) -> None:
    """The heading over a related list, a comment thread or an author box is read as one."""
    text = FURNITURE[lang][kind]
    assert is_furniture_heading(text)


# Lines of article text that hold a label's words, or open with a byline's word, and stay.
_TEXT_LINES = [
    "Del 2",  # a part's subheading (Danish/Norwegian "Del": share)
    "Na Ukrainie",  # Polish subheading ("na" opens Swahili bylines)
    "Von der Leyen warnt vor neuen Zöllen",
    "Por qué subió el precio de la luz",
    "Reklama w internecie rośnie najszybciej od lat",
    "Comments from the minister came late on Friday.",
    "Kilde: Ifølge ministeren er det en fejl, og det har været kendt i mange år, siger hun til avisen i dag.",
    "Seuraa meitä ei kukaan, sanoi pormestari",
    "Alle rettigheder forbeholdes ikke længere kun forlagene",
]


@pytest.mark.parametrize("line", _TEXT_LINES)
def test_text_line_is_no_label(line: str) -> None:
    assert not is_furniture_label(line)


@pytest.mark.parametrize("line", ["KOMENTARZE", "Kommentarer", "Hozzászólások", "תגובות"])
def test_bare_comments_label(line: str) -> None:
    """The comments' label without its count is one too."""
    assert is_furniture_label(line)


_PROSE = "The council met on Monday and voted to keep the library open. " * 3
_HEADING_WORDS = sorted(w for kind in labels._HEADING_KINDS for w in kind.split("|"))


def test_every_heading_label_names_a_heading_block() -> None:
    """Each label of the heading kinds (related, comments, about the author), written once in
    `labels`, names a heading's block for `drop_headed_furniture`: in capitals and between
    marks that the line lookup does not strip ("<< ... >>", a Turkish dotted capital İ)."""
    for word in _HEADING_WORDS:
        for text in (word, word.upper(), f"<< {word.upper()} >>"):
            assert is_furniture_heading(text), text
            page = (
                f"<html><body><div><h3>{text}</h3><p>x y z</p></div><p>{_PROSE}</p></body></html>"
            )
            body = parse(page)
            assert body is not None
            drop_headed_furniture(body[-1])
            assert "x y z" not in text_of(body), text


def test_heading_shapes_beyond_the_labels() -> None:
    """What only a heading says ("Most read", "3 Comments", "文章评论") is read too; a
    subheading holding the words is not."""
    for text in (
        "Most read",
        "3 Comments",
        "12 responses to “A day out”",
        "文章评论",
        "İlgili Haberler",
    ):
        assert is_furniture_heading(text), text
    for text in ("Related research on sleep", "Comments from the minister", "Over de auteurs"):
        assert not is_furniture_heading(text), text


@pytest.mark.parametrize("count", ["已有3件评论", "共有12条留言", "已有 5 個回覆", "共有2篇評論"])
def test_chinese_comment_count_is_one_vocabulary(count: str) -> None:
    """The count over a Chinese post's comments, written once (`lexicon.ZH_COMMENT_COUNT`),
    ends the text as a line and names the block under it as a heading."""
    assert is_furniture_heading(f"《标题》{count}")
    post = "今天我们去了公园，天气很好，大家都很开心。" * 6
    lines = extract_text(
        f"<html><body><article><h1>标题</h1><p>{post}</p><p>{count}</p>"
        "<p>网友甲：写得真好，谢谢分享这篇文章。</p></article></body></html>"
    ).split("\n")
    assert post in lines
    assert not any("网友甲" in line for line in lines)


@pytest.mark.parametrize(
    "line",
    ["Mots-clés\u00a0:", "Lue myös\u00a0:", "▲Lue myös", "※ Etiketler", "İlgili Haberler"],
)
def test_label_between_blanks_and_lead_marks(line: str) -> None:
    """A label before a no-break space and its colon (French typography), after a lead mark,
    or in Turkish capitals is read by the one lookup (the line patterns no longer repeat the
    labels of related lists for it)."""
    assert is_furniture_label(line)


_WHOLE_LINE_GROUP = re.compile(r"^\^\((.*)\)\\s\*\[:：\]\?\\s\*\$$")


def _whole_alternatives(pattern: str) -> list[str]:
    """The plain alternatives of `pattern` at its top level and inside a group it reads as a
    whole line (`^(...)\\s*[:：]?\\s*$`)."""
    found = []
    for alternative in top_level_alternatives(pattern):
        group = _WHOLE_LINE_GROUP.match(alternative)
        found += top_level_alternatives(group.group(1)) if group else [alternative]
    return [a for a in found if a and not re.search(r"[\\()\[\]?*+{}.^$]", a)]


@pytest.mark.parametrize(
    "pattern",
    [
        linekinds.BOILERPLATE_LINE.pattern,
        lexicon.ABOUT_AUTHOR_HEADINGS,
        lexicon.RELATED_HEADINGS,
    ],
    ids=["BOILERPLATE_LINE", "about-author", "related"],
)
def test_no_second_list_of_labels(pattern: str) -> None:
    """Every label kind is read from `labels` alone: no line or heading pattern spells one of
    its labels again (a word added there reaches every user; one kept twice drifts)."""
    words = _whole_alternatives(pattern)
    assert words  # (the test reads the pattern)
    assert not [w for w in words if labels._key(w) in labels._LINE_LABELS]


_OPENING_KINDS = {"listen": lexicon.LISTEN, "comment form": lexicon.COMMENT_FORM}
_OPENING_KINDS["comments closed"] = lexicon.COMMENTS_CLOSED


@pytest.mark.parametrize("kind", list(_OPENING_KINDS))
def test_label_opens_a_short_line(kind: str) -> None:
    """Each label of two words or more of the read-aloud player, the comment form and the
    closed comments, written once in `labels`, is read opening a short line in every language
    ("Dengarkan artikel (3 menit)", "Tulis komentar di bawah"), not only the nine languages
    the appeals and credits patterns once spelled."""
    for word in _OPENING_KINDS[kind].split("|"):
        if " " in word:
            assert is_furniture_label(f"{word.capitalize()} (3 min)"), word
            assert is_furniture_label(f"{word.capitalize()} • 4 min"), word


def test_comment_prompts_are_the_labels() -> None:
    assert labels.is_comment_prompt("Tulis komentar di bawah")
    assert labels.is_comment_prompt("Comments are closed.")
    assert not labels.is_comment_prompt("Dengarkan artikel (3 menit)")
    patterns = (appeals._COMMENTS.pattern.lower(), credits._CREDIT.pattern.lower())
    for word in "|".join(_OPENING_KINDS.values()).split("|"):
        assert not any(word in pattern for pattern in patterns), word


@pytest.mark.parametrize(
    "line", ["Reageer niet op berichten van onbekenden", "Kommentoi tätä juttua", "Print 2"]
)
def test_one_word_label_opens_no_line(line: str) -> None:
    """A label of one word opening a line may be a sentence's verb: only the whole line is."""
    assert not is_furniture_label(line)


@pytest.mark.parametrize("word", bylines.BYLINE_WORDS)
def test_byline_word_is_read_from_one_list(word: str) -> None:
    """Each byline word, written once (`pipeline.text.bylines`), puts a name after it for the
    metadata reader; those of `LINE_BYLINE_WORDS` open a byline line of the text too, the
    others only where the markup says byline ("Przez Polskę": through Poland)."""
    line = f"{word.capitalize()} Anna Kowalska"
    assert vocabulary._BYLINE.match(line), word
    assert vocabulary._BYLINE_LINE.search(line), word
    assert is_furniture_label(line) == (word in bylines.LINE_BYLINE_WORDS), word


def test_name_particles_are_one_list() -> None:
    """A byline line with a particle only the metadata reader knew ("zu", "ter", "ibn") is
    read; both read `bylines.NAME_PARTICLES`."""
    assert labels.NAME_PARTICLES is bylines.NAME_PARTICLES is person.NAME_PARTICLES
    for line in (
        "Von Karl-Theodor zu Guttenberg",
        "Door Gerard ter Borch",
        "Oleh Siti binti Ahmad",
    ):
        assert is_furniture_label(line), line


@pytest.mark.parametrize("line", ["Follow us:", "Síguenos", "Folgen Sie uns:", "Seuraa meitä"])
def test_follow_label_alone(line: str) -> None:
    """The invitation to follow the site alone on its line, over the network icons, in any
    language of `_FOLLOW_STARTS` (the line pattern spelled it in English only)."""
    assert is_furniture_label(line)


def test_permalink_label_still_goes() -> None:
    """ "Permalien" was spelled twice in the line pattern: whole and as an opening word."""
    for line in ("Permalien", "Permalien :", "Permalien : https://example.org/a/1"):
        assert linekinds.is_boilerplate_line(line), line


@pytest.mark.parametrize("line", ["分享到：", "▲分享", "【打印】", "列印 :"])
def test_chinese_share_and_print_are_labels(line: str) -> None:
    """The Chinese share and print buttons are labels of their kinds in `labels`, read with
    any marks around them (the line pattern spelled them bare)."""
    assert is_furniture_label(line)


@pytest.mark.parametrize("kind", ["tags", "byline"])
def test_colon_labels_are_the_kinds_words(kind: str) -> None:
    """Every tags label and every byline word, each written once, is read before a colon:
    "Themen: Politik", "Kirjoittaja: Matti Virtanen" (the colon list spelled 17 tags labels
    and 11 byline words again, and missed the rest)."""
    words = lexicon.TAGS.split("|") if kind == "tags" else list(bylines.BYLINE_WORDS)
    for word in words:
        assert is_furniture_label(f"{word.capitalize()}: Anna Kowalska, Jan Nowak"), word


def test_heading_pattern_is_lower_case() -> None:
    """`FURNITURE_HEADING` is matched against the lowered heading (no re.I): a capital letter
    in it would never match."""
    letters = re.sub(r"\\[A-Za-z]", "", labels.FURNITURE_HEADING.pattern)
    assert not [c for c in letters if c.isupper()]
    for text in ("3 KOMMENTARE", "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ", "İLGİLİ HABERLER", "Yazar Hakkında"):
        assert is_furniture_heading(text), text


@pytest.mark.parametrize(
    "line",
    [
        "Here's what other readers have said. Why not add your thoughts, or debate this issue?",
        "See what other readers have said below.",
        "We do not necessarily endorse the opinions expressed by readers.",
    ],
)
def test_comment_rules_pass_the_mark_gate(line: str) -> None:
    """Each of the comment section's rules holds a mark of the appeals' gate ("other readers",
    "opinions"): the gate let them through only beside another mark ("debate", "comment")."""
    assert appeals.is_appeal(line)
    assert linekinds.is_boilerplate_line(line)
