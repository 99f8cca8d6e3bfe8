"""Short paragraphs whose class holds a layout word, beside long ones of the same class.

Some sites put one class on every paragraph of the article, and the class holds a layout
word by accident ("sidebar-text", "menu-anchor", a script's "share-hook"). The long
paragraphs stay because they read as prose; the short ones of the same tag and class (a
closing greeting, a one-line paragraph) are the article's too, and must not be dropped as
a menu."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs

_LONG = {
    "en": [
        "The council met on Tuesday evening to discuss the new budget, which cuts spending on"
        " roads by a fifth and adds money for the libraries, the parks and the schools.",
        "Residents who spoke at the meeting said the changes came too late, and that the roads"
        " in the north of the town had been waiting for repairs for more than ten years.",
        "The mayor said the plan would be put to a vote next month, after a consultation that"
        " will run for four weeks, and that every household would receive a letter.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten, der die Ausgaben für"
        " Straßen um ein Fünftel kürzt und mehr Geld für Bibliotheken und Schulen vorsieht.",
        "Anwohner, die bei der Sitzung sprachen, sagten, die Änderungen kämen zu spät, und die"
        " Straßen im Norden der Stadt warteten seit mehr als zehn Jahren auf Reparaturen.",
        "Der Bürgermeister sagte, über den Plan werde im nächsten Monat abgestimmt, nach einer"
        " Anhörung, die vier Wochen dauert, und jeder Haushalt erhalte einen Brief.",
    ],
    "ru": [
        "Городской совет во вторник вечером обсудил новый бюджет, который сокращает расходы на"
        " дороги на пятую часть и добавляет деньги библиотекам, паркам и школам.",
        "Жители, выступившие на заседании, сказали, что изменения запоздали, а дороги на севере"
        " города ждут ремонта уже больше десяти лет, и терпение у людей кончается.",
        "Мэр сказал, что план поставят на голосование в следующем месяце, после обсуждения,"
        " которое продлится четыре недели, и каждая семья получит письмо.",
    ],
}
_SHORT = {"en": "See you there!", "de": "Wir bleiben dran.", "ru": "Следите за новостями."}


def _page(lang: str, cls: str) -> str:
    paras = "".join(f"<p class='{cls}'>{p}</p>" for p in _LONG[lang])
    share = (
        "<div class='share-bar'><a href='/s/fb'>Facebook</a> <a href='/s/x'>X</a>"
        " <a href='/s/mail'>Email</a></div>"
    )
    links = "".join(f"<li><a href='/n/{i}'>Other story {i}</a></li>" for i in range(30))
    return (
        "<html><head><title>Budget</title></head><body>"
        "<ul class='main-menu'><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul>"
        f"<article><h1>Budget</h1>{share}<div class='story'>{paras}"
        f"<p class='{cls}'>{_SHORT[lang]}</p>"
        f"<p class='{cls} readmore'></p><div class='related'><h3>Read more</h3><ul>{links}</ul></div>"
        "</div></article><footer><p>About us. Contact. Terms.</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_LONG))
@pytest.mark.parametrize("cls", ["menu-anchor body-text", "sidebar-text", "share-hook txt"])
def test_a_short_paragraph_of_the_articles_class_is_kept(lang: str, cls: str) -> None:
    text = "\n".join(own_paragraphs(_page(lang, cls)))
    assert all(p in text for p in _LONG[lang])
    assert _SHORT[lang] in text
    assert "Facebook" not in text and "Other story 3" not in text and "Home" not in text


def test_a_short_block_of_another_class_is_still_dropped() -> None:
    """Only the paragraphs' own class: a short line of another layout class beside them
    (a toolbar's label) still goes."""
    page = _page("en", "sidebar-text").replace(
        "<p class='sidebar-text'>See you there!</p>", "<p class='toolbar-label'>See you there!</p>"
    )
    text = "\n".join(own_paragraphs(page))
    assert _LONG["en"][0] in text and "See you there!" not in text
