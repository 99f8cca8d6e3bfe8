"""configs/models.toml, the local cache checks, offline errors and the backend choice."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import SummaryConfig
from pipeline.errors import ConfigError, InputError, SummarizationError
from pipeline.summarize import models
from pipeline.summarize.extractive import ExtractiveSummarizer
from pipeline.summarize.models import ModelSpec, load_models_config, parse_models_config
from pipeline.summarize.select import choose_summarizer
from tests.tiny_models import fake_cached_repo, tiny_chat_model, tiny_m2m100, use_empty_hf_cache

DEFAULT_LLM = "Qwen/Qwen2.5-1.5B-Instruct"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return use_empty_hf_cache(monkeypatch, tmp_path)


@pytest.fixture(scope="module")
def chat_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_chat_model(tmp_path_factory)


@pytest.fixture(scope="module")
def m2m_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_m2m100(tmp_path_factory)


def test_shipped_models_config() -> None:
    cfg = load_models_config()
    assert (
        cfg.llm.id == DEFAULT_LLM and cfg.llm.device == "auto" and cfg.llm.max_input_tokens > 1000
    )
    assert cfg.translate.id == "facebook/m2m100_418M" and (
        cfg.translate.src_lang,
        cfg.translate.tgt_lang,
    ) == ("zh", "fr")
    assert cfg.translate_alt is not None
    assert cfg.translate_alt.ids == ("Helsinki-NLP/opus-mt-zh-en", "Helsinki-NLP/opus-mt-en-fr")
    assert cfg.summarize is None


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ({"models": {"llm": {"id": "x", "max_tokens": 3}, "translate": {"id": "y"}}}, "max_tokens"),
        (
            {"models": {"llm": {"id": "x"}, "translate": {"id": "y"}, "writer": {"id": "z"}}},
            "writer",
        ),
        ({"models": {"llm": {"id": "x", "device": "tpu"}, "translate": {"id": "y"}}}, "device"),
        (
            {"models": {"llm": {"id": "x", "max_new_tokens": 0}, "translate": {"id": "y"}}},
            "max_new_tokens",
        ),
        ({"models": {"translate": {"id": "y"}}}, "models.llm"),
        (
            {"models": {"llm": {"id": "x", "do_sample": "yes"}, "translate": {"id": "y"}}},
            "do_sample",
        ),
    ],
)
def test_models_config_errors_name_the_key(table: dict[str, Any], expected: str) -> None:
    with pytest.raises(ConfigError, match=expected):
        parse_models_config(table, "mine.toml")


def test_resolve_device() -> None:
    import torch

    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert models.resolve_device("auto") in (expected, "mps")
    assert models.resolve_device("cpu") == "cpu"


def test_is_cached_local_dir(tmp_path: Path, chat_dir: Path) -> None:
    assert models.is_cached(str(chat_dir))
    assert not models.is_cached(str(tmp_path))  # a directory without config.json
    assert not models.is_cached(str(tmp_path / "nowhere"))


def test_is_cached_reads_the_hub_cache(hub: Path) -> None:
    assert not models.is_cached(DEFAULT_LLM)
    fake_cached_repo(hub, DEFAULT_LLM, {"config.json": b"{}"})
    assert not models.is_cached(DEFAULT_LLM)  # config without weights: a broken download
    fake_cached_repo(hub, DEFAULT_LLM, {"model.safetensors": b"0" * 100})
    assert models.is_cached(DEFAULT_LLM)
    assert not models.is_cached(DEFAULT_LLM, revision="v2")
    path = models.local_model_path(DEFAULT_LLM, offline=True)
    assert (path / "config.json").is_file() and path.name == "a" * 40


def test_is_cached_needs_every_shard(hub: Path) -> None:
    index = {
        "weight_map": {
            "a": "model-00001-of-00002.safetensors",
            "b": "model-00002-of-00002.safetensors",
        }
    }
    files = {
        "config.json": b"{}",
        "model.safetensors.index.json": json.dumps(index).encode(),
        "model-00001-of-00002.safetensors": b"1",
    }
    fake_cached_repo(hub, "org/sharded", files)
    assert not models.is_cached("org/sharded")
    fake_cached_repo(hub, "org/sharded", {"model-00002-of-00002.safetensors": b"2"})
    assert models.is_cached("org/sharded")


def test_list_cached_and_describe(hub: Path) -> None:
    assert models.list_cached() == []
    fake_cached_repo(hub, "org/small", {"config.json": b"{}", "model.safetensors": b"0" * 2048})
    rows = models.list_cached()
    assert [(r.id, r.revision) for r in rows] == [("org/small", "main")]
    assert rows[0].size >= 2048
    lines = list(models.describe_models())
    assert any(DEFAULT_LLM in line and "not cached" in line for line in lines)
    assert any(line.strip().startswith("org/small@main") for line in lines)


def test_offline_missing_model_fails_fast_with_the_pull_command(
    hub: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    started = time.perf_counter()
    with pytest.raises(SummarizationError) as info:
        models.local_model_path(DEFAULT_LLM, offline=True)
    assert time.perf_counter() - started < 2
    message = str(info.value)
    assert DEFAULT_LLM in message and f"newsbrief models pull {DEFAULT_LLM}" in message
    assert "offline" in message


def test_pull_refuses_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(SummarizationError, match="HF_HUB_OFFLINE"):
        models.pull(DEFAULT_LLM)


@pytest.mark.parametrize("model_id", ["../../etc", "a b", "org/name/extra", ""])
def test_pull_names_a_malformed_id_as_bad_input(
    model_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`models pull ../../etc` reached the Hub client and failed as a pull (exit 1); a
    malformed id is bad input (exit 2), refused before any network."""
    pytest.importorskip("huggingface_hub")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with pytest.raises(InputError, match="not a Hugging Face model id"):
        models.pull(model_id)


def test_missing_weights_are_refused(tmp_path: Path, chat_dir: Path) -> None:
    """A checkpoint with fewer layers than its config would load half random: refuse it."""
    from pipeline.summarize.llm import LLMSummarizer

    broken = tmp_path / "broken"
    shutil.copytree(chat_dir, broken)
    config = json.loads((broken / "config.json").read_text())
    config["num_hidden_layers"] = 3
    config.pop("layer_types", None)
    (broken / "config.json").write_text(json.dumps(config))
    with pytest.raises(SummarizationError, match="missing weight"):
        LLMSummarizer(ModelSpec(id=str(broken))).load()


# --- backend choice -----------------------------------------------------------------------


def test_auto_falls_back_to_extractive_with_an_empty_cache(hub: Path) -> None:
    summarizer = choose_summarizer("auto", offline=True, summary=SummaryConfig(max_sentences=5))
    assert summarizer.name == "extractive" and summarizer.translates is False
    assert isinstance(summarizer, ExtractiveSummarizer) and summarizer.max_sentences == 5
    assert not any(hub.iterdir())  # nothing was downloaded


@pytest.mark.parametrize(
    ("backend", "missing"), [("llm", DEFAULT_LLM), ("seq2seq", "facebook/m2m100_418M")]
)
def test_explicit_backend_with_missing_model(hub: Path, backend: str, missing: str) -> None:
    with pytest.raises(SummarizationError) as info:
        choose_summarizer(backend, offline=False)
    assert missing in str(info.value) and f"newsbrief models pull {missing}" in str(info.value)


def test_auto_prefers_a_cached_llm(hub: Path, chat_dir: Path, m2m_dir: Path) -> None:
    cfg = load_models_config()
    both = replace(
        cfg,
        llm=replace(cfg.llm, id=str(chat_dir)),
        translate=replace(cfg.translate, id=str(m2m_dir)),
    )
    assert choose_summarizer("auto", models_config=both).name == "llm"
    only_translator = replace(both, llm=cfg.llm)
    chosen = choose_summarizer("auto", models_config=only_translator)
    assert chosen.name == "seq2seq" and chosen.model == str(m2m_dir)


def test_auto_uses_the_opus_chain_when_m2m100_is_missing(hub: Path, m2m_dir: Path) -> None:
    cfg = load_models_config()
    assert cfg.translate_alt is not None
    alt = replace(cfg.translate_alt, id=str(m2m_dir), chain=())
    chosen = choose_summarizer("auto", models_config=replace(cfg, translate_alt=alt))
    assert chosen.name == "seq2seq" and chosen.model == str(m2m_dir)


def test_model_flag_picks_the_backend_from_the_model_kind(
    hub: Path, chat_dir: Path, m2m_dir: Path
) -> None:
    assert choose_summarizer("auto", model=str(m2m_dir)).name == "seq2seq"
    assert choose_summarizer("auto", model=str(chat_dir)).name == "llm"
    assert choose_summarizer("llm", model=str(chat_dir)).model == str(chat_dir)
    assert choose_summarizer("auto", model="org/not-here").name == "extractive"


def test_unknown_backend() -> None:
    with pytest.raises(ConfigError, match="backend"):
        choose_summarizer("gpt")


def test_backends_import_no_torch_nor_transformers() -> None:
    """The CLI starts fast: model libraries are imported only when a model is loaded."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import pipeline.summarize.models, pipeline.summarize.llm, pipeline.summarize.seq2seq\n"
        "import pipeline.summarize.select\n"
        "print(sorted(m for m in ('torch', 'transformers', 'huggingface_hub') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
