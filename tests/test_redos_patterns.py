"""Patterns a hostile text made super-linear (a scan for them: 8,000 repeats of a unit), each
rewritten to a linear form or one pass: the results are the old pattern's. Each old pattern
is kept here as the reference; random texts over a small alphabet (the characters the
pattern turns on) and the hostile input through the real entry point check the new one.
Timings are in benchmarks/extraction/hostile_patterns.py."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.brief import quality_french
from pipeline.config import StoryConfig
from pipeline.figures.check import extract_figures
from pipeline.figures.labels import _several_companies_total
from pipeline.figures.measurewords import _SEVERAL_COMPANIES
from pipeline.figures.parse import _EN_PATTERN, find_numbers
from pipeline.figures.periods import _SERIES_TOKEN, period_for
from pipeline.maintext import embedded, photocredits
from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from pipeline.sites import kr36
from pipeline.summarize import llm_markdown, sentences
from pipeline.summarize.sentences import split_sentences
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


# --- 36Kr's title suffix ------------------------------------------------------------------

_OLD_KR36_SUFFIX = re.compile(r"\s*[-_|]\s*36氪.*$")


def test_36kr_title_loses_its_site_name_as_the_old_pattern_cut_it() -> None:
    alphabet = [" ", "\n", "-", "_", "|", "36氪", "x", "\u00a0", "3", "6", "氪", "\t"]
    changed = 0
    for text in _random_texts(alphabet, 50_000, 14, seed=8):
        old = _OLD_KR36_SUFFIX.sub("", text)
        assert kr36._without_site_name(text) == old, text
        changed += old != text
    assert changed > 5_000


_KR36_BODY = "<p>" + "北京市政府周一表示，明年道路预算将增加，批评者担心工期延误。" * 5 + "</p>"


@pytest.mark.parametrize(
    ("og_title", "title"),
    [
        ("标题" + "\u00a0" * 60_000 + "x", "标题 x"),  # 16,000 took 1.9 s
        # each "36氪" of a line but the last was tried to its line's end: none is the suffix
        ("标题" + "-36氪" * 15_000 + "&#10;x", "标题" + "-36氪" * 15_000 + " x"),
        ("标题" + "\u00a0" * 60_000 + "- 36氪 科技", "标题"),
    ],
)
def test_a_36kr_page_titled_by_a_hostile_og_title(og_title: str, title: str) -> None:
    html = (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{og_title}"></head><body>'
        f'<div class="articleDetailContent">{_KR36_BODY}</div></body></html>'
    )
    made = make_article(RawPage(url="https://36kr.com/p/1234567890", body=html.encode()))
    assert isinstance(made, Article)
    assert made.title == title


# --- sentences ----------------------------------------------------------------------------


def _old_latin_spans(line: str) -> list[tuple[int, int]]:
    """sentences._split_paragraph for Latin text as it was (each period's line prefix searched)."""
    end = re.compile(rf"(?:[.!?]+|…)[{re.escape(sentences._CLOSERS)}\u00a0\u202f]*(?=\s+|$)")
    before = re.compile(r"([\w.\-]+)$")
    cuts = []
    for match in end.finditer(line):
        if match.group().startswith("."):
            found = before.search(line[: match.start()])
            word = found.group(1).lower() if found else ""
            last = word.rsplit(".", 1)[-1]
            if found and (
                word in sentences._ABBREVIATIONS
                or (len(last) == 1 and last.isalpha() and (len(word) == 1 or "." in word))
            ):
                continue
        cuts.append(match.end())
    spans, begin = [], 0
    for cut in [*cuts, len(line)]:
        trimmed = sentences._trim(line, begin, cut)
        if trimmed is not None:
            spans.append(trimmed)
        begin = cut
    return spans


def test_latin_sentences_are_cut_where_they_were() -> None:
    alphabet = list('a. ?!…\u00a0”’")-x_,\t1') + ["Dr.", "e.g.", " J. ", "...", "Mr.", "U.S."]
    for line in _random_texts(alphabet, 30_000, 30, seed=9):
        assert sentences._split_paragraph(line, "en") == _old_latin_spans(line), line


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("?" * 200_000 + "x", 1),  # each "?" tried to the run's end: 20,000 took 13 s
        ("_" * 200_000 + ",. Next one.", 2),
        ("a. " * 60_000, 1),  # each period's line searched for its word: 60 KB took 25 s
        (("A line ends here. " * 3 + "M. Dupont said so. ") * 10_000, 40_000),
    ],
)
def test_hostile_lines_split_into_sentences(text: str, count: int) -> None:
    assert len(split_sentences(text, "en")) == count


# --- names of the sources and citations of a generated brief ------------------------------

_OLD_NAME_PARTS = re.compile(r"\s*[（()）《》「」,，;；·|]\s*")
_OLD_CITATION = re.compile(r"\s*\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def test_source_names_split_as_before() -> None:
    alphabet = list(" \u00a0\t,，;（）()|·《》ab")
    for text in _random_texts(alphabet, 30_000, 20, seed=10):
        assert quality_french._NAME_PARTS.split(text) == _OLD_NAME_PARTS.split(text), text
    hostile = "21世纪经济报道" + " " * 50_000 + "x（记者" + "\u00a0" * 50_000 + "）"
    assert quality_french._NAME_PARTS.split(hostile) == [
        "21世纪经济报道" + " " * 50_000 + "x",
        "记者",
        "",
    ]


def test_citations_found_and_cut_as_before() -> None:
    alphabet = list(" \u00a0\t[]12,;x")
    for text in _random_texts(alphabet, 30_000, 20, seed=11):
        assert llm_markdown._CITATION.findall(text) == _OLD_CITATION.findall(text), text
        assert llm_markdown._CITATION.sub("", text) == _OLD_CITATION.sub("", text), text


def test_a_generated_paragraph_padded_with_blanks_keeps_its_citation() -> None:
    article = Article(url="https://news.example.com/a", title="A", text="Texte.")
    markdown = "# Titre\n\nLe chiffre d'affaires a doublé" + "\u00a0" * 60_000 + " [1].\n"
    draft = llm_markdown.parse_brief_markdown(markdown, [article], _STORY)
    assert [s.article_id for s in draft.chapeau] == [article.id]


# --- bounded where they are read: checked through make_article ------------------------------


def test_photo_credit_lines_are_read_only_when_short() -> None:
    # _PHOTO_CREDIT (140 s on 8,000 newlines when searched) is matched on one line of at
    # most 90 characters (photocredits._MAX_PHOTO_CREDIT); a line holds no newline
    for line, dropped in [
        ("Photo by Jane Doe / Getty Images", True),
        ("Photo by" + " :" * 40 + " Getty", False),
        ("Photo by " + "a " * 50_000 + "/ Getty Images", False),
    ]:
        html = _PAGE.format(("<p>" + _WORDS * 6 + "</p>") * 3 + f"<p>{line}</p>")
        made = make_article(RawPage(url="https://news.example.com/a/3", body=html.encode()))
        assert isinstance(made, Article)
        assert ("Getty" not in made.text) == dropped


_OLD_PHOTO_CREDIT = re.compile(
    r"(?:(?:(?:photo|image|illustration|picture)s?\s*)?(?:credits?\s*)?(?:by|:)\s*[^.!?]{0,60}?|"
    r"[^.!?|/]{1,60}?\s*(?:\||/|\bvia\b))"
    rf"\s*\(?{photocredits._AGENCY}\)?(?:\s*(?:\||/|\bvia\b)\s*[^.!?]{{0,40}})?\.?$|"
    rf"\(?{photocredits._AGENCY}\)?\s*(?:\||/)\s*[^.!?]{{1,40}}$",
    re.I,
)


def test_photo_credits_are_told_as_the_old_pattern_told_them() -> None:
    pieces = [" ", "a", "1", ")", "(", "|", "/", " via ", "photo", " by ", ":", "getty", " images"]
    pieces += [
        "afp",
        "reuters",
        "-",
        ",",
        "x",
        "ap photo",
        "credit",
        "é",
        "中",
        ".",
        "!",
        "?",
        "\n",
    ]
    found = 0
    for line in _random_texts(pieces, 40_000, 30, seed=12):
        old = _OLD_PHOTO_CREDIT.match(line) is not None
        assert (photocredits._PHOTO_CREDIT.match(line) is not None) == old, line
        found += old
    assert found > 300


def test_a_page_of_credit_shaped_lines_is_read() -> None:
    # each line of 90 characters tried each split of its free text against each agency
    lines = ["photo: " + "1 " * 38 + "getty!", "photo by " + ")" * 75 + " getty", "Jane Roe | AFP"]
    html = _PAGE.format(("<p>" + _WORDS * 6 + "</p>") * 8 + "<p>" + "<br>".join(lines * 2_000))
    made = make_article(RawPage(url="https://news.example.com/a/6", body=html.encode()))
    assert isinstance(made, Article)
    # (repeated lines kept once; the credit naming AFP dropped, as before)
    assert made.text.endswith("\nphoto by " + ")" * 75 + " getty") and "AFP" not in made.text


@pytest.mark.parametrize("padding", ["\u00a0" * 100_000, "\n\u00a0" * 50_000, " \t" * 50_000])
def test_an_author_meta_padded_with_blanks_names_its_writers(padding: str) -> None:
    # _AUTHOR_SPLIT (6.7 s on 8,000 no-break spaces when searched) splits a value whose runs
    # of blanks are one blank each (names._BLANK_RUN) but for newlines, themselves separators
    html = _PAGE.format("<p>" + _WORDS * 6 + "</p>").replace(
        "</title>", f'</title><meta name="author" content="Jane Doe{padding}and John Smith">'
    )
    made = make_article(RawPage(url="https://news.example.com/a/4", body=html.encode()))
    assert isinstance(made, Article)
    assert made.author == "Jane Doe, John Smith"


def test_a_title_padded_with_blanks_around_pipes() -> None:
    # _PIPES and technode's suffix split a title whose blanks clean_title and text_of collapse
    blanks = "\u00a0" * 100_000
    html = _PAGE.format(("<p>" + _WORDS * 6 + "</p>") * 3).replace(
        "<title>Roads</title>", f"<title>Roads{blanks}|{blanks}News</title>"
    )
    made = make_article(RawPage(url="https://news.example.com/a/5", body=html.encode()))
    assert isinstance(made, Article) and made.title == "Roads"


_STORY = StoryConfig(id="roads", title_hint="Routes", keywords=("roads",))
