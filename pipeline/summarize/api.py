"""The api backend: any OpenAI-compatible chat endpoint writes the French brief over HTTP.

vLLM, llama.cpp's server, Ollama and TGI all serve `POST {base_url}/chat/completions`. The
prompts, budgets and map-reduce are the llm backend's (`pipeline.summarize.chat`); the draft
goes through the same Markdown parse, figure check and quality checks. Settings come from
[models.api] in configs/models.toml (see `ApiSpec`), `--api-base` and `--model`.

- Key: read from the environment variable `api_key_env` at each request and sent as
  `Authorization: Bearer`; it is never logged, and any message that quotes the server is
  scrubbed of it.
- Token counts: with `tokenizer` set, that local tokenizer on the chat template (exact);
  else an estimate (a Han character is one token, three other characters are one, plus a
  few per message), once the endpoint has answered scaled by the largest ratio its
  `usage.prompt_tokens` has shown against that estimate. Each step records the endpoint's
  own usage figures when it sends them.
- Timeouts and retries (urllib3's `Retry` under a requests session): connection errors, a
  server silent for `timeout` seconds, 429, 502, 503 and 504 are retried `retries` times
  (the first retry at once, then after `backoff` seconds, doubled each time); a Retry-After
  header is honoured instead (cut to `max_retry_after`). A stream cut midway is not retried.
- Bounds: a reply is read as it comes and refused past `MAX_REPLY_BYTES` or once
  `max_reply_seconds` have passed since its request (a stream of keep-alive pings, or of
  blanks before a JSON body, never ends by itself: `timeout` is only the silence allowed).
- Streaming (`stream = true`): server-sent events, `data:` chunks of `delta.content`, usage
  asked for with `stream_options.include_usage`.
A reply that is no chat completion, an HTTP error, or retries exhausted raise a
SummarizationError naming the endpoint (exit 1). `<think>` blocks are dropped.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.util.retry import Retry

from pipeline.errors import SummarizationError
from pipeline.summarize.chat import ChatSummarizer, Completion
from pipeline.summarize.modelload import local_model_path, require_model_stack
from pipeline.summarize.modelspec import ApiSpec
from pipeline.text.scripts import HAN

logger = logging.getLogger(__name__)

__all__ = ["ApiSummarizer", "estimate_tokens"]

_RETRIED_STATUSES = frozenset({429, 502, 503, 504})
_THINK = re.compile(r"<think>.*?</think>\s*", re.DOTALL)
_PER_MESSAGE = 8  # role markers and separators of a chat template, per message (generous)
# The longest reply read: a completion of max_new_tokens (1,200 tokens are a few kilobytes;
# streamed, one JSON event a token, under a megabyte) is far below it.
MAX_REPLY_BYTES = 8 * 1024 * 1024
_READ_ERRORS = (requests.RequestException, Urllib3Error, OSError)


class _CappedRetry(Retry):
    """urllib3's Retry, with a server's Retry-After cut to `max_retry_after` seconds."""

    max_retry_after: float = 120.0

    def new(self, **kw: Any) -> _CappedRetry:
        renewed = super().new(**kw)
        renewed.max_retry_after = self.max_retry_after
        return renewed

    def parse_retry_after(self, retry_after: str) -> float:
        return min(super().parse_retry_after(retry_after), self.max_retry_after)


def estimate_tokens(text: str) -> int:
    """A generous token count without the model's tokenizer: Han chars 1, other chars 1/3."""
    han = sum(1 for ch in text if HAN.match(ch))
    return han + (len(text) - han + 2) // 3


class ApiSummarizer(ChatSummarizer):
    """The `api` backend: chat completions from an OpenAI-compatible HTTP endpoint."""

    name = "api"
    translates = True

    def __init__(self, spec: ApiSpec, *, offline: bool = False) -> None:
        if not spec.base_url or not spec.model:
            raise SummarizationError(
                "--backend api needs an endpoint and a model: --api-base URL --model NAME "
                "(or base_url and model in [models.api] of configs/models.toml)"
            )
        super().__init__(spec)
        self.spec = spec
        self.model: str | None = spec.model
        self.offline = offline
        self._ratio = 0.0  # largest usage.prompt_tokens / estimate seen; 0: none yet
        self._tokenizer: Any = None
        self._session = _session(spec)
        self._deadline = 0.0  # when the reply being read must be done (`_post`)

    @property
    def label(self) -> str:
        return f"api {self.spec.model} at {self.spec.endpoint}"

    # ------------------------------------------------------------ token counts

    def _local_tokenizer(self) -> Any:
        if self._tokenizer is None and self.spec.tokenizer:
            require_model_stack("[models.api] tokenizer")
            from transformers import AutoTokenizer

            path = local_model_path(self.spec.tokenizer, offline=self.offline)
            self._tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        return self._tokenizer

    def _estimate(self, messages: Sequence[dict[str, str]]) -> int:
        return sum(estimate_tokens(m["content"]) + _PER_MESSAGE for m in messages) + _PER_MESSAGE

    def _scaled(self, estimate: int) -> int:
        return math.ceil(estimate * self._ratio) if self._ratio else estimate

    def count_tokens(self, messages: Sequence[dict[str, str]]) -> int:
        """Prompt tokens: by the local tokenizer when configured, else the calibrated estimate."""
        tokenizer = self._local_tokenizer()
        if tokenizer is not None:
            from pipeline.summarize.llm import count_chat_tokens

            return count_chat_tokens(tokenizer, messages)
        return self._scaled(self._estimate(messages))

    def length(self, text: str) -> int:
        """A text's tokens: by the local tokenizer when configured, else the calibrated estimate."""
        tokenizer = self._local_tokenizer()
        if tokenizer is not None:
            return len(tokenizer(text, add_special_tokens=False).input_ids)
        return self._scaled(estimate_tokens(text))

    def _calibrate(self, messages: Sequence[dict[str, str]], prompt_tokens: int) -> None:
        ratio = prompt_tokens / max(1, self._estimate(messages))
        if ratio > self._ratio:
            if self._ratio:
                logger.info("api: token estimate scaled by %.2f (endpoint usage)", ratio)
            self._ratio = ratio

    # ------------------------------------------------------------ completions

    def payload(self, messages: list[dict[str, str]], max_new_tokens: int) -> dict[str, Any]:
        """The request body: model, messages, budgets and sampling, streaming when configured."""
        body: dict[str, Any] = {
            "model": self.spec.model,
            "messages": messages,
            "max_tokens": max_new_tokens,
            "temperature": self.spec.temperature,
            "top_p": self.spec.top_p,
            "stream": self.spec.stream,
        }
        if self.spec.stream:
            body["stream_options"] = {"include_usage": True}
        return body

    def complete(self, messages: list[dict[str, str]], max_new_tokens: int) -> Completion:
        """One chat completion from the endpoint (streamed or not), with its token counts."""
        body = self.payload(messages, max_new_tokens)
        response = self._post(body)
        with response:
            text, usage = self._read_stream(response) if self.spec.stream else self._read(response)
        text = _THINK.sub("", text).strip()
        prompt_tokens = _usage(usage, "prompt_tokens")
        if prompt_tokens is not None and self._local_tokenizer() is None:
            self._calibrate(messages, prompt_tokens)
        new_tokens = _usage(usage, "completion_tokens")
        return Completion(
            text,
            prompt_tokens if prompt_tokens is not None else self.count_tokens(messages),
            new_tokens if new_tokens is not None else self.length(text),
        )

    def _headers(self) -> dict[str, str]:
        key = os.environ.get(self.spec.api_key_env, "").strip()
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _fail(self, what: str) -> SummarizationError:
        key = os.environ.get(self.spec.api_key_env, "").strip()
        if key:
            what = what.replace(key, "***")
        return SummarizationError(f"{self.label}: {what}")

    def _post(self, body: dict[str, Any]) -> requests.Response:
        timeout = (self.spec.timeout, self.spec.timeout)
        self._deadline = time.monotonic() + self.spec.max_reply_seconds
        try:
            response = self._session.post(
                self.spec.endpoint,
                json=body,
                headers=self._headers(),
                timeout=timeout,
                stream=True,  # read by `_chunks`, within its bounds
            )
        except requests.RequestException as exc:
            raise self._fail(
                f"no reply after {self.spec.retries + 1} attempt(s): {_reason(exc)}"
            ) from None
        if response.status_code != 200:
            tried = self.spec.retries + 1 if response.status_code in _RETRIED_STATUSES else 1
            snippet = _head(response)
            response.close()
            raise self._fail(
                f"HTTP {response.status_code} after {tried} attempt(s)"
                + (f": {snippet}" if snippet else "")
            )
        return response

    def _read(self, response: requests.Response) -> tuple[str, Any]:
        try:
            raw = b"".join(self._chunks(response))
        except _READ_ERRORS as exc:
            raise self._fail(f"the reply broke off: {_reason(exc)}") from None
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise self._fail(f"malformed reply (not JSON): {_reason(exc)}") from None
        return self._message_text(data, "message"), _get(data, "usage")

    def _chunks(self, response: requests.Response) -> Iterator[bytes]:
        """The reply's bytes as they arrive (content-decoded), refused past MAX_REPLY_BYTES
        or `max_reply_seconds` after the request was sent."""
        size = 0
        while chunk := response.raw.read1(65536, decode_content=True):
            size += len(chunk)
            if size > MAX_REPLY_BYTES:
                raise self._fail(f"reply over {MAX_REPLY_BYTES} bytes: not read further")
            if time.monotonic() > self._deadline:
                raise self._fail(
                    f"reply not finished {self.spec.max_reply_seconds:g} s after the request "
                    "(max_reply_seconds)"
                )
            yield chunk

    def _read_stream(self, response: requests.Response) -> tuple[str, Any]:
        parts: list[str] = []
        usage: Any = None
        try:
            for data in self._events(response):
                if _get(data, "usage"):
                    usage = data["usage"]
                if _get(data, "choices"):
                    parts.append(self._message_text(data, "delta", streamed=True))
        except _READ_ERRORS as exc:
            raise self._fail(f"the stream broke off: {_reason(exc)}") from None
        return "".join(parts), usage

    def _events(self, response: requests.Response) -> Iterator[Any]:
        """The JSON objects of a server-sent event stream, up to `data: [DONE]`."""
        seen_any = False
        for raw in _lines(self._chunks(response)):
            line = raw.decode("utf-8", "replace").strip()
            if not line.startswith("data:"):
                continue  # blank separators, comments (": ping"), event names
            data = line[5:].strip()
            if data == "[DONE]":
                return
            try:
                event = json.loads(data)
            except ValueError:
                raise self._fail(
                    f"malformed reply (stream event not JSON): {data[:200]!r}"
                ) from None
            if _get(event, "error"):
                raise self._fail(f"the server reported an error: {str(event['error'])[:300]}")
            seen_any = True
            yield event
        if not seen_any:
            raise self._fail("malformed reply: a stream with no data events")

    def _message_text(self, data: Any, field: str, *, streamed: bool = False) -> str:
        """`choices[0].message.content` (or `.delta.content` in a stream), checked."""
        choices = _get(data, "choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise self._fail(f"malformed reply (no choices): {json.dumps(data)[:200]}")
        message = choices[0].get(field)
        if not isinstance(message, dict):
            raise self._fail(
                f"malformed reply (no {field} in choices[0]): {json.dumps(data)[:200]}"
            )
        content = message.get("content")
        if content is None and streamed:
            return ""  # a role-only or finishing chunk
        if not isinstance(content, str):
            raise self._fail(f"malformed reply ({field}.content is not text): {content!r:.200}")
        return content


def _session(spec: ApiSpec) -> requests.Session:
    retry = _CappedRetry(
        total=spec.retries,
        connect=spec.retries,
        read=spec.retries,
        status=spec.retries,
        other=0,
        allowed_methods=frozenset({"POST"}),
        status_forcelist=_RETRIED_STATUSES,
        backoff_factor=spec.backoff / 2,  # urllib3: 0, then factor * 2**(n-1) before retry n
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    retry.max_retry_after = spec.max_retry_after
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The lines of a byte stream (LF, CRLF or CR ends, as server-sent events allow)."""
    rest = b""
    for chunk in chunks:
        lines = (rest + chunk).splitlines(keepends=True)
        rest = lines.pop() if lines and not lines[-1].endswith((b"\n", b"\r")) else b""
        yield from lines
    if rest:
        yield rest


def _head(response: requests.Response, limit: int = 300) -> str:
    """The start of an error reply's body, for its message (not the rest of it)."""
    try:
        raw: bytes = response.raw.read1(4 * limit, decode_content=True)
    except _READ_ERRORS:
        return ""
    return raw.decode("utf-8", "replace")[:limit].strip()


def _get(data: Any, key: str) -> Any:
    return data.get(key) if isinstance(data, dict) else None


def _usage(usage: Any, key: str) -> int | None:
    value = _get(usage, key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _reason(exc: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, in one line."""
    reason: BaseException = exc
    while True:
        inner = getattr(reason, "reason", None) or (reason.args[0] if reason.args else None)
        if not isinstance(inner, BaseException) or inner is reason:
            break
        reason = inner
    return f"{type(reason).__name__}: {reason}"[:300]
