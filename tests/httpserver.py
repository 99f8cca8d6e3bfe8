"""A tiny HTTP server for crawl tests, on 127.0.0.1 in a thread: routes map paths to replies.

A route is a `Reply` (status, headers, body) or a callable taking the request handler, for
slow, streamed or stateful answers. Every request path is logged in `server.hits`, its
headers in `server.requests`. A `Reply` with an ETag or Last-Modified answers conditional
GETs as a web server does (304, written here independently of the crawler's own rule).
`fault_routes()` gives the broken answers a crawl must survive: 500s, silence, a stall, a
truncated body, garbage bytes, a wrong charset, a body over 10 MiB.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    headers: Mapping[str, str] = field(
        default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"}
    )
    body: bytes = b""


Route = Reply | Callable[[BaseHTTPRequestHandler], None]
MB = 1024 * 1024


def _is_not_modified(route: Reply, request: Mapping[str, str]) -> bool:
    """RFC 9110 13.1.2 / 13.1.3: If-None-Match (weak comparison) first, else If-Modified-Since."""
    headers = {k.lower(): v for k, v in route.headers.items()}
    if_none_match = request.get("If-None-Match")
    if if_none_match is not None:
        mine = headers.get("etag", "").removeprefix("W/")
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return bool(mine) and mine in tags
    since, modified = request.get("If-Modified-Since"), headers.get("last-modified")
    if since is None or modified is None:
        return False
    return email.utils.parsedate_to_datetime(modified) <= email.utils.parsedate_to_datetime(since)


def send(h: BaseHTTPRequestHandler, reply: Reply) -> None:
    """Answer with `reply`: status, headers, Content-Length, body."""
    h.send_response(reply.status)
    for name, value in reply.headers.items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(reply.body)))
    h.end_headers()
    h.wfile.write(reply.body)


class LocalServer:
    """Serve `routes` on 127.0.0.1 (an ephemeral port); use as a context manager."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, request headers)
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.hits[self.path] += 1
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path)
                if route is None:
                    route = Reply(404, {"Content-Type": "text/plain"}, b"not found")
                if callable(route):
                    route(self)
                    return
                if route.status == 200 and _is_not_modified(route, dict(self.headers.items())):
                    self.send_response(304)
                    for name in ("ETag", "Last-Modified"):
                        if name in route.headers:
                            self.send_header(name, route.headers[name])
                    self.end_headers()
                    return
                send(self, route)

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a crawler hanging up on a refused body is expected here

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def headers_seen(self, path: str) -> list[dict[str, str]]:
        """The request headers of every request for `path`, in order."""
        return [headers for p, headers in self.requests if p == path]

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serve(routes: dict[str, Route]) -> Iterator[LocalServer]:
    """For fixtures: `yield from serve(routes)`."""
    with LocalServer(routes) as server:
        yield server


# --- faults ----------------------------------------------------------------------------------


def slowed(reply: Reply, seconds: float) -> Route:
    """`reply`, answered after `seconds` (a site slow enough for a crawl to last a while)."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        send(h, reply)

    return handler


def silent(seconds: float) -> Route:
    """Read the request, answer nothing for `seconds`, then hang up (no status line)."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        h.close_connection = True

    return handler


def stalled(seconds: float) -> Route:
    """Headers and a first chunk of a long body, then nothing for `seconds`."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"<html><body><p>and then nothing")
        h.wfile.flush()
        time.sleep(seconds)
        h.close_connection = True

    return handler


def truncated(declared: int, sent: bytes) -> Route:
    """Content-Length `declared`, fewer bytes sent, then the connection closed."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(declared))
        h.end_headers()
        h.wfile.write(sent)
        h.wfile.flush()
        h.close_connection = True

    return handler


def sized(total: int, chunk: int = 256 * 1024) -> Route:
    """A plain HTML page of exactly `total` bytes with its Content-Length, sent in chunks."""
    head, tail = b"<html><head><title>Big</title></head><body>", b"</body></html>"
    para = b"<p>" + b"A long page written for tests, line after line. " * 40 + b"</p>\n"

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(total))
        h.end_headers()
        left = total - len(head) - len(tail)
        try:
            h.wfile.write(head)
            while left > 0:
                block = (para * (chunk // len(para) + 1))[: min(chunk, left)]
                h.wfile.write(block)
                left -= len(block)
            h.wfile.write(tail)
        except OSError:
            pass  # the crawler hung up on a body over its cap, as it should

    return handler


def garbage_bytes(size: int, seed: int = 7) -> bytes:
    """Random bytes (seeded): what a broken proxy or a binary served as text/html looks like."""
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(size))


WRONG_CHARSET_TEXT = (
    "智能模型公司今天在本地交易所挂牌上市，首日股价表现平稳，投资者关注其后续研发投入与商业化进展。"
)


def wrong_charset_page() -> bytes:
    """A Chinese article page encoded in GBK (it will be served as UTF-8)."""
    paragraphs = "".join(f"<p>{WRONG_CHARSET_TEXT}</p>" for _ in range(10))
    title = "测试页面标题"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode("gbk")


def fault_routes(stall_seconds: float = 2.5) -> dict[str, Route]:
    """The fault routes, under /fault/: a 10 MB page (under the 10 MiB cap) at /fault/ten-mb,
    one over it at /fault/huge."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    return {
        "/fault/500": Reply(500, {"Content-Type": "text/plain"}, b"internal error"),
        "/fault/silent": silent(stall_seconds),
        "/fault/stall": stalled(stall_seconds),
        "/fault/truncated": truncated(5000, b"<html><body><p>" + b"half a page " * 80),
        "/fault/garbage": Reply(200, html, garbage_bytes(20_000)),
        "/fault/wrong-charset": Reply(200, html, wrong_charset_page()),
        "/fault/huge": sized(10 * MB + 512 * 1024),
        "/fault/ten-mb": sized(10_000_000),
    }
