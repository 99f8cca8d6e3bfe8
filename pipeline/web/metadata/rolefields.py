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
    """True when `field` is a writer's role alone (`_ROLE_WORDS`, of one word or two), a
    role and where or for whom (`_AFTER_ROLE`): "Korrespondentin in Paris", or a role and
    the one word of its beat ("Redakteurin Politik", "redaktor Sport": no one's name)."""
    lowered = [w.lower().strip(".:：") for w in field.split()]
    lead = 2 if " ".join(lowered[:2]) in _ROLE_WORDS else 0
    while lead < len(lowered) and lowered[lead] in _ROLE_WORDS:
        lead += 1
    return bool(lead) and (lead + 1 >= len(lowered) or lowered[lead] in _AFTER_ROLE)


# A bracket after a name's last letter: "Anna Schmidt (Korrespondentin in Paris)".
_BRACKET_AFTER_NAME = re.compile(r"(?<=[^\W\d_])[ \t]*[(（]([^()（）\n]{2,60})[)）]")


def without_role_brackets(value: str) -> str:
    """`value` without the brackets after a name that hold a writer's role, alone or with
    where or for whom ("Anna Schmidt (Korrespondentin in Paris)", "Jane Doe (Berlin
    correspondent)" is left to the split: its first word is no role); the role's place would
    be read as a name otherwise ("in Paris", "i Berlin")."""
    return _BRACKET_AFTER_NAME.sub(lambda m: "" if _role_field(m.group(1)) else m.group(0), value)


# A lead naming the writing with a word that is also a desk's ("Redacción: María García",
# "Redação: João Silva", "Rédaction : Marie Dupont": the writing, by) or the Italian "A cura
# di X" (by the care of: alone on a news page, its writer; beside a writer's name it stays an
# editor's credit, `vocabulary._EDITING_CREDIT`). Read before a capitalised name only.
_WRITING_LEAD = re.compile(
    r"^\s*(?:(?:redacci[oó]n|reda[çc][ãa]o|r[ée]daction)\s*[:：]|a cura di(?=\s))\s*", re.I
)
# Letters only Vietnamese writes (ă, đ, ĩ, ũ, ơ, ư and the vowels with a tone mark below or
# a hook: Latin Extended Additional's Vietnamese block), or a word in lower case after "Theo"
# ("Theo báo Thanh Niên": according to the paper): "Theo" is then Vietnamese "according to",
# not the first name Theo.
_VIETNAMESE_LETTER = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]|(?i:theo) [a-zà-ỹ]")
# "Theo X" opening a byline, "(Theo X)" after its name: the source it was written from
# ("Như Tâm (Theo Reuters)": Như Tâm wrote it from Reuters' report)
_VIETNAMESE_SOURCE = re.compile(r"^\s*theo\s+|[ \t]*[(（]theo\s[^()（）\n]{2,40}[)）]", re.I)


def without_writing_lead(value: str) -> str:
    """`value` without a desk-worded writing lead or Italian "A cura di" before a
    capitalised name of two words or more ("Redacción: María García" -> "María García"); a
    desk's name after it ("Redacción: Deportes") keeps it (and stays no one's)."""
    lead = _WRITING_LEAD.match(value)
    if lead is None:
        return value
    rest = value[lead.end() :]
    words = rest.split()[:2]
    if len(words) == 2 and all(w[:1].isupper() and w[1:2].islower() for w in words):
        return rest
    return value


def without_source(value: str) -> str:
    """`value` without Vietnamese "Theo" ("according to") before its name or the source in
    brackets after it ("Theo Nguyễn Văn An" -> "Nguyễn Văn An", "Vũ Hoàng (Theo CNN)" ->
    "Vũ Hoàng"), where the byline writes a Vietnamese letter ("Theo Müller" is a name)."""
    if _VIETNAMESE_LETTER.search(value) is None:
        return value
    return _VIETNAMESE_SOURCE.sub("", value).strip()
