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
from datetime import datetime

from pipeline.addresses import link_target
from pipeline.brief.jsondoc import brief_to_json
from pipeline.brief.prose import (
    EXTRACTS_HEADING,
    LANGUAGE_NAMES,
    Prose,
    french_date,
    quote_section,
    write_prose,
)
from pipeline.config import StoryConfig
from pipeline.figures.table import table_lines
from pipeline.records import Article, Brief, FigureRow, Passage, Section, SourceRef
from pipeline.sites import citation_url, outlet_of
from pipeline.summarize.base import Draft, DraftSentence

logger = logging.getLogger(__name__)

__all__ = [
    "brief_to_json",
    "compose_brief",
    "french_date",
    "fr_typography",
    "is_quote",
    "render_markdown",
]

NBSP = "\u00a0"
MAX_LABELS = 4  # figure labels named in one source's contribution
MAX_TABLE_OUTLETS = 3  # outlets named in a Chiffres clés row before a count replaces them
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


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


def _chapeau(draft: Draft, prose: Prose) -> Passage:
    """The model's French chapeau when it wrote one, else the one written from the facts."""
    if draft.chapeau and all(s.language == "fr" for s in draft.chapeau):
        return Passage(
            text=" ".join(s.text for s in draft.chapeau),
            language="fr",
            translated=any(s.translated for s in draft.chapeau),
            sources=tuple(s.span for s in draft.chapeau if s.article_id),
            origin="model",
        )
    return prose.chapeau


def _passage(sentence: DraftSentence) -> Passage:
    return Passage(
        text=sentence.text,
        language=sentence.language,
        translated=sentence.translated,
        sources=(sentence.span,) if sentence.article_id else (),
        origin="model" if sentence.translated else "quote",
    )


def _body(draft: Draft, prose: Prose) -> tuple[Section, ...]:
    """A translated draft's own sections; else the sections written from the facts, then the
    source passages, quoted as written, in « Extraits des sources »."""
    if draft.translated:
        return tuple(
            Section(fr_typography(s.heading), tuple(_passage(x) for x in s.sentences))
            for s in draft.sections
            if s.sentences
        )
    extracts = quote_section(draft.sentences)
    return prose.sections + ((extracts,) if extracts is not None else ())


def _faq(draft: Draft, prose: Prose) -> tuple[tuple[str, Passage], ...]:
    """The model's FAQ when it wrote one (checked like the rest), else the one from the facts."""
    if not draft.faq:
        return prose.faq
    return tuple(
        (q, Passage(text=a, language="fr", translated=True, origin="model")) for q, a in draft.faq
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
            f"(moteur « {draft.backend} ») ; le texte français est rédigé à partir des faits "
            f"vérifiés (chiffres, dates, sources) et les passages des sources sont cités dans "
            f"leur langue d'origine{where}, marqués de leur code de langue, sous "
            f"« {EXTRACTS_HEADING} ». Voir README, « Modèles »."
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
    prose = write_prose(articles, story, figures)
    chapeau = _chapeau(draft, prose)
    sections = _body(draft, prose)
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
        faq=_faq(draft, prose),
    )


def _md(text: str) -> str:
    """Escape Markdown syntax in source text (titles, quotes, outlets); one line."""
    one_line = re.sub(r"[ \t\r\n]+", " ", text).strip()  # no-break spaces are kept
    return _MD_SPECIAL.sub(r"\\\1", one_line)


def _refs(spans: Iterable[tuple[str, int, int]], numbers: dict[str, int]) -> str:
    found = sorted({numbers[aid] for aid, _, _ in spans if aid in numbers})
    return f" [{', '.join(map(str, found))}]" if found else ""


def is_quote(passage: Passage) -> bool:
    """A source passage shown as written (a tagged quote), not French prose."""
    return passage.origin == "quote" or (not passage.translated and passage.origin != "facts")


def _prose_md(passage: Passage, numbers: dict[str, int]) -> str:
    """A paragraph; a generated one cites the sources of each sentence after that sentence."""
    if not passage.sentences:
        return f"{_md(passage.text)}{_refs(passage.sources, numbers)}"
    return " ".join(f"{_md(s.text)}{_refs(s.sources, numbers)}" for s in passage.sentences)


def _passage_md(passage: Passage, numbers: dict[str, int]) -> str:
    """French prose as a paragraph; an untranslated extract as a quote tagged with its language."""
    if not is_quote(passage):
        return _prose_md(passage, numbers)
    return f"> 〔{passage.language}〕 {_md(passage.text)}{_refs(passage.sources, numbers)}"


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
            f"{french_date(ref.published_at)}{NBSP}: {contribution}. {_md_link(ref.url)}"
        )
    return lines + [""]


def _md_link(url: str) -> str:
    """An autolink to `url`, or the URL as escaped text when no brief may link to it
    (`link_target`: a javascript: URL, one holding "<" or a space)."""
    target = link_target(url)
    return f"<{target}>" if target is not None else _md(url)


def _faq_md(faq: Sequence[tuple[str, Passage]], numbers: dict[str, int]) -> list[str]:
    if not faq:
        return []
    lines = ["## Questions fréquentes", ""]
    for question, answer in faq:
        lines += [f"**{fr_typography(question)}**", "", _prose_md(answer, numbers), ""]
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
    lines += [_prose_md(brief.chapeau, numbers), ""]
    for section in brief.sections:
        lines += [f"## {section.heading}", ""]
        for passage in section.passages:
            lines += [_passage_md(passage, numbers), ""]
    if brief.figures:
        lines += _table_md(brief.figures, numbers)
    lines += _sources_md(brief.sources)
    lines += _faq_md(brief.faq, numbers)
    lines += ["---", "", _footer(brief), ""]
    return "\n".join(lines)
