"""News furniture of Indonesian, Turkish, Portuguese and Russian pages (session 32, helper
multi32), printed as lines of the body, which no gold on disk keeps: a page's count of its
readings ("Прочтений: 593", "Dibaca: 120", "Görüntülenme: 1.245": a line, never a heading
cutting the story), a typo report naming a misprint ("Нашли опечатку? Выделите её и нажмите
ссылку"), the account asked for first and the comment after ("Зарегистрируйтесь или войдите,
чтобы оставить комментарий", "Faça login para comentar", "Silakan login untuk berkomentar"),
the tags under "Метки:" / "Palavras-chave:", "Ссылки по теме:", and the controls these pages
print (share and read-more links, the next story, the player, the comments' buttons, a follow
prompt). Sentences of the story with the same words stay. Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_heading, is_furniture_label
from pipeline.maintext.sitenotes import is_site_note
from tests.made_articles import kept_beside

_PAGES = {
    "id": (
        "Pemerintah Umumkan Jalur Kereta Baru",
        (
            "Pemerintah pusat resmi mengumumkan rencana pembangunan jalur kereta baru yang akan "
            "menghubungkan dua kota besar di Pulau Jawa pada tahun depan.",
            "Menurut keterangan kementerian, proyek tersebut diperkirakan menelan biaya puluhan "
            "triliun rupiah dan melibatkan banyak investor swasta.",
            "Sejumlah pengamat menilai rencana itu perlu dikaji ulang karena kondisi keuangan "
            "negara yang masih tertekan oleh subsidi energi.",
            "Warga di sekitar lokasi proyek berharap pemerintah memberikan ganti rugi yang layak "
            "atas lahan yang terkena pembebasan.",
        ),
    ),
    "tr": (
        "Merkez Bankası faizi sabit tuttu",
        (
            "Merkez Bankası, yılın ikinci faiz kararını açıkladı ve politika faizini "
            "beklentilerin aksine sabit tutmaya karar verdi.",
            "Bankanın yaptığı yazılı açıklamada, enflasyondaki düşüş eğiliminin önümüzdeki "
            "aylarda da süreceği öngörüsüne yer verildi.",
            "Ekonomistler ise kararın piyasalarda kısa süreli bir dalgalanmaya yol "
            "açabileceğini, ancak uzun vadede olumlu karşılanacağını belirtti.",
            "Borsa, kararın ardından günü yüzde bir buçuk yükselişle tamamladı ve dolar kuru "
            "geriledi.",
        ),
    ),
    "pt": (
        "Governo anuncia pacote contra alta dos alimentos",
        (
            "O governo anunciou nesta terça-feira um novo pacote de medidas para conter a alta "
            "dos preços dos alimentos nos supermercados.",
            "Segundo o ministério, as ações incluem a redução de tarifas de importação de "
            "produtos básicos e crédito para pequenos produtores.",
            "Economistas ouvidos pela reportagem afirmam que o efeito das medidas deve ser "
            "sentido apenas no segundo semestre.",
            "A oposição criticou o anúncio e disse que o pacote chega tarde demais para as "
            "famílias de baixa renda.",
        ),
    ),
    "ru": (
        "Правительство утвердило программу поддержки бизнеса",
        (
            "Правительство утвердило новую программу поддержки малого бизнеса, рассчитанную на "
            "ближайшие три года и охватывающую все регионы страны.",
            "По словам министра, программа предусматривает льготные кредиты и снижение "
            "налоговой нагрузки для начинающих предпринимателей.",
            "Эксперты считают, что эффект от мер станет заметен не раньше следующего года, "
            "когда заработают новые механизмы финансирования.",
            "Представители бизнеса в целом поддержали инициативу, но попросили упростить "
            "процедуру получения субсидий.",
        ),
    ),
}


def _extra(language: str, in_body: str = "", after_text: str = "") -> list[str]:
    return kept_beside(language, *_PAGES[language], in_body, after_text)


_FURNITURE = [
    ("id", "Dibaca: 1.234"),
    ("id", "Bagikan artikel ini"),
    ("id", "Baca selengkapnya"),
    ("id", "Halaman selanjutnya"),
    ("id", "Laporkan Iklan"),
    ("id", "Lanjut baca di bawah ini"),
    ("id", "Pilihan Untuk Anda"),
    ("id", "Klik di sini untuk berlangganan"),
    ("id", "Silakan login untuk berkomentar"),
    ("id", "Yuk, gabung channel WhatsApp kami"),
    ("id", "Kata kunci: kereta, transportasi"),
    ("tr", "Görüntülenme: 1.245"),
    ("tr", "Haberin devamı için tıklayınız"),
    ("tr", "Devamını oku"),
    ("tr", "Haberi paylaş"),
    ("tr", "Sonraki haber"),
    ("tr", "Bağlantıyı kopyala"),
    ("tr", "Bu habere henüz yorum yapılmamış."),
    ("tr", "Anahtar Kelimeler: ekonomi, faiz"),
    ("pt", "Visualizações: 1.234"),
    ("pt", "Compartilhe esta notícia"),
    ("pt", "Ouça este conteúdo"),
    ("pt", "Este conteúdo é exclusivo para assinantes"),
    ("pt", "Faça login para comentar"),
    ("pt", "Clique aqui para seguir o canal no WhatsApp"),
    ("pt", "Palavras-chave: economia, inflação"),
    ("ru", "Прочтений: 593"),
    ("ru", "Просмотров: 1 234"),
    ("ru", "Нашли опечатку? Выделите её и нажмите ссылку"),
    ("ru", "Зарегистрируйтесь или войдите, чтобы оставить комментарий (сейчас комментариев: 0)"),
    ("ru", "Метки: бизнес, экономика"),
    ("ru", "Поделиться в соцсетях"),
    ("ru", "Показать комментарии"),
    ("ru", "Следите за новостями в нашем Telegram-канале"),
    ("ru", "Следи за нами на Facebook и Вконтакте."),
]


@pytest.mark.parametrize(("language", "line"), _FURNITURE)
def test_a_furniture_line_goes_between_paragraphs(language: str, line: str) -> None:
    assert _extra(language, in_body=f"<p>{line}</p>") == []


@pytest.mark.parametrize(("language", "line"), _FURNITURE)
def test_a_furniture_line_goes_after_the_text(language: str, line: str) -> None:
    assert _extra(language, after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize("line", ["Ссылки по теме:", "Также в разделе:", "Ещё по теме"])
def test_a_related_label_after_the_text_goes(line: str) -> None:
    # (between paragraphs it opens a related box, and what follows it goes with it, as
    # "Читайте также" and "Новости по теме" do)
    assert _extra("ru", after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Войдите в историю, чтобы оставить комментарий о себе в учебниках, сказал он."),
        ("ru", "Просмотров у ролика набралось больше миллиона за первые сутки после публикации."),
        ("tr", "Haberi paylaşan kullanıcıların sayısı kısa sürede on binleri aştı, dedi yetkili."),
        ("pt", "Compartilhe esta notícia com cuidado, pediu o ministro aos jornalistas presentes."),
        ("id", "Dibaca oleh jutaan orang, laporan itu memicu perdebatan panjang di parlemen."),
    ],
)
def test_a_sentence_of_the_story_with_the_same_words_stays(language: str, sentence: str) -> None:
    assert _extra(language, in_body=f"<p>{sentence}</p>") == [sentence]


@pytest.mark.parametrize("line", ["Прочтений: 593", "1.234 Aufrufe", "Dibaca: 120", "Okunma: 45"])
def test_a_count_of_readings_is_a_label_only_with_its_count(line: str) -> None:
    assert is_furniture_label(line)
    assert not is_furniture_label(line.strip(" :0123456789."))
    # never a heading: the comments' count over a thread cuts what follows, a view count not
    assert not is_furniture_heading(line)


def test_a_count_of_readings_between_paragraphs_keeps_the_story_after_it() -> None:
    assert _extra("ru", in_body="<p>Просмотров: 1234</p>") == []


def test_english_view_counts_stay_text() -> None:
    # (a page-signal gold keeps "15,023 reads" under a byline; "Views" heads opinion pages)
    assert not is_furniture_label("15,023 reads")
    assert not is_furniture_label("9,261 views")


@pytest.mark.parametrize(
    "line",
    [
        "Нашли опечатку? Выделите её и нажмите ссылку",
        "Нашли опечатку?",
        "Зарегистрируйтесь или войдите, чтобы оставить комментарий",
        "Увійдіть, щоб коментувати",
        "Zaloguj się, aby dodać komentarz",
        "Inicia sesión para comentar.",
        "Faça login para comentar",
        "Login untuk berkomentar",
    ],
)
def test_a_site_note_in_its_other_orders_and_words(line: str) -> None:
    assert is_site_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Войдите в историю, чтобы оставить комментарий о себе в учебниках.",
        "Entre para comentar o jogo, disse o técnico ao repórter depois da partida.",
        "Опечатку в документе нашли только через год, сообщил источник.",
    ],
)
def test_a_sentence_with_a_site_notes_words_is_no_note(line: str) -> None:
    assert not is_site_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Następny artykuł",
        "Udostępnij artykuł",
        "Artykuł sponsorowany",
        "Siguiente noticia",
        "Compartir esta noticia",
        "Articolo successivo",
        "Condividi questo articolo",
        "Επόμενο άρθρο",
        "Μοιραστείτε το άρθρο",
        "Наступна новина",
        "Следующая новость",
        "Źródła: PAP, Reuters",
        "Fuentes: EFE, Reuters",
        "Πηγές: ΑΠΕ, Reuters",
        "Visitas: 1234",
    ],
)
def test_the_controls_and_labels_of_polish_spanish_italian_greek_ukrainian_pages(line: str) -> None:
    assert is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Znalazłeś błąd? Zgłoś go nam",
        "¿Encontraste un error? Repórtalo",
        "Hai trovato un errore? Segnalacelo",
        "Encontrou algum erro? Entre em contato",
        "Zaloguj się, aby skomentować",
    ],
)
def test_a_typo_question_with_its_call_and_a_polish_login_note(line: str) -> None:
    assert is_site_note(line)


@pytest.mark.parametrize(
    "line",
    ["Hai trovato un errore? No, disse lui.", "Znalazłeś błąd? To dobrze. Bo wtedy wiesz."],
)
def test_a_typo_question_answered_in_a_dialogue_is_no_note(line: str) -> None:
    assert not is_site_note(line)


def test_the_sources_label_of_a_longer_line_is_text() -> None:
    line = (
        "Fuentes cercanas al ministerio confirmaron que el proyecto se votará la próxima "
        "semana en el Congreso, tras meses de negociaciones con los grupos de la oposición."
    )
    assert _extra("pt", in_body=f"<p>{line}</p>") == [line]
