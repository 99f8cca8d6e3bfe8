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
    """A path that is not a regular file gave more than the bound."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"not a regular file, and over {limit >> 20} MiB read from it")
        self.limit = limit


def read_bounded(path: str | Path, limit: int = STREAM_LIMIT) -> bytes:
    """The bytes of `path`: a regular file whole, anything else up to `limit` (TooLarge past
    it). OSError as opening and reading raise it (IsADirectoryError included)."""
    with Path(path).open("rb") as fh:
        if stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            return fh.read()
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
