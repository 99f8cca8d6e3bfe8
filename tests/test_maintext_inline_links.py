"""A link inside a sentence keeps its words whatever its class says, also where the words
before it close with a comma or a bracket (pipeline.web.html `_mid_sentence`): portals link
their tag pages from the article's sentences with a class that also names tag clouds. A tag
list's links, with only a separator between them, still go. Markup of our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

_TAG = "<a class='inline-tag-link' href='/tag/{0}'>{1}</a>"
SENTENCE = (
    "Petugas memeriksa pikap, " + _TAG.format("boks", "boks") + ", bus dan truk di jalan layang "
    "(JLC) " + _TAG.format("tol", "Tol Cikampek") + ", lalu menilang yang melanggar aturan."
)
SAID = (
    "Petugas memeriksa pikap, boks, bus dan truk di jalan layang (JLC) Tol Cikampek, lalu "
    "menilang yang melanggar aturan."
)


def _page(middle: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle
    paras += "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{paras}</article></body></html>"
    )


def test_tag_links_after_a_comma_or_bracket_keep_their_words() -> None:
    assert own_paragraphs(_page(f"<p>{SENTENCE}</p>")) == STORY[:2] + [SAID] + STORY[2:]


def test_a_tag_list_still_goes() -> None:
    tags = ", ".join(_TAG.format(w.lower(), w) for w in ("Harbour", "Ships", "Cranes", "Quay"))
    kept = own_paragraphs(_page(f"<p>{tags}</p>"))
    assert all(line in kept for line in STORY)
    assert not any(word in " ".join(kept) for word in ("Ships", "Cranes", "Quay"))


def test_a_tag_link_after_a_vowel_sign_keeps_its_words() -> None:
    """Before the link, a word closing on a combining vowel sign (Devanagari "की", Thai
    "ที่"), which is no \\w character."""
    cases = (
        ("नए बंदरगाह की", "क्षमता", "से शहर को बहुत फायदा होगा।"),
        ("ท่าเรือใหม่ที่", "กรุงเทพ", "เปิดวันนี้และรองรับเรือได้มาก"),
    )
    for before, word, after in cases:
        line = f"{before} {_TAG.format('x', word)} {after}"
        said = f"{before} {word} {after}"
        assert own_paragraphs(_page(f"<p>{line}</p>")) == STORY[:2] + [said] + STORY[2:]


def test_a_tag_link_inside_brackets_or_quotes_keeps_its_words() -> None:
    """The link's words between an opening bracket or quote and its closing one, as portals
    link an acronym or a name they print in brackets or quotes (id, fr, pl, de, ja)."""
    cases = (
        ("Menteri Perhubungan (", "Menhub", ") Budi Karya mengatakan tiket pesawat masih mahal."),
        ("Le ministre a défendu la loi «", "Climat", "» devant les députés hier soir."),
        ("Minister bronił ustawy „", "Lex Tusk", "” przed posłami w Sejmie wczoraj."),
        ("Der Minister verteidigte das „", "Heizungsgesetz", "“ gestern im Bundestag."),
        ("大臣は「", "新しい港", "」の計画を発表した。"),
    )
    for before, word, after in cases:
        line = f"{before}{_TAG.format('x', word)}{after}"
        said = f"{before}{word}{after}"
        assert own_paragraphs(_page(f"<p>{line}</p>")) == STORY[:2] + [said] + STORY[2:]


def test_a_bracketed_tag_list_still_goes() -> None:
    """Tags in brackets with no words before them are a list, not a sentence."""
    tags = " ".join("(" + _TAG.format(w.lower(), w) + ")" for w in ("Ships", "Cranes", "Quay"))
    kept = own_paragraphs(_page(f"<p>{tags}</p>"))
    assert all(line in kept for line in STORY)
    assert not any(word in " ".join(kept) for word in ("Ships", "Cranes", "Quay"))
