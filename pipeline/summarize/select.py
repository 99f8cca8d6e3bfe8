"""Backend choice for `--backend auto|llm|seq2seq|extractive|api`.

`auto` takes the best backend whose weights are already on this machine: the configured
LLM, else the configured translator (m2m100, else the opus-mt chain), else the extractive
backend (whose brief carries the « traduction indisponible » banner). Nothing here ever
starts a download: an explicitly requested model that is missing is a SummarizationError
naming it and the `newsbrief models pull` command. Models are loaded later, on first use.
`api` (never chosen by `auto`) sends the llm backend's prompts to an OpenAI-compatible
endpoint: [models.api] of configs/models.toml, `--api-base` and `--model` over it.
Without the model stack (the `newsbrief[models]` extra: torch, transformers), `auto` is the
extractive backend and `llm` / `seq2seq` are a ConfigError naming the extra (exit 2).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pipeline.config import SUMMARY_BACKENDS, SummaryConfig
from pipeline.errors import ConfigError, SummarizationError
from pipeline.summarize.base import Summarizer
from pipeline.summarize.modelload import (
    MODELS_EXTRA,
    is_cached,
    is_offline,
    local_model_path,
    missing_model_message,
    missing_model_stack,
    require_model_stack,
)
from pipeline.summarize.modelspec import (
    ModelsConfig,
    ModelSpec,
    load_models_config,
    with_api,
    with_model,
)

logger = logging.getLogger(__name__)

__all__ = ["BACKEND_CHOICES", "choose_summarizer"]

BACKEND_CHOICES = SUMMARY_BACKENDS  # one list, also checked at config load


def _all_cached(spec: ModelSpec) -> bool:
    return all(is_cached(model_id, spec.revision) for model_id in spec.ids)


def _first_missing(spec: ModelSpec) -> str:
    return next((m for m in spec.ids if not is_cached(m, spec.revision)), spec.id)


def _is_encoder_decoder(spec: ModelSpec, offline: bool) -> bool:
    """Whether a cached model is a seq2seq one (read from its config.json)."""
    path = local_model_path(spec.id, spec.revision, offline=offline)
    config = json.loads((Path(path) / "config.json").read_text(encoding="utf-8"))
    return bool(config.get("is_encoder_decoder"))


def _extractive(summary: SummaryConfig | None) -> Summarizer:
    from pipeline.summarize.extractive import ExtractiveSummarizer

    cfg = summary or SummaryConfig()
    return ExtractiveSummarizer(cfg.max_sentences, cfg.sentences_per_section)


def _llm(spec: ModelSpec, offline: bool) -> Summarizer:
    from pipeline.summarize.llm import LLMSummarizer

    return LLMSummarizer(spec, offline=offline)


def _api(cfg: ModelsConfig, api_base: str | None, model: str | None, offline: bool) -> Summarizer:
    from pipeline.summarize.api import ApiSummarizer

    return ApiSummarizer(with_api(cfg.api, api_base, model), offline=offline)


def _seq2seq(spec: ModelSpec, offline: bool, summary: SummaryConfig | None) -> Summarizer:
    from pipeline.summarize.seq2seq import Seq2SeqSummarizer, Seq2SeqTranslator

    return Seq2SeqSummarizer(Seq2SeqTranslator(spec, offline=offline), _extractive(summary))


def _translator_spec(cfg: ModelsConfig, model: str | None) -> ModelSpec:
    """The --model override, else m2m100 when cached, else the opus-mt chain when cached."""
    if model:
        return with_model(cfg.translate, model)
    if (
        not _all_cached(cfg.translate)
        and cfg.translate_alt is not None
        and _all_cached(cfg.translate_alt)
    ):
        return cfg.translate_alt
    return cfg.translate


def _auto(
    cfg: ModelsConfig, model: str | None, offline: bool, summary: SummaryConfig | None
) -> Summarizer:
    if model:
        spec = with_model(cfg.llm, model)
        if is_cached(model, spec.revision):
            if _is_encoder_decoder(spec, offline):
                return _seq2seq(_translator_spec(cfg, model), offline, summary)
            return _llm(spec, offline)
        logger.warning("auto: %s", missing_model_message(model, offline))
    elif _all_cached(cfg.llm):
        logger.info("auto: llm backend with %s (cached)", cfg.llm.id)
        return _llm(cfg.llm, offline)
    else:
        translator = _translator_spec(cfg, None)
        if _all_cached(translator):
            logger.info("auto: seq2seq backend with %s (cached)", " + ".join(translator.ids))
            return _seq2seq(translator, offline, summary)
    message = (
        f"auto: no model in the local cache ({cfg.llm.id}, {cfg.translate.id}): extractive "
        f"backend, untranslated; get one with `newsbrief models pull {cfg.llm.id}`"
    )
    if message not in _warned:  # a run chooses twice (early check, then the brief): warn once
        _warned.add(message)
        logger.warning("%s", message)
    return _extractive(summary)


_warned: set[str] = set()


def choose_summarizer(
    backend: str = "auto",
    *,
    model: str | None = None,
    offline: bool = False,
    models_config: ModelsConfig | None = None,
    summary: SummaryConfig | None = None,
    api_base: str | None = None,
) -> Summarizer:
    """The summarizer for `backend`; never downloads, fails clearly on a missing model.

    `api_base` (the --api-base flag) is the api backend's endpoint base URL, `model` its model.
    """
    if backend not in BACKEND_CHOICES:
        raise ConfigError(
            "--backend", f"expected one of {', '.join(BACKEND_CHOICES)}, got {backend!r}"
        )
    offline = is_offline(offline)
    cfg = models_config or load_models_config()
    if backend == "extractive":
        return _extractive(summary)
    if backend == "auto":
        if missing_model_stack():
            logger.info("auto: extractive backend (no model stack: %s)", MODELS_EXTRA)
            return _extractive(summary)
        return _auto(cfg, model, offline, summary)
    if backend == "api":
        return _api(cfg, api_base, model, offline)
    require_model_stack(f"--backend {backend}")
    spec = with_model(cfg.llm, model) if backend == "llm" else _translator_spec(cfg, model)
    if not _all_cached(spec):
        raise SummarizationError(
            f"--backend {backend}: " + missing_model_message(_first_missing(spec), offline)
        )
    return _llm(spec, offline) if backend == "llm" else _seq2seq(spec, offline, summary)
