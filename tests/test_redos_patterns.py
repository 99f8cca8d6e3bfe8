"""Patterns a hostile text made super-linear (a scan for them: 8,000 repeats of a unit), each
rewritten to a linear form or one pass: the results are the old pattern's. Each old pattern
is kept here as the reference; random texts over a small alphabet (the characters the
pattern turns on) and the hostile input through the real entry point check the new one.
Timings are in benchmarks/extraction/hostile_patterns.py."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.figures.check import extract_figures
from pipeline.figures.labels import _several_companies_total
from pipeline.figures.measurewords import _SEVERAL_COMPANIES
from pipeline.figures.parse import _EN_PATTERN, find_numbers
from pipeline.figures.periods import _SERIES_TOKEN, period_for
from pipeline.maintext import embedded
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.web import blocking

_OLD_SERIES = {
    "money": re.compile(
        r"\d(?:[.,]?\d)*\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:港元|美元|人民币|元)"
        r"|(?:RMB|HK\$|US\$|\$)\s?\d"
    ),
    "percent": re.compile(r"\d(?:[.,]?\d)*\s*%"),
}
_SERIES_ALPHABET = list("0123456789..,,  %%元元万亿萬億$$RMBHKUS港美人民币x\u00a0\t٣")


def _random_texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    r = random.Random(seed)
    return ["".join(r.choices(alphabet, k=r.randint(0, longest))) for _ in range(count)]


@pytest.mark.parametrize("kind", ["money", "percent"])
def test_series_tokens_find_what_the_old_patterns_found(kind: str) -> None:
    r = random.Random(20)
    texts = _random_texts(_SERIES_ALPHABET, 30_000, 30, seed=len(kind))
    texts += ["$12元", "$1.5元", "RMB 3,4元", "1.2.3%", "12 %", "1万 元", "HK$1,2%"]
    found = 0
    for text in texts:
        # the scans of periods start anywhere: inside a number, after a match's digit
        pos = r.randint(0, len(text) + 1) if r.random() < 0.7 else 0
        end = r.randint(0, len(text) + 2) if r.random() < 0.5 else len(text)
        old = [(m.span(), m.group()) for m in _OLD_SERIES[kind].finditer(text, pos, end)]
        new = [(m.span(), m.group()) for m in _SERIES_TOKEN[kind].finditer(text, pos, end)]
        assert new == old, (text, pos, end)
        found += bool(old)
    assert found > 1_000  # the alphabet makes matches, not only misses


def test_the_money_series_after_a_dollar_digit_keeps_the_next_number() -> None:
    # "$1" ends in a digit: the scan goes on inside the number, as re's finditer did
    assert [m.group() for m in _SERIES_TOKEN["money"].finditer("$12元")] == ["$1", "2元"]


_OLD_EN = re.compile(_EN_PATTERN.pattern.replace(r"(?![.,]*\d)", r"(?![\d,.]*\d)"), re.I)


def test_english_figures_are_found_as_the_old_pattern_found_them() -> None:
    assert _OLD_EN.pattern != _EN_PATTERN.pattern
    alphabet = list("0123456789.,,.  $%x") + [" million", " percent", " dollars", "HK$", "US$"]
    for text in _random_texts(alphabet, 20_000, 25, seed=3):
        old = [(m.span(), m.groupdict()) for m in _OLD_EN.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _EN_PATTERN.finditer(text)] == old, text


_OLD_SEVERAL = re.compile(_SEVERAL_COMPANIES.pattern.replace(r"|\d)\s*", r"|\d+)\s*", 1), re.I)


def test_several_companies_are_told_as_the_old_pattern_told_them() -> None:
    assert _OLD_SEVERAL.pattern != _SEVERAL_COMPANIES.pattern
    r = random.Random(5)
    alphabet = list("0123456789 ,，家间公司企业三x") + [" firms", " big", " sociétés", "two"]
    for text in _random_texts(alphabet, 20_000, 25, seed=4):
        start, end = sorted((r.randint(0, len(text)), r.randint(0, len(text))))
        old = _OLD_SEVERAL.search(text, start, end) is not None
        assert (_SEVERAL_COMPANIES.search(text, start, end) is not None) == old, text


def test_a_series_sentence_holding_a_huge_number_is_labelled() -> None:
    # every digit of the run was tried to the run's end, for each scan of the sentence
    text = "2022年、2023年和2024年收入分别为" + "1" * 60_000 + "元、5亿元和6亿元。"
    labels = {f.text[-3:]: f.label for f in extract_figures(text, "zh")}
    assert labels == {
        "11元": "chiffre d'affaires (2022)",
        "5亿元": "chiffre d'affaires (2023)",
        "6亿元": "chiffre d'affaires (2024)",
    }


def test_a_percent_series_after_a_run_of_digits() -> None:
    text = "2023 and 2024 rates were " + "9" * 60_000 + " 5% and 6%."
    start = text.index("6%")
    assert period_for(text, "percent", (start, start + 2), ((start, start + 2), (0, len(text))))


def test_comma_separated_digits_make_no_english_figure() -> None:
    assert find_numbers("1," * 50_000 + " up 5%", "en")[-1].unit == "%"


def test_a_sentence_of_digits_is_no_total_of_several_companies() -> None:
    text = "1" * 60_000 + "元"
    assert not _several_companies_total(text, "money", (0, len(text)))


# --- tags: "<" no ">" follows -------------------------------------------------------------


def _random_markup(count: int, seed: int) -> list[str]:
    return _random_texts(list("<<>> ab/\n"), count, 30, seed)


def test_blocking_blanks_tags_as_its_pattern_did() -> None:
    for text in _random_markup(20_000, seed=6):
        assert blocking._blank_tags(text) == blocking._TAG.sub(" ", text), text


def test_embedded_blanks_tags_as_its_pattern_did() -> None:
    for text in _random_markup(20_000, seed=7):
        assert embedded._blank_tags(text) == embedded._TAG.sub(" ", text), text
        found = embedded._TAG.search(text) is not None
        assert (-1 < text.find("<") < text.rfind(">")) == found, text


_WORDS = "The council said on Monday that its budget for roads would rise next year. "
_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Roads</title></head>'
    "<body><main><article><h1>A report on roads</h1>{}</article></main></body></html>"
)


@pytest.mark.parametrize("marker", ["<p>cf-chl-widget</p>", '<div class="g-recaptcha"></div>'])
def test_a_page_ending_in_open_brackets_beside_a_block_marker_is_read(marker: str) -> None:
    # the WAF and captcha checks blank the tags of the page's head (200,000 characters):
    # 40,000 "<" took 1.6 s, 200,000 would take 36 s
    html = _PAGE.format(marker + ("<p>" + _WORDS * 6 + "</p>") * 5) + "<" * 60_000
    made = make_article(RawPage(url="https://news.example.com/a/1", body=html.encode()))
    assert isinstance(made, Article)
    assert made.title == "Roads"
    assert made.text.endswith("would rise next year.")
    assert blocking.block_verdict(html, "https://news.example.com/a/1") is None


def test_an_app_state_body_ending_in_open_brackets_is_read_as_before() -> None:
    state = '{"props":{"pageProps":{"article":{"title":"A report","body":"%s"}}}}' % (
        _WORDS * 20 + "<" * 60_000
    )
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A report</title>'
        '</head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
        + state
        + "</script></body></html>"
    )
    made = make_article(RawPage(url="https://news.example.com/a/2", body=html.encode()))
    assert getattr(made, "reason", None) is not None  # no prose beside 60,000 "<": no article
    assert embedded.body_paragraphs("a <b>bold</b> word" + "<" * 60_000)[0].startswith("a bold")
