"""A page built as one web form (an ASP.NET page's `<form id="aspnetForm">` around its content,
the headline printed elsewhere or not at all) holds the article: a form holding paragraphs is
searched, not dropped as a search, login or poll form (`boilerplate_kind`). Pages we wrote."""

from __future__ import annotations

from lxml import html as lxml_html

from pipeline.maintext.core import own_paragraphs
from pipeline.web.boilerplate import boilerplate_kind

_STORY = [
    "A software company from California plans to show the first set of phone applications "
    "built for the new open mobile platform at a trade fair in Las Vegas this week.",
    "The company says the suite runs on an older handset and includes a browser, a dialer, "
    "an audio player and a photo viewer, all written in a few months by a team of twelve.",
    "The platform's backers say the first phones will reach shops in the second half of the "
    "year, and that more than a hundred firms have signed up to write software for them.",
]
# the other column: teasers with their summaries, more text than the story itself
_TEASERS = [
    (
        "Rural broadband auction draws new bidders",
        "The coming spectrum auction is a chance to bring a cheap connection to rural towns, "
        "though most of the licences may end up with the two largest carriers once again.",
    ),
    (
        "Data breaches doubled last year",
        "More than four hundred breaches were made public last year, exposing eighty million "
        "records, and most of them began with a stolen password or a lost laptop computer.",
    ),
    (
        "Carriers brace for a slower year",
        "Analysts expect the slowdown to reach mobile carriers by the summer, as customers on "
        "prepaid plans switch to cheaper offers and fewer people upgrade their handsets.",
    ),
    (
        "Chip makers report record orders",
        "Orders for mobile chips reached a record in the last quarter, driven by demand for "
        "smartphones in Asia, and the makers expect the growth to go on into next year.",
    ),
]
_POLL = (
    "<form id='poll' action='/vote'><p>Will the slowdown affect mobile carriers this year?</p>"
    "<label><input type='radio' name='v'> No. Wireless is a necessity for consumers.</label>"
    "<label><input type='radio' name='v'> Perhaps. Prepaid users may switch.</label>"
    "<label><input type='radio' name='v'> Yes. Consumers will cut their spending.</label>"
    "<button>Vote</button></form>"
)


def _page(form_attrs: str = "id='aspnetForm' action='article.aspx?id=156436'") -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    teasers = "".join(f"<div class='item'><h3>{h}</h3><p>{s}</p></div>" for h, s in _TEASERS)
    return (
        "<html><head><title>Mobile news</title></head><body>"
        "<form id='searchbox' action='/search'><input name='q'><button>Search</button></form>"
        f"<div class='col-main'><form {form_attrs}><div class='text'>{story}</div></form></div>"
        f"<div class='col-right'>{teasers}{_POLL}</div>"
        "</body></html>"
    )


def test_article_in_a_page_form_is_kept() -> None:
    assert own_paragraphs(_page()) == _STORY


def test_article_in_an_unnamed_form_is_kept() -> None:
    assert own_paragraphs(_page("method='post'")) == _STORY


def test_forms_without_paragraphs_stay_furniture() -> None:
    doc = lxml_html.fromstring(_page())
    search, article, poll = doc.iter("form")
    assert boilerplate_kind(search) == "strong"
    assert boilerplate_kind(poll) == "strong"  # one question, its options: no paragraphs
    assert boilerplate_kind(article) == ""


def test_form_named_as_furniture_stays_furniture() -> None:
    doc = lxml_html.fromstring(_page("class='comment-form' id='respond'"))
    article = list(doc.iter("form"))[1]
    assert boilerplate_kind(article) == "strong"
    text = "\n".join(own_paragraphs(_page("class='comment-form' id='respond'")))
    assert _STORY[0] not in text


_TERMS = [
    "The website is owned and managed by the publisher, and as a user you are granted a "
    "revocable license to read it under the terms and conditions of use printed below.",
    "You may not modify, publish, transmit or sell any of the content, in whole or in part, "
    "except as these terms permit or with the prior written consent of the publisher.",
    "The publisher may end your use of the website if you breach these terms, and may change "
    "them at any time by posting the new terms on this page without any further notice.",
    "Your personal data are kept for as long as your account is open and are never sold to "
    "third parties; you may ask for a copy of them or for their deletion at any time.",
]


def test_registration_form_printing_its_terms_stays_furniture() -> None:
    terms = "".join(f"<p>{p}</p>" for p in _TERMS * 3)  # (a long text: it outscores the story)
    form = (
        "<form action='/registration'><input name='email'><input type='password' name='pw'>"
        f"<label><input type='checkbox'> I agree to the terms</label>{terms}</form>"
    )
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    teasers = "".join(f"<div class='item'><h3>{h}</h3><p>{s}</p></div>" for h, s in _TEASERS * 3)
    page = (
        "<html><head><title>Mobile news</title></head><body>"
        f"<div class='col-main'><div class='text'>{story}</div></div>"
        f"<div class='col-right'>{teasers}{form}</div></body></html>"
    )
    assert boilerplate_kind(next(lxml_html.fromstring(page).iter("form"))) == "strong"
    paragraphs = own_paragraphs(page)
    assert _STORY[0] in paragraphs
    assert not set(_TERMS) & set(paragraphs)
