"""The llm backend on a tiny random-weight Qwen2-style chat model built offline.

The model's output is noise: these tests check the plumbing (prompts, budgets, map-reduce,
generation arguments, Draft structure, errors). Nothing of transformers is mocked.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import StoryConfig, ThemeConfig, load_story
from pipeline.errors import SummarizationError
from pipeline.records import Article
from pipeline.sites import outlet_of
from pipeline.summarize.base import Draft
from pipeline.summarize.llm import (
    SYSTEM_BRIEF,
    LLMSummarizer,
    brief_messages,
    chunk_text,
    parse_brief_markdown,
)
from pipeline.summarize.models import ModelSpec, is_cached, load_models_config
from tests.tiny_models import chat_article, chat_articles, tiny_chat_model, use_empty_hf_cache

LONG_ZH = "\n".join(
    f"第{i}段：这家公司今天在香港挂牌上市，发行价为每股一百港元。首日收盘价上涨百分之三十，市值达到五百亿港元。"
    for i in range(1, 41)
)


@pytest.fixture(scope="module")
def chat_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_chat_model(tmp_path_factory)


@pytest.fixture(scope="module")
def story() -> StoryConfig:
    return load_story("zhipu-ipo")


@pytest.fixture(scope="module")
def themes() -> tuple[ThemeConfig, ...]:
    return load_story("zhipu-ipo").themes


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return chat_articles()


def _summarizer(path: Path, **changes: Any) -> LLMSummarizer:
    return LLMSummarizer(ModelSpec(id=str(path), device="cpu", **changes))


def test_prompt_has_french_instructions_and_numbered_sources(
    story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    system, user = brief_messages(story, themes, [(a, a.text) for a in articles])
    assert system["role"] == "system" and "en français" in system["content"]
    assert "N'écris que des faits que les sources soutiennent" in system["content"]
    assert "4,3 milliards de dollars de Hong Kong" in system["content"]  # magnitude rule
    for n, article in enumerate(articles, 1):
        assert f"[{n}] « 公司上市报道{n} » — {outlet_of(article)}, 2026-01-08" in user["content"]
        assert f"媒体{n}" in outlet_of(article)
    for article in articles:
        assert article.text in user["content"]
    assert themes[0].heading in user["content"]


def test_one_pass_within_budget(
    chat_dir: Path, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    summarizer = _summarizer(chat_dir, max_input_tokens=8000, max_new_tokens=12)
    draft = summarizer.summarize(articles, story, themes)
    assert isinstance(draft, Draft) and draft.backend == "llm" and draft.model == str(chat_dir)
    [step] = summarizer.steps
    assert step.kind == "brief" and step.messages[0]["content"] == SYSTEM_BRIEF
    assert all(a.text in step.messages[1]["content"] for a in articles)
    assert 0 < step.new_tokens <= 12
    assert step.prompt_tokens == summarizer.count_tokens(list(step.messages)) <= 8000
    assert draft.title == story.title_hint  # noise has no "# " line: the story's title
    assert any("une passe" in note for note in draft.notes)


def test_max_new_tokens_bounds_the_output(
    chat_dir: Path, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    short = _summarizer(chat_dir, max_input_tokens=8000, max_new_tokens=3)
    long = _summarizer(chat_dir, max_input_tokens=8000, max_new_tokens=30)
    short.summarize(articles, story, themes)
    long.summarize(articles, story, themes)
    assert short.steps[0].new_tokens <= 3
    assert len(long.steps[0].output) > len(short.steps[0].output)


def test_sampling_arguments_only_when_sampling(chat_dir: Path) -> None:
    greedy = _summarizer(chat_dir, temperature=0.7).generation_kwargs(10)
    assert greedy == {"max_new_tokens": 10, "do_sample": False, "repetition_penalty": 1.0}
    sampled = _summarizer(chat_dir, do_sample=True, temperature=0.7, top_p=0.8).generation_kwargs(
        10
    )
    assert (
        sampled["temperature"] == 0.7 and sampled["top_p"] == 0.8 and sampled["do_sample"] is True
    )


def test_map_reduce_over_budget(
    chat_dir: Path, story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    sources = [chat_article(9, LONG_ZH), *articles]
    probe = _summarizer(chat_dir)
    headers = probe.count_tokens(
        brief_messages(story, themes, [(a, "") for a in sources], notes=True)
    )
    direct = probe.count_tokens(brief_messages(story, themes, [(a, a.text) for a in sources]))
    budget = headers + 120
    assert direct > budget
    summarizer = _summarizer(
        chat_dir, max_input_tokens=budget, note_max_new_tokens=8, max_new_tokens=8
    )
    summarizer.summarize(sources, story, themes)
    steps = summarizer.steps
    assert [s.kind for s in steps[:-1]] == ["note"] * (len(steps) - 1) and steps[-1].kind == "brief"
    long_parts = [s for s in steps if s.article_id == sources[0].id]
    assert len(long_parts) > 1 and [s.part for s in long_parts] == list(
        range(1, len(long_parts) + 1)
    )
    assert all(s.prompt_tokens <= budget for s in steps)
    assert all(s.new_tokens <= 8 for s in steps if s.kind == "note")
    noted = "".join(s.messages[1]["content"] for s in long_parts)
    for paragraph in LONG_ZH.split("\n"):  # every sentence of the long article was read
        for sentence in paragraph.split("。"):
            assert sentence in noted
    brief_prompt = steps[-1].messages[1]["content"]
    assert "Notes de lecture" in brief_prompt and LONG_ZH[:40] not in brief_prompt
    assert steps[1].output.strip()[:10] in brief_prompt


def test_budget_too_small_is_a_clear_error(
    chat_dir: Path, story: StoryConfig, themes: tuple[ThemeConfig, ...]
) -> None:
    summarizer = _summarizer(chat_dir, max_input_tokens=20)
    with pytest.raises(SummarizationError, match="max_input_tokens=20"):
        summarizer.summarize([chat_article(9, LONG_ZH)], story, themes)


def test_chunk_text_cuts_on_sentence_ends() -> None:
    chunks = chunk_text(LONG_ZH, "zh", 100, len)
    assert len(chunks) > 3 and all(len(c) <= 100 for c in chunks)
    assert all(c.endswith("。") for c in chunks)
    assert "".join(chunks).replace("\n", "") == LONG_ZH.replace("\n", "")
    assert all(len(c) <= 10 for c in chunk_text("一" * 45, "zh", 10, len))


def test_parse_brief_markdown(articles: list[Article], story: StoryConfig) -> None:
    markdown = """# Une société chinoise entre en Bourse à Hong Kong

La société est entrée en Bourse le 8 janvier 2026 [1]. Son titre a gagné 30 % [1, 2].

## L'entreprise
- Fondée en 2019, elle est basée à Pékin [2].
- 去年营收增长一倍。

## Sources
- « 公司上市报道1 » — 媒体1
"""
    draft = parse_brief_markdown(markdown, articles, story, model="m")
    assert draft.title == "Une société chinoise entre en Bourse à Hong Kong"
    assert [s.text for s in draft.chapeau] == [
        "La société est entrée en Bourse le 8 janvier 2026.",
        "Son titre a gagné 30 %.",
    ]
    assert [s.article_id for s in draft.chapeau] == [articles[0].id, articles[0].id]
    assert [sec.heading for sec in draft.sections] == ["L'entreprise"]  # Sources left to the brief
    french, chinese = draft.sections[0].sentences
    assert french.article_id == articles[1].id and french.translated and french.language == "fr"
    assert (french.start, french.end) == (-1, -1)
    assert chinese.language == "zh" and not chinese.translated
    assert draft.translated is False  # one sentence was left in Chinese
    assert draft.article_ids == (articles[0].id, articles[1].id)


def test_empty_output_is_an_error(articles: list[Article], story: StoryConfig) -> None:
    with pytest.raises(SummarizationError, match="no usable text"):
        parse_brief_markdown("\n## Sources\n- x\n", articles, story, model="m")


def test_thinking_disabled_when_the_template_knows_the_flag(
    tmp_path: Path,
    chat_dir: Path,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
) -> None:
    qwen3 = tmp_path / "qwen3-like"
    shutil.copytree(chat_dir, qwen3)
    template = (qwen3 / "chat_template.jinja").read_text()
    thinking = (
        "{% if add_generation_prompt and enable_thinking is defined and enable_thinking is false %}"
        "<think>\n\n</think>\n\n{% endif %}"
    )
    (qwen3 / "chat_template.jinja").write_text(template + thinking)
    summarizer = _summarizer(qwen3, max_new_tokens=4)
    messages = brief_messages(story, themes, [(a, a.text) for a in articles])
    plain = summarizer.tokenizer.apply_chat_template(
        messages, tokenize=False, add_generation_prompt=True
    )
    with_flag = len(summarizer.tokenizer(plain + "<think>\n\n</think>\n\n").input_ids)
    assert summarizer.count_tokens(messages) == with_flag
    summarizer.summarize(articles, story, themes)
    assert summarizer.steps[0].new_tokens <= 4


def test_offline_missing_model(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    story: StoryConfig,
    themes: tuple[ThemeConfig, ...],
    articles: list[Article],
) -> None:
    use_empty_hf_cache(monkeypatch, tmp_path)
    summarizer = LLMSummarizer(ModelSpec(id="Qwen/Qwen2.5-1.5B-Instruct"), offline=True)
    with pytest.raises(
        SummarizationError, match="newsbrief models pull Qwen/Qwen2.5-1.5B-Instruct"
    ):
        summarizer.summarize(articles, story, themes)


@pytest.mark.model
def test_real_default_model_writes_french(
    story: StoryConfig, themes: tuple[ThemeConfig, ...], articles: list[Article]
) -> None:
    spec = load_models_config().llm
    if not is_cached(spec.id, spec.revision):
        pytest.skip(f"{spec.id} is not in the local cache (newsbrief models pull {spec.id})")
    summarizer = LLMSummarizer(spec, offline=True)
    draft = summarizer.summarize(articles, story, themes)
    assert draft.translated and draft.chapeau and draft.sections
