"""LLM backend: an instruct model, run here by transformers, writes the French brief.

transformers `pipeline("text-generation")` with chat messages (MODELS.md fact 1). Prompts,
budgets and map-reduce are shared with the api backend (`pipeline.summarize.chat`); this
module only counts tokens with the model's own tokenizer on the rendered chat template and
generates. transformers and torch are imported lazily.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from pipeline.summarize.chat import (
    SYSTEM_BRIEF,
    SYSTEM_NOTES,
    ChatSummarizer,
    Completion,
    GenerationStep,
    brief_messages,
    chunk_text,
    note_messages,
    source_header,
)
from pipeline.summarize.llm_markdown import parse_brief_markdown
from pipeline.summarize.modelload import load_pretrained, local_model_path, resolve_device
from pipeline.summarize.modelspec import ModelSpec

logger = logging.getLogger(__name__)

__all__ = [
    "SYSTEM_BRIEF",
    "SYSTEM_NOTES",
    "GenerationStep",
    "LLMSummarizer",
    "brief_messages",
    "chunk_text",
    "note_messages",
    "parse_brief_markdown",
    "source_header",
]


class LLMSummarizer(ChatSummarizer):
    """The `llm` backend; loads its model on first use, from a local path or the HF cache."""

    name = "llm"
    translates = True

    def __init__(self, spec: ModelSpec, *, offline: bool = False) -> None:
        super().__init__(spec)
        self.spec = spec
        self.model: str | None = spec.id
        self.offline = offline
        self._pipe: Any = None

    @property
    def tokenizer(self) -> Any:
        return self.load().tokenizer

    def load(self) -> Any:
        """Load the model now (from a local path or the cache); otherwise on first use."""
        if self._pipe is not None:
            return self._pipe
        from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

        path = local_model_path(self.spec.id, self.spec.revision, offline=self.offline)
        device = resolve_device(self.spec.device)
        logger.info("llm: loading %s from %s on %s", self.spec.id, path, device)
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = load_pretrained(AutoModelForCausalLM, path, self.spec.id, self.spec.dtype)
        model.to(device)
        model.eval()
        self._pipe = pipeline("text-generation", model=model, tokenizer=tokenizer)
        return self._pipe

    def count_tokens(self, messages: Sequence[dict[str, str]]) -> int:
        """Prompt length in the model's own tokens, chat template included."""
        return count_chat_tokens(self.tokenizer, messages)

    def length(self, text: str) -> int:
        """A text's length in the model's own tokens."""
        return len(self.tokenizer(text, add_special_tokens=False).input_ids)

    def generation_kwargs(self, max_new_tokens: int) -> dict[str, Any]:
        """The spec's generation parameters (sampling ones only when sampling)."""
        kwargs: dict[str, Any] = {
            "max_new_tokens": max_new_tokens,
            "do_sample": self.spec.do_sample,
            "repetition_penalty": self.spec.repetition_penalty,
        }
        if self.spec.do_sample:
            kwargs.update(temperature=self.spec.temperature, top_p=self.spec.top_p)
        return kwargs

    def complete(self, messages: list[dict[str, str]], max_new_tokens: int) -> Completion:
        """One chat completion by transformers generate, in this process."""
        pipe = self.load()
        prompt_tokens = self.count_tokens(messages)
        extra: dict[str, Any] = {}
        if template_kwargs(self.tokenizer):
            extra["tokenizer_encode_kwargs"] = template_kwargs(self.tokenizer)
        out = pipe(
            messages, return_full_text=False, **self.generation_kwargs(max_new_tokens), **extra
        )
        text = _generated_text(out)
        return Completion(text, prompt_tokens, self.length(text))


def template_kwargs(tokenizer: Any) -> dict[str, Any]:
    """Chat-template flags: Qwen3 thinking mode off (MODELS.md fact 3) where the template has it."""
    template = getattr(tokenizer, "chat_template", None) or ""
    # Other templates would reject the flag.
    return {"enable_thinking": False} if "enable_thinking" in str(template) else {}


def count_chat_tokens(tokenizer: Any, messages: Sequence[dict[str, str]]) -> int:
    """Prompt length in `tokenizer`'s tokens, chat template (and generation prompt) included."""
    text = tokenizer.apply_chat_template(
        list(messages), tokenize=False, add_generation_prompt=True, **template_kwargs(tokenizer)
    )
    return len(tokenizer(text, add_special_tokens=False).input_ids)


def _generated_text(out: object) -> str:
    """The assistant's text from a text-generation pipeline result."""
    first = out[0] if isinstance(out, list) else out
    generated = first["generated_text"] if isinstance(first, dict) else first
    if isinstance(generated, list):  # full chat returned: take the last assistant turn
        generated = generated[-1]["content"]
    return str(generated)
