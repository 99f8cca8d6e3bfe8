"""Two ways an old news template's deck was lost, on pages we wrote (Greek and Polish words):

1. The headline set in a `<div>`, no `<h1>` on the page and no og:title: the deck search had no
   anchor. The longest part of the <title> between its separators ("SITE - Headline -
   section") now finds the block printing it (`decks.deck_anchor`), and the deck under it is
   kept; a title part printed only in a link, or of two words, anchors nothing.
2. The lead in a box named "head" between the byline and the body: `prune` dropped it for the
   weak class word. One closed sentence of prose and nothing else in it (no link, picture or
   block) is the article's lead (`namedtext.is_head_lead`); a page's head (a logo, a menu)
   still goes."""

from __future__ import annotations

from lxml import html as lxml_html

from pipeline.extract import extract_text
from pipeline.maintext.container import find_headline
from pipeline.maintext.decks import deck_anchor, headline_deck
from pipeline.maintext.headings import _heading_row
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.web.html import HtmlElement, parse, prune
from pipeline.web.namedtext import is_head_lead

HEADLINE = "Οι ελιές στο μάγουλο και η υγεία του δέρματος"
DECK = "Προσέξτε αλλαγές στο χρώμα και το μέγεθος τους, τυχόν αιμορραγία ή φλεγμονή."
BODY = [
    "Οι ελιές, ενίοτε, προσθέτουν γοητεία, αλλά κάποιες γεννούν απορίες και ανησυχίες για"
    " σοβαρά προβλήματα υγείας που ο γιατρός πρέπει να εξετάσει έγκαιρα.",
    "Οι σπίλοι, όπως ονομάζονται στην επιστημονική ορολογία, είναι συχνοί και τις"
    " περισσότερες φορές αθώοι, όμως η παρακολούθησή τους χρειάζεται προσοχή.",
    "Οι δερματολόγοι συστήνουν έναν έλεγχο τον χρόνο, και αμέσως όταν μια ελιά αλλάζει"
    " σχήμα, χρώμα ή μέγεθος μέσα σε λίγες εβδομάδες ή μήνες.",
    "Η προστασία από τον ήλιο μειώνει τον κίνδυνο, ιδίως για όσους έχουν ανοιχτό δέρμα και"
    " πολλές ελιές στο πρόσωπο, στους ώμους και στην πλάτη.",
]


def _greek_page(title: str, printed: str, og: str = "") -> str:
    meta = f"<meta property='og:title' content='{og}'>" if og else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body>"
        "<div class='top'><a href='/'>TO NEO</a></div><div class='page'>"
        f"<div class='article_title'>{printed}</div>"
        f"<div class='article_subtitle'>{DECK}</div>"
        "<div class='article_info'>ΔΗΜΟΣΙΕΥΣΗ: 18/11/2011, 07:16</div>"
        f"<div class='article_text'>{''.join(f'<p>{p}</p>' for p in BODY)}</div>"
        "</div></body></html>"
    )


def _anchor(title: str, printed: str, og: str = "") -> tuple[HtmlElement | None, HtmlElement]:
    doc = parse(_greek_page(title, printed, og))
    assert doc is not None
    pruned = prune(doc)
    assert find_headline(pruned, title) is None  # no <h1>, no <h2>
    return deck_anchor(None, pruned, og, title), pruned


def test_the_deck_under_a_div_headline_found_by_the_titles_longest_part() -> None:
    anchor, pruned = _anchor(f"TO NEO - {HEADLINE} - υγεία", HEADLINE)
    assert anchor is not None and anchor.get("class") == "article_title"
    assert headline_deck(anchor, pruned) == DECK


def test_no_deck_anchor_from_a_title_part_printed_only_in_a_link_or_too_short() -> None:
    printed = f"<a href='/story/2'>{HEADLINE}</a>"
    assert _anchor(f"TO NEO - {HEADLINE} - υγεία", printed)[0] is None
    assert _anchor("TO NEO - Ελιές - υγεία", "Ελιές")[0] is None  # a part of one word


def test_a_shared_title_still_decides_alone() -> None:
    # og:title names another headline: the <title> is not read for the anchor
    assert _anchor(f"TO NEO - {HEADLINE} - υγεία", HEADLINE, og="Κάτι άλλο εντελώς εδώ")[0] is None


LEAD = (
    "Nadwiślańska Agencja Turystyczna ogłosiła przetarg na sprzedaż dwóch ośrodków"
    " wypoczynkowych nad morzem oraz trzech w górach."
)
PL_BODY = [
    "Ceny nieruchomości ustalono na od około dwóch do około czterech i pół miliona złotych,"
    " podała agencja w komunikacie.",
    "Agencja powstała w 1996 roku jako przedsiębiorstwo z siedzibą w Tychach i ma dziś"
    " dwadzieścia ośrodków wczasowych z ponad czterema tysiącami miejsc noclegowych.",
    "Wiele z tych obiektów jest wyposażonych w bazę rekreacyjno-leczniczą, oferującą klientom"
    " zabiegi lecznicze, gabinety odnowy biologicznej i wypożyczalnie sprzętu.",
]


def _polish_page(head: str) -> str:
    return (
        "<html><head><title>Agencja chce sprzedać pięć ośrodków | Portal</title></head><body>"
        "<div class='head'><a href='/'><img src='logo.png' alt='Portal'></a>"
        "<a href='/a'>Wiadomości</a> <a href='/b'>Gospodarka</a></div>"
        "<div id='content'><h2>Agencja chce sprzedać pięć ośrodków</h2>"
        "<div class='signature'>Autor: portal | 04-01-2012 10:55</div>"
        f"{head}<div class='body'>{''.join(f'<p>{p}</p>' for p in PL_BODY)}</div>"
        "</div></body></html>"
    )


def test_the_lead_in_a_box_named_head_is_kept() -> None:
    text = extract_text(_polish_page(f"<div class='head'>\n  {LEAD}\n</div>"), "https://x.pl/a")
    assert LEAD in text.split("\n")
    assert PL_BODY[0] in text


def test_is_head_lead_reads_one_sentence_of_prose_only() -> None:
    def lead(markup: str) -> bool:
        el = lxml_html.fragment_fromstring(markup)
        return is_head_lead(el, len(el.text_content()))

    assert lead(f"<div class='head'>{LEAD}</div>")
    assert lead(f"<p class='article head'><strong>{LEAD}</strong></p>")
    assert not lead(f"<div class='head'>{LEAD[:-1]}</div>")  # no closed sentence
    assert not lead(f"<div class='head'><a href='/x'>{LEAD}</a></div>")  # a teaser's link
    assert not lead(f"<div class='header'>{LEAD}</div>")  # not the word "head"
    assert not lead(f"<div class='masthead'>{LEAD}</div>")
    assert not lead("<div class='head'>Nowy Portal. Wiadomości z regionu.</div>")  # a slogan
    assert not lead(f"<div class='head'><img src='x.png'>{LEAD}</div>")
    assert not lead(f"<div class='head'><div>{LEAD}</div></div>")  # a box of blocks


def test_a_blog_themes_post_footer_in_any_language() -> None:
    for line in (
        "Ten wpis został dodany w 2011-12-20 @ 14:26 i znajduje się w kategorii Wiadomości."
        " Możesz śledzić odpowiedzi do tego wpisu poprzez RSS 2.0 kanał. Możesz przeskoczyć na"
        " koniec i zostawić odpowiedź.",
        "Posted by Anna Kowalska on Jan 17 2012. Filed under World. You can follow any"
        " responses to this entry through the RSS 2.0. You can leave a response or trackback"
        " to this entry",
        "Este artículo fue publicado el 20.12.2011 en Noticias. Puedes seguir las respuestas a"
        " esta entrada por RSS 2.0.",
    ):
        assert is_boilerplate_line(line), line
    for line in (
        "RSS 2.0 came out in 2002 and is still the format most podcast apps read today.",
        "Der Feed steht als RSS 2.0 bereit, die Liste der Beiträge wird täglich erneuert.",
    ):
        assert not is_boilerplate_line(line), line


SECTION_ONE = [
    "Rząd zaczyna reformy od nowych zasad waloryzacji emerytur, które mają obowiązywać już od"
    " marca przyszłego roku we wszystkich grupach zawodowych.",
    "Minister finansów przekonywał w poniedziałek, że zmiana przyniesie budżetowi oszczędności"
    " rzędu kilku miliardów złotych w ciągu najbliższych trzech lat.",
]
SECTION_TWO = [
    "Związkowcy zapowiadają protesty i domagają się spotkania z premierem jeszcze przed"
    " głosowaniem ustawy w Sejmie, które zaplanowano na koniec miesiąca.",
    "Opozycja twierdzi, że rząd przygotował reformę w pośpiechu i bez konsultacji z partnerami"
    " społecznymi, a jej skutki odczują przede wszystkim emeryci.",
]
COMMENTS = [
    "Nie rozumiem, dlaczego znowu płacą za to najbiedniejsi, a politycy nic nie oddają z siebie.",
    "Mój dziadek pracował czterdzieści lat i teraz ledwo starcza mu na leki, wstyd i hańba.",
]


def _story_with_comments_box(heading: str, label: str) -> str:
    comments = "".join(
        f"<dt><span class='when'><b>czytelnik{i}</b> 03.01.2012, 19:4{i}</span></dt>"
        f"<dd><p>{c}</p></dd>"
        for i, c in enumerate(COMMENTS)
    )
    box = (
        "<div class='articleComm'><div class='articleCommHead'>"
        f"<div class='floatLeft'><h3>{heading}</h3></div>"
        f"<div class='floatRight' onclick=\"location.href='#c'\">{label}</div></div>"
        f"<div class='articleCommBody'><dl>{comments}</dl></div></div>"
    )
    return (
        "<html><head><title>Tak rząd będzie ciął w 2012 roku | Gazeta</title></head><body>"
        "<div id='main'><h1>Tak rząd będzie ciął w 2012 roku</h1><div class='articleBody'>"
        f"{''.join(f'<p>{p}</p>' for p in SECTION_ONE)}{box}"
        f"{''.join(f'<p>{p}</p>' for p in SECTION_TWO)}</div></div></body></html>"
    )


def test_a_box_of_selected_comments_inside_the_story_goes_whole() -> None:
    text = extract_text(
        _story_with_comments_box("Wybrane komentarze", "zobacz wszystkie &gt;&gt;"),
        "https://x.pl/a",
    )
    for para in SECTION_ONE + SECTION_TWO:
        assert para in text
    for comment in COMMENTS:
        assert comment not in text


def test_a_heading_beside_a_long_label_stands_alone() -> None:
    # the row holds more than a short label beside the heading: only the heading's wrapper
    # is the heading's; the box under it is not taken for its section
    label = "Komentarze czytelników są moderowane przez redakcję przed publikacją na stronie"
    page = _story_with_comments_box("Wybrane komentarze", label)
    text = extract_text(page, "https://x.pl/a")
    for para in SECTION_ONE + SECTION_TWO:
        assert para in text
    assert COMMENTS[0] in text  # (a row of the heading alone: only its wrapper goes)


def test_a_comments_row_among_the_columns_blocks_is_the_heading_alone() -> None:
    # a forum's news post: the "Comments:" row sits among the column's blocks (not opening a
    # box of its own); the row is not taken for the box, nor its later blocks for a thread
    rows = "".join(
        f"<div class='post'><p>{c}</p><p>Added by czytelnik{i}</p></div>"
        for i, c in enumerate(COMMENTS)
    )
    page = (
        "<html><head><title>Tak rząd będzie ciął w 2012 roku | Forum</title></head><body>"
        "<div id='middle'>"
        f"{''.join(f'<p>{p}</p>' for p in SECTION_ONE + SECTION_TWO)}"
        "<div class='sep'><div class='t'><h4>Comments:</h4></div></div>"
        f"{rows}</div></body></html>"
    )
    doc = parse(page)
    assert doc is not None
    h4 = next(doc.iter("h4"))
    row, box = _heading_row(h4, "Comments:", doc)
    assert row is h4 and box is not None and box.get("class") == "t"
    text = extract_text(page, "https://x.pl/a")
    for para in SECTION_ONE + SECTION_TWO:
        assert para in text
