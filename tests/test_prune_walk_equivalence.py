"""`pruning.prune` finds the page's e-mail fields, players and buttons in one walk
(`doc.iter("input", "iframe", "video", "button")`, split by tag) instead of three: the same
e-mail field holders, the same video captions dropped and the same buttons unwrapped as the
former three walks found, on generated pages whose figures hold players, pictures and
captions, whose captions hold buttons and fields (gone with them: the buttons are walked
again then), and whose buttons hold pages of text or questions over their answers."""

from __future__ import annotations

import random

import lxml.html
from lxml import etree

from pipeline.web.captions import video_captions
from pipeline.web.elementtext import _text_len
from pipeline.web.htmltree import HtmlElement, drop_tree
from pipeline.web.pruning import (
    _MAX_BUTTON_CHARS,
    _MIN_QUESTION_CHARS,
    _opens_answer,
    _tagged,
    _unwrap_buttons,
    prune,
)
from pipeline.web.signups import _EMAIL, _FIELD_NAMES, _email_field_holders


def _email_field_holders_former(doc: HtmlElement) -> list[HtmlElement]:
    """`_email_field_holders` as it was (the former code, word for word)."""
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


def _video_captions_former(doc: HtmlElement) -> list[HtmlElement]:
    """`video_captions` as it was (the former code, word for word)."""
    found: list[HtmlElement] = []
    for player in doc.iter("iframe", "video"):
        figure = next(player.iterancestors("figure"), None)
        if figure is None or next(figure.iter("img", "picture"), None) is not None:
            continue
        found.extend(c for c in figure.iter("figcaption") if c not in found)
    return found


def _unwrap_buttons_former(doc: HtmlElement) -> None:
    """`_unwrap_buttons` as it was (the former code, word for word)."""
    for button in list(doc.iter("button")):
        size = _text_len(button)
        if size > _MAX_BUTTON_CHARS or (size >= _MIN_QUESTION_CHARS and _opens_answer(button)):
            button.tag = "div"


_LONG = "The council met on Tuesday to approve the budget for the coming year. " * 9
_PIECES = (
    "<figure><iframe src='https://video.example/1'></iframe><figcaption>A clip {x}"
    "</figcaption></figure>",
    "<figure><video src='a.mp4'></video><img src='a.jpg'><figcaption>A picture</figcaption>"
    "</figure>",
    "<figure><div><video></video></div><figcaption>Clip <button>Play</button> "
    "<input type='email' name='e'></figcaption><figcaption>Second</figcaption></figure>",
    "<figure><iframe></iframe><figcaption><button>{long}</button></figcaption></figure>",
    "<iframe src='https://ads.example/'></iframe>",
    "<form><input type='email'><input type='text' placeholder='Your e-mail'>"
    "<input type='text' name='q'><input></form>",
    "<div><label>Email</label><input type='TEXT' id='newsletter-email'></div>",
    "<button>Menu</button>",
    "<button>{long}</button>",
    "<div><h3><button>Do I need a permit to build a shed?</button></h3><div>{long}</div></div>",
    "<div><button>Is it free?</button><p>{long}</p></div>",
    "<p>{long}</p>",
    "<div class='box'>",
    "</div>",
)


def _page(rng: random.Random) -> str:
    parts = [
        rng.choice(_PIECES).format(x=rng.randint(0, 9), long=_LONG[: rng.randint(10, 640)])
        for _ in range(rng.randint(0, 14))
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def test_one_walk_finds_what_three_did() -> None:
    rng = random.Random(2930)
    seen = {"holders": 0, "captions": 0, "unwrapped": 0, "walked again": 0}
    for _ in range(3000):
        html = _page(rng)
        former_doc = lxml.html.document_fromstring(html)
        doc = lxml.html.document_fromstring(html)
        path = former_doc.getroottree().getpath
        former_holders = [path(el) for el in _email_field_holders_former(former_doc)]
        for caption in _video_captions_former(former_doc):
            drop_tree(caption)
        _unwrap_buttons_former(former_doc)
        # as `prune` reads them
        tagged = list(doc.iter("input", "iframe", "video", "button"))
        holders = _email_field_holders(_tagged(tagged, "input"))
        holders_paths = [doc.getroottree().getpath(el) for el in holders]
        captions = video_captions(doc, _tagged(tagged, "iframe", "video"))
        for caption in captions:
            drop_tree(caption)
        _unwrap_buttons(list(doc.iter("button")) if captions else _tagged(tagged, "button"))
        assert holders_paths == former_holders
        assert etree.tostring(doc) == etree.tostring(former_doc)
        fresh = lxml.html.document_fromstring(html)  # (the players given or walked for)
        players = _tagged(list(fresh.iter("input", "iframe", "video", "button")), "iframe", "video")
        assert video_captions(fresh, players) == video_captions(fresh)
        seen["holders"] += bool(holders)
        seen["captions"] += bool(captions)
        seen["unwrapped"] += b"<button" not in etree.tostring(doc) and "<button" in html
        seen["walked again"] += bool(captions) and "<button" in html
    assert all(count > 100 for count in seen.values()), seen


def test_prune_itself_as_with_the_former_walks() -> None:
    """`prune` as users run it: its output on a page equals `prune` run after the former three
    steps were applied to the page (they leave nothing for its own to do again: the captions
    are gone, the buttons unwrapped, and the fields the signup boxes are found from stay)."""
    rng = random.Random(2931)
    changed = 0
    for _ in range(1500):
        html = _page(rng) + "<p>" + _LONG + "</p>"
        doc = lxml.html.document_fromstring(html)
        former_doc = lxml.html.document_fromstring(html)
        for caption in _video_captions_former(former_doc):
            drop_tree(caption)
        _unwrap_buttons_former(former_doc)
        pruned = etree.tostring(prune(doc))
        assert pruned == etree.tostring(prune(former_doc))
        changed += pruned != etree.tostring(lxml.html.document_fromstring(html).body)
    assert changed > 100
