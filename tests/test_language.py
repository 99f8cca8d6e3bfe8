"""Language detection: seeded langdetect, zh script by OpenCC counts, short texts, mixed pages."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.records import Article
from pipeline.text.language import (
    SAMPLE_CHARS,
    apply_language,
    chinese_script,
    detect_language,
    parse_declared,
    tag_paragraphs,
)
from pipeline.text.scripts import changing_characters, opencc_converter, to_simplified

HANT = (
    "這家公司今天在香港交易所掛牌上市，開盤價比發行價高出百分之三，市場對國產大模型的前景相當樂觀。"
)
HANS = to_simplified(HANT)
FRENCH = (
    "La société chinoise a fait ses débuts à la Bourse de Hong Kong jeudi, "
    "et son titre a terminé la séance en nette hausse après une matinée hésitante."
)
ENGLISH = (
    "The Chinese company made its debut on the Hong Kong stock exchange on Thursday, "
    "and its shares closed sharply higher after a hesitant morning session."
)


def test_simplified_chinese() -> None:
    assert detect_language(HANS) == ("zh", "Hans")


def test_traditional_chinese() -> None:
    assert detect_language(HANT) == ("zh", "Hant")


def test_script_comes_from_the_characters_not_the_declaration() -> None:
    assert detect_language(HANT, "zh-CN") == ("zh", "Hant")
    assert detect_language(HANS, "zh-TW") == ("zh", "Hans")


def test_chinese_script_counts_opencc_changes() -> None:
    assert chinese_script(HANT) == "Hant"
    assert chinese_script(HANS) == "Hans"
    assert chinese_script("no Han characters") is None
    assert chinese_script("中文上市", hint="Hant") == "Hant"  # no differing character: the hint


def test_script_tables_hold_what_opencc_changes_one_character_at_a_time() -> None:
    to_simple, to_traditional = changing_characters("t2s"), changing_characters("s2t")
    assert {"這", "會", "開", "價"} <= to_simple and not {"这", "会", "开", "价"} & to_simple
    assert {"这", "会", "开", "价"} <= to_traditional and not {"這", "會"} & to_traditional
    assert not {"中", "上", "市", "a", "，"} & (to_simple | to_traditional)
    t2s = opencc_converter("t2s")
    assert all(t2s.convert(char) != char for char in sorted(to_simple)[:200])


def test_chinese_script_counts_every_occurrence() -> None:
    # Two distinct traditional characters against three occurrences of one simplified one.
    assert chinese_script("這裡这这这") == "Hans"
    assert chinese_script("這這這这裡") == "Hant"


def test_langdetect_reads_the_start_of_a_long_text() -> None:
    head = (ENGLISH + " ") * (SAMPLE_CHARS // len(ENGLISH) + 1)
    assert detect_language(head + (FRENCH + " ") * 40) == ("en", None)
    assert detect_language((FRENCH + " ") * 40 + head) == ("fr", None)


def test_french_and_english() -> None:
    assert detect_language(FRENCH) == ("fr", None)
    assert detect_language(ENGLISH) == ("en", None)
    assert detect_language(ENGLISH, "fr") == ("en", None)  # long enough to trust the text


def test_short_text_falls_back_to_declared_language() -> None:
    assert detect_language("Bourse de Hong Kong", "fr-FR") == ("fr", None)
    assert detect_language("Hong Kong debut", "en") == ("en", None)
    assert detect_language("GLM-5", "zh-Hant") == ("zh", "Hant")
    assert detect_language("Hong Kong debut") == ("und", None)
    assert detect_language(FRENCH, "en", min_chars=500) == ("en", None)


def test_letters_are_counted_past_the_head_of_a_text() -> None:
    # The letter count reads a text's head first (enough letters there ends it); letters that
    # come only after a long run of digits and punctuation still count, one short is short.
    filler = "12 345, 678. " * 40
    assert detect_language(filler + "Hong Kong debut", "en") == ("en", None)
    assert detect_language(filler + FRENCH, "en")[0] == "fr"
    assert detect_language(filler + "智谱上市", "fr") == ("zh", "Hans")
    assert detect_language(filler + "x" * 39) == ("und", None)


def test_short_han_text_is_chinese_unless_japanese_declared() -> None:
    assert detect_language("智谱上市") == ("zh", "Hans")  # langdetect says Korean here
    assert detect_language("智譜上市", "fr") == ("zh", "Hant")
    assert detect_language("東京株式市場", "ja") == ("ja", None)


def test_nothing_to_say() -> None:
    assert detect_language("") == ("und", None)
    assert detect_language("12345 — 678.9 %") == ("und", None)


def test_parse_declared() -> None:
    assert parse_declared("zh-HK") == ("zh", "Hant")
    assert parse_declared("zh_CN") == ("zh", "Hans")
    assert parse_declared("fr-FR") == ("fr", None)
    assert parse_declared("und") == (None, None)


def test_detection_is_deterministic() -> None:
    mixed = "Zhipu AI 智谱 Hong Kong listing GLM model 上市 debut"
    assert len({detect_language(mixed, min_chars=10) for _ in range(5)}) == 1


def test_tag_paragraphs_on_a_mixed_page() -> None:
    tags = tag_paragraphs([HANS, ENGLISH, "GLM-5", HANT], None)
    assert tags == [("zh", "Hans"), ("en", None), ("zh", "Hans"), ("zh", "Hant")]


def test_tag_paragraphs_uses_declared_when_nothing_is_long() -> None:
    assert tag_paragraphs(["Bonjour", "Merci"], "fr") == [("fr", None), ("fr", None)]


def test_apply_language_sets_language_and_script() -> None:
    article = Article(url="https://e.org/1", title="t", text=HANT)
    out = apply_language(article, "zh-Hans")
    assert (out.language, out.script) == ("zh", "Hant")
    short = Article(url="https://e.org/2", title="Bourse", text="Hausse de 3 %")
    assert (apply_language(short, "fr").language, apply_language(short, None).language) == (
        "fr",
        "und",
    )


@pytest.mark.parametrize("name", ["01", "02", "05", "13", "17", "18", "23"])
def test_story_articles_match_their_labels(shared_dir: Path, name: str) -> None:
    path = shared_dir / "story" / f"{name}.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    data = json.loads(path.read_text(encoding="utf-8"))
    expected = {"zh-Hans": ("zh", "Hans"), "zh-Hant": ("zh", "Hant")}.get(
        data["language"], (data["language"], None)
    )
    assert detect_language(data["text"]) == expected


# pipeline.text.ngramlang runs langdetect's algorithm with numpy arithmetic: it must give
# langdetect's own answers, language and probability, bit for bit.
_SAMPLES = (
    ENGLISH,
    FRENCH,
    HANS,
    HANT,
    "Der Börsengang in Hongkong war der größte eines chinesischen KI-Unternehmens seit Jahren.",
    "La salida a bolsa en Hong Kong fue la mayor de una empresa china de inteligencia artificial.",
    "A estreia na bolsa de Hong Kong foi a maior de uma empresa chinesa de inteligência artificial.",
    "Il debutto alla borsa di Hong Kong è stato il più grande per un'azienda cinese del settore.",
    "Дебют на бирже Гонконга стал крупнейшим для китайской компании за последние годы.",
    "Το ντεμπούτο στο χρηματιστήριο του Χονγκ Κονγκ ήταν το μεγαλύτερο των τελευταίων ετών.",
    "香港証券取引所での上場は、中国のAI企業として近年最大規模となった。",
    "홍콩 증권거래소 상장은 최근 몇 년간 중국 인공지능 기업 중 최대 규모였다.",
    "Việc niêm yết tại Hồng Kông là lớn nhất của một công ty trí tuệ nhân tạo Trung Quốc.",
    "Tiếng Việt có dấu viết bằng dấu rời: Vie\u0302\u0323t Nam",  # combining marks
    "كان الإدراج في بورصة هونغ كونغ الأكبر لشركة صينية للذكاء الاصطناعي منذ سنوات.",
    "SHARES OF ZHIPU ROSE IN HONG KONG. The Listing Was Closely Watched By INVESTORS AND BANKS.",
    "See https://example.com/news/a?b=c&d=e and write to desk@example.org for more,,,  ...  !!",
    "GLM-5 · 2026年1月8日 — HKD 116.2 (+13.17%) — 智谱 Zhipu AI",
    "Brackets [and] carets ^ underscores _ and backticks ` count as Latin for langdetect",
    "a",
    "Ａｂｃ ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ",
)


def _langdetect_itself(text: str, seed: int = 0) -> list[tuple[str, float]]:
    """langdetect's own detect_langs with DetectorFactory.seed = seed (put back to 0 after)."""
    from langdetect import DetectorFactory, detect_langs  # type: ignore[import-untyped]
    from langdetect.lang_detect_exception import LangDetectException  # type: ignore[import-untyped]

    DetectorFactory.seed = seed
    try:
        return [(guess.lang, guess.prob) for guess in detect_langs(text)]
    except LangDetectException:
        return []
    finally:
        DetectorFactory.seed = 0


@pytest.mark.parametrize("text", _SAMPLES)
def test_ngramlang_gives_langdetects_answers(text: str) -> None:
    from pipeline.text.ngramlang import detect_langs

    assert detect_langs(text) == _langdetect_itself(text)
    shuffled = " ".join(sorted(text.split(), key=len))
    assert detect_langs(shuffled) == _langdetect_itself(shuffled)


def test_ngramlang_matches_langdetect_on_real_pages(shared_dir: Path) -> None:
    """The gold texts of both extraction corpora (their start, as detect_language reads it,
    and a short slice): every answer identical."""
    from pipeline.text.ngramlang import detect_langs

    golds = sorted(shared_dir.glob("eval/extraction*/*/*.txt"))
    assert len(golds) > 400
    for gold in golds:
        text = gold.read_text(encoding="utf-8", errors="replace")
        for sample in (text[:SAMPLE_CHARS], text[-120:]):
            assert detect_langs(sample) == _langdetect_itself(sample), gold.name


def test_ngramlang_gives_langdetects_answers_for_any_seed() -> None:
    from pipeline.text.ngramlang import detect_langs

    mixed = ENGLISH[:60] + " " + FRENCH[:60]
    for seed in (1, 7, 2026):
        for text in (mixed, ENGLISH, FRENCH):
            assert detect_langs(text, seed=seed) == _langdetect_itself(text, seed)
    assert detect_langs(mixed, seed=1) != detect_langs(mixed, seed=0)  # the seed matters


def test_the_configured_seed_reaches_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    """`langdetect_seed` in the config is the seed each page's language is detected with."""
    from pipeline import pages
    from pipeline.config import PipelineConfig
    from pipeline.records import RawPage
    from pipeline.text import language

    seeds: list[int] = []
    real = language.detect_first

    def spy(text: str, seed: int = 0, sure: float = 1.0) -> tuple[str, float] | None:
        seeds.append(seed)
        return real(text, seed=seed, sure=sure)

    monkeypatch.setattr(language, "detect_first", spy)
    body = f"<html><body><article><h1>Debut</h1><p>{ENGLISH}</p></article></body></html>"
    page = RawPage(url="https://news.example.com/a/1", body=body.encode())
    assert pages.article_from_page(page, PipelineConfig(langdetect_seed=11)).language == "en"
    assert seeds == [11]


# Edge cases of ngramlang's array path (code points, integer n-gram keys, sorted lookup):
# each against langdetect itself.
_EDGES = (
    "",
    " ",
    "     ",
    "   leading and trailing spaces, and  runs   of    them   ",
    "ÉCOLE NATIONALE and École nationale: capitals after capitals are no n-gram",
    "A B C D E F: single capitals between spaces, then ABC DEF GHI in a row",
    "Math capitals 𝐀𝐁𝐂 and 𝐚𝐛𝐜, Deseret 𐐀𐐁 𐐨𐐩, Han extension B 𠀀𠀁𠀂 and emoji 😀 in text",
    "A lone surrogate \ud800 and \udfff sit in this English sentence about markets",
    "Visit http://example.com/a_b?c=d#e or https://x.org then mail a.b-c@d-e.example.com now",
    "Nachrichten aus Berlin: der Markt schloss höher, die Anleger waren zufrieden.",
    "Новости: рынок закрылся выше, а инвесторы были довольны итогами дня. ABC def",
    "Ελληνικά κείμενα με λίγα Latin words για τον έλεγχο του cleaning_text",
    "Tiê\u0301ng Viê\u0323t vơ\u0301i dâ\u0301u rơ\u0300i và chữ hoa Việt Nam",
    "\u0219i \u021bara, \u06cc and hiragana ひらがな katakana カタカナ bopomofo ㄅㄆ 한국어",
    "tab\tand\nnewline\r\nand\u00a0no-break\u2009thin\u3000ideographic spaces between words",
    "Рынок закрылся выше, а инвесторы a b были довольны x y итогами дня: Latin removed, q",
)


@pytest.mark.parametrize("text", _EDGES)
def test_ngramlang_edges_give_langdetects_answers(text: str) -> None:
    from pipeline.text.ngramlang import detect_langs

    assert detect_langs(text) == _langdetect_itself(text)


def test_ngramlang_reads_10000_characters_after_url_removal() -> None:
    """langdetect removes URLs and addresses from the whole text, then keeps 10,000
    characters: a long URL at the start moves the cut, and the French tail decides."""
    from pipeline.text.ngramlang import detect_langs

    url = "https://example.com/" + "a" * 2000 + " "
    for text in (
        url + (ENGLISH + " ") * 60 + (FRENCH + " ") * 30,
        (ENGLISH + " ") * 62 + "  " + (FRENCH + " ") * 40,
        "x@example.org " * 700 + (FRENCH + " ") * 10,
    ):
        assert len(text) > 10_000
        assert detect_langs(text) == _langdetect_itself(text)


def test_ngramlang_matches_langdetect_on_random_texts() -> None:
    """Seeded random texts over the characters each rule looks at: spaces and their runs,
    capitals, Latin and non-Latin counts, normalized blocks, combining marks, non-BMP."""
    import random

    from pipeline.text.ngramlang import detect_langs

    pieces = (
        list("aeiouy tnsrhldc ") * 4
        + list("ABCDEFXYZ[]^_`@.-/:0123456789,;!?")
        + list("éèàçüößñÂÊÔĂƠƯ\u0300\u0301\u0303\u0309\u0323")
        + list("дрФЯλΩ漢字汉字ひカ한ㄅ\u0219\u021b\u06cc\u1ea0\u2019\u00a0\u3000")
        + ["𝐀", "𠀀", "😀", "http://a.b/c ", "me@x.org ", "   ", "\n"]
        + ["the ", "and ", "les ", "der ", "NEWS ", "Hong Kong "] * 3
    )
    rng = random.Random(2026)
    for _ in range(150):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 120)))
        assert detect_langs(text) == _langdetect_itself(text), repr(text)


def test_ngramlang_draws_what_random_choice_draws() -> None:
    """The trials pick with ngramlang._Choices: rng.choice's picks, in the same order, from
    any word on (after gauss calls too), and moving the generator on by the words the picks
    took leaves it in rng.choice's state (sizes at and around powers of two, where a draw of
    k bits is redrawn most often; 3,000 picks run past the first words read, reading more)."""
    import random

    from pipeline.text import ngramlang

    for size in (1, 2, 3, 4, 5, 7, 8, 9, 1000, 1023, 1024, 1025, 1553, 30_000):
        for seed in (0, 11, 2**40 + 3):
            ngramlang._WORDS.clear()
            choices = ngramlang._Choices(seed, size)
            for gausses, skip, count in ((1, 0, 300), (2, 7, 81), (3, 50, 3000)):
                chosen = random.Random(seed)
                for _ in range(gausses):
                    chosen.gauss(0.0, 1.0)
                at = 4 * ((gausses + 1) // 2) + skip  # a gauss in two draws four words
                chosen.getrandbits(32 * skip)
                picks, ends = choices.after(at, count)
                assert [chosen.choice(range(size)) for _ in range(count)] == picks.tolist()
                moved = random.Random(seed)  # moved on by the words drawn: the same next ones
                moved.getrandbits(32 * int(ends[-1]))
                assert moved.getrandbits(64) == chosen.getrandbits(64)


def test_ngramlang_words_are_getrandbits_words() -> None:
    """_words gives random.Random(seed)'s own 32-bit outputs, past the first array kept."""
    import random

    from pipeline.text import ngramlang

    ngramlang._WORDS.clear()
    assert len(ngramlang._words(5, 10)) >= 10
    words = ngramlang._words(5, 9000)
    rng = random.Random(5)
    assert words[:9000].tolist() == [rng.getrandbits(32) for _ in range(9000)]


def test_script_tests_by_code_point_table_match_the_regexes_and_counter() -> None:
    """_looks_chinese and chinese_script look code points up in tables; the regex scans and
    the Counter they replace, kept here, give the same answers on seeded random texts built
    around every range edge, surrogates and non-BMP characters included."""
    import random
    import re
    from collections import Counter

    from pipeline.text.language import HAN_SHARE, _letters, _looks_chinese
    from pipeline.text.scripts import HAN_CHAR, HANGUL, KANA, has_han

    han_run = re.compile(f"[{HAN_CHAR}]+")

    def looks_chinese_before(text: str, letters: int | None = None) -> bool:
        if not has_han(text) or KANA.search(text) or HANGUL.search(text):
            return False
        han = sum(map(len, han_run.findall(text)))
        if letters is None:
            if han >= HAN_SHARE * len(text):
                return any(map(str.isalpha, text))
            letters = _letters(text)
        return bool(letters) and han / letters >= HAN_SHARE

    def chinese_script_before(text: str, hint: str | None = None) -> str | None:
        if not has_han(text):
            return None
        counts = Counter(text)
        to_simple, to_traditional = changing_characters("t2s"), changing_characters("s2t")
        traditional = sum(n for char, n in counts.items() if char in to_simple)
        simplified = sum(n for char, n in counts.items() if char in to_traditional)
        if traditional > simplified:
            return "Hant"
        if simplified > traditional:
            return "Hans"
        return hint if hint in ("Hans", "Hant") else "Hans"

    edges = [0x33FF, 0x3400, 0x4DBF, 0x4DC0, 0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0xF8FF, 0xF900]
    edges += [0xFAFF, 0xFB00, 0x1FFFF, 0x20000, 0x3134F, 0x31350, 0x303F, 0x3040, 0x30FF, 0x3100]
    edges += [0x31EF, 0x31F0, 0x31FF, 0x3200, 0xABFF, 0xAC00, 0xD7AF, 0xD7B0, 0x10FF, 0x1100]
    edges += [0x11FF, 0x1200, 0x312F, 0x3130, 0x318F, 0x3190, 0xD800, 0xDFFF, 0x10FFFF]
    pool = [chr(code) for code in edges] + list("ab Z1,.é")
    pool += sorted(changing_characters("t2s"))[:40] + sorted(changing_characters("s2t"))[:40]
    pool += list("中文上市") * 5
    rng = random.Random(9)
    for _ in range(600):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 30)))
        hint = rng.choice((None, "Hans", "Hant"))
        assert _looks_chinese(text) == looks_chinese_before(text), repr(text)
        assert _looks_chinese(text, len(text)) == looks_chinese_before(text, len(text))
        assert chinese_script(text, hint) == chinese_script_before(text, hint), repr(text)


def test_profile_keys_pack_each_ngram_as_its_code_points() -> None:
    """ngramprofiles.ngram_keys packs many n-grams at once; each key is the n-gram's code points plus
    one, 21 bits each, the first character highest (so lengths never collide), whatever the
    characters: non-BMP, a lone surrogate, spaces."""
    from pipeline.text import ngramprofiles

    def one(word: str) -> int:
        key = 0
        for char in word:
            key = (key << 21) | (ord(char) + 1)
        return key

    words = ["a", "ab", "abc", " ", "中", "中文", "\U0001d54fy", "\ud800", "Zz ", "\x00", "\x00a"]
    assert ngramprofiles.ngram_keys(words).tolist() == [one(w) for w in words]
    keys = ngramprofiles.profile_model().keys
    assert bool((keys[1:] > keys[:-1]).all()) and int(keys[-1]) == np.iinfo(np.int64).max


def _first_agrees(text: str, seed: int = 0, sure: float = 0.5) -> int:
    """detect_first against detect_langs' first guess: the same language; the same
    probability below `sure`, else one at least `sure` and at most langdetect's. Returns
    1 when detect_first stopped its trials early (its probability lower than the full one)."""
    from pipeline.text.ngramlang import detect_first, detect_langs

    full = detect_langs(text, seed=seed)
    first = detect_first(text, seed=seed, sure=sure)
    if not full:
        assert first is None, repr(text)
        return 0
    assert first is not None and first[0] == full[0][0], repr(text)
    if full[0][1] < sure:
        assert first[1] == full[0][1], repr(text)
    assert sure <= first[1] <= full[0][1] or first[1] == full[0][1], repr(text)
    return int(first[1] < full[0][1])


def test_detect_first_stops_only_when_the_answer_is_fixed(shared_dir: Path) -> None:
    """Stopping langdetect's trials once the first language can no longer change gives its
    answer: on the gold texts of both corpora, mixed-language texts (where trials disagree)
    and seeded random ones; and it does stop early on plain single-language text."""
    import random

    golds = sorted(shared_dir.glob("eval/extraction*/*/*.txt"))
    early = 0
    for gold in golds[::3]:
        text = gold.read_text(encoding="utf-8", errors="replace")
        early += _first_agrees(text[:SAMPLE_CHARS])
    assert early > len(golds[::3]) // 2
    rng = random.Random(13)
    words = (ENGLISH + " " + FRENCH + " " + HANS).split()
    for _ in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 30)))
        for seed in (0, 5):
            _first_agrees(text, seed)
            _first_agrees(text, seed, sure=0.9)
    assert _first_agrees(ENGLISH) == 1
