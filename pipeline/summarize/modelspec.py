"""configs/models.toml: the model of each role and the api endpoint, read and checked.

`ModelSpec` is one [models.<role>] table (a Hub id or a local path, where it runs, its
budgets), `ApiSpec` the [models.api] endpoint, `ModelsConfig` all of them; unknown roles and
keys, and values below their minimum, are ConfigErrors naming the file and the table.
`with_model` and `with_api` apply the --model and --api-base flags over them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.config import build, read_toml, shipped_config
from pipeline.errors import ConfigError

ROLES = ("llm", "translate", "translate_alt", "summarize")
DEVICES = ("auto", "cpu", "cuda", "mps")
DTYPES = ("auto", "float32", "float16", "bfloat16")


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
    max_reply_seconds: float = 1800.0  # a reply not over this long after its request: refused
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
    for name in ("timeout", "max_reply_seconds"):
        if not getattr(spec, name) > 0:
            raise ConfigError(where, f"{name}: must be > 0, got {getattr(spec, name)}")
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


def with_api(spec: ApiSpec, base_url: str | None, model: str | None) -> ApiSpec:
    """The api spec with the --api-base and --model flags applied (checked again)."""
    changed = replace(spec, base_url=base_url or spec.base_url, model=model or spec.model)
    return check_api_spec(changed, "--api-base")
