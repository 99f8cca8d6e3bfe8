"""A model on this machine, from disk into memory: never the network.

The model stack (the `newsbrief[models]` extra) installed or not; whether a model's config and
weights are in a local directory or the Hugging Face cache (`is_cached`); its local directory
(`local_model_path`), else a SummarizationError naming the `newsbrief models pull` command, so
an offline run with a missing model fails at once instead of retrying for ~23 s; then
`load_pretrained` on the device and dtype asked for, refusing a model whose weights did not all
load. transformers, torch and huggingface_hub are imported inside functions: the CLI starts
fast.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import ConfigError, SummarizationError

if TYPE_CHECKING:
    import torch

_WEIGHT_FILES = (
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
)
_OFFLINE_VALUES = ("1", "true", "yes", "on")


def is_offline(offline: bool = False) -> bool:
    """True when --offline was given or HF_HUB_OFFLINE is set."""
    return offline or os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in _OFFLINE_VALUES


def resolve_device(device: str = "auto") -> str:
    """ "auto" -> cuda, then mps, then cpu; any other value is returned as given."""
    if device != "auto":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def resolve_dtype(dtype: str) -> str | torch.dtype:
    """ "auto" stays "auto" (the checkpoint's dtype); other names become torch dtypes."""
    if dtype == "auto":
        return "auto"
    import torch

    resolved: torch.dtype = getattr(torch, dtype)
    return resolved


# The packages of the `newsbrief[models]` extra the llm and seq2seq backends need.
MODEL_STACK = ("torch", "transformers", "huggingface_hub")
MODELS_EXTRA = "pip install 'newsbrief[models]'"


def missing_model_stack() -> list[str]:
    """The packages of the model stack that are not installed (empty: the extra is there)."""
    return [name for name in MODEL_STACK if importlib.util.find_spec(name) is None]


def require_model_stack(what: str) -> None:
    """Raise ConfigError naming `what` and the extra when the model stack is not installed."""
    missing = missing_model_stack()
    if missing:
        raise ConfigError(
            what, f"needs the model stack ({', '.join(missing)} not installed): {MODELS_EXTRA}"
        )


def _is_local_dir(id_or_path: str) -> bool:
    return Path(id_or_path).expanduser().is_dir()


def _looks_like_path(id_or_path: str) -> bool:
    return id_or_path.startswith(("/", ".", "~")) or id_or_path.count("/") > 1


def _cached_file(repo_id: str, filename: str, revision: str) -> str | None:
    from huggingface_hub import try_to_load_from_cache
    from huggingface_hub.errors import HFValidationError

    try:
        found = try_to_load_from_cache(repo_id, filename, revision=revision)
    except HFValidationError:
        return None
    return found if isinstance(found, str) else None


def is_cached(id_or_path: str, revision: str = "main") -> bool:
    """True when the model's config and weights are on this machine; never uses the network.
    False without the model stack: no model can be loaded then."""
    if missing_model_stack():
        return False
    if _is_local_dir(id_or_path):
        return (Path(id_or_path).expanduser() / "config.json").is_file()
    if _looks_like_path(id_or_path) or _cached_file(id_or_path, "config.json", revision) is None:
        return False
    for name in _WEIGHT_FILES:
        found = _cached_file(id_or_path, name, revision)
        if found is None:
            continue
        if not name.endswith(".index.json"):
            return True
        shards = set(json.loads(Path(found).read_text(encoding="utf-8"))["weight_map"].values())
        return all(_cached_file(id_or_path, shard, revision) for shard in shards)
    return False


def missing_model_message(model_id: str, offline: bool) -> str:
    """What to tell a user whose model is not on this machine."""
    where = "a local directory or the Hugging Face cache"
    how = f"download it once with `newsbrief models pull {model_id}`"
    if offline:
        return (
            f"model {model_id!r} is not in {where}, and offline mode (--offline or "
            f"HF_HUB_OFFLINE=1) forbids downloading it: {how} on a machine with network access"
        )
    return f"model {model_id!r} is not in {where}: {how} (runs never download models by themselves)"


def local_model_path(id_or_path: str, revision: str = "main", *, offline: bool = False) -> Path:
    """A model's local directory (a path, or its cached snapshot); SummarizationError if absent."""
    if _is_local_dir(id_or_path):
        path = Path(id_or_path).expanduser()
        if not (path / "config.json").is_file():
            raise SummarizationError(f"model directory {str(path)!r} has no config.json")
        return path
    if not is_cached(id_or_path, revision):
        raise SummarizationError(missing_model_message(id_or_path, is_offline(offline)))
    from huggingface_hub import snapshot_download

    return Path(snapshot_download(id_or_path, revision=revision, local_files_only=True))


def check_loading_info(info: Mapping[str, Any], model_id: str) -> None:
    """Refuse a model whose weights did not all load (MODELS.md fact 5: silent random layers)."""
    missing = list(info.get("missing_keys") or [])
    if missing:
        shown = ", ".join(sorted(missing)[:5])
        raise SummarizationError(
            f"model {model_id!r} loaded with {len(missing)} missing weight(s) ({shown}): "
            "the checkpoint does not match its config or this transformers version"
        )


def load_pretrained(auto_class: Any, path: Path, model_id: str, dtype: str) -> Any:
    """`auto_class.from_pretrained` from a local directory, every weight checked."""
    try:
        model, info = auto_class.from_pretrained(
            path, dtype=resolve_dtype(dtype), local_files_only=True, output_loading_info=True
        )
    except (OSError, ValueError) as exc:  # bad config, unknown architecture, unreadable weights
        raise SummarizationError(f"model {model_id!r} ({path}) could not be loaded: {exc}") from exc
    check_loading_info(info, model_id)
    return model
