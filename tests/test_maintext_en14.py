"""English kinds of session 14 (branch en14), on pages we wrote ourselves.

Text only a screen reader reads (a label in a class such as "sr-only", "screen-reader-text",
"off-screen") is not printed on the page: a caption's "Media caption" label, a link's "(opens
in a new window)", a category's "Posted in" are not the article's text."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY


def _article(inner: str) -> str:
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{inner}</article></body></html>"
    )


@pytest.mark.parametrize(
    "cls", ["sr-only", "screen-reader-text", "off-screen", "offscreen", "u-sr-text", "a11y-sr"]
)
def test_a_label_for_screen_readers_only_is_no_text(cls: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY[1:])
    first = STORY[0].replace(
        "container terminal", f'container terminal<span class="{cls}"> (opens in a new tab)</span>'
    )
    caption = (
        f'<figure><img src="quay.jpg"><figcaption><span class="{cls}">Media caption</span>'
        " <span>The new quay seen from the coast road</span></figcaption></figure>"
    )
    got = own_paragraphs(_article(f"<p>{first}</p>{caption}{paras}"))
    assert got == [STORY[0], "The new quay seen from the coast road", *STORY[1:]]


def test_a_long_block_so_named_is_still_read() -> None:
    # a block holding most of the page's text under such a class is the article (as with any
    # furniture word), not a label
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f'<div class="sr-only">{paras}</div>')) == STORY


# A byline without "By": the author's name, a comma, then the role or the newsroom, printed
# as the article's first line (a name and a role in two spans of a byline box).
@pytest.mark.parametrize(
    "byline",
    [
        "Maria Okafor, Business reporter, Lagos",
        "Tom Ellis,Political correspondent",
        "Ana Lima, Senior editor",
        "Priya Nair, Harbour Daily News",
    ],
)
def test_a_name_and_role_byline_opening_the_text_goes(byline: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f"<p>{byline}</p>{paras}")) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a sentence naming someone and their role: the article's
        "Maria Okafor, a business reporter in Lagos, saw the first ship come in.",
        # a place and a date, or a list of names: no role
        "Lagos, Nigeria",
        "Tom Ellis, Ana Lima",
    ],
)
def test_a_line_naming_someone_with_no_role_or_in_a_sentence_stays(line: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f"<p>{line}</p>{paras}")) == [line, *STORY]


def test_the_same_line_closing_the_text_stays() -> None:
    # under the text, a name and a role sign it (an op-ed's author), as the golds keep it
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    line = "Maria Okafor, Business reporter"
    assert own_paragraphs(_article(f"{paras}<p>{line}</p>")) == [*STORY, line]


_TEASER = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public"
    " transport by twelve percent over the next two years.",
    "Officials said the money would pay for more frequent buses on the busiest routes and for"
    " repairs to ageing tram lines across the northern districts.",
]


# A paywall's prompt under the article's teaser, in a box no class word names: asks the reader
# to subscribe or log in to read on.
@pytest.mark.parametrize(
    ("heading", "pitch"),
    [
        ("Subscribe to continue reading", "Get unlimited access to all our reporting for $1."),
        ("This article is only available to subscribers", "Already a subscriber? Log in here."),
        (
            "Keep reading with a digital subscription",
            "You've read 5 of 5 free articles this month.",
        ),
        ("Para seguir leyendo, suscríbete", "¿Ya eres suscriptor? Inicia sesión"),
        ("Weiterlesen mit Plus", "Dieser Artikel ist nur für Abonnenten sichtbar."),
    ],
)
def test_a_paywall_prompt_under_the_teaser_goes(heading: str, pitch: str) -> None:
    teaser = _TEASER  # the paragraphs shown before the paywall
    paras = "".join(f"<p>{p}</p>" for p in teaser)
    menu = "".join(
        f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "News", "Sport", "Opinion")
    )
    most_read = "".join(
        f'<li><a href="/{i}">{t}</a></li>'
        for i, t in enumerate(
            [
                "Storm closes schools across the region for a second day",
                "Local team wins the championship after dramatic final",
                "New bridge opens to traffic after years of delays",
            ]
        )
    )
    box = (
        f"<div class='x3'><h3>{heading}</h3><p>{pitch}</p>"
        "<a href='/subscribe'>Subscribe now</a> <a href='/login'>Already a subscriber? Log in</a></div>"
    )
    page = (
        "<html><head><title>Council approves budget - Daily Example</title></head><body>"
        f"<div class='h1x'><div class='n2'><ul>{menu}</ul></div></div>"
        "<div class='k9x'><div class='q1'><h1>Council approves transport budget</h1>"
        f"<div class='b8'>{paras}</div>{box}</div>"
        f"<div class='z7'><h3>Most read</h3><ul>{most_read}</ul></div></div>"
        "<div class='f3'><p>© 2024 Daily Example. All rights reserved.</p>"
        "<a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></div></body></html>"
    )
    assert own_paragraphs(page) == teaser


def test_a_sentence_about_subscribers_stays() -> None:
    line = (
        "Readers who subscribe to continue reading the port's weekly bulletin will find the"
        " timetable of the new terminal in its next issue."
    )
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    assert own_paragraphs(_article(f"{paras}<p>{line}</p>")) == [*STORY, line]


# A newsletter box with no form inside the text: its name, its pitch and a "Sign up" link to
# the site's newsletters page, in blocks no class word names.
@pytest.mark.parametrize(
    ("href", "label"),
    [
        ("/newsletters", "Sign up"),
        ("https://example.com/subscribe?src=box", "Subscribe now"),
        ("/newsletter/abonnement", "Abonnez-vous"),
        ("/boletines", "Suscríbete"),
    ],
)
def test_a_newsletter_box_linking_to_its_sign_up_page_goes(href: str, label: str) -> None:
    paras = [f"<p>{p}</p>" for p in STORY]
    box = (
        "<div class='q5'><p><strong>The Harbour Brief</strong></p>"
        "<p>Start your day with the stories that matter. Delivered every weekday.</p>"
        f"<a href='{href}'>{label}</a></div>"
    )
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<div class='k9x'><div class='q1'><h1>Harbour opens a new terminal</h1>"
        f"<div class='b8'>{''.join(paras[:2])}{box}{''.join(paras[2:])}</div></div></div>"
        "</body></html>"
    )
    assert own_paragraphs(page) == STORY


def test_a_sign_up_link_inside_a_paragraph_of_the_article_leaves_the_paragraph() -> None:
    # the block around the link is the article's paragraph, longer than a box's pitch
    line = (
        "The harbour authority, which publishes a weekly bulletin for shipping lines and"
        " residents, asked readers to <a href='/newsletters'>sign up</a> for updates on the"
        " works, and said the second phase of the terminal would open in the spring of next year."
    )
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    got = own_paragraphs(_article(f"{paras}<p>{line}</p>"))
    assert got[:4] == STORY and len(got) == 5
