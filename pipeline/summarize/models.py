"""`newsbrief models`: pull a model into the Hugging Face cache, list the configured and cached
models; the face of the model specs (`modelspec`) and of local loading (`modelload`).

Nothing here downloads by itself: `pull` is the one function that touches the network, and
only when the user asks for it (`newsbrief models pull ID`). huggingface_hub is imported inside
functions: the CLI starts fast.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from pipeline.errors import InputError, SummarizationError
from pipeline.summarize.modelload import (
    is_cached,
    is_offline,
    local_model_path,
    missing_model_stack,
    require_model_stack,
    resolve_device,
)
from pipeline.summarize.modelspec import (
    ROLES,
    ApiSpec,
    ModelsConfig,
    ModelSpec,
    load_models_config,
    parse_models_config,
)

logger = logging.getLogger(__name__)

__all__ = [
    "ApiSpec",
    "CachedModel",
    "ModelSpec",
    "ModelsConfig",
    "describe_api",
    "describe_models",
    "is_cached",
    "list_cached",
    "load_models_config",
    "local_model_path",
    "missing_model_stack",
    "parse_models_config",
    "pull",
    "resolve_device",
]

# Formats the PyTorch backends never read: skipped by `pull` to save gigabytes.
_PULL_IGNORE = [
    "*.h5",
    "*.msgpack",
    "*.ot",
    "*.onnx",
    "onnx/*",
    "*.gguf",
    "*.tflite",
    "tf_model*",
    "flax_model*",
    "rust_model*",
    "openvino/*",
    "*.mlmodel",
]


class CachedModel(NamedTuple):
    id: str
    revision: str
    size: int  # bytes on disk


def pull(model_id: str, revision: str = "main", progress: bool = True) -> Path:
    """Download a model into the Hugging Face cache (with tqdm progress); returns its snapshot."""
    require_model_stack("models pull")
    if is_offline():
        raise SummarizationError(f"cannot pull {model_id!r}: HF_HUB_OFFLINE is set")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id  # type: ignore[attr-defined]
    from huggingface_hub.utils.tqdm import disable_progress_bars, enable_progress_bars

    try:  # a malformed id is bad input (exit 2), before any network
        validate_repo_id(model_id)
    except HFValidationError as exc:
        raise InputError(model_id, f"not a Hugging Face model id: {exc}") from None
    logger.info("pulling %s@%s into the Hugging Face cache", model_id, revision)
    if not progress:
        disable_progress_bars()
    try:
        path = snapshot_download(model_id, revision=revision, ignore_patterns=_PULL_IGNORE)
    except Exception as exc:  # network, auth, unknown repo: one clear message
        raise SummarizationError(f"could not pull model {model_id!r}@{revision}: {exc}") from exc
    finally:
        if not progress:
            enable_progress_bars()
    return Path(path)


def list_cached() -> list[CachedModel]:
    """Every model revision in the local Hugging Face cache (id, revision, size in bytes);
    none without the model stack."""
    if missing_model_stack():
        return []
    from huggingface_hub import constants, scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        # The cache path as it is now: scan_cache_dir's own default is bound at its import.
        info = scan_cache_dir(constants.HF_HUB_CACHE)
    except CacheNotFound:
        return []
    rows: list[CachedModel] = []
    for repo in sorted(info.repos, key=lambda r: r.repo_id):
        if repo.repo_type != "model":
            continue
        for rev in repo.revisions:
            name = ",".join(sorted(rev.refs)) or rev.commit_hash[:12]
            rows.append(CachedModel(repo.repo_id, name, rev.size_on_disk))
    return rows


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def describe_api(spec: ApiSpec) -> str:
    """The api backend's line of `models list` (endpoint, model, key variable; never the key)."""
    if not spec.base_url:
        return "  api           not configured (--backend api --api-base URL --model NAME)"
    key = "set" if os.environ.get(spec.api_key_env) else "not set"
    model = spec.model or "(no model: give --model NAME)"
    return f"  api           {model} at {spec.endpoint}  [key ${spec.api_key_env}: {key}]"


def describe_models(config: ModelsConfig | None = None) -> Iterator[str]:
    """Lines for `newsbrief models list`: the configured models and what the cache holds."""
    cfg = config or load_models_config()
    yield "configured:"
    for role in ROLES:
        spec = getattr(cfg, role)
        if spec is None:
            continue
        for model_id in spec.ids:
            state = "cached" if is_cached(model_id, spec.revision) else "not cached"
            yield f"  {role:<13} {model_id}@{spec.revision}  [{state}]"
    yield describe_api(cfg.api)
    rows = list_cached()
    yield f"in the local cache ({len(rows)}):"
    for row in rows:
        yield f"  {row.id}@{row.revision}  {_size(row.size)}"
