"""The French brief: banner and language tags, chapeau, Chiffres clés, Sources, footer, JSON."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.brief.compose import (
    brief_to_json,
    compose_brief,
    fr_typography,
    french_date,
    render_markdown,
)
from pipeline.config import StoryConfig
from pipeline.records import Article, Brief, Figure, FigureRow
from pipeline.sites import outlet_of
from pipeline.summarize import Draft, DraftSection, DraftSentence
from pipeline.text.scripts import has_han

NBSP = "\u00a0"
HKT = timezone(timedelta(hours=8))
RUN = datetime(2026, 3, 3, 7, 30, tzinfo=UTC)
STORY = StoryConfig(
    id="lumen",
    title_hint="Lumen Robotics fait ses débuts à la Bourse de Shenzhen",
    keywords=("流明", "Lumen"),
)

ZH_A = "流明机器人3月2日在深交所挂牌，发行价18.5元，募资约12亿元。收盘报21.3元。"
ZH_B = "流明机器人上市首日收于20.8元。公司成立于2017年，专注仓储机器人。"
EN_C = "Lumen Robotics closed at 21.30 yuan on its debut. It raised 1.2 billion yuan."


def _article(n: int, text: str, language: str, outlet: str, title: str, day: int = 2) -> Article:
    return Article(
        url=f"https://news.example.org/{n}.html",
        title=title,
        text=text,
        language=language,
        source_outlet=outlet,
        published_at=datetime(2026, 3, day, 18, 0, tzinfo=HKT),
    )


ARTICLES = [
    _article(1, ZH_A, "zh", "流明日报", "流明机器人今日上市"),
    _article(2, ZH_B, "zh", "深圳财经", "流明首日收涨 | 快讯"),
    _article(3, EN_C, "en", "Wire Service", "Lumen Robotics rises in *debut*", day=1),
    _article(4, "流明机器人与本文无关的一句话，不会被引用。", "zh", "不引用网", "未被引用", day=1),
]


def _sentence(
    article: Article, text: str, translated: bool = False, as_text: str = "", language: str = ""
) -> DraftSentence:
    start = article.text.index(text)
    return DraftSentence(
        text=as_text or text,
        language=language or (article.language or ""),
        article_id=article.id,
        start=start,
        end=start + len(text),
        translated=translated,
        original=text if translated else "",
    )


def _figure(article: Article, written: str, value: float, unit: str, kind: str = "price") -> Figure:
    start = article.text.index(written)
    return Figure(kind, value, unit, written, article.id, start, start + len(written))


def _rows() -> tuple[FigureRow, ...]:
    a, b, c = ARTICLES[:3]
    price = FigureRow(
        "prix d'introduction", "18,5 yuans", (_figure(a, "18.5元", 18.5, "CNY"),), ("流明日报",)
    )
    minority = FigureRow(
        "cours de clôture", "20,8 yuans", (_figure(b, "20.8元", 20.8, "CNY"),), ("深圳财经",)
    )
    close = FigureRow(
        "cours de clôture",
        "21,3 yuans",
        (_figure(a, "21.3元", 21.3, "CNY"), _figure(c, "21.30 yuan", 21.3, "CNY")),
        ("流明日报", "Wire Service"),
        disagreement=(minority,),
    )
    raised = FigureRow(
        "montant levé",
        "1,2 milliard de yuans",
        (_figure(a, "12亿元", 1.2e9, "CNY", "money"),),
        ("流明日报",),
    )
    return (price, close, raised)


def _draft(translated: bool = False) -> Draft:
    a, b, c = ARTICLES[:3]
    if translated:
        first = _sentence(
            a,
            "流明机器人3月2日在深交所挂牌，发行价18.5元，募资约12亿元。",
            True,
            "Lumen Robotics est cotée à Shenzhen depuis le 2 mars.",
            "fr",
        )
    else:
        first = _sentence(a, "流明机器人3月2日在深交所挂牌，发行价18.5元，募资约12亿元。")
    return Draft(
        title=STORY.title_hint,
        chapeau=(),
        translated=translated,
        backend="seq2seq" if translated else "extractive",
        model="tiny/m2m" if translated else None,
        sections=(
            DraftSection(
                "L'introduction en Bourse", (first, _sentence(c, "It raised 1.2 billion yuan."))
            ),
            DraftSection("L'entreprise", (_sentence(b, "公司成立于2017年，专注仓储机器人。"),)),
            DraftSection("Et après ?", ()),  # an empty section is dropped
        ),
    )


def _brief(translated: bool = False) -> Brief:
    return compose_brief(_draft(translated), ARTICLES, STORY, figures=_rows(), generated_at=RUN)


# --- French helpers ------------------------------------------------------------------------


def test_french_date_and_typography() -> None:
    assert french_date(datetime(2026, 1, 8)) == "8 janvier 2026"
    assert french_date(datetime(2026, 8, 1)) == "1er août 2026"
    assert french_date(None) == "date inconnue"
    assert fr_typography("Prix : 6,6 % ; vrai ? « oui »") == (
        f"Prix{NBSP}: 6,6{NBSP}% ; vrai{NBSP}? «{NBSP}oui{NBSP}»".replace(" ;", f"{NBSP};")
    )
    assert fr_typography("https://x.org à 12:30") == "https://x.org à 12:30"
    assert fr_typography("6,6\u202f%") == "6,6\u202f%"  # a thin no-break space is kept


# --- honest offline output -----------------------------------------------------------------


def test_untranslated_brief_has_banner_and_language_tags() -> None:
    brief = _brief()
    assert brief.translated is False and brief.banner is not None
    assert "Traduction indisponible" in brief.banner and "chinois" in brief.banner
    assert "anglais" in brief.banner
    md = render_markdown(brief)
    lines = md.splitlines()
    assert lines[0] == f"# {STORY.title_hint}"
    assert lines[2].startswith("> **⚠ Traduction indisponible")
    # Every quoted extract carries its language tag and a source reference.
    assert "> 〔zh〕 流明机器人3月2日在深交所挂牌，发行价18.5元，募资约12亿元。 [1]" in lines
    assert "> 〔en〕 It raised 1.2 billion yuan. [" in md
    for line in lines:  # outlet names aside, Chinese appears only in tagged quotes and titles
        for outlet in {outlet_of(a) for a in ARTICLES}:
            line = line.replace(outlet, "")
        if has_han(line) and not line.startswith(("> 〔zh〕", "- [")):
            pytest.fail(f"Chinese text outside a tagged quote or a source title: {line}")
    data = brief_to_json(brief)
    assert data["translated"] is False and data["banner"] == brief.banner
    assert data["backend"] == "extractive" and data["model"] is None


def test_translated_brief_has_no_banner_and_french_prose() -> None:
    a, b, c = ARTICLES[:3]
    draft = Draft(
        title=STORY.title_hint,
        chapeau=(),
        translated=True,
        backend="seq2seq",
        model="tiny/m2m",
        sections=(
            DraftSection(
                "L'entreprise",
                (
                    _sentence(
                        b,
                        "公司成立于2017年，专注仓储机器人。",
                        True,
                        "L'entreprise, fondée en 2017, fabrique des robots d'entrepôt.",
                        "fr",
                    ),
                ),
            ),
        ),
    )
    brief = compose_brief(draft, ARTICLES, STORY, figures=_rows(), generated_at=RUN)
    assert brief.translated is True and brief.banner is None
    md = render_markdown(brief)
    assert "L'entreprise, fondée en 2017, fabrique des robots d'entrepôt. [" in md
    assert "〔" not in md and "> **⚠" not in md
    assert brief_to_json(brief)["translated"] is True


def test_partly_translated_brief_says_so() -> None:
    brief = _brief(translated=True)  # the English sentence of the draft stayed English
    assert brief.translated is False
    assert brief.banner is not None and "Traduction partielle" in brief.banner
    md = render_markdown(brief)
    assert "Lumen Robotics est cotée à Shenzhen depuis le 2 mars. [1]" in md
    assert "> 〔en〕 It raised 1.2 billion yuan." in md


# --- chapeau, figures, sources, footer -----------------------------------------------------


def test_chapeau_dates_and_renders_figures_from_rows() -> None:
    chapeau = _brief().chapeau
    # No event date row: the chapeau opens on the day most articles were published.
    assert chapeau.text.startswith(
        "Les articles lus ont été publiés pour la plupart le 2 mars 2026."
    )
    for rendered in ("18,5 yuans", "21,3 yuans", "20,8 yuans", "1,2 milliard de yuans"):
        assert rendered in chapeau.text
    assert "Selon 流明日报, le prix d'introduction a été fixé à 18,5 yuans." in chapeau.text
    assert f"{NBSP}; 深圳财经 fait état de 20,8 yuans." in chapeau.text  # who disagrees
    assert chapeau.language == "fr" and chapeau.translated is False and chapeau.origin == "facts"
    # Each sentence cites its own sources: a figure sentence the spans of its figures.
    assert len(chapeau.sentences) >= 4 and all(s.sources for s in chapeau.sentences)
    for sentence in chapeau.sentences[1:-1]:
        for aid, start, end in sentence.sources:
            article = next(a for a in ARTICLES if a.id == aid)
            assert re.search(r"\d", article.text[start:end])


def test_source_names_and_values_are_not_retyped() -> None:
    odd = "Wire (by A. Writer; via Radio: 24h)"
    rows = _rows()
    close = rows[1]
    renamed = FigureRow(
        close.label,
        "21,3\u202fyuans",
        close.figures,
        ("流明日报", odd),
        disagreement=close.disagreement,
    )
    brief = compose_brief(_draft(), ARTICLES, STORY, figures=(rows[0], renamed), generated_at=RUN)
    assert f"Selon 流明日报 et {odd}, l'action a clôturé à 21,3\u202fyuans" in brief.chapeau.text
    assert f"Selon 流明日报 et {odd}, l'action a clôturé à 21,3\u202fyuans" in render_markdown(
        brief
    )


def test_chapeau_date_from_an_event_date_row() -> None:
    a = ARTICLES[0]
    listing = FigureRow(
        "date de cotation", "mars 2026", (_figure(a, "3月2日", 0.0, "", "date"),), ("流明日报",)
    )
    story = replace(STORY, subject="Lumen Robotics")
    brief = compose_brief(_draft(), ARTICLES, story, figures=(listing, *_rows()), generated_at=RUN)
    opening = "Selon 流明日报, Lumen Robotics a fait ses débuts en Bourse en mars 2026."
    assert brief.chapeau.text.startswith(opening)
    assert brief.chapeau.text.count("mars 2026") == 1  # the date opens it, not repeated
    assert "Lumen Robotics fait ses débuts à la Bourse" not in brief.chapeau.text  # no title
    undated = [x.with_changes(published_at=None) for x in ARTICLES]
    text = compose_brief(_draft(), undated, STORY, figures=(), generated_at=RUN).chapeau.text
    assert (
        text == "Ce brief s'appuie sur la lecture de 4 articles de 4 médias, en chinois et anglais."
    )


def test_chiffres_cles_table_shows_disagreement() -> None:
    md = render_markdown(_brief())
    table = md.split("## Chiffres clés", 1)[1].split("## Sources", 1)[0].strip().splitlines()
    assert table[0] == "| Mesure | Valeur | Sources |"
    assert len(table) == 2 + 3
    assert table[2].startswith("| Prix d'introduction | 18,5 yuans | 流明日报 [")
    close = table[3]
    assert "21,3 yuans (流明日报, Wire Service) ; 20,8 yuans (深圳财经)" in close
    numbers = set(re.findall(r"\d+", close.rsplit("|", 2)[1]))
    sources = _brief().sources
    expected = {
        str(i + 1)
        for i, s in enumerate(sources)
        if s.article_id in {ARTICLES[0].id, ARTICLES[1].id, ARTICLES[2].id}
    }
    assert numbers == expected


def test_sources_complete_and_numbered() -> None:
    brief = _brief()
    cited = {ARTICLES[0].id, ARTICLES[1].id, ARTICLES[2].id}
    assert {s.article_id for s in brief.sources} == cited  # article 4 is read, not cited
    md = render_markdown(brief)
    lines = [line for line in md.splitlines() if line.startswith("- [")]
    assert len(lines) == 3
    for n, ref in enumerate(brief.sources, start=1):
        article = next(a for a in ARTICLES if a.id == ref.article_id)
        line = lines[n - 1]
        assert line.startswith(f"- [{n}] «{NBSP}")
        assert outlet_of(article) in line and f"<{article.url}>" in line
        assert french_date(article.published_at) in line
    # Markdown in titles is escaped, not interpreted.
    assert "«\u00a0Lumen Robotics rises in \\*debut\\*\u00a0»" in md
    assert "流明首日收涨 \\| 快讯" in md
    minority = next(s for s in brief.sources if s.article_id == ARTICLES[1].id)
    assert (
        "Valeur divergente pour «\u00a0cours de clôture\u00a0» (20,8 yuans)"
        in minority.contribution
    )
    assert "«\u00a0Extraits des sources\u00a0»" in minority.contribution


def test_footer_names_run_backend_model_and_count() -> None:
    md = render_markdown(_brief())
    footer = md.rstrip().splitlines()[-1]
    assert "3 mars 2026 à 07:30 UTC" in footer
    assert "extractive (sans modèle)" in footer
    assert "4 articles lus" in footer and "3 cités" in footer
    translated = render_markdown(_brief(translated=True)).rstrip().splitlines()[-1]
    assert "seq2seq (tiny/m2m)" in translated


def test_sections_in_draft_order_with_french_headings() -> None:
    brief = _brief(translated=True)
    assert [s.heading for s in brief.sections] == ["L'introduction en Bourse", "L'entreprise"]
    # Untranslated, the draft's sentences are quotes: they go to « Extraits des sources ».
    assert [s.heading for s in _brief().sections][-1] == "Extraits des sources"
    draft = Draft(
        title="Titre",
        chapeau=(),
        backend="extractive",
        sections=(DraftSection("Et après ?", (_sentence(ARTICLES[1], "收于20.8元"),)),),
        translated=True,
    )
    md = render_markdown(compose_brief(draft, ARTICLES, STORY, figures=(), generated_at=RUN))
    assert f"\n## Et après{NBSP}?\n" in md
    assert md.count("\n## ") == 3  # the section, Sources and the FAQ written from the facts


def test_faq_is_rendered_when_present() -> None:
    draft = _draft()
    draft = Draft(**{**draft.__dict__, "faq": (("Quand a-t-elle été cotée ?", "Le 2 mars 2026."),)})
    md = render_markdown(compose_brief(draft, ARTICLES, STORY, figures=(), generated_at=RUN))
    assert (
        f"## Questions fréquentes\n\n**Quand a-t-elle été cotée{NBSP}?**\n\nLe 2 mars 2026." in md
    )
    assert "## Chiffres clés" not in md  # no figure rows, no empty table


# --- JSON ----------------------------------------------------------------------------------


def test_json_provenance_points_at_source_text() -> None:
    data = brief_to_json(_brief())
    json.dumps(data)  # serialisable as is
    assert data["generated_at"] == RUN.isoformat()
    assert data["articles_read"] == 4 and data["unsupported"] == []
    texts = {a.id: a.text for a in ARTICLES}
    for section in data["sections"]:
        for passage in section["passages"]:
            [src] = passage["sources"]
            if not passage["translated"]:
                assert texts[src["article_id"]][src["start"] : src["end"]] == passage["text"]
            assert data["sources"][src["ref"] - 1]["article_id"] == src["article_id"]
    close = data["figures"][1]
    assert [f["text"] for f in close["sources"]] == ["21.3元", "21.30 yuan"]
    assert close["disagreement"][0]["rendered"] == "20,8 yuans"
    for row in data["figures"]:
        for fig in row["sources"] + [f for d in row["disagreement"] for f in d["sources"]]:
            assert texts[fig["article_id"]][fig["start"] : fig["end"]] == fig["text"]
    assert all(
        s["url"] and s["title"] and s["outlet"] and s["published_at"] for s in data["sources"]
    )


# --- a realistic run on ../shared/story ----------------------------------------------------


def test_shared_story_brief(shared_dir: Path) -> None:
    from pipeline.config import load_story
    from pipeline.summarize.extractive import ExtractiveSummarizer
    from tests.test_summarize_extractive import shared_story_articles

    articles = shared_story_articles(shared_dir)
    story = load_story("zhipu-ipo")
    draft = ExtractiveSummarizer().summarize(articles, story, story.themes)
    closing = [(a, w) for a in articles for w in ("131.5港元", "125.7港元") if w in a.text]
    rows_by_value: dict[str, list[Figure]] = {}
    for article, written in closing:
        rows_by_value.setdefault(written, []).append(
            _figure(article, written, float(written[:5]), "HKD")
        )
    by_id = {a.id: a for a in articles}

    def row(written: str, rendered: str) -> FigureRow:
        figs = tuple(rows_by_value[written])
        return FigureRow(
            "cours de clôture", rendered, figs, tuple(outlet_of(by_id[f.article_id]) for f in figs)
        )

    close = row("131.5港元", "131,5 dollars de Hong Kong")
    close = FigureRow(
        close.label,
        close.rendered,
        close.figures,
        close.outlets,
        disagreement=(row("125.7港元", "125,7 dollars de Hong Kong"),),
    )
    brief = compose_brief(draft, articles, story, figures=(close,), generated_at=RUN)
    md = render_markdown(brief)
    assert md.startswith("# Zhipu AI") and "Zhipu AI a fait ses débuts en Bourse" not in md
    assert "l'action a clôturé à 131,5 dollars de Hong Kong\u00a0; 21世纪经济报道" in md
    assert (
        "125,7 dollars de Hong Kong (21世纪经济报道" in md and "131,5 dollars de Hong Kong (" in md
    )
    opening = {aid for aid, _, _ in brief.chapeau.sentences[0].sources}  # the day's articles
    cited = (
        set(draft.article_ids)
        | {f.article_id for f in close.figures + close.disagreement[0].figures}
        | opening
    )
    assert {s.article_id for s in brief.sources} == cited
    for n, ref in enumerate(brief.sources, start=1):
        article = by_id[ref.article_id]
        assert f"- [{n}] «{NBSP}{article.title}" in md
        assert f"<{article.url}>" in md and french_date(article.published_at) in md
    assert "\n## Extraits des sources\n" in md and "\n## Questions fréquentes\n" in md
    assert brief_to_json(brief)["translated"] is False
