"""The deck under a headline set in a `<div>` on a page whose `<h1>` is empty
(`pipeline.maintext.decks._titled_block`), on pages we wrote: the block printing the page's
og:title whole, outside a link, anchors the deck search; a teaser's linked headline of the
same story does not, nor does a title of two words."""

from __future__ import annotations

from pipeline.maintext.container import find_headline
from pipeline.maintext.decks import deck_anchor, headline_deck
from pipeline.web.html import HtmlElement, parse, prune

TITLE = "Stronger hope of compensation lifts the airline's shares"
DECK = "The airline's shares made a flying start to the year after the maker agreed to pay."
BODY = [
    "The struggling carrier's shares rose by about six percent in the first hour of trading "
    "on Thursday, the exchange reported.",
    "Analysts said the rise had little to do with anything the carrier itself had done in "
    "the last weeks of the old year.",
    "On New Year's Eve another airline said it had agreed with the maker on compensation "
    "for the losses caused by the grounding of its planes.",
    "The planes were grounded worldwide in March after two crashes that killed everyone on "
    "board, and they have not flown since.",
    "Airlines that had ordered the planes have had to lease others or cancel flights, and "
    "several of them have asked the maker to pay for it.",
    "The carrier is one of them, and a business newspaper reported that its talks with the "
    "maker were close to an agreement.",
    "The carrier would not say how much it expects to receive, nor when the first payment "
    "might be made.",
]


def _page(title: str, headline: str) -> str:
    teaser = (
        f"<div class='tz'><div class='headline'><a href='/story/1'>{title}</a></div>"
        f"<div class='manchet'><a href='/story/1'><p>{DECK[:40]}...</p></a></div></div>"
    )
    rest = "".join(f"<p>{p}</p>" for p in BODY[2:])
    body = (
        "<div class='one'><div class='ad'><script>ads.push(1)</script></div>"
        f"<div class='pc n1'><div class='kp'><p>{BODY[0]}</p><p>{BODY[1]}</p></div>"
        f"<div class='pc n2'>{rest}</div></div></div>"
    )
    return (
        f"<html><head><title>{title} - Daily - Front page</title>"
        f"<meta property='og:title' content=\"{title}\"></head><body>"
        f"<div class='logo'><h1></h1></div>{teaser}<div class='art'>"
        f"<div class='headline'>\n  {headline}\n</div>"
        f"<div class='manchet'><p>{DECK}</p></div>"
        "<div class='created'>Business - 2 January 2020 10:21</div>"
        f"{body}</div></body></html>"
    )


def _anchor(title: str, headline: str, shared: str) -> tuple[HtmlElement | None, HtmlElement]:
    doc = parse(_page(title, headline))
    assert doc is not None
    pruned = prune(doc)
    assert find_headline(pruned, f"{title} - Daily - Front page") is None  # no <h1>, <h2>
    return deck_anchor(None, pruned, shared), pruned


def test_the_deck_under_a_headline_in_a_div() -> None:
    anchor, pruned = _anchor(TITLE, TITLE, TITLE)
    assert anchor is not None and anchor.get("class") == "headline"
    assert anchor.getparent() is not None and anchor.getparent().get("class") == "art"
    assert headline_deck(anchor, pruned) == DECK


def test_no_anchor_where_the_title_is_printed_only_in_a_link() -> None:
    # the article's headline printed otherwise: only the teaser's linked copy matches
    assert _anchor(TITLE, "Shares of the airline rise", TITLE)[0] is None


def test_no_anchor_for_a_title_of_two_words_or_without_a_shared_title() -> None:
    assert _anchor("Airline shares", "Airline shares", "Airline shares")[0] is None
    assert _anchor(TITLE, TITLE, "")[0] is None


def test_a_popup_layers_notice_under_the_headline_is_no_deck() -> None:
    # a summary button's layer (Korean portals: "view_layer"), its notice a sentence
    notice = (
        "This summary was made automatically from the article's title and main sentences; "
        "read the whole article for its context."
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body><div class='box_view'>"
        f"<h3 class='tit_view'>{TITLE}</h3><div class='util'><button>Summary</button>"
        "<div class='view_layer'><div class='layer_head'><strong>Auto summary</strong>"
        f"<span class='info_layer'>{notice}</span></div></div></div></div>"
        f"<div class='body'>{''.join(f'<p>{p}</p>' for p in BODY)}</div></body></html>"
    )
    doc = parse(page)
    assert doc is not None
    pruned = prune(doc)
    anchor = deck_anchor(None, pruned, TITLE)
    assert anchor is not None and anchor.tag == "h3"
    assert headline_deck(anchor, pruned) is None
