"""benchmarks/extraction/zh_set.py: a cwced-style set (original/X.html, cleaned/X.txt, date/X.txt),
a DAnIEL-style one (html/X, reference/X of <p> lines, doc_lg.json) and a magic-html-style one
(htmls/ID.html, base.json) are read, the pages our corpora's manifests name left out, a gold
the page does not hold left out, and the rest scored with dragnet_set.py's code; a bad folder is one line and exit 2. Made-up pages only; the real
sets are read where NEWSBRIEF_ZH_DATA names cwced's folder, NEWSBRIEF_DANIEL_DATA DAnIEL's
`Corpus_daniel_v2.1` and NEWSBRIEF_MAGIC_DATA magic-html's `benchmark/data/article`, skipped
elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "zh_set.py"

_BODY = (
    "<p>江畔渡轮在暴风雨后停航六周，周二上午修复船体后重新启航，首班船准时离开北码头。</p>"
    "<p>候船的乘客说，航行比以前平稳得多；运营方表示，春季时刻表将按计划在四月第一个周一开始执行。</p>"
    "<p>工程师更换了两块船体钢板和整套舵机，这艘船上周五下午在船厂通过了检验。</p>"
)
_PAGE = (
    '<html lang="zh"><head><meta charset="gbk"><title>江畔渡轮修复后重新启航</title></head>'
    "<body><div class=nav>首页 新闻 体育</div><h1>江畔渡轮修复后重新启航</h1>"
    f"<div class=article>{_BODY}</div><div class=foot>版权所有</div></body></html>"
)
_TEXT = "\n".join(p.removeprefix("<p>") for p in _BODY.split("</p>") if p)


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _cwced(root: Path) -> Path:
    for sub in ("original", "cleaned", "date"):
        (root / sub).mkdir(parents=True)
    for name, date in (("a1", "2022-02-13 09:57"), ("b2", "UNKNOWN"), ("held", "2005-03-11")):
        (root / "original" / f"{name}.html").write_bytes(_PAGE.encode("gbk"))
        (root / "cleaned" / f"{name}.txt").write_text(_TEXT.replace("，", "，\n"), "utf-8")
        (root / "date" / f"{name}.txt").write_text(date, "utf-8")
    # a gold of another page: left out by the visible check
    (root / "original" / "other.html").write_bytes(_PAGE.encode("gbk"))
    (root / "cleaned" / "other.txt").write_text(
        "完全不同的一篇文章讲述山区的学校和孩子们的故事。" * 3, "utf-8"
    )
    return root


def _daniel(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    (root / "reference").mkdir()
    gold = "".join(f"<p>{line}</p>\n" for line in ["江畔渡轮修复后重新启航", *_TEXT.splitlines()])
    for name in ("20120112_news.example.cn_ab", "20120112_news.example.gr_cd"):
        (root / "html" / name).write_bytes(_PAGE.encode("utf-8"))
        (root / "reference" / name).write_text(gold, "utf-8")
    languages = {"20120112_news.example.cn_ab": "Chinese", "20120112_news.example.gr_cd": "Greek"}
    (root / "doc_lg.json").write_text(json.dumps(languages), "utf-8")
    return root


def _magic(root: Path) -> Path:
    (root / "htmls").mkdir(parents=True)
    labelled = {
        "zh1": {"url": "https://news.example.cn/2024/05/20/ferry.html", "content": _TEXT},
        "ja1": {
            "url": "https://news.example.jp/a",
            "content": "渡し船は修理を終えて、火曜日の朝に運航を再開した。",
        },
        "en1": {"url": "https://news.example.com/a", "content": "The ferry sailed again."},
    }
    for name in labelled:
        (root / "htmls" / f"{name}.html").write_bytes(_PAGE.encode("utf-8"))
    (root / "base.json").write_text(json.dumps(labelled, ensure_ascii=False), "utf-8")
    return root


def test_magic_html_s_chinese_pages_are_read_at_their_url(tmp_path: Path) -> None:
    pages = _module().load_pages(_magic(tmp_path / "article"))
    assert [page["name"] for page in pages] == ["magic/zh1"]
    assert pages[0]["url"] == "https://news.example.cn/2024/05/20/ferry.html"
    assert pages[0]["gold"] == _TEXT


def test_a_reference_reads_as_its_lines() -> None:
    raw = "<p>标题一行</p>\n<p>第一段 &amp; 第二句。</p>\n<p>  </p>\n"
    assert _module().read_reference(raw.encode("utf-8")) == "标题一行\n第一段 & 第二句。"


def test_both_sets_are_scored_and_held_pages_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("name\tsource_path\nx\toriginal/held.html\n", "utf-8")
    out_json = tmp_path / "rows.json"
    folders = [str(_cwced(tmp_path / "cwced")), str(_daniel(tmp_path / "daniel"))]
    args = [*folders, "--systems", "ours", "--exclude-manifest", str(manifest)]
    assert _module().main([*args, "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert "3 pages (1 held by our corpora, 1 whose gold the page does not hold" in out
    assert "cwced-dated ours" in out and "cwced-undated ours" in out and "daniel ours" in out
    rows = {row["name"]: row for row in json.loads(out_json.read_text(encoding="utf-8"))}
    assert set(rows) == {"cwced-dated/a1", "cwced-undated/b2", "daniel/20120112_news.example.cn_ab"}
    for row in rows.values():
        assert row["scores"]["ours"][2] > 0.95, row["scores"]
    # DAnIEL's gold keeps the headline: the "+title" row puts ours back
    titled = rows["daniel/20120112_news.example.cn_ab"]["scores"]
    assert titled["ours+title"][1] > titled["ours"][1]


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cwced"
    if kind == "empty":
        path.mkdir()
    assert _module().main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


_ZH = os.environ.get("NEWSBRIEF_ZH_DATA", "")
_MAGIC = os.environ.get("NEWSBRIEF_MAGIC_DATA", "")
_DANIEL = os.environ.get("NEWSBRIEF_DANIEL_DATA", "")


@pytest.mark.skipif(not _ZH or not Path(_ZH).is_dir(), reason="cwced's folder is absent")
def test_the_real_cwced_set_reads_whole() -> None:
    pages = _module().load_pages(Path(_ZH))
    assert len(pages) == 69 and all(page["gold"].strip() for page in pages)
    assert {page["part"] for page in pages} == {"cwced-dated", "cwced-undated"}


@pytest.mark.skipif(not _DANIEL or not Path(_DANIEL).is_dir(), reason="DAnIEL is absent")
def test_the_real_daniel_chinese_pages_read_whole() -> None:
    pages = _module().load_pages(Path(_DANIEL))
    assert len(pages) == 401 and all(page["gold"].strip() for page in pages)


@pytest.mark.skipif(not _MAGIC or not Path(_MAGIC).is_dir(), reason="magic-html's set is absent")
def test_the_real_magic_html_chinese_pages_read_whole() -> None:
    pages = _module().load_pages(Path(_MAGIC))
    assert len(pages) == 53 and all(page["url"].startswith("http") for page in pages)
