"""Author and date failure kinds found on dev-gold pages of extraction-wide that no reader
had been tuned on (session 11): reporters credited in other Chinese forms, a Korean role
between the name and 기자, byline markup named by an abbreviation or in another language.
Every page is a small fixture written for the test."""

from __future__ import annotations

import random

import pytest

from pipeline.web.metadata import Metadata, PageView, creditpatterns, reportercredits


def meta_of(html: str, url: str = "") -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata()


_ZH_TITLE = "春节森呼吸 林务局推荐15条步道"
_ZH_TEXT = "<p>春节连假长达九天，林务局管理的游乐区都将照常开放，民众可以多走走。</p>" * 4


def _zh(body: str) -> str:
    return (
        f"<html lang='zh-CN'><head><title>{_ZH_TITLE}</title></head><body>"
        f"<h1>{_ZH_TITLE}</h1><div>2012-01-17 10:32</div>{body}</body></html>"
    )


# --- Chinese credits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        # an outlet before 记者 inside the brackets
        ("<p>本网长沙1月17日讯（晨报记者 王明远）今天下午，步道开放。</p>", ("王明远",)),
        # a dispatch credit that names the writer with no 记者 at all
        ("<p><b>本网科技讯</b>（柳青）北京时间1月17日消息，步道开放。</p>", ("柳青",)),
        # 記者 and the name, a slash, the place and 報導: the Taiwanese byline, with or
        # without 記者
        ("<p>◎ 記者林佳蓉/採訪報導</p>", ("林佳蓉",)),
        ("<div>2012-01-17 聯合晚報 陳品妤／台中報導</div>", ("陳品妤",)),
        # a credit line of its own after the lead: an agency, 记者 and the names
        (
            "<p>本社北京1月10日电 综述：步道四大看点</p><p>本社记者李建国 周晓</p>",
            ("李建国", "周晓"),
        ),
        # a dateline then 记者 and the name, the sentence going on after a space
        ("<p>本报广州12月15日电 记者赵海燕 “步道开放，”局长说。</p>", ("赵海燕",)),
        # 作者 in square brackets among the source and editor labels
        ("<p>[稿源：本网][作者：孙立平][编辑：何静]</p>", ("孙立平",)),
        # the role again before a later name
        (
            "<p>本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁的学生说。</p>",
            ("樊亮", "张明超", "惠禾"),
        ),
        # names, then the place and 报导 after a space: the place is no name
        ("<p>記者張志雄 張梓嘉 嘉義報導</p>", ("張志雄", "張梓嘉")),
    ],
)
def test_a_chinese_credit_in_another_form_names_the_reporter(
    body: str, authors: tuple[str, ...]
) -> None:
    assert meta_of(_zh(body + _ZH_TEXT)).authors == authors


@pytest.mark.parametrize(
    "body",
    [
        "<p>本社电（综合报道）今天下午，步道开放。</p>",  # a desk, no person
        "<p>本网讯（通讯员 郑和）今天下午，步道开放。</p>",  # a correspondent, no reporter
        "<p>摄影记者李建国</p>",  # who took the photos
        "<p>本报记者李建国报道称步道开放</p>",  # a sentence: no credit line
        "<p>陈市长泪洒记者招待会</p>",  # a related link: no outlet before 记者
        "<p>静电</p><p>（作曲）</p>",  # 电 ending a word, a bracket on the next line
        '<p><span class="auth">佚名</span></p>',  # a CMS's "anonymous"
    ],
)
def test_what_is_no_reporter_s_credit_stays_out(body: str) -> None:
    assert meta_of(_zh(body + _ZH_TEXT)).authors == ()


# --- Korean ------------------------------------------------------------------------------------


def test_a_credit_line_on_a_page_without_a_headline_is_not_read() -> None:
    """A line "新华社记者看东北" in a page's menus, on a page with no headline: a column's name."""
    html = (
        "<html lang='zh-CN'><head><title>首页</title></head><body><div>首页</div>"
        f"<div>本社记者看东北</div>{_ZH_TEXT}</body></html>"
    )
    assert meta_of(html).authors == ()


def test_a_korean_role_between_the_name_and_reporter_is_skipped() -> None:
    title = "강아지 훈련사 논란에 견주들 반응"
    text = "<p>[서울=뉴시스]박지은 인턴 기자 = 훈련사가 직원들에게 폭언을 했다는 주장이 나왔다.</p>"
    html = (
        f"<html lang='ko'><head><title>{title}</title></head><body><h3>{title}</h3>"
        f"<div>2024. 5. 22. 08:37</div>{text * 3}</body></html>"
    )
    assert meta_of(html).authors == ("박지은",)


# --- byline markup named by an abbreviation or in another language ------------------------------


_RU_TITLE = "Президент выступил с обращением"
_RU_TEXT = "<p>Глава государства объяснил свое решение журналистам и ответил на вопросы.</p>" * 3


@pytest.mark.parametrize(
    "byline",
    [
        '<span class="auth">Ольга Смирнова</span>',
        '<ul id="authList"><li><a href="#">Ольга Смирнова</a></li></ul>',
        '<div class="autor last"><a href="/person/71">Ольга Смирнова </a><p>Корреспондент</p></div>',
        '<p class="nota-autores">Ольга Смирнова</p>',
    ],
)
def test_byline_markup_named_auth_or_autor_is_read(byline: str) -> None:
    html = (
        f"<html lang='ru'><head><title>{_RU_TITLE}</title></head><body>"
        f"<h1>{_RU_TITLE}</h1><div>05.01.2012</div>{byline}{_RU_TEXT}</body></html>"
    )
    assert meta_of(html).authors == ("Ольга Смирнова",)


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="oauth-buttons"><a href="#">Войти через сеть</a></div>',
        '<div class="autorotate"><span>Ольга Смирнова</span></div>',
        '<div class="auth-login"><a href="#">Ольга Смирнова</a></div>',
    ],
)
def test_markup_that_only_looks_like_auth_is_no_byline(markup: str) -> None:
    # (the date under the text: a lone name beside the date is a bare byline, see
    # tests/test_metadata_bare_names.py; here only the class is tested)
    html = (
        f"<html lang='ru'><head><title>{_RU_TITLE}</title></head><body>"
        f"<h1>{_RU_TITLE}</h1>{markup}{_RU_TEXT}<div>05.01.2012</div></body></html>"
    )
    assert meta_of(html).authors == ()


def test_the_credit_words_are_plain_strings_of_the_credit_pattern() -> None:
    """Every new credit form holds one of `_CREDIT_WORDS`: the fast `in` test before the
    pattern stays exact."""
    for text in (
        "本网讯（柳青）",
        "1月17日電(王明远)",
        "記者林佳蓉/採訪報導",
        "박지은 인턴 기자 =",
    ):
        assert creditpatterns._CREDIT.search(text) is not None
        assert any(word in text for word in creditpatterns._CREDIT_WORDS)


def test_the_new_credit_forms_are_found_where_the_pattern_finds_them() -> None:
    """`_credits` tries the pattern only near a credit word: the new forms start there too."""
    rng = random.Random(11)
    pieces = ["讯", "訊", "电", "日", "社", "报", "新华社", "光明日报", "（", "(", "）", ")", "\n",
              " ", "记者", "記者", "摄影", "报道", "報導", "／", "/", "台北", "王昀加", "陈", "、",
              "作者", "：", "[", "综合", "通讯员", "인턴", " 기자", "박지은", "=", "“"]  # fmt: skip
    for _ in range(60000):
        raw = "".join(rng.choices(pieces, k=rng.randint(1, 14)))
        text = "\n".join(line for line in (" ".join(t.split()) for t in raw.split("\n")) if line)
        expected = [m.span() for m in creditpatterns._CREDIT.finditer(text)]
        assert [m.span() for m in reportercredits._credits(text)] == expected, repr(text)
        if not any(word in text for word in creditpatterns._CREDIT_WORDS):
            assert not expected, repr(text)
