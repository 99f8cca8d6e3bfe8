"""Test-wide guards: no socket to anything but loopback, no Hub access, shared data location."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pgserver import PgServer, Unavailable, unavailable

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
    elif isinstance(address, (str, bytes)):
        return True  # AF_UNIX paths are local
    else:
        return False
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that connects a socket to anything but loopback."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to open a socket to {address!r} (loopback only)")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to open a socket to {address!r} (loopback only)")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)


@pytest.fixture(autouse=True, scope="session")
def _table_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tables kept between runs (pipeline.text.tablecache) go to a directory of this
    session, shared by its subprocesses, never the user's cache (a variable already set,
    the empty string included, is kept)."""
    if "NEWSBRIEF_CACHE_DIR" in os.environ:
        yield
        return
    os.environ["NEWSBRIEF_CACHE_DIR"] = str(tmp_path_factory.mktemp("table-cache"))
    yield
    del os.environ["NEWSBRIEF_CACHE_DIR"]


@pytest.fixture(autouse=True, scope="session")
def _crawl_loop_closed() -> Iterator[None]:
    """The asyncio loop of the suite's one in-process crawl closed once the suite is done.

    The first crawl of a process runs in it (spiders.run): Scrapy installs Twisted's asyncio
    reactor on a loop of this process, and that reactor never runs again (later crawls run in
    a child). Nothing closes that idle loop before the interpreter ends, where it would be
    reported as a ResourceWarning (an unclosed loop and its two self-pipe sockets) after the
    test summary."""
    yield
    reactor = sys.modules.get("twisted.internet.reactor")
    loop = getattr(reactor, "_asyncioEventloop", None)  # Twisted's AsyncioSelectorReactor
    if isinstance(loop, asyncio.AbstractEventLoop) and not loop.is_running():
        loop.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip where it is absent (a user's clone)."""
    if not SHARED.is_dir():
        pytest.skip(
            f"{SHARED} is absent: real pages and gold data are only in the team's workplace"
        )
    return SHARED


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server for the whole session, started on first use (tests/pgserver.py)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed (pip install -e '.[test]')")
    try:
        server = PgServer().start()
    except Unavailable as exc:
        unavailable(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty database on the session's server."""
    with pg_server.database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store to test on each backend: a SQLite file in tmp_path, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite3")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture(autouse=True)
def _no_stderr_handler_left() -> Iterator[None]:
    """`main()` installs its stderr handler on the root logger, on the stream of the test
    that called it (pytest's capture, closed after that test): removed after each test, so
    a later test that logs outside `main()` never writes to a closed file."""
    from pipeline.app.cli import HANDLER_NAME

    root = logging.getLogger()
    level = root.level
    yield
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(handler)
    root.setLevel(level)
