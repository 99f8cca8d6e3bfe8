"""`printednames._printed` (is a name printed on the page other than as its editor's?) gives
the former answer with its two shortcuts: the editors' labels looked for before
`_EDITOR_CREDIT`'s case-blind search (`_holds_editor_label`), a name's key found in the
case-folded text by one search (`_key_in`) instead of the text's key made a character at a
time. On generated pages and names: labels in every case, cut, or spelled with the
characters re folds apart from lower() (dotted and dotless i, long s, Kelvin sign, Greek
finals), letters lowered to several, digits of other scripts, underscores."""

from __future__ import annotations

import random
import re
import sys

from lxml import html as lxml_html

from pipeline.web.metadata import printednames
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.visible import _window_of
from pipeline.web.metadata.vocabulary import _EDITOR_CREDIT


def _printed_former(doc: object, names: list[str]) -> bool:
    """`_printed` as it was (the former code, word for word)."""
    body = doc.find("body")  # type: ignore[attr-defined]
    if body is None:
        return False
    text = _window_of(body, 10**9)
    if _EDITOR_CREDIT.search(text):
        text = _EDITOR_CREDIT.sub("\n", text)
    key = _key(text)
    return any(_key(name) in key for name in names)


_LABELS = (
    "责任编辑：",
    "（责编：",
    "編輯",
    "Editor: ",
    "EDITED BY ",
    "Redaktion: ",
    "redakcja",
    "REDAKTUR:",
    "Penyunting ",
    "Редактор: ",
    "ΕΠΙΜΈΛΕΙΑ: ",
    "editör ",
    "EDİTÖR ",
    "Edición:",
    "editado por ",
    "Edit",
    "Redak",
    "edıtor",
    "ediſion",
)
_NAMES = ("Anna Weiss", "申文峰", "Jeanne Corriveau", "O'Neil-Smith", "Straße", "Σίσυφος", "İlker")
_NOISE = (
    " ",
    "\n",
    "  ",
    ", ",
    "_",
    "-",
    ".",
    "·",
    "\u00a0",
    "²",
    "٣",
    "½",
    "\u212a",
    "ſ",
    "ς",
    "ß",
    "ﬁ",
    "\u0307",
    "The minister said on Tuesday",
    "記者 李四",
    "报道",
)


def _spelled(rng: random.Random, word: str) -> str:
    """`word` with its case changed here and there, sometimes cut or run into noise."""
    chars = [c.upper() if rng.random() < 0.3 else c for c in word]
    if rng.random() < 0.2 and len(chars) > 2:
        del chars[rng.randrange(len(chars))]
    if rng.random() < 0.2:
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_NOISE))
    return "".join(chars)


def _page(rng: random.Random) -> tuple[str, list[str]]:
    parts = []
    for _ in range(rng.randint(0, 30)):
        roll = rng.random()
        if roll < 0.15:
            parts.append(_spelled(rng, rng.choice(_LABELS)))
        elif roll < 0.35:
            parts.append(_spelled(rng, rng.choice(_NAMES)))
        else:
            parts.append(rng.choice(_NOISE))
    blocks = []
    while parts:
        cut = rng.randint(1, 6)
        tag = rng.choice(("p", "div", "span", "h2"))
        blocks.append(f"<{tag}>{''.join(parts[:cut])}</{tag}>")
        del parts[:cut]
    names = [_spelled(rng, rng.choice(_NAMES)) for _ in range(rng.randint(1, 3))]
    return f"<html><body>{''.join(blocks)}</body></html>", names


def test_printed_is_the_former_on_generated_pages() -> None:
    rng = random.Random(2807)
    answers = []
    for _ in range(3000):
        markup, names = _page(rng)
        doc = lxml_html.document_fromstring(markup)
        former = _printed_former(doc, names)
        assert printednames._printed(doc, names) == former, (markup, names)  # noqa: SLF001
        answers.append(former)
    assert 300 < sum(answers) < len(answers) - 300  # both answers asked often


def test_editor_label_gate_misses_no_match() -> None:
    rng = random.Random(2808)
    found = 0
    for _ in range(20000):
        text = "".join(
            _spelled(rng, rng.choice(_LABELS)) if rng.random() < 0.3 else rng.choice(_NOISE)
            for _ in range(rng.randint(0, 8))
        )
        if _EDITOR_CREDIT.search(text):
            found += 1
            assert printednames._holds_editor_label(text), text  # noqa: SLF001
    assert found > 3000


def test_non_word_class_is_what_isalnum_refuses() -> None:
    """`[\\W_]` (what `_key_in` steps over) matches exactly the characters str.isalnum refuses,
    over all of Unicode (what `_key` leaves out of a key)."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    refused = "".join(re.findall(r"[\W_]", chars))
    assert refused == "".join(c for c in chars if not c.isalnum())


def test_key_in_is_key_containment() -> None:
    rng = random.Random(2809)
    hits = 0
    for _ in range(20000):
        text = "".join(
            _spelled(rng, rng.choice(_NAMES)) if rng.random() < 0.4 else rng.choice(_NOISE)
            for _ in range(rng.randint(0, 8))
        )
        name = _spelled(rng, rng.choice(_NAMES + _NOISE))
        expected = _key(name) in _key(text)
        hits += expected
        assert printednames._key_in(_key(name), text.casefold()) == expected, (text, name)  # noqa: SLF001
    assert 2000 < hits < 18000
