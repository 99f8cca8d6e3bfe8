"""French prose written from the checked facts, offline: chapeau, sections and FAQ.

No model: every sentence states one fact the pipeline verified (a row of « Chiffres clés »:
a figure, its label and qualifier, the outlets that report it, the values of the outlets
that disagree), phrased by the templates of `configs/phrasing.fr.toml` (and the story file's
own `[[phrase]]` tables, which come first), and cites the source spans behind it:

    « Selon Sohu, TechNode et 36Kr, l'action a clôturé à 131,50 dollars de Hong Kong ;
      21世纪经济报道 fait état de 125,70 dollars de Hong Kong. »

Values are the rows' French renderings (`FigureRow.rendered`), never retyped, so the figure
check finds each in the sources. The phrasing is data: a new kind of story needs templates,
not code. Sections follow the story's themes (a row goes to the first theme whose keywords its
label or its source sentence holds). Source passages are not prose: `quote_section` puts them
in « Extraits des sources », quoted as written, near-duplicates merged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pipeline.config import PhraseConfig, StoryConfig, build, read_toml, shipped_config
from pipeline.errors import ConfigError
from pipeline.figures.table import is_equivalent, table_lines, table_rows
from pipeline.records import Article, FigureRow, Passage, Section
from pipeline.sites import outlet_of
from pipeline.summarize.base import OTHER_HEADING, DraftSentence
from pipeline.summarize.extractive import near_duplicate, theme_of

__all__ = [
    "EXTRACTS_HEADING",
    "LANGUAGE_NAMES",
    "Phrasing",
    "Prose",
    "french_date",
    "load_phrasing",
    "quote_section",
    "write_prose",
]

EXTRACTS_HEADING = "Extraits des sources"
PHRASING_FILE = "phrasing.fr.toml"
CHAPEAU_FIGURES = 3  # headline rows stated in the chapeau
SECTION_SENTENCES = 8  # sentences per thematic section
PARAGRAPH_SENTENCES = 3  # sentences per paragraph of a section
MAX_OUTLETS = 4  # outlets named in one attribution before a count replaces them
QUOTE_DUPLICATE = 0.3  # trigram overlap above which two quoted passages say the same thing
FAQ_MIN, FAQ_MAX = 4, 6
_EVENT_DATE_LABELS = ("cotation", "introduction", "événement", "lancement", "listing")
_YEAR = re.compile(r"\d{4}")
_QUALIFIED = re.compile(r"^(.*?) \((.*)\)$")
_ANSWERS = ("event", "headline", "disagreement", "theme", "sources")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
LANGUAGE_NAMES = {
    "zh": "chinois",
    "en": "anglais",
    "fr": "français",
    "ja": "japonais",
    "ko": "coréen",
    "de": "allemand",
    "es": "espagnol",
    "und": "langue inconnue",
}


def french_date(value: date | datetime | None) -> str:
    """« 8 janvier 2026 », « 1er janvier 2026 »; « date inconnue » for None."""
    if value is None:
        return "date inconnue"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class Phrasing:
    """The templates of configs/phrasing.fr.toml (see its header for the placeholders)."""

    attribution: Mapping[str, str]
    kinds: Mapping[str, str]
    phrases: tuple[PhraseConfig, ...]
    faq: tuple[tuple[str, str], ...]  # (question, kind of answer)


@dataclass(frozen=True)
class Prose:
    """What `write_prose` returns: French passages with `origin="facts"`."""

    chapeau: Passage
    sections: tuple[Section, ...]
    faq: tuple[tuple[str, Passage], ...]


def load_phrasing(story: StoryConfig | None = None) -> Phrasing:
    """The shipped templates, the story's own `[[phrase]]` tables first."""
    where = PHRASING_FILE
    data = read_toml(shipped_config(PHRASING_FILE))
    unknown = sorted(set(data) - {"attribution", "kinds", "phrase", "faq"})
    if unknown:
        raise ConfigError(where, f"unknown key(s): {', '.join(unknown)}")
    phrases = tuple(
        build(PhraseConfig, item, f"{where}: phrase[{i}]")
        for i, item in enumerate(data.get("phrase", []))
    )
    faq = tuple((str(q["question"]), str(q["answer"])) for q in data.get("faq", []))
    for question, answer in faq:
        if answer not in _ANSWERS:
            raise ConfigError(where, f"faq: {question!r}: answer must be one of {_ANSWERS}")
    own = story.phrase if story is not None else ()
    return Phrasing(dict(data["attribution"]), dict(data["kinds"]), own + phrases, faq)


def _fill(template: str, **values: str) -> str:
    """str.format with the placeholders a template uses; an unknown one is a ConfigError."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(PHRASING_FILE, f"template {template!r}: bad placeholder {exc}") from None


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]


def _outlets(row: FigureRow) -> tuple[str, bool]:
    """« A, B et C » (or « 5 médias »), and whether it names several."""
    names = list(dict.fromkeys(row.outlets)) or ["les sources"]
    if len(names) > MAX_OUTLETS:
        return f"{len(names)} médias", True
    return _and(names), len(names) > 1


def _on(rendered: str) -> str:
    """« le 8 janvier 2026 » for a day, « en juin 2019 » or « en 2019 » otherwise."""
    return (
        f"le {rendered}"
        if rendered[:1].isdigit() and not _YEAR.fullmatch(rendered)
        else (f"en {rendered}")
    )


def _is_date(row: FigureRow) -> bool:
    return bool(row.figures) and all(f.kind == "date" for f in row.figures)


def _spans(row: FigureRow) -> tuple[tuple[str, int, int], ...]:
    """The source spans of a row and of its disagreeing values."""
    spans = [(f.article_id, f.start, f.end) for f in row.figures if f.article_id]
    for other in row.disagreement:
        spans.extend(_spans(other))
    return tuple(dict.fromkeys(spans))


class _Writer:
    """Phrases rows as sentences for one story."""

    def __init__(self, story: StoryConfig, phrasing: Phrasing) -> None:
        self.story = story
        self.phrasing = phrasing
        self.subject = story.subject or phrasing.attribution["subject"]

    def clause(self, row: FigureRow) -> str:
        """The clause stating `row`'s value, from the measure's phrase or its kind's fallback."""
        match = _QUALIFIED.match(row.label)
        base, qualifier = (match.group(1), match.group(2)) if match else (row.label, "")
        tail = ""
        if qualifier:
            tail = f" en {qualifier}" if _YEAR.fullmatch(qualifier) else f" ({qualifier})"
        phrase = next((p for p in self.phrasing.phrases if p.label == base), None)
        if phrase is None:
            kind = row.figures[0].kind if row.figures else "default"
            template = self.phrasing.kinds.get(kind, self.phrasing.kinds["default"])
        elif qualifier and phrase.with_qualifier:
            template = phrase.with_qualifier
        else:
            template = phrase.text
        return _fill(
            template,
            value=row.rendered,
            on_value=_on(row.rendered),
            subject=self.subject,
            label=row.label,
            qualifier=qualifier,
            q=tail,
        )

    def sentence(self, row: FigureRow) -> Passage:
        """« Selon A et B, <clause> ; C fait état de <other value>. », citing every span."""
        outlets, _ = _outlets(row)
        clause = self.clause(row)
        for other in row.disagreement:
            names, many = _outlets(other)
            kind = "other_date" if _is_date(other) else "other"
            template = self.phrasing.attribution[f"{kind}_{'many' if many else 'one'}"]
            others = _fill(
                template, outlets=names, value=other.rendered, on_value=_on(other.rendered)
            )
            clause += f"\u00a0; {others}"
        text = _fill(self.phrasing.attribution["sentence"], outlets=outlets, clause=clause)
        return Passage(text=text, language="fr", sources=_spans(row), origin="facts")

    def template_sentence(
        self, key: str, spans: Iterable[tuple[str, int, int]], **values: str
    ) -> Passage:
        text = _fill(self.phrasing.attribution[key], **values)
        return Passage(text=text, language="fr", sources=tuple(spans), origin="facts")


def paragraph(sentences: Sequence[Passage]) -> Passage:
    """A French paragraph of generated sentences, each keeping its own sources."""
    sources = tuple(dict.fromkeys(s for p in sentences for s in p.sources))
    return Passage(
        text=" ".join(p.text for p in sentences),
        language="fr",
        sources=sources,
        origin="facts",
        sentences=tuple(sentences),
    )


def headline_rows(figures: Sequence[FigureRow]) -> list[FigureRow]:
    """The first table rows that are not dates nor a measure already given in another currency."""
    rows = table_rows(figures)
    kept = [
        row
        for i, row in enumerate(rows)
        if not _is_date(row) and not is_equivalent(row, rows[i - 1] if i else None)
    ]
    return kept[:CHAPEAU_FIGURES]


def _event_row(figures: Sequence[FigureRow]) -> FigureRow | None:
    for row in figures:
        if _is_date(row) and any(word in row.label.lower() for word in _EVENT_DATE_LABELS):
            return row
    return None


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count > 1 else ''}"


def _coverage(writer: _Writer, articles: Sequence[Article], cited: set[str]) -> Passage:
    """« Ce brief s'appuie sur la lecture de 7 articles… », citing the articles the other
    sentences cite (all of them when none is): an article read but not drawn on stays uncited."""
    cited_articles = [a for a in articles if a.id in cited] or list(articles)
    outlets = {outlet_of(a) for a in articles}
    counts = Counter((a.language or "und").split("-")[0] for a in articles)
    codes = sorted(counts, key=lambda c: (-counts[c], c))
    spoken = _and([LANGUAGE_NAMES.get(code, code) for code in codes])
    return writer.template_sentence(
        "coverage",
        ((a.id, 0, len(a.text)) for a in cited_articles),
        articles=_plural(len(articles), "article"),
        outlets_count=_plural(len(outlets), "média"),
        languages=spoken,
    )


def _published(writer: _Writer, articles: Sequence[Article]) -> Passage | None:
    """« Les articles lus ont été publiés pour la plupart le 8 janvier 2026. »"""
    days = Counter(a.published_at.date() for a in articles if a.published_at is not None)
    if not days:
        return None
    best = max(days.items(), key=lambda item: (item[1], item[0]))[0]
    spans = [
        (a.id, 0, len(a.text)) for a in articles if a.published_at and a.published_at.date() == best
    ]
    return writer.template_sentence("published", spans, on_value=_on(french_date(best)))


def _theme(row: FigureRow, story: StoryConfig) -> str:
    heading = theme_of(row.label, story.themes)
    for figure in row.figures:
        if heading != OTHER_HEADING:
            break
        heading = theme_of(figure.context, story.themes)
    return heading


def _sections(
    writer: _Writer, rows: Sequence[FigureRow], story: StoryConfig
) -> tuple[Section, ...]:
    groups: dict[str, list[Passage]] = {}
    for row in rows:
        sentences = groups.setdefault(_theme(row, story), [])
        if len(sentences) < SECTION_SENTENCES:
            sentences.append(writer.sentence(row))
    order = [t.heading for t in story.themes if t.heading in groups]
    if OTHER_HEADING in groups:
        order.append(OTHER_HEADING)
    return tuple(
        Section(
            h,
            tuple(
                paragraph(groups[h][i : i + PARAGRAPH_SENTENCES])
                for i in range(0, len(groups[h]), PARAGRAPH_SENTENCES)
            ),
        )
        for h in order
    )


def write_prose(
    articles: Sequence[Article],
    story: StoryConfig,
    figures: Sequence[FigureRow],
    phrasing: Phrasing | None = None,
) -> Prose:
    """The chapeau, the thematic sections and the FAQ, in French, from the checked facts."""
    phrasing = phrasing or load_phrasing(story)
    writer = _Writer(story, phrasing)
    event = _event_row(figures)
    headline = headline_rows(figures)
    opening = writer.sentence(event) if event is not None else _published(writer, articles)
    heads = [writer.sentence(row) for row in headline]
    cited = {aid for p in (opening, *heads) if p is not None for aid, _, _ in p.sources}
    coverage = _coverage(writer, articles, cited) if articles else None
    chapeau = paragraph([p for p in (opening, *heads, coverage) if p is not None])
    used = {id(row) for row in headline} | ({id(event)} if event is not None else set())
    # One sentence per line of the table: a measure also given in another currency once.
    rest = [row for row, *_ in table_lines(figures) if id(row) not in used]
    sections = _sections(writer, rest, story)
    facts: dict[str, Any] = {
        "event": [opening] if opening is not None else heads[:1],
        "headline": heads,
        "disagreement": [writer.sentence(r) for r in table_rows(figures) if r.disagreement][:2],
        "sources": [coverage] if coverage is not None else [],
    }
    if not facts["disagreement"] and figures:
        spans = [s for row in figures for s in _spans(row)]
        facts["disagreement"] = [writer.template_sentence("agree", spans)]
    return Prose(chapeau, sections, _faq(phrasing, facts, sections))


def _faq(
    phrasing: Phrasing, facts: dict[str, Any], sections: Sequence[Section]
) -> tuple[tuple[str, Passage], ...]:
    themed = [s for s in sections if s.heading != OTHER_HEADING] or list(sections)
    out: list[tuple[str, Passage]] = []
    for question, kind in phrasing.faq:
        if kind == "theme":
            if not themed:
                continue
            section = themed.pop(0)
            heading = section.heading[:1].lower() + section.heading[1:]
            sentences = list(section.passages[0].sentences[:2])
            question = _fill(question, heading=heading)
        else:
            sentences = list(facts.get(kind) or [])
        if sentences:
            out.append((question, paragraph(sentences)))
    return tuple(out[:FAQ_MAX])


def quote_section(sentences: Iterable[DraftSentence]) -> Section | None:
    """« Extraits des sources »: the source passages as quotes, near-duplicates merged."""
    kept: list[tuple[DraftSentence, list[tuple[str, int, int]]]] = []
    for sentence in sentences:
        twin = next(
            (k for k in kept if near_duplicate(k[0].text, sentence.text, QUOTE_DUPLICATE)), None
        )
        span = [sentence.span] if sentence.article_id else []
        if twin is not None:
            twin[1].extend(span)  # the same thing said by another source: cite both
        else:
            kept.append((sentence, span))
    passages = tuple(
        Passage(
            text=s.text,
            language=s.language,
            translated=False,
            sources=tuple(dict.fromkeys(spans)),
            origin="quote",
        )
        for s, spans in kept
    )
    return Section(EXTRACTS_HEADING, passages) if passages else None
