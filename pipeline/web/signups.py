"""Sign-up and log-in prompts inside the article's part of a page: the small blocks around
e-mail fields (a newsletter box, `_signup_boxes`) and the small blocks linking both to log in
and to open an account (a comment box for readers not logged in, `_account_prompts`), which
`prune` drops with the rest of the furniture."""

from __future__ import annotations

import re
from typing import Any, cast

from lxml import etree

from pipeline.web.boilerplate import _H1
from pipeline.web.elementtext import _text_len, _text_len_upto
from pipeline.web.htmltree import HtmlElement
from pipeline.web.wordpatterns import WordPattern


def _email_field_holders(doc: HtmlElement) -> list[HtmlElement]:
    """The parents of the page's e-mail fields (`<input type="email">`, or a text field whose
    name, id, placeholder, label or autocomplete says e-mail)."""
    holders = []
    for entry in doc.iter("input"):
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
    for holder in holders:
        box: HtmlElement | None = None
        parent: HtmlElement | None = holder
        while parent is not None and parent is not body:
            size = _text_len(parent)
            if size > _SIGNUP_MAX_CHARS or size >= limit:
                break
            box, parent = parent, parent.getparent()
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


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
# The page's link targets as strings, read by libxml2 without a Python element per link; and
# as strings that know their link (`getparent`), read only on a page linking to both pages.
_HREFS = etree.XPath("descendant::a/@href", smart_strings=False)
_LINKED_HREFS = etree.XPath("descendant::a/@href")


def _account_prompts(body: HtmlElement, limit: float) -> list[HtmlElement]:
    """Small blocks linking both to log in and to open an account (`_LOGIN_HREF`,
    `_REGISTER_HREF`): the links' nearest shared ancestor, when it holds at most
    `_ACCOUNT_MAX_CHARS` characters, under `limit`, and no <h1>. A comment box shown to a
    reader not logged in ("You can comment on most stories. All you need to do is register
    and/or login"), a sign-up prompt ("Register to follow the newsroom. Already have an
    account? Log in") names itself by no class a hashed page keeps, but links to both pages;
    an article's paragraph seldom does. Not climbed from: the block around a short post
    holds its prompt too. Read after the class words have pruned the page: their sizes are
    the page's own."""
    hrefs = "\n".join(cast(list[str], _HREFS(body))).lower()
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
        if size > _ACCOUNT_MAX_CHARS or size >= limit or _H1(box):
            continue
        if box not in chosen and not any(el in chosen for el in box.iterancestors()):
            boxes.append(box)
            chosen.add(box)
    return boxes


# See `_signup_boxes`: a box's pitch and consent line fit in this; an article does not.
_SIGNUP_MAX_CHARS = 400
_EMAIL = re.compile(r"e-?mail", re.I)
_FIELD_NAMES = ("name", "id", "placeholder", "aria-label", "autocomplete")
