"""Sign-up and log-in prompts inside the article's part of a page: the small blocks around
e-mail fields (a newsletter box, `_signup_boxes`) and the small blocks linking both to log in
and to open an account (a comment box for readers not logged in, `_account_prompts`), which
`prune` drops with the rest of the furniture."""

from __future__ import annotations

import re
from typing import Any, cast

from lxml import etree

from pipeline.web.elementtext import _text_len, _text_len_upto
from pipeline.web.headmark import HEADLINE_MARK
from pipeline.web.htmltree import HtmlElement, drop_tree
from pipeline.web.wordpatterns import WordPattern


def _email_field_holders(inputs: list[HtmlElement]) -> list[HtmlElement]:
    """The parents of the page's e-mail fields (`<input type="email">`, or a text field whose
    name, id, placeholder, label or autocomplete says e-mail) among its `inputs` (its <input>
    elements, in document order)."""
    holders = []
    for entry in inputs:
        kind = (entry.get("type") or "text").lower()
        if kind == "email" or (
            kind == "text" and any(_EMAIL.search(entry.get(name) or "") for name in _FIELD_NAMES)
        ):
            parent = entry.getparent()
            if parent is not None and parent not in holders:
                holders.append(parent)
    return holders


def _signup_boxes(holders: list[HtmlElement], body: HtmlElement, limit: float) -> list[HtmlElement]:
    """The blocks around the page's e-mail fields: from each field's parent (`holders`) up to
    its largest ancestor holding at most `_SIGNUP_MAX_CHARS` characters (and under `limit`,
    the furniture share of the page). A newsletter box inside an article ("Want more stories?
    Sign up for our weekly newsletter. By signing up you agree to our Terms...") names itself
    by no class sites share, but always asks for an e-mail address; so do comment and login
    boxes."""
    boxes: list[HtmlElement] = []
    # (each element's length read once: the fields of one form share ancestors, and a box's
    # paragraphs are its parent's too)
    sizes: dict[HtmlElement, int] = {}
    for holder in holders:
        box: HtmlElement | None = None
        parent: HtmlElement | None = holder
        while parent is not None and parent is not body:
            size = _size(parent, sizes)
            if size > _SIGNUP_MAX_CHARS or size >= limit or _holds_article(parent, box, sizes):
                break
            box, parent = parent, parent.getparent()
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


def _size(el: HtmlElement, sizes: dict[HtmlElement, int]) -> int:
    """`_text_len(el)`, kept in `sizes` (the tree unchanged meanwhile)."""
    size = sizes.get(el)
    if size is None:
        size = sizes[el] = _text_len(el)
    return size


def _holds_article(
    parent: HtmlElement, box: HtmlElement | None, sizes: dict[HtmlElement, int]
) -> bool:
    """`parent` holds `_ARTICLE_PARAGRAPHS` paragraphs of prose besides `box`: a short
    article (a news brief under `_SIGNUP_MAX_CHARS`) around its newsletter box, not a box."""
    prose = sum(_size(p, sizes) >= _PROSE_PARAGRAPH for p in parent.iter("p"))
    if box is not None and prose >= _ARTICLE_PARAGRAPHS:
        prose -= sum(_size(p, sizes) >= _PROSE_PARAGRAPH for p in box.iter("p"))
    return prose >= _ARTICLE_PARAGRAPHS


# Where a link to log in or to open an account points, in the words sites use in their URLs
# (English, French, German, Spanish, Portuguese, Italian, Polish, Turkish, Russian,
# Indonesian, Chinese pinyin): "/login", "?action=reg", "reg.jsp", "/inscription", "denglu".
# Read in lower-cased link targets.
_LOGIN_HREF = WordPattern(
    r"log-?in|sign-?in|anmeld|connexion|iniciar-?sesion|zaloguj|logowanie|\bgiris\b|"
    r"\bvhod\b|\bmasuk\b|denglu"
)
_REGISTER_HREF = WordPattern(
    r"regist|sign-?up|\breg\b|inscri|cadastr|rejestr|\bkayit|uye-?ol|zhuce|daftar|"
    r"create-?account"
)
_ACCOUNT_MAX_CHARS = 600  # a prompt's pitch, its consent line and its two links
# A box holding the page's headline, its <h1> or the mark `prune` left for a header it
# dropped (`headmark`), is the article's, not a prompt: a paywalled article's teaser (its
# header, then "Subscribe now" and "Already a subscriber? Log in" where the body would be)
# holds less text than a prompt may, and went whole.
_HEADLINE = etree.XPath(f"boolean(.//h1 | .//{HEADLINE_MARK})")
# The page's link targets as strings, read by libxml2 without a Python element per link; and
# as strings that know their link (`getparent`), read only on a page linking to both pages.
_HREFS = etree.XPath("descendant::a/@href", smart_strings=False)
_LINKED_HREFS = etree.XPath("descendant::a/@href")


def drop_link_prompts(body: HtmlElement, limit: float) -> None:
    """Drop the account prompts (`_account_prompts`), then the sign-up link boxes of what is
    left (`signup_link_boxes`), as `prune` did one after the other; the links' targets read
    once for both when no prompt was dropped (the page's links are the same then)."""
    hrefs = link_targets(body)
    prompts = _account_prompts(body, limit, hrefs)
    for box in prompts:
        drop_tree(box)
    for box in signup_link_boxes(body, limit, None if prompts else hrefs):
        if box.getparent() is not None:  # (not inside a box dropped above)
            drop_tree(box)


def link_targets(body: HtmlElement) -> str:
    """The targets of `body`'s links, lower-cased, a line each: what `_account_prompts` and
    `signup_link_boxes` search first."""
    return "\n".join(cast(list[str], _HREFS(body))).lower()


def _account_prompts(
    body: HtmlElement, limit: float, hrefs: str | None = None
) -> list[HtmlElement]:
    """Small blocks linking both to log in and to open an account (`_LOGIN_HREF`, `_REGISTER_HREF`):
    the links' nearest shared ancestor, when it holds at most `_ACCOUNT_MAX_CHARS` characters, under
    `limit`, and no headline (`_HEADLINE`). A comment box shown to a reader not logged in ("You can
    comment on most stories. All you need to do is register and/or login"), a sign-up prompt
    ("Register to follow the newsroom. Already have an account? Log in") names itself by no class a
    hashed page keeps, but links to both pages; an article's paragraph seldom does. Not climbed
    from: the block around a short post holds its prompt too. Read after the class words have pruned
    the page: their sizes are the page's own. `hrefs`: `link_targets(body)`, if read."""
    hrefs = link_targets(body) if hrefs is None else hrefs
    if not _REGISTER_HREF.search(hrefs) or not _LOGIN_HREF.search(hrefs):
        return []  # most pages: no link to one page or the other
    login: list[HtmlElement] = []
    register: set[HtmlElement] = set()
    for href in cast(list[Any], _LINKED_HREFS(body)):
        if href.startswith("#"):
            continue
        lowered = href.lower()
        if _REGISTER_HREF.search(lowered):
            for el in href.getparent().iterancestors():
                if el in register:
                    break  # and so are its ancestors: a thousand links walk the tree once
                register.add(el)
        elif _LOGIN_HREF.search(lowered):
            login.append(href.getparent())
    boxes: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()  # the boxes, looked up: a page may have thousands
    for a in login if register else ():
        box = next((el for el in a.iterancestors() if el in register), None)
        if box is None or box is body:
            continue
        size = _text_len_upto(box, _ACCOUNT_MAX_CHARS)
        if size > _ACCOUNT_MAX_CHARS or size >= limit or _HEADLINE(box):
            continue
        if box not in chosen and not any(el in chosen for el in box.iterancestors()):
            boxes.append(box)
            chosen.add(box)
    return boxes


# See `_signup_boxes`: a box's pitch and consent line fit in this, with the list of what the
# letter brings and the error and thank-you panels a box prints in its markup for its other
# states (a box of 400 to 600 characters under hashed class names); an article does not.
_SIGNUP_MAX_CHARS = 600
# A box's pitch and consent are two paragraphs at most; a brief's text is three or more.
_ARTICLE_PARAGRAPHS = 3
_PROSE_PARAGRAPH = 80
_EMAIL = re.compile(r"e-?mail", re.I)
_FIELD_NAMES = ("name", "id", "placeholder", "aria-label", "autocomplete")


# Where a link to the site's newsletter or subscription page points ("/newsletters",
# "/subscribe", "/abonnement", "/suscripcion", "/assine", "/iscriviti", "/nieuwsbrief"), read
# in lower-cased link targets; and the label of such a link that is the sign-up itself ("Sign
# up", "Subscribe now", "Abonnez-vous", "Suscríbete", "Jetzt abonnieren", "Zapisz się").
_SIGNUP_PAGE_HREF = WordPattern(
    r"newslet|subscri|sign-?up|abonn|suscri|assin|iscri|nieuwsbrief|boletin|prenumer"
)
_SIGNUP_LINK_LABEL = re.compile(
    r"^(?:sign ?up|subscribe|join|get (?:it|the newsletter)|abonnez-vous|je m'abonne|"
    r"s'inscrire|abonnieren|jetzt abonnieren|anmelden|suscr[ií]bete|suscribirme|assine|"
    r"inscreva-se|iscriviti|abbonati|zapisz się|subskrybuj|aanmelden|abonneren)"
    r"(?: now| here| today| for free| free)?\W*$",
    re.I,
)
# A newsletter box's name and pitch ("The Morning Brief. Start your day with the stories that
# matter.") and its link fit in this; an article's paragraph around such a link seldom does.
_SIGNUP_LINK_BOX_MAX_CHARS = 250


def signup_link_boxes(
    body: HtmlElement, limit: float, hrefs: str | None = None
) -> list[HtmlElement]:
    """Small blocks around a link to the site's newsletter or subscription page labelled as the
    sign-up (`_SIGNUP_PAGE_HREF`, `_SIGNUP_LINK_LABEL`): from the link up to its largest ancestor
    holding at most `_SIGNUP_LINK_BOX_MAX_CHARS` characters, under `limit` and no headline
    (`_HEADLINE`). A newsletter box without a form (its pitch and a "Sign up" link to the
    newsletters' page) names itself by no class a hashed page keeps. Read after the class words have
    pruned the page: their sizes are the page's own. A link inside a sentence ("asked readers to
    sign up for updates") is the sentence's. `hrefs`: `link_targets(body)`, if read."""
    hrefs = link_targets(body) if hrefs is None else hrefs
    if not _SIGNUP_PAGE_HREF.search(hrefs):
        return []  # most pages: no link to such a page
    boxes: list[HtmlElement] = []
    for href in cast(list[Any], _LINKED_HREFS(body)):
        if not _SIGNUP_PAGE_HREF.search(href.lower()):
            continue
        link = href.getparent()
        if _in_sentence(link) or not _SIGNUP_LINK_LABEL.match(
            " ".join("".join(link.itertext()).split())
        ):
            continue
        box: HtmlElement | None = None
        el: HtmlElement | None = link
        while el is not None and el is not body:
            size = _text_len_upto(el, _SIGNUP_LINK_BOX_MAX_CHARS)
            if size > _SIGNUP_LINK_BOX_MAX_CHARS or size >= limit or _HEADLINE(el):
                break
            box, el = el, el.getparent()
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


def _in_sentence(link: HtmlElement) -> bool:
    """True when text runs on before or after `link` in its parent: a link in a sentence."""
    if (link.tail or "").strip():
        return True
    prev, parent = link.getprevious(), link.getparent()
    before = prev.tail if prev is not None else parent.text if parent is not None else ""
    return bool((before or "").strip())
