"""More byline shapes of real news sites for `byline_probe.py` (session 26, helper bylines26):
JSON-LD authors as Person objects with their url, @id and sameAs, or as @id references into
an @graph; author metas holding a profile's or a Facebook address beside the printed byline;
a writer and a photographer ("Text: X, Fotos: Y"); a desk alone ("Redaktion": the desk is the
author since session 31, `web.metadata.declareddesks`); an agency alone
("dpa", "AFP": the agency is the author, see the README's bylines26 section); two names and an
agency after a comma; two names in capitals; the byline with the date or an e-mail after it;
an author box under the article, with its heading ("Über die Autorin"); a desk and an agency
("Redacción / EFE": as printed); an agency's dateline ("Berlin (dpa) – ..."). Made-up names
only.
"""

from __future__ import annotations

import json
from typing import Any

# lang: writer and photographer credits | a desk alone | the language's agency | an author
# box's heading
_TABLE = """
de|Text: {}, Fotos: {}|Redaktion|dpa|Über die Autorin
fr|Texte : {} ; photos : {}|La rédaction|AFP|À propos de l’auteur
es|Texto: {}. Fotos: {}|Redacción|EFE|Sobre el autor
it|Testo di {}, foto di {}|Redazione|ANSA|Sull'autore
pt|Texto: {} | Fotos: {}|Redação|Lusa|Sobre o autor
nl|Tekst: {} | Foto's: {}|Redactie|ANP|Over de auteur
da|Tekst: {} Foto: {}|Redaktionen|Ritzau|Om forfatteren
sv|Text: {} Foto: {}|Redaktionen|TT|Om författaren
no|Tekst: {} Foto: {}|Redaksjonen|NTB|Om forfatteren
fi|Teksti: {} Kuvat: {}|Toimitus|STT|Kirjoittajasta
pl|Tekst: {}, zdjęcia: {}|Redakcja|PAP|O autorze
cs|Text: {}, foto: {}|Redakce|ČTK|O autorovi
tr|Haber: {} Fotoğraf: {}|Haber Merkezi|Anadolu Ajansı|Yazar hakkında
ru|Текст: {}, фото: {}|Редакция|ТАСС|Об авторе
uk|Текст: {}, фото: {}|Редакція|Укрінформ|Про автора
ar|كتب: {} تصوير: {}|فريق التحرير|رويترز|عن الكاتب
ja|文・{}　写真・{}|編集部|共同通信|著者について
ko|글 {} 사진 {}|편집국|연합뉴스|기자 소개
zh|文/{} 图/{}|编辑部|新华社|关于作者
en|Words by {}, photos by {}|Staff|Reuters|About the author
id|Teks: {} | Foto: {}|Tim Redaksi|Antara|Tentang Penulis
el|Κείμενο: {}, φωτογραφίες: {}|Σύνταξη|ΑΠΕ-ΜΠΕ|Σχετικά με τον συγγραφέα
"""
SHAPES = {
    lang: (roles, desk, agency, about)
    for lang, roles, desk, agency, about in (
        r.split("|", 1)[:1] + r.split("|", 1)[1].rsplit("|", 3) for r in _TABLE.strip().splitlines()
    )
}
_CJK = ("ja", "ko", "zh")
_SITE = "https://kurir.example"


def _graph(nodes: list[dict[str, Any]]) -> str:
    data = {"@context": "https://schema.org", "@graph": nodes}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def _prop(name: str, content: str) -> str:
    return f"<meta property='{name}' content='{content}'>"


def cases(lang: str, h: Any) -> list[Any]:
    """The cases of one language; `h` is byline_probe (its LANGS, _c, _marked, _ld, _meta,
    _join, _nom)."""
    by, _, names, _, _ = h.LANGS[lang]
    roles, desk, agency, about = SHAPES[lang]
    c, marked = h._c, h._marked
    n1, n2 = h._nom(names[0]), h._nom(names[1])
    want1, want2 = n1, f"{n1}, {n2}"
    line1 = by.format(names[0])
    two = by.format(h._join(lang, names[:2]))
    slug = "anna-schmidt"
    people = [
        {
            "@type": "Person",
            "name": n,
            "url": f"{_SITE}/autor/{slug}-{i}",
            "@id": f"{_SITE}/#/schema/person/{i}",
            "sameAs": [f"https://twitter.com/x{i}"],
        }
        for i, n in enumerate((n1, n2))
    ]
    article = {
        "@type": "NewsArticle",
        "headline": "T",
        "author": [{"@id": p["@id"]} for p in people],
    }
    credit = roles.format(n1, n2)
    box = (
        f"<div class='author-box'><img src='/a.jpg' alt='{n1}'>"
        f"<a href='/autor/{slug}'>{n1}</a></div>"
    )
    out = [
        c("ld Persons with url/@id", want2, lang, want2, head=h._ld(people)),
        c("ld @id references", want2, lang, want2, head=_graph([article, *people])),
        c("ld string joined", two, lang, want2, head=h._ld(h._join(lang, (n1, n2)))),
        c("ld Person and site", want1, lang, want1, head=h._ld([people[0], h.OUTLET])),
        c(
            "meta profile URL beside byline",
            line1,
            lang,
            want1,
            head=h._meta(f"{_SITE}/autor/{slug}"),
            meta=marked(line1),
        ),
        c(
            "article:author Facebook beside byline",
            line1,
            lang,
            want1,
            head=_prop("article:author", "https://www.facebook.com/kurir"),
            meta=marked(line1),
        ),
        c(
            "article:author URL beside ld",
            want1,
            lang,
            want1,
            head=_prop("article:author", f"{_SITE}/autor/{slug}") + h._ld(people[0]),
        ),
        c("article:author URL alone", "URL", lang, "", head=_prop("article:author", _SITE)),
        c("writer and photographer", credit, lang, want1, meta=marked(credit)),
        c("writer and photographer line", credit, lang, want1, credit, line1=credit),
        c("desk alone", desk, lang, desk, meta=marked(desk)),
        c("agency alone marked", agency, lang, agency, meta=marked(agency)),
        c("agency alone meta", agency, lang, agency, head=h._meta(agency)),
        c(
            "agency alone ld",
            agency,
            lang,
            agency,
            head=h._ld({"@type": "Organization", "name": agency}),
        ),
        c("author box at the end", want1, lang, want1, tail=box),
        c(
            "author box with its heading",
            about,
            lang,
            want1,
            tail=f"<div class='author-info'><h4>{about}</h4><p><strong>{n1}</strong></p></div>",
        ),
        c(
            "desk and agency",
            f"{desk} / {agency}",
            lang,
            f"{desk} / {agency}",
            meta=marked(f"{desk} / {agency}"),
        ),
    ]
    if lang not in _CJK:
        comma = h.COMMA.get(lang, ", ")
        shape = f"{two}{comma}{agency}"
        dated = f"{line1} | 12.05.2024 14:35"
        mailed = f"{line1}{comma}{slug}@kurir.example"
        dateline = f"Berlin ({agency}) – {h._ML._paragraph(lang)}"
        out += [
            c(
                "agency alone by word",
                by.format(agency),
                lang,
                agency,
                meta=marked(by.format(agency)),
            ),
            c("two, agency", shape, lang, want2, meta=marked(shape)),
            c("two, agency line", shape, lang, want2, shape, line1=shape),
            c("two in capitals", two.upper(), lang, want2.upper(), meta=marked(two.upper())),
            c("byline and date", dated, lang, want1, meta=marked(dated)),
            c("byline and e-mail", mailed, lang, want1, meta=marked(mailed)),
            c("agency dateline", dateline, lang, agency, line1=dateline),
        ]
    return out
