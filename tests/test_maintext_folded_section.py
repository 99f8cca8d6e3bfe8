"""A report printing one of its sections folded in an expander (a Bootstrap accordion: a
toggle link over a panel a script opens, or a `<details>`) between its blocks, on pages we
wrote (the report's long notes, folded at its end, are the best block; its parts are that
block's siblings of its class): the folded section's paragraphs are kept with the article
(`expanders.panel_scores`, asked by the siblings step; main dropped them); a folded box of
short links in the same place stays out."""

from __future__ import annotations

import lxml.html

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.expanders import holds_toggle

_OPENING = (
    "The new cabinet was sworn in on Monday, fifteen days after the prime minister was "
    "named, and it counts twenty-five members, nine of them women, the presidency said.",
    "In the summer thousands had marched through the capital against the government's "
    "handling of the pandemic and the country's worsening economic situation.",
    "The president then suspended parliament, lifted the immunity of its members and "
    "dismissed the head of government in a speech broadcast late that night.",
)
_FOLDED = (
    "Although the measures were first limited to a month, the president extended them in "
    "August until further notice and set out his plans in a decree a month later.",
    "Under the decree the government answers to the president alone, and he may draft "
    "amendments to the political system with a commission whose members he appoints.",
    "Neither the measures nor the appointment of the commission have a time limit, and "
    "their lawfulness has been debated by the country's jurists for several weeks.",
)
_CLOSING = (
    "Criticism of the measures is growing, even among those who welcomed them at first, "
    "and a party leader who had backed the president turned against him in September.",
    "The unions said they would wait for the government's first budget before deciding "
    "whether to call the general strike they threatened in the spring.",
)

# The report's notes, longer than any of its parts, folded at its end: the best block.
_NOTES = tuple(
    f"Note {n}: the decree's article {n + 7} is quoted from the official gazette of the "
    f"republic, number {n + 90}, as published in its French and Arabic editions that week."
    for n in range(1, 10)
)


def _part(paragraphs: tuple[str, ...], heading: str = "") -> str:
    head = f"<h3>{heading}</h3>" if heading else ""
    return f'<div class="media">{head}' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def _accordion(inner: str, title: str = "The September decree") -> str:
    return (
        '<div><div class="panel-group"><div class="panel">'
        '<a class="collapsed" role="button" data-toggle="collapse" href="#collapse-7" '
        'aria-controls="collapse-7"><div class="panel-heading">'
        f"<h4>{title}</h4>"
        '</div></a><div id="collapse-7" class="panel-collapse collapse"><div class="panel-body">'
        f'<div class="row"><div class="col">{inner}</div></div></div></div></div></div></div>'
    )


def _page(folded: str) -> str:
    return (
        "<html><head><title>A new cabinet sworn in</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/politics'>Politics</a></nav>"
        "<div class='content'><h1>A new cabinet sworn in</h1>"
        "<span class='date'>11.10.2021</span>"
        + _part(_OPENING)
        + folded
        + _part(_CLOSING, "Reactions to the measures")
        + _accordion(_part(_NOTES), "Notes")
        + "</div><footer><p>Copyright the Example Foundation.</p></footer></body></html>"
    )


def test_folded_section_of_the_article_is_kept() -> None:
    text = "\n".join(own_paragraphs(_page(_accordion(_part(_FOLDED)))))
    for paragraph in _OPENING + _FOLDED + _CLOSING:
        assert paragraph in text


def test_folded_box_of_links_stays_out() -> None:
    links = "".join(f'<li><a href="/story-{i}">Other story number {i}</a></li>' for i in range(6))
    text = "\n".join(own_paragraphs(_page(_accordion(f"<ul>{links}</ul>"))))
    assert _OPENING[0] in text and _CLOSING[0] in text
    assert "Other story number" not in text


def test_toggle_markup() -> None:
    assert holds_toggle(lxml.html.fromstring(_accordion("<p>x</p>")))
    assert holds_toggle(lxml.html.fromstring("<div><details><p>x</p></details></div>"))
    assert not holds_toggle(lxml.html.fromstring("<div><a href='#top'>top</a><p>x</p></div>"))
    faq = "".join(f'<a aria-controls="q{i}">Question {i}?</a><p id="q{i}">x</p>' for i in range(3))
    assert not holds_toggle(lxml.html.fromstring(f"<div>{faq}</div>"))  # an FAQ's: `faq`'s
