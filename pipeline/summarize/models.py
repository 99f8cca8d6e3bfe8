"""Model specs (configs/models.toml), the local Hugging Face cache, pulls and loading checks.

Nothing here downloads by itself: `pull` is the one function that touches the network, and
only when the user asks for it (`newsbrief models pull ID`). Loading resolves a model to a
local directory first (a path, or a snapshot already in the cache), so an offline run with a
missing model fails at once with a message naming it, instead of retrying for ~23 s.
transformers, torch and huggingface_hub are imported inside functions: the CLI starts fast.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.config import build, read_toml, shipped_config
from pipeline.errors import ConfigError, InputError, SummarizationError

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

ROLES = ("llm", "translate", "translate_alt", "summarize")
DEVICES = ("auto", "cpu", "cuda", "mps")
DTYPES = ("auto", "float32", "float16", "bfloat16")
_WEIGHT_FILES = (
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
)
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
_OFFLINE_VALUES = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class ModelSpec:
    """One model of configs/models.toml: where it comes from, where it runs, its budgets."""

    id: str
    revision: str = "main"
    device: str = "auto"
    dtype: str = "auto"
    max_input_tokens: int = 4096
    max_new_tokens: int = 512
    note_max_new_tokens: int = 256
    do_sample: bool = False
    temperature: float = 0.3
    top_p: float = 0.9
    repetition_penalty: float = 1.0
    num_beams: int = 1
    batch_size: int = 8
    src_lang: str = "zh"
    tgt_lang: str = "fr"
    chain: tuple[str, ...] = ()  # further seq2seq models applied in turn (zh->en, en->fr)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every model this spec needs, in order."""
        return (self.id, *self.chain)


@dataclass(frozen=True)
class ApiSpec:
    """[models.api]: an OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama, TGI).

    `base_url` ends where `/chat/completions` is appended (`http://HOST:8000/v1`); `model` is
    the name the server serves. The key is read from the environment variable `api_key_env`
    at request time, never from a file. Budgets are counted with `tokenizer` (a Hub id or a
    local directory, cached) when set, else estimated and corrected by the endpoint's usage.
    """

    base_url: str = ""
    model: str = ""
    api_key_env: str = "NEWSBRIEF_API_KEY"
    tokenizer: str = ""
    stream: bool = True
    timeout: float = 300.0  # seconds to connect, and between two bytes of the reply
    retries: int = 3  # on connection errors, timeouts, 429, 502, 503, 504
    backoff: float = 2.0  # seconds, doubled after each further failure
    max_retry_after: float = 120.0  # a longer Retry-After is cut to this
    max_input_tokens: int = 6000
    max_new_tokens: int = 1200
    note_max_new_tokens: int = 320
    temperature: float = 0.0
    top_p: float = 1.0

    @property
    def id(self) -> str:
        """The served model's name (what budgets and messages call the model)."""
        return self.model

    @property
    def endpoint(self) -> str:
        """The chat completions URL."""
        return self.base_url.rstrip("/") + "/chat/completions"


@dataclass(frozen=True)
class ModelsConfig:
    """The [models.*] tables: the brief writer, the translator(s), an optional summarizer,
    and the HTTP endpoint of the api backend."""

    llm: ModelSpec
    translate: ModelSpec
    translate_alt: ModelSpec | None = None
    summarize: ModelSpec | None = None
    api: ApiSpec = ApiSpec()


class CachedModel(NamedTuple):
    id: str
    revision: str
    size: int  # bytes on disk


def _check_spec(spec: ModelSpec, where: str) -> ModelSpec:
    if spec.device.split(":")[0] not in DEVICES:
        raise ConfigError(
            where, f"device: expected one of {', '.join(DEVICES)}, got {spec.device!r}"
        )
    if spec.dtype not in DTYPES:
        raise ConfigError(where, f"dtype: expected one of {', '.join(DTYPES)}, got {spec.dtype!r}")
    for name in (
        "max_input_tokens",
        "max_new_tokens",
        "note_max_new_tokens",
        "num_beams",
        "batch_size",
    ):
        if getattr(spec, name) < 1:
            raise ConfigError(where, f"{name}: must be >= 1, got {getattr(spec, name)}")
    return spec


def check_api_spec(spec: ApiSpec, where: str) -> ApiSpec:
    """Refuse a base URL that is not http(s), and budgets or timeouts below their minimum."""
    if spec.base_url and not spec.base_url.startswith(("http://", "https://")):
        raise ConfigError(
            where, f"base_url: expected an http:// or https:// URL, got {spec.base_url!r}"
        )
    for name in ("max_input_tokens", "max_new_tokens", "note_max_new_tokens"):
        if getattr(spec, name) < 1:
            raise ConfigError(where, f"{name}: must be >= 1, got {getattr(spec, name)}")
    for name in ("retries", "backoff", "max_retry_after"):
        if getattr(spec, name) < 0:
            raise ConfigError(where, f"{name}: must be >= 0, got {getattr(spec, name)}")
    if spec.timeout <= 0:
        raise ConfigError(where, f"timeout: must be > 0, got {spec.timeout}")
    return spec


def _parse_api(table: Any, where: str) -> ApiSpec:
    if not isinstance(table, dict):
        raise ConfigError(where, "expected a table")
    if "api_key" in table:
        raise ConfigError(
            where,
            "api_key: secrets come only from the environment; name the variable in api_key_env",
        )
    return check_api_spec(build(ApiSpec, table, where), where)


def parse_models_config(data: Mapping[str, Any], where: str = "models.toml") -> ModelsConfig:
    """Build a ModelsConfig from the parsed TOML; unknown tables and keys are ConfigErrors."""
    if set(data) - {"models"}:
        raise ConfigError(
            where, f"unknown key(s): {', '.join(sorted(set(data) - {'models'}))}; allowed: models"
        )
    tables = data.get("models", {})
    unknown = sorted(set(tables) - {*ROLES, "api"})
    if unknown:
        raise ConfigError(
            where, f"unknown model role(s): {', '.join(unknown)}; allowed: {', '.join(ROLES)}, api"
        )
    specs: dict[str, Any] = {}
    if "api" in tables:
        specs["api"] = _parse_api(tables["api"], f"{where}: models.api")
    for role, table in tables.items():
        if role == "api":
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: models.{role}", "expected a table")
        specs[role] = _check_spec(
            build(ModelSpec, table, f"{where}: models.{role}"), f"{where}: models.{role}"
        )
    for role in ("llm", "translate"):
        if role not in specs:
            raise ConfigError(where, f"models.{role}: missing table")
    return ModelsConfig(**specs)


def load_models_config(path: Path | str | None = None) -> ModelsConfig:
    """The shipped configs/models.toml, or the file at `path`."""
    p = Path(path) if path is not None else shipped_config("models.toml")
    return parse_models_config(read_toml(p), str(p))


def with_model(spec: ModelSpec, id_or_path: str | None) -> ModelSpec:
    """The spec with its model replaced (the --model flag); a chain is dropped with it."""
    if not id_or_path:
        return spec
    return replace(spec, id=id_or_path, chain=())


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


def with_api(spec: ApiSpec, base_url: str | None, model: str | None) -> ApiSpec:
    """The api spec with the --api-base and --model flags applied (checked again)."""
    changed = replace(spec, base_url=base_url or spec.base_url, model=model or spec.model)
    return check_api_spec(changed, "--api-base")


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
