"""`newsbrief process` freezes what the process holds once its first page is made
(`pipeline.app.heap.WarmHeap`: the collector's passes then skip the modules and tables),
leaves the collections' spacing as it is, and hands the frozen objects back when it ends;
the articles are the same."""

from __future__ import annotations

import argparse
import gc
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.app import stream
from pipeline.app.heap import WarmHeap
from pipeline.storage.archive import ArchiveWriter, ReplayEntry

HTML = (("Content-Type", "text/html; charset=utf-8"),)


def _page(i: int) -> bytes:
    words = " ".join(f"Sentence {k} of the story number {i} about the harbour." for k in range(8))
    return (
        f"<html lang='en'><head><title>Story {i}</title></head><body><article>"
        f"<h1>Story {i}</h1><p>{words}</p><p>{words.upper()}</p></article></body></html>"
    ).encode()


def test_the_first_call_freezes_the_heap_and_leaving_hands_it_back() -> None:
    gc.unfreeze()
    thresholds = gc.get_threshold()
    with WarmHeap() as warm:
        assert gc.get_freeze_count() == 0
        warm()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert gc.get_threshold() == thresholds  # the young collections' spacing kept
        kept = [[] for _ in range(1000)]  # made after: not frozen by a later call
        warm()
        assert gc.get_freeze_count() <= frozen
        assert kept
    assert gc.get_freeze_count() == 0  # (unfreeze hands back every frozen object)
    assert gc.get_threshold() == thresholds


def test_leaving_before_any_page_freezes_nothing() -> None:
    gc.unfreeze()
    with WarmHeap():
        pass
    assert gc.get_freeze_count() == 0


def test_process_freezes_after_its_first_page_and_thaws_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.unfreeze()
    warc = tmp_path / "a.warc.gz"
    with ArchiveWriter(warc) as writer:
        for i in range(3):
            writer.write(ReplayEntry(f"http://127.0.0.1:1/a/{i}", 200, HTML, _page(i)))
    frozen_at: list[int] = []
    real = stream.make_article

    def extracting(page: Any, cfg: Any = None) -> Any:
        frozen_at.append(gc.get_freeze_count())
        return real(page, cfg)

    monkeypatch.setattr(stream, "make_article", extracting)
    out = tmp_path / "out.jsonl"
    assert stream.process_archive(argparse.Namespace(archive=str(warc), out=str(out))) == 0
    # (frozen once: later pages add none; a frozen object freed by its count leaves)
    assert frozen_at[0] == 0 and 0 < frozen_at[2] <= frozen_at[1]
    assert gc.get_freeze_count() == 0
    titles = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert titles == ["Story 0", "Story 1", "Story 2"]
