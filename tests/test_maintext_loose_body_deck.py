"""A deck sits between the headline and the body's start (`deckfind.iter_deck_blocks`): on
an old table layout printing the story as loose `<br>` lines in the headline's cell, the
page's footer `<p>` after them is no deck (it was taken as one); a deck printed before such
lines, or after a short loose byline, still opens the text. Pages we wrote, in English and
French."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs

_STORIES = {
    "en": (
        "Ferry pier to close for repairs",
        [
            "The harbour board voted on Tuesday to close the old ferry pier for repairs until "
            "the spring.",
            "Engineers found that three of the wooden piles had rotted through below the "
            "waterline.",
            "The ferry will dock at the cargo quay in the meantime, a ten minute walk from the "
            "town square.",
            "Local traders said they feared losing custom during the busy Christmas weeks.",
        ],
        "All material on this site is the property of the Coastal Gazette and may not be "
        "reproduced without written permission.",
        "Passengers will board at the cargo quay for three months while the piles are replaced.",
    ),
    "fr": (
        "Le pont du canal fermé pour travaux",
        [
            "Le conseil municipal a décidé mardi de fermer le vieux pont du canal jusqu'au "
            "printemps prochain.",
            "Les ingénieurs ont constaté que deux des piliers en pierre étaient fissurés sous "
            "le niveau de l'eau.",
            "Une passerelle provisoire sera installée à une centaine de mètres en aval dès la "
            "semaine prochaine.",
            "Les commerçants du quai craignent une baisse de fréquentation pendant les fêtes.",
        ],
        "Tous les contenus de ce site sont la propriété de la Gazette du Canal et ne peuvent "
        "être reproduits sans autorisation écrite.",
        "Les piétons passeront par une passerelle provisoire pendant les trois mois du chantier.",
    ),
}


def _page(headline: str, cell: str, footer: str) -> str:
    return (
        f"<html><head><title>{headline}</title></head><body><table>"
        "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a></td></tr>"
        f"<tr><td>{cell}</td></tr><tr><td><p>{footer}</p></td></tr></table></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_the_footer_after_a_story_of_loose_lines_is_no_deck(lang: str) -> None:
    headline, lines, footer, _ = _STORIES[lang]
    page = _page(headline, f"<h1>{headline}</h1>" + "<br>".join(lines), footer)
    assert own_paragraphs(page) == lines


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_a_deck_before_the_loose_lines_still_opens_the_text(lang: str) -> None:
    headline, lines, footer, deck = _STORIES[lang]
    cell = f"<h1>{headline}</h1><p class='standfirst'>{deck}</p>" + "<br>".join(lines)
    assert own_paragraphs(_page(headline, cell, footer)) == [deck, *lines]
    cell = f"<h1>{headline}</h1>Jane Doe<p>{deck}</p>" + "<br>".join(lines)
    assert own_paragraphs(_page(headline, cell, footer))[0] == deck
