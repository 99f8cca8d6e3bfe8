"""Figure checking on extreme input: numbers too long for a float, paragraphs of many figures.

No timings here (they are in benchmarks/figures): the work is counted instead, so a return
to per-pair scans fails whatever the machine's speed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.figures import check_brief, key_figures, keywordscan, labels, periods
from pipeline.records import Article

HUGE = "9" * 321


def _source(text: str, language: str = "fr") -> Article:
    return Article(url="https://a.example/1", title="t", text=text, language=language)


def test_a_321_digit_figure_is_reported_unsupported() -> None:
    brief = f"# Brève\n\nLa société a levé {HUGE} millions de dollars et 4,3 milliards de yuans.\n"
    checks = check_brief(brief, [_source("La société a levé 4,3 milliards de yuans.")])
    huge = [c for c in checks if HUGE in c.figure.text]
    assert len(huge) == 1 and not huge[0].supported
    assert huge[0].reason == "too large"
    assert huge[0].to_dict()["rendered"] == huge[0].figure.text
    assert [c.supported for c in checks if c not in huge] == [True]


def test_a_321_digit_source_figure_backs_nothing_and_breaks_nothing() -> None:
    source = _source(f"Le groupe a levé {HUGE} milliards d'euros, puis 2 milliards d'euros.")
    rows = key_figures([source])
    assert [row.rendered for row in rows] == ["2 milliards d'euros"]
    checks = check_brief(f"# B\n\nIl a levé {HUGE} milliards d'euros.\n", [source])
    assert [(c.supported, c.reason) for c in checks] == [(False, "too large")]


def test_factcheck_cli_names_the_huge_figure_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.fr.md"
    brief.write_text(f"# Brève\n\nLe groupe a levé {HUGE} millions d'euros.\n", encoding="utf-8")
    sources = tmp_path / "sources.jsonl"
    row = {"url": "https://a.example/1", "title": "t", "text": "Rien.", "language": "fr"}
    sources.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main(["factcheck", str(brief), "--sources", str(sources)]) == 1
    out = capsys.readouterr().out
    assert f"NO  {HUGE} millions d'euros" in out and "Traceback" not in out
    assert main(["factcheck", str(brief), "--sources", str(sources), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["unsupported"] == 1 and report["figures"][0]["reason"] == "too large"


def _paragraph(count: int) -> str:
    """One sentence of `count` revenue figures (no clause break between some of them)."""
    parts = [f"{i + 1} millions d'euros" + (" et" if i % 2 else ",") for i in range(count)]
    return "Le chiffre d'affaires a atteint " + " ".join(parts) + " en 2024."


def _counted_work(count: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, list[bool]]:
    """Characters scanned for keywords and keyword lookups made checking `count` figures."""
    scans, lookups = 0, 0
    scan, nearest = keywordscan._scan.__wrapped__, keywordscan._nearest

    def counting_scan(text: str, pattern: object, region: tuple[int, int]) -> object:
        nonlocal scans
        scans += region[1] - region[0]
        return scan(text, pattern, region)

    def counting_nearest(*args: object, **kwargs: object) -> object:
        nonlocal lookups
        lookups += 1
        return nearest(*args, **kwargs)  # type: ignore[arg-type]

    cached = keywordscan.lru_cache(maxsize=4096)(counting_scan)
    monkeypatch.setattr(keywordscan, "_scan", cached)  # read by _matches_within
    monkeypatch.setattr(labels, "_nearest", counting_nearest)  # read by label_for's helpers
    monkeypatch.setattr(periods, "_nearest", counting_nearest)  # and by period_for
    text = _paragraph(count)
    checks = check_brief(f"# Brève\n\n{text}\n", [_source(_paragraph(3))])
    monkeypatch.undo()
    assert len(checks) == count
    return scans, lookups, [c.supported for c in checks]


def test_a_paragraph_of_2000_figures_is_checked_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans_1000, lookups_1000, supported_1000 = _counted_work(1000, monkeypatch)
    scans_2000, lookups_2000, supported_2000 = _counted_work(2000, monkeypatch)
    assert supported_2000[:3] == [True, True, True] and not any(supported_2000[3:])
    assert supported_1000[:3] == [True, True, True]
    # Each figure looks its keywords up a bounded number of times, and each region (a clause,
    # the sentence) is scanned once per word list: twice the figures, about twice the work.
    assert lookups_1000 > 0 and scans_1000 > 0
    assert lookups_2000 <= 2.1 * lookups_1000
    assert scans_2000 <= 2.1 * scans_1000
    assert lookups_2000 < 100 * 2000 and scans_2000 < 100 * len(_paragraph(2000))
