"""Key points (highlights) printed above the body in a box of their own stay when the box's
class names say nothing (a Next.js build's hashes, an AMP page's plain divs): a list of two
or more unlinked sentences under at most a short label. A box before the body with links (a
table of contents) or with short items (topics) is no such box."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs

BODY = {
    "en": [
        "The city council voted on Tuesday to close the old bridge to cars from next spring,"
        " ending a debate that has run for more than a decade in the town.",
        "Engineers told the council that the steel frame had corroded faster than expected and"
        " that heavy traffic could no longer be allowed on it safely.",
        "Residents on both banks were split, with shop owners worried about losing trade and"
        " cyclists welcoming a quieter crossing into the centre of town.",
        "The mayor said a new bridge would be designed over the next two years, with work"
        " expected to start in 2028 if the regional government approves the funding.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem nächsten Frühjahr für"
        " Autos zu sperren, und damit eine Debatte beendet, die seit über zehn Jahren läuft.",
        "Ingenieure berichteten dem Rat, dass der Stahlrahmen schneller korrodiert sei als"
        " erwartet und schwerer Verkehr darauf nicht länger sicher zugelassen werden könne.",
        "Die Anwohner beider Ufer waren gespalten: Ladenbesitzer fürchten um ihren Umsatz,"
        " Radfahrer freuen sich auf eine ruhigere Verbindung in die Innenstadt.",
        "Der Bürgermeister sagte, eine neue Brücke werde in den nächsten zwei Jahren geplant;"
        " gebaut werden solle ab 2028, wenn das Land die Finanzierung bewilligt.",
    ],
    "id": [
        "Dewan kota memutuskan pada Selasa untuk menutup jembatan tua bagi mobil mulai musim"
        " semi depan, mengakhiri perdebatan yang sudah berlangsung lebih dari sepuluh tahun.",
        "Para insinyur mengatakan kepada dewan bahwa rangka baja jembatan itu berkarat lebih"
        " cepat dari perkiraan dan lalu lintas berat tidak lagi aman melintasinya.",
        "Warga di kedua tepi sungai terbelah, pemilik toko khawatir kehilangan pembeli sementara"
        " pesepeda menyambut jalur yang lebih tenang menuju pusat kota.",
        "Wali kota mengatakan jembatan baru akan dirancang dalam dua tahun ke depan, dan"
        " pembangunannya dimulai pada 2028 jika pemerintah provinsi menyetujui dananya.",
    ],
}
POINTS = {
    "en": [
        "The old bridge closes to cars next spring.",
        "Engineers found that its steel frame had corroded.",
        "A new bridge could be built from 2028.",
    ],
    "de": [
        "Die alte Brücke wird im Frühjahr für Autos gesperrt.",
        "Der Stahlrahmen ist stärker korrodiert als erwartet.",
        "Eine neue Brücke könnte ab 2028 gebaut werden.",
    ],
    "id": [
        "Jembatan tua ditutup untuk mobil mulai musim semi.",
        "Rangka baja jembatan berkarat lebih cepat dari perkiraan.",
        "Jembatan baru bisa dibangun mulai 2028.",
    ],
}
LABEL = {"en": "Key points", "de": "Das Wichtigste", "id": "Poin penting"}


def _hashed(lang: str, box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY[lang])
    return (
        "<html><body><div id='__next'><div class='h7Qx'><a href='/'>Home</a>"
        "<a href='/news'>News</a></div><main class='m2Lp'><article class='a9Rt'>"
        f"<h1 class='t4Ks'>The bridge</h1>{box}<div class='b3Vv'>{body}</div></article></main>"
        "<div class='f1Zz'><a href='/about'>About us</a></div></div></body></html>"
    )


def _amp(lang: str, box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY[lang])
    return (
        "<html amp><body><header><a href='/'>Home</a></header><article>"
        f"<h1>The bridge</h1><div>{box}</div>"
        f"<div class='body'>{body}</div></article><footer><a href='/p'>Privacy</a></footer>"
        "</body></html>"
    )


def _box(lang: str, label: bool = True) -> str:
    items = "".join(f"<li class='i0Pq'>{p}</li>" for p in POINTS[lang])
    heading = f"<h2 class='l5Yt'>{LABEL[lang]}</h2>" if label else ""
    return f"<div class='k8Wn'>{heading}<ul class='u2Rr'>{items}</ul></div>"


@pytest.mark.parametrize("lang", sorted(BODY))
@pytest.mark.parametrize("shape", [_hashed, _amp])
def test_key_points_above_the_body_stay(shape: object, lang: str) -> None:
    paras = own_paragraphs(shape(lang, _box(lang)))  # type: ignore[operator]
    assert paras[-len(BODY[lang]) :] == BODY[lang]
    for point in POINTS[lang]:
        assert point in paras
    assert not {"Home", "News", "About us", "Privacy"} & set(paras)


@pytest.mark.parametrize("lang", sorted(BODY))
def test_key_points_without_a_label_stay(lang: str) -> None:
    paras = own_paragraphs(_hashed(lang, _box(lang, label=False)))
    assert paras == POINTS[lang] + BODY[lang]


def test_a_table_of_contents_is_no_key_points() -> None:
    items = "".join(f"<li><a href='#s{i}'>{p}</a></li>" for i, p in enumerate(POINTS["en"]))
    paras = own_paragraphs(
        _hashed("en", f"<div class='c1'><h2>Contents</h2><ul>{items}</ul></div>")
    )
    assert paras == BODY["en"]


def test_topics_are_no_key_points() -> None:
    items = "".join(f"<li>{t}</li>" for t in ("Transport", "Local politics", "Bridges"))
    paras = own_paragraphs(_hashed("en", f"<div class='c1'><ul>{items}</ul></div>"))
    assert paras == BODY["en"]
