"""Widget counters found by shape under class names that say nothing (hashed, as CSS-module
builds print them): a per-paragraph comment counter glued to the start or end of each
paragraph ("<a title='Comment'>0</a>Text"), and a gallery's slide counter ("1 of 24",
"3 / 12", "1 из 8", the current number in an element of its own). Numbers that are text
stay: a footnote's number linking to its reference, a listicle numbering its items
"1 of 5", "2 of 5" ..., a score in a sentence, a named anchor's number."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.web.counters import widget_counters
from pipeline.web.htmltree import parse

PARAGRAPHS = {
    "ru": [
        "Городские власти объявили в понедельник о закрытии крупнейшей свалки региона, которая"
        " работала больше двадцати лет и занимала сотни гектаров земли.",
        "Жители соседних посёлков жалуются, что мусоровозы теперь едут через их улицы днём и"
        " ночью, а новые полигоны ещё не готовы принимать отходы столицы.",
        "Мэрия обещает найти решение в ближайшие недели и построить два перерабатывающих завода"
        " до конца следующего года, но сроки уже дважды переносились.",
        "Экологи приветствуют закрытие, однако предупреждают, что без раздельного сбора мусора"
        " проблема просто переедет в другой район.",
    ],
    "en": [
        "The council voted on Monday to close the region's largest landfill, which has taken"
        " the city's rubbish for more than twenty years and covers hundreds of acres.",
        "People in the villages nearby say the lorries now drive through their streets day and"
        " night, and that the new sites are not ready to take the capital's waste.",
        "The mayor promised a solution within weeks and two recycling plants by the end of next"
        " year, although the dates have already slipped twice.",
        "Campaigners welcomed the closure but warned that without separate collection the"
        " problem would simply move to another district.",
    ],
    "de": [
        "Der Stadtrat hat am Montag beschlossen, die größte Deponie der Region zu schließen, die"
        " seit mehr als zwanzig Jahren den Müll der Stadt aufnimmt.",
        "Anwohner in den Nachbardörfern klagen, dass die Müllwagen nun Tag und Nacht durch ihre"
        " Straßen fahren und die neuen Standorte noch nicht bereit sind.",
        "Der Bürgermeister versprach eine Lösung binnen Wochen und zwei Recyclinganlagen bis"
        " Ende nächsten Jahres, doch die Termine wurden schon zweimal verschoben.",
        "Umweltverbände begrüßen die Schließung, warnen aber, dass das Problem ohne getrennte"
        " Sammlung nur in einen anderen Bezirk wandert.",
    ],
}
COMMENT_TITLE = {"ru": "Оставить комментарий", "en": "Comment", "de": "Kommentieren"}
SLIDE_OF = {"ru": "из", "en": "of", "de": "von"}


def _page(body: str) -> str:
    return (
        "<html><head><title>Landfill closes</title></head><body>"
        "<div class='c1a2b3'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='c9f8e7'><h1>Landfill closes</h1>{body}</div>"
        "<div class='c5d6e7'><a href='/about'>About us</a></div></body></html>"
    )


def _glued_counters(lang: str, where: str) -> str:
    def one(i: int, text: str) -> str:
        counter = f"<a class='cx{i}' title='{COMMENT_TITLE[lang]}'>{i * 3 % 7}</a>"
        return f"<p>{counter}{text}</p>" if where == "start" else f"<p>{text}{counter}</p>"

    return _page("".join(one(i, t) for i, t in enumerate(PARAGRAPHS[lang])))


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
@pytest.mark.parametrize("where", ["start", "end"])
def test_comment_counters_glued_to_paragraphs_go(lang: str, where: str) -> None:
    text = extract_text(_glued_counters(lang, where).encode(), "https://example.org/a/1")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[-len(PARAGRAPHS[lang]) :] == PARAGRAPHS[lang]


def test_comment_counter_linking_to_the_page_itself_goes() -> None:
    paras = "".join(
        f"<p><a href='#' role='button'>{i}</a>{t}</p>" for i, t in enumerate(PARAGRAPHS["en"])
    )
    text = extract_text(_page(paras).encode(), "https://example.org/a/1")
    assert all(t in text.splitlines() for t in PARAGRAPHS["en"])


def test_numbers_that_are_text_stay() -> None:
    body = (
        f"<p>{PARAGRAPHS['en'][0]}<sup><a href='#fn1'>1</a></sup></p>"
        f"<p>{PARAGRAPHS['en'][1]}</p>"
        f"<p><a href='#ref1'>1</a> {PARAGRAPHS['en'][2]}</p>"  # the footnote itself
        f"<p><a name='p4'>4</a> {PARAGRAPHS['en'][3]}</p>"  # a numbered paragraph's anchor
        "<p>The home side won <b>3</b> of 8 matches played in the league this season so far.</p>"
    )
    html = _page(body).encode()
    assert widget_counters(_body(html)) == []
    text = extract_text(html, "https://example.org/a/1")
    assert f"1 {PARAGRAPHS['en'][2]}" in text
    assert f"4 {PARAGRAPHS['en'][3]}" in text


def _gallery(lang: str, shape: str) -> str:
    of, total = SLIDE_OF[lang], 12
    counter = {
        "span-of": f"<div class='cq1'><span class='cq2'>1</span> {of} {total}</div>",
        "slash": f"<div class='cq1'><span>1</span><span> / </span><span>{total}</span></div>",
        "two-lines": f"<div class='cq1'><div>1</div><div>{of} {total}</div></div>",
        "label": f"<div class='cq1'><span>Foto</span> <span>1</span> {of} <span>{total}</span></div>",
    }[shape]
    slides = "".join(
        f"<figure class='cs{i}'><img src='/g{i}.jpg' alt=''></figure>" for i in range(1, 4)
    )
    paras = PARAGRAPHS[lang]
    return _page(
        f"<p>{paras[0]}</p><p>{paras[1]}</p>"
        f"<div class='cg0'><div class='cg1'>{counter}<div class='cg2'>{slides}</div></div></div>"
        f"<p>{paras[2]}</p><p>{paras[3]}</p>"
    )


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
@pytest.mark.parametrize("shape", ["span-of", "slash", "two-lines", "label"])
def test_gallery_slide_counter_goes(lang: str, shape: str) -> None:
    text = extract_text(_gallery(lang, shape).encode(), "https://example.org/a/1")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert not any("12" in line for line in lines), lines
    assert lines[-4:] == PARAGRAPHS[lang]


def test_listicle_numbering_its_items_stays() -> None:
    items = "".join(
        f"<div class='ci{i}'><div class='cn'><span>{i}</span></div><div class='co'>of 4</div>"
        f"<h2>Plant number {i}</h2><p>{t}</p></div>"
        for i, t in enumerate(PARAGRAPHS["en"], 1)
    )
    html = _page(items).encode()
    assert widget_counters(_body(html)) == []


def _body(html: bytes):  # noqa: ANN202
    doc = parse(html.decode())
    assert doc is not None
    body = doc.find("body")
    assert body is not None
    return body


def test_number_leaves_are_those_the_plain_expression_finds() -> None:
    """`_number_leaves` reads the leaves in Python: the same leaves, in the same order, as
    the expression it stands for."""
    import random

    from lxml import etree

    from pipeline.web import counters

    plain = etree.XPath(
        "descendant::*[not(*)][string-length(normalize-space()) < 5]"
        "[normalize-space() != ''][translate(normalize-space(), '0123456789', '') = '']"
    )
    pieces = ["1", "24", "12345", " ", "\n", "\t", "\r", "\xa0", "\u3000", "a", "x1", "١"]
    pieces += ["<!-- c -->", "<b>3</b>", "<br>", "of", "/", "&#10;", "&#160;", "7 8"]
    rng = random.Random(31)
    found = 0
    for _ in range(300):
        leaves = "".join(
            f"<{tag}>{''.join(rng.choices(pieces, k=rng.randint(0, 4)))}</{tag}>"
            for tag in rng.choices(["span", "a", "p", "div", "li"], k=30)
        )
        body = parse(f"<html><body><div>{leaves}</div></body></html>").find("body")
        assert body is not None
        expected = plain(body)
        assert counters._number_leaves(body) == expected
        found += len(expected)
    assert found > 1000
