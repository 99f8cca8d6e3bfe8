"""The shortcuts of pipeline.web.metadata give what the plain code they replace gives."""

from __future__ import annotations

import random
import sys

from pipeline.web.html import parse_document
from pipeline.web.metadata import (
    bylinelines,
    creditpatterns,
    headline,
    names,
    reportercredits,
    visible,
    vocabulary,
)

_WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
_ALPHABET = [*_WHITESPACE, "a", "b", "é", "中", "文", "\U0001f600", "\u200b", "记", "者", "作"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 12))) for _ in range(count)]


def test_one_line_is_split_and_join() -> None:
    for text in [*_WHITESPACE, "", " ", "\n  ", "a b", " a", "a ", "a  b", *_texts(1, 20000)]:
        assert visible._one_line(text) == " ".join(text.split()), repr(text)


def _old_window(node: object, size: int) -> str:
    """The window before `_Near.window` kept it: `_lines` over `_texts_after`, cut per size."""
    out: list[str] = []
    total = 0
    for text in visible._texts_after(node):  # type: ignore[arg-type]
        line = " ".join(text.split())
        if line:
            out.append(line)
            total += len(line)
        if total >= size:
            break
    return "\n".join(out)


def test_near_window_is_the_window_of_each_size_in_any_order() -> None:
    rng = random.Random(7)
    for texts in (_texts(seed, 30) for seed in range(200)):
        body = "".join(
            f"<p>{t}</p>{t}" if i % 2 else f"<div><b>{t}</b></div>" for i, t in enumerate(texts)
        )
        doc = parse_document(f"<html><body><div><h1>Title</h1>x{body}</div>tail</body></html>")
        assert doc is not None
        near = headline._Near(doc)
        for size in rng.sample([1, 2, 5, 10, 30, 100, 300, 400, 6000], 9):
            assert near.window(size) == _old_window(near.h1, size), size


def test_a_text_without_a_credit_word_holds_no_credit() -> None:
    rng = random.Random(3)
    pieces = ["（", "(", "〔", "【", "[", "）", ")", "〕", "】", "]", "／", "/", "：", ":", " ", "　",
              "、", "\n", "-", "|", "记", "記", "者", "报", "報", "道", "導", "作", "王", "昀", "加",
              "摄", "台北", "a", "기", "자", "홍길동", "=", "@"]  # fmt: skip
    for _ in range(100000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 14)))
        if not any(word in text for word in creditpatterns._CREDIT_WORDS):
            assert creditpatterns._CREDIT.search(text) is None, text


def _random_markup(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(0, 4 if depth < 5 else 0)):
        kind = rng.random()
        if kind < 0.15:
            parts.append("<!-- c -->")
        elif kind < 0.25:
            parts.append("text")
        else:
            tag = rng.choice(["div", "span", "p", "h1", "a", "section"])
            cls = rng.choice(["", ' class="byline"', ' id="author"', ' class="nav"'])
            parts.append(f"<{tag}{cls}>{_random_markup(rng, depth + 1)}</{tag}>")
    return "".join(parts)


def test_elements_before_is_the_elements_iter_gives_before_the_node_nearest_first() -> None:
    rng = random.Random(13)
    for _ in range(300):
        doc = parse_document(f"<!-- top --><html><body>{_random_markup(rng)}</body></html>")
        assert doc is not None
        elements = [el for el in doc.iter() if isinstance(el.tag, str)]
        for node in doc.iter():
            if not isinstance(node.tag, str):
                continue
            before = []
            for el in doc.iter():
                if el is node:
                    break
                if isinstance(el.tag, str):
                    before.append(el)
            assert list(visible._elements_before(node)) == before[::-1]
        assert elements


def test_key_is_the_casefolded_letters_and_digits() -> None:
    for text in ["", "ß Straße", "İstanbul", "Ǆ", "ﬁ", "Ⅻ", "٣", "²", *_texts(2, 5000)]:
        expected = "".join(ch for ch in text.casefold() if ch.isalnum())
        assert names._key(text) == expected, repr(text)


def test_credits_are_the_matches_of_the_credit_pattern_in_a_text_of_lines() -> None:
    rng = random.Random(17)
    pieces = ["（", "(", "〔", "【", "[", "）", ")", "〕", "】", "]", "／", "/", "：", ":", " ", "　",
              "、", "\n", "-", "|", "记者", "記者", "报道", "報導", "作者", "王", "昀", "加", "摄",
              "台北", "a", "。", "，", "\t", "기자", "홍길동", "박민", "사진", "·", ",", "=", "@",
              "x@y.kr", "정치부"]  # fmt: skip
    fixed = [
        "（ 王昀加王 报道）",
        "【\n王昀加王\n報導】",
        "（記者 王昀加　王庆钦／台北報導）",
        "作者：王昀",
        "x|作者：代进",
        "(서울=연합뉴스) 홍길동 기자 = 서울시는",
        "박민수·최지은 기자 =",
        "남궁민수, 제갈공명, 선우은숙 기자 = x",
        "이영희 기자 lee@example.co.kr",
    ]
    for text in fixed:
        assert (
            [m.span() for m in reportercredits._credits(text)]
            == [m.span() for m in creditpatterns._CREDIT.finditer(text)]
            != []
        )
    for _ in range(100000):
        raw = "".join(rng.choices(pieces, k=rng.randint(1, 16)))
        # a text as `_lines` makes it: collapsed lines apart by "\n"
        text = "\n".join(line for line in (" ".join(t.split()) for t in raw.split("\n")) if line)
        expected = [m.span() for m in creditpatterns._CREDIT.finditer(text)]
        assert [m.span() for m in reportercredits._credits(text)] == expected, repr(text)


def _old_marked(near: headline._Near) -> tuple[list[object], list[object]]:
    """_Near.marked before it passed over elements without a class or id."""
    bylines: list[object] = []
    dates: list[object] = []
    seen = 0
    current = near.h1
    while current is not None and seen < headline._NEAR_ELEMENTS:
        sibling = current.getnext()
        while sibling is not None and seen < headline._NEAR_ELEMENTS:
            for el in sibling.iter():
                seen += 1
                if seen >= headline._NEAR_ELEMENTS:
                    break
                attrs = el.attrib
                if not attrs:
                    continue
                if not isinstance(el.tag, str) or el.tag in headline._SKIPPED_NODES:
                    continue
                label = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
                if (
                    "author" in label
                    or "byline" in label
                    or "author" in (attrs.get("itemprop"), attrs.get("rel"))
                    or ("aut" in label and headline._BYLINE_WORD.search(label))
                ):
                    bylines.append(el)
                if headline._DATE_MARK.search(label):
                    dates.append(el)
            sibling = sibling.getnext()
        current = current.getparent()
    return bylines, dates


def test_marked_nodes_are_found_as_when_every_element_was_labelled() -> None:
    rng = random.Random(31)
    pieces = [
        "<p>x</p>",
        "<a href='/a'>a</a>",
        "<a rel='author' href='/b'>b</a>",
        "<span itemprop='author'>c</span>",
        "<div class='byline'>d</div>",
        "<div class=''>e</div>",
        "<div id='post-date'>f</div>",
        "<time class='' id='' datetime='2020'>g</time>",
        "<div class='auth-box' title='t'>h</div>",
        "<img src='i.png'>",
        "<!-- c -->",
        "<section>",
        "</section>",
    ]
    for _ in range(2000):
        after = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        doc = parse_document(f"<html><body><div><h1>Title</h1>{after}</div><p>z</p></body></html>")
        assert doc is not None
        near = headline._Near(doc, "Title")
        assert near.marked == _old_marked(near), after


def test_author_page_is_the_case_blind_search_of_the_href() -> None:
    pieces = [
        *("/", "author", "AUTHOR", "Authors", "autor", "AUTORIN", "auteurs", "journalistes"),
        *("reporter", "Writers", "columnist", "contributors", "yazarlar", "penulis", "avtor"),
        *("автор", "АВТОР", "wartawan", "szerzo", "jane-doe", "?", "#", " ", "ſ", "K", "ı", "İ"),
        *("http://example.com", "news", "article", "auth", "wrıters", "colum", "é", "x"),
    ]
    rng = random.Random(9)
    hrefs = ["", *pieces]
    for _ in range(30_000):
        parts = rng.choices(pieces, k=rng.randint(1, 7))
        if rng.random() < 0.5:  # a path of segments: "/<word>/<word>"
            parts = [p for part in parts for p in ("/", part)]
        hrefs.append("".join(parts))
    found = 0
    for href in hrefs:
        expected = headline._AUTHOR_PAGE_HREF.search(href) is not None
        assert headline.is_author_page(href) == expected, href
        found += expected
    assert 1_000 < found < len(hrefs) - 1_000


def test_byline_markup_above_the_headline_is_found_as_when_every_element_was_labelled() -> None:
    rng = random.Random(32)
    pieces = [
        *("<p>x</p>", "<a href='/a'>a</a>", "<a rel='author' href='/b'>b</a>", "<br>"),
        *("<span itemprop='author'>c</span>", "<div class='byline'>d</div>", "<img src='i'>"),
        *("<div class=''>e</div>", "<div id='author-box'>f</div>", "<span title='author'>g</span>"),
        *("<div data-author='x' class='auth'>h</div>", "<!-- c -->", "<section>", "</section>"),
    ]
    for _ in range(2000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        doc = parse_document(f"<html><body><div>{before}<h1>Title</h1></div></body></html>")
        assert doc is not None
        near = headline._Near(doc, "Title")
        assert near.h1 is not None
        window = list(visible._elements_before(near.h1))[: headline._ABOVE_ELEMENTS]
        old = [
            el for el in window if el.attrib and headline._BYLINE_MARK.search(visible._label(el))
        ]
        expected = [el for el in old if not headline._in_page_header(el)]
        assert near.above == expected, before


def test_author_label_lines_are_the_pattern_s_matches() -> None:
    pieces = [
        *("Author", "AUTHORS", "Auteure", "Autorin", "yazar", "Автор", "penulis", "szerző"),
        *(": ", ":", "：", " ", "\t", "\n", "\n\n", "Kofi Mensah", "Jonas Weber", "abc"),
        *("kasia88", "The council said on Tuesday that", "x" * 90, "王小明", "PENULİS", "ſ"),
    ]
    rng = random.Random(33)
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        expected = [(m.group(1), m.span(1)) for m in vocabulary._AUTHOR_LABEL_LINE.finditer(text)]
        got = [(m.group(1), m.span(1)) for m in bylinelines._author_labels(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 3_000


def test_the_update_label_gate_finds_what_the_case_blind_search_finds() -> None:
    """`datelabels._modified_label` skips the case-blind search on ASCII text whose lowered form
    holds no ASCII spelling of the label: the same match on every line, and sound because
    no other spelling holds a character re.I matches to an ASCII one."""
    import random
    import re

    from pipeline.web.metadata import datelabels

    for word in datelabels.MODIFIED_WORDS:
        for ch in word:
            if not ch.isascii():
                assert not any(re.fullmatch(f"(?i){re.escape(ch)}", chr(x)) for x in range(128))
    rng = random.Random(5)
    pieces = [*datelabels.MODIFIED_WORDS, "UPDATED", "Last Updated:", "MoDiFiEd", "Jan 8, 2026",
              "the list was updated", "upd", "ated", " ", "·", "|", "mis a jour", "2026-01-08",
              "Published", "text", "更新时间：", "Mis à jour le"]  # fmt: skip
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        expected = datelabels._MODIFIED_LABEL.search(line)
        found = datelabels._modified_label(line)
        assert (found and found.span()) == (expected and expected.span()), line


def test_line_search_is_the_multi_line_pattern_s_search() -> None:
    """`bylinelines._line_search` tries a "^" pattern at line starts only: the same match as
    its search, for the byline line and the dateline's reporter."""
    pieces = ["By Jane Doe", "BY JANE DOE", "Opinion | ", "| ", "\n", "\n\n", " ", "作者：王小明"]
    pieces += ["记者 李四", "Written by Ann Lee", "Της Μαρίας", "文/张三", "the council said"]
    pieces += ["KYIV, Jan 5 (Agency, Ivan Petrenko) - ", "(Reuters, Anna Smith) — ", "(", ")", ","]
    rng = random.Random(37)
    found = 0
    for pattern in (vocabulary._BYLINE_LINE, vocabulary._DATELINE_REPORTER):
        for _ in range(15_000):
            text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
            expected = pattern.search(text)
            got = bylinelines._line_search(pattern, text)
            assert (got and (got.span(), got.groups())) == (
                expected and (expected.span(), expected.groups())
            ), text
            found += expected is not None
    assert found > 5_000
