"""benchmarks/extraction/recall_gap.py: which of trafilatura's long sentences a text of ours
lacks, read as the script reads them (table cells, list marks, invisible marks, blanks)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "recall_gap.py"

_LONG = "The ferry crossed the bay for the fifth time this week and the harbour master counted"
_OTHER = "Commuters on the island say the new timetable with two late crossings came far too late"


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def test_long_sentences_are_read_from_lines_cells_and_list_items() -> None:
    rg = _module()
    theirs = f"# {_LONG} cars.\n- {_OTHER}.\n| short cell | {_LONG} ferries. |\nToo short here."
    assert rg.sentences(theirs) == [f"{_LONG} cars.", f"{_OTHER}.", f"{_LONG} ferries."]


def test_a_sentence_is_dropped_only_when_its_letters_are_missing() -> None:
    rg = _module()
    theirs = f"{_LONG} cars. {_OTHER}."
    assert rg.dropped(theirs, f"{_LONG}\n cars.") == [f"{_OTHER}."]  # blanks do not count
    persian = "اصلاح\u200cطلبان در این انتخابات حداقل دوپاره شده اند و بخشی لیست داده اند و بخشی نه"
    assert rg.dropped(persian.replace("\u200c", ""), persian) == []  # nor does a ZWNJ
