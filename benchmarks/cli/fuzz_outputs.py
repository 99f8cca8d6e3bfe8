"""fuzz_cli.py's cases about the store (not a database, another application's, a newer or
older schema, held by another process, read-only) and output paths (into /etc, through '..'
and links, a directory, a FIFO)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from fuzz_archives import GOOD, _in_out, _loads_or_kept
from fuzz_cases import BAD, DEMO, OK, RUN, Case, empty_replay, files

# --- the store ----------------------------------------------------------------------------


def _v1_store(path: Path) -> None:
    from pipeline.storage.store import MIGRATIONS

    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        conn.execute(sql)
    from pipeline.records import Article

    data = Article(
        url="http://127.0.0.1/old", title="Old", text="An old port article.", site="generic"
    ).to_dict()
    conn.execute(
        "INSERT INTO articles VALUES ('old1', 'http://127.0.0.1/old', "
        "'http://127.0.0.1/old', 'generic', 'h', NULL, ?, "
        "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')",
        (json.dumps(data),),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def _old_row_kept(tmp: Path) -> str | None:
    conn = sqlite3.connect(tmp / "out" / "s.sqlite3")
    try:
        n = conn.execute("SELECT count(*) FROM articles WHERE id = 'old1'").fetchone()[0]
    finally:
        conn.close()
    return None if n == 1 else "the older store's row was lost"


def _store(kind: str) -> object:
    def setup(tmp: Path) -> None:
        p = tmp / "in" / "s.sqlite3"
        if kind == "not-db":
            p.write_bytes(b"these are my notes, not a database\n" * 100)
        elif kind == "foreign":
            conn = sqlite3.connect(p)
            conn.execute("CREATE TABLE articles (x INTEGER)")
            conn.execute("INSERT INTO articles VALUES (42)")
            conn.commit()
            conn.close()
        elif kind == "newer":
            conn = sqlite3.connect(p)
            conn.execute("CREATE TABLE t (x)")
            conn.execute("PRAGMA user_version = 99")
            conn.commit()
            conn.close()
        elif kind == "truncated-db":
            _v1_store(p)
            data = p.read_bytes()
            p.write_bytes(data[: len(data) // 2])
        elif kind == "header-only":
            p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
        elif kind == "older":
            (tmp / "out").mkdir(exist_ok=True)
            _v1_store(tmp / "out" / "s.sqlite3")
        elif kind in ("locked", "read-only"):
            _v1_store(p)
            if kind == "read-only":
                if subprocess.run(["chattr", "+i", str(p)], capture_output=True).returncode:
                    raise SkipCase("chattr +i not allowed here")
            else:
                holder = subprocess.Popen(
                    [
                        sys.executable,
                        "-c",
                        "import sqlite3, sys, time\n"
                        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                        "c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); time.sleep(120)",
                        str(p),
                    ],
                    stdout=subprocess.PIPE,
                )
                assert holder.stdout is not None
                holder.stdout.readline()
                (tmp / "holder.pid").write_text(str(holder.pid))
                HOLDERS.append(holder)

    return setup


class SkipCase(Exception):
    pass


HOLDERS: list[subprocess.Popen[bytes]] = []


def _release(tmp: Path) -> str | None:
    pid = (tmp / "holder.pid").read_text()
    for h in HOLDERS:
        if str(h.pid) == pid:
            h.send_signal(signal.SIGTERM)
            h.wait()
    (tmp / "holder.pid").unlink()
    return None


def _unfreeze(tmp: Path) -> str | None:
    subprocess.run(["chattr", "-i", str(tmp / "in" / "s.sqlite3")], capture_output=True)
    return None


def store_cases() -> list[Case]:
    run = ("run", "zhipu-ipo", "--replay", DEMO, "--backend", "extractive", "--out", "{T}/out/o")
    cases = []
    for kind in ("not-db", "foreign", "newer", "truncated-db", "header-only"):
        for cmd, base in (
            ("run", run),
            (
                "crawl",
                ("crawl", "--replay", DEMO, "--out", "{T}/out/a.jsonl", "http://127.0.0.1:9/a"),
            ),
        ):
            cases.append(
                Case(
                    f"store/{cmd}-{kind}",
                    (*base, "--db", "{T}/in/s.sqlite3"),
                    needle="s.sqlite3",
                    setup=_store(kind),
                    group="store",
                )
            )
    cases.append(
        Case(
            "store/run-older",
            (*run, "--db", "{T}/out/s.sqlite3"),
            OK,
            setup=_store("older"),
            check=_old_row_kept,
            group="store",
        )
    )
    cases.append(
        Case(
            "store/run-locked",
            (*run, "--db", "{T}/in/s.sqlite3"),
            BAD | {1, 4},
            needle="s.sqlite3",
            setup=_store("locked"),
            check=_release,
            named_codes=frozenset({1, 2}),
            group="store",
            timeout=120,
        )
    )
    cases.append(
        Case(
            "store/run-read-only",
            (*run, "--db", "{T}/in/s.sqlite3"),
            BAD | {1},
            needle="s.sqlite3",
            setup=_store("read-only"),
            check=_unfreeze,
            named_codes=frozenset({1, 2}),
            group="store",
        )
    )
    return cases


# --- output paths -------------------------------------------------------------------------


def _out_setup(kind: str) -> object:
    def setup(tmp: Path) -> None:
        o = tmp / "out"
        if kind in ("fifo", "fifo-read"):
            os.mkfifo(o / "f")
        if kind == "fifo-read":  # a reader, as `newsbrief ... --archive >(gzip > a.gz)` has
            reader = subprocess.Popen(["cat", str(o / "f")], stdout=subprocess.DEVNULL)
            (tmp / "holder.pid").write_text(str(reader.pid))
            HOLDERS.append(reader)
        elif kind == "dir":
            (o / "d").mkdir()
        elif kind == "link-out":  # a link the user made to a folder elsewhere: written through
            (tmp / "elsewhere").mkdir()
            (o / "l").symlink_to(tmp / "elsewhere")
        elif kind == "loop":
            (o / "loop").symlink_to(o / "loop")
        elif kind == "file":
            (o / "f").write_text("x", encoding="utf-8")
        empty_replay(tmp)

    return setup


def output_cases() -> list[Case]:
    crawl = ("crawl", "--replay", DEMO, "http://127.0.0.1:9/a")
    cases = []
    rows = [
        ("run-out-etc-file", (*RUN[:-2], "--out", "/etc/passwd"), BAD | {1}, "/etc/passwd", ""),
        (
            "run-db-etc-dir",
            (*RUN[:4], "--backend", "extractive", "--out", "{T}/out/o", "--db", "/etc"),
            BAD | {1},
            "/etc",
            "",
        ),
        ("run-archive-etc-dir", (*RUN, "--archive", "/etc"), BAD | {1}, "/etc", ""),
        ("crawl-out-etc-dir", (*crawl, "--out", "/etc"), BAD | {1}, "/etc", ""),
        ("crawl-out-dir", (*crawl, "--out", "{T}/out/d"), BAD | {1}, "out/d", "dir"),
        ("crawl-out-loop", (*crawl, "--out", "{T}/out/loop"), BAD | {1}, "loop", "loop"),
        (
            "crawl-out-dotdot",
            (*crawl, "--out", "{T}/out/nodir/../../out/x.jsonl"),
            BAD | {0, 1, 3},
            "",
            "",
        ),
        (
            "crawl-out-parent-file",
            (*crawl, "--out", "{T}/out/f/x.jsonl"),
            BAD | {1},
            "out/f",
            "file",
        ),
        ("run-out-fifo", (*RUN[:-2], "--out", "{T}/out/f"), BAD | {1}, "out/f", "fifo"),
        (
            "run-db-fifo",
            (*RUN[:4], "--backend", "extractive", "--out", "{T}/out/o", "--db", "{T}/out/f"),
            BAD | {1},
            "out/f",
            "fifo",
        ),
        ("run-archive-fifo", (*RUN, "--archive", "{T}/out/f"), BAD | {0, 1}, "out/f", "fifo-read"),
        (
            "process-rejects-dir",
            ("process", DEMO, "--out", "{T}/out/a.jsonl", "--rejects", "{T}/out/d"),
            BAD | {1},
            "out/d",
            "dir",
        ),
        ("run-out-link-out", (*RUN[:-2], "--out", "{T}/out/l/sub"), BAD | {0, 1}, "", "link-out"),
        ("run-out-empty", (*RUN[:-2], "--out", ""), BAD | {1}, "", ""),
        (
            "story-new-out-dir",
            ("story", "new", "acme", "--keywords", "k", "--sites", "sohu", "--out", "{T}/out/d"),
            BAD | {1},
            "out/d",
            "dir",
        ),
        (
            "story-new-out-fifo",
            ("story", "new", "acme", "--keywords", "k", "--sites", "sohu", "--out", "{T}/out/f"),
            BAD | {1},
            "out/f",
            "fifo",
        ),
        (
            "story-new-out-etc",
            ("story", "new", "acme", "--keywords", "k", "--sites", "sohu", "--out", "/etc/passwd"),
            BAD,
            "/etc/passwd",
            "",
        ),
    ]
    for name, argv, codes, needle, kind in rows:
        cases.append(
            Case(
                f"out/{name}",
                argv,
                codes,
                needle=needle,
                setup=_out_setup(kind),
                named_codes=frozenset({1, 2}),
                group="outputs",
                timeout=30,
                check=_release if kind == "fifo-read" else None,
            )
        )
    keep = '# keep me\nid = "acme"\ntitle_hint = "A"\nkeywords = ["k"]\nsites = ["generic"]\n'
    cases.append(
        Case(
            "out/story-new-force-del-keyword",
            (
                "story",
                "new",
                "acme",
                "--keywords",
                "k\x7fz",
                "--sites",
                "sohu",
                "--out",
                "{T}/out/acme.toml",
                "--force",
            ),
            BAD | OK,
            needle="acme.toml",
            setup=_in_out("acme.toml", keep.encode()),
            group="outputs",
            check=_loads_or_kept("acme.toml", keep),
        )
    )
    cases.append(
        Case(
            "out/process-out-is-input",
            ("process", "{T}/in/x.warc", "--out", "{T}/in/x.warc"),
            needle="x.warc",
            setup=files(x__warc=GOOD),
            group="outputs",
        )
    )
    return cases
