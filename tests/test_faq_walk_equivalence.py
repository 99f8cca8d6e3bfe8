"""`faq.faq_sections` finds the former sections with its question test written in its walk
(the former `_closing_question`: an element's own text, else its tail, closing on a question
mark of any script), on generated pages of question and answer pairs after a container,
questions closed in texts and in tails, behind spaces, inside and outside the container."""

from __future__ import annotations

import copy
import random

from lxml import etree

from pipeline.maintext import faq
from pipeline.web.html import FOLDED_QUESTION_END, HtmlElement, Stats, compute_stats


def _closing_question(el: HtmlElement, text: str | None) -> HtmlElement | None:
    """The former `faq._closing_question`, word for word."""
    if (text or "").rstrip().endswith(FOLDED_QUESTION_END):
        return el
    if (el.tail or "").rstrip().endswith(FOLDED_QUESTION_END):
        return el.getparent()
    return None


def _faq_sections_former(
    body: HtmlElement, chosen: list[HtmlElement], stats: Stats
) -> list[HtmlElement]:
    """The former `faq.faq_sections`, word for word (but its question test, above)."""
    last = chosen[-1]
    after = False
    pairs: dict[HtmlElement, list[HtmlElement]] = {}
    texts = stats.texts
    for el in body.iter():
        if el is last:
            after = True
            continue
        if not after or not isinstance(el.tag, str):
            continue
        block = _closing_question(el, texts[el])
        if block is not None and not faq._inside(block, last):  # noqa: SLF001
            found = faq._pair(block)  # noqa: SLF001
            if found is not None:
                pairs.setdefault(found[0], []).append(found[1])
    lists = [holder for holder, questions in pairs.items() if len(questions) >= faq._MIN_PAIRS]  # noqa: SLF001
    sections = []
    for holder in lists:
        if not any(other in holder.iterancestors() for other in lists):
            for question in pairs[holder]:
                faq._unwrap_toggles(question, stats)  # noqa: SLF001
            sections.append(faq._with_heading(holder))  # noqa: SLF001
    return sections


_QUESTIONS = ("How do I apply?", "Quand ouvrir ？ ", "¿Cuándo? \n", "Why", "Is it free؟", "Τι;")
_ANSWER = "You apply online before the end of the month, with your papers and a photo. " * 2


def _page(rng: random.Random) -> HtmlElement:
    doc = etree.Element("html")
    body = etree.SubElement(doc, "body")
    article = etree.SubElement(body, "div")
    etree.SubElement(article, "p").text = "The article's text."
    holder = etree.SubElement(rng.choice((body, article)), rng.choice(("div", "section")))
    for _ in range(rng.randint(0, 5)):
        box = etree.SubElement(holder, "div") if rng.random() < 0.3 else holder
        question = etree.SubElement(box, rng.choice(("h3", "button", "p")))
        if rng.random() < 0.3:  # closed in a tail: "Can I bring <em>my dog</em>?"
            question.text = "Can I bring "
            em = etree.SubElement(question, "em")
            em.text, em.tail = "my dog", rng.choice(_QUESTIONS)[-3:]
        else:
            question.text = rng.choice(_QUESTIONS)
        if rng.random() < 0.2:
            link = etree.SubElement(question, "a", href=rng.choice(("#q1", "https://x.org/a")))
            link.text = "?"
        answer = etree.SubElement(box, "div")
        answer.text = _ANSWER if rng.random() < 0.8 else "Yes."
        answer.tail = rng.choice(("", "\n", "?"))
    return body


def test_faq_sections_are_the_former_ones() -> None:
    rng = random.Random(2818)
    found = 0
    for _ in range(1500):
        body = _page(rng)
        former_body = copy.deepcopy(body)
        chosen = [body[0]]
        sections = faq.faq_sections(body, chosen, compute_stats(body))
        former = _faq_sections_former(former_body, [former_body[0]], compute_stats(former_body))
        assert [etree.tostring(s) for s in sections] == [etree.tostring(s) for s in former]
        assert etree.tostring(body) == etree.tostring(former_body)
        found += len(former)
    assert found > 100
