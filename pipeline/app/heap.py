"""The cyclic garbage collector of a process that makes many articles in a row.

A page's article makes and frees tens of thousands of objects, nearly all freed by their
reference counts (the collector found no cycle to free in 4 passes of the extraction
corpus's 91 pages). Yet every full collection walks every object the process holds: the
modules, their tables and the language profiles (45,000 objects once the extractor is warm,
110,000 beside trafilatura in the bench), 20-70 ms each, one every hundred pages or so; and
a young collection every 700 new objects walks the young ones still alive. Measured on
`newsbrief process` of 503 real pages: the collector 2.8-2.9% of its CPU time. `WarmHeap`
(`process` calls it after each page) moves what the process holds once its first page is
made out of the collector's reach (`gc.freeze`: later collections walk only what was made
since): 1.6-1.7%. The young collections keep Python's spacing: spaced to every 5,000 new
objects they cost 1% less CPU, but a page's garbage cycles (its tree and tables) then wait
longer to be freed: `process` of a 5,000-page archive peaked at 135 MB against 102 (the
crawl benchmark's README). On leaving, what it froze is handed back to the collector
(`gc.unfreeze`), so a library or test process calling `process` goes on as before. A
process setting of the entry point, never of the library; the extraction bench uses it as
`process` does, after its warm-up passes.
"""

from __future__ import annotations

import gc
from types import TracebackType

__all__ = ["WarmHeap"]


class WarmHeap:
    """Called after each page: the first call freezes what the process holds (garbage cycles
    left then included: freed on leaving, if there are any), later calls do nothing."""

    def __init__(self) -> None:
        self.frozen = False

    def __call__(self) -> None:
        if not self.frozen:
            self.frozen = True
            gc.freeze()

    def __enter__(self) -> WarmHeap:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.frozen:
            self.frozen = False
            gc.unfreeze()
