"""An article's `<header>` titled by an `<h2>` (the page's `<h1>` is the site's logo in its
banner) carries its deck: `prune` drops the header and leaves a deck mark for its `<h2>`
(pipeline.web.headmark `_titles_article`), which anchors the deck where the logo's `<h1>`
names no headline (pipeline.maintext.decks `deck_anchor`). A banner's menu of short `<h2>`s
leaves no mark. Markup of our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

DECK = (
    "Piogge e temporali previsti per oggi nelle regioni del porto. Il nuovo terminal apre "
    "comunque lunedì, dice l'autorità portuale."
)


def _page(banner: str, headline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>The harbour opens its new container terminal</title></head><body>"
        f"<header class='site'>{banner}</header><main><article>"
        f"<header class='entry__header'>{headline}<p class='entry__subtitle'>{DECK}</p></header>"
        f"<div class='entry__content'>{body}</div></article></main></body></html>"
    )


LOGO = "<h1 class='logo'><a href='/'>HD</a></h1>"
TITLE = "<h2 class='entry__title'>The harbour opens its new container terminal</h2>"


def test_the_deck_under_an_h2_headline_in_the_article_header_opens_the_text() -> None:
    assert own_paragraphs(_page(LOGO, TITLE)) == [DECK, *STORY]


def test_a_menu_of_short_h2s_in_the_banner_leaves_no_mark() -> None:
    menu = "".join(f"<h2>{w}</h2>" for w in ("Pop Culture", "Quizzes", "Video"))
    headline = "<h1>The harbour opens its new container terminal</h1>"
    assert own_paragraphs(_page(menu, headline)) == [DECK, *STORY]
