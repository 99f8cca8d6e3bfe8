"""Extractive summarizer: span-exact sentences, TextRank, dedup, themes, determinism."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from pipeline.config import StoryConfig, ThemeConfig
from pipeline.errors import ConfigError
from pipeline.records import Article
from pipeline.summarize import OTHER_HEADING, Draft, Summarizer
from pipeline.summarize.extractive import (
    ExtractiveSummarizer,
    near_duplicate,
    pagerank,
    similarity,
    similarity_matrix,
    theme_of,
    tokenize,
)
from pipeline.summarize.sentences import split_sentences

TZ = UTC
STORY = StoryConfig(
    id="lumen", title_hint="Lumen Robotics entre en Bourse", keywords=("流明", "Lumen")
)
THEMES = (
    ThemeConfig("L'introduction en Bourse", ("上市", "挂牌", "发行价", "IPO", "Bourse", "listing")),
    ThemeConfig("L'entreprise", ("成立", "营收", "revenue", "fondée")),
    ThemeConfig("La technologie", ("机器人", "传感器", "robot")),
)


def _article(n: int, text: str, language: str = "zh", title: str = "") -> Article:
    return Article(
        url=f"https://news.example.org/a/{n}.html",
        title=title or f"Article {n}",
        text=text,
        language=language,
        source_outlet=f"Média {n}",
        published_at=datetime(2026, 3, 2, 9, 0, tzinfo=TZ),
    )


ZH_1 = (
    "流明机器人今天在深圳证券交易所挂牌上市，发行价为每股18.5元。公司当天开盘上涨12%。\n"
    "流明机器人成立于2017年，主要生产仓储机器人。去年营收达到9.6亿元！"
)
ZH_2 = (
    "流明机器人的上市首日表现稳健，开盘上涨12%，发行价18.5元。\n"
    "分析人士认为，仓储机器人市场仍在扩大；流明的传感器技术是关键。"
)
ZH_3 = "本周深圳天气晴朗，气温回升到二十度。市民纷纷外出踏青。"
FR_1 = (
    "Lumen Robotics a fait ses débuts en Bourse lundi à Shenzhen. Le titre a gagné 12 % "
    "à l'ouverture, selon M. Wang, analyste chez un courtier local. "
    "La société, fondée en 2017, fabrique des robots d'entrepôt."
)


# --- sentence splitting --------------------------------------------------------------------


def test_chinese_split_keeps_exact_spans() -> None:
    text = "第一句话。第二句“引号里的话！”\n\n第三句；第四句没有结尾"
    spans = split_sentences(text, "zh")
    assert [s.text for s in spans] == [
        "第一句话。",
        "第二句“引号里的话！”",
        "第三句；",
        "第四句没有结尾",
    ]
    for span in spans:
        assert text[span.start : span.end] == span.text
    assert [s.paragraph for s in spans] == [0, 0, 1, 1]


def test_chinese_split_leaves_decimals_alone() -> None:
    spans = split_sentences("发行价为18.5元，涨幅3.27%。收盘价为20.1元。", "zh")
    assert [s.text for s in spans] == ["发行价为18.5元，涨幅3.27%。", "收盘价为20.1元。"]


def test_french_split_respects_abbreviations_and_decimals() -> None:
    text = (
        "Selon M. Dupont, le titre vaut 3.5 dollars. Est-ce trop ? "
        "Les U.S. restent prudents, cf. le rapport de J. Martin. Fin."
    )
    spans = split_sentences(text, "fr")
    assert [s.text for s in spans] == [
        "Selon M. Dupont, le titre vaut 3.5 dollars.",
        "Est-ce trop ?",
        "Les U.S. restent prudents, cf. le rapport de J. Martin.",
        "Fin.",
    ]
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_english_split_with_paragraphs() -> None:
    text = "Dr. Lee said shares rose 4.5%. Trading was heavy!\nA second paragraph, e.g. this one."
    spans = split_sentences(text, "en")
    assert [s.text for s in spans] == [
        "Dr. Lee said shares rose 4.5%.",
        "Trading was heavy!",
        "A second paragraph, e.g. this one.",
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


# --- tokens, graph, duplicates -------------------------------------------------------------


def test_tokenize_drops_stopwords_and_normalizes_numbers() -> None:
    zh = tokenize("流明机器人的发行价为18.50元", "zh")
    assert "的" not in zh and "18.5" in zh
    fr = tokenize("Le titre de Lumen vaut 18,50 dollars", "fr")
    assert fr == ["titre", "lumen", "vaut", "18.5", "dollars"]


def test_pagerank_puts_the_hub_first() -> None:
    weights = np.array([[0, 1, 1, 1], [1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]], dtype=float)
    ranks = pagerank(weights)
    assert ranks.argmax() == 0
    assert ranks.sum() == pytest.approx(1.0)
    assert ranks[1] == pytest.approx(ranks[3])


def test_similarity_matrix_matches_pairwise_similarity() -> None:
    sets = [frozenset(tokenize(t, "zh")) for t in (ZH_1, ZH_2, ZH_3)]
    sets.append(frozenset(tokenize(FR_1, "fr")))
    matrix = similarity_matrix(sets)
    for i, a in enumerate(sets):
        assert matrix[i, i] == 0.0
        for j, b in enumerate(sets):
            if i != j:
                assert matrix[i, j] == pytest.approx(similarity(a, b))
    assert matrix[0, 1] > matrix[0, 2]  # two story sentences overlap more than story vs weather


def test_large_inputs_keep_article_leads() -> None:
    from pipeline.summarize import extractive

    text = "\n".join(f"流明机器人的第{i}条消息提到仓库和订单的变化情况。" for i in range(30))
    articles = [_article(n, text) for n in range(6)]
    candidates = ExtractiveSummarizer()._candidates(articles)
    assert len(candidates) == 180
    capped = extractive._cap(candidates, limit=50)
    per_article = {a.id: [c for c in capped if c.article_id == a.id] for a in articles}
    assert len(capped) <= 50
    assert all(len(v) == 8 for v in per_article.values())  # 6 x 8 = 48 <= 50 < 6 x 9
    assert all(c.start == articles[0].text.index(c.text) for c in per_article[articles[0].id])
    assert per_article[articles[0].id][0].start == 0


def test_near_duplicate() -> None:
    a = "流明机器人今天在深圳证券交易所挂牌上市，发行价为每股18.5元。"
    assert near_duplicate(a, "流明机器人今日在深圳证券交易所挂牌上市，发行价为每股18.5元。")
    assert not near_duplicate(a, "本周深圳天气晴朗，气温回升到二十度。")


def test_theme_of_first_match_and_traditional_folding() -> None:
    assert theme_of("流明机器人挂牌上市", THEMES) == "L'introduction en Bourse"
    assert theme_of("The robot arm", THEMES) == "La technologie"
    assert theme_of("Aucun mot-clé ici", THEMES) == OTHER_HEADING
    # Latin keywords match at a word start only: "IPO" is not in "tripod".
    assert theme_of("a tripod", THEMES) == OTHER_HEADING
    trad = _article(9, "流明機器人今天正式掛牌，股價上漲。流明機器人成立於2017年。", "zh-Hant")
    draft = ExtractiveSummarizer().summarize([trad], STORY, THEMES)
    headings = {s.heading for s in draft.sections}
    assert "L'introduction en Bourse" in headings and "L'entreprise" in headings


# --- the summarizer ------------------------------------------------------------------------


def test_central_sentence_outranks_off_topic() -> None:
    articles = [_article(1, ZH_1), _article(2, ZH_2), _article(3, ZH_3)]
    draft = ExtractiveSummarizer(max_sentences=1).summarize(articles, STORY, THEMES)
    [picked] = draft.sentences
    assert "流明" in picked.text
    scores = {
        s.text: s.score
        for s in ExtractiveSummarizer(max_sentences=20).summarize(articles, STORY, THEMES).sentences
    }
    weather = "本周深圳天气晴朗，气温回升到二十度。"
    assert weather in scores  # it is picked once nothing better is left...
    assert max(scores.values()) > scores[weather]  # ...but ranked below the story sentences
    assert scores["流明机器人今天在深圳证券交易所挂牌上市，发行价为每股18.5元。"] > scores[weather]


def test_spans_point_into_the_articles() -> None:
    articles = [_article(1, ZH_1), _article(2, ZH_2), _article(4, FR_1, "fr")]
    draft = ExtractiveSummarizer().summarize(articles, STORY, THEMES)
    by_id = {a.id: a for a in articles}
    assert draft.sentences
    for sentence in draft.sentences:
        assert by_id[sentence.article_id].text[sentence.start : sentence.end] == sentence.text
        assert sentence.translated is False
    languages = {s.language for s in draft.sentences}
    assert languages == {"zh", "fr"}


def test_reprinted_sentence_appears_once() -> None:
    repeated = "流明机器人今天在深圳证券交易所挂牌上市，发行价为每股18.5元。"
    articles = [
        _article(1, ZH_1),
        _article(5, repeated + "另一家媒体转载了这条消息。"),
        _article(6, repeated + "第三家媒体也转载了。"),
    ]
    draft = ExtractiveSummarizer(max_sentences=10).summarize(articles, STORY, THEMES)
    texts = [s.text for s in draft.sentences]
    assert texts.count(repeated) == 1
    assert not any(near_duplicate(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :])


def test_sections_follow_themes_and_caps() -> None:
    articles = [_article(1, ZH_1), _article(2, ZH_2), _article(3, ZH_3), _article(4, FR_1, "fr")]
    draft = ExtractiveSummarizer(max_sentences=7, sentences_per_section=2).summarize(
        articles, STORY, THEMES
    )
    headings = [s.heading for s in draft.sections]
    assert 3 <= len(headings) <= 5
    theme_order = [t.heading for t in THEMES] + [OTHER_HEADING]
    assert headings == sorted(headings, key=theme_order.index)
    assert len(draft.sentences) <= 7
    for section in draft.sections:
        assert 1 <= len(section.sentences) <= 2
        for sentence in section.sentences:
            assert (
                theme_of(sentence.text, THEMES) == section.heading
                or section.heading == OTHER_HEADING
            )


def test_picks_spread_across_sources() -> None:
    long_text = (
        "流明机器人发布了新款仓储机器人，售价为12万元。流明机器人的仓储机器人已进入三十个城市的物流中心。"
        "物流企业采购流明机器人的数量逐年增加。流明机器人表示，仓储机器人订单排到了明年。"
        "流明机器人与多家快递公司签署了仓储机器人合作协议。流明机器人计划在欧洲建立仓储机器人工厂。"
    )
    articles = [_article(1, long_text), _article(2, ZH_2), _article(4, FR_1, "fr")]
    draft = ExtractiveSummarizer(max_sentences=5, sentences_per_section=5).summarize(
        articles, STORY, THEMES
    )
    assert len(draft.article_ids) == 3
    assert sum(1 for s in draft.sentences if s.article_id == articles[0].id) <= 3


def test_deterministic_and_honest_metadata() -> None:
    articles = [_article(1, ZH_1), _article(2, ZH_2), _article(4, FR_1, "fr")]
    first = ExtractiveSummarizer().summarize(articles, STORY, THEMES)
    second = ExtractiveSummarizer().summarize(articles, STORY, THEMES)
    assert first == second
    assert isinstance(first, Draft)
    assert first.translated is False and first.backend == "extractive" and first.model is None
    assert first.title == STORY.title_hint
    assert isinstance(ExtractiveSummarizer(), Summarizer)


def test_empty_input_and_bad_settings() -> None:
    draft = ExtractiveSummarizer().summarize([], STORY, THEMES)
    assert draft.sections == () and draft.translated is False
    with pytest.raises(ConfigError, match="max_sentences"):
        ExtractiveSummarizer(max_sentences=0)


# --- a realistic run on ../shared/story ----------------------------------------------------


def shared_story_articles(shared_dir: Path) -> list[Article]:
    """The story corpus as Articles (read only; nothing of it is copied into the project)."""
    articles = []
    for path in sorted((shared_dir / "story").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        published = data["published"]
        if "T" not in published:
            published += "T12:00:00+08:00"
        articles.append(
            Article(
                url=data["url"],
                title=data["title"],
                text=data["text"],
                source_outlet=data["outlet"],
                language=data["language"],
                published_at=datetime.fromisoformat(published),
            )
        )
    return articles


def test_shared_story_run(shared_dir: Path) -> None:
    from pipeline.config import load_pipeline_config, load_story

    articles = shared_story_articles(shared_dir)
    cfg = load_pipeline_config()
    draft = ExtractiveSummarizer(
        cfg.summary.max_sentences, cfg.summary.sentences_per_section
    ).summarize(articles, load_story("zhipu-ipo"), load_story("zhipu-ipo").themes)
    by_id = {a.id: a for a in articles}
    assert 3 <= len(draft.sections) <= 5
    assert len(draft.sentences) == cfg.summary.max_sentences
    assert len(draft.article_ids) >= 6  # spread over many outlets
    for sentence in draft.sentences:
        assert by_id[sentence.article_id].text[sentence.start : sentence.end] == sentence.text
    texts = [s.text for s in draft.sentences]
    assert not any(near_duplicate(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :])
