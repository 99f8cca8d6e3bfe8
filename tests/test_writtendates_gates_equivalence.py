"""The gates `writtendates.date_in_text` searches before each of its date patterns (what
every match of the pattern holds), the one before them all (`_YEAR_OR_CLOCK`), and the
digits translated only in a text holding a digit other than ASCII's (`dateparts.wide_digit`):
the same dates as with every pattern searched and every text translated, on generated texts
mixing dates of every form the patterns read (other calendars and digits too) with prose,
numbers and near-misses; and every match of each pattern holds its gate's match."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.text import calendars
from pipeline.text import writtendates as wd
from pipeline.text.dateparts import _ascii_digits, wide_digit

_PIECES = [
    *("January 8, 2026", "Jan. 8 2026 10:30 a.m. EST", "Thursday, January 8th, 2026 10:30 AM"),
    *("Dec 28 Sat 2013 00:28", "Mayıs 16, 2024", "8 janvier 2026", "1er janvier 2026 à 14h30"),
    *("Wednesday January 11,2012", "Jan 11,2012 10:30 AM"),
    *("08 Jan 2026 10:00:00 +0000", "6 января 2012 г.", "1 de diciembre de 2017"),
    *(
        "12 de maig del 2024",
        "21.dez.2018 às 12h55",
        "11th of January 2012",
        "17 января 12 (18:23)",
    ),
    *("2026. január 8. 15:20", "2026 m. sausio 8 d.", "2026. gada 8. janvāris", "2026 M. sausio 8"),
    *("ngày 8 tháng 1 năm 2026", "8 tháng 1, 2026", "8 THÁNG 1 NĂM 2026", "8 Tháng 1 năm 2026"),
    *("25.11.2011", "05.01.2012 14:45", "16/12/11-15:42", "29-12-2011", "8. 1. 2026."),
    *("01/11/2012 12:16 PM", "12 Mayıs 2024 Pazar 14:35", "14:03 Uhr MEZ", "2:03 μ.μ."),
    *("2024-05-20 13:15", "2024年5月20日", "2026年1月8日(木) 15時20分", "2026년 1월 8일 오후 3:20"),
    *("3.5 per cent", "(0-0: 4979)", "1-2", "10.000", "2019 May 3 people", "in 2026", "20:15"),
    *("1/2/", "12.12.", "4. 5. ", "9-9-", "1999.", "2001 m.", "tháng", "á", "Á", "th", "Jan 8"),
    *("The council said", "on Tuesday", "ſ", "K", "ı", "٢٠٢٦-٠١-٠٨", "２０２６年１月８日", "\n"),
    *(" ", ", ", ". ", " - ", "/", ":", "Staff reporter · ", "Published "),
    *("۱۲ اسفند ۱۳۹۷", "3 มี.ค. 2562", "民國113年5月20日", "二〇二六年一月八日", "१२ जनवरी २०२६"),
    *("𝟐𝟎𝟐𝟔-𝟎𝟏-𝟎𝟖", "٢٠٢٦", "١٢:٣٠", "12h30", "7 km", "第3页", "共12条", "٣", "²", "¹⁹⁹⁹"),
]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 7))) for _ in range(n)]


_GATES = (
    *("_MDY_GATE", "_DMY_GATE", "_YEAR_FIRST_GATE", "_VI_GATE", "_NUMERIC_GATE"),
    "_YEAR_OR_CLOCK",
)


def test_gated_dates_are_the_ungated_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(1, 6_000)
    gated = [wd.date_in_text(t, language=lang) for t in texts for lang in (None, "en", "ru")]
    for name in _GATES:
        monkeypatch.setattr(wd, name, re.compile(""))  # found in every text
    monkeypatch.setattr(wd, "wide_digit", lambda: re.compile(""))  # every text translated
    ungated = [wd.date_in_text(t, language=lang) for t in texts for lang in (None, "en", "ru")]
    assert gated == ungated
    assert sum(d is not None for d in gated) > len(gated) // 2


def test_every_match_holds_its_gate() -> None:
    pairs = [
        *((p, wd._YEAR_OR_CLOCK) for p in (wd.DATE_IN_TEXT, wd._MDY_DATE, wd._DMY_DATE)),
        *((p, wd._YEAR_OR_CLOCK) for p in (wd._YMD_DATE, wd._YDM_DATE, wd._VI_DATE)),
        (wd._NUMERIC_DMY, wd._YEAR_OR_CLOCK),
        (wd._MDY_DATE, wd._MDY_GATE),
        (wd._DMY_DATE, wd._DMY_GATE),
        (wd._YMD_DATE, wd._YEAR_FIRST_GATE),
        (wd._YDM_DATE, wd._YEAR_FIRST_GATE),
        (wd._VI_DATE, wd._VI_GATE),
        (wd._NUMERIC_DMY, wd._NUMERIC_GATE),
    ]
    found = dict.fromkeys(range(len(pairs)), 0)
    for text in _texts(2, 6_000):
        for i, (pattern, gate) in enumerate(pairs):
            for m in pattern.finditer(text):
                found[i] += 1
                # the gate may read past the match: the lookaheads' text
                assert gate.search(text[m.start() : m.end() + 12]), (pattern.pattern[:30], text)
    assert all(found.values()), found


def test_every_digit_translated_is_a_wide_digit() -> None:
    digits = _ascii_digits()
    assert len(digits) > 300  # (the BMP's decimal digits of every script)
    assert all(wide_digit().fullmatch(chr(code)) for code in digits)
    assert not any(wide_digit().search(chr(code)) for code in range(0x80))
    assert not wide_digit().search("二〇二六年 ² ¹⁹⁹⁹ Ⅻ 𝟐𝟎𝟐𝟔")  # (translated to nothing)


def test_the_year_or_clock_gate_is_its_two_alternatives() -> None:
    plain = re.compile(r"(?:19|20)\d\d|\d[:h]\d\d")
    rng = random.Random(3)
    alphabet = "0123456789129:h .-/年٢𝟐"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
        found, expected = wd._YEAR_OR_CLOCK.search(text), plain.search(text)
        assert (found is None) == (expected is None), text


def test_every_han_date_holds_its_year_and_month() -> None:
    # `calendars.calendar_dates` searches its era and Han-numeral dates in texts holding both
    found = 0
    for text in _texts(4, 6_000):
        for pattern in (calendars._ERA_DATE, calendars._HAN_NUMERAL_DATE):
            for m in pattern.finditer(text):
                found += 1
                assert "年" in m.group(0) and "月" in m.group(0), text
    assert found > 100
