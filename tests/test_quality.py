"""Quality checks on a brief's French text, its Sources and its banner (pipeline.brief.quality)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipeline.brief.compose import compose_brief, render_markdown
from pipeline.brief.quality import KINDS, QualityIssue, check_generated
from pipeline.config import StoryConfig
from pipeline.figures.check import key_figures
from pipeline.records import Article, Brief, Passage, Section, SourceRef
from pipeline.summarize import Draft, DraftSection, DraftSentence

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

FR_A = (
    "Lumen Robotics a fait son entrée à la Bourse de Shenzhen le 2 mars, au prix de 18,5 "
    "yuans par action, et a levé environ 1,2 milliard de yuans."
)
FR_B = (
    "Fondée en 2017, l'entreprise conçoit des robots pour les entrepôts ; son titre a "
    "terminé sa première séance à 20,8 yuans selon un des médias."
)


def _article(n: int, text: str, language: str, outlet: str, title: str) -> Article:
    return Article(
        url=f"https://news.example.org/{n}.html",
        title=title,
        text=text,
        language=language,
        source_outlet=outlet,
        published_at=datetime(2026, 3, 2, 18, 0, tzinfo=HKT),
    )


ARTICLES = [
    _article(1, ZH_A, "zh", "流明财经日报社", "流明机器人今日在深交所正式上市交易"),
    _article(2, ZH_B, "zh", "深圳财经", "流明首日收涨"),
    _article(3, EN_C, "en", "Wire Service", "Lumen Robotics rises on debut"),
    _article(4, "Lumen Robotics builds robots for warehouses.", "en", "Trade Weekly", "Lumen"),
]
A, B, C, D = ARTICLES


def _sentence(
    article: Article, source: str, text: str = "", *, translated: bool = False, language: str = ""
) -> DraftSentence:
    start = article.text.index(source)
    return DraftSentence(
        text=text or source,
        language=language or (article.language or ""),
        article_id=article.id,
        start=start,
        end=start + len(source),
        translated=translated,
        original=source if translated else "",
    )


def _french(article: Article, source: str, text: str) -> DraftSentence:
    return _sentence(article, source, text, translated=True, language="fr")


def _translated_draft(*extra: DraftSentence) -> Draft:
    sentences = (_french(A, ZH_A[:24], FR_A), _french(B, ZH_B, FR_B), *extra)
    return Draft(
        title="",
        chapeau=(),
        translated=True,
        backend="seq2seq",
        model="tiny/m2m",
        sections=(DraftSection("L'introduction en Bourse", sentences),),
    )


def _extractive_draft() -> Draft:
    sentences = (_sentence(A, ZH_A[:24]), _sentence(B, ZH_B[:15]), _sentence(C, EN_C[:48]))
    return Draft(
        title="",
        chapeau=(),
        translated=False,
        backend="extractive",
        model=None,
        sections=(DraftSection("L'introduction en Bourse", sentences),),
    )


def _compose(draft: Draft) -> tuple[Brief, str]:
    brief = compose_brief(draft, ARTICLES, STORY, figures=key_figures(ARTICLES), generated_at=RUN)
    return brief, render_markdown(brief)


def _kinds(brief: Brief, markdown: str | None = None) -> list[str]:
    md = render_markdown(brief) if markdown is None else markdown
    return [issue.kind for issue in check_generated(brief, md, ARTICLES)]


def _with_passage(brief: Brief, text: str, *, translated: bool = True) -> Brief:
    """The brief with one more French (model-written) passage in its first section."""
    section = brief.sections[0]
    extra = Passage(text=text, language="fr", translated=translated, sources=((A.id, 0, 10),))
    return replace(
        brief, sections=(Section(section.heading, (*section.passages, extra)), *brief.sections[1:])
    )


def test_clean_translated_brief_passes() -> None:
    brief, markdown = _compose(_translated_draft())
    assert brief.translated and brief.figures and len(brief.sources) == 3  # C via a figure
    assert check_generated(brief, markdown, ARTICLES) == []


def test_extractive_brief_with_its_banner_passes() -> None:
    brief, markdown = _compose(_extractive_draft())
    assert not brief.translated and brief.banner
    assert "〔zh〕 流明机器人" in markdown  # source text, quoted and tagged, is not flagged
    assert check_generated(brief, markdown, ARTICLES) == []


def test_issue_record_is_frozen_and_serialisable() -> None:
    brief, _ = _compose(_translated_draft())
    issues = check_generated(
        replace(brief, sources=brief.sources[1:]), render_markdown(brief), ARTICLES
    )
    data = issues[0].to_dict()
    assert set(data) == {"kind", "message", "location", "excerpt"} and data["kind"] in KINDS
    with pytest.raises(FrozenInstanceError):
        issues[0].kind = "x"  # type: ignore[misc]
    assert QualityIssue(**data) == issues[0]


def test_english_model_output_is_not_french() -> None:
    text = (
        "The robot maker listed its shares in Shenzhen on Monday and the stock closed well "
        "above the offer price after a strong first session of trading."
    )
    issues = check_generated(
        _with_passage(_compose(_translated_draft())[0], text),
        render_markdown(_compose(_translated_draft())[0]),
        ARTICLES,
    )
    not_french = [i for i in issues if i.kind == "not_french"]
    assert len(not_french) == 1 and not_french[0].location == "L'introduction en Bourse"
    assert "untranslated" in [i.kind for i in issues]  # the English sentence itself


def test_short_passages_are_judged_together() -> None:
    brief, _ = _compose(_translated_draft())
    section = Section(
        "Suite",
        tuple(
            Passage(text=t, language="fr", translated=True, sources=((B.id, 0, 5),))
            for t in (
                "Die Aktie stieg am ersten Tag deutlich.",
                "Das Unternehmen baut Roboter.",
                "Die Anleger waren sehr zufrieden damit.",
            )
        ),
    )
    issues = check_generated(
        replace(brief, sections=brief.sections + (section,), faq=()),
        render_markdown(brief),
        ARTICLES,
    )
    assert [i.kind for i in issues] == ["not_french"] and "Suite" in issues[0].location


def test_chinese_stretch_in_french_prose_is_untranslated() -> None:
    text = (
        "Le titre a progressé dès l'ouverture, 公司表示将继续扩大仓储机器人产能 selon la direction."
    )
    issues = check_generated(_with_passage(_compose(_translated_draft())[0], text), "", ARTICLES)
    found = [i for i in issues if i.kind == "untranslated"]
    assert len(found) == 1 and found[0].excerpt.startswith("公司表示将继续扩大")
    assert found[0].location == "L'introduction en Bourse"


def test_english_sentence_in_french_prose_is_untranslated() -> None:
    text = (
        "Le titre a fini la séance en hausse. The company said it would use the money to "
        "build two new factories in the south."
    )
    issues = check_generated(_with_passage(_compose(_translated_draft())[0], text), "", ARTICLES)
    found = [i for i in issues if i.kind == "untranslated"]
    assert len(found) == 1 and found[0].excerpt.startswith("The company said")


def test_quoted_names_and_titles_are_not_flagged() -> None:
    brief, markdown = _compose(_translated_draft())
    text = (
        "L'entreprise (北京流明机器人科技股份有限公司), surnommée « 仓储机器人第一股 » ou "
        "“首家仓储机器人上市公司”, est citée par 流明财经日报社 dans 《流明机器人今日在深交所正式上市交易》 ; "
        "l'agence titre « Lumen Robotics rises on debut and plans new factories in the south »."
    )
    issues = check_generated(_with_passage(brief, text), markdown, ARTICLES)
    assert [i for i in issues if i.kind in ("untranslated", "not_french")] == []


def test_outlet_cited_by_its_short_name_is_not_flagged() -> None:
    articles = [*ARTICLES[:3], replace(D, source_outlet="仓储机器人周刊（记者 王某；转载）")]
    brief, markdown = _compose(_translated_draft())
    text = "Selon 仓储机器人周刊, la demande des investisseurs particuliers a été très forte."
    issues = check_generated(_with_passage(brief, text), markdown, articles)
    assert [i for i in issues if i.kind == "untranslated"] == []
    other = "Selon 深圳证券交易所官网, la demande des investisseurs particuliers a été forte."
    issues = check_generated(_with_passage(brief, other), markdown, articles)
    assert [i.kind for i in issues if i.kind == "untranslated"] == ["untranslated"]


def test_long_quoted_sentence_is_still_untranslated() -> None:
    quoted = (
        "公司表示上市募集的资金将主要用于新工厂建设以及下一代仓储机器人的研发和海外市场的开拓工作"
    )
    text = f"Le président a déclaré : « {quoted} », devant les actionnaires réunis à Shenzhen."
    issues = check_generated(_with_passage(_compose(_translated_draft())[0], text), "", ARTICLES)
    assert [i.kind for i in issues if i.kind == "untranslated"] == ["untranslated"]


def test_chinese_in_the_title_is_untranslated() -> None:
    brief, markdown = _compose(_translated_draft())
    issues = check_generated(
        replace(brief, title="流明机器人在深交所上市 : le point"), markdown, ARTICLES
    )
    assert [(i.kind, i.location) for i in issues] == [("untranslated", "title")]


def test_cited_article_missing_from_sources() -> None:
    brief, markdown = _compose(_translated_draft())
    dropped = brief.sources[0]
    issues = check_generated(replace(brief, sources=brief.sources[1:]), markdown, ARTICLES)
    cited = [i for i in issues if i.kind == "sources" and dropped.article_id in i.message]
    assert cited and all("not listed" in i.message for i in cited)
    assert {i.location for i in cited} >= {"L'introduction en Bourse"}


def test_source_never_cited_and_source_without_url() -> None:
    brief, markdown = _compose(_translated_draft())
    extra = SourceRef(article_id=D.id, title=D.title, outlet="Trade Weekly", url="")
    issues = check_generated(replace(brief, sources=brief.sources + (extra,)), markdown, ARTICLES)
    messages = [i.message for i in issues if i.kind == "sources"]
    assert any("never cited" in m and D.id in m for m in messages)
    assert any("has no url" in m for m in messages)


def test_source_not_among_articles_read() -> None:
    brief, markdown = _compose(_translated_draft())
    issues = check_generated(brief, markdown, ARTICLES[1:])
    assert [i.kind for i in issues] == ["sources"] and A.id in issues[0].message


def test_dangling_markdown_reference() -> None:
    brief, markdown = _compose(_translated_draft())
    broken = markdown.replace(FR_B[-20:], FR_B[-20:] + " [7]", 1)
    assert broken != markdown
    issues = check_generated(brief, broken, ARTICLES)
    assert [(i.kind, i.location) for i in issues] == [("sources", "L'introduction en Bourse")]
    assert "[7]" in issues[0].message
    # An escaped bracket in quoted source text is not a reference.
    assert (
        check_generated(brief, markdown.replace(FR_B[-20:], "\\[7\\] " + FR_B[-20:]), ARTICLES)
        == []
    )


def test_markdown_without_a_source_line() -> None:
    brief, markdown = _compose(_translated_draft())
    lines = [line for line in markdown.splitlines() if not line.startswith("- [2] ")]
    issues = check_generated(brief, "\n".join(lines), ARTICLES)
    assert issues and {i.kind for i in issues} == {"sources"}
    assert any("[2]" in i.message for i in issues)


def test_untranslated_extracts_without_banner() -> None:
    brief, markdown = _compose(_extractive_draft())
    issues = check_generated(replace(brief, banner=None), markdown, ARTICLES)
    assert [i.kind for i in issues] == ["banner"] and "no banner" in issues[0].message


def test_untranslated_extracts_claimed_as_translated() -> None:
    brief, markdown = _compose(_extractive_draft())
    issues = check_generated(replace(brief, translated=True), markdown, ARTICLES)
    assert [i.kind for i in issues] == ["banner"] and "claims" in issues[0].message


def test_untranslated_extract_shown_as_prose_or_banner_not_rendered() -> None:
    brief, markdown = _compose(_extractive_draft())
    as_prose = markdown.replace("> 〔zh〕 流明机器人上市", "流明机器人上市", 1)
    assert as_prose != markdown
    issues = check_generated(brief, as_prose, ARTICLES)
    assert [i.kind for i in issues] == ["banner"] and "prose" in issues[0].message
    no_banner = markdown.replace(f"> **{brief.banner}**", "")
    assert [i.message for i in check_generated(brief, no_banner, ARTICLES)] == [
        "the banner is missing from the Markdown"
    ]


def test_french_quotes_of_the_extractive_backend_are_checked_as_french() -> None:
    brief, markdown = _compose(_extractive_draft())
    quote = Passage(
        text="Die Aktie stieg am ersten Handelstag deutlich, sagten die Händler "
        "am Abend in Shenzhen zu den Journalisten.",
        language="fr",
        translated=False,
        sources=((C.id, 0, 5),),
    )
    section = Section("Suite", (quote,))
    issues = check_generated(
        replace(brief, sections=brief.sections + (section,)), markdown, ARTICLES
    )
    assert ("not_french", "Suite") in [(i.kind, i.location) for i in issues]
