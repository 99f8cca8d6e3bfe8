"""A press release's contact block closing the text: a contact label alone on its line
("Kontakt:", "Pressekontakt", "Contact presse :", "Contacto de prensa:", "Contatti:") and
under it only the short lines of a name, an office, an address, a telephone number and an
e-mail address, the last lines of the text. The desk's data for journalists, not the story's;
trafilatura's snippet gold and the news golds leave it out. A label opening a line with more
after it ("Kontakt: Jana Nowak, Tel. 040 123") is `labels`' to judge, and a block closing
on a sentence ("Contact us if you have questions.") is text.
"""

from __future__ import annotations

from pipeline.text.marks import LETTERS

# The label over the block, lowered, its colon and marks stripped: en, de, fr, es, it, pt, nl,
# pl, cs, sk, sv, da, nb, fi (one language's word may be another's: "kontakt", "contact").
CONTACT_LABELS = frozenset(
    (
        *("contact", "contacts", "press contact", "press contacts", "media contact"),
        *("media contacts", "contact information", "contact details", "press office"),
        *("media enquiries", "press enquiries", "media inquiries", "press inquiries"),
        *("for more information", "for further information", "further information"),
        *("kontakt", "kontakte", "pressekontakt", "medienkontakt", "kontakt für medien"),
        *("kontakt für rückfragen", "für rückfragen", "rückfragen", "rückfragehinweis"),
        *("ansprechpartner", "ansprechpartnerin", "ansprechpartner*in", "ansprechpartner/in"),
        *("ansprechpersonen", "kontaktdaten", "pressestelle", "weitere informationen"),
        *("contact presse", "contacts presse", "contact média", "contacts médias"),
        *("relations presse", "service de presse", "pour plus d'informations"),
        *("contacto", "contactos", "contacto de prensa", "contacto para medios"),
        *("contacto prensa", "más información", "para más información"),
        *("contatti", "contatto", "contatti stampa", "ufficio stampa", "per informazioni"),
        *("contato", "contatos", "assessoria de imprensa", "mais informações"),
        *("contactpersoon", "perscontact", "contactgegevens", "meer informatie"),
        *("voor meer informatie", "kontakt dla mediów", "kontakt prasowy", "kontakty"),
        *("presskontakt", "kontaktperson", "kontaktpersoner", "yhteystiedot", "lisätietoja"),
    )
)
_LABEL_MARKS = " :：.-–—*#"
_MAX_LABEL = 40  # chars of the label's line
_MAX_BLOCK = 10  # lines under the label
_MAX_LINE = 80  # chars of a line of the block
_MAX_WORDS = 8  # words of a line of the block
_MIN_TEXT_ABOVE = 2  # lines of text above the label: the block closes an article


def contact_block_start(lines: list[str], start: int, end: int) -> int:
    """Where a contact block closing `lines[start:end]` opens (its label's index), or
    `end` if none closes them."""
    i = end - 1
    while i >= start + _MIN_TEXT_ABOVE and end - i <= _MAX_BLOCK + 1:
        line = lines[i]
        if i < end - 1 and _is_contact_label(line):
            return i
        if not _is_block_line(line):
            break
        i -= 1
    return end


def _is_contact_label(line: str) -> bool:
    return len(line) <= _MAX_LABEL and line.lower().strip(_LABEL_MARKS) in CONTACT_LABELS


def _is_block_line(line: str) -> bool:
    """A name, an office, an address, a number or an address on the web: short, and no
    sentence ("Dr. Jana Nowak", "Tel. +49 40 123 45", "presse@example.de")."""
    if len(line) > _MAX_LINE or line.endswith(("!", "?", ":", "：")):
        return False
    words = LETTERS.findall(line)
    return len(words) <= _MAX_WORDS and not (line.endswith(".") and len(words) > 3)
