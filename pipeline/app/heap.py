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
since) and collects the young every `_YOUNG` new objects (most are freed by then): 0.7%.
On leaving, what it froze is handed back to the collector (`gc.unfreeze`) and the
thresholds restored, so a library or test process calling `process` goes on as before. A
process setting of the entry point, never of the library; the extraction bench uses it as
`process` does, after its warm-up passes.
"""

from __future__ import annotations

import gc
from types import TracebackType

__all__ = ["WarmHeap"]

_YOUNG = 5_000  # new objects between young collections (Python's default: 700)


class WarmHeap:
    """Called after each page: the first call freezes what the process holds (garbage cycles
    left then included: freed on leaving, if there are any) and spaces the young
    collections, later calls do nothing."""

    def __init__(self) -> None:
        self.frozen = False
        self.thresholds = gc.get_threshold()

    def __call__(self) -> None:
        if not self.frozen:
            self.frozen = True
            gc.freeze()
            self.thresholds = gc.get_threshold()
            gc.set_threshold(_YOUNG, *self.thresholds[1:])

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
            gc.set_threshold(*self.thresholds)
            gc.unfreeze()
