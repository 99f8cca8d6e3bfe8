"""An article printed in a page builder's rows (each row a template of columns: the text's part
in one, a picture's credit or a quote beside it in another) is read whole (`with_rows`): its
parts in the same slot of the rows beside the chosen one, in the page's order, in five
languages and two builders' shapes (rows of one class with a per-row id, rows styled one by
one); a row of the template holding a newsletter form, other stories' headlines, the next
story under its headline, a slider's captions or a program line stays out."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.extract import extract_text
from pipeline.maintext.rows import with_rows
from pipeline.web.html import HtmlElement
from pipeline.web.linkstats import compute_stats

PARTS = {
    "en": (
        "The town council voted on Monday to close the old swimming pool at the end of the"
        " summer, after engineers found that the roof could no longer carry the winter snow.",
        "Parents who take their children to lessons there said the decision came too quickly"
        " and asked the council to keep the pool open until the new one is built.",
        "The new pool will be built beside the school on the hill, the mayor said, and should"
        " open in two years if the region pays half of its cost as promised in the spring.",
    ),
    "de": (
        "Der Gemeinderat hat am Montag beschlossen, das alte Hallenbad am Ende des Sommers zu"
        " schließen, nachdem Gutachter festgestellt hatten, dass das Dach den Schnee nicht trägt.",
        "Eltern, deren Kinder dort schwimmen lernen, sagten, die Entscheidung komme zu schnell,"
        " und baten den Rat, das Bad bis zur Eröffnung des neuen Bades offen zu halten.",
        "Das neue Bad soll neben der Schule am Hang entstehen, sagte der Bürgermeister, und in"
        " zwei Jahren öffnen, wenn das Land wie im Frühjahr zugesagt die Hälfte der Kosten trägt.",
    ),
    "fr": (
        "Le conseil municipal a voté lundi la fermeture de la vieille piscine à la fin de"
        " l'été, après que des ingénieurs ont constaté que le toit ne supportait plus la neige.",
        "Les parents qui y emmènent leurs enfants aux leçons ont dit que la décision tombait"
        " trop vite et ont demandé de garder la piscine ouverte jusqu'à la nouvelle.",
        "La nouvelle piscine sera construite à côté de l'école sur la colline, a dit le maire,"
        " et devrait ouvrir dans deux ans si la région paie la moitié du coût promise au printemps.",
    ),
    "es": (
        "El ayuntamiento votó el lunes el cierre de la vieja piscina al final del verano,"
        " después de que los ingenieros comprobaran que el techo ya no soporta la nieve.",
        "Los padres que llevan a sus hijos a las clases dijeron que la decisión llegaba"
        " demasiado pronto y pidieron mantener la piscina abierta hasta que se construya la nueva.",
        "La nueva piscina se construirá junto a la escuela de la colina, dijo el alcalde, y"
        " abrirá en dos años si la región paga la mitad del coste como prometió en primavera.",
    ),
    "pt": (
        "A câmara municipal votou na segunda-feira o fecho da velha piscina no fim do verão,"
        " depois de os engenheiros verificarem que o telhado já não aguenta a neve do inverno.",
        "Os pais que levam os filhos às aulas disseram que a decisão chegou depressa demais e"
        " pediram que a piscina fique aberta até a nova estar construída.",
        "A nova piscina será construída ao lado da escola do monte, disse o presidente, e deverá"
        " abrir dentro de dois anos se a região pagar metade do custo, como prometeu.",
    ),
}
LONG = {  # a longer middle part, so that the middle row's slot is the container chosen
    "en": " The engineers' report, read out at the meeting, lists cracks in three of the beams.",
    "de": " Der Bericht der Gutachter, der in der Sitzung verlesen wurde, nennt Risse in drei Balken.",
    "fr": " Le rapport des ingénieurs, lu en séance, relève des fissures dans trois des poutres.",
    "es": " El informe de los ingenieros, leído en la sesión, señala grietas en tres de las vigas.",
    "pt": " O relatório dos engenheiros, lido na reunião, aponta fissuras em três das vigas.",
}
URL = "https://example.org/local/pool"


def _builder_row(
    text: str, caption: str = "The old pool in the town park, seen from the hill", n: int = 0
) -> str:
    """A builder's row: row > column > inner > text widget > its wrapper > <p>, and a column
    beside it holding a picture with its caption and credit."""
    return (
        f'<div class="pb_row pb_row-fluid pb_custom_{1500 + n}"><div class="pb_column pb_col-8">'
        '<div class="pb_column-inner"><div class="pb_wrapper"><div class="pb_text_column">'
        f'<div class="pb_wrapper"><p>{text}</p></div></div></div></div></div>'
        '<div class="pb_column pb_col-4"><div class="pb_column-inner"><div class="pb_wrapper">'
        f'<figure><img src="/p.jpg" alt=""><figcaption>{caption}. Photo: Town Post / A. Lens'
        "</figcaption></figure></div></div></div></div>"
    )


def _grid_row(text: str, style: str, credit: str) -> str:
    """A grid row of two slots: the text's and a picture's credit beside it; `style` a class
    styling this row only."""
    return (
        f'<div class="grid-box grid-box-2-1 {style}"><div class="grid-slots">'
        f'<div class="grid-slot grid-slot-main"><div class="grid-items"><p>{text}</p></div></div>'
        f'<div class="grid-slot grid-slot-side"><div class="grid-items">'
        f'<img src="/p.jpg" alt=""><span>{credit}</span>'
        "<blockquote><strong>“We will not let the children down,” the mayor told the"
        " meeting.</strong></blockquote></div></div></div></div>"
    )


TOPICS = "".join(
    f'<li><a href="/topic/{t}">{t.title()}</a></li>'
    for t in ("council", "schools", "sport", "pools", "budget", "roads", "weather", "events")
)


def _page(rows: str, after: str = "") -> str:
    """The page: the rows, then the builder's row of topic links under them."""
    return (
        "<html><head><title>Pool to close</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>'
        f"<main><h1>Pool to close</h1><div class='content'>{rows}{after}"
        f'<div class="topics-row"><p>More on these topics:</p><ul>{TOPICS}</ul></div></div></main>'
        "<footer><p>Example Town Post</p></footer></body></html>"
    )


def _chosen(html: str, text: str) -> tuple[list[HtmlElement], list[str]]:
    """`with_rows` of the block holding `text` in the slot it sits in (as `with_siblings`
    leaves it: the slot's wrapper), and the texts of the blocks it returns."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    st = compute_stats(root)
    p = next(el for el in root.iter("p") if (el.text or "").startswith(text[:40]))
    slot = p.getparent()
    assert slot is not None
    out = with_rows([slot], st)
    return out, [" ".join(el.text_content().split()) for el in out]


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_with_rows_takes_the_same_slot_of_a_builders_rows(lang: str) -> None:
    first, middle, last = PARTS[lang]
    html = _builder_row(first, n=1) + _builder_row(middle, n=2) + _builder_row(last, n=3)
    _, texts = _chosen(html, middle)
    assert [t[:40] for t in texts] == [first[:40], middle[:40], last[:40]]
    assert not any("Photo:" in t for t in texts)  # the column beside is not the text's slot


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_with_rows_takes_the_text_slot_of_rows_styled_one_by_one(lang: str) -> None:
    first, middle, last = PARTS[lang]
    html = (
        _grid_row(first, "", "Photo: A. Lens")
        + _grid_row(middle, "grey has-title", "Photo: B. Lens")
        + _grid_row(last, "grey", "Photo: C. Lens")
    )
    _, texts = _chosen(html, last)
    assert [t[:40] for t in texts] == [first[:40], middle[:40], last[:40]]


def test_with_rows_leaves_a_form_teasers_a_story_captions_and_a_label_out() -> None:
    first, middle, last = PARTS["en"]
    form = _builder_row("", n=4).replace(
        "<p></p>",
        '<form action="/subscribe"><p>Get the Town Post in your inbox every morning: the'
        " council, the schools and the weather, from our newsroom.</p>"
        '<input name="email"></form>',
    )
    teasers = _builder_row("", n=5).replace(
        "<p></p>",
        "".join(
            f'<h3><a href="/local/{i}">{title}</a></h3><p>{title}, our reporter writes after a'
            " long week in the town hall with the council.</p>"
            for i, title in enumerate(["Bridge works start", "A new bus line", "Library hours"])
        ),
    )
    story = _builder_row(
        "The fire brigade got a new truck on Sunday that can drive through flooded streets"
        " and carries twelve people to the places the river reaches.",
        n=6,
    ).replace("<p>", "<h1>A new truck for the fire brigade</h1><p>", 1)
    slider = _builder_row("", n=7).replace(
        "<p></p>",
        '<p class="slide-caption">The old pool in the town park when it opened, seen from'
        " the hill above the river in the summer of its first year.</p>",
    )
    label = _builder_row(
        "This story on the radio: Town Post Morning | News | 20 April | 7:00 to 9:00 with"
        " the weather and the traffic",
        n=8,
    )
    html = (
        _builder_row(first, n=1)
        + _builder_row(middle, n=2)
        + form
        + teasers
        + story
        + slider
        + label
        + _builder_row(last, n=9)
    )
    _, texts = _chosen(html, middle)
    assert [t[:40] for t in texts] == [first[:40], middle[:40], last[:40]]


def test_with_rows_leaves_rows_of_stories_under_their_headlines() -> None:
    """Endless scrolling: each row a story with its headline; the chosen one's row holds one."""
    first, middle, _ = PARTS["de"]
    rows = "".join(
        f'<div class="story-row"><h1>{title}</h1><div class="story-body"><p>{text}</p></div></div>'
        for title, text in (("Das Bad schließt", first), ("Die Eltern", middle))
    )
    out, _ = _chosen(rows, first)
    assert len(out) == 1


def test_with_rows_leaves_blocks_of_the_chosen_ones_class_to_with_siblings() -> None:
    first, middle, _ = PARTS["fr"]
    html = f'<div class="txt"><p>{first}</p></div><div class="txt"><p>{middle}</p></div>'
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    st = compute_stats(root)
    assert with_rows([root[0]], st) == [root[0]]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_page_in_a_builders_rows_keeps_every_part(lang: str) -> None:
    first, middle, last = PARTS[lang]
    html = _page(
        _builder_row(first, n=1) + _builder_row(middle + LONG[lang], n=2) + _builder_row(last, n=3)
    )
    text = extract_text(html, url=URL) or ""
    assert text.index(first[:40]) < text.index(middle[:40]) < text.index(last[:40])
