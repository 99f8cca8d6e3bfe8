"""The cheap tests speed26 put before three searches answer as the searches did, on
generated inputs: the appeal marks naming a channel's network instead of "channel" and
"here" only after a space (not "where", "there") (`ownchannels.OWN_CHANNEL_WORDS`:
`is_appeal` and `is_boilerplate_line` as with the former marks, `_MARKED` tried from their
rarest letters), the deck's picture-credit
search (`decks._credits_picture`: as `_PICTURE_CREDIT`), and
the numbered lines' opening digit (`listitems._numbers`: as matching every line's whole text).
"""

from __future__ import annotations

import random

import pytest

from pipeline.maintext import (
    appeals,
    consentlines,
    credits,
    decks,
    followprompts,
    linekinds,
    listitems,
    ownchannels,
    sitenotes,
)
from pipeline.web.html import HtmlElement, parse, text_of
from pipeline.web.wordpatterns import any_literal, any_literal_anchored

# The marks before speed26: the channel words and "here" (`_MARKS` is otherwise the same).
_ADDED = {"telegram", "youtube", "tiktok", "whatsapp", "whatſapp", "tıktok", "ti\u0307ktok"}
_ADDED |= {" here"}
_FORMER_MARKS = [w for w in appeals._MARKS if w not in _ADDED]
_FORMER_MARKS += ["canal", "channel", "kanal", "chaîne", "here"]
# (`linekinds._ASCII_LINE_MARKS` with them)
_FORMER_ASCII_MARKS = [
    w
    for w in (
        *_FORMER_MARKS,
        *credits._MARKS,
        *consentlines._CONSENT_MARKS,
        *sitenotes._MARKS,
        *followprompts.NAMES_ANYWHERE,
    )
    if w.isascii()
]

_NEW = any_literal_anchored(appeals._MARKS)
_PIECES = [
    *("our WhatsApp channel", "nuestro canal de YouTube", "unser Telegram-Kanal", "notre"),
    *("chaîne YouTube", "our TikTok channel", "our tİktok channel", "our whatſapp channel"),
    *("Our YOUTUBE CHANNEL", "our tıktok kanal", "our WHATSAPP-canal", "channel", "canal"),
    *("a new funding channel", "the Suez Canal", "kanal", "chaîne", "here", "where", "there"),
    *("sign up here", "Subscribe here!", "Register here.", "SIGN UP HERE", "click here"),
    *("sign up here and then", "subscribe  here", "regiſter here", "ſign up here"),
    *("Sign up for our newsletter", "support our journalism", "Follow us on Telegram"),
    *("Síguenos en Telegram, Instagram y Twitter", "donate here", "we want to hear from you"),
    *("Already a subscriber?", "The council said on Tuesday", "that the river had risen"),
    *("comment", "views", "app", "the app", "teLEgram", "tiktok", "İ", "ı", "ſ", ",", "."),
]


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = list(_PIECES)
    for _ in range(count):
        line = " ".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 7)))
        roll = rng.random()
        if roll < 0.2:
            line = line.upper()
        elif roll < 0.4:
            line = line.lower()
        if rng.random() < 0.1:
            line = (line + " and the water kept rising" * 12)[: rng.choice([299, 300, 310])]
        out.append(line)
    return out


def test_appeal_marks_answer_as_the_former_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(26, 30_000)
    fast = [(appeals.is_appeal(t), linekinds.is_boilerplate_line(t)) for t in lines]
    assert appeals._MARKED.pattern == _NEW.pattern
    former = any_literal(_FORMER_MARKS)
    monkeypatch.setattr(appeals, "_MARKED", former)
    ascii_former = any_literal_anchored(_FORMER_ASCII_MARKS)
    monkeypatch.setattr(linekinds, "_ASCII_LINE_MARKS", ascii_former)
    slow = [(appeals.is_appeal(t), linekinds.is_boilerplate_line(t)) for t in lines]
    assert fast == slow
    # (TikTok's marks hold no `_MARK_LETTERS`: each match of the channel branch does)
    for text in lines:
        for match in ownchannels.OWN_CHANNEL.finditer(text):
            assert linekinds._MARK_LETTERS.search(match.group().lower()), text
    assert 3_000 < sum(a for a, _ in fast) < len(lines) - 3_000
    # (the lines the former marks passed and the new ones do not: no appeal among them)
    dropped = [t for t in lines if former.search(t.lower()) and not _NEW.search(t.lower())]
    assert len(dropped) > 1_000


def test_picture_credit_gate_holds_wherever_the_pattern_matches() -> None:
    rng = random.Random(7)
    pieces = [
        *("Photo: Jane Doe", "FOTO : dpa", "Credits: AP", "credit :", "Bild: Reuters", "©"),
        *("© 2024 Agency", "Getty Images", "GETTY IMAGES", "getty  images", "image :"),
        *("Picture:", "photos of the day", "a credit to the team", "at 10:30", "Getty"),
        *("The council said", "on Tuesday", "İ", "ı", "ſ", "K", ":", "，", "。", "图片"),
        *("photo\u00a0\t:", "xphoto:", "_foto:", "1image:", "ımage:", "PİCTURE :", "credıt:"),
        *(
            "kredits:",
            "apicture:",
            "_credits:",
            "bilder:",
            "photo\n:",
            "photo",
            "credits",
            "images",
            "getty\u00a0images",
        ),
        *("Getty İmages", "GETTY ımages", "getty imageſ", "ab", "a", " ", "  :"),
    ]
    found = 0
    for _ in range(60_000):
        glue = rng.choice([" ", "", "\t", ": "])
        text = glue.join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        text = text.upper() if rng.random() < 0.2 else text
        expected = decks._PICTURE_CREDIT.search(text) is not None
        assert decks._credits_picture(text) == expected, text
        found += expected
        if decks._CLOCK.search(text) is not None:
            assert ":" in text
    assert found > 5_000


def _numbers_whole(el: HtmlElement) -> list[int]:
    """`listitems._numbers` matching every line's whole text."""
    out = []
    for node in el.iter(*listitems._LINE_TAGS):
        match = listitems._LINE_NUMBER.match(text_of(node))
        if match:
            out.append(int(match.group(1)))
    return out


def test_numbered_lines_read_as_from_their_whole_text() -> None:
    rng = random.Random(11)
    openings = [
        *("", " ", "\u00a0", "\n\t", "1. ", "2) ", "3 . ", "12.", "7.\u00a0«", "٣. ", "². "),
        *("10:30 ", "3-4 ", "x ", "Item ", "(", "9) (", "4.", " 5 )", "1", "０. "),
    ]
    tails = ["Text", "Über", "", " ", "“A quote", "新闻", "<b>5. Bold</b> rest", "<i></i>6. x"]
    found = 0
    for _ in range(3_000):
        lines = []
        for _ in range(rng.randrange(1, 6)):
            tag = rng.choice(listitems._LINE_TAGS)
            lead = rng.choice(["", "<span>", "<!-- c -->", "<a href='#'>"])
            close = {"": "", "<span>": "</span>", "<!-- c -->": "", "<a href='#'>": "</a>"}
            inner = rng.choice(openings) + rng.choice(tails)
            lines.append(f"<{tag}>{lead}{inner}{close[lead]}</{tag}>")
        doc = parse("<html><body><div>" + "".join(lines) + "</div></body></html>")
        assert doc is not None
        box = next(doc.iter("div"))
        expected = _numbers_whole(box)
        assert listitems._numbers(box) == expected, lines
        found += bool(expected)
    assert found > 1_000
