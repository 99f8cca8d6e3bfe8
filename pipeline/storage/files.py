"""Crash-safe file writes and the per-story run lock."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from pipeline.errors import InputError, LockHeld, OutputError


def contained(root: Path | str, *parts: str) -> Path:
    """`root/parts...`, refused (InputError naming it) unless it resolves inside `root`.

    Names that come from input (a story id) must not lead a write out of its folder: `..`,
    an absolute name, an empty name or `.` (which would write into `root` itself) are refused,
    as is a symlink pointing out of `root`.
    """
    target = Path(root).joinpath(*parts)
    try:
        base, resolved = Path(root).resolve(), target.resolve()
    except RuntimeError:  # Python < 3.13's "Symlink loop from ..."
        raise InputError(str(root), "a loop of symbolic links, not a folder") from None
    if any(p in ("", ".", "..") or os.sep in p or Path(p).is_absolute() for p in parts) or (
        resolved == base or not resolved.is_relative_to(base)
    ):
        raise InputError(str(target), f"path leaves its folder {root} (from {'/'.join(parts)!r})")
    return target


def check_writable_dir(path: Path | str) -> Path:
    """Create `path` (and parents) and prove a file can be written in it, before a long job
    whose results would go there; OutputError naming the path otherwise."""
    folder = Path(path)
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise OutputError(str(existing), "exists and is not a directory")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".newsbrief-write-check."):
            pass
    except OSError as exc:
        raise OutputError(str(folder), f"cannot write here: {exc.strerror or exc}") from None
    return folder


def check_writable_file(path: Path | str) -> Path:
    """An existing file must be writable, and its folder too (SQLite's -wal and -shm files
    go beside it); OutputError naming the path otherwise, and when it is a directory."""
    target = _target(path)
    if target.is_dir():
        raise OutputError(str(target), "is a directory, expected a file")
    if _in_place(target):  # /dev/stdout, a FIFO: written as they are (opening a FIFO waits)
        if not os.access(target, os.W_OK):
            raise OutputError(str(target), "cannot write: permission denied")
        return Path(path)
    check_writable_dir(target.parent)
    if target.exists():
        try:
            with target.open("r+b"):
                pass
        except OSError as exc:
            raise OutputError(str(target), f"cannot write: {exc.strerror or exc}") from None
    return Path(path)


def check_not_an_input(path: Path | str, inputs: Iterable[Path | str | None]) -> None:
    """InputError naming `path`, an output file about to be replaced, when it is the same
    file as one of `inputs` (the store, an archive, a list read): the input would be lost.
    "-" (a standard stream) and paths that do not exist are no file to compare."""
    out = Path(path)
    if not out.is_file():
        return
    for given in inputs:
        if not given or given == "-" or not Path(given).exists():
            continue
        if os.path.samefile(out, given):
            raise InputError(str(path), f"is also the input {given}: writing it would replace it")


def _umask() -> int:
    """The process umask: from /proc on Linux (no race with other threads), else by setting
    and restoring it (Python has no getter)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _honour_umask(fd: int) -> None:
    """Give a mkstemp file (created 0600) the mode a plain open() would: 0666 minus the umask,
    so a web server or a report job under another user can read the outputs."""
    os.fchmod(fd, 0o666 & ~_umask())


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write to a temp file in the same directory, fsync, then rename over `path`.

    A reader (or a crash) sees the old file or the new one, never half of one. A `path` that
    is no plain file (/dev/stdout, /dev/null, a FIFO: `_in_place`) is written into as it is,
    never replaced; a link to a file has its file replaced, and stays a link. OutputError
    naming the path when it cannot be written (a full disk).
    """
    target = _target(path)
    if _in_place(target):
        with _output_errors(target), open(target, "wb") as fh:
            fh.write(data)
        return Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        _honour_umask(fd)
        with _output_errors(target), os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(path)


def _target(path: Path | str) -> Path:
    """Where a write to `path` goes: the file a link names, existing or to be made (the link
    stays a link), else `path` itself (a link to a device, /dev/stdout, is written through)."""
    given = Path(path)
    if not given.is_symlink():
        return given
    try:
        mode = os.stat(given).st_mode
    except OSError as exc:  # a link to no file yet: the file is made where it points
        if exc.errno == errno.ELOOP:  # resolve() would raise RuntimeError ("Symlink loop")
            raise InputError(str(given), "a loop of symbolic links, not a file") from None
        return given.resolve()
    return given.resolve() if stat.S_ISREG(mode) else given


def _in_place(path: Path) -> bool:
    """True for an existing path that is neither a plain file nor a folder: a device
    (/dev/null, /dev/stdout's terminal or pipe), a FIFO, a socket. It is written into; renaming
    a temp file over it would replace the device node itself."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextlib.contextmanager
def _output_errors(path: Path) -> Iterator[None]:
    """An OSError of a write (no space left, a closed pipe) as an OutputError naming `path`."""
    try:
        yield
    except OSError as exc:
        raise OutputError(str(path), f"cannot write: {exc.strerror or exc}") from None


def atomic_write_text(path: Path | str, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path | str, data: Any) -> Path:
    return atomic_write_text(
        path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    )


def atomic_write_jsonl(path: Path | str, rows: Iterable[Any]) -> Path:
    lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows]
    return atomic_write_text(path, "".join(line + "\n" for line in lines))


_TEMP_BUFFER = 1 << 20  # bytes of an AtomicJsonlWriter's temp file held before a write


class AtomicJsonlWriter:
    """A JSONL file written row by row (nothing held in memory), then renamed over `path` on
    a clean exit: readers see the old file or the complete new one. On an exception the
    temp file is removed and `path` is left as it was. A `path` that is no plain file
    (/dev/stdout, a FIFO) is written into row by row (`_in_place`). OutputError naming the
    path when it cannot be written."""

    def __init__(self, path: Path | str) -> None:
        self.path = _target(path)
        self._tmp: Path | None = None
        if _in_place(self.path):
            with _output_errors(self.path):
                self._fh = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - closed on exit
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            self._tmp = Path(tmp)
            _honour_umask(fd)
            # Written a megabyte at a time: a crawl's lines (10-30 KB each) are each a system
            # call or two past the default buffer (11.5 -> 3.8 us a bench article's line).
            # Nobody reads the temp file before it is renamed; a failed write is said at the
            # next one, or at the close, where it is an OutputError naming the path as well.
            self._fh = os.fdopen(fd, "w", encoding="utf-8", buffering=_TEMP_BUFFER)
        self.count = 0

    def write(self, row: Any) -> None:
        """Append one row (a JSON line, keys sorted like atomic_write_jsonl)."""
        self.write_line(json.dumps(row, ensure_ascii=False, sort_keys=True))

    def write_line(self, line: str) -> None:
        """Append one row already encoded as `write` would (one line, no newline in it)."""
        # Two writes, not `line + "\n"`: no copy of the line, and the UTF-8 form a store
        # may have cached in it (sqlite3 does, binding it) is reused.
        with _output_errors(self.path):
            self._fh.write(line)
            self._fh.write("\n")
        self.count += 1

    def __enter__(self) -> AtomicJsonlWriter:
        return self

    def __exit__(
        self, exc: type[BaseException] | None, val: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            with _output_errors(self.path):
                try:
                    if exc is None:
                        self._fh.flush()
                        if self._tmp is not None:
                            os.fsync(self._fh.fileno())
                finally:
                    with contextlib.suppress(OSError):  # what did not flush is said above
                        self._fh.close()
                if exc is None and self._tmp is not None:
                    os.replace(self._tmp, self.path)
        finally:
            if self._tmp is not None:
                self._tmp.unlink(missing_ok=True)


class StoryLock:
    """An exclusive, non-blocking lock per story; released by the OS if the process dies."""

    def __init__(self, lock_dir: Path | str, story: str, holder: str) -> None:
        # the story id, checked as a name inside lock_dir (no "..", "/", "" or ".")
        self.path = contained(lock_dir, story).with_name(f"{story}.lock")
        self.story = story
        self.holder = holder
        self._fd: int | None = None

    def acquire(self) -> StoryLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held_by = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or "unknown holder"
            os.close(fd)
            raise LockHeld(self.story, f"{held_by} (lock file {self.path})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, self.holder.encode("utf-8"), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoryLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
