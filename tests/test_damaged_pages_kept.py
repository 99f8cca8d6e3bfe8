"""Article pages once refused for damage around their text (branch reject28): a <title> never
closed (libxml2 read the whole page as the title: "no main text"), an XML declaration that
never says "?>" (lxml refused the page: "no markup"), UTF-8 that is mojibake of a GB2312 page
("undecodable"), and named anchors counted as links (a glossary's terms: "a list of links").
The guards: a home page of links, a page with no text and real undecodable text stay refused.
Pages written here."""

from __future__ import annotations

import random

import pytest

from pipeline.errors import Rejected, RejectReason
from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.encoding import decode_body, undo_mojibake

STORY = (
    "The harbour board approved the new ferry timetable on Tuesday after a month of hearings. "
    "Boats will leave every twenty minutes at rush hour, the board's chair said, and the last "
    "crossing moves to midnight from the spring. Residents of the north shore had asked for "
    "the change since the bridge closed for repairs last year."
)
BODY = f"<body><table><tr><td><h1>Ferries every twenty minutes</h1><p>{STORY}</p></td></tr></table></body>"


def _article(html: str | bytes, url: str = "https://port.example/news/ferries.html") -> str:
    body = html.encode("utf-8") if isinstance(html, str) else html
    return article_from_page(RawPage(url=url, body=body)).text


def test_a_title_never_closed_no_longer_swallows_the_page() -> None:
    head = "<head><title>Ferries every twenty minutes (Port News)ntById('size');\nobj.style.x=1;"
    head += "\n}\n</script>\n<meta name='x' content='y'></head>"
    assert "every twenty minutes at rush hour" in _article(f"<html>{head}{BODY}</html>")


def test_a_title_closed_by_a_damaged_tag_is_closed() -> None:
    head = '<head><title id="t">Ferries every twenty minutes</titlevalue="true" --></head>'
    assert "every twenty minutes at rush hour" in _article(f"<html>{head}{BODY}</html>")


def test_a_closed_title_is_left_as_it_is() -> None:
    html = f"<html><head><title>Ferries\nevery twenty minutes</title></head>{BODY}</html>"
    made = article_from_page(RawPage(url="https://port.example/a.html", body=html.encode()))
    assert made.title.startswith("Ferries")


def test_an_html_start_tag_closed_by_a_slash_no_longer_ends_the_page() -> None:
    html = f'<html xmlogo.gif" alt="Port News" width="145" /></a></td>{BODY}</html>'
    assert "every twenty minutes at rush hour" in _article(html)


def test_an_unterminated_xml_declaration_is_dropped() -> None:
    html = '<?xml version="1.0" encoding="ferry, harbour, timetable, crossing" />\n'
    html += f"<html><head><title>Ferries</title></head>{BODY}</html>"
    assert "every twenty minutes at rush hour" in _article(html)


HAN_STORY = (
    "江城市今天开通了首条跨江缆车线路，市民排队试乘。缆车全长三公里，单程约需八分钟，"
    "票价为每人二十元。市交通局表示，缆车将在早晚高峰加密班次，方便两岸居民通勤。"
)


def _gb_page() -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>跨江缆车开通</title></head><body><div><h1>跨江缆车开通</h1><p>{HAN_STORY}</p>"
        f"<p>{HAN_STORY}</p></div></body></html>"
    )
    return html.encode("gb18030")


def test_gb2312_read_as_latin1_and_saved_as_utf8_is_undone() -> None:
    # (one layer leaves few control characters: such text is not refused, only read wrong)
    once = decode_body(_gb_page().decode("latin-1").encode("utf-8"))
    redone = undo_mojibake(once)
    assert redone is not None and redone.codec == "gb18030" and "票价为每人二十元" in redone.text


def test_mojibake_of_mojibake_is_undone_layer_by_layer() -> None:
    twice = _gb_page().decode("latin-1").encode("utf-8").decode("latin-1").encode("utf-8")
    assert "票价为每人二十元" in _article(twice, "https://city.example/news/2.html")


def test_plain_utf8_is_no_mojibake() -> None:
    page = f"<html><body><p>{HAN_STORY} Élément à côté de l'été.</p></body></html>".encode()
    assert undo_mojibake(decode_body(page)) is None


def test_bytes_no_charset_reads_stay_refused() -> None:
    rng = random.Random(28)
    noise = bytes(rng.getrandbits(8) for _ in range(6000)).replace(b"<", b" ")
    page = b"<html><head><title>Ferries</title></head><body><p>" + noise + b"</p></body></html>"
    with pytest.raises(Rejected) as err:
        _article(page)
    assert err.value.reason is RejectReason.UNDECODABLE


def test_a_glossary_of_named_anchors_is_no_list_of_links() -> None:
    terms = "".join(
        f"<dt><a name='t{i}'><strong>term {i}</strong></a></dt>"
        f"<dd>the meaning of the {i}th word of the field, said in a short plain sentence</dd>"
        for i in range(30)
    )
    html = f"<html><head><title>Glossary</title></head><body><dl>{terms}</dl></body></html>"
    assert "term 7" in _article(html, "https://park.example/glossary.htm")


def test_a_home_page_of_links_is_still_refused() -> None:
    links = "".join(
        f"<li><a href='/news/{i}.html'>Headline number {i} of the day's news</a></li>"
        for i in range(40)
    )
    html = f"<html><head><title>Port News</title></head><body><ul>{links}</ul></body></html>"
    with pytest.raises(Rejected) as err:
        _article(html, "https://port.example/")
    assert err.value.reason is RejectReason.NOT_ARTICLE


def test_a_page_whose_title_swallows_nothing_but_markup_stays_refused() -> None:
    with pytest.raises(Rejected):
        _article("<html><head><title>Ferries every twenty minutes")
