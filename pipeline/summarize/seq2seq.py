"""seq2seq backend: the extractive draft, every sentence translated into French.

`AutoTokenizer` + `AutoModelForSeq2SeqLM` + `generate()` (the translation pipelines are gone
in transformers 5, MODELS.md fact 1), sentence by sentence in batches, each sentence cut to
`max_input_tokens` (the models were trained on <= 512 tokens). Two kinds of translator:
M2M100 (one model, `tokenizer.src_lang` and the target language token forced first) and
Marian pairs chained through English (opus-mt-zh-en then opus-mt-en-fr). Translated
sentences keep their source spans and the original text; transformers is imported lazily.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.config import StoryConfig, ThemeConfig
from pipeline.records import Article
from pipeline.summarize.base import Draft, DraftSection, DraftSentence, Summarizer
from pipeline.summarize.modelload import load_pretrained, local_model_path, resolve_device
from pipeline.summarize.modelspec import ModelSpec
from pipeline.text.scripts import HAN

logger = logging.getLogger(__name__)

__all__ = ["Seq2SeqSummarizer", "Seq2SeqTranslator", "pair_languages"]

# M2M100 leaves its language tokens in decoded text (they are not registered as special).
_LANG_TOKEN = re.compile(r"__[a-z]{2,3}(?:_[A-Za-z]+)?__\s*")
_PAIR = re.compile(r"opus-mt-([a-z]{2,3})-([a-z]{2,3})(?:$|[^a-z])")


def pair_languages(model_id: str) -> tuple[str, str] | None:
    """("zh", "en") for an opus-mt-zh-en id or path; None when the name says nothing."""
    found = _PAIR.search(model_id.lower())
    return (found.group(1), found.group(2)) if found else None


@dataclass
class _Stage:
    model_id: str
    tokenizer: Any
    model: Any
    device: str
    src: str
    tgt: str
    multilingual: bool  # M2M100-style: languages set per call


class Seq2SeqTranslator:
    """Sentence-level translation with one M2M100-style model or a chain of Marian pairs."""

    def __init__(self, spec: ModelSpec, *, offline: bool = False) -> None:
        self.spec = spec
        self.offline = offline
        self.model = " + ".join(spec.ids)
        self._stages: list[_Stage] = []
        self.calls: list[tuple[str, int, float]] = []  # (model id, sentences, seconds)

    def load(self) -> list[_Stage]:
        """Load every model of the chain now (local path or cache); otherwise on first use."""
        if self._stages:
            return self._stages
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        device = resolve_device(self.spec.device)
        langs = [self.spec.src_lang] + ["en"] * len(self.spec.chain) + [self.spec.tgt_lang]
        for i, model_id in enumerate(self.spec.ids):
            path = local_model_path(model_id, self.spec.revision, offline=self.offline)
            logger.info("seq2seq: loading %s from %s on %s", model_id, path, device)
            tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            model = load_pretrained(AutoModelForSeq2SeqLM, path, model_id, self.spec.dtype)
            model.to(device)
            model.eval()
            multilingual = hasattr(tokenizer, "get_lang_id")
            src, tgt = pair_languages(model_id) or (langs[i], langs[i + 1])
            self._stages.append(_Stage(model_id, tokenizer, model, device, src, tgt, multilingual))
        return self._stages

    def translate(self, sentences: Sequence[str], src_lang: str | None = None) -> list[str]:
        """Translate each sentence into the spec's target language (same order, same count)."""
        texts = list(sentences)
        if not texts:
            return []
        lang = src_lang or self.spec.src_lang
        for stage in self.load():
            if stage.multilingual:
                texts = self._run(stage, texts, lang, self.spec.tgt_lang)
                lang = self.spec.tgt_lang
            elif stage.src == lang:
                texts = self._run(stage, texts, stage.src, stage.tgt)
                lang = stage.tgt
        if lang != self.spec.tgt_lang:
            logger.warning("seq2seq: no stage of %s translates %s", self.model, src_lang)
        return texts

    def _run(self, stage: _Stage, texts: list[str], src: str, tgt: str) -> list[str]:
        import torch

        started = time.perf_counter()
        tok = stage.tokenizer
        kwargs: dict[str, Any] = {
            "max_new_tokens": self.spec.max_new_tokens,
            "num_beams": self.spec.num_beams,
        }
        if stage.multilingual:
            tok.src_lang = src
            kwargs["forced_bos_token_id"] = tok.get_lang_id(tgt)
        out: list[str] = []
        size = self.spec.batch_size
        for begin in range(0, len(texts), size):
            batch = texts[begin : begin + size]
            enc = tok(
                batch,
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=self.spec.max_input_tokens,
            ).to(stage.device)
            with torch.no_grad():
                generated = stage.model.generate(**enc, **kwargs)
            decoded = tok.batch_decode(generated, skip_special_tokens=True)
            out.extend(_LANG_TOKEN.sub("", d).strip() for d in decoded)
            logger.info(
                "seq2seq: %s %s->%s: %d/%d sentences",
                stage.model_id,
                src,
                tgt,
                min(begin + size, len(texts)),
                len(texts),
            )
        self.calls.append((stage.model_id, len(texts), time.perf_counter() - started))
        return out


class Seq2SeqSummarizer:
    """The `seq2seq` backend: an extractive draft, then each sentence translated to French."""

    name = "seq2seq"
    translates = True

    def __init__(self, translator: Seq2SeqTranslator, extractive: Summarizer | None = None) -> None:
        if extractive is None:
            from pipeline.summarize.extractive import ExtractiveSummarizer

            extractive = ExtractiveSummarizer()
        self.translator = translator
        self.extractive = extractive
        self.model: str | None = translator.model

    def summarize(
        self, articles: Sequence[Article], story: StoryConfig, themes: Sequence[ThemeConfig]
    ) -> Draft:
        """Extract, then translate every non-French sentence (spans and originals kept)."""
        draft = self.extractive.summarize(articles, story, themes)
        target = self.translator.spec.tgt_lang
        done = self._translate_all(draft.sentences, target)
        missed = sum(1 for s in done.values() if not s.translated)

        def swap(sentences: Sequence[DraftSentence]) -> tuple[DraftSentence, ...]:
            return tuple(done.get(id(s), s) for s in sentences)

        sections = tuple(DraftSection(sec.heading, swap(sec.sentences)) for sec in draft.sections)
        chapeau = swap(draft.chapeau)
        every = list(chapeau) + [s for sec in sections for s in sec.sentences]
        note = f"{len(done) - missed} phrases traduites par {self.translator.model}"
        notes = (
            draft.notes
            + (note,)
            + (
                (f"{missed} phrases laissées en langue source (traduction vide ou non française)",)
                if missed
                else ()
            )
        )
        return Draft(
            title=draft.title,
            chapeau=chapeau,
            sections=sections,
            translated=all(s.language == target or s.translated for s in every),
            backend=self.name,
            model=self.translator.model,
            notes=notes,
            faq=draft.faq,
        )

    def _translate_all(
        self, sentences: Sequence[DraftSentence], target: str
    ) -> dict[int, DraftSentence]:
        """The translation of every sentence not in `target`, by id() of the original."""
        todo: dict[str, list[DraftSentence]] = {}
        for sentence in sentences:
            if sentence.language != target:
                todo.setdefault(sentence.language, []).append(sentence)
        done: dict[int, DraftSentence] = {}
        for language, group in todo.items():
            outputs = self.translator.translate([s.text for s in group], language)
            for sentence, text in zip(group, outputs, strict=True):
                done[id(sentence)] = _translated(sentence, text, target)
        return done


def _translated(sentence: DraftSentence, text: str, target: str) -> DraftSentence:
    """The sentence in French with its provenance; left as it was when the output is unusable.

    Unusable: empty, or mostly CJK characters (a translator that copied or drifted into the
    source language); such text must never be passed off as French.
    """
    letters = [c for c in text if c.isalpha()]
    cjk = sum(1 for c in letters if HAN.match(c))
    if not letters or cjk / len(letters) > 0.3:
        return sentence
    return replace(
        sentence, text=text.strip(), language=target, translated=True, original=sentence.text
    )
