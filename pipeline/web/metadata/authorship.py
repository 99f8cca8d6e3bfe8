"""The authors: the first source that names a person (the JSON-LD author, the author
metas, byline markup near the headline, a printed "By ..." line, a reporter's credit in the
article's text, a name printed bare beside the date or closing the article, a credit closing
the text: `closingcredits`, an author box: `authorboxes`, a blog's poster, a personal site's
owner, an agency credited alone, a desk named alone: `declareddesks`), an author meta or the
printed byline replacing a JSON-LD that names fewer or other people, and a name the page
prints only as its editor's dropped. The sources are read in `byline`, `bylinelines`,
`reportercredits`, `signatures`, `posters`; whether a name is printed (and only as its
editor's) in `printednames`.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.abovenames import bare_names
from pipeline.web.metadata.agencycredit import agency_credit
from pipeline.web.metadata.authorboxes import author_box
from pipeline.web.metadata.byline import _BYLINE_WINDOW, _author_links, _byline_authors
from pipeline.web.metadata.bylinelines import _name_shaped, _title_byline
from pipeline.web.metadata.closingcredits import closing_credit
from pipeline.web.metadata.declareddesks import declared_desk
from pipeline.web.metadata.describednames import described_names
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.hostnames import host_named, site_named_owner
from pipeline.web.metadata.namelists import HANGUL
from pipeline.web.metadata.names import _people, _wider, split_authors
from pipeline.web.metadata.nodenames import _taxonomy_link
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.othercredits import credited_otherwise
from pipeline.web.metadata.posters import _poster
from pipeline.web.metadata.printednames import _editors_only, _printed
from pipeline.web.metadata.reportercredits import _credited
from pipeline.web.metadata.slugs import address_slug, is_slug, linked_name, slug_name
from pipeline.web.metadata.structured import (
    LISTED,
    MORE,
    TWITTER_WRITER,
    _ld_people,
    _names,
    _types,
)
from pipeline.web.metadata.usernames import spelled_names
from pipeline.web.metadata.vocabulary import _JOINER

_AUTHOR_METAS = (
    "author",
    "article:author",
    "byline",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "article:author_name",
    "cxenseparse:author",
    "content_author",
    "articleauthor",
    "authors",
    "citation_author",
    "og:author",
    "byl",  # "By Jane Doe and John Smith": a byline as printed, in a meta
    TWITTER_WRITER,  # a link preview's "Written by" label and its name
)
_MIN_HOLDER_KEY = 4  # letters of an author meta the copyright meta must hold to name it


def _authors(
    doc: HtmlElement,
    ld: dict[str, Any],
    metas: dict[str, str],
    keys: frozenset[str],
    near: _Near | None = None,
) -> tuple[str, ...]:
    """The first source that names a person: the JSON-LD author, the author metas, the byline
    markup (itemprop/rel=author, class or id holding author/byline), a "By ..." line printed
    after the title. An author meta replaces the JSON-LD when it names the same people and
    more (co-authors left out of the JSON-LD), and the visible byline replaces the JSON-LD
    when an author meta names its person and the JSON-LD does not (a JSON-LD naming the
    editor or the uploader)."""
    ld_names = list(
        dict.fromkeys(n for raw in _ld_people(ld.get("author")) for n in split_authors(raw, keys))
    )
    if ld_names and " " not in "".join(ld_names):  # "Nils", described "Nils Pickert ist ..."
        ld_names = described_names(ld.get("author"), ld_names, keys)
    # a slug ("anna-smith") or an author's address names no one as printed: the last resort
    slugs = [n for n in ld_names if is_slug(n)]
    if slugs:
        ld_names = [n for n in ld_names if n not in slugs]
    addresses: list[str] = []  # (the author's page: the name a link to it prints, last)
    if "http" in str(ld.get("author")):
        addresses = [n for n in _names(ld["author"]) if n.startswith(("http://", "https://"))]
        slugs += [address_slug(n) for n in addresses]
    meta_names: list[str] = []
    holder = _key(metas.get("copyright") or metas.get("dc.rights") or "")
    held: list[str] = []
    for meta_key in _AUTHOR_METAS:
        value = metas.get(meta_key)
        if value and value.startswith(("http://", "https://")):
            slugs.append(address_slug(value))
            addresses.append(value)
        elif value:
            meta_names = split_authors(value, keys)
            if any(is_slug(n) for n in meta_names):
                slugs += [n for n in meta_names if is_slug(n)]
                meta_names = [n for n in meta_names if not is_slug(n)]
            if more := metas.get(meta_key + MORE):  # a meta for each person
                meta_names = _listed(meta_names, more, keys)
            if meta_names and holder and len(owner := _key(value)) >= _MIN_HOLDER_KEY:
                if owner in holder:  # the copyright's holder ("Copyright (c) Group 2022"):
                    held, meta_names = held or meta_names, []  # another meta's writer first
                    continue
            if meta_names:
                if meta_key == "citation_author":  # a paper's authors, one meta each
                    meta_names = _citation_authors(doc, keys) or meta_names
                break
    meta_names = meta_names or held  # (a blog's owner, its author and copyright holder)
    if len(meta_names) > 1:
        # a feature's every contributor, the photographer and the stylist printed as such
        other = credited_otherwise(doc, meta_names)
        meta_names = [n for n in meta_names if n not in other] or meta_names
    if ld_names and _wider(meta_names, ld_names):
        ld_names = meta_names
    first = ld_names or meta_names
    near = near or _Near(doc)
    if ld_names and not meta_names:
        # the byline replaces the JSON-LD where a meta names it (below), or where the page
        # never prints the JSON-LD's person (the account that posted it: a CMS's graph);
        # the byline under the title only (the far fallbacks cost a long text read a page)
        byline = _byline_authors(doc, keys, near, far=False)
        if _printed_instead(doc, byline, ld_names) or _fuller(byline, ld_names):
            return tuple(byline)
        if spelled := spelled_names(doc, byline, ld_names):
            return tuple(spelled)  # "arianschlichenmayer" declared, "von Arian Schlichenmayer"
        if _joined_more(near, byline, ld_names):
            return tuple(byline)  # "Von A und B" printed, the JSON-LD giving A alone
        if _wider(byline, ld_names):
            # the byline names the JSON-LD's people and more ("Co-authored by A and B", the
            # JSON-LD giving A alone): with those of the others linked to an author's page
            return tuple(_linked_more(doc, byline, ld_names))
        return tuple(ld_names)
    byline = _byline_authors(doc, keys, near)
    if not first:
        if _editors_only(doc, byline):
            byline = []  # "<div class='author'>责任编辑：李四</div>": the editor's credit
        return tuple(
            host_named(doc, ld, metas, keys)  # "Gary Marcus" of garymarcus.substack.com
            or byline
            or _credited(doc, keys, near)
            or _not_section(doc, bare_names(doc, keys, near), ld, metas)
            or closing_credit(near, keys)
            or author_box(doc, keys)
            or _title_byline(near.title, keys)
            or _poster(doc, keys, near)
            or _site_owner(ld, metas, keys)
            or _lower_case_meta(doc, metas, keys)
            or agency_credit(doc, ld, metas, keys, near, _AUTHOR_METAS)
            or linked_name(doc, addresses, keys)
            or _slug_author(doc, slugs, keys)
            or declared_desk(ld, metas, _AUTHOR_METAS, near)
        )
    if not ld_names:
        if byline and not _people(byline) & _people(meta_names):
            # two author metas disagreeing ("author": the publishing group, "article:author":
            # the writer): the one the byline prints
            agreeing = _meta_naming(metas, keys, byline)
            if agreeing:
                return tuple(agreeing)
        # an author meta naming someone the page never prints (its editor: "author" metas of
        # Chinese CMSs) gives way to the byline or credit the page prints
        printed = byline or _credited(doc, keys, near)
        if _printed_instead(doc, printed, meta_names):
            return tuple(printed)
        if _editors_only(doc, meta_names):
            # ... and one naming the person the page prints as its editor alone, to them or none
            return () if _editors_only(doc, printed) else tuple(printed)
    if (
        ld_names
        and byline
        and _people(byline) & _people(meta_names)
        and not _people(byline) & _people(ld_names)
        and not _fuller(ld_names, byline)  # ("Nils" printed, the JSON-LD's "Nils Pickert")
    ):
        return tuple(byline)
    if _fuller(byline, first):
        return tuple(byline)  # "Todd" declared, "By Todd Bates" printed: the full name
    if spelled := spelled_names(doc, byline, first):
        return tuple(spelled)  # "christian.stadtfeld" declared, "Christian P. Stadtfeld"
    if (
        ld_names
        and meta_names
        and not _fuller(first, byline)
        and _printed_instead(doc, byline, first)
    ):
        # the JSON-LD and the author meta agreeing on the account that posted it (a CMS's
        # user the page never prints), the byline printing the writer: the byline's
        return tuple(byline)
    if _joined_more(near, byline, first):
        return tuple(byline)  # "By A and B" printed, the author meta naming A alone
    return tuple(first)


# A site named as its owner's: "Jane Doe's Blog", "Jane Doe’s Homepage".
_POSSESSIVE_SITE = re.compile(r"(.+?)['’]s\b")


def _site_owner(ld: dict[str, Any], metas: dict[str, str], keys: frozenset[str]) -> list[str]:
    """The owner of a personal site, whose name is the site's own (so left out of every
    other source, `site_keys`), where the page says the site is theirs: a JSON-LD author
    typed both Person and Organization (Yoast's graph of a site that represents a person),
    a JSON-LD author where the publisher is a person (typed Person, or Yoast's reference
    "#/schema/person/"), or an author meta naming the owner of a possessive site name
    ("Jane Doe's Blog"). One full name (two words or more, a person's shape), else none."""
    author = ld.get("author")
    names: list[str] = []
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, dict) and {"Person", "Organization"} <= set(_types(item)):
            names += [n for raw in _names(item) for n in split_authors(raw)]
    if not names and _person_publisher(ld.get("publisher")):
        names = [n for raw in _ld_people(author) for n in split_authors(raw)]
    site = metas.get("og:site_name") or ""
    owner = _POSSESSIVE_SITE.match(site) if "'s" in site or "’s" in site else None
    if not names and owner is not None:
        value = _first_author_meta(metas)
        if _key(value) == _key(owner.group(1)):
            names = split_authors(value)
    if len(names) == 1 and " " in names[0] and _name_shaped(names[0]):
        return names
    return site_named_owner(metas, keys)  # "Dr. Alexander Klier" of alexander-klier.net


def _listed(names: list[str], more: str, keys: frozenset[str]) -> list[str]:
    """`names` (a repeated author meta's first value's) and the people of its other values
    (`more`), where each value names full names only (two words or more, or a Han name):
    not a template's placeholder ("Name") beside the writer's meta."""
    every = [names, *(split_authors(v, keys) for v in more.split(LISTED))]
    if all(found and all(_full_name(n) for n in found) for found in every):
        return list(dict.fromkeys(n for found in every for n in found))
    return names


def _full_name(name: str) -> bool:
    """True for a name of two words or more, or of Han or Hangul characters (written
    without a blank: "张三", "김민수")."""
    return " " in name or has_han(name) or bool(HANGUL.search(name))


_MAX_JOINED = 6  # names of one byline under the headline
_MAX_NAME_WORDS = 4


def _joined_more(near: _Near, byline: list[str], declared: list[str]) -> bool:
    """True when the byline under the headline names the `declared` people (the JSON-LD's,
    an author meta's) and others it joins to them: "Von A und B", "By A, B and C", "A、B",
    where the structured data gives A alone. Each other is of a person's shape (two words or
    more where the script has capitals) and printed right after another of the byline's names
    and a comma, a list's mark or a joining word, in the lines under the headline (not a
    byline node's other words: "Fact Checked", a photographer's credit on its own line, "...
    Speech, Privacy, and Technology Project" after a writer's role)."""
    if not declared or len(byline) > _MAX_JOINED or not _wider(byline, declared):
        return False
    window = near.window(_BYLINE_WINDOW)
    known = _people(declared)
    anyone = "|".join(re.escape(name) for name in byline)
    # (and Dutch "en", Czech "a", which the split reads between two full names only)
    joiner = rf"[ \t]*(?:[,，、،·&]|(?<!\S)(?:{_JOINER}|en|a)(?!\S)|(?<!\S)و)[ \t]*"
    for name in byline:
        if _key(name) in known:
            continue
        uncased = not any(ch.isupper() or ch.islower() for ch in name)  # Arabic, Hangul
        cased = _name_shaped(name) and " " in name  # (not "PhD", "Territorio" alone)
        if not (cased or (uncased and len(name.split()) <= _MAX_NAME_WORDS)):
            return False
        if not re.search(rf"(?i:{anyone}){joiner}(?i:{re.escape(name)})", window):
            return False
    return True


def _slug_author(doc: HtmlElement, slugs: list[str], keys: frozenset[str]) -> list[str]:
    """The name the first slug an author value gave stands for ("anna-smith": "Anna
    Smith"), where it reads as one person's name and the page prints it; else []."""
    for slug in slugs:
        name = slug_name(slug) if slug else ""
        if name and split_authors(name, keys) == [name] and _printed(doc, [name]):
            return [name]
    return []


def _first_author_meta(metas: dict[str, str]) -> str:
    """The value of the first author meta of `_AUTHOR_METAS` the page gives, else ""."""
    return next((metas[k] for k in _AUTHOR_METAS if metas.get(k)), "")


def _person_publisher(publisher: Any) -> bool:
    """True where the JSON-LD publisher is a person: typed Person, or a reference to Yoast's
    node of the person a site represents ("https://example.org/#/schema/person/")."""
    if not isinstance(publisher, dict):
        return False
    return "Person" in _types(publisher) or "/schema/person/" in str(publisher.get("@id", ""))


_LOWER_CASE_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,2}")  # two or three words of letters


def _lower_case_meta(doc: HtmlElement, metas: dict[str, str], keys: frozenset[str]) -> list[str]:
    """The first author meta as given where it is a name of two or three words, one in lower
    case ("Jane doe", "jane doe": a CMS's name field as typed), which the shape tests drop
    as a phrase ("Zaloguj się"): when, capitalised, it is one person's name and the page
    prints it."""
    value = _first_author_meta(metas).strip()
    words = value.split()
    if not any(w[:1].islower() for w in words) or not _LOWER_CASE_NAME.fullmatch(value):
        return []
    titled = " ".join(w[:1].upper() + w[1:] for w in words)
    return [value] if split_authors(titled, keys) == [titled] and _printed(doc, [value]) else []


def _not_section(
    doc: HtmlElement, names: list[str], ld: dict[str, Any], metas: dict[str, str]
) -> list[str]:
    """`names` (printed bare beside the date) less the page's section, which a template
    prints there too ("North Korea" over "09:31 August 20, 2019"): the `article:section`
    meta or the JSON-LD's `articleSection` names it, or a category's or tag's link."""
    if not names:
        return names
    raw = ld.get("articleSection")
    sections = [metas.get("article:section"), *(raw if isinstance(raw, list) else [raw])]
    keys = {_key(s) for s in sections if isinstance(s, str) and s.strip()}
    # ... or a link to a category's or a tag's page prints it ("<a href='/categories/house-
    # call'>House Call</a>" after the date)
    keys |= {_key(text_of(a)) for a in doc.iter("a") if _taxonomy_link(a)}
    return [n for n in names if _key(n) not in keys] if keys else names


def _citation_authors(doc: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The people of every citation_author meta, in order (Highwire's tags of a scholarly
    page: one meta an author, "Doe, Jane" or "Jane Doe")."""
    names: list[str] = []
    for meta in doc.iter("meta"):
        key = meta.get("name") or meta.get("property") or ""
        value = (meta.get("content") or "").strip()
        if value and key.strip().lower() == "citation_author":
            names += split_authors(value, keys)
    return list(dict.fromkeys(names))


def _meta_naming(metas: dict[str, str], keys: frozenset[str], byline: list[str]) -> list[str]:
    """The names of the first author meta naming one of the `byline`'s people."""
    for meta_key in _AUTHOR_METAS:
        value = metas.get(meta_key)
        if value and not value.startswith(("http://", "https://")):
            names = split_authors(value, keys)
            if _people(names) & _people(byline):
                return names
    return []


def _linked_more(doc: HtmlElement, byline: list[str], ld_names: list[str]) -> list[str]:
    """`byline` without the people the JSON-LD (`ld_names`) leaves out who are not the text
    of a link to an author's page (`_AUTHOR_PAGE_HREF`): a byline node's other words ("Print",
    "Fact Checked") are no co-authors."""
    declared = _people(ld_names)
    linked = {_key(text_of(a)) for a in _author_links(doc)}
    return [n for n in byline if _people([n]) <= declared or _key(n) in linked]


def _fuller(printed: list[str], declared: list[str]) -> bool:
    """True when each `declared` name is one word (a first name, a CMS's display name) that
    the `printed` name in its place opens, two words or more ("Todd" and "Todd Bates")."""
    return (
        bool(declared)
        and len(printed) == len(declared)
        and all(
            " " not in d and p.lower().startswith(f"{d.lower()} ")
            for d, p in zip(declared, printed, strict=True)
        )
    )


def _printed_instead(doc: HtmlElement, printed: list[str], declared: list[str]) -> bool:
    """True when the page prints a byline (`printed`: people's names) naming none of the
    `declared` people (a meta's or the JSON-LD's), and prints none of those anywhere."""
    return (
        bool(printed)
        and all(_name_shaped(name) for name in printed)
        and not _people(printed) & _people(declared)
        and not _printed(doc, declared)
    )
