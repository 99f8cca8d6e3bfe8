"""A part of the article that holds a box of links (branch snip25), on pages we wrote
ourselves: the article printed in rows of one class, one row holding a table of contents of
a dozen links between its paragraphs. The box lifts that row's link share over a link
list's, yet the row is the article's: its text outside the box is prose and the article goes
on after it. The same row closing the text (nothing of the article after it) stays out."""

from __future__ import annotations

import lxml.html

from pipeline.maintext.linkboxes import prose_beside_links, with_boxed_parts
from pipeline.web.html import HtmlElement, Stats, compute_stats
from tests.sample_pages import COUNCIL_STORY, HARBOUR_STORY
from tests.sample_pages import own_text as _own

_QUESTIONS = [
    "How much do taxes rise?",
    "What happens to the library?",
    "Which roads are repaired first?",
    "When is the referendum?",
    "Who voted against the plan?",
    "What did the mayor promise?",
    "How long did the debate last?",
    "Where is the next meeting?",
    "What does the budget cost?",
    "Who pays for the repairs?",
    "What changes for renters?",
    "How can residents object?",
]
_BOX = (
    "<div class='callout'>"
    + "".join(f"<a href='/faq#{i}'>{q}</a><br>" for i, q in enumerate(_QUESTIONS))
    + "</div>"
)
_MIDDLE = (
    "The library branch will open in the old post office, which the city bought last year"
    " for less than half of what a new building would have cost the taxpayers."
)
_LATER = (
    "Road repairs start in the spring on the streets the residents named in the survey,"
    " beginning with the bridge approach that was closed twice last winter."
)


def _row(inner: str) -> str:
    return f"<div class='row part'><div class='col'>{inner}</div></div>"


def _page(rows: list[str]) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        "<article class='content'><h1>Council passes budget</h1>"
        + "".join(rows)
        + "</article><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )


_AD = "<div class='row ad'><div class='slot'>Advertisement</div></div>"
_LONG = [
    f"Paragraph {i} of the report: the finance committee listed the costs of item {i}, and"
    f" the members asked the treasurer about the {i} contracts signed since the last vote."
    for i in range(1, 13)
]


def _story_rows() -> list[str]:
    """The opening row, the row holding the box, the long rest of the article (ads between)."""
    return [
        _row("".join(f"<p>{p}</p>" for p in COUNCIL_STORY[:2])),
        _AD + _row(f"<p>{_MIDDLE}</p>{_BOX}<h3>The roads</h3><p>{_LATER}</p>"),
        _AD + _row("".join(f"<p>{p}</p>" for p in COUNCIL_STORY[2:] + _LONG + HARBOUR_STORY)),
    ]


def test_a_part_holding_a_box_of_links_stays_the_articles() -> None:
    text = _own(_page(_story_rows()))
    assert _MIDDLE in text and _LATER in text, text
    assert COUNCIL_STORY[0] in text and HARBOUR_STORY[-1] in text, text
    assert not any(q in text for q in _QUESTIONS), text  # the box's links are no text


def test_a_box_of_links_closing_the_text_stays_out() -> None:
    rows = _story_rows()
    text = _own(_page([rows[0], rows[2], rows[1]]))
    assert COUNCIL_STORY[0] in text and HARBOUR_STORY[-1] in text, text
    assert _MIDDLE not in text, text


def _stats(html: str) -> tuple[HtmlElement, Stats]:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return root, compute_stats(root)


def test_prose_beside_links_reads_the_text_outside_the_box() -> None:
    root, st = _stats(_row(f"<p>{_MIDDLE}</p>{_BOX}<p>{_LATER}</p>"))
    row = root[0]
    assert st.link_density(row) > 0.3
    assert prose_beside_links(row, st)
    root, st = _stats(_row(f"<p>Related stories</p>{_BOX}"))
    assert not prose_beside_links(root[0], st)


def test_with_boxed_parts_takes_only_parts_between_the_chosen() -> None:
    root = lxml.html.fragment_fromstring("<div><p>a</p><p>b</p><p>c</p><p>d</p></div>")
    a, b, c, d = list(root)
    assert with_boxed_parts([a, c], [b, d]) == [a, b, c]
    assert with_boxed_parts([a], [b]) == [a]
    assert with_boxed_parts([b, d], [a]) == [b, d]
