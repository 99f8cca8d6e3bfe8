"""evaluate_corpus on a tiny corpus written here, with hand-computed scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.app.evaluate import evaluate_corpus, format_report, page_scores, tokens
from pipeline.errors import InputError

MANIFEST = "name\tlanguage\turl\tdir\tgold_type\n"


def _write(corpus: Path, rows: list[tuple[str, str, str, str, str]]) -> None:
    """rows: (name, language, gold_type, html, gold text or snippets JSON)."""
    lines = [MANIFEST]
    (corpus / "pages").mkdir(parents=True)
    for name, lang, kind, html, gold in rows:
        lines.append(f"{name}\t{lang}\thttps://example.test/{name}\tpages\t{kind}\n")
        (corpus / "pages" / f"{name}.html").write_bytes(html.encode("utf-8"))
        suffix = ".snippets.json" if kind == "snippets" else ".txt"
        (corpus / "pages" / f"{name}{suffix}").write_text(gold, encoding="utf-8")
    (corpus / "manifest.tsv").write_text("".join(lines), encoding="utf-8")


def _body_text(body: bytes, url: str) -> str:
    """A stand-in extractor: the page bytes are the extracted text."""
    return body.decode("utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    snippets = json.dumps({"with": ["quick brown", "lazy cat"], "without": ["sign up"]})
    _write(
        tmp_path,
        [
            # zh: output 今天天气很好 (6 chars) vs gold 今天天气不错 (6): 4 common -> P = R = 4/6
            ("zh1", "zh", "human", "今天天气很好。", "今天天气不错！"),
            # en: output "the cat sat" vs gold "The cat sat on the mat": P 3/3, R 3/6
            ("en1", "en", "human", "the cat sat", "The cat sat on the mat."),
            # en: exact match after NFKC + casefold (full-width letters) -> 1.0
            ("en2", "en", "human", "ＨＥＬＬＯ World", "hello world"),
            # fr snippets: "quick brown" found, "lazy cat" missed, "sign up" found (false positive)
            ("fr1", "fr", "snippets", "The quick  brown fox. Sign up now", snippets),
        ],
    )
    return tmp_path


def test_exact_scores_per_language(corpus: Path) -> None:
    result = evaluate_corpus(corpus, _body_text)
    zh, en = result["languages"]["zh"], result["languages"]["en"]
    assert zh["precision"] == pytest.approx(4 / 6) and zh["recall"] == pytest.approx(4 / 6)
    assert en["pages"] == 2
    assert en["precision"] == pytest.approx((1.0 + 1.0) / 2)
    assert en["recall"] == pytest.approx((0.5 + 1.0) / 2)
    assert en["f1"] == pytest.approx((2 * 0.5 / 1.5 + 1.0) / 2)
    fr = result["snippets"]["fr"]
    assert (fr["precision"], fr["recall"]) == (pytest.approx(0.5), pytest.approx(0.5))
    assert result["pages"] == 4 and result["pages_per_second"] > 0


def test_crash_counts_as_empty_page(corpus: Path) -> None:
    def broken(body: bytes, url: str) -> str:
        if url.endswith("en1"):
            raise RuntimeError("boom")
        return body.decode("utf-8")

    result = evaluate_corpus(corpus, broken)
    assert result["languages"]["en"]["errors"] == 1
    assert result["languages"]["en"]["empty"] == 1
    assert result["languages"]["en"]["recall"] == pytest.approx(0.5)


def test_report_lists_languages(corpus: Path) -> None:
    report = format_report(evaluate_corpus(corpus, _body_text))
    assert "pages/s" in report
    assert [line.split()[0] for line in report.splitlines() if line[:2] in ("zh", "en", "fr")] == [
        "en",
        "zh",
        "fr",
    ]


def test_tokens_chinese_by_character_latin_runs_whole() -> None:
    assert tokens("GDP增长5.2%", "zh") == {"gdp": 1, "增": 1, "长": 1, "5": 1, "2": 1}
    assert tokens("L’économie, c’est", "fr") == {"l": 1, "économie": 1, "c": 1, "est": 1}


def test_empty_gold_and_output() -> None:
    assert page_scores("", "", "en") == (1.0, 1.0, 1.0)
    assert page_scores("text", "", "en") == (0.0, 1.0, 0.0)
    assert page_scores("", "gold", "en") == (0.0, 0.0, 0.0)


def test_missing_manifest_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="manifest.tsv"):
        evaluate_corpus(tmp_path, _body_text)


def test_default_extractor_is_extract_text(corpus: Path) -> None:
    result = evaluate_corpus(corpus)  # pipeline.extract.extract_text on real (tiny) pages
    assert set(result["languages"]) == {"zh", "en"}
    assert all(p["error"] == "" for p in result["per_page"])
