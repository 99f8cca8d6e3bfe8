"""An article's opening section in a block of its own before the body, closing on a callout
under its own heading ("Warning", "Attention", "Importante"): the opening stays whatever its
class names (it was kept only when its class said "intro"). A headline block (a heading
first, then a standfirst and a byline) is still no opening section."""

from __future__ import annotations

import pytest

OPENING = {
    "en": [
        "Not every corner of a flat gets much daylight, but that need not keep plants out of it:"
        " many species grow happily in the shade of a north-facing room.",
        "Here are the eight we found easiest to keep alive through a dark winter.",
    ],
    "fr": [
        "Tous les coins d'un appartement ne reçoivent pas beaucoup de lumière, mais de nombreuses"
        " plantes poussent très bien à l'ombre d'une pièce orientée au nord.",
        "Voici les huit que nous avons trouvées les plus faciles à garder en vie tout l'hiver.",
    ],
    "es": [
        "No todos los rincones de un piso reciben mucha luz, pero muchas plantas crecen sin"
        " problema a la sombra de una habitación orientada al norte.",
        "Estas son las ocho que nos resultaron más fáciles de mantener durante el invierno.",
    ],
}
CALLOUT = {
    "en": ("Warning", "Some of these plants are toxic to cats and dogs, so check each one first."),
    "fr": ("Attention", "Certaines de ces plantes sont toxiques pour les chats et les chiens."),
    "es": ("Importante", "Algunas de estas plantas son tóxicas para perros y gatos."),
}
ITEMS = {
    "en": "Cast-iron plant|Snake plant|Peace lily|Pothos|ZZ plant|Parlour palm|Fern|Ivy",
    "fr": "Aspidistra|Sansevieria|Spathiphyllum|Pothos|Zamioculcas|Chamaedorea|Fougère|Lierre",
    "es": "Aspidistra|Sansevieria|Espatifilo|Potus|Zamioculca|Palmera de salón|Helecho|Hiedra",
}
ITEM_TEXT = {
    "en": "It tolerates low light, dry air and irregular watering better than almost any plant"
    " we tried, and it grows slowly enough to stay on a shelf for years.",
    "fr": "Elle supporte la faible lumière, l'air sec et les arrosages irréguliers mieux que"
    " presque toutes les plantes que nous avons essayées, et pousse lentement.",
    "es": "Tolera la poca luz, el aire seco y el riego irregular mejor que casi cualquier planta"
    " que probamos, y crece tan despacio que cabe en una estantería durante años.",
}


def _opening(lang: str, cls: tuple[str, str, str]) -> str:
    heading, note = CALLOUT[lang]
    paras = "".join(f"<p class='{cls[1]}'>{p}</p>" for p in OPENING[lang])
    return (
        f"<div class='{cls[0]}'>{paras}<div class='{cls[2]}'><h3>{heading}</h3>"
        f"<div><p>{note}</p></div></div></div>"
    )


def _items(lang: str) -> str:
    return "".join(
        f"<div class='k{i}'><h2>{i}. {name}</h2><img src='/p{i}.jpg' alt=''>"
        f"<p>{ITEM_TEXT[lang]}</p><p>{ITEM_TEXT[lang]}</p></div>"
        for i, name in enumerate(ITEMS[lang].split("|"), 1)
    )


def _hashed(lang: str) -> str:
    return (
        "<html><body><div class='a1'><a href='/'>Home</a><a href='/garden'>Garden</a></div>"
        "<main class='m3x'><article class='r7k'><h1>Plants for dark rooms</h1>"
        f"<div class='w0q'>{_opening(lang, ('c5v', 'p8n', 'b2t'))}"
        f"<div class='d9s'>{_items(lang)}</div></div></article></main>"
        "<div class='f6'><a href='/about'>About us</a></div></body></html>"
    )


def _wordpress(lang: str) -> str:
    return (
        "<html><body><header><a href='/'>Home</a></header><div id='content'><article>"
        "<h1 class='entry-title'>Plants for dark rooms</h1><div class='entry-content'>"
        f"{_opening(lang, ('entry-top', 'wp-block-paragraph', 'wp-block-callout'))}"
        f"<div class='entry-list'>{_items(lang)}</div></div></article></div>"
        "<footer><a href='/privacy'>Privacy</a></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(OPENING))
@pytest.mark.parametrize("shape", [_hashed, _wordpress])
def test_opening_with_a_callout_stays(shape: object, lang: str) -> None:
    from pipeline.maintext.core import own_paragraphs

    paras = own_paragraphs(shape(lang))  # type: ignore[operator]
    for p in OPENING[lang]:
        assert p in paras
    assert CALLOUT[lang][1] in paras
    assert ITEM_TEXT[lang] in paras
    assert not {"Home", "Garden", "About us", "Privacy"} & set(paras)


def test_a_headline_block_is_no_opening_section() -> None:
    """A heading before any prose opens a headline block (title, standfirst, byline); a
    heading after the opening prose is a box inside the opening section."""
    from pipeline.maintext.siblings import _is_prose_block
    from pipeline.web.html import compute_stats, parse, prune

    head = (
        "<div class='h5r'><h2>Plants for dark rooms</h2>"
        "<p>Eight species that need almost no daylight, tested through a whole winter.</p>"
        "<p>By Jane Doe, gardening correspondent, with photographs by Tom Lee.</p></div>"
    )
    page = f"<html><body><main>{head}{_opening('en', ('c5v', 'p8n', 'b2t'))}</main></body></html>"
    body = prune(parse(page))
    stats = compute_stats(body)
    headline_block = body.find(".//div[@class='h5r']")
    opening = body.find(".//div[@class='c5v']")
    assert not _is_prose_block(headline_block, stats)
    assert _is_prose_block(opening, stats)
