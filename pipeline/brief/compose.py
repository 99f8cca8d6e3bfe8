"""The French brief: compose it from a Draft, render it as Markdown and as JSON.

The frame (title, chapeau, headings, Chiffres clés, Sources, footer) is French, written from
templates and from source values: figures come from the `FigureRow.rendered` strings of
`pipeline.figures.check.key_figures`, never retyped. A sentence the backend did not translate stays
in its source language as a quote tagged with that language (« 〔zh〕 … »), and an
untranslated draft gets a loud banner: the brief never passes source text off as French.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from pipeline.brief.jsondoc import brief_to_json
from pipeline.config import StoryConfig
from pipeline.figures.table import is_equivalent, table_lines, table_rows
from pipeline.records import Article, Brief, FigureRow, Passage, Section, SourceRef
from pipeline.sites import citation_url, outlet_of
from pipeline.summarize.base import Draft, DraftSentence

logger = logging.getLogger(__name__)

__all__ = ["brief_to_json", "compose_brief", "french_date", "fr_typography", "render_markdown"]

NBSP = "\u00a0"
CHAPEAU_FIGURES = 4  # figure rows quoted in the chapeau, from those of the table
MAX_LABELS = 4  # figure labels named in one source's contribution
MAX_TABLE_OUTLETS = 3  # outlets named in a Chiffres clés row before a count replaces them
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
_EVENT_DATE_LABELS = ("cotation", "introduction", "événement", "listing")
_LEADING_ARTICLES = ("Le ", "La ", "Les ", "L'", "L’", "Un ", "Une ", "Des ")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def french_date(value: date | datetime | None) -> str:
    """« 8 janvier 2026 », « 1er janvier 2026 »; « date inconnue » for None."""
    if value is None:
        return "date inconnue"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def fr_typography(text: str) -> str:
    """French spacing for text we write: no-break space before : ; ? ! % and inside « »."""
    # Existing no-break spaces (thin or not, e.g. in rendered figures) are left as they are.
    text = re.sub(r"(?<=[^\s\u00a0\u202f]) ?([;:?!%])(?=\s|$|[)\]»,.])", NBSP + r"\1", text)
    text = re.sub(r"« ?(?=[^\u00a0\u202f])", "«" + NBSP, text)
    return re.sub(r"(?<=[^\u00a0\u202f]) ?»", NBSP + "»", text)


def _guillemets(text: str) -> str:
    return f"«{NBSP}{text.strip()}{NBSP}»"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count > 1 else ''}"


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _figure_spans(row: FigureRow) -> list[tuple[str, int, int]]:
    """Provenance of a row and of its disagreeing values."""
    spans = [(f.article_id, f.start, f.end) for f in row.figures if f.article_id]
    for other in row.disagreement:
        spans.extend(_figure_spans(other))
    return spans


def _row_value(row: FigureRow) -> str:
    """The rendered value; disagreeing values side by side, each with its outlets."""
    if not row.disagreement:
        return row.rendered
    values = [row, *row.disagreement]
    return " ; ".join(f"{r.rendered} ({', '.join(r.outlets)})" for r in values)


def _event_date(articles: Sequence[Article], figures: Sequence[FigureRow]) -> str | None:
    """A date row about the event when there is one, else the most common publication day."""
    for row in figures:
        if _is_date(row) and any(word in row.label.lower() for word in _EVENT_DATE_LABELS):
            return row.rendered
    days = Counter(a.published_at.date() for a in articles if a.published_at is not None)
    if not days:
        return None
    best = max(days.items(), key=lambda item: (item[1], item[0]))[0]
    return french_date(best)


def _opening(title: str, when: str | None) -> str:
    """« Le 8 janvier 2026, <title hint>. » (the hint is the story's French one-liner)."""
    sentence = title.strip().rstrip(".")
    if when is None:
        return sentence + "."
    if sentence.startswith(_LEADING_ARTICLES):
        sentence = sentence[0].lower() + sentence[1:]
    lead = "Le" if when[:1].isdigit() else "En"  # « Le 8 janvier 2026 », « En juin 2019 »
    return f"{lead} {when}, {sentence}."


def _is_date(row: FigureRow) -> bool:
    return bool(row.figures) and all(f.kind == "date" for f in row.figures)


def _chapeau_rows(figures: Sequence[FigureRow]) -> list[FigureRow]:
    """The first table rows that are not dates (the date already opens the chapeau) nor a
    measure already given in another currency."""
    rows = table_rows(figures)
    kept = [
        row
        for i, row in enumerate(rows)
        if not _is_date(row) and not is_equivalent(row, rows[i - 1] if i else None)
    ]
    return kept[:CHAPEAU_FIGURES]


def _figures_sentence(figures: Sequence[FigureRow]) -> str | None:
    parts = []
    for row in _chapeau_rows(figures):
        if row.disagreement:
            values = (row, *row.disagreement)
            value = " ou ".join(f"{r.rendered} ({', '.join(r.outlets)})" for r in values)
            parts.append(f"{row.label}{NBSP}: {value}, selon les médias")
        else:
            parts.append(f"{row.label}{NBSP}: {row.rendered}")
    return f"Selon les sources, {f'{NBSP}; '.join(parts)}." if parts else None


def _coverage_sentence(articles: Sequence[Article]) -> str:
    outlets = {outlet_of(a) for a in articles}
    counts = Counter((a.language or "und").split("-")[0] for a in articles)
    codes = sorted(counts, key=lambda c: (-counts[c], c))
    names = [LANGUAGE_NAMES.get(code, code) for code in codes]
    spoken = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]
    return (
        f"Ce brief s'appuie sur la lecture de {_plural(len(articles), 'article')} "
        f"de {_plural(len(outlets), 'média')}, en {spoken}."
    )


def _chapeau(
    draft: Draft, articles: Sequence[Article], figures: Sequence[FigureRow], title: str
) -> Passage:
    """The model's French chapeau when it wrote one, else the template from figure rows."""
    if draft.chapeau and all(s.language == "fr" for s in draft.chapeau):
        return Passage(
            text=" ".join(s.text for s in draft.chapeau),
            language="fr",
            translated=any(s.translated for s in draft.chapeau),
            sources=tuple(s.span for s in draft.chapeau if s.article_id),
        )
    parts = [
        _opening(title, _event_date(articles, figures)),
        _figures_sentence(figures),
        _coverage_sentence(articles) if articles else None,
    ]
    # No typography pass over the whole: outlet names and rendered values stay as written.
    text = " ".join(p for p in parts if p)
    spans = [span for row in _chapeau_rows(figures) for span in _figure_spans(row)]
    return Passage(text=text, language="fr", translated=False, sources=tuple(spans))


def _passage(sentence: DraftSentence) -> Passage:
    return Passage(
        text=sentence.text,
        language=sentence.language,
        translated=sentence.translated,
        sources=(sentence.span,) if sentence.article_id else (),
    )


def _untranslated_languages(sections: Sequence[Section]) -> list[str]:
    """Languages of the extracts left untranslated (French aside), most quoted first."""
    counts = Counter(p.language for s in sections for p in s.passages if not p.translated)
    counts.pop("fr", None)
    return sorted(counts, key=lambda code: (-counts[code], code))


def _banner(draft: Draft, sections: Sequence[Section]) -> str | None:
    """The loud French notice for text left in its source language; None when all is French."""
    languages = ", ".join(LANGUAGE_NAMES.get(c, c) for c in _untranslated_languages(sections))
    where = f" ({languages})" if languages else ""
    if not draft.translated:
        text = (
            f"⚠ Traduction indisponible : aucun modèle de traduction n'a servi à ce brief "
            f"(moteur « {draft.backend} ») ; les phrases clés sont citées dans leur langue "
            f"d'origine{where}, chacune marquée de son code de langue. "
            f"Voir README, « Modèles »."
        )
    elif languages:
        text = (
            f"⚠ Traduction partielle : certaines phrases sont citées dans leur langue "
            f"d'origine{where}, marquées de leur code de langue."
        )
    else:
        return None
    return fr_typography(text)


def _cited_ids(
    chapeau: Passage, sections: Sequence[Section], figures: Sequence[FigureRow]
) -> list[str]:
    """Article ids in order of first citation: chapeau, sections, then the figures table."""
    seen: dict[str, None] = {}
    for aid, _, _ in chapeau.sources:
        seen.setdefault(aid, None)
    for section in sections:
        for passage in section.passages:
            for aid, _, _ in passage.sources:
                seen.setdefault(aid, None)
    for row in figures:
        for aid, _, _ in _figure_spans(row):
            seen.setdefault(aid, None)
    return list(seen)


def _contribution(aid: str, sections: Sequence[Section], figures: Sequence[FigureRow]) -> str:
    """What the source brings, in French, from the figure rows and sections that cite it."""
    labels = list(
        dict.fromkeys(r.label for r in figures if any(f.article_id == aid for f in r.figures))
    )
    divergent = [
        (r.label, d.rendered)
        for r in figures
        for d in r.disagreement
        if any(f.article_id == aid for f in d.figures)
    ]
    headings = [
        s.heading for s in sections if any(src[0] == aid for p in s.passages for src in p.sources)
    ]
    parts: list[str] = []
    if labels:
        more = len(labels) - MAX_LABELS
        extra = f" et {more} autre{'s' if more > 1 else ''}" if more > 0 else ""
        parts.append(f"chiffres cités ({', '.join(labels[:MAX_LABELS])}{extra})")
    for label, value in divergent:
        parts.append(f"valeur divergente pour {_guillemets(label)} ({value})")
    if headings:
        parts.append("extraits dans " + ", ".join(_guillemets(h) for h in headings))
    return _capitalize(f"{NBSP}; ".join(parts) or "source lue pour ce brief")


def _sources(
    ids: Iterable[str],
    by_id: dict[str, Article],
    sections: Sequence[Section],
    figures: Sequence[FigureRow],
) -> tuple[SourceRef, ...]:
    refs: list[SourceRef] = []
    for aid in ids:
        article = by_id.get(aid)
        if article is None:
            logger.warning("brief cites article %s which is not among the articles read", aid)
            continue
        reprints = ", ".join(o for o in article.outlets if o != outlet_of(article))  # dedup merges
        outlet = outlet_of(article)
        if reprints:
            outlet = f"{outlet_of(article)}{NBSP}; aussi publié par {reprints}"
        refs.append(
            SourceRef(
                article_id=aid,
                title=article.title,
                outlet=outlet,
                url=citation_url(article.url, article.canonical_url),
                published_at=article.published_at,
                language=article.language,
                contribution=_contribution(aid, sections, figures),
            )
        )
    return tuple(refs)


def compose_brief(
    draft: Draft,
    articles: Sequence[Article],
    story: StoryConfig,
    *,
    figures: Sequence[FigureRow],
    generated_at: datetime,
) -> Brief:
    """Assemble the French brief from a draft, the articles read and the key figure rows."""
    title = fr_typography(draft.title or story.title_hint)
    chapeau = _chapeau(draft, articles, figures, title)
    sections = tuple(
        Section(fr_typography(s.heading), tuple(_passage(x) for x in s.sentences))
        for s in draft.sections
        if s.sentences
    )
    by_id = {a.id: a for a in articles}
    sources = _sources(_cited_ids(chapeau, sections, figures), by_id, sections, figures)
    banner = _banner(draft, sections)
    translated = draft.translated and not _untranslated_languages(sections)
    return Brief(
        story=story.id,
        title=title,
        chapeau=chapeau,
        sections=sections,
        figures=tuple(figures),
        sources=sources,
        translated=translated,
        backend=draft.backend,
        model=draft.model,
        generated_at=generated_at,
        articles_read=len(articles),
        banner=banner,
        faq=draft.faq,
    )


def _md(text: str) -> str:
    """Escape Markdown syntax in source text (titles, quotes, outlets); one line."""
    one_line = re.sub(r"[ \t\r\n]+", " ", text).strip()  # no-break spaces are kept
    return _MD_SPECIAL.sub(r"\\\1", one_line)


def _refs(spans: Iterable[tuple[str, int, int]], numbers: dict[str, int]) -> str:
    found = sorted({numbers[aid] for aid, _, _ in spans if aid in numbers})
    return f" [{', '.join(map(str, found))}]" if found else ""


def _passage_md(passage: Passage, numbers: dict[str, int]) -> str:
    """French prose as a paragraph; an untranslated extract as a quote tagged with its language."""
    refs = _refs(passage.sources, numbers)
    if passage.translated:
        return f"{_md(passage.text)}{refs}"
    return f"> 〔{passage.language}〕 {_md(passage.text)}{refs}"


def _table_md(figures: Sequence[FigureRow], numbers: dict[str, int]) -> list[str]:
    """« Chiffres clés »: the rows of `table_rows`, another currency as « (environ …) »."""
    lines = ["## Chiffres clés", "", "| Mesure | Valeur | Sources |", "|---|---|---|"]
    for row, *others in table_lines(figures):
        value = _row_value(row)
        if others:
            value += f" ({f'{NBSP}; '.join('environ ' + o.rendered for o in others)})"
        spans = [s for r in (row, *others) for s in _figure_spans(r)]
        outlets = [o for r in (row, *others) for o in r.outlets]
        who = "" if row.disagreement else _outlet_list(outlets)
        cited = f"{_md(who)}{_refs(spans, numbers)}".strip()
        lines.append(f"| {_md(_capitalize(row.label))} | {_md(value)} | {cited} |")
    return lines + [""]


def _outlet_list(outlets: Sequence[str]) -> str:
    """Up to MAX_TABLE_OUTLETS names; beyond that a count (the [n] references name them)."""
    unique = list(dict.fromkeys(outlets))
    return ", ".join(unique) if len(unique) <= MAX_TABLE_OUTLETS else f"{len(unique)} médias"


def _sources_md(sources: Sequence[SourceRef]) -> list[str]:
    lines = ["## Sources", ""]
    for n, ref in enumerate(sources, start=1):
        contribution = ref.contribution.rstrip(".")
        lines.append(
            f"- [{n}] {_guillemets(_md(ref.title))} — {_md(ref.outlet)}, "
            f"{french_date(ref.published_at)}{NBSP}: {contribution}. <{ref.url}>"
        )
    return lines + [""]


def _faq_md(faq: Sequence[tuple[str, str]]) -> list[str]:
    if not faq:
        return []
    lines = ["## Questions fréquentes", ""]
    for question, answer in faq:
        lines += [f"**{fr_typography(question)}**", "", fr_typography(answer), ""]
    return lines


def _footer(brief: Brief) -> str:
    model = brief.model or "sans modèle"
    clock = brief.generated_at.strftime("%H:%M %Z").strip()
    stamp = f"{french_date(brief.generated_at)} à {clock}"
    return fr_typography(
        f"*Brief généré le {stamp} — moteur : {brief.backend} ({_md(model)}) — "
        f"{_plural(brief.articles_read, 'article')} lus, {len(brief.sources)} cités.*"
    )


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown, in the format of ARCHITECTURE.md « The French brief »."""
    numbers = {ref.article_id: n for n, ref in enumerate(brief.sources, start=1)}
    lines = [f"# {_md(brief.title)}", ""]
    if brief.banner:
        lines += [f"> **{brief.banner}**", ""]
    lines += [f"{_md(brief.chapeau.text)}{_refs(brief.chapeau.sources, numbers)}", ""]
    for section in brief.sections:
        lines += [f"## {section.heading}", ""]
        for passage in section.passages:
            lines += [_passage_md(passage, numbers), ""]
    if brief.figures:
        lines += _table_md(brief.figures, numbers)
    lines += _sources_md(brief.sources)
    lines += _faq_md(brief.faq)
    lines += ["---", "", _footer(brief), ""]
    return "\n".join(lines)
