"""Run one crawl in a child process for the tests (the Twisted reactor cannot restart).

Reads a JSON request on stdin, calls spiders.run.crawl_request, prints the JSON result plus
`maxrss_kb` and `guard`: every attempt to connect to, or resolve, a non-loopback address,
which is refused here as the tests' conftest guard refuses it in the parent process. A
request's `dns` scripts the answers for made-up names (`lookups` lists those looked up);
its `site_modules` adds test-only sites to the registry. A request's `store_db` crawls with a
page handler instead (`stream_to_store`): each page is stored in that SQLite file as it
arrives; `handled` then lists, per page, its URL, whether the reactor was still running, and
how many articles the store held right after.
"""

from __future__ import annotations

import ipaddress
import json
import resource
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

VIOLATIONS: list[str] = []
LOOKUPS: list[str] = []  # hosts looked up through a scripted DNS answer


def _install_dns(script: dict[str, list[list[str]]]) -> None:
    """Answer names in `script` without any DNS: the n-th lookup of a host gets its n-th
    answer (the last one repeats), as a rebinding DNS server would; other names as before."""
    import spiders.resolver

    real = spiders.resolver.system_lookup
    calls: dict[str, int] = {}

    def scripted(host: str) -> list[str]:
        if host not in script:
            return real(host)
        LOOKUPS.append(host)
        n = calls[host] = calls.get(host, -1) + 1
        return list(script[host][min(n, len(script[host]) - 1)])

    spiders.resolver.system_lookup = scripted


def _loopback(host: Any) -> bool:
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _install_guard(no_sockets: bool) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(address: Any) -> None:
        if isinstance(address, tuple) and (no_sockets or not _loopback(address[0])):
            VIOLATIONS.append(f"connect {address!r}")
            raise OSError(f"test guard: connection to {address!r} refused")

    def connect(self: socket.socket, address: Any) -> Any:
        check(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        check(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if no_sockets or not _loopback(host):
            VIOLATIONS.append(f"resolve {host!r}")
            raise socket.gaierror(f"test guard: no DNS for {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]


def run_child(request: dict[str, Any], timeout: float = 90) -> dict[str, Any]:
    """Run `request` in a fresh interpreter (this file as a script); its JSON result."""
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, str(Path(__file__))],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise AssertionError(f"crawl child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def local_cfg(**overrides: Any) -> dict[str, Any]:
    """A crawl config for local tests: no delay, short timeout, few retries."""
    cfg: dict[str, Any] = {
        "download_delay": 0.0,
        "autothrottle": False,
        "timeout": 5.0,
        "retry_times": 2,
        "max_retry_after": 5.0,
        "concurrent_per_domain": 8,
    }
    cfg.update(overrides)
    return cfg


def _register_sites(modules: list[str]) -> None:
    """Add test-only sites (a module with a SPEC, e.g. tests.sites_fixture.example_daily) to
    the registry of this process, as the parent test did with monkeypatch."""
    import importlib

    from pipeline.sites import SITES

    for module in modules:
        spec = importlib.import_module(module).SPEC
        SITES[spec.name] = spec


def main() -> int:
    request = json.loads(sys.stdin.read())
    _install_guard(no_sockets=bool(request.pop("no_sockets", False)))
    _register_sites(request.pop("site_modules", []))
    twice = bool(request.pop("twice", False))
    dns = request.pop("dns", None)
    if dns:
        _install_dns(dns)
    from spiders.run import crawl_request

    store_db = request.pop("store_db", None)
    if store_db:
        out = stream_to_store(request, store_db, twice)
        twice = False
    else:
        out = crawl_request(request)
    if twice:  # the second crawl of a process: run.py must hand it to a child process
        out["second"] = crawl_request(request)
    out["maxrss_kb"] = _peak_rss_kb()
    out["guard"] = VIOLATIONS
    out["lookups"] = LOOKUPS
    json.dump(out, sys.stdout)
    return 0


def stream_to_store(request: dict[str, Any], db: str, twice: bool) -> dict[str, Any]:
    """Crawl with the app layer's page handler (PageStorer) and record each call. With
    `twice`, the crawl is the second of the process: it runs in a grandchild, streamed back."""
    from pipeline.app.steps import PageStorer
    from pipeline.storage.store import Store
    from spiders.run import _crawl_from_request, crawl_request, result_to_json

    if twice:
        crawl_request({**request, "urls": []})  # spends this process's reactor
    handled: list[dict[str, Any]] = []
    with Store(db) as store:
        storer = PageStorer(store)

        def on_page(page: Any) -> None:
            # Imported here: importing it first would install Twisted's default reactor.
            from twisted.internet import reactor

            storer(page)
            handled.append(
                {
                    "url": page.url,
                    "reactor_running": bool(reactor.running),  # type: ignore[attr-defined]
                    "stored": sum(1 for _ in store.articles()),
                }
            )

        result = _crawl_from_request(request, on_page)
        out = result_to_json(result)
        out["handled"] = handled
        out["counts"] = storer.outcome.counts
        out["stored"] = sum(1 for _ in store.articles())
    return out


def _peak_rss_kb() -> int:
    """This process's peak RSS. VmHWM belongs to the process image, so unlike ru_maxrss it
    does not carry over the parent's peak across fork + exec (a pytest process that has
    loaded torch would otherwise make every child look 230 MB big)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    raise SystemExit(main())
