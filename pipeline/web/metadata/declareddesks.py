"""A desk the page declares as the article's author, read last (`authorship`), when no
source names a person and no agency is credited: the JSON-LD author's name (an Organization's
too) or an author meta's value naming a newsroom's desk ("Redaktion", "Greentech Redaktion",
"PETA-Team", "ZDNet Japan Staff", "BWW News Desk", "Redacción", "Tim Redaksi"). The references
of the public sets keep such a declared desk more often than they say none (trafilatura's
evaluation set: 8 pages against 6, Postlight's: 2 against 0); a desk printed only in the
byline stays no one's, as does an organisation declared by its name alone (the site's own,
a company: the references say none more often than they keep one, session 31's measure).
Accounts ("admin", "sv_team"), addresses and profile links are no author.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.web.metadata.structured import _names
from pipeline.web.metadata.vocabulary import _BYLINE

_MAX_DESK_NAME = 60  # characters of a desk's name as declared
# A newsroom's desk, a word of the name or the end of a compound ("Sportredaktion",
# "TVT-Redaktion", "PETA-Team"): German, Spanish, Portuguese, Italian, French, Polish, Czech,
# Indonesian, Russian, Ukrainian "editorial office"; "staff", "desk", "team", "newsroom"
_DESK = re.compile(
    r"(?:redaktion|redacci[oó]n|reda[çc][ãa]o|redazione|rédaction|redakcja|redakce|redaksi|"
    r"редакция|редакція|staff|desk|team|newsroom)(?![^\W_])",
    re.I,
)
# A company's legal form: "wegewerk GmbH", "Acme Team AG": a firm (a web agency, the site's
# operator), not a desk.
_LEGAL_FORM = re.compile(r"(?<![^\W_])(?:GmbH|AG|SE|KG|e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|plc)(?![^\W_])")


def declared_desk(
    ld: dict[str, Any], metas: dict[str, str], meta_keys: tuple[str, ...]
) -> list[str]:
    """The first desk the JSON-LD author or an author meta (`meta_keys`, in order) declares,
    as declared ("von Redaktion": its byline word left out); else none."""
    for raw in (*_names(ld.get("author")), *(metas.get(key) or "" for key in meta_keys)):
        value = " ".join(raw.split()).strip(" ,;|")
        if not value or len(value) > _MAX_DESK_NAME or "/" in value or "@" in value:
            continue  # (a profile's address, an e-mail)
        if " " not in value and value.islower():
            continue  # "admin", "sv_team": an account's handle
        if _DESK.search(value) is None or _LEGAL_FORM.search(value) is not None:
            continue
        lead = _BYLINE.match(value)
        return [value[lead.end() :] if lead is not None and lead.end() < len(value) else value]
    return []
