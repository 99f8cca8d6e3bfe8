"""decks27: three kinds of deck the deck search missed (pipeline.web.deckfind), on pages of
our own. A deck paragraph opened by its `<time>` (read as a dateline by its clock), a deck
printed after a row of tag links in a list (each tag was one more short block, and a list a
widget's), and a deck named by the French "hat" (chapeau) or the Danish "manchet". A form's
choices in a list, and a time alone, still keep the sample sentence after them out."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

HEADLINE = "The harbour opens its new container terminal"
DECK = (
    "Four years of works end on Monday, and two shipping lines move their weekly calls to "
    "the new quay."
)


def _page(between: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{HEADLINE} | Harbour Daily</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/port'>Port</a></nav><main>"
        f"<div class='k1'><h1 class='k2'>{HEADLINE}</h1>{between}</div>"
        f"<div class='k3'>{body}</div></main></body></html>"
    )


def test_a_deck_opened_by_its_time_opens_the_text_without_the_time() -> None:
    between = f"<div class='k4'></div><p class='k5'><time>16:45</time> {DECK}</p>"
    assert own_paragraphs(_page(between)) == [DECK, *STORY]


def test_a_time_alone_under_the_headline_is_no_deck() -> None:
    between = "<p class='k5'><time>16:45</time> Monday</p>"
    assert own_paragraphs(_page(between)) == STORY


def test_the_deck_after_a_row_of_tag_links_opens_the_text() -> None:
    tags = "".join(f"<li><a href='/t/{w.lower()}'>{w}</a></li>" for w in ("Port", "City", "Jobs"))
    between = (
        "<div class='k6'><time datetime='2024-05-12T14:10'>12.5.2024 14:10</time></div>"
        f"<ul class='k7'>{tags}</ul><div class='k8'><h3 class='k9'>{DECK}</h3></div>"
    )
    assert own_paragraphs(_page(between)) == [DECK, *STORY]


def test_a_byline_and_a_row_of_tags_still_come_before_no_unnamed_deck() -> None:
    # two short blocks before the prose (a byline, then the tags): no subtitle, as before
    tags = "".join(f"<li><a href='/t/{w.lower()}'>{w}</a></li>" for w in ("Port", "City"))
    between = f"<p class='k6'>Jane Doe</p><ul>{tags}</ul><p class='k9'>{DECK}</p>"
    assert own_paragraphs(_page(between)) == STORY


def test_a_form_s_choices_in_a_list_still_keep_the_next_sentence_out() -> None:
    choices = "".join(f"<li><label>{w}</label></li>" for w in ("Small text", "Large text"))
    between = f"<ul>{choices}</ul><p class='k9'>{DECK}</p>"
    assert own_paragraphs(_page(between)) == STORY


@pytest.mark.parametrize("name", ["hat", "manchet"])
def test_a_deck_named_hat_or_manchet_opens_the_text(name: str) -> None:
    # a kicker and a summary without a stop in the French chapeau's "p.hat" (Danish
    # "manchet"), after a byline and a share bar: the block is the deck, its kicker with it
    summary = "Four years of works end on Monday as two shipping lines move to the new quay"
    between = (
        "<p class='k4'>By Jane Doe</p><p class='k4'>Share</p>"
        f"<p class='{name}'><strong class='{name}-label'>Port</strong> "
        f"<span class='{name}-txt'>{summary}</span></p>"
    )
    assert own_paragraphs(_page(between)) == [f"Port {summary}", *STORY]


ZH_HEADLINE = "港口新集装箱码头周一正式开港"
ZH_STORY = [
    "港务局周一宣布，经过四年建设的新集装箱码头正式投入使用，港口的年吞吐能力因此翻了一番。"
    "两家航运公司已经把每周的航班从邻近港口转到了这里。",
    "市议会预计到年底码头将新增三百个工作岗位，其中大部分由春季开办的培训中心的学员填补。"
    "老城区居民担心沿海公路上的货车增多，市议会承诺在二期工程开工前修好绕城公路。",
]


def _zh_page(between: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ZH_STORY)
    return (
        f"<html><head><title>{ZH_HEADLINE}_港城日报</title></head><body>"
        "<nav><a href='/'>首页</a><a href='/port'>港口</a></nav><main>"
        f"<div class='k1'><h1 class='k2'>{ZH_HEADLINE}</h1>{between}</div>"
        f"<div class='k3'>{body}</div></main></body></html>"
    )


def test_a_chinese_subtitle_of_forty_characters_opens_the_text() -> None:
    deck = "四年建设结束，新码头周一开港，两家航运公司已把每周航班转到这里，港口吞吐能力翻番。"
    assert 30 <= len(deck) < 50
    assert own_paragraphs(_zh_page(f"<p class='k5'>{deck}</p>")) == [deck, *ZH_STORY]


def test_a_short_chinese_line_under_the_headline_is_no_deck() -> None:
    line = "新码头周一开港，航运公司转来航班。"
    assert own_paragraphs(_zh_page(f"<p class='k5'>{line}</p>")) == ZH_STORY


def test_a_caption_right_after_the_picture_under_the_headline_is_no_deck() -> None:
    caption = (
        "新码头周一开港，两家航运公司已把每周航班转到这里，港口吞吐能力翻番。（取自港务局脸书）"
    )
    between = f"<div class='k6'><img src='/p.jpg'><p>{caption}</p></div>"
    assert own_paragraphs(_zh_page(between)) == ZH_STORY
