"""The French brief as one standalone HTML5 page (brief.html): readable offline, printable.

Same content and order as the Markdown brief (pipeline.brief.compose.render_markdown): title,
banner, chapeau, sections, « Chiffres clés », Sources, FAQ, footer. The page has inline CSS only: no
script, no font, image or stylesheet from elsewhere. Every text is HTML-escaped; extracts
left in their source language carry that language in `lang` so that browsers, screen readers
and translators treat them as Chinese or English, not as French. Source links are kept only
for http(s) URLs (a `javascript:` URL from a hostile page never becomes a link).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from html import escape

from pipeline.addresses import link_target
from pipeline.brief.compose import french_date, is_quote
from pipeline.brief.prose import LANGUAGE_NAMES
from pipeline.figures.table import table_lines
from pipeline.records import Brief, FigureRow, Passage, Section, SourceRef

logger = logging.getLogger(__name__)

__all__ = ["render_html"]

NBSP = "\u00a0"
CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5a66; --rule: #d8d8de; --accent: #1f4e8c; }
* { box-sizing: border-box; }
body { margin: 0; background: #fafafa; color: var(--ink);
  font: 17px/1.6 Georgia, "Noto Serif", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
main { max-width: 50rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; background: #fff; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .2rem;
  border-bottom: 1px solid var(--rule); }
a { color: var(--accent); }
.banner { margin: 1rem 0 1.5rem; padding: .8rem 1rem; background: #fff4ce; color: #4a3300;
  border: 1px solid #e0b000; border-left: 6px solid #c77700; border-radius: 4px;
  font-weight: bold; }
.chapeau { font-size: 1.12rem; font-weight: 600; }
.extrait { display: flex; gap: .5rem; align-items: baseline; margin: .8rem 0; padding: .5rem .9rem;
  border-left: 4px solid var(--rule); background: #f4f5f7; }
.extrait blockquote { flex: 1; margin: 0; }
.extrait blockquote p { margin: 0; }
.code-langue { display: inline-block; padding: 0 .35rem; border-radius: 3px;
  background: #5a5a66; color: #fff; font: bold .75rem/1.5 system-ui, sans-serif; }
.refs { font-size: .75rem; color: var(--muted); }
table.figures { width: 100%; border-collapse: collapse; font-size: .93rem; }
table.figures th, table.figures td { padding: .4rem .5rem; border-bottom: 1px solid var(--rule);
  text-align: left; vertical-align: top; }
table.figures thead th { border-bottom: 2px solid var(--ink); }
table.figures tbody th { font-weight: normal; }
.values { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0; padding: 0; list-style: none; }
.values li { padding: .15rem .5rem; border: 1px solid #e0b000; border-radius: 4px;
  background: #fffbea; }
.values .outlets { display: block; font-size: .8rem; color: var(--muted); }
ol.sources li { margin-bottom: .6rem; }
cite { font-style: normal; }
.unsupported { color: #8a1c1c; }
dl.faq dt { font-weight: bold; margin-top: .8rem; }
dl.faq dd { margin-left: 0; }
footer { margin-top: 2.5rem; padding-top: .8rem; border-top: 1px solid var(--rule);
  color: var(--muted); font-size: .85rem; font-style: italic; }
@media print { body { background: #fff; } main { max-width: none; padding: 0; }
  a { color: inherit; } }
"""


def _e(text: str) -> str:
    """Escape text for element content and double-quoted attributes."""
    return escape(text, quote=True)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _refs(article_ids: Iterable[str], numbers: dict[str, int]) -> str:
    """« [1, 3] » as links to the numbered sources; empty when none is cited."""
    found = sorted({numbers[aid] for aid in article_ids if aid in numbers})
    if not found:
        return ""
    links = ", ".join(f'<a href="#source-{n}">{n}</a>' for n in found)
    return f' <sup class="refs">[{links}]</sup>'


def _row_ids(row: FigureRow) -> list[str]:
    """Article ids behind a row and its disagreeing values."""
    ids = [f.article_id for f in row.figures if f.article_id]
    for other in row.disagreement:
        ids.extend(_row_ids(other))
    return ids


def _prose_html(passage: Passage, numbers: dict[str, int]) -> str:
    """A paragraph's inner HTML; a generated one cites each sentence's sources after it."""
    parts = passage.sentences or (passage,)
    return " ".join(
        f"{_e(p.text)}{_refs((aid for aid, _, _ in p.sources), numbers)}" for p in parts
    )


def _passage_html(passage: Passage, numbers: dict[str, int]) -> str:
    """French prose as a paragraph; an untranslated extract as a quote marked with its language."""
    refs = _refs((aid for aid, _, _ in passage.sources), numbers)
    if not is_quote(passage):
        return f"<p>{_prose_html(passage, numbers)}</p>"
    code = passage.language or "und"
    name = LANGUAGE_NAMES.get(code.split("-")[0], code)
    return (
        f'<div class="extrait"><span class="code-langue" title="Extrait non traduit, en '
        f'{_e(name)}">{_e(code)}</span><blockquote lang="{_e(code)}">'
        f"<p>{_e(passage.text)}</p></blockquote>{refs}</div>"
    )


def _section_html(section: Section, numbers: dict[str, int]) -> list[str]:
    lines = ["<section>", f"<h2>{_e(section.heading)}</h2>"]
    lines += [_passage_html(p, numbers) for p in section.passages]
    return lines + ["</section>"]


def _value_cell(row: FigureRow, others: Sequence[FigureRow] = ()) -> str:
    """One value (other currencies as « (environ …) »); or, where sources disagree, every
    value side by side with its outlets."""
    if not row.disagreement:
        extra = "; ".join("environ " + o.rendered for o in others)
        return f"<td>{_e(row.rendered)}{_e(f' ({extra})') if extra else ''}</td>"
    items = "".join(
        f'<li><span class="value">{_e(r.rendered)}</span>'
        f'<span class="outlets">{_e(", ".join(dict.fromkeys(r.outlets)))}</span></li>'
        for r in (row, *row.disagreement)
    )
    return f'<td><ul class="values">{items}</ul></td>'


def _figures_html(figures: Sequence[FigureRow], numbers: dict[str, int]) -> list[str]:
    lines = [
        "<section>",
        "<h2>Chiffres clés</h2>",
        '<table class="figures">',
        '<thead><tr><th scope="col">Mesure</th><th scope="col">Valeur</th>'
        '<th scope="col">Sources</th></tr></thead>',
        "<tbody>",
    ]
    for row, *others in table_lines(figures):
        outlets = [o for r in (row, *others) for o in r.outlets]
        ids = [i for r in (row, *others) for i in _row_ids(r)]
        who = "" if row.disagreement else _e(", ".join(dict.fromkeys(outlets)))
        css = ' class="disagreement"' if row.disagreement else ""
        lines.append(
            f'<tr{css}><th scope="row">{_e(_capitalize(row.label))}</th>'
            f"{_value_cell(row, others)}<td>{who}{_refs(ids, numbers)}</td></tr>"
        )
    return lines + ["</tbody>", "</table>", "</section>"]


def _source_html(n: int, ref: SourceRef) -> str:
    """« titre original » (linked) — Média, date : contribution."""
    lang = f' lang="{_e(ref.language)}"' if ref.language else ""
    title = f"<cite{lang}>{_e(ref.title)}</cite>"
    href = link_target(ref.url)
    quoted = f"«{NBSP}{title}{NBSP}»"
    linked = f'<a href="{_e(href)}">{quoted}</a>' if href else quoted
    when = french_date(ref.published_at)
    if ref.published_at is not None:
        when = f'<time datetime="{_e(ref.published_at.isoformat())}">{_e(when)}</time>'
    contribution = _e(ref.contribution.rstrip("."))
    shown_url = "" if href else f' <span class="url">{_e(ref.url)}</span>'
    return (
        f'<li id="source-{n}">{linked} — {_e(ref.outlet)}, {when}{NBSP}: '
        f"{contribution}.{shown_url}</li>"
    )


def _sources_html(sources: Sequence[SourceRef]) -> list[str]:
    items = [_source_html(n, ref) for n, ref in enumerate(sources, start=1)]
    return ["<section>", "<h2>Sources</h2>", '<ol class="sources">', *items, "</ol>", "</section>"]


def _faq_html(faq: Sequence[tuple[str, Passage]], numbers: dict[str, int]) -> list[str]:
    if not faq:
        return []
    items = [f"<dt>{_e(q)}</dt><dd>{_prose_html(a, numbers)}</dd>" for q, a in faq]
    return [
        "<section>",
        "<h2>Questions fréquentes</h2>",
        '<dl class="faq">',
        *items,
        "</dl>",
        "</section>",
    ]


def _footer_html(brief: Brief) -> str:
    model = brief.model or "sans modèle"
    clock = brief.generated_at.strftime("%H:%M %Z").strip()
    stamp = (
        f'<time datetime="{_e(brief.generated_at.isoformat())}">'
        f"{_e(french_date(brief.generated_at))} à {_e(clock)}</time>"
    )
    read = brief.articles_read
    return (
        f"<footer><p>Brief généré le {stamp} — moteur{NBSP}: {_e(brief.backend)} "
        f"({_e(model)}) — {read} article{'s' if read > 1 else ''} lus, "
        f"{len(brief.sources)} cités.</p></footer>"
    )


def _head(brief: Brief) -> list[str]:
    return [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsbrief">',
        f"<title>{_e(brief.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
    ]


def _intro(brief: Brief, numbers: dict[str, int]) -> list[str]:
    """Title, banner and chapeau."""
    lines = [f"<h1>{_e(brief.title)}</h1>"]
    if brief.banner:
        lines.append(f'<p class="banner" role="note">{_e(brief.banner)}</p>')
    chapeau = brief.chapeau
    lang = f' lang="{_e(chapeau.language)}"' if chapeau.language != brief.language else ""
    lines.append(f'<p class="chapeau"{lang}>{_prose_html(chapeau, numbers)}</p>')
    if brief.unsupported:
        listed = ", ".join(brief.unsupported)
        lines.append(
            f'<p class="unsupported">Chiffres sans source vérifiée{NBSP}: {_e(listed)}</p>'
        )
    return lines


def render_html(brief: Brief) -> str:
    """The brief as a standalone French HTML5 page (inline CSS, no script, nothing external)."""
    numbers = {ref.article_id: n for n, ref in enumerate(brief.sources, start=1)}
    body = ["<body>", "<main>", "<article>", *_intro(brief, numbers)]
    for section in brief.sections:
        body += _section_html(section, numbers)
    if brief.figures:
        body += _figures_html(brief.figures, numbers)
    body += _sources_html(brief.sources)
    body += _faq_html(brief.faq, numbers)
    body += ["</article>", _footer_html(brief), "</main>", "</body>", "</html>"]
    return "\n".join(_head(brief) + body) + "\n"
