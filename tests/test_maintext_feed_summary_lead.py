"""A column of other stories before the article, each teaser's summary in a block whose class
names a summary ("feedSummary", "intro"), holds no lead of the article: a page prints its lead
once, and a class borne by several such blocks is a feed's (`standfirst.printed_again`). The
article's own lead, named once, is still taken. Pages we wrote."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_BODY = [
    "Heavy use of the internet has been linked for the first time with changes in the brain "
    "like those seen in people who depend on alcohol, a study of 35 students has found.",
    "The researchers scanned the students' brains and found changes in the white matter of "
    "those who spent more than ten hours a day online, against those who did not.",
    "They say the findings could help doctors treat the condition, which is not yet named in "
    "the main manuals of psychiatry, though clinics for it have opened in several countries.",
    "Other scientists warned that the study was small and could not show which came first: "
    "the heavy use of the internet or the differences in the students' brains.",
]
_TEASERS = [
    ("Tunnel row", "A football captain got things wrong in the players' tunnel last night..."),
    ("Ten years on", "It is ten years since the first detainees arrived at the camp, and..."),
    ("A strange figure", "For followers of politics, a 76-year-old congressman is odd..."),
    ("Two years on", "Two years on from the earthquake which struck the island, killing..."),
]
_LEAD = (
    "Scientists say they have found the first signs in the brain of an addiction to the "
    "internet, in a study that compared students who were online all day with those who were not."
)


def _page(lead: str = "") -> str:
    feed = "".join(
        f"<div class='article'><h3><a href='/blog/{i}'>{h}</a></h3><p class='feedSummary'>{s}</p>"
        f"<a href='/blog/{i}'>Read more</a></div>"
        for i, (h, s) in enumerate(_TEASERS)
    )
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        "<html><head><title>Internet addiction changes the brain</title></head><body>"
        f"<div class='column-1'><div class='widget feed'><h2>Blogs</h2>{feed}</div></div>"
        "<div class='column-2'><div class='widget story'>"
        "<h1>Internet addiction changes the brain</h1>"
        f"{lead}<div class='body'>{body}</div></div></div></body></html>"
    )


def test_a_feeds_summaries_are_no_lead() -> None:
    assert own_paragraphs(_page()) == _BODY


def test_the_articles_own_lead_is_taken() -> None:
    assert own_paragraphs(_page(f"<p class='summary'>{_LEAD}</p>")) == [_LEAD, *_BODY]
