"""A picture's credit printed alone on its line, naming a photo agency or library: "Jane Roe
| Getty Images", "Photo by Jane Roe/AFP via Getty Images", "AP Photo/Jane Roe", "Jane Roe,
AP" (`_PHOTO_CREDIT`, `_NAMED_CREDIT`, with the cheap gates asked first: `_credit_shaped`,
`_AGENCY_MARKED`). `pipeline.maintext.sitelines` drops such a line with the player's and
gallery's controls beside it: a page whose classes name no credit (hashed, utility classes)
leaves it in the article.
"""

from __future__ import annotations

import re

from pipeline.web.html import any_literal

# A picture's credit alone on its line, naming a photo agency or library: "Jane Roe | Getty
# Images", "Photo by Jane Roe/AFP via Getty Images", "AP Photo/Jane Roe", "Reuters/Jane Roe".
_AGENCY = (
    r"(?:getty images|getty|shutterstock|istock(?:photo)?|alamy|ap photo|associated press|"
    r"reuters|afp|epa|pa images|pa wire|pa media|bloomberg|dpa|anadolu|xinhua|imago|sipa|"
    r"eyevine|unsplash|pexels|nurphoto|zuma(?: press)?|wireimage|filmmagic|corbis|newscom|"
    r"rex features)"
)
# (Its matches end in a character other than . ! ? and at most one "." after it, and an agency
# starts with one of its first letters: both checked first, as lookaheads; on a line of 90
# characters that ends otherwise, or holds no agency where one is tried, re tried each split
# of its free text against each agency: 40-130 us a line, 1 s for a page of 10,000 such
# lines, now 2-10 us. Only whether it matches is read.)
_AGENCY_START = rf"(?=[{''.join(sorted({word[0] for word in re.findall('[a-z]+', _AGENCY)}))}])"
_PHOTO_CREDIT = re.compile(
    r"(?=[\s\S]*[^.!?]\.?$)(?:"
    # "Photo by X/AFP", "Credit: Getty Images / X", "X | Getty Images", "X via Reuters"
    r"(?:(?:(?:photo|image|illustration|picture|foto|bild|bildquelle)s?\s*)?(?:credits?\s*)?(?:by|:)\s*[^.!?]{0,60}?|"
    r"[^.!?|/]{1,60}?\s*(?:\||/|\bvia\b))"
    rf"\s*\(?{_AGENCY_START}{_AGENCY}\)?(?:\s*(?:\||/|\bvia\b)\s*[^.!?]{{0,40}})?\.?$|"
    # "AP Photo/X", "Reuters/X"
    rf"\(?{_AGENCY_START}{_AGENCY}\)?\s*(?:\||/)\s*[^.!?]{{1,40}}$)",
    re.I,
)
# "Jane Roe, AP": a name of one to four capitalised words, a comma, the agency and nothing else.
_NAMED_CREDIT = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},\s*(?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|"
    r"Shutterstock|Xinhua|dpa|PA|Alamy|AP Photo)$"
)
_AGENCY_MARKED = any_literal(
    (
        "getty",
        "shutterstock",
        "istock",
        "alamy",
        "ap photo",
        "associated press",
        "reuters",
        "afp",
        "epa",
        "pa images",
        "pa wire",
        "pa media",
        "bloomberg",
        "dpa",
        "anadolu",
        "xinhua",
        "imago",
        "sipa",
        "eyevine",
        "unsplash",
        "pexels",
        "nurphoto",
        "zuma",
        "wireimage",
        "filmmagic",
        "corbis",
        "newscom",
        "rex features",
    )
)
_MAX_PHOTO_CREDIT = 90
_CREDIT_OPENINGS = ("photo", "image", "illustration", "picture", "credit", "by ")


def _credit_shaped(text: str, lowered: str) -> bool:
    """A separator or a credit's opening word, which every match of _PHOTO_CREDIT holds."""
    return (
        "|" in text
        or "/" in text
        or ":" in text
        or " via " in lowered
        or lowered.startswith(_CREDIT_OPENINGS)
    )


# A picture's credit after its label, in the languages beyond English and French (theirs
# opening a line, "Photo:", "Crédit photo :", are `linekinds.BOILERPLATE_LINE`'s; "photo" is
# here for the label in brackets, "(Photo: Jane Roe/AFP)"): "Foto: Divulgação",
# "Fot. PAP/Jan Kowalski", "fot.: Piotr Nowak", "Фото: Иван Петров", "Источник фото:
# example.ru", "Fotoğraf: AA", "Bild: Max Muster", "Titelbild: Max Muster/Agentur",
# "(crédito: Ana Souza/Agência)", "Φωτογραφία: Eurokinissi", "الصورة: رويترز".
# The credit is short and closes no sentence inside: a caption after the label ("Foto: Der
# Minister eröffnet die Messe. Er sagte ...") is the caption policy's.
_PHOTO_LABELS = frozenset(
    (
        *("photo", "photos", "foto", "fotos", "fot", "fot.", "fotografia", "fotografía"),
        *("fotografie", "fotograf"),
        *("fotoğraf", "fotoğraflar", "zdjęcie", "zdjęcia", "bild", "bilder", "bildquelle"),
        *("фото", "фотография", "фотограф", "источник фото", "джерело фото", "фотографія"),
        *("φωτογραφία", "φωτογραφίες", "φωτό", "φωτο", "sumber foto", "kredit foto"),
        # German names of the picture a credit is for (the lead's, the post's, the header's),
        # and "picture credits"/"rights"; Spanish, Portuguese, Italian "image", "credit"
        *("titelbild", "beitragsbild", "headerbild", "aufmacherbild", "vorschaubild"),
        *("bildnachweis", "bildnachweise", "bildrechte", "fotonachweis"),
        *("imagen", "imagem", "immagine", "crédito", "créditos", "credito", "crediti"),
        *("crédito da foto", "crédito de la foto", "credito foto", "crédito foto"),
        *("صورة", "الصورة", "الصور", "عکس", "تصویر"),
    )
)
_PHOTO_HEADS = frozenset(label[:2] for label in _PHOTO_LABELS)
# "Credit" alone is also a loan's or a course's in es, pt, it ("Crédito: R$ 5 mil por
# empresa", "Crediti: 180"): after it, a credit of a few words, no figure nor currency.
_ALSO_LOANS = frozenset(("crédito", "créditos", "credito", "crediti"))
_MAX_LOAN_LABEL_WORDS = 4
_FIGURES = re.compile(r"[\d%$€£¥]")
_MAX_LABELLED_CREDIT = 60
_INNER_STOPS = (". ", "! ", "? ", "。")


def is_labelled_credit(key: str) -> bool:
    """`key` (a short line lowered, the marks at its edges stripped: `labels.label_key`) is
    a picture's credit after a label of `_PHOTO_LABELS` and a colon, or Polish "fot." (above)."""
    if key[:2] not in _PHOTO_HEADS:
        return False
    colon = key.find(":", 0, 20)
    if colon >= 0:
        label, rest = key[:colon].strip(), key[colon + 1 :].strip()
    elif key.startswith("fot. "):
        label, rest = "fot", key[5:].strip()
    else:
        return False
    if label in _ALSO_LOANS and (
        len(rest.split()) > _MAX_LOAN_LABEL_WORDS or _FIGURES.search(rest) is not None
    ):
        return False
    return (
        label in _PHOTO_LABELS
        and 0 < len(rest) <= _MAX_LABELLED_CREDIT
        and not any(stop in rest for stop in _INNER_STOPS)
    )
