"""A writer's role printed between a byline's label and the name, dropped: "Autor:
Rechtsanwalt Max Muster", "Par notre envoyée spéciale Marie Dupont", "By our correspondent
Jane Doe", "Por nuestra enviada especial María García", "Автор: корреспондент Иван Петров".
The name is the person; the role, the paper's possessive ("notre", "our") and the role's
qualifier ("spéciale", "especial") are not. Read only where two to four words of a name's
shape follow the role (a role alone, "Our correspondent", stays no one's). Academic titles
("Dr.", "Prof.") stay: they are printed as part of the name, and golds keep them.
"""

from __future__ import annotations

from pipeline.text.bylines import NAME_PARTICLES
from pipeline.web.metadata.vocabulary import _DESK_POSSESSIVES, _ROLE_WORDS

# Professions printed before the name in a byline or an author's label (a guest writer's,
# a practice's or a firm's article): German, English, French, Spanish, Italian, Portuguese,
# Dutch, Polish, Russian; and reporters' roles `_ROLE_WORDS` lacks ("enviada especial").
_PROFESSIONS = frozenset(
    "rechtsanwalt rechtsanwältin fachanwalt fachanwältin anwalt anwältin steuerberater "
    "steuerberaterin notar notarin apotheker apothekerin tierarzt tierärztin heilpraktiker "
    "heilpraktikerin attorney lawyer solicitor avocat avocate abogado abogada avvocato "
    "avvocata advogado advogada advocaat adwokat адвокат юрист "
    "maître enviado enviada envoyé envoyée".split()
)
# Roles of `_ROLE_WORDS` that credit someone other than the writer (as `person`'s).
_OTHERS = frozenset("editor editör photographer fotograf producer".split())
# A role's qualifier after it: "envoyée spéciale", "enviada especial", "inviato speciale",
# "correspondant permanent", "Attorney General".
# An article before the role: "Por la abogada María García", "By the attorney Jane Doe".
_ARTICLES = frozenset("the la el le il der die".split())
_QUALIFIERS = frozenset(
    "spécial spéciale special especial speciale permanent permanente principal general".split()
)


def _role(word: str) -> bool:
    lowered = word.lower().strip(":：,")
    return (lowered in _ROLE_WORDS or lowered in _PROFESSIONS) and lowered not in _OTHERS


def _name_shaped(words: list[str]) -> bool:
    """Two to four words of a name: capitalised, a lower-case particle between them."""
    return (
        2 <= len(words) <= 4
        and all(
            w[:1].isupper() or (0 < i < len(words) - 1 and w in NAME_PARTICLES)
            for i, w in enumerate(words)
        )
        and not all(w.isupper() for w in words)
    )


def without_role_lead(words: list[str]) -> list[str]:
    """`words` without a possessive, a role and its qualifiers opening them when a name of
    two to four words follows (see the module); else `words` unchanged."""
    first = words[0].lower() if words else ""
    if len(words) < 3 or not (first in _DESK_POSSESSIVES or first in _ARTICLES or _role(first)):
        return words
    at = 1 if first in _DESK_POSSESSIVES or first in _ARTICLES else 0
    start = at
    while at < len(words) and _role(words[at]):
        at += 1
    if at == start:
        return words  # "Our Foreign Staff": a possessive and no role
    while at < len(words) and words[at].lower().strip(",") in _QUALIFIERS:
        at += 1
    rest = words[at:]
    return rest if _name_shaped(rest) else words
