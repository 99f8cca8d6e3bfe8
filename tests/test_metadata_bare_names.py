"""Authors printed bare, with no "By" and no label (`pipeline.web.metadata.signatures`): a
name alone beside the date under the headline, a Chinese name in brackets on the date line,
a signature closing the article; and the lines of the same shape that name no one."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_EN = (
    "<p>" + "The council met on the budget and voted after a long debate on the plan. " * 4 + "</p>"
)
_FR = (
    "<p>"
    + "Le conseil municipal s'est réuni et a voté le budget après un long débat. " * 4
    + "</p>"
)
_DE = (
    "<p>"
    + "Der Stadtrat hat nach langer Debatte über den Haushalt abgestimmt und ihn beschlossen. " * 3
    + "</p>"
)
_RU = (
    "<p>"
    + "Совет города после долгих обсуждений проголосовал за новый бюджет на год. " * 4
    + "</p>"
)
_KO = (
    "<p>" + "시의회는 오랜 논의 끝에 내년도 예산안을 찬성 다수로 통과시켰다고 밝혔다. " * 4 + "</p>"
)
_UR = (
    "<p>"
    + "سٹی کونسل نے طویل بحث کے بعد اگلے سال کا بجٹ منظور کر لیا ہے اور منصوبہ جاری ہوگا۔ " * 3
    + "</p>"
)
_ZH = (
    "<p>"
    + "市议会今天就预算问题召开会议，经过长时间辩论后进行了表决，新的计划将于明年实施。" * 3
    + "</p>"
)


def _authors(
    lang: str, title: str, article: str, url: str = "https://example.org/a/1"
) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>{title} - Daily Site</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{article}</article>"
        "<footer><p>© Daily Site</p></footer></body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "title", "article", "name"),
    [
        (
            "en",
            "Council votes on budget",
            f"<div class='meta'><span>Jane Doe</span><span>Jan. 8, 2026</span></div>{_EN}",
            "Jane Doe",
        ),
        (
            "de",
            "Stadtrat stimmt ab",
            f"<div class='info'><span>8. Januar 2026, 10:30</span><span>Jonas Weber</span></div>{_DE}",
            "Jonas Weber",
        ),
        (
            "ru",
            "Совет принял бюджет",
            f"<div><span>Ольга Леонова</span> <span>8 января 2026</span></div>{_RU}",
            "Ольга Леонова",
        ),
        (
            "ko",
            "시의회 예산안 통과",
            f"<div><span>김민수</span> <span>2026. 1. 8. 12:52</span></div>{_KO}",
            "김민수",
        ),
        (
            "ur",
            "بجٹ منظور",
            f"<p><span>احمد علی خان</span><span>جمعہ</span> <span>8</span> مارچ <span>2024</span></p>{_UR}",
            "احمد علی خان",
        ),
    ],
)
def test_a_name_alone_beside_the_date_under_the_headline(
    lang: str, title: str, article: str, name: str
) -> None:
    assert _authors(lang, title, article) == (name,)


def test_a_chinese_name_in_brackets_on_the_date_line() -> None:
    article = f"<div>2026年1月8日08:19 [ 张小明 ] 来源：[ <a href='/s'>每日新闻</a> ]</div>{_ZH}"
    assert _authors("zh", "市议会表决预算", article) == ("张小明",)


@pytest.mark.parametrize(
    ("lang", "title", "article", "name"),
    [
        ("en", "Council votes on budget", f"{_EN}{_EN}<p>Jane Doe</p>", "Jane Doe"),
        (
            "en",
            "Council votes on budget",
            f"{_EN}{_EN}<p><em>— John R. Smith</em></p>",
            "John R. Smith",
        ),
        (
            "fr",
            "Le conseil vote le budget",
            f"{_FR}{_FR}<p align='right'><em>Marie Dupont</em></p><p>(1) Les chiffres sont ceux de la mairie, publiés en janvier dans le rapport annuel sur les finances de la ville et de ses établissements publics locaux.</p>",
            "Marie Dupont",
        ),
        (
            "de",
            "Stadtrat stimmt ab",
            f"{_DE}{_DE}<p>-- Jonas Weber</p><p>Mehr zum Thema</p>",
            "Jonas Weber",
        ),
    ],
)
def test_a_signature_closing_the_article(lang: str, title: str, article: str, name: str) -> None:
    assert _authors(lang, title, article) == (name,)


@pytest.mark.parametrize("outlet", ["全景网", "中新社", "新华網"])
@pytest.mark.parametrize("slash", ["/", "／", " / "])
def test_an_outlet_and_a_name_in_brackets_close_a_chinese_article(outlet: str, slash: str) -> None:
    article = f"{_ZH}<p>公司表示，报告期扭亏的主要原因为销售收入较上年同期大幅增加。（{outlet}{slash}李小红）</p>"
    assert _authors("zh", "市议会表决预算", article) == ("李小红",)


def test_a_signature_set_apart_by_the_markup_s_indentation() -> None:
    """The paragraph's text is read with its whitespace made single spaces: a name indented
    over more characters than a name's line holds is still a name alone."""
    signature = "<p>\n" + " " * 60 + "Jane Doe\n" + " " * 40 + "</p>"
    assert _authors("en", "Council votes on budget", f"{_EN}{_EN}{signature}") == ("Jane Doe",)


@pytest.mark.parametrize(
    ("lang", "title", "article"),
    [
        # headings and widgets in title case beside the date
        (
            "en",
            "Council votes on budget",
            f"<div><span>Share This</span><span>Jan. 8, 2026</span></div>{_EN}",
        ),
        (
            "en",
            "Council votes on budget",
            f"<div><span>Top Stories</span> <span>Jan. 8, 2026</span></div>{_EN}",
        ),
        # a linked name inside the dateline's sentence
        (
            "en",
            "Council votes on budget",
            "<p>Jan. 8, 2026</p><p>LONDON — <a href='/p/1'>Jane Doe</a> kept the plan alive on Tuesday as the council met.</p>"
            + _EN,
        ),
        # a Han word of a tool bar beside the date
        (
            "zh",
            "市议会表决预算",
            f"<div><span>2026-01-08 08:19</span> <span>打印</span> <span>微博</span></div>{_ZH}",
        ),
        # a kana word
        (
            "ja",
            "市議会が予算を可決",
            "<div><span>カテゴリー</span><span>2026年1月8日</span></div><p>"
            + "市議会は長い議論の末、予算案を可決した。" * 6
            + "</p>",
        ),
        # a cross-head between paragraphs, and one in capitals at the end
        ("en", "Council votes on budget", f"{_EN}<p>Budget Details</p>{_EN}"),
        ("en", "Council votes on budget", f"{_EN}{_EN}<p>KAZAKHSTAN WINS AGAIN</p>"),
        # a name in brackets that is the subject's, a sentence running through it
        (
            "zh",
            "蔡小雅",
            "<p>蔡小雅（</p><p>Tanya Lee</p><p>），1975年1月28日出生于新加坡，现定居于台湾。</p>"
            + _ZH,
        ),
    ],
)
def test_lines_of_a_name_shape_that_name_no_one(lang: str, title: str, article: str) -> None:
    assert _authors(lang, title, article) == ()


_PT = (
    "<p>"
    + "O conselho municipal votou o orçamento depois de um longo debate sobre o plano. " * 3
    + "</p>"
)
_AR = (
    "<p>"
    + "صوت المجلس البلدي على الميزانية بعد نقاش طويل حول الخطة الجديدة للعام المقبل. " * 3
    + "</p>"
)


@pytest.mark.parametrize(
    ("lang", "title", "article"),
    [
        # a "see also" line after the last paragraph, in title case or in a script without
        # capitals, the links after it
        (
            "pt",
            "Conselho vota orçamento",
            f"{_PT}{_PT}<p>Leia Também</p><ul><li><a href='/1'>Outra</a></li></ul>",
        ),
        (
            "en",
            "Council votes on budget",
            f"{_EN}{_EN}<p>Further Reading</p><ul><li><a href='/1'>More</a></li></ul>",
        ),
        (
            "ar",
            "المجلس يقر الميزانية",
            f"{_AR}{_AR}<p>اقرأ أيضا</p><ul><li><a href='/1'>خبر</a></li></ul>",
        ),
        # a dateline's place alone beside the date
        (
            "en",
            "Council votes on budget",
            f"<div><span>New York</span> <span>Jan. 8, 2026</span></div>{_EN}",
        ),
    ],
)
def test_see_also_lines_and_places_are_no_signature(lang: str, title: str, article: str) -> None:
    assert _authors(lang, title, article) == ()


@pytest.mark.parametrize("label", ["트위터", "더보기", "유튜브", "이메일"])
def test_a_korean_tool_label_beside_the_date_is_no_name(label: str) -> None:
    article = f"<div><span>2026. 1. 8. 12:52</span> <span>{label}</span></div>{_KO}"
    assert _authors("ko", "시의회 예산안 통과", article) == ()
