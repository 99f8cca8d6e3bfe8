"""Kinds found on pages nobody here had seen (session 23, newspaper4k's public test pages,
read blind): article text a class names furniture, furniture a caption rule kept, the site's
notes in more languages. Made-up pages only."""

from __future__ import annotations

import pytest

from pipeline.maintext.appeals import is_appeal
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.maintext.sitenotes import is_site_note
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from tests.sample_pages import HARBOUR_STORY as STORY


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{body}</article>"
        "<footer><p>Follow us on every network</p></footer></body></html>"
    )


def test_paragraphs_each_named_for_a_paywall_are_the_article() -> None:
    """A metering script's hook on every paragraph but the first (`<p class="paywall">`),
    the paragraphs split between two blocks around an ad: the article's text."""
    first, *rest = STORY
    body = (
        f"<div class='body-inner'><p>{first}</p><p class='paywall'>{rest[0]}</p>"
        f"<p class='paywall'>{rest[1]}</p></div><div class='ad'></div>"
        f"<div class='body-inner'><p class='paywall'>{rest[2]}</p></div>"
    )
    assert own_paragraphs(_page(body)) == STORY


def test_a_paywall_prompt_in_a_paragraph_of_its_own_still_goes() -> None:
    """One paragraph so named, a prompt of a sentence: not the article."""
    prompt = "<p class='paywall'>Subscribe today to keep reading every story we publish.</p>"
    body = "".join(f"<p>{p}</p>" for p in STORY) + prompt
    assert own_paragraphs(_page(body)) == STORY


_SLIDES = [
    "Workers unload the first ship at the new quay on Monday morning.",
    "The old quay, silted up since the winter floods, stands empty.",
    "Lorries queue on the coast road outside the terminal's gate.",
]


def test_the_captions_of_hidden_slides_go() -> None:
    """A gallery shows one slide: its caption is the text's, the hidden ones' are not."""
    hidden = " style='display:none'"
    slides = "".join(
        f"<div class='slide'><img src='/{i}.jpg' alt=''>"
        f"<cite id='galleryCaption{i}'{hidden if i else ''}>{text}</cite></div>"
        for i, text in enumerate(_SLIDES)
    )
    body = f"<div class='gallery'>{slides}</div>" + "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_page(body)) == [_SLIDES[0], *STORY]


@pytest.mark.parametrize("style", ["", " style='display:block'"])
def test_a_shown_caption_stays(style: str) -> None:
    body = (
        f"<figure><img src='/a.jpg' alt=''><figcaption class='caption'{style}>{_SLIDES[0]}"
        "</figcaption></figure>" + "".join(f"<p>{p}</p>" for p in STORY)
    )
    assert own_paragraphs(_page(body)) == [_SLIDES[0], *STORY]


@pytest.mark.parametrize(
    "line",
    [
        # a typo report without the key chord: select the text, press a button
        "Kļūda rakstā?",
        "Iezīmējiet tekstu un spiediet uz Ziņot par kļūdu pogas, lai nosūtītu to redaktoram!",
        "Found an error in the article?",
        "Select the text and click the Report an error button to send it to our editors.",
        "Нашли ошибку?",
        "Выделите текст и нажмите кнопку «Сообщить об ошибке».",
        # the site disowning its readers' opinions, named without the article ("موقع": site)
        "الآراء الواردة أدناه لا تعبر عن رأي موقع الأخبار، بل تعكس وجهات نظر أصحابها فقط.",
    ],
)
def test_the_sites_notes_in_more_words_are_site_notes(line: str) -> None:
    assert is_site_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Was there an error in the article?",  # a question of the story's
        "Select the text of the treaty and you will see that the error was the minister's.",
        "Iezīmējiet kļūdas tekstā.",  # no step after the selection
        "The council found an error in the plan and asked for a new survey of the quay.",
    ],
)
def test_sentences_about_errors_stay(line: str) -> None:
    assert not is_site_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        "この記事は有料会員限定です。",
    ],
)
def test_a_japanese_paywall_prompt_goes(line: str) -> None:
    assert is_appeal(line)
    assert is_boilerplate_line(line)


def test_a_japanese_sentence_about_members_stays() -> None:
    line = "市の会員制度は来年から変わり、続けて利用する人は登録し直す必要がある。"
    assert not is_appeal(line)


_DATE = "12.05.2024 14:35"


def _article(lines: list[str], lang: str = "en", meta: str = "") -> Article:
    body = "".join(f"<p>{x}</p>" for x in [*lines, *STORY])
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Harbour opens a new terminal"
        f"</title>{meta}</head><body><main><article><h1>Harbour opens a new terminal</h1>"
        f"<div class='x2'>{body}</div></article></main></body></html>"
    )
    made = make_article(
        RawPage(url="https://news.example.org/2024/05/12/harbour", body=page.encode())
    )
    assert isinstance(made, Article)
    return made


@pytest.mark.parametrize(
    ("line", "lang", "author"),
    [
        ("Mara Quill and Tom Reed", "en", "Mara Quill, Tom Reed"),
        ("Иван Петров и Мария Сидорова", "ru", "Иван Петров, Мария Сидорова"),
        ("דנה כהן ויוסי לוי", "he", "דנה כהן, יוסי לוי"),
    ],
)
def test_a_byline_of_names_alone_beside_the_date_leaves_the_text(
    line: str, lang: str, author: str
) -> None:
    """No byline word: the metadata reads the names beside the date; the line goes."""
    made = _article([line, _DATE], lang)
    assert made.author == author
    assert line not in made.text and made.text.startswith(STORY[0][:40])


def test_a_line_naming_others_stays() -> None:
    """The author found elsewhere (a meta) is not the line's: the line is the text's."""
    made = _article(
        ["Mara Quill and Tom Reed", _DATE], meta="<meta name='author' content='Ann Lee'>"
    )
    assert made.author == "Ann Lee"
    assert "Mara Quill and Tom Reed" in made.text


@pytest.mark.parametrize(
    ("line", "lang"),
    [("News Desk", "en"), ("Haber Merkezi", "tr"), ("নিজস্ব প্রতিবেদক", "bn"), ("Redakce", "cs")],
)
def test_a_desk_where_the_byline_stands_leaves_the_text(line: str, lang: str) -> None:
    made = _article([line, _DATE], lang)
    assert made.author is None
    assert line not in made.text


def test_a_desk_name_away_from_the_date_stays() -> None:
    """Without the dateline beside it, a short line naming a newsroom may be a heading."""
    made = _article(["Haber Merkezi", STORY[0]], "tr")
    assert made.text.startswith("Haber Merkezi")


def test_a_slideshows_pager_goes() -> None:
    """Page numbers and arrows, a line each, under the article."""
    pager = "".join(f"<div>{x}</div>" for x in ["&lt;&lt;", "&lt;", "8", "11", "&gt;", "&gt;&gt;"])
    body = "".join(f"<p>{p}</p>" for p in STORY) + f"<div class='x'>{pager}</div>"
    assert own_paragraphs(_page(body)) == STORY


def test_numbers_without_an_arrow_stay() -> None:
    """A list of numbers alone (scores, a countdown) is no pager without its arrows."""
    numbers = "".join(f"<li>{n}</li>" for n in (3, 2, 1, 0))
    body = "".join(f"<p>{p}</p>" for p in STORY) + f"<ul>{numbers}</ul>"
    assert own_paragraphs(_page(body))[-4:] == ["3", "2", "1", "0"]


def test_a_galleries_slide_counters_go() -> None:
    """Each slide's caption, then its counter on a line of its own ("2 of 4"): the captions
    stay, the counters go; so does a single picture's "1 of 1"."""
    slides = "".join(
        f"<div class='slide'><div>The new quay seen from the water, view {n}</div>"
        f"<div class='count'>{n} of 4</div></div>"
        for n in range(1, 5)
    )
    body = f"<p>{STORY[0]}</p><div class='gallery'>{slides}</div>" + "".join(
        f"<p>{p}</p>" for p in STORY[1:]
    )
    text = own_paragraphs(_page(body))
    assert "The new quay seen from the water, view 3" in text, text
    assert not any(line.endswith("of 4") for line in text), text
    single = f"<p>{STORY[0]}</p><div>1 of 1</div>" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    assert own_paragraphs(_page(single)) == STORY


def test_a_lone_count_stays() -> None:
    """A count alone ("3 of 8") may be a score: a counter goes only in a series of one total."""
    body = "".join(f"<p>{p}</p>" for p in STORY) + "<div>3 of 8</div>"
    assert own_paragraphs(_page(body))[-1] == "3 of 8"
