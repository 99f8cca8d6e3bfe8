"""A picture's bare credit inside its <figcaption>: the photographer's or the agency's name
standing alone, as a caption of its own ("Jane Roe | Example Times") or as the caption's last
line under a line break ("... on Monday.<br>Jane Roe/Example Times"), as content platforms
(Arc XP's among them) print a figure's credit when no class names it. The caption itself
stays text, a credit inside its sentence with it ("... on Monday. (Jane Roe / AP)": the
corpora's golds keep such a line whole); a credit alone is furniture, as the credit lines the
other rules drop ("Photo: X", "© X", a block named as a credit: `pipeline.web.captions`).

A bare credit is short (`_MAX_WORDS` words) and only names: names in capitals set apart by a
slash or a bar, or in brackets ("(Jane Roe)"). A labelled credit ("Image credits: X",
`CREDIT_TEXT`) is left to the caption policy: the extractor-made golds keep it, the human
ones drop it (caption33). Patterned after no site.
"""

from __future__ import annotations

import re

from pipeline.web.captions import CREDIT_TEXT
from pipeline.web.html import HtmlElement, Texts, drop_tree, text_of

_MAX_WORDS = 8
_MAX_NAME_WORDS = 5  # words of one name or agency between the separators
_SEPARATOR = re.compile(r"\s*[/|]\s*")
# (the lowercase words a name or an agency may hold: "Mario de la Cruz", "Agence France-Presse")
_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "le", "du", "des", "da", "do", "dos", "di", "van", "von"}
    | {"der", "den", "y", "e", "und", "and", "of", "the", "for", "via", "vía", "bin", "al", "el"}
)


def is_bare_credit(text: str) -> bool:
    """`text` is a credit alone (module doc)."""
    text = " ".join(text.split())
    if not text or len(text.split()) > _MAX_WORDS or text.endswith((".", "!", "?", ":")):
        return False
    bracketed = text.startswith("(") and text.endswith(")")
    if CREDIT_TEXT.match(text) and not bracketed:
        return False  # (a labelled credit, "Image credits: X", is the caption policy's)
    inner = text[1:-1] if bracketed else text
    parts = _SEPARATOR.split(inner)
    if len(parts) < 2 and not bracketed:
        return False
    return all(_is_name(part) for part in parts)


def _is_name(part: str) -> bool:
    """A name or an agency: a few words, each capitalized (or a particle)."""
    words = part.split()
    if not 0 < len(words) <= _MAX_NAME_WORDS:
        return False
    if any(w.endswith(":") or (w.endswith(".") and len(w) > 2) for w in words):
        return False  # (a sentence or a label: "Jane Roe. Photographer: X" is a caption)
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words) and words[0][0].isupper()


def drop_bare_credits(body: HtmlElement, texts: Texts) -> None:
    """Remove in place each <figcaption> holding a bare credit alone, and the bare credit
    closing a caption after its line break. `texts`: cleared when anything goes."""
    changed = False
    for caption in list(body.iter("figcaption")):
        if is_bare_credit(text_of(caption)):
            drop_tree(caption)
            changed = True
            continue
        last = _last_of(caption)
        tail = (last.tail or "").strip() if last is not None and last.tag == "br" else ""
        if tail and text_of(caption).rstrip().endswith(tail) and is_bare_credit(tail):
            last.tail = None  # type: ignore[union-attr]
            changed = True
    if changed:
        texts.clear()


def _last_of(caption: HtmlElement) -> HtmlElement | None:
    """The last element of `caption` in document order (whose tail ends its text)."""
    last = None
    for el in caption.iterdescendants():
        if isinstance(el.tag, str):
            last = el
    return last
