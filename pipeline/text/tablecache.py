"""Tables built from the data files of an installed package, kept on disk between runs.

Two tables take a good part of a second to build, and every process that detects a language
builds them: each ``newsbrief`` command, and the forkserver a crawl's workers are forked
from. They are langdetect's profiles as one matrix (`pipeline.text.ngramprofiles`, about 0.45 s
of CPU) and the Han characters OpenCC changes (`pipeline.text.scripts`, about 0.17 s). Each is
kept as a NumPy ``.npz`` file in the cache directory (`pipeline.config.default_cache_dir`) and
read back in a few milliseconds.

- A table's file is named by a digest of all it is built from: the files it reads (path,
  size, modification time), the source of the module that builds it, and the NumPy and
  Python versions. Changing any of them names another file, so a stale table is never read.
  The files of other digests of that table are removed when a new one is written.
- A table is written to a temporary file and renamed into place: a reader finds a whole file
  or none, and two processes that build it at once write the same arrays.
- A file that cannot be read (truncated, damaged, other arrays) is built again and replaced.
  A directory that cannot be written only costs the building, every time, with a debug line.
  ``NEWSBRIEF_CACHE_DIR`` set to the empty string turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from pipeline.config import default_cache_dir

__all__ = ["cached_arrays"]

logger = logging.getLogger(__name__)

Arrays = dict[str, npt.NDArray[np.generic]]
_FORMAT = "1"  # bump to orphan every file written so far


def _digest(name: str, sources: Iterable[Path], builder: Path) -> str:
    """A digest of what table `name` is built from (see the module docstring)."""
    digest = hashlib.sha256(f"{_FORMAT}\0{name}\0{np.__version__}\0{sys.version}".encode())
    digest.update(builder.read_bytes())
    for path in sorted(sources):
        stat = path.stat()
        digest.update(f"\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _read(path: Path, fields: tuple[str, ...]) -> Arrays | None:
    """The arrays in `path` when it holds exactly `fields`, else None (absent or unreadable:
    a truncated or damaged file fails its zip checks)."""
    try:
        # opened here: np.load leaves a file it opened itself open when the zip is damaged
        with open(path, "rb") as handle:
            data = np.load(handle, allow_pickle=False)
            if not isinstance(data, np.lib.npyio.NpzFile):  # one array (.npy), not ours
                return None
            with data:
                if tuple(sorted(data.files)) != tuple(sorted(fields)):
                    return None
                return {field: data[field] for field in fields}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as exc:
        logger.debug("table cache %s unreadable (%s): built again", path, exc)
        return None


def _write(path: Path, arrays: Arrays, name: str) -> None:
    """`arrays` to `path`, whole or not at all; the files of `name`'s other digests removed."""
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=f".{name}-", suffix=".tmp", delete=False
        ) as handle:
            temp = Path(handle.name)
            named: dict[str, Any] = dict(arrays)  # numpy's stubs type **kwds as its flags
            np.savez(handle, **named)
        os.replace(temp, path)
        temp = None
        for old in path.parent.glob(f"{name}-*.npz"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        logger.debug("table cache %s not written (%s)", path, exc)
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def cached_arrays(
    name: str,
    fields: tuple[str, ...],
    sources: Iterable[Path],
    builder: str,
    build: Callable[[], Arrays],
    *,
    cache_dir: Path | None = None,
) -> Arrays:
    """The arrays `build()` returns (named `fields`), read from the cache when it holds them
    for the same `sources` (the data files `build` reads) and `builder` (the ``__file__`` of
    the module holding `build`, whose source is part of the digest); built and written there
    otherwise. `cache_dir`: default_cache_dir() when not given (None there: always built)."""
    directory = cache_dir if cache_dir is not None else default_cache_dir()
    if directory is None:
        return build()
    try:
        path = directory / f"{name}-{_digest(name, sources, Path(builder))}.npz"
    except OSError as exc:  # a source or the builder unreadable: build says why, if it fails
        logger.debug("table cache for %s off (%s)", name, exc)
        return build()
    found = _read(path, fields)
    if found is not None:
        return found
    arrays = build()
    if tuple(sorted(arrays)) != tuple(sorted(fields)):
        raise ValueError(f"table {name}: built {sorted(arrays)}, expected {sorted(fields)}")
    _write(path, arrays, name)
    return arrays
