"""Tiny random-weight models built offline at test time (MODELS.md, "Tiny models for tests").

Each builder trains a tokenizer on a few KB of our own zh/fr/en text, builds a config with
tiny sizes, instantiates random weights and `save_pretrained`s the lot into a directory; the
tests then load that directory through the product code, by path, exactly as a Hub model.
Their output is noise: tests assert plumbing, never prose. Never commit what they write
(MODELS.md fact 5: folders saved by transformers 5.x do not load in 4.x).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pipeline.records import Article

if TYPE_CHECKING:
    from tokenizers import Tokenizer
    from transformers import (
        M2M100ForConditionalGeneration,
        M2M100Tokenizer,
        PreTrainedModel,
        PreTrainedTokenizerBase,
    )

# Our own sentences (not from ../shared), repeated by the trainers.
CORPUS_ZH = [
    "一家人工智能公司今天在香港交易所挂牌上市，开盘价高于发行价。",
    "公司此次发行约一亿股，每股发行价为一百港元，募资约十亿港元。",
    "首日收盘价上涨百分之三十，市值达到五百亿港元。",
    "该公司成立于二零一九年，总部位于北京，主要研发大语言模型。",
    "去年公司营收增长一倍，但研发投入巨大，仍处于亏损状态。",
    "分析人士认为，市场竞争激烈，下一代模型将决定公司的前景。",
    "公开发售部分获得超额认购一千倍，基石投资者认购了一半的股份。",
]
CORPUS_FR = [
    "Une entreprise d'intelligence artificielle est entrée en Bourse à Hong Kong aujourd'hui.",
    "La société a levé environ un milliard de dollars de Hong Kong, à cent dollars par action.",
    "Le cours a progressé de 30 % à la clôture du premier jour de cotation.",
    "Fondée en 2019 à Pékin, elle développe de grands modèles de langage.",
    "Son chiffre d'affaires a doublé l'an dernier, mais ses pertes restent lourdes.",
    "Selon les analystes, la concurrence est vive et le prochain modèle sera décisif.",
    "Rédige une brève en français à partir des sources numérotées ci-dessous.",
]
CORPUS_EN = [
    "An artificial intelligence company listed in Hong Kong today.",
    "The shares rose thirty percent on the first day of trading.",
    "The company was founded in 2019 and builds large language models.",
]
CHATML_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
CHAT_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def corpus(repeat: int = 8) -> list[str]:
    """The training text: every sentence, `repeat` times."""
    return (CORPUS_ZH + CORPUS_FR + CORPUS_EN) * repeat


def _train_bpe(vocab_size: int) -> Tokenizer:
    """A byte-level BPE tokenizer trained on `corpus()`, with the ChatML special tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=CHAT_SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(corpus(), trainer)
    return tok


def build_tiny_chat_model(directory: Path, *, vocab_size: int = 700, seed: int = 0) -> Path:
    """A Qwen2-style chat model (byte-level BPE, ChatML template, 2 layers, hidden 32)."""
    import torch
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    tok = _train_bpe(vocab_size)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        chat_template=CHATML_TEMPLATE,
    )
    fast.save_pretrained(directory)
    config = Qwen2Config(
        vocab_size=tok.get_vocab_size(),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=8192,
        tie_word_embeddings=True,
        eos_token_id=fast.eos_token_id,
        pad_token_id=fast.pad_token_id,
        bos_token_id=None,
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    _mute_tokens(model, fast)
    model.save_pretrained(directory)
    return directory


def _printable(text: str) -> bool:
    return bool(text.strip()) and "\ufffd" not in text


def _mute_tokens(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase) -> None:
    """Zero the (tied) embedding rows of special and whitespace-only tokens.

    Their logits are then 0 while the best other token scores above 0, so greedy decoding
    never stops early nor emits blank text or half characters: the output is noise of exactly max_new_tokens.
    """
    import torch

    vocab = tokenizer.get_vocab()
    muted = [
        i
        for tok, i in vocab.items()
        if tok in CHAT_SPECIALS or not _printable(str(tokenizer.decode([i])))
    ]
    weight = model.get_input_embeddings().weight
    assert isinstance(weight, torch.Tensor)
    with torch.no_grad():
        weight[muted] = 0.0


def _train_spm(directory: Path, vocab_size: int) -> Path:
    import sentencepiece as spm

    prefix = directory / "spm"
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus()),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        minloglevel=2,
        pad_id=1,
        unk_id=3,
        bos_id=0,
        eos_id=2,  # fairseq order: <s> <pad> </s> <unk>
        hard_vocab_limit=False,
    )
    return prefix.with_suffix(".model")


def build_tiny_m2m100(directory: Path, *, vocab_size: int = 400, seed: int = 0) -> Path:
    """An M2M100-style zh->fr translator (sentencepiece + vocab.json, 2+2 layers, d_model 32)."""
    import sentencepiece as spm
    import torch
    from transformers import M2M100Tokenizer

    directory.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(directory, vocab_size)
    proc = spm.SentencePieceProcessor(model_file=str(model_file))
    vocab = {proc.id_to_piece(i): i for i in range(proc.get_piece_size())}
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = M2M100Tokenizer(
        vocab_file=str(directory / "vocab.json"),
        spm_file=str(model_file),
        src_lang="zh",
        tgt_lang="fr",
    )
    model = _random_m2m100(tokenizer, seed)
    # Chinese pieces are muted too, so the noise it writes reads as "translated" (Latin script).
    cjk = [i for piece, i in vocab.items() if any("\u3400" <= c <= "\u9fff" for c in piece)]
    specials = [
        *cjk,
        tokenizer.bos_token_id,
        tokenizer.pad_token_id,
        tokenizer.eos_token_id,
        tokenizer.unk_token_id,
        *tokenizer.lang_token_to_id.values(),
    ]
    with torch.no_grad():  # as in _mute_tokens: output is never empty, never stops early
        model.get_output_embeddings().weight[specials] = 0.0
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    model_file.unlink()
    (directory / "spm.vocab").unlink()
    return directory


def _random_m2m100(tokenizer: M2M100Tokenizer, seed: int) -> M2M100ForConditionalGeneration:
    """Random weights, 2+2 layers, d_model 32, with embeddings sized for every token id."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration

    # MODELS.md fact 4: len(tokenizer) leaves out the language tokens; size the embeddings on
    # the highest id the tokenizer can produce.
    top_id = max(max(tokenizer.get_vocab().values()), max(tokenizer.lang_token_to_id.values()))
    config = M2M100Config(
        vocab_size=top_id + 1,
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=1024,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=0,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(seed)
    model = M2M100ForConditionalGeneration(config)
    return model


_BUILT: dict[str, Path] = {}


def tiny_chat_model(factory: pytest.TempPathFactory) -> Path:
    """The session's tiny chat model (built once per test session, by `tmp_path_factory`)."""
    if "chat" not in _BUILT:
        _BUILT["chat"] = build_tiny_chat_model(factory.mktemp("tiny-chat"))
    return _BUILT["chat"]


def tiny_m2m100(factory: pytest.TempPathFactory) -> Path:
    """The session's tiny M2M100-style translator (built once per test session)."""
    if "m2m100" not in _BUILT:
        _BUILT["m2m100"] = build_tiny_m2m100(factory.mktemp("tiny-m2m100"))
    return _BUILT["m2m100"]


def use_empty_hf_cache(monkeypatch: pytest.MonkeyPatch, root: Path) -> Path:
    """Point the Hugging Face cache at an empty directory under `root` (env and constants)."""
    from huggingface_hub import constants

    home = root / "hf-home"
    hub = home / "hub"
    hub.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setenv("HF_HUB_CACHE", str(hub))
    # huggingface_hub reads the environment once, at import: patch its constant too.
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(hub))
    return hub


def fake_cached_repo(
    hub: Path, repo_id: str, files: dict[str, bytes], commit: str = "a" * 40
) -> Path:
    """Lay out `repo_id` in the Hub cache format (refs/main -> snapshots/<commit>/files)."""
    repo = hub / ("models--" + repo_id.replace("/", "--"))
    snapshot = repo / "snapshots" / commit
    snapshot.mkdir(parents=True, exist_ok=True)
    (repo / "refs").mkdir(exist_ok=True)
    (repo / "refs" / "main").write_text(commit, encoding="utf-8")
    (repo / "blobs").mkdir(exist_ok=True)
    for name, data in files.items():
        blob = repo / "blobs" / hashlib.sha256(data).hexdigest()
        blob.write_bytes(data)
        (snapshot / name).symlink_to(blob)
    return snapshot


def chat_article(n: int, text: str) -> Article:
    """A short Chinese article from a made-up outlet, the input of the chat-model tests."""
    return Article(
        url=f"https://news.example.cn/a/{n}.html",
        title=f"公司上市报道{n}",
        text=text,
        site="example",
        source_outlet=f"媒体{n}",
        language="zh",
        published_at=datetime(2026, 1, 8, 9, 30, tzinfo=UTC),
    )


def chat_articles() -> list[Article]:
    """The two articles every chat backend (local llm, HTTP api) summarizes in its tests."""
    return [
        chat_article(1, "公司今天在香港上市。首日收盘价上涨百分之三十。"),
        chat_article(2, "该公司成立于二零一九年，总部位于北京。\n去年营收增长一倍。"),
    ]
