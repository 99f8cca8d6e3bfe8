"""benchmarks/extraction/dragnet_set.py: a Dragnet-style folder (HTML/ and Corrected/) the user
names is read and scored, the gold's comments after the annotators' separator left out, or the
folder is refused with one line naming it (exit 2), never a traceback. Made-up pages only; the
real set is scored where NEWSBRIEF_DRAGNET_DATA names it, skipped elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script
from tests.test_public_set_scripts import _PAGE  # (the made-up ferry story)

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "dragnet_set.py"

_BLOG = """<html><head><title>Pruning an old pear tree - The Orchard Notebook</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<div class="post"><h2>Pruning an old pear tree</h2>
<p>The pear by the north wall had not been pruned for a decade, and its crown had grown into a
thicket of water shoots that shaded every fruiting spur below the lowest branches.</p>
<p>We cut a third of the shoots in February, the oldest first, and left the young wood that
faced south; the tree flowered in April as if nothing had happened to it at all.</p>
</div>
<div class="comments"><h3>2 comments</h3>
<p>Wren said: we tried the same on an apple tree and it sulked for two whole years.</p>
<p>Ash said: a third seems a lot to me, I would stop at a quarter next time round.</p></div>
</body></html>"""

_BLOG_GOLD = """Pruning an old pear tree
The pear by the north wall had not been pruned for a decade, and its crown had grown into a
thicket of water shoots that shaded every fruiting spur below the lowest branches.
We cut a third of the shoots in February, the oldest first, and left the young wood that
faced south; the tree flowered in April as if nothing had happened to it at all.
!@#$%^&*()  COMMENTS
Wren said: we tried the same on an apple tree and it sulked for two whole years.
Ash said: a third seems a lot to me, I would stop at a quarter next time round.
"""

_FERRY_GOLD = """Harbour ferry returns after storm repairs
The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,
which a winter storm had pushed against the old stone pier of the northern quay.
Passengers waiting on the quay said the crossing felt calmer than before, and the operator
promised that the timetable of spring would start on the first Monday of April as planned.
Engineers replaced two plates of the hull and the whole steering gear, the operator said in
a statement, and the vessel passed its inspection at the yard last Friday afternoon.
"""


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _folder(root: Path) -> Path:
    (root / "HTML").mkdir(parents=True)
    (root / "Corrected").mkdir()
    (root / "HTML" / "R1.html").write_text(_PAGE, encoding="utf-8")
    (root / "Corrected" / "R1.html.corrected.txt").write_bytes(_FERRY_GOLD.encode("utf-16"))
    (root / "HTML" / "7.html").write_text(_BLOG, encoding="utf-8")
    (root / "Corrected" / "7.html.corrected.txt").write_text(_BLOG_GOLD, encoding="cp1252")
    return root


@pytest.mark.parametrize(
    "separator",
    [
        "!@#$%^&*()  COMMENTS",
        "!@ $%^&*()  COMMENTS",
        "!@#$%^&*   COMMENTS",
        "!!@#$%^&*() COMMENTS\t",
        "!@#$%^&*()  COMMNENTS",
        "!@#$%^&*()",
    ],
)
def test_the_comments_after_a_hand_typed_separator_are_cut(separator: str) -> None:
    raw = f"The article.\r\n{separator}\r\nA reader's comment.\r\n".encode()
    assert _module().read_gold(raw) == ("The article.\r\n", True)


@pytest.mark.parametrize(
    "line",
    ["Readers left COMMENTS below.", "(c) 2012 - All rights reserved COMMENTS", "* * *", "***"],
)
def test_a_gold_line_that_is_no_separator_is_kept(line: str) -> None:
    raw = f"The article.\n{line}\nIts second part.\n".encode()
    text, comments = _module().read_gold(raw)
    assert not comments and "second part" in text


def test_made_up_pages_are_scored_without_the_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path / "dragnet")
    out_json = tmp_path / "rows.json"
    assert _module().main([str(folder), "--systems", "ours", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert "2 pages (1 with comments after the separator: not scored)" in out
    assert "ours rejected 0 pages" in out
    rows = {row["name"]: row for row in json.loads(out_json.read_text(encoding="utf-8"))}
    assert set(rows) == {"R1", "7"} and rows["7"]["comments"] and not rows["R1"]["comments"]
    assert rows["7"]["part"] == "numbered" and rows["R1"]["part"] == "R"
    for row in rows.values():  # the body found; the gold's title line is what recall misses
        precision, recall, _ = row["scores"]["ours"]
        assert precision == 1.0 and recall > 0.85, row
        assert row["scores"]["ours+title"][1] == 1.0, row  # the title line put back
    assert "Wren" not in rows["7"]["text"]  # and the comments, not in the gold, not kept


def test_a_split_keeps_the_pages_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path / "dragnet")
    (tmp_path / "test.txt").write_text("R1\nR2.html\n", encoding="utf-8")
    args = [str(folder), "--systems", "ours", "--split", str(tmp_path / "test.txt")]
    assert _module().main(args) == 0
    assert "1 pages (0 with comments" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["missing", "a file", "empty", "no gold"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dragnet"
    if kind == "a file":
        path.write_text("{}", encoding="utf-8")
    elif kind == "empty":
        path.mkdir()
    elif kind == "no gold":
        _folder(path)
        for gold in (path / "Corrected").iterdir():
            gold.unlink()
    assert _module().main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


_REAL = os.environ.get("NEWSBRIEF_DRAGNET_DATA", "")


@pytest.mark.skipif(not _REAL or not Path(_REAL).is_dir(), reason="Dragnet's data is absent")
def test_the_real_set_reads_whole(tmp_path: Path) -> None:
    pages = _module().load_pages(Path(_REAL))
    assert len(pages) == 1381
    assert sum(page["comments"] for page in pages) == 424  # 5 of them in UTF-16 files
    assert all(page["gold"].strip() for page in pages)
