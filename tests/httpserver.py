"""A tiny HTTP server for crawl tests, on 127.0.0.1 in a thread: routes map paths to replies.

A route is a `Reply` (status, headers, body) or a callable taking the request handler, for
slow, streamed or stateful answers. Every request path is logged in `server.hits`.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator, Mapping, Union


@dataclass
class Reply:
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    body: bytes = b""


Route = Union[Reply, Callable[[BaseHTTPRequestHandler], None]]


class LocalServer:
    """Serve `routes` on 127.0.0.1 (an ephemeral port); use as a context manager."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.hits[self.path] += 1
                route = server.routes.get(self.path)
                if route is None:
                    route = Reply(404, {"Content-Type": "text/plain"}, b"not found")
                if callable(route):
                    route(self)
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

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
