"""Readers' replies printed flat under an article, each with its own "Posted by" line, on
pages we wrote (`signedreplies.without_signed_replies`): the replies go, the article stays; a
live blog's entries signed by its four reporters and a post signed once stay whole."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.signedreplies import without_signed_replies

_STORY = [
    "The county council approved the new cycle lanes on the harbour road on Tuesday night "
    "after a debate that lasted more than three hours.",
    "Work will start in the spring and close one lane of the road for six weeks, the "
    "council's transport officer told the meeting.",
    "Shopkeepers on the road had asked for the work to wait until after the summer, when "
    "the town is busiest with visitors from the ferry.",
    "The scheme costs four hundred thousand pounds, most of it from a national fund for "
    "safer streets in small towns.",
]
# (signature, reply): a reader's name, town and time, as a news site of the 2000s printed them
_REPLIES = [
    ("Posted by: Mary Hill, Dover on 8:21pm Tue 1 Jan 08", "About time too, the road is lethal."),
    ("Posted by: kentrider, Deal on 9:06pm Tue 1 Jan 08", "Six weeks of one lane will be chaos."),
    ("Posted by: Tom, Folkestone on 9:45pm Tue 1 Jan 08", "Who asked the bus drivers about it?"),
    ("Posted by: Mary Hill, Dover on 10:02pm Tue 1 Jan 08", "The buses were consulted, Tom."),
]


def _page(signed: list[tuple[str, str]], below: bool = False) -> str:
    """A story, then a heading and its replies as sibling paragraphs in the same cell:
    the signature over its reply, or under it (`below`)."""
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    replies = "".join(
        f"<p>{reply}</p><p>{sign}</p>" if below else f"<p>{sign}</p><p>{reply}</p>"
        for sign, reply in signed
    )
    return (
        "<html><head><title>Cycle lanes approved</title></head><body>"
        '<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>'
        "<table><tr><td><h1>Cycle lanes approved</h1>"
        f"{story}<p>Latest Comments:</p>{replies}</td></tr></table></body></html>"
    )


def test_replies_signed_over_their_text_go() -> None:
    paragraphs = own_paragraphs(_page(_REPLIES))
    assert paragraphs[-1] == _STORY[-1]
    assert _STORY[0] in paragraphs
    assert not any("Posted by" in p or "lethal" in p for p in paragraphs)


def test_replies_signed_under_their_text_go_from_the_comments_heading() -> None:
    paragraphs = own_paragraphs(_page(_REPLIES, below=True))
    assert paragraphs[-1] == _STORY[-1]
    assert not any("lethal" in p or "Latest Comments" in p for p in paragraphs)


def test_one_reply_signed_with_a_colon_goes() -> None:
    # "Posted by:" (a reader's form) in the text's second half, a reply under it
    sign, reply = _REPLIES[0]
    assert without_signed_replies([*_STORY, "Latest Comments:", sign, reply]) == _STORY


def test_a_post_signed_without_a_colon_keeps_what_follows() -> None:
    lines = [*_STORY, "Posted by Dana Reyes at 3:25 PM", "Filed under: harbour, council"]
    assert without_signed_replies(lines) == lines


def test_live_blog_signed_with_colons_by_two_reporters_stays() -> None:
    entries = []
    for n in range(6):
        name = ("Anna Berg", "Jon Lee")[n % 2]
        entries += [f"Posted by: {name} at 14:{10 + n * 5}", _STORY[n % len(_STORY)]]
    assert without_signed_replies(entries) == entries


def test_live_blog_signed_by_its_reporters_in_turn_stays() -> None:
    # a live blog's entries, each signed: four reporters taking turns
    entries = []
    for n in range(8):
        name = ("Anna Berg", "Jon Lee", "Sam Ota", "Kim Roe")[n % 4]
        entries += [f"Posted by {name} at 14:{10 + n * 5} 1 March 2024", f"Update {n}: the vote."]
    lines = _STORY + entries
    assert without_signed_replies(lines) == lines


def test_blog_post_signed_at_its_head_keeps_its_text() -> None:
    # the post's own signature first (little text above it), then three readers' replies
    lines = ["Posted by Kathy on March 20, 2007", *_STORY]
    for sign, reply in _REPLIES[:3]:
        lines += [reply, sign]
    assert without_signed_replies(lines) == lines[: 1 + len(_STORY) + 1]


def test_page_without_signatures_unchanged() -> None:
    assert without_signed_replies(_STORY) is _STORY
