"""A writer whose site is named after them: a personal site's or a newsletter's address that
spells the writer's name ("garymarcus.substack.com", "gregoryszorc.com", "erik-engheim" on a
blogging platform). `site_keys` reads the host's labels as the site's own names, so the
writer's name, declared and printed, was left out of every source as the site's.
"""

from __future__ import annotations

from typing import Any

from pipeline.web.html import HtmlElement
from pipeline.web.metadata.bylinelines import _name_shaped
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.organisations import SITE_METAS, _key, holds_org_word
from pipeline.web.metadata.printednames import _printed
from pipeline.web.metadata.structured import _ld_people, _publisher


def host_named(
    doc: HtmlElement, ld: dict[str, Any], metas: dict[str, str], keys: frozenset[str]
) -> list[str]:
    """The one person the JSON-LD (a Person, not an organisation) or the author meta declares
    whose name's key is among the site's keys only by the host (`keys` also holds the site
    name's and the publisher's: a name those give or hold is the site's, "Fox News", "El
    Colombiano" of the publisher "ElColombiano.com"), of two words or
    more of a person's shape, no organisation's word, printed on the page; else []."""
    own = {_key(metas.get(name) or "") for name in SITE_METAS}
    own.add(_key(_publisher(ld.get("publisher")) or ""))
    own.discard("")
    for raw in (*_ld_people(ld.get("author")), metas.get("author") or ""):
        names = split_authors(raw) if raw else []
        if len(names) != 1:
            continue
        name = names[0]
        key = _key(name)
        if (
            key in keys
            and not any(key in name_key for name_key in own)  # ("ElColombiano.com")
            and " " in name
            and _name_shaped(name)
            and not holds_org_word([w.lower() for w in name.split()])
            and _printed(doc, names)
        ):
            return names
    return []
