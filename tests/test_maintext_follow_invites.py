"""Invitations to follow the site's channel and the share box's "copy link" button, in the
languages other than English (`pipeline.maintext.labels.is_follow_invite`, the `SHARE`
labels of `pipeline.maintext.lexicon`): the verb may stand anywhere in the line (it closes
it in Turkish, Persian and Hindi) and the network may be written in the language's own
script. The article's sentences that report someone following or joining a network stay."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.labels import is_follow_invite
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import HARBOUR_STORY as STORY

INVITES = [
    "Ikuti berita pelabuhan terbaru di Google News, klik di sini.",
    "Simak kabar pilihan redaksi langsung di ponselmu lewat WhatsApp Channel Harian Dermaga:"
    " https://www.whatsapp.com/channel/0000AAAA. Pastikan aplikasi WhatsApp sudah terpasang.",
    "Mari bergabung di grup Telegram Harian Dermaga untuk kabar terbaru.",
    "Follow Official WhatsApp Channel Harian Dermaga untuk kabar terbaru.",
    "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости порта.",
    "Читайте нас в Дзене",
    "Liman haberleri için bizi Google News'ten takip edin.",
    "Abonnez-vous à notre chaîne WhatsApp pour suivre l'actualité du port.",
    "Śledź nas na Facebooku i Instagramie.",
    "تابعونا على تويتر وفيسبوك",
    "برای خبرهای بندر، ما را در تلگرام دنبال کنید",
    "ताज़ा खबरों के लिए हमें व्हाट्सएप चैनल पर फॉलो करें",
]

COPY_LINKS = ["Linki kopyala", "Скопировать ссылку", "Salin tautan", "कॉपी लिंक", "Link kopieren"]

PROSE = [
    "Penyanyi itu mengikuti akun Instagram pelabuhan sejak tahun lalu, kata juru bicaranya.",
    "Об этом сообщил Telegram-канал портовой администрации во вторник вечером.",
    "Kaptan, limanın yeni hesabını Twitter'da takip etti ve mesajı paylaştı.",
    "Le maire a rejoint Instagram en mars et y publie des photos du chantier.",
    "Cumhurbaşkanı, X hesabından yaptığı paylaşımda limanın açılışını kutladı.",
    "Der Hafenmeister folgt seit Jahren dem Kanal der Reederei auf YouTube.",
]


@pytest.mark.parametrize("line", INVITES)
def test_an_invitation_to_follow_the_site_is_furniture(line: str) -> None:
    assert is_follow_invite(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", COPY_LINKS)
def test_the_copy_link_button_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_reporting_a_follow_stays(line: str) -> None:
    assert not is_follow_invite(line)
    assert not is_boilerplate_line(line)


def _page(inside: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in STORY[:2])
    rest = "".join(f"<p>{line}</p>" for line in STORY[2:])
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<h1>Harbour opens a new terminal</h1>"
        f"<div class='a1 b2'>{body}{inside}{rest}</div></body></html>"
    )


def test_the_invitations_leave_the_article_and_the_reports_stay() -> None:
    inside = "".join(f"<p>{line}</p>" for line in INVITES + COPY_LINKS)
    assert own_paragraphs(_page(inside)) == STORY
    prose = "".join(f"<p>{line}</p>" for line in PROSE)
    assert own_paragraphs(_page(prose)) == STORY[:2] + PROSE + STORY[2:]
