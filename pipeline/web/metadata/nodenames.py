"""The names one byline node of the page gives: its itemprop=name or author links' texts
(a link to the site itself, a category or tag page, or after a label that is not an author's
left out; texts two elements run together set apart), else its own text, or its content
attribute; co-authors the node joins to a linked name without a link of their own kept.
"""

from __future__ import annotations

import re

from pipeline.text.bylines import ABOUT_AUTHOR, NAME_PARTICLES
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.metadata.names import _people, _wider, split_authors
from pipeline.web.metadata.organisations import _key, is_organisation
from pipeline.web.metadata.roleafter import ILLUSTRATOR_WORDS
from pipeline.web.metadata.visible import _shown_texts
from pipeline.web.metadata.vocabulary import (
    _BYLINE,
    _GREEK_CASE_LEAD,
    _JOINER,
    TRANSLATOR_WORDS,
)

_NAME_NODES = xpath(".//*[@itemprop='name' or contains(@class,'name')]")
_MAX_NAME = 60
# An author box's heading ("Über die Autorin", "About the author:"): no name.
# (and the Chinese ones: "about the author", "the author's profile")
_ABOUT_AUTHOR = re.compile(rf"\W*(?:{ABOUT_AUTHOR}|关于作者|關於作者|作者简介|作者簡介)\W*$", re.I)
_MAX_BYLINE = 160
# A translator's label in a byline's text ("Autor Jane Doe, Übersetzung John Roe"): the text
# from it on names the translator (`TRANSLATOR_WORDS`), not the writer.
_TRANSLATOR = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(TRANSLATOR_WORDS))})(?!\w)", re.I)


def _node_names(node: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The names a byline node gives: its itemprop=name or link texts, else its own text
    (one segment per text node), or its content attribute."""
    if node.get("content"):
        return split_authors(node.get("content") or "", keys)
    inner = [
        _name_text(n)
        for n in _NAME_NODES(node)
        if not _names_its_site(n) and not (n.tag == "a" and _translator_link(n))
    ]
    # the texts of links to a tag's or a category's page, or to the comments
    taxonomy: list[str] = []
    if not inner:
        for a in node.iter("a"):
            if _taxonomy_link(a) or _section_link(a) or _comments_link(a):
                taxonomy.append(text_of(a))
            elif len(text_of(a)) < _MAX_NAME and not _site_link(a) and not _other_label(a):
                if not _translator_link(a) and not _photographer_link(a):
                    inner.append(_one_name_line(_unglued_text(a)))
    # ... or of an element classed a tag's or a category's ("<h6 class='category-name'>")
    taxonomy += [text_of(el) for el in node.iterdescendants() if _category_classed(el)]
    if inner and (node.text or "").lstrip()[:1] in "ΤτΜμ":
        inner = _in_greek_case(node.text or "", inner)
    names = list(dict.fromkeys(n for text in inner for n in split_authors(text, keys)))
    if inner and _credits_organisation(node, keys):
        return []  # a desk's box: its other texts (a bio's sentences, a breadcrumb) no names
    # (one segment a text node, a line break inside a name a space: `_one_name_line`)
    segments = [
        _one_name_line(t)
        for t in _shown_texts(node)
        if not t.isspace() and not (len(t) < _MAX_NAME and _ABOUT_AUTHOR.match(t))
    ]
    if (
        1 < len(segments)
        and sum(map(len, segments)) <= _MAX_BYLINE
        and any(map(_bio_sentence, segments))
    ):
        # an author box: the name, then its bio ("Jane Doe writes about cities and transport.")
        segments = [t for t in segments if not _bio_sentence(t)] or segments
    if 1 < len(segments) <= _MAX_NAME_WORDS and _one_name_apart(node, segments):
        segments = [" ".join(segments)]  # "<span>Marek</span> Gładysz": one name
    text = "\n".join(segments)
    if translated := _TRANSLATOR.search(text):
        text = text[: translated.start()]  # (the translator's credit after the writer's)
    whole = split_authors(text, keys) if 0 < len(text) <= _MAX_BYLINE else []
    if taxonomy:  # "Jane Doe in <a rel='tag'>Politics</a>": no name, the tag
        tags = _people(taxonomy + [n for t in taxonomy for n in split_authors(t)])  # ("A & B")
        whole = [n for n in whole if _key(n) not in tags]
        names = [n for n in names if _key(n) not in tags]
    if not names:
        return whole
    # "<a>Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)": co-authors without a
    # link, each after a joining word; other text of the node (dates, labels) is not a name.
    joined = [n for n in whole if n in names or _joined_name(n, text)]
    return joined if _wider(joined, names) else names


_BIO_LOWER_WORDS = 3  # words in lower case of a bio's sentence (not a name's particles)


def _bio_sentence(text: str) -> bool:
    """True for a sentence: three words in lower case or more (no particle, no joining word:
    "Jane Doe writes about cities and transport"), closing on a full stop."""
    if not text.endswith((".", "!", "?", "。")):
        return False
    lower = [w for w in text.split() if w[:1].islower() and w not in NAME_PARTICLES]
    return sum(not _JOINING.fullmatch(w) for w in lower) >= _BIO_LOWER_WORDS


_JOINING = re.compile(_JOINER)


def _credits_organisation(node: HtmlElement, keys: frozenset[str]) -> bool:
    """True when the byline node's author links (rel="author", or to an author's page: "/aut"
    in its address) name an organisation each, and there is one at least: "<a
    href='/author/redaktion/'>Teufel Blog Redaktion</a>", "<a rel='author'>X Redaktion</a>"."""
    texts = [
        text
        for a in node.iter("a")
        if a.get("rel") == "author" or "/aut" in (a.get("href") or "").lower()
        if (text := text_of(a).strip())
    ]
    return bool(texts) and all(is_organisation(text, keys) for text in texts)


# A link to a category's or a tag's page ("/category/science/", "/tag/whales"): the byline
# box's section, beside the author's link, no name.
_TAXONOMY_HREF = re.compile(r"/(?:category|categories|tags?|topics?|rubri[ck]\w*|kategorie\w*)/")
# ... or marked so: rel="tag" (microformats' rel-tag), rel="category tag" (WordPress), a class
# "link-category", "tag tag-11" (a CMS's tag list in the byline box).
_TAXONOMY_MARK = re.compile(r"(?:^|[\s_-])(?:tags?|categor(?:y|ies))(?:$|[\s_-])", re.I)
# ... or the place the story was filed from, set in the byline box ("<div class='author-names'>
# <div class='author-origin'>São Paulo</div>"): a city, no one's name (the class's words in
# lower case, as `_category_classed` looks for them first; `headline` reads them too).
PLACE_CLASS_WORDS = "origin|location|place|city|dateline"
_PLACE_MARK = re.compile(rf"(?:^|[\s_-])(?:{PLACE_CLASS_WORDS})(?:$|[\s_-])")


def _in_greek_case(head: str, inner: list[str]) -> list[str]:
    """The linked names of a Greek byline after the article its text opens with ("Του
    <a>Γιώργου Παπαδόπουλου</a>": of Giorgos ...), so that they are read back to the
    nominative as the byline's text is."""
    lead = _GREEK_CASE_LEAD.match(f"{head.strip()} ")
    if lead is None:
        return inner
    return [f"{lead.group(1)} {t}" if "\u0386" <= t.strip()[:1] <= "\u03a9" else t for t in inner]


# The photographer's role printed after a byline's linked name ("<a>Anna Svensson</a>
# <span>Reporter</span> <a>Erik Lindqvist</a> <span>Fotograf</span>"): who took the pictures.
# (the role's noun only: "Foto:" after a name is the next name's label, "Text: A Foto: B")
_PHOTOGRAPHER = frozenset(
    "photographer fotograf fotografin fotografo fotografa fotógrafo fotógrafa fotós фотограф "
    "фотографка kuvaaja fotoğrafçı".split()
)


def _photographer_link(a: HtmlElement) -> bool:
    """True for a byline's link whose next text (its tail, else the next element's) is a
    photographer's role alone (`_PHOTOGRAPHER`)."""
    after = (a.tail or "").strip()
    if not after:
        following = a.getnext()
        # (an element's: not a comment's nor a processing instruction's)
        after = (
            text_of(following) if following is not None and isinstance(following.tag, str) else ""
        )
    return len(after) < 20 and after.strip(" ()[],|–-").lower() in _PHOTOGRAPHER


def _category_classed(el: HtmlElement) -> bool:
    """True for an element whose class marks a tag or a category (`_TAXONOMY_MARK`), or a
    place (`_PLACE_MARK`)."""
    label = el.get("class")
    if label is None:
        return False
    if ("ateg" in label or "tag" in label) and _TAXONOMY_MARK.search(label):
        return True
    placed = "ori" in label or "loca" in label or "place" in label or "city" in label
    return (placed or "dateline" in label) and bool(_PLACE_MARK.search(label))


def _taxonomy_link(link: HtmlElement) -> bool:
    """True for a link to a tag's or a category's page: by its path (`_TAXONOMY_HREF`) or
    its rel or class (`_TAXONOMY_MARK`)."""
    href = link.get("href") or ""
    if _TAXONOMY_HREF.search(href):
        return True
    marks = f"{link.get('rel') or ''} {link.get('class') or ''}"
    if marks.isspace() or _TAXONOMY_MARK.search(marks) is None:
        return False
    # (a CMS that files its authors as a taxonomy: "<a href='/autor/jane-doe/' rel='category
    # tag'>": a link to an author's page, a name)
    lowered = href.lower()
    return "/aut" not in lowered and "/journalist" not in lowered


# A line break inside a text node between a letter and a capital: markup's whitespace in a
# name ("PATRICK\n      REEVELL"), not a line of its own ("Stand:\n   05. Februar" stays two).
_NAME_WRAPPED = re.compile(r"(?<=[^\W\d_])[ \t]*\n\s*(?=[^\W\d_])")


_MAX_NAME_WORDS = 3  # words of a name whose first name is styled apart


def _one_name_apart(node: HtmlElement, segments: list[str]) -> bool:
    """True where the texts of a byline node are each one capitalised word that the node
    prints on one line apart by blanks ("<span>Marek</span> Gładysz": a name whose first
    name is styled), not texts run together ("<a>Jane</a><a>John</a>": two handles)."""
    return all(" " not in s and s[:1].isupper() for s in segments) and " ".join(
        text_of(node).split()
    ) == " ".join(segments)


def _one_name_line(text: str) -> str:
    """A text node of a byline, stripped, a line break inside a name (`_NAME_WRAPPED`) a
    space."""
    text = text.strip()
    if "\n" not in text:
        return text
    return _NAME_WRAPPED.sub(lambda m: " " if text[m.end()].isupper() else m.group(), text)


def _name_text(node: HtmlElement) -> str:
    """The text of a name node, or the content of a microdata <meta itemprop="name"> (a
    Person's name given to machines only: "<span itemprop='author' itemscope><meta
    itemprop='name' content='Jane Doe'></span>"). A line break of the markup's source inside
    the name ("<a>Jane\n    Doe</a>") is a space (`_one_name_line`): HTML shows one line."""
    if node.tag == "meta":
        return node.get("content") or ""
    return _one_name_line(_unglued_text(node))


# Two words of a Latin script that two elements' texts run together, the first ending in a
# lower-case letter, the second opening with a capital: "<span>By</span>Travis Haney",
# "<a>Howard Blume</a><span>Staff Writer</span>" read "ByTravis", "BlumeStaff".
_GLUED = re.compile(r"[a-z\u00df-\u00ff]$")
_GLUED_NEXT = re.compile(r"^[A-Z\u00c0-\u00de]")


def _unglued_text(node: HtmlElement) -> str:
    """The text of a name node, a space set where one element's text ends with a lower-case
    letter and the next one's opens with a capital (`_GLUED`): a label or a role beside the
    name, wrapped apart without a space between them."""
    if not len(node):
        return node.text or ""
    out: list[str] = []
    for part in map(str, node.itertext()):  # (an HTML tree's texts are str)
        if out and part == out[-1]:
            continue  # "Name<span class='sr-only'>Name</span>": a copy for screen readers
        if out and _GLUED.search(out[-1]) and _GLUED_NEXT.match(part):
            out.append(" ")
        out.append(part)
    return "".join(out)


_CJK_NAME_LABELS = ("作者", "记者", "記者", "撰文", "编辑", "編輯", "文")


# The word between a byline's linked name and a linked section or place ("Jane Doe in
# <a>Politics</a>", "dans <a>Économie</a>", "im <a>Ressort</a>", "nel <a>Cronaca</a>"): the
# whole text between the two links. Not "en" (Spanish "in", Dutch "and": "Door <a>A</a> en
# <a>B</a>"), "na", "i" (Czech, Polish "and"), "a".
_SECTION_AFTER_NAME = re.compile(r"^(?:in|im|dans|nel|nella|em|w)$", re.I)


def _section_link(link: HtmlElement) -> bool:
    """True for a link after another and "in" ("Written by <a>Jane Doe</a> in <a>Valve</a>"):
    the section the article is filed under, no name."""
    before = link.getprevious()
    return (
        before is not None
        and before.tag == "a"
        and _SECTION_AFTER_NAME.match((before.tail or "").strip()) is not None
    )


def _other_label(link: HtmlElement) -> bool:
    """True for a link right after a label that is not an author's ("本文栏目：<a>消费</a>",
    "Source: <a>AP</a>", "Category: <a>Travel</a>" in a byline box): a column, a source, a
    category, not a name ("作者：<a>李宝花</a>", "By: <a>...</a>" stay)."""
    before, parent = link.getprevious(), link.getparent()
    text = before.tail if before is not None else parent.text if parent is not None else ""
    text = (text or "").strip()
    if not text.endswith((":", "：")):
        return False
    label = text.rstrip(":： ")
    if label.endswith(_CJK_NAME_LABELS):
        return False  # "本文作者：", "责任编辑：" (Chinese labels run on without a space)
    return _BYLINE.fullmatch(" ".join(label.split()[-2:])) is None and (
        _BYLINE.fullmatch(label.split()[-1] if label.split() else "") is None
    )


# A link to the comments ("#respond", "#comments", "#disqus_thread"), or one a "comment"
# class marks ("comments-link"): "Leave a comment", "Hinterlasse einen Kommentar", "3 Comments".
_COMMENTS_HREF = re.compile(r"#(?:respond|comments?\b|disqus)", re.I)


def _comments_link(link: HtmlElement) -> bool:
    """True for a byline box's link to the article's comments: its count or its call to
    leave one, no name."""
    parent = link.getparent()
    marks = f"{link.get('class', '')} {parent.get('class', '') if parent is not None else ''}"
    return "omment" in marks or bool(_COMMENTS_HREF.search(link.get("href") or ""))


def _translator_link(link: HtmlElement) -> bool:
    """True for a link right after a translator's or an illustrator's label ("Übersetzung
    <a>X</a>", "Translated by <span><a>X</a></span>", "<span>Illustration by</span> <a>X</a>"):
    the translator's or the illustrator's page, not a writer's."""
    node, before = link, ""
    for _ in range(2):  # (the label before the link's wrapper when the link opens it)
        previous, parent = node.getprevious(), node.getparent()
        before = (
            previous.tail if previous is not None else parent.text if parent is not None else ""
        ) or ""
        if previous is not None and not before.strip() and isinstance(previous.tag, str):
            before = text_of(previous)  # "<span>Illustration by</span> <a>X</a>": its label
        if before.strip() or previous is not None or parent is None:
            break
        node = parent
    label = before.lower().replace(":", " ").replace("：", " ").split()
    if any(w in ILLUSTRATOR_WORDS for w in label[-3:]) and not _WRITER_TOO & set(label):
        return True  # ("Text and illustrations by <a>X</a>": the writer's too)
    return any(w in TRANSLATOR_WORDS for w in label[-2:])


_WRITER_TOO = frozenset("text texte texto testo words story written".split())


def _joined_name(name: str, text: str) -> bool:
    """True when `name` follows a joining word ("and", "et", "avec", "&", "и") in `text`."""
    if name[:1].islower():
        return False  # "... finance, and the economy": a bio's sentence
    return bool(re.search(rf"(?:^|[\s(])(?:{_JOINER}|&)\s+(?i:{re.escape(name)})", text))


def _names_its_site(node: HtmlElement) -> bool:
    """True when a name node is a link naming its own site (see `_site_link`), or holds one
    with the same text."""
    key = _key(text_of(node))
    links = [node] if node.tag == "a" else list(node.iter("a"))
    return any(_site_link(a) and _key(text_of(a)) == key for a in links)


def _site_link(link: HtmlElement) -> bool:
    """True for a link whose text names the site it points to ("Tech Insider" to
    techinsider.io): a source's logo or name, not a person's page."""
    host = (
        (link.get("href") or "").split("//", 1)[-1].split("/", 1)[0]
        if "//" in (link.get("href") or "")
        else ""
    )
    key = _key(text_of(link))
    return bool(key) and any(
        _key(label) == key for label in host.lower().split(".") if len(label) > 3
    )
