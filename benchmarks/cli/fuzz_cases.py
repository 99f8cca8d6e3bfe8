"""The cases of fuzz_cli.py: each a command line, the files it is handed (`setup`, written
under the case's folder `{T}`: inputs in `{T}/in`, outputs allowed in `{T}/out`), the exit
codes it may end with and what the last line of stderr must name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = str(ROOT / "pipeline" / "demo")
BAD = frozenset({2})
Setup = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    id: str
    argv: tuple[str | bytes, ...]
    codes: frozenset[int] = BAD
    needle: str = ""  # what the last stderr line must hold when the exit is in named_codes
    setup: Setup | None = None
    check: Callable[[Path], str | None] | None = None
    stdin: bytes | None = None
    timeout: float = 90
    named_codes: frozenset[int] = BAD
    group: str = field(default="")


STORY = 'id = "port"\ntitle_hint = "Port"\nkeywords = ["port"]\nsites = ["generic"]\n'
OUT = ("--db", "{T}/out/s.sqlite3", "--out", "{T}/out/o")
RUN = ("run", "zhipu-ipo", "--replay", DEMO, "--backend", "extractive", *OUT)
OK = frozenset({0})


def files(**named: str | bytes) -> Setup:
    """A setup writing in/NAME for each keyword (dots as `__`: `story__toml`)."""

    def setup(tmp: Path) -> None:
        for name, content in named.items():
            path = tmp / "in" / name.replace("__", ".")
            path.parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            path.write_bytes(data)

    return setup


def both(*setups: Setup) -> Setup:
    def setup(tmp: Path) -> None:
        for s in setups:
            s(tmp)

    return setup


def empty_replay(tmp: Path) -> None:
    (tmp / "in" / "replay" / "pages").mkdir(parents=True)
    (tmp / "in" / "replay" / "manifest.json").write_text('{"pages": []}', encoding="utf-8")


def nothing_outside_out(tmp: Path) -> str | None:
    """No file made in the case's folder but under out/ and work/ (and the inputs)."""
    allowed = {"in", "out", "guard", "work", "etc-view"}
    extra = sorted(p.name for p in tmp.iterdir() if p.name not in allowed)
    return f"made outside out/: {extra}" if extra else None


# --- numbers, empties, bytes and lengths in every option --------------------------------

ODD_VALUES: tuple[tuple[str, str | bytes], ...] = (
    ("empty", ""),
    ("negative", "-1"),
    ("nan", "nan"),
    ("inf", "inf"),
    ("huge", "1e309"),
    ("bytes", b"\xff\xfe\x80bad"),
    ("long", "x" * 100_000),
    # relative to the case's work/ folder, and never out of the case's folder: an output
    # option given "../../../../etc/passwd" replaced it (as asked: the user names outputs)
    ("dots", "../out/x/../../out/dotted"),
    ("winsep", "..\\..\\evil"),
)


def option_cases() -> list[Case]:
    """Every value option of the commands that read it, given each odd value."""
    cases: list[Case] = []
    path_opts: dict[str, tuple[tuple[str | bytes, ...], tuple[str, ...]]] = {
        "run": (RUN, ("--db", "--out", "--archive", "--config", "--replay", "--model")),
        "crawl": (
            ("crawl", "--replay", "{T}/in/replay", "http://127.0.0.1:9/a"),
            ("--out", "--db", "--archive", "--config", "--input", "--feed", "--sitemap"),
        ),
        "process": (("process", DEMO), ("--out", "--rejects")),
        "extract": (("extract", "{T}/in/p.html"), ("--url",)),
        "worker": (("worker", "--frontier", "redis://127.0.0.1:9/0"), ("--idle", "--config")),
    }
    fine_when = {("extract", "--url"), ("run", "--model"), ("worker", "--idle")}
    for cmd, (base, opts) in path_opts.items():
        for opt in opts:
            for name, value in ODD_VALUES:
                codes = BAD | ({0, 3} if (cmd, opt) in fine_when else frozenset())
                if opt in ("--out", "--db", "--archive", "--rejects") and name != "empty":
                    codes = BAD | {0, 1, 3}  # a name like any other; an unwritable one exit 1
                if cmd == "worker":
                    codes = codes | {1, 5}
                cases.append(
                    Case(
                        f"opt/{cmd}{opt}={name}",
                        (*base, opt, value),
                        codes,
                        needle="",
                        setup=both(empty_replay, files(p__html="<p>port</p>" * 30)),
                        check=nothing_outside_out,
                        group="options",
                        timeout=60,
                    )
                )
    for name, value in ODD_VALUES:
        cases.append(
            Case(
                f"opt/run-story={name}",
                ("run", value, "--replay", DEMO, *OUT),
                needle="" if isinstance(value, bytes) else value[:50],
                group="options",
            )
        )
        cases.append(
            Case(
                f"opt/story-new-id={name}",
                ("story", "new", value, "--keywords", "port", "--sites", "sohu"),
                BAD | OK,  # "nan", "inf" and "1e309" are story ids (letters and digits)
                group="options",
                check=nothing_outside_out,
            )
        )
        cases.append(
            Case(
                f"opt/story-new-keyword={name}",
                ("story", "new", "acme", "--keywords", value, "--sites", "sohu"),
                codes=BAD | OK,
                group="options",
            )
        )
        cases.append(
            Case(
                f"opt/eval-corpus={name}",
                ("eval", "extraction", value),
                group="options",
            )
        )
    return cases


def all_cases() -> list[Case]:
    from fuzz_files import file_cases

    return option_cases() + file_cases()
