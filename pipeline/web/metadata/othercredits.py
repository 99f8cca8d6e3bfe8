"""An author meta's names the page prints only as another role's credit: "Photographed by
Jane Doe", "Modeled by ...", "Styled by ...", "Hair by ...", "Makeup by ...", "Illustration
by ...", "Fotos: ...", "Foto di ...", "Photo : ...", "фото: ..." (a CMS listing every
contributor of a feature in its author meta, the byline printing the writer alone).
"""

from __future__ import annotations

import re

from pipeline.web.html import HtmlElement
from pipeline.web.metadata.visible import _window_of

# Another role's credit right before a name, at the end of the text before it: the role
# (pictures, modelling, styling, hair, make-up, nails, illustration, video, graphics) and
# "by", "von", "de", "di", "por", "par", "od" or a colon.
_OTHER_CREDIT_BEFORE = re.compile(
    r"(?:photograph(?:ed|y|s)?|photos?|pictures?|model(?:l)?ed|styl(?:ed|ing)|hair|"
    r"make-?up|nails|illustrat(?:ed|ions?)|videos?|graphics|fotos?|fotograf(?:ie|ía|ia)|"
    r"fotografías|vidéos?|vídeos?|zdjęcia|фото)"
    r"[ \t\n\xa0]*(?:by|von|de|di|por|par|od|:)?[ \t\n\xa0]*$",
    re.I,
)
_REACH = 40  # characters before a name its role's credit is read in


def credited_otherwise(doc: HtmlElement, names: list[str]) -> list[str]:
    """Those of `names` the page's visible text prints, each time, right after another
    role's credit (`_OTHER_CREDIT_BEFORE`); none where the page has no body."""
    body = doc.find("body")
    if body is None:
        return []
    text = _window_of(body, 10**9)
    out: list[str] = []
    for name in names:
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        if starts and all(
            _OTHER_CREDIT_BEFORE.search(text[max(0, s - _REACH) : s]) for s in starts
        ):
            out.append(name)
    return out
