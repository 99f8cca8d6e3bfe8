"""The cheap tests speed26b put before the agency credit's reads answer as the reads did, on
generated inputs: `agencycredit._agency` asks whether a run of letters and digits of the
value starts an agency's key before splitting it into parts and words (`_KEY_STARTS`), and
`agency_credit`'s dateline is matched only on a line whose first "(" opens its bracket and
dash (`_DATELINE_CLOSE`); and `htmltree.body_of` finds a page's <body> as `find("body")`
did.
"""

from __future__ import annotations

import random
import sys
from typing import Any, cast

from lxml import etree

from pipeline.web import htmltree
from pipeline.web.metadata import agencycredit
from pipeline.web.metadata.agencycredit import (
    _AGENCIES,
    _BYLINE,
    _DATELINE,
    _PARTS,
    _RUN,
    _agency_word,
    _credit_word,
    _key,
    is_organisation,
)


def _former_agency(value: str, keys: frozenset[str]) -> list[str]:
    """`_agency` as it was before the gate (written out)."""
    value = " ".join(value.split()).strip("()（）[] ")
    if not value or len(value) > agencycredit._MAX_VALUE:
        return []
    lead = _BYLINE.match(value)
    if lead is not None and lead.end() < len(value):
        value = value[lead.end() :].strip("()（）[] ")
    parts = [p for p in _PARTS.split(value) if p]
    if not any(_key(p) in _AGENCIES for p in parts) and not any(map(_agency_word, parts)):
        return []
    for part in parts:
        if _credit_word(part, keys) or _agency_word(part):
            continue
        if any(_key(w) in _AGENCIES for w in part.split()) or not is_organisation(part, keys):
            return []
    return [value]


def _former_dateline(window: str, keys: frozenset[str]) -> list[str]:
    """The dateline read of `agency_credit` before the gate (written out)."""
    if "(" in window:
        for line in window.splitlines():
            match = _DATELINE.match(line)
            if match:
                return _former_agency(match.group(1), keys)
    return []


class _Window:
    """A headline's surroundings holding only the text after it (no byline markup)."""

    h1 = "headline"
    marked: tuple[list[Any], ...] = ([],)

    def __init__(self, text: str) -> None:
        self.text = text

    def window(self, size: int) -> str:
        return self.text

    def dated_window(self, size: int) -> str:
        return ""  # (an agency alone on the first line: its own test, test_metadata_authors36)


def _dateline(window: str, keys: frozenset[str]) -> list[str]:
    near = cast(Any, _Window(window))
    return agencycredit.agency_credit(cast(Any, None), {}, {}, keys, near, ())


def test_run_is_isalnum_over_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(_RUN.fullmatch(char)) == char.isalnum(), hex(code)


_AGENCY_SPELLINGS = [
    "dpa",
    "DPA",
    "AFP",
    "A.F.P.",
    "Ap",
    "AP",
    "EFE",
    "Agencia EFE",
    "Agence France-Presse",
    "agence france presse",
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "REUTERS",
    "ANSA",
    "Lusa",
    "Agência Lusa",
    "ČTK",
    "čtk",
    "Anadolu Ajansı",
    "ANADOLU AJANSI",
    "İHA",
    "TASS",
    "ТАСС",
    "РИА Новости",
    "ΑΠΕ-ΜΠΕ",
    "新华社",
    "共同通信",
    "연합뉴스",
    "뉴스1",
    "د ب أ",
    "Europa Press",
    "europapress",
    "Xinhua",
    "tt",
    "TT",
    "aa",
    "ria",
]
_OTHER_WORDS = [
    "lno",
    "dsw",
    "PG",
    "Anna",
    "María García",
    "Staff",
    "Staff reporter",
    "Redaktion",
    "Redacción",
    "The Local",
    "Kurir",
    "Example News",
    "Bench",
    "Paris",
    "2026-01-02",
    "4 mar",
    "记者",
    "编辑部",
    "straße",
    "STRASSE",
    "Taps",
    "apa",
    "rapt",
    "dpa2",
    "x_dpa",
    "dpa_x",
    "İ",
    "ß",
    "ﬀ",
    "Ⅻ",
    "٣",
    "",
]
_SEPARATORS = ["/", " / ", ", ", " | ", " with ", " avec ", " und ", " y ", " ", "-", "·", "_", "."]
_LEADS = ["", "By ", "Por ", "Von ", "Written by", "Written by ", "记者", "记者 ", "Text: ", "("]
_TAILS = ["", ")", " ", " · 2026-01-02", " ]"]


def _values(rng: random.Random, count: int) -> list[str]:
    values = []
    for _ in range(count):
        words = [
            rng.choice(_AGENCY_SPELLINGS if rng.random() < 0.5 else _OTHER_WORDS)
            for _ in range(rng.randint(1, 4))
        ]
        text = words[0]
        for word in words[1:]:
            text += rng.choice(_SEPARATORS) + word
        values.append(rng.choice(_LEADS) + text + rng.choice(_TAILS))
    return values


def test_agency_gate_answers_as_before() -> None:
    rng = random.Random(26)
    keys_choices = [frozenset(), frozenset({"benchnews", "thelocal"}), frozenset({"kurir"})]
    found = 0
    for value in _values(rng, 40000):
        keys = rng.choice(keys_choices)
        expected = _former_agency(value, keys)
        assert agencycredit._agency(value, keys) == expected, value
        found += bool(expected)
    assert found > 2000  # the generated values hold credits as well as other bylines


_PLACES = ["Hamburg", "BERLIN", "Madrid", "New York", "São Paulo", "L'Aquila", "Saint-Denis"]
_PLACES += ["北京", "Rio de Janeiro e", "Brokers warned that newly", "2026", "", "(x) Paris"]
_BRACKETS = [
    "(dpa/lno)",
    "(AFP)",
    "(AP)",
    "(TT)",
    "(EFE)",
    "(0-0: 4979)",
    "(x)",
    "((dpa))",
    "(a(b)",
    "(",
]
_BRACKETS += ["(" + "y" * 30 + ")", "(" + "y" * 31 + ")", "(Reuters) (AFP)", ")("]
_MIDDLES = ["", " ", ", 12 may ", ",4 mar", ", " + "z" * 21, ",a,b "]
_ENDS = [" - text", " – text", "— text", ": text", ".- text", " . - x", "", " text", ". text"]


def _lines(rng: random.Random, count: int) -> list[str]:
    return [
        rng.choice(_PLACES) + rng.choice(_MIDDLES) + rng.choice(_BRACKETS) + rng.choice(_ENDS)
        for _ in range(count)
    ]


def test_dateline_gate_answers_as_before() -> None:
    rng = random.Random(262)
    keys = frozenset({"benchnews"})
    found = 0
    lines = _lines(rng, 30000)
    for line in lines:
        expected = _former_dateline(line, keys)
        assert _dateline(line, keys) == expected, line
        found += bool(expected)
    assert found > 2000
    for start in range(0, len(lines) - 4, 4):  # windows of several lines
        window = "\n".join(lines[start : start + 4])
        assert _dateline(window, keys) == _former_dateline(window, keys), window


def test_body_of_is_find_body() -> None:
    """`htmltree.body_of` (free_body's and prune's look for the <body>) finds what
    `doc.find("body")` finds, on parsed pages and on trees built with any children."""
    rng = random.Random(2626)
    markups = [
        "<html><head><title>t</title></head><body><p>x</p></body></html>",
        "<p>no html, no body</p>",
        "<html><head><mbox><p>swallowed</p></head><body><p>y</p></body></html>",
        "<html><!-- c --><body><p>z</p></body></html>",
        "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body>b</body></html>",
        "<frameset><frame src='a'></frameset>",
        "",
        "<body><body><p>twice</p></body></body>",
    ]
    for markup in markups:
        doc = htmltree.parse(markup) if markup else etree.Element("html")
        assert htmltree.body_of(doc) is doc.find("body"), markup
    tags: list[Any] = ["head", "body", "BODY", "bodyx", "{urn:x}body", "div", "p"]
    for _ in range(3000):
        doc = etree.Element(rng.choice(["html", "body", "div"]))
        for _ in range(rng.randint(0, 5)):
            kind = rng.random()
            if kind < 0.15:
                doc.append(etree.Comment("c"))
            elif kind < 0.25:
                doc.append(etree.ProcessingInstruction("pi", "x"))
            else:
                child = etree.SubElement(doc, rng.choice(tags))
                if rng.random() < 0.3:
                    etree.SubElement(child, "body")
        assert htmltree.body_of(doc) is doc.find("body"), etree.tostring(doc)
