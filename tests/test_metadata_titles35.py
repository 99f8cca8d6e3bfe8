"""The title kinds the public sets' title misses showed (session 35, helper title35): a part
of an og:title cut as an unknown site's name that the page prints as its own, a site's name
spelt with umlauts that the host spells in ASCII, a headline printed whole but for the site's
name closing the <title> after a blank, a later <h1> printing the title where the first is a
tagline, a blog's name before a colon that a later <h1> leaves out, a JSON-LD "headline" that
is a one-line description, the title metas other than og:title, quotation marks as the <h1>
prints them; and what stays as it was."""

from __future__ import annotations

import json

from pipeline.web.metadata import PageView

URL = "https://www.lantern-post.example/2025/03/04/story"


def _title(head: str, *h1s: str, url: str = URL) -> str | None:
    headings = "".join(f"<h1>{h1}</h1>" for h1 in h1s)
    html = (
        f"<html><head><meta charset='utf-8'>{head}</head><body><header>"
        f"<a href='/'>Home</a></header><article>{headings}"
        "<p>The council met on Tuesday and voted on the new bridge over the river.</p>"
        "</article></body></html>"
    )
    return PageView.parse(html, url).metadata().title


def _meta(key: str, value: str, attr: str = "property") -> str:
    return f"<meta {attr}='{key}' content='{value}'>"


def _ld(headline: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Article", "headline": headline}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


OWN = "Cardinal 2.0 - The Harvest Update"


def test_an_og_title_the_title_prints_before_its_suffix_is_whole() -> None:
    head = f"<title>{OWN} - Quiet Fields Journal</title>{_meta('og:title', OWN)}"
    assert _title(head) == OWN


def test_an_og_title_part_the_headline_prints_is_kept() -> None:
    og = "How we built the queue - a story of retries"
    head = f"<title>x</title>{_meta('og:title', og)}"
    assert _title(head, "How we built our queue: a story of retries") == og


def test_an_unknown_sites_name_after_the_title_is_still_cut() -> None:
    head = "<title>Bridge vote delayed again - Quiet Fields Journal</title>"
    assert _title(head) == "Bridge vote delayed again"
    # an <h1> that names the site is no headline printing the cut part
    assert _title(head, "Quiet Fields Journal") == "Bridge vote delayed again"


def test_a_site_name_with_umlauts_matches_its_ascii_host() -> None:
    url = "https://www.gruenwald-kurier.example/wirtschaft/artikel"
    head = "<title>Arbeit - GRÜNWALD KURIER</title>"
    assert _title(head, "Wir kämpfen für faire Löhne", url=url) == "Wir kämpfen für faire Löhne"
    head = "<title>Neue Brücke eröffnet | Grünwald Kurier</title>"
    assert _title(head, url=url) == "Neue Brücke eröffnet"


def test_a_headline_printed_whole_but_for_the_sites_name_after_a_blank() -> None:
    url = "https://www.lanternpost.example/a/1"
    head = "<title>tiny-parser - Reading logs in Rust LANTERNPOST</title>"
    got = _title(head, "tiny-parser - Reading logs in Rust", url=url)
    assert got == "tiny-parser - Reading logs in Rust"


def test_a_later_h1_prints_the_title_where_the_first_is_a_tagline() -> None:
    url = "https://shop.pagebarn.example/book/1"
    head = "<title>The Lighthouse Cook - Novels Mara Vale: read a sample free - PAGEBARN -</title>"
    tagline = "Read novels and comics as e-books at PAGEBARN"
    assert _title(head, tagline, "The Lighthouse Cook", url=url) == "The Lighthouse Cook"


def test_a_blog_name_before_a_colon_a_later_h1_leaves_out() -> None:
    head = "<title>Tinkerlog: Ten years of home servers</title>"
    assert _title(head, "Tinkerlog", "Ten years of home servers") == "Ten years of home servers"
    # an <h1> printing the whole title keeps it
    whole = "Opinion: Ten years of home servers"
    assert _title(f"<title>{whole}</title>", "Opinion", whole) == whole


def test_a_json_ld_description_as_headline_gives_way_to_title_and_h1() -> None:
    head = f"<title>Lake Orvin - Wikifacts</title>{_ld('freshwater lake in the northern hills')}"
    assert _title(head, "Lake Orvin") == "Lake Orvin"


def test_a_social_og_title_keeps_the_short_h1_label_rule() -> None:
    og = "Five mistakes renters make before they sign a lease, and how to avoid them"
    head = f"<title>Renters mistakes - Wikifacts</title>{_meta('og:title', og)}"
    assert _title(head, "Renters mistakes") == og


def test_twitter_and_dublin_core_titles_stand_in_for_an_og_title() -> None:
    head = f"<title>draft-lane-sync-07 - Sync Protocol</title>{_meta('dc.title', 'Sync Protocol', 'name')}"
    assert _title(head) == "Sync Protocol"
    head = f"<title>x | y</title>{_meta('twitter:title', 'Bridge vote delayed again', 'name')}"
    assert _title(head) == "Bridge vote delayed again"


def test_quotation_marks_as_the_h1_prints_them() -> None:
    head = "<title>Council Sparks Fury Over Graphic Bridge Ad</title>"
    printed = "Council Sparks Fury Over ‘Graphic’ Bridge Ad"
    assert _title(head, printed) == printed
    head = "<title>Why the council won't change</title>"
    assert _title(head, "Why the council won’t change") == "Why the council won’t change"


def test_an_h1_with_other_words_does_not_set_the_quotes() -> None:
    head = "<title>Why the council won't change</title>"
    assert _title(head, "Why the Council Won’t Change") == "Why the council won't change"


def test_a_fullwidth_hyphen_between_blanks_sets_off_the_sites_name() -> None:
    url = "https://www.kumoden1.example/2025/0304.html"
    head = "<title>新しい橋の建設が始まる － Kumoden</title>"
    assert _title(head, url=url) == "新しい橋の建設が始まる"


def test_a_closing_full_stop_the_h1_leaves_out() -> None:
    head = "<title>新しい橋の建設が始まる。｜くもでん株式会社</title>"
    assert _title(head, "ニュース", "新しい橋の建設が始まる") == "新しい橋の建設が始まる"


def test_a_full_stop_only_the_h1_prints_is_not_added() -> None:
    head = "<title>Poll brings bad news for the cabinet - Quiet Fields Journal</title>"
    assert (
        _title(head, "Poll brings bad news for the cabinet.")
        == "Poll brings bad news for the cabinet"
    )
