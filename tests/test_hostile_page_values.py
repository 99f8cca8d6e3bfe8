"""Pages a mutation run (robust31) broke or slowed through the per-page path: a byte-order mark
the bytes after it belie (the page came out as noise and was rejected), a rejected page read
again for mojibake, a megabyte text node after the headline, a megabyte author meta and a
megabyte <time datetime>. Pages written here."""

from __future__ import annotations

import codecs
import json
import random
import time
from datetime import UTC, datetime

import pytest

from pipeline import pages
from pipeline.app.eval_pages import read_page_metadata
from pipeline.config import PipelineConfig
from pipeline.errors import Rejected, RejectReason
from pipeline.pages import article_from_page
from pipeline.records import Article, RawPage
from pipeline.text.dates import parse_datetime
from pipeline.web import encoding
from pipeline.web.encoding import decode_body
from pipeline.web.html import parse
from pipeline.web.metadata.headline import _MAX_LINE, _Near
from pipeline.web.metadata.names import split_authors

STORY = (
    "Le conseil municipal a voté mardi soir le nouveau plan de circulation du centre-ville, "
    "après trois mois de concertation avec les commerçants et les habitants du quartier. "
    "Les travaux commenceront au printemps et dureront jusqu'à la fin de l'été, a précisé "
    "l'adjointe chargée des mobilités, qui promet des navettes gratuites pendant le chantier."
)
PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="{charset}"><title>Le plan de '
    "circulation adopté</title></head><body><article><h1>Le plan de circulation adopté</h1>"
    '<p class="byline">Par Anne Martin</p>{extra}<p>{story}</p><p>{story}</p></article>'
    "</body></html>"
)
ZH_STORY = (
    "市政府周二晚间通过了市中心新的交通规划，此前与商户和居民进行了三个月的协商。"
    "工程将于春季开工，持续到夏末，负责交通的副市长表示施工期间将提供免费接驳车。"
)
FETCHED = datetime(2026, 1, 9, 8, 0, tzinfo=UTC)


def _page(charset: str = "utf-8", story: str = STORY, extra: str = "") -> str:
    return PAGE.format(charset=charset, story=story, extra=extra)


def _made(body: bytes) -> Article:
    return article_from_page(RawPage(url="https://ville.example/actu/plan.html", body=body))


@pytest.mark.parametrize("mark", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_a_utf16_mark_before_utf8_bytes_is_read_past(mark: bytes) -> None:
    body = _page().encode("utf-8")
    assert decode_body(mark + body).text == decode_body(body).text
    assert _made(mark + body).to_dict() == _made(body).to_dict()


def test_a_utf8_mark_before_gbk_bytes_is_read_past() -> None:
    body = _page("gbk", ZH_STORY).encode("gb18030")
    decoded = decode_body(codecs.BOM_UTF8 + body)
    assert decoded.codec == "gb18030" and ZH_STORY in decoded.text
    assert _made(codecs.BOM_UTF8 + body).text == _made(body).text


def test_a_mark_its_bytes_agree_with_is_read_as_before() -> None:
    utf16 = _page().encode("utf-16")  # (Python writes the mark)
    assert decode_body(utf16).codec == "utf-16" and STORY in decode_body(utf16).text
    damaged = codecs.BOM_UTF8 + _page().encode("utf-8").replace("é".encode(), b"\xe9", 1)
    decoded = decode_body(damaged)
    assert decoded.codec == "utf-8-sig" and decoded.text.count("\ufffd") == 1


def _per_character(text: str) -> bytes | None:
    """What `_single_bytes` gives, as its docstring says it, one character at a time."""
    out = bytearray()
    for ch in text:
        if 0x80 <= ord(ch) <= 0x9F:
            out.append(ord(ch))
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def test_single_bytes_gives_what_a_character_loop_gives() -> None:
    rng = random.Random(31)
    alphabet = [chr(i) for i in range(0x180)] + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ中")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert encoding._single_bytes(text) == _per_character(text), text


def test_undoing_a_megabyte_of_mojibake_is_not_a_loop_in_python() -> None:
    text = ("Ã©tÃ© \x81\x8d â‚¬ " * 80_000)[:1_000_000]
    start = time.process_time()
    assert encoding._single_bytes(text) == _per_character(text)
    assert time.process_time() - start < 1.0  # (the loop alone took about a second)
    start = time.process_time()
    encoding._single_bytes(text)
    assert time.process_time() - start < 0.2


def test_a_page_rejected_for_another_reason_is_not_read_again_for_mojibake(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(pages, "undo_mojibake", lambda *args: calls.append(args))
    body = _page().encode("utf-8")
    with pytest.raises(Rejected) as rejected:
        article_from_page(RawPage(url="https://ville.example/a.html", body=body),
                          PipelineConfig(max_text_chars=100))  # fmt: skip
    assert rejected.value.reason is RejectReason.TOO_LARGE and not calls


def test_a_megabyte_text_node_after_the_headline_is_read_in_its_first_characters() -> None:
    words = "le conseil a voté le plan de circulation du centre-ville mardi soir " * 30_000
    html = _page(extra=f'<p class="date">Publié le 8 janvier 2026</p><div>{words}</div>')
    doc = parse(html)
    assert doc is not None
    window = _Near(doc).window(400)
    assert _MAX_LINE < len(window) <= 3 * _MAX_LINE  # (the lines before it, then its cut)
    start = time.process_time()
    published, authors = read_page_metadata(html.encode(), "https://ville.example/a", FETCHED)
    assert time.process_time() - start < 1.0  # (1.6 s before: the relative-time readers)
    assert published is not None and published.date().isoformat() == "2026-01-08"
    assert authors == ["Anne Martin"]


def test_an_author_value_of_a_page_s_length_names_no_one() -> None:
    start = time.process_time()
    assert split_authors("Anne Martin " * 100_000) == []
    assert time.process_time() - start < 0.1  # (1.2 s a page before)
    assert split_authors("Anne Martin et Paul Durand") == ["Anne Martin", "Paul Durand"]


def test_a_megabyte_date_value_is_read_in_its_first_characters() -> None:
    start = time.process_time()
    found = parse_datetime("2026-01-08 " * 100_000, UTC)
    assert time.process_time() - start < 0.1  # (0.3 s a reading before, two a page)
    assert found is not None and found.date().isoformat() == "2026-01-08"
    assert parse_datetime("2026-01-08T10:30:00+01:00") == datetime.fromisoformat(
        "2026-01-08T10:30:00+01:00"
    )


def test_a_json_ld_listing_thousands_of_authors_is_read_in_its_first_items() -> None:
    people = [{"@type": "Person", "name": f"Auteur Numéro{i:05d}"} for i in range(20_000)]
    people[0]["name"] = "Anne Martin"
    ld = json.dumps({"@type": "NewsArticle", "headline": "Le plan", "author": people})
    html = _page().replace("</head>", f'<script type="application/ld+json">{ld}</script></head>')
    start = time.process_time()
    _, authors = read_page_metadata(html.encode(), "https://ville.example/a", FETCHED)
    assert time.process_time() - start < 0.3  # (0.75 s before: each name split and checked)
    assert authors[0] == "Anne Martin" and len(authors) <= 200


ITEMS = "<item><title>Le plan adopté</title><description>&lt;p&gt;{}&lt;/p&gt;</description></item>"


@pytest.mark.parametrize(
    "feed",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Ville</title>{}</channel></rss>',
        '<?xml version="1.0"?>\n<!-- made by a CMS -->\n<?xml-stylesheet href="f.xsl"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Ville</title>{}</feed>',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">{}</rdf:RDF>',
    ],
)
def test_a_feed_sent_without_its_type_is_no_page(feed: str) -> None:
    body = feed.format(ITEMS.format(STORY) * 5).encode("utf-8")
    with pytest.raises(Rejected) as rejected:
        _made(body)  # (its escaped summaries were made an article titled "Ville")
    assert rejected.value.reason is RejectReason.NOT_HTML and "feed" in rejected.value.detail
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + _page().replace("<!DOCTYPE html>", "")
    assert STORY in _made(xhtml.encode("utf-8")).text
