"""The seq2seq backend on a tiny random-weight M2M100-style translator built offline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import load_pipeline_config, load_story
from pipeline.errors import SummarizationError
from pipeline.records import Article
from pipeline.summarize.extractive import ExtractiveSummarizer
from pipeline.summarize.models import ModelSpec, is_cached, load_models_config
from pipeline.summarize.seq2seq import Seq2SeqSummarizer, Seq2SeqTranslator, pair_languages
from tests.tiny_models import tiny_m2m100, use_empty_hf_cache

ZH = (
    "这家公司今天在香港交易所挂牌上市，开盘价高于发行价。首日收盘价上涨百分之三十，市值达到五百亿港元。\n"
    "该公司成立于二零一九年，总部位于北京，主要研发大语言模型。去年公司营收增长一倍，但仍处于亏损状态。"
)
FR = (
    "La société a levé environ un milliard de dollars de Hong Kong lors de son introduction en Bourse. "
    "Selon les analystes, la concurrence est vive et le prochain modèle sera décisif pour elle."
)


@pytest.fixture(scope="module")
def m2m_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_m2m100(tmp_path_factory)


@pytest.fixture(scope="module")
def translator(m2m_dir: Path) -> Seq2SeqTranslator:
    return Seq2SeqTranslator(
        ModelSpec(id=str(m2m_dir), device="cpu", max_new_tokens=6, batch_size=2)
    )


def test_translate_keeps_order_and_count(translator: Seq2SeqTranslator) -> None:
    sentences = ["公司今天上市。", "首日收盘价上涨。", "市值达到五百亿港元。"]
    out = translator.translate(sentences, "zh")
    assert len(out) == 3 and all(isinstance(t, str) and t for t in out)
    assert not any("__fr__" in t or "__zh__" in t for t in out)  # language tokens stripped
    assert translator.calls[-1][:2] == (translator.spec.id, 3)
    assert translator.translate([]) == []


def test_m2m100_languages_and_generation_bounds(translator: Seq2SeqTranslator) -> None:
    translator.translate(["公司今天上市。"], "zh")
    stage = translator.load()[0]
    tok = stage.tokenizer
    assert stage.multilingual and tok.src_lang == "zh"
    enc = tok(["公司今天上市。"], return_tensors="pt")
    assert enc.input_ids[0, 0].item() == tok.get_lang_id("zh")  # source language token first
    generated = stage.model.generate(
        **enc,
        forced_bos_token_id=tok.get_lang_id("fr"),
        max_new_tokens=translator.spec.max_new_tokens,
    )
    assert generated[0, 1].item() == tok.get_lang_id("fr")
    assert generated.shape[1] <= translator.spec.max_new_tokens + 1


def test_long_sentence_is_cut_to_the_budget(m2m_dir: Path) -> None:
    short = Seq2SeqTranslator(
        ModelSpec(id=str(m2m_dir), device="cpu", max_input_tokens=16, max_new_tokens=4)
    )
    [out] = short.translate(["公司今天上市，" * 200 + "。"], "zh")
    assert isinstance(out, str)


def test_summarizer_translates_and_keeps_provenance(translator: Seq2SeqTranslator) -> None:
    story = load_story("zhipu-ipo")
    themes = load_pipeline_config().themes
    articles = [
        Article(url="https://a.example.cn/1", title="上市", text=ZH, site="a", language="zh"),
        Article(url="https://b.example.fr/2", title="Bourse", text=FR, site="b", language="fr"),
    ]
    extractive = ExtractiveSummarizer(max_sentences=6, sentences_per_section=3)
    before = extractive.summarize(articles, story, themes)
    draft = Seq2SeqSummarizer(translator, extractive).summarize(articles, story, themes)
    assert draft.backend == "seq2seq" and draft.model == str(translator.spec.id)
    assert len(draft.sentences) == len(before.sentences) > 0
    by_id = {a.id: a for a in articles}
    for old, new in zip(before.sentences, draft.sentences, strict=True):
        assert new.span == old.span
        assert by_id[new.article_id].text[new.start : new.end] == old.text
        if old.language == "zh":
            assert new.translated and new.language == "fr" and new.original == old.text
        else:
            assert new == old  # French sources pass through untouched, not marked translated
    assert {s.language for s in before.sentences} == {"zh", "fr"}
    assert draft.translated is True
    assert any("traduites" in note for note in draft.notes)


def test_pair_languages() -> None:
    assert pair_languages("Helsinki-NLP/opus-mt-zh-en") == ("zh", "en")
    assert pair_languages("/models/opus-mt-en-fr") == ("en", "fr")
    assert pair_languages("facebook/m2m100_418M") is None


def test_offline_missing_translator(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_empty_hf_cache(monkeypatch, tmp_path)
    spec = load_models_config().translate_alt
    assert spec is not None
    with pytest.raises(
        SummarizationError, match="newsbrief models pull Helsinki-NLP/opus-mt-zh-en"
    ):
        Seq2SeqTranslator(spec, offline=True).translate(["公司今天上市。"])


@pytest.mark.model
def test_real_m2m100_translates_to_french() -> None:
    spec = load_models_config().translate
    if not is_cached(spec.id, spec.revision):
        pytest.skip(f"{spec.id} is not in the local cache (newsbrief models pull {spec.id})")
    [out] = Seq2SeqTranslator(replace(spec, num_beams=1), offline=True).translate(
        ["公司今天在香港上市。"]
    )
    assert "Hong Kong" in out


def test_output_still_in_chinese_is_not_passed_off_as_french() -> None:
    from pipeline.summarize.base import DraftSentence
    from pipeline.summarize.seq2seq import _translated

    source = DraftSentence("公司今天上市。", "zh", "abc", 0, 7)
    assert _translated(source, "公司今天上市。", "fr") == source
    assert _translated(source, "  ", "fr") == source
    done = _translated(source, "La société entre en Bourse aujourd'hui.", "fr")
    assert done.translated and done.language == "fr" and done.original == source.text
    assert done.span == source.span
