"""A small OpenAI-compatible chat server around a local chat model, on 127.0.0.1 in a thread.

`POST /v1/chat/completions` renders the messages with the model's chat template and runs
transformers `generate` (greedy, `max_tokens` new tokens) on the tiny test model: the api
backend's tests go through real generation, streamed as server-sent events (`data:` chunks,
a usage chunk when `stream_options.include_usage` is set, then `data: [DONE]`) or in one JSON
reply with `usage`. `faults` is a queue of misbehaviours served to the next requests, one
each: "429" (with `Retry-After: retry_after`), "slow" (silent for `slow_seconds`),
"garbage" (a 200 that is not JSON), "no-choices", "stream-garbage" (an SSE event that is not
JSON), "pings" (an event stream of keep-alive comments that never ends), "blanks" (a 200
whose JSON body is preceded by endless blanks), "huge" (a 200 of `huge_bytes` of one JSON
string), "echo-401" (a 401 quoting the Authorization header it got) and "reply" (the text of
`canned` as the assistant's message, for tests about what is done with a reply). With `key`
set, a request without `Authorization: Bearer KEY` gets a 401. Every request is logged in
`requests` as (monotonic time, headers, JSON body).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class ChatServer:
    """Serve `model_dir` as model `name` on an ephemeral loopback port; a context manager."""

    def __init__(self, model_dir: Path, *, name: str = "tiny", key: str | None = None) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.name = name
        self.key = key
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        self.model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True)
        self.model.eval()
        self.faults: list[str] = []
        self.canned = ""
        self.retry_after = "1"
        self.slow_seconds = 3.0
        self.huge_bytes = 9 * 1024 * 1024
        self.requests: list[tuple[float, dict[str, str], dict[str, Any]]] = []
        self._generate_lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> ChatServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)

    def generate(self, messages: list[dict[str, str]], max_tokens: int) -> tuple[list[int], int]:
        """Greedy generation: the new token ids and the prompt's length in tokens."""
        import torch

        text = self.tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=True
        )
        ids = self.tokenizer(text, add_special_tokens=False, return_tensors="pt").input_ids
        with self._generate_lock, torch.no_grad():
            out = self.model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=max_tokens,
                do_sample=False,
                pad_token_id=self.tokenizer.pad_token_id,
            )
        return out[0, ids.shape[1] :].tolist(), int(ids.shape[1])

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append((time.monotonic(), dict(self.headers.items()), body))
                if self.path != "/v1/chat/completions":
                    self._json(404, {"error": {"message": f"no route {self.path}"}})
                    return
                fault = server.faults.pop(0) if server.faults else ""
                if fault and fault != "reply" and server._fault(self, fault):
                    return
                if server.key and self.headers.get("Authorization") != f"Bearer {server.key}":
                    self._json(401, {"error": {"message": "missing or wrong API key"}})
                    return
                server._complete(self, body, fault == "reply")

            def _json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
                raw = json.dumps(data, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(raw)

        return Handler

    def _fault(self, handler: Any, fault: str) -> bool:
        """Serve one misbehaviour; True when the request is answered (or dropped)."""
        if fault == "429":
            handler._json(
                429, {"error": {"message": "rate limited"}}, {"Retry-After": self.retry_after}
            )
        elif fault == "slow":
            self._stopping.wait(self.slow_seconds)  # the client has given up by then
        elif fault == "garbage":
            raw = b"<html>upstream proxy error</html>"
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(raw)))
            handler.end_headers()
            handler.wfile.write(raw)
        elif fault == "no-choices":
            handler._json(200, {"object": "chat.completion", "choices": []})
        elif fault == "stream-garbage":
            self._sse(handler, [b"data: {not json\n\n"])
        elif fault in ("pings", "blanks"):
            handler.send_response(200)
            kind = "text/event-stream" if fault == "pings" else "application/json"
            handler.send_header("Content-Type", kind)
            handler.end_headers()
            beat = b": ping\n\n" if fault == "pings" else b" " * 64
            try:  # until the client hangs up (or the server stops)
                while not self._stopping.wait(0.02):
                    handler.wfile.write(beat)
                    handler.wfile.flush()
            except OSError:
                pass
        elif fault == "huge":
            raw = b'{"choices": "' + b"x" * self.huge_bytes + b'"}'
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(raw)))
            handler.end_headers()
            try:
                handler.wfile.write(raw)
            except OSError:
                pass
        elif fault == "echo-401":
            got = handler.headers.get("Authorization", "")
            handler._json(401, {"error": {"message": f"key rejected: {got}"}})
        else:
            raise AssertionError(f"unknown fault {fault!r}")
        return True

    def _complete(self, handler: Any, body: dict[str, Any], canned: bool) -> None:
        max_tokens = int(body.get("max_tokens") or 16)
        if canned:
            text = self.canned
            new_ids = self.tokenizer(text, add_special_tokens=False).input_ids
            _ids, prompt_tokens = self.generate(body["messages"], 1)
        else:
            new_ids, prompt_tokens = self.generate(body["messages"], max_tokens)
            text = self.tokenizer.decode(new_ids, skip_special_tokens=True)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(new_ids),
            "total_tokens": prompt_tokens + len(new_ids),
        }
        if not body.get("stream"):
            handler._json(
                200,
                {
                    "id": "chatcmpl-test",
                    "object": "chat.completion",
                    "model": self.name,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "length",
                        }
                    ],
                    "usage": usage,
                },
            )
            return
        events = [self._chunk({"role": "assistant", "content": ""})]
        done = ""
        for i in range(len(new_ids)):  # one event per token, as a server streams them
            so_far = self.tokenizer.decode(new_ids[: i + 1], skip_special_tokens=True)
            if canned:
                so_far = text[: len(text) * (i + 1) // len(new_ids)]
            if len(so_far) > len(done) and "\ufffd" not in so_far[len(done) :]:
                events.append(self._chunk({"content": so_far[len(done) :]}))
                done = so_far
        if done != text:
            events.append(self._chunk({"content": text[len(done) :]}))
        events.append(self._chunk({}, finish="length"))
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append(
                b"data: " + json.dumps({"choices": [], "usage": usage}).encode() + b"\n\n"
            )
        events.append(b"data: [DONE]\n\n")
        self._sse(handler, events)

    def _chunk(self, delta: dict[str, str], finish: str | None = None) -> bytes:
        data = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "model": self.name,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"

    @staticmethod
    def _sse(handler: Any, events: list[bytes]) -> None:
        """Server-sent events over HTTP/1.0: no length, the connection closes at the end."""
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.end_headers()
        for event in events:
            handler.wfile.write(event)
            handler.wfile.flush()
