"""The generic extractor on small pages we wrote in the shape of real markup, then on ../shared."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.app.evaluate import evaluate_corpus
from pipeline.maintext.core import own_paragraphs
from pipeline.sites.generic import main_text, main_text_str, structured_metadata

ZH_PARAS = [
    "今年一季度，本市新签约重点项目四十二个，总投资超过三百亿元，其中先进制造业项目占比接近六成。",
    "市发展改革委有关负责人表示，下一步将继续优化营商环境，推动项目早落地、早投产、早见效。",
    "据介绍，新签约项目主要集中在新能源汽车零部件、集成电路封装测试和生物医药等领域。",
]

GB_PORTAL = f"""<html><head><meta charset="gb2312"><title>一季度重点项目签约情况_政务公开_某市人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/bsfw">办事服务</a></div>
<table width="980"><tr><td class="nav"><a href="/a">机构设置</a><a href="/b">政策文件</a>
<a href="/c">统计信息</a></td></tr></table>
<table width="980"><tr><td width="700" valign="top">
 <div class="title"><h1>一季度重点项目签约情况</h1></div>
 <div class="info">发布时间：2024-03-28 09:30 来源：市发展改革委 【字体：大 中 小】</div>
 <div class="zw">
  <p>　　{ZH_PARAS[0]}</p>
  <p>　　{ZH_PARAS[1]}</p>
  <p>　　{ZH_PARAS[2]}</p>
  <p>责任编辑：王某某</p>
 </div>
 <div class="print"><a href="javascript:window.print()">打印本页</a> <a href="#">关闭窗口</a></div>
</td><td width="280" valign="top" class="right">
 <div class="xgxw"><h3>相关新闻</h3><ul>
  <li><a href="/1.html">市政府召开常务会议研究部署近期重点工作安排</a></li>
  <li><a href="/2.html">我市举行重大项目集中开工仪式暨招商推介会</a></li>
  <li><a href="/3.html">关于进一步优化营商环境的若干措施政策解读</a></li>
 </ul></div>
</td></tr></table>
<div class="footer">版权所有：某市人民政府办公室 备案号：某ICP备00000000号</div>
</body></html>"""

EN_PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour cranes return - The Daily Tide</title>
<meta property="og:title" content="Harbour cranes return to the old quay | The Daily Tide">
<meta property="article:published_time" content="2024-05-02T08:15:00+01:00">
<meta name="author" content="By Jane Rowe">
<link rel="canonical" href="https://tide.example/2024/05/cranes"></head>
<body><header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a>
</nav></header>
<main><article><h1>Harbour cranes return to the old quay</h1>
<div class="share-tools"><a href="#">Share on X</a><a href="#">Email</a></div>
<div class="article-body">
<p>The two red cranes that stood over the old quay for forty years came back on Tuesday, this time
as the centrepiece of a public garden built on the former loading yard.</p>
<p>Volunteers spent three winters stripping the rust, and the council paid for new foundations after
a survey found that the original concrete had cracked in several places.</p>
<p>"People kept asking where the cranes had gone," said the project's coordinator, who grew up a
few streets from the harbour and remembers the ships unloading timber.</p>
</div>
<aside class="related"><h2>More from the harbour</h2>
<ul><li><a href="/a">Ferry timetable changes for the summer season</a></li>
<li><a href="/b">Fishing fleet lands a record catch of mackerel</a></li></ul></aside>
</article></main>
<footer><p>Copyright 2024 The Daily Tide. All rights reserved.</p></footer></body></html>"""

FR_PAGE = """<html lang="fr"><head><title>Le marché couvert rouvre ses portes</title></head><body>
<div id="menu"><a href="/">Accueil</a> <a href="/culture">Culture</a></div>
<div class="contenu"><h1>Le marché couvert rouvre ses portes</h1>
<p>Après deux ans de travaux, le marché couvert de la ville accueille de nouveau ses
commerçants\u00a0: «\u00a0On attendait ce jour depuis longtemps\u00a0», confie l’une
d’entre eux.</p>
<p>La charpente métallique, classée en 1986, a été entièrement restaurée\u00a0; les halles
gardent leurs verrières d’origine et gagnent un étage de bureaux.</p>
<p>Lire aussi</p>
</div><div class="newsletter">Abonnez-vous à notre lettre d’information quotidienne</div>
</body></html>"""


def test_boilerplate_removed_and_paragraphs_kept() -> None:
    paras = main_text(EN_PAGE, "https://tide.example/2024/05/cranes")
    assert len(paras) == 3
    assert paras[0].startswith("The two red cranes")
    assert paras[2].endswith("ships unloading timber.")
    text = "\n".join(paras)
    for junk in ("Share on X", "Ferry timetable", "Copyright", "Home", "Harbour cranes return"):
        assert junk not in text


def test_link_heavy_blocks_dropped_from_chinese_portal() -> None:
    paras = main_text(GB_PORTAL)
    assert paras == ZH_PARAS  # no nav, info line, editor credit, print widget, related list


def test_gb_encoded_portal_through_bytes() -> None:
    """The same portal served as GB2312 bytes decodes and extracts the same paragraphs."""
    from pipeline.extract import extract_text

    body = GB_PORTAL.encode("gb18030")
    assert (
        extract_text(body, "http://www.city.example.gov.cn/art/2024/3/28/1.html").split("\n")
        == ZH_PARAS
    )


def test_french_typography_kept() -> None:
    paras = main_text(FR_PAGE)
    assert len(paras) == 2
    assert "commerçants\u00a0: «\u00a0On attendait" in paras[0]
    assert "l’une d’entre eux" in paras[0]  # newline in the markup became one space
    assert "Abonnez-vous" not in main_text_str(FR_PAGE)


def test_br_separated_paragraphs_split() -> None:
    body = "<br><br>".join(ZH_PARAS)
    page = f"<html><body><div class='nav'><a href='/'>首页</a></div><div>{body}</div></body></html>"
    assert main_text(page) == ZH_PARAS


def test_soft_hyphens_removed() -> None:
    page = (
        "<html><body><div><p>La recon\u00adstruc\u00adtion du pont a commencé au printemps, "
        "avec des pierres venues de la carrière voisine et beaucoup de patience.</p></div>"
        "</body></html>"
    )
    assert main_text(page)[0].startswith("La reconstruction du pont")


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   ",
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html></html>",
    ],
)
def test_no_article_gives_empty_list(page: str) -> None:
    assert main_text(page) == []


def test_structured_metadata_from_metas() -> None:
    meta = structured_metadata(EN_PAGE, "https://tide.example/x")
    assert meta["title"] == "Harbour cranes return to the old quay"
    assert meta["published_at"] == datetime(2024, 5, 2, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert meta["author"] == "Jane Rowe"
    assert meta["canonical"] == "https://tide.example/2024/05/cranes"
    assert meta["language"] == "en"


def test_structured_metadata_chinese_portal() -> None:
    meta = structured_metadata(GB_PORTAL)
    assert meta["title"] == "一季度重点项目签约情况"
    shanghai = timezone(timedelta(hours=8))
    assert meta["published_at"] == datetime(2024, 3, 28, 9, 30, tzinfo=shanghai)


def test_structured_metadata_json_ld() -> None:
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
    "@graph": [{"@type": "WebSite", "name": "Site"}, {"@type": "NewsArticle",
    "headline": "Un titre", "datePublished": "2025-12-01T10:00:00Z",
    "author": [{"@type": "Person", "name": "A. Martin"}, {"name": "B. Roux"}],
    "publisher": {"name": "Le Journal"}}]}</script></head><body></body></html>"""
    meta = structured_metadata(page)
    assert meta["title"] == "Un titre"
    assert meta["author"] == "A. Martin, B. Roux"
    assert meta["site_name"] == "Le Journal"
    assert meta["published_at"] == datetime(2025, 12, 1, 10, 0, tzinfo=UTC)


# The acceptance floors (measured 2026-11-26: zh 0.976, en 0.989, fr 0.993, fr snippets 0.980;
# with section widening: zh 0.980, en 0.989, fr 0.995, fr snippets 0.967; 2026-12-02 with the
# recall work of issue 10 (the generic extractor alone): zh 0.989, en 0.989, fr 0.995, fr
# snippets 0.967; 2026-12-03, embedded social posts left out: fr snippets 0.961, one of its
# "must contain" snippets being a tweet's author line, while the three full-gold corpora
# with embedded posts all leave them out; later that day, readers' forums left out: fr
# snippets 0.973; ninth session, newsletter pitch lines and linked sentences: en 0.989;
# twelfth session, the kinds of benchmarks/extraction/README.md "Twelfth session": zh 0.9898,
# en 0.9956, fr 0.9951, fr snippets 0.9733; twenty-fifth session, the headline's deck kept
# as the article's standfirst by issue 10's policy (two scrapinghub_en golds drop theirs):
# en 0.9937): a change that costs more than that on the real pages fails here. Speed is gated
# outside the unit tests: benchmarks/extraction/bench.py --min-ratio.
FLOORS = {"zh": 0.988, "en": 0.993, "fr": 0.99}
SNIPPET_FLOOR = 0.97
# extraction-wide (412 pages, 16 more languages), measured with section widening: zh 0.916,
# en 0.898, fr 0.621 (3 shop pages), the 97 pages in other languages 0.889 (page mean); with
# the recall work (layout-named prose kept, widening past headings, JSON-LD shells: see
# tests/test_maintext_recall.py) and the portal layouts, disclaimers, headline proximity and
# keyword links of tests/test_maintext_layouts.py (2026-12-02): zh 0.940, en 0.918, fr 0.802,
# other languages 0.904; with the split articles, teaser lists, dated headlines and author
# bios of tests/test_maintext_split.py: zh 0.944, en 0.924, fr 0.802, other languages 0.917;
# with the article fragments around an inserted box (same file): other languages 0.920; with
# the comment threads, post archives, forum floors and widget lines of
# tests/test_maintext_posts.py: zh 0.965, en 0.924, fr 0.802, other languages 0.922 (both);
# with the unlinked bullet lists, opening sections and lead names of
# tests/test_maintext_recall.py: zh 0.965, en 0.925, fr 0.802, other languages 0.922; with
# the galleries and big furniture set aside, summary boxes, copies of the text and text ads
# of tests/test_maintext_containers.py: zh 0.965, en 0.943, fr 0.821, other languages 0.932;
# with figure captions and subheadings kept as text (tests/test_maintext_recall.py,
# 2026-12-03): zh 0.966, en 0.946, fr 0.821, other languages 0.936 (the 91 pages: en 0.988,
# zh and fr unchanged); with e-mail boxes, embedded posts, counters, ad labels and readers'
# replies under dated heads (tests/test_maintext_signup.py, tests/test_maintext_posts.py,
# seventh session): zh 0.966, en 0.947, fr 0.821, other languages 0.946; with newsletter
# pitch lines dropped and sentences with links inside kept (tests/test_maintext_signup.py,
# tests/test_maintext_recall.py, ninth session): zh 0.966, en 0.949, fr 0.821, other
# languages 0.946; with article wrappers named by feature flags, buttons left open and ad
# slots' "continues below" labels (tests/test_maintext_recall.py, eleventh session): zh 0.966,
# en 0.9492, fr 0.821, other languages 0.9466; with the twelfth session's kinds (Chinese
# notices and widgets, furniture read without class names or HTML5 tags, <br> line blocks,
# English credits and appeals, joiners in Persian words, labels in 40 language forms):
# zh 0.9719, en 0.9537, fr 0.8215, other languages 0.9502; with the thirteenth session's
# (site notes and player controls, spoken datelines, folded FAQ answers): zh 0.9719, en
# 0.9559, fr 0.9192, other languages 0.9532; with the fifteenth session's (listicle items
# after the opening, key points under any class name, a closing sentence mostly a link):
# zh 0.9722, en 0.9561, fr 0.9204, other languages 0.9540; with the sixteenth session's
# (standfirsts by shape, headlines under a long title tail or in a dropped <header>):
# zh 0.9722, en 0.9561, fr 0.9204, other languages 0.9559; with the seventeenth session's
# (a header box inside the container, a shared title anchoring the standfirst): zh 0.9722,
# en 0.9568, fr 0.9204, other languages 0.9579; with the eighteenth session's (a <figure>
# named as a caption, an FAQ's question buttons, subheadings linking to their own anchor;
# breadcrumb trails by shape, forum invitations in other languages): zh 0.9722, en 0.9572,
# fr 0.9204, other languages 0.9583; the nineteenth session's kinds for unseen layouts
# (teaser grids, short articles by their headline, an article split around an inserted box,
# the next story under its own <h1>: tests/test_maintext_ml19.py) move no page of either
# corpus, and the zh and fr floors rise to what is reached; the site's own pitches up to a
# paragraph and an article held elsewhere than the prose shown: en 0.9576; the twenty-fifth
# session's deck under the headline kept as the article's standfirst (issue 10's policy:
# trafilatura's news snippets keep decks 80 times in 84, these generic-web golds drop most):
# en 0.9552, fr 0.9368, other languages 0.9544 (fa, it, tr, id, ja, pt, es pages down).
WIDE_FLOORS = {"zh": 0.972, "en": 0.955, "fr": 0.936}
# recall26: one Polish page whose gold keeps an embedded teaser card (0.949 -> 0.855)
WIDE_OTHER_FLOOR = 0.953


def test_f1_floors_on_shared_corpus(shared_dir: Path) -> None:
    corpus = shared_dir / "eval" / "extraction"
    if not (corpus / "manifest.tsv").is_file():
        pytest.skip(f"no evaluation corpus in {corpus}")
    result = evaluate_corpus(corpus, lambda body, url: _decoded_main_text(body, url))
    for lang, floor in FLOORS.items():
        assert result["languages"][lang]["f1"] >= floor, (lang, result["languages"][lang])
        assert result["languages"][lang]["errors"] == 0
    assert result["snippets"]["fr"]["f1"] >= SNIPPET_FLOOR
    crashed = [p["name"] for p in result["per_page"] if p["error"]]
    assert crashed == []  # acceptance 4: no page of the corpus crashes the extractor


def test_f1_floors_on_shared_wide_corpus(shared_dir: Path) -> None:
    corpus = shared_dir / "eval" / "extraction-wide"
    if not (corpus / "manifest.tsv").is_file():
        pytest.skip(f"no evaluation corpus in {corpus}")
    result = evaluate_corpus(corpus)  # extract_text, as `newsbrief eval extraction` runs it
    for lang, floor in WIDE_FLOORS.items():
        assert result["languages"][lang]["f1"] >= floor, (lang, result["languages"][lang])
    other = [p["f1"] for p in result["per_page"] if p["language"] not in WIDE_FLOORS]
    assert len(other) > 50 and sum(other) / len(other) >= WIDE_OTHER_FLOOR
    crashed = [p["name"] for p in result["per_page"] if p["error"]]
    assert crashed == []  # no page of either corpus crashes the extractor


def _decode(body: bytes) -> str:
    from pipeline.extract import decode_html

    return decode_html(body)[0]


def _decoded_main_text(body: bytes, url: str) -> str:
    return "\n".join(main_text(_decode(body), url or None))


# --- page kinds the rules of 2026-11-26 are for (our own markup in the shape of real pages) ---

EN_BODY = [
    "The ferry company confirmed on Monday that the evening crossing will run twice a week from"
    " June, after a winter in which the route was suspended for repairs to the landing stage.",
    "Passengers who bought season tickets before the suspension will be offered a refund or an"
    " extension, the company said in a statement published on its website.",
    "Local traders welcomed the decision, saying the evening boat brings visitors who stay for"
    " dinner and often return for a second trip later in the summer.",
]


# A long footer: the article holds well under half of the page's text, as on real pages.
FOOTER = (
    "<footer>"
    + "<p>About us. Contact. Terms of use. Privacy. Advertise with us.</p>" * 5
    + "</footer>"
)


def _page(inner: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Evening ferry returns</title></head><body>"
        "<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"{inner}{FOOTER}</body></html>"
    )


def _paras(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def test_tree_variant_gives_the_same_paragraphs_as_the_markup_one() -> None:
    from pipeline.sites.generic import main_text_tree
    from pipeline.web.html import parse

    for page in (EN_PAGE, GB_PORTAL, FR_PAGE):
        tree = parse(page)
        assert tree is not None
        assert main_text_tree(tree, None, page) == main_text(page)


def test_lead_outside_the_body_container_comes_first() -> None:
    lead = (
        "Le conseil municipal a voté jeudi la réouverture de la ligne du soir, fermée depuis"
        " l’automne."
    )
    page = _page(f"""<div class="article"><h1>Le bac du soir reprend</h1>
        <div class="field field-chapo"><p>{lead}</p></div>
        <div class="meta">Par la rédaction</div>
        <div class="wrap"><div class="field field-body">{_paras(EN_BODY)}</div></div></div>""")
    paras = main_text(page)
    assert paras[0] == lead
    assert paras[1:] == EN_BODY


def test_layout_modifier_classes_do_not_drop_the_article() -> None:
    # "with-navigation", "one-sidebar", "field--label-hidden": classes about the layout or a part
    page = _page(f"""<div class="layout with-navigation one-sidebar-second"><div class="region">
        <div class="field field--label-hidden">{_paras(EN_BODY)}</div></div>
        <div class="sidebar">{'<a href="/x">Another story from the archive</a> ' * 5}</div>
        </div>""")
    assert own_paragraphs(page) == EN_BODY  # our rules, not the trafilatura fallback
    assert main_text(page) == EN_BODY


def test_live_commentary_entries_are_kept_but_reader_comments_are_not() -> None:
    entries = [f"<div class='live-comment'><p>{p}</p></div>" for p in EN_BODY]
    reader = "I took this ferry for years and it was always late, but the views made up for it."
    page = _page(f"""<div class="live">{"".join(entries)}</div>
        <div class="comments"><div class="comment"><p>{reader}</p></div></div>""")
    assert own_paragraphs(page) == EN_BODY  # reader not in it
    assert main_text(page) == EN_BODY


def test_email_paragraph_and_inline_link_span_kept() -> None:
    body = [
        EN_BODY[0],
        "Write to the harbour office to book a group crossing:",
        '<a href="mailto:crossings@harbour.example">crossings@harbour.example</a>',
        'The timetable is <span class="link"><a href="/t">on the harbour website</a></span>'
        " and at the ticket office on the quay, next to the old customs house.",
    ]
    paras = main_text(_page(f"<div class='post-body'>{_paras(body)}</div>"))
    assert "crossings@harbour.example" in paras
    assert paras[-1].startswith("The timetable is on the harbour website and at the ticket")


def test_author_box_caption_toggles_and_wire_credits_dropped() -> None:
    reporting = (
        "Reporting by the harbour office suggests the landing stage will need more work"
        " before the winter storms arrive."
    )
    body = [
        *EN_BODY,
        reporting,
        "(Reporting by Ann Lee and Tom Baker; editing by Sue Park.)",
        "Follow the Harbour Desk on Twitter and Instagram.",
        "Show Caption",
    ]
    page = _page(f"""<article><div class="entry-content">{_paras(body)}
        <div itemprop="author" itemscope itemtype="http://schema.org/Person"><div>
        <p>Ann Lee has written about ferries, harbours and the people who work in them for more
        than twenty years, first for a local weekly and then for this site.</p></div></div>
        </div></article>""")
    assert main_text(page) == [*EN_BODY, reporting]


def test_headings_and_font_size_boxes_are_not_furniture() -> None:
    zh_page = (
        "<html><body><div class='nav'><a href='/'>首页</a></div>"
        f"<div class='detail_content fontsize_box'>{_paras(ZH_PARAS)}</div>"
        "<div class='footer'>版权所有：某市人民政府办公室</div></body></html>"
    )
    assert main_text(zh_page) == ZH_PARAS
    en_page = _page(f"""<div class="article-content">
        <h2 class="wp-block-heading">What changes for passengers</h2>{_paras(EN_BODY)}</div>""")
    assert main_text(en_page) == ["What changes for passengers", *EN_BODY]


def test_chinese_source_reprint_disclaimer_and_dated_related_lines_dropped() -> None:
    interview = "记者：这条线路开通以后，您每天上班要花多长时间？"
    junk = [
        "来源：某某晚报",
        "本网专稿，未经书面授权请勿转载。",
        "相关报道：",
        "·江城缆车试运营首日客流过万 (2024-03-28 18:03)",
        "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供"
        "信息存储服务。" + "该内容仅代表作者本人观点，与本平台无关。" * 4,
    ]
    page = (
        f"<html><body><div class='zw'>{_paras([*ZH_PARAS, interview, *junk])}</div></body></html>"
    )
    assert main_text(page) == [*ZH_PARAS, interview]


def test_government_notice_keeps_its_header_table_and_signature_date() -> None:
    header = (
        "<div class='xxgk'><table>"
        "<tr><td>索 引 号：</td><td>000000000/2024-00123</td><td>分 类：</td><td>通告</td></tr>"
        "<tr><td>发文机关：</td><td>某市人民政府</td><td>成文日期：</td><td>2024年03月27日</td></tr>"
        "<tr><td>发文字号：</td><td>某政发〔2024〕3号</td><td>发布日期：</td><td>2024年03月28日</td>"
        "</tr></table></div>"
    )
    body = _paras([*ZH_PARAS, "某市人民政府", "2024年3月27日"])
    page = (
        f"<html><body><div class='nav'><a href='/'>首页</a></div><div class='main'>{header}"
        f"<div class='wrap'><div class='zw'>{body}</div></div></div></body></html>"
    )
    assert main_text(page) == [
        "索 引 号： 000000000/2024-00123 分 类： 通告",
        "发文机关： 某市人民政府 成文日期： 2024年03月27日",
        "发文字号： 某政发〔2024〕3号 发布日期： 2024年03月28日",
        *ZH_PARAS,
        "某市人民政府",
        "2024年3月27日",
    ]
    byline = _paras(["发布日期：2024年03月28日", *ZH_PARAS])  # one label is a byline, not a header
    assert main_text(f"<html><body><div class='zw'>{byline}</div></body></html>") == ZH_PARAS


def test_one_line_dateline_dropped_but_prose_with_a_date_kept() -> None:
    prose = "Le rapport, publié le 4 mai à 13h36, montre que la fréquentation du bac augmente."
    lines = [
        "La Gazette | 04.05.2026 à 13h36 • Mis à jour le 05.05.2026 à 20h13 | Par Ana Roux",
        prose,
        *EN_BODY,
    ]
    assert main_text(_page(f"<div class='article-body'>{_paras(lines)}</div>")) == [prose, *EN_BODY]


@pytest.mark.parametrize(
    "words",
    [
        "article-body content-main",
        "nav-bar",
        "subnav",
        "ad",
        "head",
        "ads-wrap",
        "header-ad",
        "post-12345 type-post tag-china",
        "tags",
        "footer_links",
        "comment-list",
        "heading",
        "sidebar-right",
        "",
        "x | y (z)",
        "breadcrumbs",
        "masthead",
        "toolbar top",
        "zw",
        "rank-list",
    ],
)
def test_word_patterns_match_exactly_like_their_single_regex(words: str) -> None:
    import re

    from pipeline.web.html import LAYOUT_NEGATIVE, POSITIVE, STRONG_NEGATIVE, WEAK_NEGATIVE

    for fast in (STRONG_NEGATIVE, LAYOUT_NEGATIVE, WEAK_NEGATIVE, POSITIVE):
        assert fast.search(words) == bool(re.search(fast.pattern, words)), (fast.pattern, words)


def test_article_in_separately_wrapped_sections_is_taken_whole() -> None:
    """Each section in wrappers of its own (no sibling of the best one): the ancestor holding
    them all is taken, with its subheadings and lists, but not the comments beside it."""
    long = "The council voted the budget after a long public debate, and the mayor spoke. " * 4
    short = "Residents asked questions about the new parks, schools, and the tram line. " * 2

    def section(head: str, text: str, extra: str = "") -> str:
        return (
            f"<div class='row'><div class='col'><section><h2>{head}</h2>"
            f"<p>{text}</p><p>{text}</p>{extra}</section></div></div>"
        )

    items = "<ul><li>Two new schools open in 2027.</li><li>The tram reaches the port.</li></ul>"
    comments = "".join(
        f"<div class='c'><a href='/u/{i}'>user{i}</a> <a href='/r/{i}'>reply</a></div>"
        for i in range(8)
    )
    page = (
        "<html><body><div class='page'><div class='story'>"
        + section("The vote", long)
        + section("Questions", short, items)
        + section("What comes next", short)
        + f"</div><div class='talk'>{comments}</div></div></body></html>"
    )
    text = main_text_str(page)
    for expected in ("Questions", "What comes next", "The tram reaches the port.", "mayor"):
        assert expected in text
    assert "user3" not in text
