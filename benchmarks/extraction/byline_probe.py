"""Authors of made-up news pages in 22 languages, by the shape the page gives them in
(session 25, helper authors25): how many cases `pipeline.pages.article_from_page` names right.

One story per language (the paragraphs of `multilingual_probe.py`), one to three made-up
names, and the shapes news sites print or mark a byline in: the language's byline word
("Von X", "Par X", "X 기자" ...) in byline markup and as the text's first line; JSON-LD
author as a Person, a list, a string, an Organization (no person: no author); the author
meta; a rel=author link; the name followed by a job title, "| Agency" or "(agency)"; two and
three names joined by the language's "and"; names with lower-case particles (van, von, de,
dos, bin). A case is right when the Article's author is the names joined by ", " and a
byline printed as a line is not left in the text. Fixed kinds are kept by
tests/test_metadata_bylines25.py. Session 26 (bylines26) added the shapes of
`byline_shapes.py` (JSON-LD Persons with url/@id, profile URLs in author metas, writer and
photographer, desks, agencies alone, author boxes ...; tests/test_metadata_bylines26.py).

    PYTHONPATH=. .venv/bin/python benchmarks/extraction/byline_probe.py [-v] [--lang de]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline.records import Article

_SPEC = importlib.util.spec_from_file_location(
    "multilingual_probe", Path(__file__).with_name("multilingual_probe.py")
)
assert _SPEC and _SPEC.loader
_ML = importlib.util.module_from_spec(_SPEC)
sys.modules["multilingual_probe"] = _ML
_SPEC.loader.exec_module(_ML)
_SPEC2 = importlib.util.spec_from_file_location(
    "byline_shapes", Path(__file__).with_name("byline_shapes.py")
)
assert _SPEC2 and _SPEC2.loader
_SHAPES = importlib.util.module_from_spec(_SPEC2)
_SPEC2.loader.exec_module(_SHAPES)

# lang: byline with {} for the names | "and" | three names | a job title after the name | a
# name with a lower-case particle
_TABLE = """
de|Von {}|und|Anna Schmidt;Max Müller;Lena Weber|Korrespondentin in Paris|Klaus von der Heide
fr|Par {}|et|Marie Dupont;Jean Martin;Claire Petit|correspondante à Berlin|Louis de La Tour
es|Por {}|y|María García;Juan Pérez;Lucía Gómez|corresponsal en Berlín|Ana de la Cruz
it|di {}|e|Marco Rossi;Luca Bianchi;Giulia Conti|inviato a Berlino|Paolo da Ponte
pt|Por {}|e|João Silva;Maria Souza;Pedro Costa|correspondente em Berlim|Ana dos Santos
nl|Door {}|en|Sanne de Vries;Jan Jansen;Eva Bakker|correspondent in Berlijn|Pieter van den Berg
da|Af {}|og|Mette Hansen;Lars Nielsen;Sofie Jensen|korrespondent i Berlin|Anders von Holstein
sv|Av {}|och|Anna Lindqvist;Erik Berg;Sara Holm|korrespondent i Berlin|Karl af Klint
no|Av {}|og|Kari Nordmann;Ola Hansen;Ingrid Berg|korrespondent i Berlin|Henrik von Hanno
fi|Kirjoittaja {}|ja|Matti Virtanen;Anna Korhonen;Juha Nieminen|toimittaja|Eero af Forselles
pl|Autor: {}|i|Jan Kowalski;Anna Nowak;Piotr Wiśniewski|korespondent w Berlinie|Jan van der Berg
cs|Autor: {}|a|Jan Novák;Petr Svoboda;Eva Dvořáková|zpravodaj v Berlíně|Karel von Lobkowicz
tr|Yazar: {}|ve|Ayşe Yılmaz;Mehmet Demir;Elif Kaya|Berlin muhabiri|Ali bin Yusuf
ru|Автор: {}|и|Иван Петров;Мария Сидорова;Олег Смирнов|корреспондент в Берлине|Анна фон Берг
uk|Автор: {}|і|Олена Коваленко;Андрій Шевченко;Ірина Бондар|кореспондентка в Берліні|Анна фон Берг
ar|كتب: {}|و|محمد علي;أحمد حسن;سارة أحمد|مراسل في برلين|محمد بن سعيد
ja|{}記者|、|山田太郎;佐藤花子;鈴木一郎||
ko|{} 기자|·|김민수;이영희;박지훈||
zh|记者 {}|、|张小明;李小红;王大伟||
en|By {}|and|Jane Miller;Tom Baker;Sarah Khan|Berlin correspondent|Rosa de la Vega
id|Oleh {}|dan|Siti Aminah;Budi Santoso;Dewi Lestari|koresponden di Berlin|Ahmad bin Yusuf
el|Του {}|και|Γιώργου Παπαδόπουλου;Νίκου Παππά;Κώστα Νικολαΐδη|ανταποκριτής στο Βερολίνο|
"""
LANGS: dict[str, tuple[str, str, tuple[str, ...], str, str]] = {
    lang: (by, joiner, tuple(names.split(";")), title, particle)
    for lang, by, joiner, names, title, particle in (
        row.split("|") for row in _TABLE.strip().splitlines()
    )
}

# Greek's byline word takes the genitive; the Person's name is the nominative.
NOMINATIVE = {
    "Γιώργου Παπαδόπουλου": "Γιώργος Παπαδόπουλος",
    "Νίκου Παππά": "Νίκος Παππάς",
    "Κώστα Νικολαΐδη": "Κώστας Νικολαΐδης",
}
OUTLET = {"@type": "Organization", "name": "Kurir"}  # the site's own
COMMA = {"ar": "، "}  # the comma the language prints


def _nom(name: str) -> str:
    return NOMINATIVE.get(name, name)


def _join(lang: str, names: tuple[str, ...]) -> str:
    word = LANGS[lang][1]
    if len(names) == 1:
        return names[0]
    if word in "、·":
        return word.join(names)
    return COMMA.get(lang, ", ").join(names[:-1]) + f" {word} " + names[-1]


def _page(
    lang: str, head: str = "", meta: str = "", lines: tuple[str, ...] = (), tail: str = ""
) -> str:
    text = _ML._paragraph(lang)
    body = "".join(f"<p>{x}</p>" for x in lines)
    body += "".join(f"<p>{p}</p>" for p in (text, "2. " + text, "3. " + text))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>T {lang} - "
        f"Kurir</title>{head}</head><body><header><a href='/'>Kurir</a></header><main><article>"
        f"<h1>Titel {lang} {text[:30]}</h1>{meta}<p class='date'>12.05.2024 14:35</p>"
        f"<div class='x2'>{body}</div>{tail}</article></main>"
        "<footer><p>© 2024 Kurir</p></footer></body></html>"
    )


def _ld(author: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "T",
        "datePublished": "2024-05-12T14:35:00Z",
        "author": author,
    }
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def _marked(byline: str) -> str:
    return f"<div class='article-meta'><span class='byline'>{byline}</span></div>"


Check = Callable[[], list[str]]


def _case(lang: str, html: str, want: str, line: str = "") -> Check:
    def check() -> list[str]:
        got: Article = _ML._article(html)
        errors = [] if (got.author or "") == want else [f"author={got.author!r}"]
        if line and line in got.text:
            errors.append("in text")
        return errors

    return check


Case = tuple[str, str, Check]


def _c(kind: str, shown: str, lang: str, want: str, line: str = "", **parts: str) -> Case:
    """One case: its kind, the byline as shown, the page of `parts` (head, meta, the text's
    first line), the authors wanted, the line that must not stay in the text."""
    lines = (parts.pop("line1"),) if "line1" in parts else ()
    return (kind, shown, _case(lang, _page(lang, lines=lines, **parts), want, line))


def _cases(lang: str) -> list[Case]:
    by, _, names, title, particle = LANGS[lang]
    want1 = _nom(names[0])
    want2 = ", ".join(_nom(n) for n in names[:2])
    want3 = ", ".join(_nom(n) for n in names)
    line1 = by.format(names[0])
    two, three = by.format(_join(lang, names[:2])), by.format(_join(lang, names))
    people = [{"@type": "Person", "name": _nom(n)} for n in names[:2]]
    out = [
        _c("byline marked", line1, lang, want1, meta=_marked(line1)),
        _c("byline line", line1, lang, want1, line1, line1=line1),
        _c("name marked", want1, lang, want1, meta=_marked(want1)),
        _c("ld Person", want1, lang, want1, head=_ld({"@type": "Person", "name": want1})),
        _c("ld list", want2, lang, want2, head=_ld(people)),
        _c("ld string", want1, lang, want1, head=_ld(want1)),
        _c("ld Organization", "Kurir", lang, "", head=_ld(OUTLET)),
        _c("meta author", want1, lang, want1, head=f"<meta name='author' content='{want1}'>"),
        _c("rel=author", want1, lang, want1, meta=f"<p><a rel='author' href='/a'>{want1}</a></p>"),
        _c("two joined", two, lang, want2, meta=_marked(two)),
        _c("two joined line", two, lang, want2, two, line1=two),
        _c("three joined", three, lang, want3, meta=_marked(three)),
    ]
    if lang not in ("ja", "ko", "zh"):
        comma = COMMA.get(lang, ", ")
        for shape in (f"{line1}{comma}{title}", f"{line1} | Reuters", f"{line1} (dpa)"):
            out.append(_c("after the name", shape, lang, want1, meta=_marked(shape)))
        shape = f"{want1}{comma}{title}"
        out.append(_c("after the name", shape, lang, want1, meta=_marked(shape)))
        shape = f"{line1} | Reuters"
        out.append(_c("after the name line", shape, lang, want1, shape, line1=shape))
    out += _more(lang, line1, want1, want2, title)
    out += _linked(lang, want1, want2)
    out += _SHAPES.cases(lang, sys.modules[__name__])
    if particle:
        pl, pair = by.format(particle), by.format(_join(lang, (particle, names[1])))
        out += [
            _c("particle", pl, lang, particle, meta=_marked(pl)),
            _c("particle line", pl, lang, particle, pl, line1=pl),
            _c("particle joined", pair, lang, f"{particle}, {names[1]}", meta=_marked(pair)),
            _c("particle meta", particle, lang, particle, head=_meta(particle)),
        ]
    return out


def _meta(value: str) -> str:
    return f"<meta name='author' content='{value}'>"


def _more(lang: str, line1: str, want1: str, want2: str, title: str) -> list[Case]:
    """Mixed sources: a visible byline beside an outlet's meta or JSON-LD, the author's
    JSON-LD node by reference, metas of other names, two names with a shared title."""
    by, _, names, _, _ = LANGS[lang]
    two = by.format(_join(lang, names[:2]))
    nodes = [
        {"@type": "NewsArticle", "headline": "T", "author": {"@id": "#p1"}},
        {"@type": "Person", "@id": "#p1", "name": want1},
    ]
    graph = json.dumps({"@context": "https://schema.org", "@graph": nodes}, ensure_ascii=False)
    org = _ld(OUTLET)
    item = (
        "<div class='meta'><span itemprop='author' itemscope itemtype='https://schema.org/"
        f"Person'><span itemprop='name'>{want1}</span></span></div>"
    )
    out = [
        _c("visible beside ld Organization", line1, lang, want1, head=org, meta=_marked(line1)),
        _c(
            "visible beside meta outlet",
            line1,
            lang,
            want1,
            head=_meta("Kurir"),
            meta=_marked(line1),
        ),
        _c(
            "ld @graph by @id",
            want1,
            lang,
            want1,
            head=f"<script type='application/ld+json'>{graph}</script>",
        ),
        _c("ld list of strings", want2, lang, want2, head=_ld([_nom(n) for n in names[:2]])),
        _c("meta two names", want2, lang, want2, head=_meta(want2)),
        _c("itemprop author", want1, lang, want1, meta=item),
        _c("agency slash", f"{line1}/dpa", lang, want1, meta=_marked(f"{line1}/dpa")),
        _c("two with agency", f"{two} (AFP)", lang, want2, meta=_marked(f"{two} (AFP)")),
        _c(
            "two with agency line",
            f"{two} | Reuters",
            lang,
            want2,
            f"{two} | Reuters",
            line1=f"{two} | Reuters",
        ),
    ]
    if title:
        shape = f"{two}{COMMA.get(lang, ', ')}{title}"
        out.append(_c("two with title", shape, lang, want2, meta=_marked(shape)))
    return out


def _linked(lang: str, want1: str, want2: str) -> list[Case]:
    """Each name a link to its author page inside the byline; a JSON-LD list of a Person
    and an agency; the author meta with the agency after the name; the names in capitals;
    Arabic's "and" joined to the second name, as it is mostly written."""
    by, joiner, names, _, _ = LANGS[lang]
    links = [f"<a href='/autor/{n}'>{n}</a>" for n in names[:2]]
    linked = by.format(joiner.join(links) if joiner in "、·" else f" {joiner} ".join(links))
    people = _ld([{"@type": "Person", "name": want1}, {"@type": "Organization", "name": "dpa"}])
    shown = by.format(names[0]).upper()
    out = [
        _c("linked names", linked, lang, want2, meta=_marked(linked)),
        _c("ld Person and agency", want1, lang, want1, head=people),
        _c("meta with agency", f"{want1} (dpa)", lang, want1, head=_meta(f"{want1} (dpa)")),
        _c("capitals", shown, lang, want1.upper(), meta=_marked(shown)),
    ]
    if lang == "ar":
        attached = by.format(f"{names[0]} و{names[1]}")
        out.append(_c("joined and", attached, lang, want2, meta=_marked(attached)))
    return out


def main() -> None:
    _ML.run_language_cases(__doc__, LANGS, _cases)


if __name__ == "__main__":
    main()
