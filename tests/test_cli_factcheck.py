"""`newsbrief factcheck BRIEF.md --sources ...`: exit 0 all supported, 1 unsupported, 2 bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.app.cli import main

SOURCE_ZH = (
    "智谱此次全球发售募资约43亿港元，香港公开发售获超额认购1159.46倍，"
    "上市首日开盘市值528亿港元，募资净额的70%将用于研发。"
)
GOOD = (
    "# Brève\n\nZhipu AI a levé 4,3 milliards de dollars de Hong Kong ; l'offre publique a été "
    "sursouscrite 1 159 fois et la capitalisation à l'ouverture atteignait 52,8 milliards. "
    "70 % du produit ira à la recherche.\n"
)
BAD = (
    "# Brève\n\nZhipu AI a levé 43 milliards de dollars, pour une valorisation de "
    "528 milliards de dollars HK.\n"
)


def _jsonl(tmp: Path) -> Path:
    path = tmp / "sources.jsonl"
    row = {
        "url": "https://www.sohu.com/a/1_2",
        "title": "智谱上市",
        "text": SOURCE_ZH,
        "language": "zh",
    }
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_supported_brief_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "brief.fr.md"
    brief.write_text(GOOD, encoding="utf-8")
    assert main(["factcheck", str(brief), "--sources", str(_jsonl(tmp_path))]) == 0
    assert "0 unsupported" in capsys.readouterr().out


def test_magnitude_errors_exit_1_with_json_details(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.fr.md"
    brief.write_text(BAD, encoding="utf-8")
    assert main(["factcheck", str(brief), "--sources", str(_jsonl(tmp_path)), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    bad = [f for f in report["figures"] if not f["supported"]]
    assert report["unsupported"] == len(bad) >= 2
    texts = " ".join(f["text"] for f in bad)
    assert "43 milliards" in texts and "528 milliards" in texts
    closest = {f["text"]: f["closest"] for f in bad}
    assert any(c and "528亿" in c["text"] for c in closest.values())


def test_txt_and_html_sources(tmp_path: Path) -> None:
    brief = tmp_path / "brief.fr.md"
    brief.write_text(GOOD, encoding="utf-8")
    txt = tmp_path / "source.txt"
    txt.write_text(SOURCE_ZH, encoding="utf-8")
    assert main(["factcheck", str(brief), "--sources", str(txt)]) == 0
    html = tmp_path / "source.html"
    html.write_text(
        f"<html lang='zh'><head><title>智谱</title></head><body><article><h1>智谱上市</h1>"
        f"<p>{SOURCE_ZH}</p><p>{SOURCE_ZH}</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["factcheck", str(brief), "--sources", str(html)]) == 0


@pytest.mark.parametrize("problem", ["missing_brief", "missing_source", "bad_jsonl", "bad_type"])
def test_bad_input_exits_2_naming_it(
    tmp_path: Path, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.fr.md"
    brief.write_text(GOOD, encoding="utf-8")
    source = _jsonl(tmp_path)
    if problem == "missing_brief":
        brief = tmp_path / "nope.md"
    elif problem == "missing_source":
        source = tmp_path / "nope.jsonl"
    elif problem == "bad_jsonl":
        source.write_text('{"url": "x", "text": "t"}\nnot json\n', encoding="utf-8")
    else:
        source = tmp_path / "sources.csv"
        source.write_text("url,text\n", encoding="utf-8")
    assert main(["factcheck", str(brief), "--sources", str(source)]) == 2
    err = capsys.readouterr().err
    named = brief if problem == "missing_brief" else source
    assert str(named) in err
