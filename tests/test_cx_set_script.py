"""benchmarks/extraction/cx_set.py: a CxExtractor-style repository (bbcnews-html/X.html with
bbcnews-text/X.txt in UTF-8, RawHtml/N.html with Text/N.txt in GBK) is read, the gold's glued
words split where the page shows them apart (a word the page holds stays whole), and scored with
dragnet_set.py's code by words (English) and by characters (Chinese); a bad folder is one line
and exit 2. Made-up pages only; the real repository is read where NEWSBRIEF_CX_DATA names it,
skipped elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "cx_set.py"

_STORY = [
    "The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,"
    " which a winter storm had pushed against the old stone pier of the northern quay.",
    "Passengers waiting on the quay said the crossing felt calmer than before, and Mr McAllister"
    " of the operator promised that the spring timetable would start in April as planned.",
]
_EN_PAGE = (
    "<html><head><title>Harbour ferry returns</title></head><body>"
    "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    "<h1>Harbour ferry returns</h1><div class='story'>"
    "<figure><img src='f.jpg'><span class='caption'>Media caption</span>"
    "<span>The ferry at the quay</span></figure>"
    + "".join(f"<p>{p}</p>" for p in _STORY)
    + "</div><div class='foot'>Terms of use</div></body></html>"
)
# a line-density extractor's output: two elements of one markup line glued together
_EN_GOLD = f"Media captionThe ferry at the quay\n{_STORY[0]}{_STORY[1]}\n"
_ZH_BODY = [
    "江畔渡轮在暴风雨后停航六周，周二上午修复船体后重新启航，首班船准时离开北码头。",
    "候船的乘客说，航行比以前平稳得多；运营方表示，春季时刻表将按计划在四月第一个周一开始执行。",
    "工程师更换了两块船体钢板和整套舵机，这艘船上周五下午在船厂通过了检验。",
]
_ZH_PAGE = (
    '<html><head><meta charset="gbk"><title>江畔渡轮修复后重新启航</title></head>'
    "<body><div class=nav>首页 新闻 体育</div><h1>江畔渡轮修复后重新启航</h1><div class=article>"
    + "".join(f"<p>{p}</p>" for p in _ZH_BODY)
    + "</div><div class=foot>版权所有</div></body></html>"
)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _repository(root: Path) -> Path:
    for sub in ("bbcnews-html", "bbcnews-text", "RawHtml", "Text"):
        (root / sub).mkdir(parents=True)
    (root / "bbcnews-html" / "world-0001.html").write_text(_EN_PAGE, encoding="utf-8")
    (root / "bbcnews-text" / "world-0001.txt").write_text(_EN_GOLD, encoding="utf-8")
    (root / "bbcnews-html" / "world-0002.html").write_text(_EN_PAGE, encoding="utf-8")
    (root / "RawHtml" / "2.html").write_bytes(_ZH_PAGE.encode("gbk"))
    (root / "Text" / "2.txt").write_bytes("\n".join(_ZH_BODY).encode("gbk"))
    (root / "RawHtml" / "10.html").write_bytes(_ZH_PAGE.encode("gbk"))
    (root / "Text" / "10.txt").write_bytes(b"This page has no content to extract")
    return root


def test_glued_words_are_split_where_the_page_shows_them_apart() -> None:
    module = _module()
    words = module.page_words(_EN_PAGE.encode("utf-8"))
    gold = module.unglue(module.decode_gold(_EN_GOLD.encode("utf-8")), words)
    assert gold.startswith("Media caption The ferry at the quay\n")
    assert "hull, which" in gold and "McAllister" in gold  # a page word stays whole
    assert "quay.Passengers" in gold  # punctuation already parts the tokens


def test_a_gbk_gold_is_read() -> None:
    assert _module().decode_gold("\n\n".join(_ZH_BODY).encode("gbk")) == "\n".join(_ZH_BODY)


def test_a_repository_is_scored_by_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = _module()
    root = _repository(tmp_path / "cx")
    out = tmp_path / "rows.json"
    assert module.main([str(root), "--systems", "ours", "--each", "--json", str(out)]) == 0
    rows = {row["name"]: row for row in json.loads(out.read_text(encoding="utf-8"))}
    # a page without its text, and a gold that is the extractor's failure line, are left out
    assert sorted(rows) == ["bbc/world-0001", "netease/2"]
    assert rows["netease/2"]["part"] == "netease" and rows["bbc/world-0001"]["part"] == "bbc"
    precision, recall, f1 = rows["netease/2"]["scores"]["ours"]
    assert recall == 1.0 and f1 > 0.95, rows["netease/2"]
    assert rows["bbc/world-0001"]["scores"]["ours"][1] > 0.9
    printed = capsys.readouterr().out
    assert "CxExtractor's output" in printed and "bbc ours" in printed
    assert "netease/2" in printed  # --each: a line a page


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cx"
    if kind == "empty":
        path.mkdir()
    assert _module().main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


_REAL = os.environ.get("NEWSBRIEF_CX_DATA", "")


@pytest.mark.skipif(
    not _REAL or not Path(_REAL).is_dir(), reason="CxExtractor's repository is absent"
)
def test_the_real_repository_reads_whole() -> None:
    pages = _module().load_pages(Path(_REAL))
    assert len(pages) == 249 and all(page["gold"].strip() for page in pages)
    assert sum(page["part"] == "bbc" for page in pages) == 175
