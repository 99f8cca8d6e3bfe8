"""benchmarks/extraction/l3s_set.py: an L3S-GN1-style folder (original/ and annotated/) is read,
the gold taken from the annotated copy's labelled spans (full text, headline apart; nested
spans take the nearest label; hidden elements skipped), scored with dragnet_set.py's code, or
the folder is refused with one line (exit 2). Made-up pages only."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "l3s_set.py"

_STORY = [
    "The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,"
    " which a winter storm had pushed against the old stone pier of the northern quay.",
    "Passengers waiting on the quay said the crossing felt calmer than before, and the operator"
    " promised that the spring timetable would start on the first Monday of April as planned.",
]
_PAGE = (
    "<html><head><title>Harbour ferry returns</title></head><body>"
    "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    "<h1>Harbour ferry returns</h1>"
    + "".join(f"<p>{p}</p>" for p in _STORY)
    + "<div class='comments'><p>Wren said: about time too, we waited all winter long.</p></div>"
    "</body></html>"
)
_ANNOTATED = (
    "<html><head><title>Harbour ferry returns</title><style>.x-nc-sel1 {}</style></head><body>"
    "<div class='nav'><span class='x-nc-sel0'><a href='/'>Home</a> News</span></div>"
    "<h1><span class='x-nc-sel1'>Harbour ferry returns</span></h1>"
    f"<p><span class='x-nc-sel2'>{_STORY[0]}</span></p>"
    f"<p><span class='x-nc-sel2'>{_STORY[1][:40]}<span class='x-nc-sel2'>{_STORY[1][40:]}"
    "</span></span></p>"
    "<p><span class='x-nc-sel3'>Photo: the ferry at the quay</span></p>"
    "<div class='x-nc-invisible'><span class='x-nc-sel2'>hidden print copy</span></div>"
    "<div><span class='x-nc-sel5'>Wren said: about time too, we waited all winter long.</span>"
    "</div></body></html>"
)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def test_the_gold_is_the_full_text_labels_the_headline_apart() -> None:
    text, headline, comments = _module().read_gold(_ANNOTATED.encode("utf-8"))
    assert headline == "Harbour ferry returns"
    assert text.split("\n") == _STORY  # (a span of the same label inside one: the same line)
    assert comments
    with_captions, _, _ = _module().read_gold(_ANNOTATED.encode("utf-8"), supplemental=True)
    assert "Photo: the ferry at the quay" in with_captions
    assert "hidden print copy" not in with_captions


def test_a_folder_is_scored_and_a_wrong_one_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _module()
    for layout in (("original", "annotated", ".html"), ("input", "GoldStandard", ".txt")):
        root = tmp_path / layout[0]
        (root / layout[0]).mkdir(parents=True)
        (root / layout[1]).mkdir()
        (root / layout[0] / "0a1b.html").write_text(_PAGE, encoding="utf-8")
        (root / layout[1] / f"0a1b{layout[2]}").write_text(_ANNOTATED, encoding="utf-8")
        out = tmp_path / f"{layout[0]}.json"
        assert module.main([str(root), "--systems", "ours", "--json", str(out)]) == 0
        (row,) = json.loads(out.read_text(encoding="utf-8"))
        precision, recall, f1 = row["scores"]["ours"]
        assert recall == 1.0 and f1 > 0.95, row["scores"]
        assert row["comments"] and row["part"] == "news"
    assert "all ours" in capsys.readouterr().out
    assert module.main([str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
