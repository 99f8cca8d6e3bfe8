"""benchmarks/extraction/caption_study.py: captions found by kind in made-up markup, and the
table of which ones a reference and ours keep, on a made-up corpus folder."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import lxml.html
import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "caption_study.py"

_BODY = (
    "The harbour board met on Tuesday to discuss the new ferry timetable for the winter "
    "months, and its members agreed that the early crossing would run every day of the week."
)
_PAGE = f"""<html><head><title>Ferry</title></head><body><article>
<header><h1>Ferry timetable changes</h1>
<figure><img src="a.jpg"><figcaption>The old ferry leaving the harbour at dawn last spring
<span class="credit">Jane Roe / Example Agency</span></figcaption></figure></header>
<p>{_BODY}</p>
<figure><img src="b.jpg"><figcaption>Foto: Max Muster</figcaption></figure>
<p>{_BODY}</p>
<figure><img src="c.jpg"><figcaption>The harbour master reads the new timetable aloud to
the crews gathered on the quay.</figcaption></figure>
<p>{_BODY}</p>
<div class="gallery"><figure><img src="d.jpg"><figcaption>Gulls over the pier</figcaption>
</figure></div>
</article></body></html>"""


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def test_captions_are_sorted_by_zone_and_kind() -> None:
    study = _module()
    found = study.find_captions(lxml.html.document_fromstring(_PAGE))
    kinds = [(c["zone"], c["kind"], c["credit"]) for c in found]
    assert kinds == [
        ("lead", "sentence", True),
        ("body", "credit-only", False),
        ("body", "sentence", False),
        ("gallery", "label", False),
    ]
    assert found[0]["credit_text"] == "Jane Roe / Example Agency"
    assert "Jane Roe" not in found[0]["caption"]


def test_verdict_reads_trigrams() -> None:
    study = _module()
    ref = study.index("Before. The harbour master reads the new timetable aloud. After.")
    assert study.verdict("The harbour master reads the new timetable aloud", ref) == "kept"
    assert study.verdict("Gulls circling over the pier at noon", ref) == "dropped"


def test_a_corpus_folder_gives_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = _module()
    (tmp_path / "made").mkdir()
    (tmp_path / "made" / "ferry.html").write_text(_PAGE, encoding="utf-8")
    gold = f"{_BODY}\nThe harbour master reads the new timetable aloud to the crews gathered on the quay.\n{_BODY}\n{_BODY}"
    (tmp_path / "made" / "ferry.txt").write_text(gold, encoding="utf-8")
    (tmp_path / "manifest.tsv").write_text(
        "name\tlanguage\turl\tdir\nferry\ten\thttps://news.example.org/ferry\tmade\n",
        encoding="utf-8",
    )
    assert study.main(["--corpus", str(tmp_path), "--figcaption"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| made (1)"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1].startswith("1/0")  # the body sentence: the gold keeps it
    assert cells[7].startswith("0/1")  # the credit alone: the gold drops it
