"""fuzz_cli.py's cases about WARC archives (truncated, gzip-corrupt, zero-length, not WARC,
a record with a lying Content-Length) and page directories (a manifest naming files out of
pages/, with a NUL, dates out of range)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

from fuzz_cases import BAD, RUN, Case, Setup, files

PAGE = (
    b"<html><head><title>Port news</title></head><body><article>"
    + (b"<p>The port of the city handled more ships than ever this year, officials said.</p>" * 8)
    + b"</article></body></html>"
)


def warc_record(url: str, body: bytes, *, lie: int = 0) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)) % 10**12:012d}-0000-0000-0000-000000000000>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + lie}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


GOOD = warc_record("http://127.0.0.1:9/a", PAGE) + warc_record("http://127.0.0.1:9/b", PAGE)
GZ = gzip.compress(warc_record("http://127.0.0.1:9/a", PAGE)) + gzip.compress(
    warc_record("http://127.0.0.1:9/b", PAGE)
)


def _corrupt(data: bytes) -> bytes:
    mid = len(data) // 3
    return data[:mid] + bytes(b ^ 0x5A for b in data[mid : mid + 40]) + data[mid + 40 :]


ARCHIVES: dict[str, tuple[str, bytes]] = {
    "zero-length": ("x.warc.gz", b""),
    "zero-length-plain": ("x.warc", b""),
    "not-warc": ("x.warc", b"hello, this is no archive\n" * 10),
    "not-warc-gz": ("x.warc.gz", gzip.compress(b"hello, this is no archive\n" * 10)),
    "html-as-warc": ("x.warc", PAGE),
    "truncated-gz": ("x.warc.gz", GZ[: len(GZ) - 30]),
    "truncated-plain": ("x.warc", GOOD[: len(GOOD) - 300]),
    "gzip-corrupt": ("x.warc.gz", _corrupt(GZ)),
    "gzip-header-only": ("x.warc.gz", GZ[:10]),
    "lying-length-long": ("x.warc", warc_record("http://127.0.0.1:9/a", PAGE, lie=5000)),
    "lying-length-short": ("x.warc", warc_record("http://127.0.0.1:9/a", PAGE, lie=-300) + GOOD),
    "lying-length-negative": ("x.warc", GOOD.replace(b"Content-Length: ", b"Content-Length: -", 1)),
    "lying-length-huge": (
        "x.warc",
        GOOD.replace(b"Content-Length: ", b"Content-Length: 99999999999999", 1),
    ),
    "length-not-number": ("x.warc", GOOD.replace(b"Content-Length: ", b"Content-Length: x", 1)),
    "header-junk": ("x.warc", b"WARC/1.0\r\n\x00\x01\x02: \xff\r\n\r\n" + GOOD),
    "url-junk": (
        "x.warc",
        warc_record("javascript:alert(1)", PAGE) + warc_record("http://[::1/", PAGE),
    ),
    "gz-then-junk": ("x.warc.gz", GZ + b"\x00" * 100),
    "binary": ("x.warc.gz", bytes(range(256)) * 40),
}


def _in_out(name: str, data: bytes) -> Setup:
    def setup(tmp: Path) -> None:
        (tmp / "out" / name).write_bytes(data)

    return setup


def _appended_or_kept(name: str, data: bytes) -> Callable[[Path], str | None]:
    """An archive appended to starts with what it held; readable records stay readable."""

    def check(tmp: Path) -> str | None:
        now = (tmp / "out" / name).read_bytes()
        return None if now.startswith(data) else f"out/{name} lost what it held"

    return check


def _loads_or_kept(name: str, kept: str) -> Callable[[Path], str | None]:
    """A story file replaced (--force) by one that loads, or left as it was."""

    def check(tmp: Path) -> str | None:
        import tomllib

        if not (tmp / "out" / name).exists():
            return f"out/{name} is gone"
        text = (tmp / "out" / name).read_text(encoding="utf-8")
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return f"out/{name} does not load: {exc}"
        return None if text == kept or "newsbrief story new" in text else "replaced by what?"

    return check


def _manifest(pages: object, extra: dict[str, bytes] | None = None) -> object:
    def setup(tmp: Path) -> None:
        d = tmp / "in" / "pd"
        (d / "pages").mkdir(parents=True)
        (d / "pages" / "a.html").write_bytes(PAGE)
        for name, data in (extra or {}).items():
            (d / "pages" / name).write_bytes(data)
        text = pages if isinstance(pages, str) else json.dumps(pages)
        (d / "manifest.json").write_text(text, encoding="utf-8")

    return setup


def _page(**over: object) -> dict[str, object]:
    return {"pages": [{"url": "http://127.0.0.1:9/a", "file": "a.html", "status": 200, **over}]}


PAGEDIRS: dict[str, object] = {
    "file-nul": _page(file="a\u0000.html"),
    "file-escape": _page(file="../../../../etc/passwd"),
    "file-abs": _page(file="/etc/passwd"),
    "file-dir": _page(file="."),
    "fetched-overflow": _page(fetched_at="9999-12-31T23:59:59-23:59"),
    "fetched-underflow": _page(fetched_at="0001-01-01T00:00:00+23:59"),
    "fetched-number": _page(fetched_at=1e300),
    "status-float": _page(status=200.5),
    "url-junk": _page(url="javascript:alert(1)"),
    "url-nul": _page(url="http://127.0.0.1:9/\u0000"),
    "headers-list": _page(headers=[["a", "b"]]),
    "not-json": "{pages: nope",
    "pages-object": '{"pages": {"a": 1}}',
    "deep": "[" * 100_000 + "]" * 100_000,
    "top-fetched-junk": {"fetched_at": "soon", **_page()},
}


def archive_cases() -> list[Case]:
    cases = []
    for name, (fname, data) in ARCHIVES.items():
        setup = files(**{fname.replace(".", "__"): data})
        cases.append(
            Case(
                f"warc/process-{name}",
                (
                    "process",
                    f"{{T}}/in/{fname}",
                    "--out",
                    "{T}/out/a.jsonl",
                    "--rejects",
                    "{T}/out/r.jsonl",
                ),
                BAD | {0, 3},
                needle=fname,
                setup=setup,
                group="warc",
            )
        )
        cases.append(
            Case(
                f"warc/replay-{name}",
                (
                    "crawl",
                    "--replay",
                    f"{{T}}/in/{fname}",
                    "--out",
                    "{T}/out/a.jsonl",
                    "http://127.0.0.1:9/a",
                ),
                BAD | {0, 3},
                needle=fname,
                setup=setup,
                group="warc",
            )
        )
        # appended to: in out/, as it changes (exit 0), or kept as it was (exit 2)
        cases.append(
            Case(
                f"warc/append-{name}",
                (*RUN, "--archive", f"{{T}}/out/{fname}"),
                BAD | {0},
                needle=fname,
                setup=_in_out(fname, data),
                group="warc",
                check=_appended_or_kept(fname, data),
            )
        )
    for name, pages in PAGEDIRS.items():
        cases.append(
            Case(
                f"pagedir/process-{name}",
                ("process", "{T}/in/pd", "--out", "{T}/out/a.jsonl"),
                BAD | {0, 3},
                needle="manifest.json",
                setup=_manifest(pages),
                group="pagedir",
            )
        )
        cases.append(
            Case(
                f"pagedir/replay-{name}",
                (
                    "crawl",
                    "--replay",
                    "{T}/in/pd",
                    "--out",
                    "{T}/out/a.jsonl",
                    "http://127.0.0.1:9/a",
                ),
                BAD | {0, 3},
                needle="manifest.json",
                setup=_manifest(pages),
                group="pagedir",
            )
        )
    cases.append(Case("pagedir/no-manifest", ("process", "{T}/in"), needle="in", group="pagedir"))
    return cases
