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
