"""Reading a file a user names (a config, a story, an articles list, a brief, a manifest).

A regular file is read whole: its size is known and finite. Anything else a path can name (a
FIFO, a process substitution such as ``--config <(...)``, a device) is read up to a bound,
and past it is `TooLarge`: ``/dev/zero`` named by mistake is then one error line naming it,
not a process that fills the memory. Each caller turns `TooLarge` and `OSError` into its own
error (ConfigError, InputError) naming the path.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["STREAM_LIMIT", "TooLarge", "read_bounded"]

STREAM_LIMIT = 64 << 20  # bytes read from a path that is not a regular file


class TooLarge(Exception):
    """A path that is not a regular file gave more than the bound (or a regular file is
    larger than its caller's `file_limit`: `size` then)."""

    def __init__(self, limit: int, size: int | None = None) -> None:
        if size is None:
            super().__init__(f"not a regular file, and over {limit >> 20} MiB read from it")
        else:
            super().__init__(f"{size} bytes, over the {limit >> 20} MiB such a file may be")
        self.limit = limit


def read_bounded(
    path: str | Path, limit: int = STREAM_LIMIT, file_limit: int | None = None
) -> bytes:
    """The bytes of `path`: a regular file whole (TooLarge, unread, when it is larger than
    `file_limit`), anything else up to `limit` (TooLarge past it). OSError as opening and
    reading raise it (IsADirectoryError included)."""
    with Path(path).open("rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISREG(st.st_mode):
            if file_limit is not None and st.st_size > file_limit:
                raise TooLarge(file_limit, st.st_size)
            return fh.read()
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
