"""The chat backends' output (llm, api): the model's French Markdown brief parsed into a Draft.

`# ` is the title, the lines before the first `## ` the chapeau, each `## ` a section;
`[n]` citations name the numbered sources of the prompt and become each sentence's article
id (spans are -1: generated text is not a source passage). Sections the brief adds itself
(Chiffres clés, Sources, FAQ) are dropped; a sentence left in Chinese is tagged "zh" and not
marked translated, so the brief never passes it off as French.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.config import StoryConfig
from pipeline.errors import SummarizationError
from pipeline.records import Article
from pipeline.summarize.base import Draft, DraftSection, DraftSentence
from pipeline.summarize.sentences import split_sentences
from pipeline.text.scripts import HAN

__all__ = ["parse_brief_markdown"]

# (tried from the first blank before the bracket only: a match from a later one starts at the
# first too, and re tried each blank of a run to the run's end: 8,000 took 0.15 s)
_CITATION = re.compile(r"(?<!\s)\s*\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_SKIPPED_HEADINGS = ("chiffres clés", "sources", "questions fréquentes")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def _language_of(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    cjk = sum(1 for c in letters if HAN.match(c))
    if not letters:
        return "und"
    return "zh" if cjk / len(letters) > 0.3 else "fr"


def _sentences(paragraph: str, articles: Sequence[Article]) -> list[DraftSentence]:
    """French sentences of one generated paragraph, each with the first source it cites."""
    out = []
    for span in split_sentences(paragraph, "fr"):
        cited = [int(n) for group in _CITATION.findall(span.text) for n in re.split(r"[,;]", group)]
        valid = [n for n in cited if 1 <= n <= len(articles)]
        clean = _CITATION.sub("", span.text).strip()
        if not clean:
            continue
        language = _language_of(clean)
        article_id = articles[valid[0] - 1].id if valid else ""
        out.append(DraftSentence(clean, language, article_id, -1, -1, translated=language == "fr"))
    return out


def parse_brief_markdown(
    markdown: str,
    articles: Sequence[Article],
    story: StoryConfig,
    *,
    model: str | None = None,
    backend: str = "llm",
) -> Draft:
    """Turn the model's Markdown into a Draft: `# ` title, chapeau, `## ` sections, citations."""
    title = ""
    chapeau: list[DraftSentence] = []
    sections: list[tuple[str, list[DraftSentence]]] = []
    skipping = False
    for raw in markdown.replace("\r", "").split("\n"):
        line = _BULLET.sub("", raw.strip())
        if not line:
            continue
        if raw.lstrip().startswith("## ") or raw.lstrip().startswith("### "):
            heading = raw.strip().lstrip("#").strip()
            skipping = heading.casefold().startswith(_SKIPPED_HEADINGS)
            if not skipping:
                sections.append((heading, []))
        elif raw.lstrip().startswith("# ") and not title:
            title = _CITATION.sub("", raw.strip()[2:]).strip().strip("*")
        elif not skipping:
            (sections[-1][1] if sections else chapeau).extend(_sentences(line, articles))
    built = tuple(DraftSection(h, tuple(s)) for h, s in sections if s)
    everything = list(chapeau) + [s for sec in built for s in sec.sentences]
    if not everything:
        raise SummarizationError(
            f"{backend} {model}: the model wrote no usable text for story {story.id!r}"
        )
    notes = () if title else ("le modèle n'a pas écrit de titre : titre du sujet repris",)
    return Draft(
        title=title or story.title_hint,
        chapeau=tuple(chapeau),
        sections=built,
        translated=all(s.language == "fr" for s in everything),
        backend=backend,
        model=model,
        notes=notes,
    )
