"""Progress bars on a terminal, silence under cron.

A bar is shown only when stderr is a terminal and the log format is text; under cron (no
TTY) or with `--log-format json`, stages report through log lines only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_ENV = "NEWSBRIEF_PROGRESS"  # "0" disables, "1" forces (set by the CLI from --log-format)


def enabled() -> bool:
    """Whether progress bars should be drawn now."""
    setting = os.environ.get(_ENV)
    if setting in ("0", "1"):
        return setting == "1" and sys.stderr.isatty()
    return sys.stderr.isatty()


def set_enabled(value: bool) -> None:
    os.environ[_ENV] = "1" if value else "0"


def progress(items: Iterable[T], *, total: int | None = None, desc: str = "") -> Iterator[T]:
    """`items`, with a tqdm bar on stderr when enabled."""
    if not enabled():
        yield from items
        return
    from tqdm import tqdm  # type: ignore[import-untyped]  # a core dependency

    yield from tqdm(items, total=total, desc=desc, unit="page", leave=False, file=sys.stderr)


@contextmanager
def counting(
    handler: Callable[[T], None], *, total: int | None = None, desc: str = ""
) -> Iterator[Callable[[T], None]]:
    """`handler`, advancing a tqdm bar on stderr by one per call when enabled (a crawl's page
    handler: the pages arrive one at a time, their number known only at the end)."""
    if not enabled():
        yield handler
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=desc, unit="page", leave=False, file=sys.stderr) as bar:

        def advance(item: T) -> None:
            handler(item)
            bar.update(1)

        yield advance
