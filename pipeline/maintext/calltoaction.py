"""A button's call to action printed as a line of its own: a short label closed by an arrow
("Je reçois mon invitation →", "Découvrir l'offre ->", "Learn more →", "Jetzt testen →"),
or a French button speaking for the reader in the first person (« Je m'abonne », « J'en
profite », « Je tente ma chance », « Je commande mon hors-série »): French offers, contests
and subscription boxes print them under each card of a promotion slider after the article.

Read whole: the line is at most `_MAX_CALL` characters; the arrow closes it after a space (a
closing « » » is a quotation's, never read); the first person opens it with one of the
buttons' verbs and no sentence is closed (« Je soutiens la réforme. » is a quotation).
Patterned after no site.
"""

from __future__ import annotations

_MAX_CALL = 40
_ARROWS = ("→", "->", "➜", "➔", "⟶", "⇒")
_ARROW_ENDS = frozenset(a[-1] for a in _ARROWS)
# (after a space: not an HTML comment's end "-->" in a code sample, a smiley ";->", "└→")
_SPACED_ARROWS = tuple(f"{space}{arrow}" for arrow in _ARROWS for space in " \xa0")
_FIRST_HEADS = frozenset(("Je", "J'", "J’", "JE"))
_FIRST_PERSON = (
    "je m'abonne",
    "je m'inscris",
    "je me connecte",
    "je découvre",
    "j'en profite",
    "je profite",
    "je commande",
    "je reçois",
    "je tente ma chance",
    "je participe",
    "je fais un don",
    "j'offre",
    "je réserve",
)
_STOPS = (".", "!", "?", "…")


def is_call_to_action(text: str) -> bool:
    """`text` (a line, stripped) is a button's call to action (above)."""
    if len(text) > _MAX_CALL or not text:
        return False
    if text[-1] in _ARROW_ENDS and text.endswith(_SPACED_ARROWS):
        return any(c.isalpha() for c in text)  # a label, not an arrow alone
    if text[:2] in _FIRST_HEADS and not text.endswith(_STOPS):
        return text.lower().replace("’", "'").startswith(_FIRST_PERSON)
    return False
