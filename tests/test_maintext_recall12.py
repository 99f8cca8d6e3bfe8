"""Text lost on pages outside English and Chinese (session 12): kinds measured on the dev
corpora's other languages, each in markup written here."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.cleanline import clean_line
from pipeline.text.normalize import normalize_text

ZWNJ, ZWJ = "\u200c", "\u200d"

# Persian: the non-joiner keeps a compound's parts apart ("می‌شود", "تیم‌ها"); Urdu likewise.
PERSIAN = [
    f"بازیکنان تیم{ZWNJ}ها پس از تمرین صبح به هتل بازگشتند و مربی گفت که همه آماده{ZWNJ}اند.",
    f"این دیدار روز جمعه برگزار می{ZWNJ}شود و هواداران می{ZWNJ}توانند از امروز بلیت بخرند.",
    f"مدیر باشگاه اعلام کرد که قرارداد دو بازیکن جوان تا پایان فصل تمدید خواهد شد و می{ZWNJ}ماند.",
]
# Hindi: a joiner after a virama asks for the half form ("क्‍ष"), a non-joiner keeps it apart.
HINDI = [
    f"राज्य सरकार ने आज नई योजना की घोषणा की, जिससे किसानों को सीधे लाभ मिलेगा और क्{ZWJ}षेत्र बढ़ेगा।",
    f"मंत्री ने कहा कि यह योजना अगले महीने से लागू होगी और सभी ज़िलों में शिविर लगाए जाएँगे{ZWNJ}।",
    "विपक्ष ने इस घोषणा का स्वागत किया, लेकिन कहा कि बजट में इसके लिए पर्याप्त धन नहीं रखा गया।",
]


def _page(title: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f"<li><a href='/c/{i}'>{i}</a></li>" for i in range(12))
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<ul class='menu'>{menu}</ul><article><h1>{title}</h1>{body}</article>"
        "<footer><p>© 2026</p></footer></body></html>"
    )


@pytest.mark.parametrize(("paragraphs", "lang"), [(PERSIAN, "fa"), (HINDI, "hi")], ids=["fa", "hi"])
def test_joiners_that_spell_a_word_are_kept(paragraphs: list[str], lang: str) -> None:
    text = extract_text(_page("خبر" if lang == "fa" else "समाचार", paragraphs, lang))
    assert text.split("\n") == paragraphs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (f"می{ZWNJ}خواهم", f"می{ZWNJ}خواهم"),  # Persian
        (f"क्{ZWJ}ष", f"क्{ZWJ}ष"),  # Devanagari half form
        (f"智{ZWNJ}谱上{ZWJ}市", "智谱上市"),  # stray in Han
        (f"Hong{ZWJ} Kong", "Hong Kong"),  # stray in Latin
        (f"{ZWNJ}خبر", "خبر"),  # at a line's start: joins nothing
    ],
)
def test_only_stray_joiners_are_deleted(line: str, expected: str) -> None:
    assert clean_line(line) == expected
    assert normalize_text(line, "fa") == expected


# A blog post's lines, each in its own <div>: short ones open and close the post, said with a
# face; the theme label and the "Share" label around them are not the post's.
BLOG_JA = [
    "久しぶりに来た😊",
    "駅前の小さなパン屋さんで、昔からあるメロンパンを買ってきました。外はさくさく、中はふわふわです。",
    "子どもの頃は毎週土曜日に母と一緒に買いに行って、帰り道に半分ずつ食べたのを思い出しました。",
    "やっぱ美味しいね☺️",
]
BLOG_KO = [
    "오늘도 출근👍🏻",
    "회사 근처에 새로 생긴 국수집에 점심을 먹으러 갔는데, 국물이 진하고 면이 쫄깃해서 정말 좋았어요.",
    "가격도 생각보다 저렴해서 동료들과 다음 주에 다시 가기로 했습니다. 주차는 조금 불편했어요.",
    "또 가고 싶다😋",
]


def _blog(lines: list[str]) -> str:
    body = "".join(f"<div>{line}</div><div><br></div>" for line in lines)
    rank = "".join(f"<li><a href='/e/{i}'>entry {i}</a></li>" for i in range(10))
    return (
        "<html><head><meta charset='utf-8'><title>blog</title></head><body>"
        f"<ul class='paging'>{rank}</ul><article class='entry'><h1>blog</h1>"
        f"<dl><dt>Theme</dt><dd><a href='/t'>Diary</a></dd></dl>"
        f"<div class='entry-body'>{body}</div><p>Share</p></article></body></html>"
    )


@pytest.mark.parametrize("lines", [BLOG_JA, BLOG_KO], ids=["ja", "ko"])
def test_short_lines_closed_by_an_emoji_are_the_posts(lines: list[str]) -> None:
    assert extract_text(_blog(lines)).split("\n") == lines


# An article whose later paragraphs sit in a block named for the metering script: the page
# serves them whole; the subscription prompt beside them is a sentence over a button.
METERED = {
    "pt": (
        [
            "O governo anunciou nesta terça-feira um pacote de ajuda aos agricultores afetados"
            " pela seca no Nordeste, segundo comunicado oficial.",
            "As ajudas, que chegarão a 2 bilhões de reais, serão pagas em duas parcelas nos"
            " próximos meses, explicou o ministro da Agricultura.",
            "As organizações do setor consideram o valor insuficiente e pedem medidas"
            " estruturais para garantir a irrigação nos próximos anos.",
            "O ministro respondeu que o governo está disposto a estudar novas medidas caso a"
            " situação piore durante o verão, disse à imprensa.",
            "A oposição acusou o governo de agir tarde e anunciou que pedirá a convocação do"
            " ministro ao Congresso na próxima semana.",
        ],
        "Já é assinante? Entre para continuar lendo esta reportagem.",
    ),
    "de": (
        [
            "Die Bundesregierung hat am Montag ein Gesetz zur Förderung erneuerbarer Energien"
            " beschlossen, das ab Januar gelten soll.",
            "Nach Angaben des Ministeriums sollen bis 2030 rund achtzig Prozent des Stroms aus"
            " Wind und Sonne stammen, hieß es am Abend.",
            "Kritiker bemängeln jedoch, dass der Ausbau der Netze nicht schnell genug vorankomme"
            " und die Kosten für Verbraucher stiegen.",
            "Der Verband der Energiewirtschaft begrüßte den Beschluss grundsätzlich, forderte"
            " aber schnellere Genehmigungsverfahren für neue Leitungen.",
            "Die Opposition kündigte an, im Bundestag mehrere Änderungsanträge einzubringen,"
            " um die Bürger stärker zu entlasten.",
        ],
        "Jetzt weiterlesen mit Abo: nur 1 Euro im ersten Monat.",
    ),
}


@pytest.mark.parametrize("lang", sorted(METERED))
def test_the_article_behind_a_paywall_hook_is_kept_and_its_prompt_dropped(lang: str) -> None:
    paragraphs, prompt = METERED[lang]
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    rail = "".join(f"<li><a href='/n/{i}'>{paragraphs[i % 5][:60]}</a></li>" for i in range(30))
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>News</title></head><body>"
        f"<ul class='menu'>{menu}</ul><div class='story'><h1>News</h1>"
        f"<div class='story-text'><p>{paragraphs[0]}</p></div>"
        f"<div class='paywall-prompt'><p>{prompt}</p><button>OK</button></div>"
        "<div class='story-paywall'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + f"</div></div><div class='rail'><ul>{rail}</ul></div></body></html>"
    )
    assert extract_text(page).split("\n") == paragraphs
