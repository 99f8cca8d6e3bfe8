"""English kinds of session 18 (branch en18), on pages we wrote ourselves.

A captioned <figure> named as a caption itself (WordPress's `<figure class="wp-caption">`
around the picture and its `<figcaption class="wp-caption-text">`, a `<figure
class="caption">`) holds the picture and its caption: its caption is the article's, as any
<figcaption> is. A figure so named that holds several pictures is a gallery's strip:
furniture, as before.

An FAQ printed as an accordion inside the article, each question the <button> that unfolds
its answer: the question is text, as a <summary> is.

A subheading that links only to its own anchor (a permalink) is text whatever follows it
(a product's card), not only over prose as a linked title is."""

from __future__ import annotations

import pytest

from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import own_text as _own

CAPTION = "Residents queue to speak at the town hall on Tuesday evening."


def _page(body: str) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<article><h1>Council passes budget</h1>{body}</article></body></html>"
    )


def _with_box(box: str) -> str:
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return _page(f"{first}{box}{rest}")


@pytest.mark.parametrize(
    "box",
    [
        # WordPress (themes with HTML5 captions): the figure named "wp-caption" holds the
        # (linked) picture and its caption
        "<figure id='attachment_12' style='width: 310px' class='wp-caption alignleft'>"
        "<a href='/up/hall.jpg'><img src='/up/hall-300.jpg' alt='' width='300'></a>"
        f"<figcaption class='wp-caption-text'>{CAPTION}</figcaption></figure>",
        # a <figure> itself named "caption", its picture in a wrapper of hashed classes
        "<div class='image-inline-container'><figure class='image-inline caption x1f'>"
        "<div class='c0'><img src='/a.jpg' title='The town hall'></div>"
        f"<figcaption class='c9'>{CAPTION}</figcaption></figure></div>",
        # a figure named "imageCaption", its caption a <p> after the picture
        f"<figure class='imageCaption'><img src='/a.jpg'><p>{CAPTION}</p></figure>",
    ],
)
def test_caption_of_a_figure_named_caption_is_kept(box: str) -> None:
    out = _own(_with_box(box))
    assert CAPTION in out
    assert STORY[0] in out and STORY[-1] in out


def test_figure_named_caption_holding_several_pictures_is_still_dropped() -> None:
    # a gallery's strip of thumbnails with its slide caption: not a captioned figure
    box = (
        "<figure class='gallery-caption'>"
        + "".join(f"<a href='/g/{i}'><img src='/g/{i}.jpg'></a>" for i in range(4))
        + f"<p>{CAPTION}</p></figure>"
    )
    out = _own(_with_box(box))
    assert CAPTION not in out
    assert STORY[0] in out and STORY[-1] in out


# An FAQ printed as an accordion inside the article: each question is the <button> that
# unfolds its answer. Buttons are labels and go before anything is read; the answers stayed
# and read as answers to nothing.
ANSWERS = [
    "Not always: a hub is worth it once a home has a dozen gadgets from three or four brands.",
    "Most of them do, but check the box for the networks it speaks before you buy anything.",
    "Plan on about an hour the first time, most of it spent naming rooms in the phone's app.",
]


@pytest.mark.parametrize(
    "questions",
    [
        ["Do I need a hub at all?", "Will it work with my lights?", "How long does setup take?"],
        ["¿Necesito un concentrador?", "¿Funciona con mis luces?", "¿Cuánto dura la instalación?"],
    ],
)
def test_question_buttons_of_an_faq_accordion_are_text(questions: list[str]) -> None:
    cards = "".join(
        "<div class='faq-card'><button class='faq-q' type='button'>"
        f"<div>{q}</div><div class='icon'></div></button>"
        f"<div class='faq-a closed' aria-hidden='true'><p>{a}</p></div></div>"
        for q, a in zip(questions, ANSWERS, strict=True)
    )
    body = "".join(f"<p>{p}</p>" for p in STORY) + f"<h2>Questions</h2><div>{cards}</div>"
    out = _own(_page(body))
    for q, a in zip(questions, ANSWERS, strict=True):
        assert f"{q}\n{a}" in out
    assert STORY[0] in out


def test_buttons_that_ask_nothing_stay_labels() -> None:
    # a "Show more?" toggle with no answer after it, and a control's label before a panel
    panel = "<div class='panel'><p>" + ANSWERS[0] + "</p></div>"
    body = (
        "".join(f"<p>{p}</p>" for p in STORY)
        + "<button type='button'>Load more stories?</button>"
        + f"<div><button type='button'>Listen to this article</button>{panel}</div>"
    )
    out = _own(_page(body))
    assert "Load more stories" not in out and "Listen to this article" not in out


def test_question_button_inside_a_heading_of_its_card_is_text() -> None:
    questions = ["Do I need a hub at all?", "Will it work with my lights?", "How long is setup?"]
    cards = "".join(
        f"<div class='item'><h3><button aria-expanded='false'>{q}</button></h3>"
        f"<div class='panel' hidden='until-found'><p>{a}</p></div></div>"
        for q, a in zip(questions, ANSWERS, strict=True)
    )
    out = _own(_page("".join(f"<p>{p}</p>" for p in STORY) + cards))
    for q, a in zip(questions, ANSWERS, strict=True):
        assert f"{q}\n{a}" in out


# A buying guide's section headings, each its own permalink, each over a product's card (a
# name linking to the shop, a price, a list of pros) rather than over prose: a link to the
# heading's own anchor goes nowhere, and the heading is text.
_CARD = (
    "<div class='card'><h4><a href='https://shop.example/item/{i}'>Hub model {i}</a></h4>"
    "<div class='price'>$99</div><ul><li>Voice and touch controls</li>"
    "<li>Works with most lights</li></ul></div>"
)


@pytest.mark.parametrize(
    "heading",
    [
        "<a href='/guide/hubs#best-{i}' id='best-{i}' class='scroll'><h3>{t}</h3></a>",
        "<h3 id='best-{i}'><a href='#best-{i}'>{t}</a></h3>",
        "<h3><a class='anchor' id='best-{i}' href='#best-{i}'>{t}</a></h3>",
    ],
)
def test_heading_linking_to_its_own_anchor_over_a_card_is_text(heading: str) -> None:
    titles = ["Best hub for most homes", "Best hub for voice control", "Best budget hub"]
    sections = "".join(
        heading.format(i=i, t=t) + _CARD.format(i=i) + f"<p>{STORY[i + 1]}</p>"
        for i, t in enumerate(titles)
    )
    out = _own(_page(f"<p>{STORY[0]}</p>{sections}"))
    for t in titles:
        assert t in out
    assert STORY[0] in out and STORY[3] in out


def test_heading_linking_to_another_page_over_a_card_stays_out() -> None:
    # the same card under a heading that links to another page: a teaser's title
    sections = "".join(
        f"<h3><a href='/reviews/hub-{i}'>Our review of hub {i} in full</a></h3>"
        + _CARD.format(i=i)
        + f"<p>{STORY[i + 1]}</p>"
        for i in range(3)
    )
    out = _own(_page(f"<p>{STORY[0]}</p>{sections}"))
    assert "Our review of hub" not in out
