"""Attack the `newsbrief` command as a hostile or careless user would, and say what broke.

Each case (benchmarks/cli/fuzz_cases.py) runs the real CLI in a child process
(`python -m pipeline.app.cli ...`), offline, in a folder of its own: `in/` holds the inputs it
is handed, `out/` is where it may write, `guard/` holds files nothing may touch. A case
passes when

* the exit code is one it allows (2 for bad input, 1 for an output that cannot be written,
  0 where the input is legitimately fine);
* on exit 2 (and 1 where the case says so), the last line of stderr names the input
  (`needle`) and is one of ours (``newsbrief: ...``);
* no ``Traceback`` and no ``internal error`` shows on stdout or stderr;
* `in/` and `guard/` are unchanged byte for byte (nothing stored is lost, nothing outside
  the output written);
* /etc is unchanged: as root, each case runs in a mount namespace of its own (`unshare -m`)
  whose /etc is a copy, compared after the case (a case naming /etc could otherwise replace
  a system file: an output option is the user's to point anywhere, and an early version of
  this harness, giving one "../../../../etc/passwd", emptied the machine's). Where there is
  no such namespace, the cases naming /etc are left out;
* the case's own check (a store's rows kept, no file made outside `out/`) holds.

Network: none. Crawls replay a page directory or an archive; the only servers a case names
are on loopback, on a port nothing listens on (9).

    python benchmarks/cli/fuzz_cli.py [--only SUBSTRING ...] [--jobs 2] [--json] [--list]

prints one line per failing case and a table per group; exit 1 when a case failed. The
whole matrix (541 cases) takes 8 to 10 minutes on 2 shared cores: run it in four parts of
about 2 to 3 minutes, `--only opt/`, `--only config/ story/`, `--only urls/ cmd/` and
`--only warc/ pagedir/ store/ out/`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_cases import Case, all_cases  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def tree_digest(path: Path) -> dict[str, str]:
    """Every entry under `path` (never following links) and what it holds."""
    seen: dict[str, str] = {}
    if not os.path.lexists(path):
        return seen
    for dirpath, dirnames, filenames in os.walk(path):
        for name in sorted(dirnames + filenames):
            full = Path(dirpath, name)
            rel = os.fsencode(full.relative_to(path)).hex()
            st = full.lstat()
            if full.is_symlink():
                seen[rel] = "link:" + os.readlink(full)
            elif full.is_file():
                with full.open("rb") as fh:
                    seen[rel] = hashlib.sha256(fh.read(1 << 26)).hexdigest()
            else:
                seen[rel] = f"mode:{st.st_mode:o}"
    return seen


def _etc_view() -> dict[str, str]:
    """The digest of /etc when each case can run in a mount namespace of its own whose /etc
    is a copy (`unshare -m`, as root): a case naming /etc then never writes the real one,
    and its copy is compared with itself before the case (the real one may change meanwhile:
    a package installed). Empty when it cannot: the cases naming /etc are then left out."""
    try:
        done = subprocess.run(["unshare", "-m", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    return tree_digest(Path("/etc")) if done.returncode == 0 else {}


ETC_VIEW: dict[str, str] = {}


def names_etc(case: Case) -> bool:
    return any(b"/etc" in (a if isinstance(a, bytes) else a.encode()) for a in case.argv)


def etc_digest() -> dict[str, tuple[int, int]]:
    """/etc's top names with their size and change time: a write into it shows."""
    out = {}
    for entry in os.scandir("/etc"):
        st = entry.stat(follow_symlinks=False)
        out[entry.name] = (st.st_size, st.st_mtime_ns)
    return out


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
    env.update(
        HF_HOME=str(tmp / "hf"),
        HF_HUB_OFFLINE="1",
        PYTHONPATH=str(ROOT),
        NO_PROXY="*",
        NEWSBRIEF_DB=str(tmp / "out" / "default.sqlite3"),
    )
    return env


def _expand(arg: str | bytes, tmp: Path) -> str | bytes:
    if isinstance(arg, bytes):
        return arg.replace(b"{T}", os.fsencode(tmp))
    return arg.replace("{T}", str(tmp))


def _skipped(case: Case, tmp: Path, reason: str) -> dict[str, Any]:
    """The result of a case not run: this machine cannot set it up, or no run to judge."""
    return {
        "id": case.id,
        "group": case.group,
        "code": None,
        "seconds": 0,
        "last": "",
        "problems": [],
        "skipped": reason,
        "dir": str(tmp),
    }


def run_case(case: Case, base: Path) -> dict[str, Any]:
    """Run one case in a fresh folder; the problems found (none: it passed)."""
    tmp = Path(tempfile.mkdtemp(prefix=case.id[:40].replace("/", "_") + ".", dir=base))
    for sub in ("in", "out", "guard", "work"):
        (tmp / sub).mkdir()
    (tmp / "guard" / "keep.txt").write_text("nothing may touch this\n", encoding="utf-8")
    if case.setup is not None:
        try:
            case.setup(tmp)
        except Exception as exc:  # noqa: BLE001 - a case this machine cannot set up
            if type(exc).__name__ != "SkipCase":
                raise
            return _skipped(case, tmp, str(exc))
    before = {sub: tree_digest(tmp / sub) for sub in ("in", "guard")}
    argv = [sys.executable, "-m", "pipeline.app.cli", *(_expand(a, tmp) for a in case.argv)]
    etc_before: dict[str, str] = {}
    if ETC_VIEW:  # the child sees a copy of /etc: a write "into /etc" lands there, and shows
        shutil.copytree("/etc", tmp / "etc-view", symlinks=True, ignore_dangling_symlinks=True)
        etc_before = tree_digest(tmp / "etc-view")
        argv = [
            "unshare",
            "-m",
            "sh",
            "-c",
            'mount --bind "$0" /etc && exec "$@"',
            str(tmp / "etc-view"),
            *argv,
        ]
    started = time.monotonic()
    problems: list[str] = []
    try:
        done = subprocess.run(
            [os.fsencode(a) if isinstance(a, str) else a for a in argv],
            input=case.stdin,
            capture_output=True,
            env=_env(tmp),
            cwd=tmp / "work",
            timeout=case.timeout,
        )
        code, out, err = done.returncode, done.stdout, done.stderr
    except OSError as exc:  # an argument over the kernel's limit: no run to judge
        return _skipped(case, tmp, str(exc))
    except subprocess.TimeoutExpired as exc:
        code, out, err = -1, exc.stdout or b"", exc.stderr or b""
        problems.append(f"hung: no exit within {case.timeout:g} s")
    seconds = time.monotonic() - started
    text_out = out.decode("utf-8", "replace")
    text_err = err.decode("utf-8", "replace")
    lines = text_err.strip().splitlines()
    last = lines[-1] if lines else ""
    if last.startswith("{"):  # --log-format json: the line's message
        try:
            last = str(json.loads(last).get("message", last))
        except ValueError:
            problems.append("the last line of stderr is no JSON record")
    if code not in case.codes and code != -1:
        problems.append(f"exit {code}, expected {sorted(case.codes)}")
    for name, text in (("stdout", text_out), ("stderr", text_err)):
        if "Traceback" in text:
            problems.append(f"a traceback on {name}")
        if "internal error" in text:
            problems.append(f"an internal error on {name}")
    if code in case.named_codes:
        needle = case.needle.replace("{T}", str(tmp))
        if not last.startswith("newsbrief"):
            problems.append("the last line of stderr is not ours")
        if needle and needle not in last:
            problems.append(f"the last line does not name {needle!r}")
    for sub, digest in before.items():
        if tree_digest(tmp / sub) != digest:
            problems.append(f"{sub}/ changed")
    if ETC_VIEW and tree_digest(tmp / "etc-view") != etc_before:
        problems.append("wrote into /etc (a copy: the real one is untouched)")
    shutil.rmtree(tmp / "etc-view", ignore_errors=True)
    if case.check is not None:
        try:
            problem = case.check(tmp)
        except Exception as exc:  # noqa: BLE001 - what the command left is no state to check
            problem = f"its check failed: {type(exc).__name__}: {exc}"
        if problem:
            problems.append(problem)
    if not problems and not os.environ.get("FUZZ_KEEP"):
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "id": case.id,
        "group": case.group,
        "code": code,
        "seconds": round(seconds, 2),
        "last": last[-300:],
        "problems": problems,
        "dir": str(tmp),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", default=[], help="run the cases whose id holds one")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print every result as JSON")
    ap.add_argument("--list", action="store_true", help="list the cases' ids and stop")
    args = ap.parse_args(argv)
    cases = [c for c in all_cases() if not args.only or any(s in c.id for s in args.only)]
    if args.list:
        print("\n".join(c.id for c in cases))
        return 0
    ETC_VIEW.update(_etc_view())
    if not ETC_VIEW:
        left_out = [c.id for c in cases if names_etc(c)]
        cases = [c for c in cases if not names_etc(c)]
        print(f"no mount namespace here (unshare -m): {len(left_out)} case(s) naming /etc left out")
    base = Path(tempfile.mkdtemp(prefix="newsbrief-fuzz."))
    etc_before = etc_digest()
    started = time.monotonic()
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda c: run_case(c, base), cases))
    if not ETC_VIEW and etc_digest() != etc_before:  # else no case could write the real one
        results.append(
            {
                "id": "(all)/etc",
                "group": "etc",
                "code": 0,
                "seconds": 0,
                "last": "",
                "problems": ["/etc changed during the run"],
                "dir": "",
            }
        )
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    failed = [r for r in results if r["problems"]]
    for r in failed:
        print(f"FAIL {r['id']}: {'; '.join(r['problems'])} [exit {r['code']}] {r['last']!r}")
    for r in results:
        if r.get("skipped"):
            print(f"SKIP {r['id']}: {r['skipped']}")
    groups = Counter(r["group"] for r in results)
    bad = Counter(r["group"] for r in failed)
    print(f"\n{'group':<14}{'cases':>7}{'failed':>8}")
    for group in sorted(groups):
        print(f"{group:<14}{groups[group]:>7}{bad[group]:>8}")
    total = time.monotonic() - started
    print(f"{'all':<14}{len(results):>7}{len(failed):>8}   ({total:.0f} s)")
    if not failed:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
