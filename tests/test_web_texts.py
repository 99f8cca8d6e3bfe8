"""The elements' texts read once (`pipeline.web.linkstats.Texts`): lxml decodes an element's
text again at every read, so the main text's steps from the counters to the emitter share
what was read, and a step that changes the tree clears it. Made-up pages."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.headings import drop_headed_furniture
from pipeline.web.htmltree import parse
from pipeline.web.linkstats import Texts, compute_stats
from pipeline.web.pruning import prune
from tests.sample_pages import HARBOUR_STORY as STORY

HEADLINE = "Harbour opens its new container terminal"
KICKER = "Ports &amp; Shipping"
DECK = "The quay doubles the port's capacity and brings two shipping lines back to town."
CREDIT = "Photo: Harbour Authority press office"

_PROSE = (
    "The council voted on Monday to close the landfill, which has taken the city's rubbish"
    " for more than twenty years, and the villages nearby welcomed the news at once."
)


def _page(inner: str) -> str:
    return f"<html><head><title>Landfill</title></head><body>{inner}</body></html>"


def test_texts_read_once_and_kept() -> None:
    doc = parse(_page("<div><p>one</p><p>two</p></div>"))
    assert doc is not None
    texts = Texts()
    p = next(doc.iter("p"))
    assert texts[p] == "one" and dict(texts) == {p: "one"}


def test_statistics_read_the_texts_given() -> None:
    # a held text is what the statistics count: it is not read from the tree again
    doc = parse(_page("<div><p>one</p><p>two</p></div>"))
    assert doc is not None
    body = doc.find("body")
    first = next(body.iter("p"))
    texts = Texts()
    texts[first] = "a held text"
    stats = compute_stats(body, texts)
    assert stats.texts is texts
    assert stats.text[first] == len("a held text")
    assert stats.texts[body.find("div")] is None  # the others read from the tree


def test_pruning_keeps_the_counters_texts_unless_one_goes() -> None:
    kept = Texts()
    doc = parse(_page(f"<div><p>{_PROSE}</p><p>{_PROSE}</p></div>"))
    assert doc is not None
    kept[doc] = "read before pruning"  # (dropped: pruning changes the tree first)
    prune(doc, kept)
    assert len(kept) == 2 and doc not in kept  # the leaves the counters read
    dropped = Texts()
    counter = "<a title='Comment'>{n}</a>"
    paragraphs = "".join(f"<p>{counter.format(n=n)}{_PROSE}</p>" for n in range(4))
    doc = parse(_page(f"<div>{paragraphs}</div>"))
    assert doc is not None
    body = prune(doc, dropped)
    assert not dropped  # a counter went: its tail is its paragraph's text now
    assert all((p.text or "").startswith("The council") for p in body.iter("p"))


def test_a_dropped_block_clears_the_texts() -> None:
    doc = parse(
        _page(f"<div><p>{_PROSE}</p><div><h3>Related articles</h3><p>Other news</p></div></div>")
    )
    assert doc is not None
    body = doc.find("body")
    texts = Texts()
    texts[body] = "read before"
    drop_headed_furniture(body, texts)
    assert "Other news" not in "".join(body.itertext())
    assert not texts
    texts[body] = "read before"
    drop_headed_furniture(body, texts)  # nothing left to drop: the texts stay
    assert texts[body] == "read before"


def test_header_box_lines_dropped_after_the_statistics_stay_dropped() -> None:
    # the header box's kicker is its own text (the text of the headline's parent) when the
    # statistics are read, and is dropped after them (`drop_header_lines`): the emitter reads
    # the tree as it is then, not the text held before
    header = (
        f"<div class='x8 z3'>{KICKER}<h1>{HEADLINE}</h1>"
        f"<h2 class='d4'>{DECK}</h2><div class='p0'>{CREDIT}</div></div>"
    )
    page = (
        f"<html><head><title>{HEADLINE} - Coast Daily</title></head><body>"
        f"<div class='q1 w4'>{header}<div class='b7 c2'>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div></div></body></html>"
    )
    assert own_paragraphs(page) == [DECK, *STORY]  # the deck is the article's (`decks`)


FERRY = [
    "The regional council approved the new ferry line on Tuesday after a debate of several "
    "years, and the first boats will sail next spring.",
    "Boats will leave every forty minutes in summer and every hour in winter, and bicycles "
    "travel free of charge on every crossing.",
    "The council expects some two thousand passengers a day in the first year of the line and "
    "will review the timetable after one season.",
]
OPENING = (
    "Ferry passengers on the northern coast waited for this news for a decade, and the mayor "
    "called it a day to remember."
)


def test_text_after_a_dropped_trail_is_read_from_the_tree() -> None:
    # a breadcrumb trail opening the container, the text's first words right after it: once
    # the trail goes (`drop_trails`, after the statistics) they are the container's own
    # text, which it did not have when the statistics read it
    trail = (
        "<div class='k9f'><a href='/'>Beranda</a> › <a href='/nasional'>Nasional</a> › "
        "<span>Momen Presiden di Pasar Laino</span></div>"
    )
    page = (
        "<html><head><title>Ferry line approved</title></head><body><div class='m3'>"
        f"<h1>Ferry line approved</h1><div class='a1'>{trail}{OPENING}"
        + "".join(f"<p>{p}</p>" for p in FERRY)
        + "</div></div></body></html>"
    )
    assert own_paragraphs(page) == [OPENING, *FERRY]
