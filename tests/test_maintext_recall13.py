"""Text lost to a rule that drops real prose (session 13): kinds found by tracing every gold
line of article prose our output lacked, each in markup written here."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text

ARTICLE = [
    "The new ferry line between the two harbours opens next spring, the regional council said "
    "on Tuesday after a vote that ended a debate of several years.",
    "Boats will leave every forty minutes in summer and every hour in winter, and bicycles "
    "travel free of charge on every crossing of the line.",
    "The council expects some two thousand passengers a day in the first year and will review "
    "the timetable after the first season of service.",
]
# (question, answer) pairs of a folded FAQ, in three languages and three question marks
FAQ = [
    (
        "How long does the crossing take?",
        "The crossing takes about twenty-five minutes in calm weather, a little longer when "
        "the wind blows from the west across the bay.",
    ),
    (
        "Peut-on réserver sa place à l'avance ?",
        "Oui, les places se réservent en ligne jusqu'à la veille du départ, et les cyclistes "
        "sont priés de signaler leur vélo au moment de la réservation.",
    ),
    (
        "هل يمكن اصطحاب الحيوانات الأليفة على متن العبارة؟",
        "نعم، يسمح بالحيوانات الأليفة الصغيرة على متن العبارة بشرط أن تبقى في أقفاصها طوال "
        "الرحلة وأن يحمل صاحبها شهادة التطعيم الخاصة بها.",
    ),
]
_STYLES = ["display: none;", "display:none", "visibility: hidden"]


def _page(faq: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    menu = "".join(f"<li><a href='/c/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        "<html><head><meta charset='utf-8'><title>Ferry line</title></head><body>"
        f"<ul class='menu'>{menu}</ul><div class='x1'><h1>Ferry line opens in spring</h1>"
        f"<div class='x2'>{body}<h2>Questions</h2>{faq}</div></div>"
        "<div class='x3'><p>© 2026 The Harbour Gazette</p></div></body></html>"
    )


def _folded(question: str, answer: str, style: str) -> str:
    return (
        f"<div class='x4'><h3>\n    {question}\n    <span class='x5'><svg></svg></span>\n"
        f"{' ' * 300}</h3>"
        f"<div class='x6' style='{style}'><p>{answer}</p></div></div>"
    )


@pytest.mark.parametrize("style", _STYLES)
def test_folded_faq_answers_are_kept(style: str) -> None:
    # An FAQ under the article whose answers a script unfolds on a click on their question:
    # the reader reads them (a collapsed section of the text), and so do the golds.
    faq = "".join(_folded(q, a, style) for q, a in FAQ)
    text = extract_text(_page(faq))
    assert ARTICLE[0] in text
    for question, answer in FAQ:
        assert answer in text, question


def test_folded_answer_in_the_hidden_attribute_is_kept() -> None:
    question, answer = FAQ[0]
    faq = f"<h3>{question}</h3><div hidden><p>{answer}</p></div>"
    assert answer in extract_text(_page(faq))


@pytest.mark.parametrize("folded", ["hidden", "faq-answer is-hidden", "x6 hide"])
def test_faq_answers_folded_by_a_class_are_kept(folded: str) -> None:
    # the class a script takes off when the question is clicked (Tailwind's "hidden" ...)
    faq = "".join(
        f"<div class='x4'><h4 class='x5'>{q}</h4><div class='{folded}'><p>{a}</p></div></div>"
        for q, a in FAQ
    )
    text = extract_text(_page(faq))
    for question, answer in FAQ:
        assert answer in text, question


def test_hidden_blocks_that_answer_no_question_stay_out() -> None:
    # Hidden after a statement, or a one-line thanks after a question: not an answer.
    hidden = (
        "<h3>Share this article</h3><div style='display:none'><p>Copy the link below and paste "
        "it in a message to a friend: it opens the article in any browser at all.</p></div>"
        "<p>Was this article useful?</p><div style='display:none'><p>Thank you!</p></div>"
        "<div class='x7'><p>Name</p><p>Password</p><p>Not a member yet?</p></div>"
        "<div style='display:none'>Thank you. Your reply has been submitted and will appear "
        "on the message board shortly after a moderator reads it.</div>"
        "<p>Want more?</p><div class='comments hidden'><p>A reader wrote in the comments "
        "that the ferry should also stop at the island on its way across the bay.</p></div>"
    )
    text = extract_text(_page(hidden))
    assert ARTICLE[2] in text
    assert "Copy the link" not in text
    assert "Thank you" not in text
    assert "A reader wrote" not in text


def _site(article: str, below: str) -> str:
    # the article's container, then a section of the page's layout of its own (another
    # wrapper, another background) under it, then the footer
    menu = "".join(f"<li><a href='/c/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        "<html><head><meta charset='utf-8'><title>Ferry line</title></head><body>"
        f"<ul class='menu'>{menu}</ul><div class='x1'><div class='x2'><div class='x3'>"
        f"<h1>Ferry line opens in spring</h1>{article}</div></div></div>"
        f"<div class='x8'><div class='x9'><div class='x10'>{below}</div></div></div>"
        "<div class='x11'><p>© 2026 The Harbour Gazette</p></div></body></html>"
    )


def test_faq_section_under_the_article_is_kept() -> None:
    # Each question a toggle (a link to its own answer) over its answer, in a list of its
    # own headed by a question: the golds keep it with the article.
    article = "".join(f"<p>{p}</p>" for p in ARTICLE)
    panels = "".join(
        f"<div class='p{i}'><div role='tab'><a href='#faq-{i}' class='q'><span></span>"
        f"<p>{q}</p></a></div><div id='faq-{i}' class='collapse show'><div class='a'><p>{a}</p>"
        "</div></div></div>"
        for i, (q, a) in enumerate(FAQ)
    )
    below = f"<h2>Any questions about the ferry?</h2><div class='acc'>{panels}</div>"
    text = extract_text(_site(article, below))
    assert ARTICLE[0] in text
    for question, answer in FAQ:
        assert question in text and answer in text, question
    assert text.index(ARTICLE[2]) < text.index(FAQ[0][1])


def test_teasers_with_question_titles_are_no_faq() -> None:
    # Teasers whose titles end on a question link each title to its own article.
    article = "".join(f"<p>{p}</p>" for p in ARTICLE)
    teasers = "".join(
        f"<div class='t'><h3><a href='/story/{i}'>{q}</a></h3><p>{a}</p></div>"
        for i, (q, a) in enumerate(FAQ)
    )
    text = extract_text(_site(article, f"<h2>More stories</h2>{teasers}"))
    assert ARTICLE[2] in text
    for _question, answer in FAQ:
        assert answer not in text
