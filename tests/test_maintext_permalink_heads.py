"""A timed heading whose only link is a short permalink ("(March 3, 2011 -- 9:41 PM EST //
<a>link</a>)", "11:57 <a>Permalink</a>") heads an entry of a blog's or a live blog's page, not
a news ticker's line (whose link is its headline): the block of such entries is the page's
text, not a thread dropped before scoring (branch cleaneval26; before it the whole block went
and the page's side column was taken). Pages written here; the guard, a ticker of timed
headlines beside an article, is `test_news_feed_with_timed_links_does_not_outscore_the_article`
in test_maintext_posts.py, and two below: a ticker whose links are headlines, readers' replies
whose headers link their author's name before the time."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_ENTRIES = [
    "The county's flood barrier held through the night, and the river began to fall shortly"
    " after two in the morning, the environment agency said in its latest update.",
    "Residents of the lower town were told they could return to their homes from noon, but"
    " the bridge on the high street will stay closed until engineers have inspected it.",
    "Volunteers at the rugby club handed out more than four hundred breakfasts to families"
    " who spent the night in the sports hall after the evacuation order on Friday.",
    "The mayor thanked the fire crews from three counties who pumped water out of the care"
    " home on Mill Lane, where all forty residents were moved to safety before midnight.",
]
_SIDE = (
    "<div class='side'><h3>Our sites</h3><p>News Sites</p><p>Approved Sites:</p>"
    "<p>Masthead</p><p>Editor &amp; Publisher</p><p>Reporters</p></div>"
)


def _page(heads: list[str]) -> str:
    entries = "".join(
        f"<h2 class='date'>{head}</h2><p>{text}</p><div class='posted'>-- Anna Reed</div>"
        for head, text in zip(heads, _ENTRIES, strict=True)
    )
    return (
        "<html><head><title>Flood live: the river falls</title></head><body>"
        f"<div class='wrap'><div class='content'>{entries}</div>{_SIDE}</div></body></html>"
    )


def test_a_blog_week_with_permalinks_beside_its_times_keeps_its_entries() -> None:
    heads = [
        f"(March 3, 2011 -- 9:{50 - i} PM EST // <a href='/archives/00{i}.php'>link</a>)"
        for i in range(len(_ENTRIES))
    ]
    paras = own_paragraphs(_page(heads))
    assert all(text in paras for text in _ENTRIES), paras


def test_a_live_blog_with_permalinks_keeps_its_entries() -> None:
    heads = [
        f"11:{50 - i} <a href='/live/flood-2024/entry-{i}'>Permalink</a>"
        for i in range(len(_ENTRIES))
    ]
    paras = own_paragraphs(_page(heads))
    assert all(text in paras for text in _ENTRIES), paras


def test_a_ticker_whose_links_are_headlines_is_still_dropped() -> None:
    story = "".join(f"<p>{text}</p>" for text in _ENTRIES[:2])
    ticker = "".join(
        f"<h3>10:{10 + i} <a href='/news/{i}.html'>Council opens its new library"
        f" in the old corn exchange, part {i}</a></h3><p>{text}</p>"
        for i, text in enumerate(_ENTRIES * 2)
    )
    page = (
        "<html><head><title>Flood: the river falls</title></head><body>"
        f"<div class='story'><h1>Flood: the river falls</h1>{story}</div>"
        f"<div class='latest'>{ticker}</div></body></html>"
    )
    assert own_paragraphs(page) == _ENTRIES[:2]


def test_replies_headed_by_a_linked_name_and_a_time_are_still_a_thread() -> None:
    story = "".join(f"<p>{text}</p>" for text in _ENTRIES[:2])
    replies = "".join(
        f"<h4><a href='/user/{i}'>Wren{i}</a> 10:{10 + i}</h4>"
        f"<p>{text} Thanks for writing this, I agree with most of it.</p>"
        for i, text in enumerate(_ENTRIES * 2)
    )
    page = (
        "<html><head><title>Flood: the river falls</title></head><body>"
        f"<div class='story'><h1>Flood: the river falls</h1>{story}</div>"
        f"<div class='replies'>{replies}</div></body></html>"
    )
    assert own_paragraphs(page) == _ENTRIES[:2]
