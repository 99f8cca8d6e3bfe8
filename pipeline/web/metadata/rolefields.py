"""A byline's roles and joins read before its split into names (`names.split_authors`):
two names joined by Dutch "en" or Czech "a", the fields after a comma that hold a writer's role
("Anna Schmidt, Korrespondentin in Paris"), and the same role in brackets after a name ("Anna
Schmidt (Korrespondentin in Paris)").
"""

from __future__ import annotations

import re

from pipeline.text.bylines import NAME_PARTICLES
from pipeline.web.metadata.vocabulary import _NAMES_JOINED_EN_A, _ROLE_WORDS


def joined_en_a(value: str) -> str:
    """Two full names joined by Dutch "en" or Czech and Slovak "a" ("Jan de Vries en Piet
    Jansen", `_NAMES_JOINED_EN_A`) set on two lines, when the second is capitalised."""
    match = _NAMES_JOINED_EN_A.search(value)
    if match is None:
        return value
    # (up to an agency or a title after the names: "Jan Jansen (ANP)", "Jan Jansen, Berlijn")
    second = _AFTER_NAMES.split(value[match.end() :], maxsplit=1)[0].split()
    # (up to the agency after "with" or the date: "X en Jan Jansen met ANP", "... 12 mei")
    ends = [i for i, w in enumerate(second) if w == "met" or w[:1].isdigit()]
    second = second[: ends[0]] if ends else second
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in second):
        return value
    return f"{value[: match.start()]}\n{value[match.end() :]}"


_AFTER_NAMES = re.compile(r"[,，;|(（/]")
_FIELD_COMMA = re.compile(r"[,，،]")
# Words that tie a place, a beat or an outlet to a role closing a byline ("Korrespondentin in
# Paris", "korrespondent i Berlin", "corresponsal en Berlín", "مراسل في برلين", "zpravodaj v
# Berlíně", "correspondent for Reuters")
_AFTER_ROLE = frozenset(
    (
        *"in im i à a au aux en em no na nos nas aus für for from at pour para per da voor".split(),
        *"uit för från fra på w we z ze dla v ve в во у из для".split(),
        *"σε στο στη στην στον από για في من di dari untuk ở tại".split(),
    )
)


def without_role_fields(value: str) -> str:
    """`value` without the fields after its first comma that hold a writer's role alone or a
    role and where or for whom (`_AFTER_ROLE`): "Anna Schmidt, Korrespondentin in Paris",
    "Av Kari Nordmann og Ola Hansen, korrespondent i Berlin" (the role's "in Paris" read as a
    name, or "i" as Scandinavian-looking "and", otherwise), or that hold one word in lower
    case after a capitalised name: a profession ("Jean Dupont, économiste")."""
    fields = _FIELD_COMMA.split(value)
    if len(fields) < 2:
        return value
    capitalised = not fields[0].islower()
    kept = [
        fields[0],
        *(f for f in fields[1:] if not _role_field(f) and not (capitalised and _lower_word(f))),
    ]
    if len(kept) == len(fields):
        return value
    return ", ".join(f.strip() for f in kept)


def _lower_word(field: str) -> bool:
    """True when `field` is one word in lower case ("économiste", "sociologue")."""
    word = field.strip()
    return word.isalpha() and word.islower()


def _role_field(field: str) -> bool:
    """True when `field` is a writer's role alone (`_ROLE_WORDS`, of one word or two) or a
    role and where or for whom (`_AFTER_ROLE`): "Korrespondentin in Paris"."""
    lowered = [w.lower().strip(".:：") for w in field.split()]
    lead = 2 if " ".join(lowered[:2]) in _ROLE_WORDS else 0
    while lead < len(lowered) and lowered[lead] in _ROLE_WORDS:
        lead += 1
    return bool(lead) and (lead >= len(lowered) or lowered[lead] in _AFTER_ROLE)


# A bracket after a name's last letter: "Anna Schmidt (Korrespondentin in Paris)".
_BRACKET_AFTER_NAME = re.compile(r"(?<=[^\W\d_])[ \t]*[(（]([^()（）\n]{2,60})[)）]")


def without_role_brackets(value: str) -> str:
    """`value` without the brackets after a name that hold a writer's role, alone or with
    where or for whom ("Anna Schmidt (Korrespondentin in Paris)", "Jane Doe (Berlin
    correspondent)" is left to the split: its first word is no role); the role's place would
    be read as a name otherwise ("in Paris", "i Berlin")."""
    return _BRACKET_AFTER_NAME.sub(lambda m: "" if _role_field(m.group(1)) else m.group(0), value)
