"""Kinds of session 27 (helper msv27, found on the MSV news set: big sites of 2005 to 2017 and
240 sites of 2017) where the article lost its text, on pages we wrote ourselves (the text is
invented): an atomic CSS utility class naming a breakpoint ("Pstart(25px)--modalMinWidth")
read as a "modal"; the audience classes of a metering script on each paragraph's wrapper
("subscriber-preview", "subscriber-only") read as "subscribe"; a script's ad hooks on the
article's wrapper ("js-ad-content-break"); the lead's wrapper named "--sourced-paragraph"
read as a source line; a JSON-LD body escaped once more ("&lt;p&gt;"); an old Flash ad's
<noembed> link; a template's </html> before its <body>."""

from __future__ import annotations

from pipeline.maintext.embedded import body_paragraphs
from pipeline.web.classwords import _kind_of_words
from tests.sample_pages import own_text as _own

_STORY = [
    "The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,"
    " which a winter storm had pushed against the old stone pier of the northern quay.",
    "Passengers waiting on the quay said the crossing felt calmer than before, and the operator"
    " promised that the spring timetable would start on the first Monday of April as planned.",
    "Engineers replaced two plates of the hull and the whole steering gear, the operator said in"
    " a statement, and the vessel passed its inspection at the yard last Friday afternoon.",
    "The council will decide in May whether to pay for a second ferry, which commuters from the"
    " villages on the far shore have asked for since the old one was sold three years ago.",
]
_NAV = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"


# a rail of linked teasers: the article is less than most of the page's text
_RAIL = (
    "<div class='rail'><ul>"
    + "".join(
        f"<li><a href='/news/{n}'>Ferry news {n}: the timetable of the lake's crossings for the"
        f" week {n} of the season, with the changes the operator made to it</a></li>"
        for n in range(1, 13)
    )
    + "</ul></div>"
)


def _page(article: str, extra: str = "") -> str:
    return (
        "<html><head><title>Harbour ferry returns</title></head><body>"
        f"{_NAV}<h1>Harbour ferry returns</h1>{article}{extra}"
        "<footer><p>Contact the newsroom</p></footer></body></html>"
    )


def _paras(paras: list[str], wrap: str = "") -> str:
    if wrap:
        return "".join(f"<div class='{wrap}'><p>{p}</p></div>" for p in paras)
    return "".join(f"<p>{p}</p>" for p in paras)


def test_atomic_css_utility_classes_name_no_furniture() -> None:
    assert _kind_of_words("ydc-unicol1 ov(h) pstart(25px)--modalminwidth") == ""
    assert _kind_of_words("d(n) w-(--gap) bgc(#fff):h") == ""
    assert _kind_of_words("modal-dialog ov(h)") == "strong"  # a named modal still is one
    column = "YDC-UniCol1 Ov(h) Pstart(55px) Pstart(25px)--modalMinWidth"
    page = _page(
        f"<div class='{column}'><div class='canvas-body'>{_paras(_STORY)}</div></div>",
        "<div class='ad-feedback'><p>Why do I see ads?</p></div>",
    )
    text = _own(page)
    assert all(p in text for p in _STORY), text
    assert "Why do I see ads" not in text


def test_a_metering_scripts_audience_classes_keep_the_paragraphs() -> None:
    article = (
        "<div itemprop='articleBody' class='asset-content subscriber-premium'>"
        + _paras(_STORY[:2], "subscriber-preview")
        + _paras(_STORY[2:], "subscriber-only")
        + "</div>"
    )
    prompt = "<div class='subscribe-box'><p>Subscribe today for unlimited reading.</p></div>"
    text = _own(_page(article, prompt))
    assert all(p in text for p in _STORY), text
    assert "Subscribe today" not in text
    assert _kind_of_words("related-sidebar subscriber-hide") == "strong"


def test_ad_hooks_on_the_articles_wrapper_keep_its_text() -> None:
    article = (
        "<div class='js-in-image-ad js-ad-content-break'>"
        f"{_paras(_STORY)}<div class='js-ad-slot'><p>Advertisement</p></div></div>"
    )
    text = _own(_page(article, _RAIL))
    assert all(p in text for p in _STORY), text
    assert "Advertisement" not in text


def test_a_sourced_lead_is_kept_a_source_line_is_not() -> None:
    lead = "(Wire) The harbour ferry is back in service after six weeks at the yard."
    article = (
        "<div class='body-text'>"
        f"<div class='el__leafmedia el__leafmedia--sourced-paragraph'><p>{lead}</p></div>"
        f"{_paras(_STORY)}<div class='article-source'>Source: agencies</div></div>"
    )
    text = _own(_page(article))
    assert text.startswith(lead), text
    assert "Source: agencies" not in text


def test_a_json_ld_body_escaped_twice_reads_as_markup() -> None:
    escaped = "".join(f"&lt;p class=&quot;p1&quot;&gt;{p}&lt;/p&gt;\n" for p in _STORY[:2])
    assert body_paragraphs(escaped) == _STORY[:2]
    plain = "To compare two numbers write a &lt; b in the formula."
    assert body_paragraphs(plain) == [plain]  # no markup in it: the text as it is


def test_a_noembed_fallback_is_no_text() -> None:
    ad = (
        "<noembed><a href='http://ads.example/click?flight=12'>Click here for the offer of"
        " the week</a></noembed>"
    )
    text = _own(_page(f"<div class='story'>{_paras(_STORY[:2])}{ad}{_paras(_STORY[2:])}</div>"))
    assert all(p in text for p in _STORY), text
    assert "offer of the week" not in text


def test_a_document_closed_before_its_body_is_read_on() -> None:
    page = _page(_paras(_STORY)).replace("</head><body>", "</head></html>\n<body>")
    assert "</html>\n<body>" in page
    text = _own(page)
    assert all(p in text for p in _STORY), text
