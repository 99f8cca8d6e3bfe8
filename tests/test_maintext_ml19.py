"""Kinds of session 19 (branch ml19) for pages in other languages, on pages we wrote ourselves.

A short article (two or three paragraphs, or a few split over sections) over a "more news"
box printed as a grid of cards, each a heading that is all link over its one-line summary:
ten summaries hold more prose than the article, the box outscored it, and the emitter then
dropped the summaries as teasers: a paragraph of the article was left, or none. The box is a
teaser grid (`cardgrid.is_card_grid`), beaten by the candidate nearest the headline as a list
of teasers is."""

from __future__ import annotations

import pytest

from tests.sample_pages import own_text

STORIES = {
    "es": (
        "Plan de calles",
        [
            "El ayuntamiento aprobó ayer un plan para renovar las calles del casco antiguo "
            "durante los próximos dos años.",
            "Según la alcaldesa, las obras empezarán en primavera y se harán por fases para "
            "no cortar el paso a los comercios.",
            "Los vecinos recibieron la noticia con cautela, aunque casi todos admiten que las "
            "aceras pedían un arreglo urgente.",
        ],
        "Resumen de otra noticia: el consejo municipal explicó ayer nuevos detalles y los "
        "vecinos dieron su opinión sobre ello.",
    ),
    "vi": (
        "Kế hoạch sửa phố",
        [
            "Hội đồng thành phố hôm qua đã thông qua kế hoạch sửa các tuyến phố trong khu phố "
            "cổ trong hai năm tới.",
            "Theo bà chủ tịch, công trình sẽ bắt đầu vào mùa xuân và làm theo từng đợt để "
            "không chặn lối vào cửa hàng.",
            "Người dân đón tin này khá dè dặt, dù hầu hết đều thừa nhận vỉa hè đã cần sửa từ "
            "lâu rồi.",
        ],
        "Tóm tắt một tin khác: hội đồng thành phố hôm qua cho biết thêm chi tiết mới và "
        "người dân đã nêu ý kiến về việc này.",
    ),
    "tr": (
        "Sokak planı",
        [
            "Belediye meclisi dün eski çarşıdaki sokakları önümüzdeki iki yıl içinde "
            "yenilemek için bir planı onayladı.",
            "Başkana göre çalışmalar baharda başlayacak ve dükkânların yolunu kesmemek için "
            "aşama aşama yapılacak.",
            "Mahalle sakinleri haberi temkinle karşıladı, ancak hemen herkes kaldırımların "
            "acil onarım beklediğini kabul ediyor.",
        ],
        "Başka bir haberin özeti: belediye dün konuyla ilgili yeni ayrıntılar paylaştı ve "
        "mahalleli de görüşlerini dile getirdi.",
    ),
}


# Cards of a "more news" grid, by the shapes sites print them in: {t} the title, {s} the summary.
CARDS = {
    "heading": "<div class='card'><h3><a href='/n/{i}'>{t}</a></h3><p>{s}</p></div>",
    "picture": "<div class='card'><a href='/n/{i}'><img src='/i/{i}.jpg'><h3>{t}</h3></a>"
    "<p>{s}</p></div>",
    "dated": "<article class='card'><h3><a href='/n/{i}'>{t}</a></h3><time>12.05.2024</time>"
    "<p>{s}</p></article>",
    "div": "<div class='card'><h3><a href='/n/{i}'>{t}</a></h3><div class='x9'>{s}</div></div>",
    "bare": "<div class='card'><a href='/n/{i}' class='t'>{t}</a><span>{s}</span></div>",
}


def _cards(summary: str, n: int = 10, shape: str = "heading") -> str:
    return (
        "<section class='more'><h2>+</h2>"
        + "".join(
            CARDS[shape].format(i=i, t=f"{i} - {summary[:30]}", s=f"{summary} ({i})")
            for i in range(n)
        )
        + "</section>"
    )


def _page(title: str, article: str, extra: str, head: str = "") -> str:
    nav = "".join(f"<li><a href='/s{i}'>S{i}</a></li>" for i in range(8))
    return (
        f"<html><head><title>{head or title} - Diario</title></head><body><nav><ul>{nav}</ul></nav>"
        f"<main><div class='wrap'><h1>{title}</h1>{article}</div></main>{extra}"
        "<footer><p>© 2024</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("shape", ["two", "sections", "wrapped"])
def test_short_article_over_a_grid_of_teaser_cards_is_kept_whole(lang: str, shape: str) -> None:
    title, paras, summary = STORIES[lang]
    if shape == "two":  # two paragraphs in the article's own block
        paras = paras[:2]
        article = "<article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article>"
    elif shape == "sections":  # each paragraph in a section of its own
        article = "<article>" + "".join(f"<section><div><p>{p}</p></div></section>" for p in paras)
        article += "</article>"
    else:  # each paragraph in a wrapper of its own, as a block editor prints them
        article = "".join(f"<div class='blk'><div><p>{p}</p></div></div>" for p in paras)
    text = own_text(_page(title, article, _cards(summary)))
    assert text.split("\n") == paras


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_grid_of_cards_alone_under_the_headline_is_not_set_aside(lang: str) -> None:
    # a roundup whose own text is its cards, over no other paragraph: nothing better near the
    # headline, so the grid stays the container (and the emitter reads it as before)
    title, _, summary = STORIES[lang]
    page = _page(title, _cards(summary, 4), "")
    assert own_text(page) == own_text(page.replace("class='card'", "class='cardx'"))


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("shape", sorted(CARDS))
@pytest.mark.parametrize("titled", [True, False])
def test_short_article_over_cards_of_any_shape(lang: str, shape: str, titled: bool) -> None:
    # the cards' title may be a heading, the link around a picture and a heading, a bare
    # link; their summary a <p>, a <div> or a <span>, a date between; and the page's <title>
    # may name no heading (a site's name only): the article is not the grid
    title, paras, summary = STORIES[lang]
    article = "<article>" + "".join(f"<section><p>{p}</p></section>" for p in paras)
    page = _page(title, article + "</article>", _cards(summary, shape=shape), "" if titled else "X")
    assert own_text(page).split("\n") == paras


# Readers' comments printed with no telling class (a name, a date, a paragraph each), a site's
# "about" text: a bigger block of prose than a short article, away from its headline.
COMMENT = {
    "es": "Me parece muy bien que por fin arreglen las calles, llevamos años esperando esta "
    "obra en el barrio y nadie hacía nada.",
    "vi": "Tôi thấy rất tốt vì cuối cùng phố cũng được sửa, chúng tôi đã chờ công trình này "
    "nhiều năm mà chẳng ai làm gì.",
    "tr": "Sonunda sokakların onarılması çok iyi, yıllardır bu çalışmayı bekliyorduk ve kimse "
    "bir şey yapmıyordu.",
}


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("box", ["comments", "about"])
def test_short_article_by_its_headline_beats_a_bigger_block_of_prose(lang: str, box: str) -> None:
    title, paras, _ = STORIES[lang]
    if box == "comments":
        extra = "<div class='k1'>" + "".join(
            f"<div class='k2'><b>Ana{i}</b> <span>12/05/2024</span><p>{COMMENT[lang]} {i}</p></div>"
            for i in range(10)
        )
    else:
        extra = "<div class='k1'><p>" + " ".join([COMMENT[lang]] * 8) + "</p>"
    article = "<article>" + "".join(f"<p>{p}</p>" for p in paras[:2]) + "</article>"
    assert own_text(_page(title, article, extra + "</div>")).split("\n") == paras[:2]


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize(
    "box",
    [
        "<div class='m4'><iframe src='https://video.example/embed/1'></iframe></div>",
        "<div class='m5'><div id='slot-ad-1'></div></div>",
    ],
)
def test_opening_section_of_two_paragraphs_in_a_wrapper_of_its_own(lang: str, box: str) -> None:
    # the article's first two paragraphs in a wrapper, an embed or an ad slot, then the rest
    # in a wrapper of another class: both paragraphs open the text (the nearest one alone
    # was taken as a standfirst)
    title, paras, summary = STORIES[lang]
    paras = [*paras, *(f"{summary} {i}" for i in range(3))]  # the rest: four paragraphs
    head = "".join(f"<p>{p}</p>" for p in paras[:2])
    rest = "".join(f"<p>{p}</p>" for p in paras[2:])
    article = f"<article><div class='b1'>{head}</div>{box}<div class='b2'><div>{rest}</div></div>"
    assert own_text(_page(title, article + "</article>", "")).split("\n") == paras


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize(
    "box",
    [
        "<div class='m6'><span>+</span><a href='/n/9'><img src='/i/9.jpg'><span>Haber 9</span></a>"
        "</div>",
        "<div class='m5'><div id='slot-ad-2'></div></div>",
    ],
)
def test_rest_of_the_article_after_an_inserted_box_in_another_wrapper(lang: str, box: str) -> None:
    # the body's first five paragraphs deep in wrappers, a related link or an ad slot, then
    # the last two in a wrapper of another class: both parts are the text
    title, paras, summary = STORIES[lang]
    paras = [*paras, *(f"{summary} {i}" for i in range(4))]
    head = "".join(f"<p>{p}</p>" for p in paras[:5])
    rest = "".join(f"<p>{p}</p>" for p in paras[5:])
    article = f"<div class='a0'><div class='a1'><div>{head}</div></div></div>{box}"
    article += f"<div class='a2'>{rest}</div>"
    assert own_text(_page(title, article, "")).split("\n") == paras


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("shape", sorted(CARDS))
def test_grid_of_cards_inside_the_article_block_is_dropped(lang: str, shape: str) -> None:
    # a "more news" grid printed inside the article's own block, after its text: links out
    # of it, summaries and all, whatever the cards' shape
    title, paras, summary = STORIES[lang]
    article = "<article>" + "".join(f"<p>{p}</p>" for p in paras)
    page = _page(title, article + _cards(summary, 4, shape) + "</article>", "")
    assert own_text(page).split("\n") == paras


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_cards_that_list_or_go_on_are_not_teasers(lang: str) -> None:
    # a buying guide's product cards (a linked name, its specifications as a list) and
    # paragraphs opening on a link their sentence goes on after stay text
    title, paras, summary = STORIES[lang]
    products = "".join(
        f"<div class='pr'><h3><a href='/shop/{i}'>Producto {i} - {summary[:20]}</a></h3>"
        f"<ul><li>{summary[:60]}</li><li>{i} kg</li></ul></div>"
        for i in range(3)
    )
    linked = "".join(
        f"<div class='q'><p><a href='/n/{i}'>{p[:20]}</a>{p[20:]}</p></div>"
        for i, p in enumerate(paras)
    )
    text = own_text(_page(title, "<article>" + products + linked + "</article>", ""))
    assert all(p in text for p in paras)
    assert all(f"{i} kg" in text for i in range(3))  # (the linked names go, as before)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_next_story_under_its_own_headline_is_no_section_of_the_article(lang: str) -> None:
    # endless scrolling: the next story, under its own <h1>, printed after the article in a
    # block beside the article's; widening to the sections around the article stops there
    title, paras, summary = STORIES[lang]
    paras = [*paras, *(f"{summary} {i}" for i in range(2))]
    story = "".join(f"<p>{COMMENT[lang]} {i}.</p>" for i in range(6))
    page = (
        f"<html><head><title>{title} - Diario</title></head><body><main>"
        f"<div class='w'><h1>{title}</h1><div class='t'>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"</div></div><div class='n'><h1>{summary[:25]}</h1>{story}</div></main></body></html>"
    )
    assert own_text(page).split("\n") == paras
