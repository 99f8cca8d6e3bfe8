"""Politeness and safety against a local server: robots, Retry-After, retries, redirects,
size caps, a gzip bomb, a stalled response and the address guard (one crawl, many URLs)."""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from tests.crawl_child import local_cfg, run_child
from tests.httpserver import LocalServer, Reply

MB = 1024 * 1024
PAGE = b"<html><head><title>ok</title></head><body><p>A plain page written for tests.</p></body></html>"


def gzip_bomb(decompressed_mb: int) -> bytes:
    """A gzip body of `decompressed_mb` MB of zeros (about 1000x smaller on the wire)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(MB)
    parts = [comp.compress(chunk) for _ in range(decompressed_mb)]
    return b"".join(parts) + comp.flush()


class Stateful:
    """429 with Retry-After: 1 on the first hit, the page afterwards; hit times recorded."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        self.times.append(time.monotonic())
        first = len(self.times) == 1
        body = b"slow down" if first else PAGE
        h.send_response(429 if first else 200)
        if first:
            h.send_header("Retry-After", "1")
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


def streamed(total: int) -> Any:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")  # no Content-Length: the size is only seen live
        h.end_headers()
        block = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        try:
            for _ in range(total // len(block)):
                h.wfile.write(block)
        except OSError:
            pass  # the crawler hung up, as it should
        h.close_connection = True

    return handler


def stalled(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.write(b"<html><body><p>and then nothing")
    h.wfile.flush()
    time.sleep(4.0)


ROBOTS_PAD = b"# a site's long comment block, line after line of it\n" * 10_000  # ~530 KiB


def redirect(location: str) -> Reply:
    return Reply(302, {"Location": location, "Content-Type": "text/html"}, b"")


def routes(bomb: bytes, limited: Stateful) -> dict[str, Any]:
    r: dict[str, Any] = {
        # Rules past the first 500 KiB are not read (RFC 9309 2.5): the last line would
        # forbid /ok, which is fetched (test_plain_page_fetched_with_the_configured_user_agent)
        "/robots.txt": Reply(
            200,
            {"Content-Type": "text/plain"},
            b"User-agent: *\nDisallow: /private/\n" + ROBOTS_PAD + b"Disallow: /ok\n",
        ),
        "/ok": Reply(body=PAGE),
        "/private/secret": Reply(body=PAGE),
        "/limited": limited,
        "/fail": Reply(500, {"Content-Type": "text/plain"}, b"boom"),
        "/big": streamed(20 * MB),
        "/bomb": Reply(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb),
        "/stall": stalled,
        "/to-private": redirect("http://10.0.0.1/admin"),
        "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
    }
    for i in range(12):
        r[f"/loop/{i}"] = redirect(f"/loop/{i + 1}")
    return r


@pytest.fixture(scope="module")
def outcome() -> Iterator[dict[str, Any]]:
    limited = Stateful()
    with LocalServer(routes(gzip_bomb(256), limited)) as server:
        paths = [
            "/ok",
            "/private/secret",
            "/limited",
            "/fail",
            "/loop/0",
            "/big",
            "/bomb",
            "/stall",
            "/to-private",
            "/to-metadata",
        ]
        result = run_child(
            {
                "urls": [server.url(p) for p in paths],
                "crawl_cfg": local_cfg(
                    timeout=2.0, max_body_bytes=1 * MB
                ),  # generous: CI may be loaded
                "allow_loopback": True,
            }
        )
        yield {
            "result": result,
            "server": server,
            "limited": limited,
            "errors": {url.removeprefix(server.base): msg for url, msg in result["errors"]},
            "pages": {p["url"].removeprefix(server.base): p for p in result["pages"]},
        }


def test_plain_page_fetched_with_the_configured_user_agent(outcome: dict[str, Any]) -> None:
    assert outcome["pages"]["/ok"]["status"] == 200
    assert outcome["pages"]["/ok"]["site"] is None  # 127.0.0.1 is no known site: generic spider


def test_robots_disallow_obeyed(outcome: dict[str, Any]) -> None:
    assert outcome["server"].hits["/private/secret"] == 0
    # issue 12 item 8: a refusal by robots.txt is counted as disallowed, not as an error
    assert "/private/secret" not in outcome["errors"]
    disallowed = outcome["result"]["disallowed"]
    assert [u.removeprefix(outcome["server"].base) for u in disallowed] == ["/private/secret"]


def test_429_retry_after_waited_then_success(outcome: dict[str, Any]) -> None:
    times = outcome["limited"].times
    assert len(times) == 2
    assert times[1] - times[0] >= 0.9
    assert "/limited" in outcome["pages"]


def test_repeated_500_retried_then_reported(outcome: dict[str, Any]) -> None:
    assert outcome["server"].hits["/fail"] == 3  # retry_times=2
    assert outcome["errors"]["/fail"] == "HTTP 500"


def test_redirect_loop_stops(outcome: dict[str, Any]) -> None:
    hops = sum(n for path, n in outcome["server"].hits.items() if path.startswith("/loop/"))
    assert hops == 6  # the first request and five redirects
    assert "max redirections" in outcome["errors"]["/loop/0"]


def test_oversized_body_and_gzip_bomb_refused_memory_flat(outcome: dict[str, Any]) -> None:
    assert "/big" not in outcome["pages"] and "/bomb" not in outcome["pages"]
    assert "DOWNLOAD_MAXSIZE" in outcome["errors"]["/big"]
    assert "DOWNLOAD_MAXSIZE" in outcome["errors"]["/bomb"]
    assert outcome["result"]["maxrss_kb"] < 200 * 1024  # the bomb alone inflates to 256 MB


def test_stalled_response_times_out(outcome: dict[str, Any]) -> None:
    assert (
        "timeout" in outcome["errors"]["/stall"].lower()
        or "took longer" in outcome["errors"]["/stall"]
    )


@pytest.mark.parametrize(
    "path, address", [("/to-private", "10.0.0.1"), ("/to-metadata", "169.254.169.254")]
)
def test_redirect_to_private_address_refused_before_connecting(
    outcome: dict[str, Any], path: str, address: str
) -> None:
    assert f"refused address {address}" in outcome["errors"][path]
    assert outcome["result"]["guard"] == []  # no socket, no DNS lookup beyond loopback


def test_gzip_bomb_is_small_on_the_wire() -> None:
    bomb = gzip_bomb(8)
    assert len(bomb) < 20_000 and len(gzip.decompress(bomb)) == 8 * MB


# --- the address the connection uses: names resolved by the guarded resolver -------------

PUBLIC = "93.184.216.34"  # a globally routable answer; only ever checked, never connected to


def _rebind_dns() -> dict[str, list[list[str]]]:
    """Scripted answers: the middleware's lookup comes first, the connection's second."""
    return {
        "rebind.test": [[PUBLIC], ["127.0.0.1"]],
        "mixed.test": [[PUBLIC], ["10.0.0.1", "127.0.0.1"]],
        "hop.test": [[PUBLIC], ["169.254.169.254"]],
    }


def _names_crawl(allow_loopback: bool) -> Iterator[dict[str, Any]]:
    page = Reply(body=PAGE)
    with LocalServer({"/r": page, "/l": page, "/m": page, "/x": page, "/v6": page}) as server:
        port = server.base.rsplit(":", 1)[1]
        server.routes["/to-hop"] = redirect(f"http://hop.test:{port}/x")
        urls = [
            f"http://rebind.test:{port}/r",
            f"http://localhost:{port}/l",
            f"http://mixed.test:{port}/m",
            server.url("/to-hop"),
            "http://10.0.0.1/",
            f"http://[::1]:{port}/v6",
        ]
        result = run_child(
            {
                "urls": urls,
                "dns": _rebind_dns(),
                "allow_loopback": allow_loopback,
                "crawl_cfg": local_cfg(obey_robots=False, retry_times=0),
            }
        )
        yield {
            "result": result,
            "hits": server.hits,
            "errors": dict(map(tuple, result["errors"])),
            "pages": {p["url"] for p in result["pages"]},
            "port": port,
        }


@pytest.fixture(scope="module")
def names_refused() -> Iterator[dict[str, Any]]:
    yield from _names_crawl(allow_loopback=False)


@pytest.fixture(scope="module")
def names_allowed() -> Iterator[dict[str, Any]]:
    yield from _names_crawl(allow_loopback=True)


def test_rebinding_to_loopback_refused_at_connect_time(names_refused: dict[str, Any]) -> None:
    url = f"http://rebind.test:{names_refused['port']}/r"
    assert "at connect time" in names_refused["errors"][url]
    assert "refused address 127.0.0.1 (loopback)" in names_refused["errors"][url]
    assert names_refused["hits"]["/r"] == 0
    assert names_refused["result"]["lookups"].count("rebind.test") == 2  # check, then connect


def test_loopback_name_and_literals_refused_without_allow_loopback(
    names_refused: dict[str, Any],
) -> None:
    port, errors = names_refused["port"], names_refused["errors"]
    assert "refused address 127.0.0.1 (loopback)" in errors[f"http://localhost:{port}/l"]
    assert "refused address 10.0.0.1 (private)" in errors["http://10.0.0.1/"]
    assert "refused address ::1 (loopback)" in errors[f"http://[::1]:{port}/v6"]
    assert names_refused["pages"] == set() and sum(names_refused["hits"].values()) == 0
    assert names_refused["result"]["guard"] == []  # no socket, no DNS beyond loopback


def test_loopback_names_fetched_with_allow_loopback(names_allowed: dict[str, Any]) -> None:
    port = names_allowed["port"]
    assert {f"http://rebind.test:{port}/r", f"http://localhost:{port}/l"} <= names_allowed["pages"]
    assert names_allowed["hits"]["/r"] == 1 and names_allowed["hits"]["/l"] == 1
    # [::1] passes the guard here; the IPv4-only resolver (as Scrapy's default) cannot use it
    assert "refused address" not in names_allowed["errors"][f"http://[::1]:{port}/v6"]


def test_mixed_answer_connects_to_the_allowed_address_only(names_allowed: dict[str, Any]) -> None:
    assert f"http://mixed.test:{names_allowed['port']}/m" in names_allowed["pages"]
    assert names_allowed["hits"]["/m"] == 1
    assert names_allowed["result"]["guard"] == []  # 10.0.0.1 was never connected to


def test_redirect_hop_rebinding_to_metadata_refused(names_allowed: dict[str, Any]) -> None:
    error = names_allowed["errors"][f"http://127.0.0.1:{names_allowed['port']}/to-hop"]
    assert "refused address 169.254.169.254 (link-local)" in error and "hop.test" in error
    assert names_allowed["hits"]["/to-hop"] == 1 and names_allowed["hits"]["/x"] == 0
    assert "refused address 10.0.0.1 (private)" in names_allowed["errors"]["http://10.0.0.1/"]
