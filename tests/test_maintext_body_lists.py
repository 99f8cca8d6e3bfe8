"""A list of links that is the body's own (`linkedlists.is_body_list`): each item a link and
the writer's words beside it, introduced by the body's sentence closing on a colon or with
the text going on under it. It stays (its items were skipped for their links, the line
before popped as their label); a related-links box (a label and headlines, or headlines and
a year) still goes. Pages we wrote."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_STORY = [
    "The county library opened its new reading room on Saturday, three years after the old "
    "one closed when a storm tore a hole in the roof of the building on Mill Street.",
    "The room seats eighty and keeps the local history collection, which spent the years of "
    "the repairs in a warehouse on the edge of town, boxed and out of reach of readers.",
    "Librarians say the first weekend brought more visitors than any month before the storm, "
    "and the children's corner was full from the moment the doors opened in the morning.",
    "The council paid for most of the repairs, and a local trust raised the rest with a "
    "series of book sales and a summer fair that ran for two weekends in August.",
]
_CLOSING = (
    "The reading room opens every day but Sunday, and the librarians will run guided tours "
    "of the history collection on the first Saturday of each month."
)
_BOOKS = [
    ("A River Town in the Age of Steam", "by Margaret Hollis"),
    ("Letters from the Mill Street Fire", "edited by Tom Aldridge and Ruth Penn"),
    ("The Flood Year", "by Samuel Okafor, with photographs by Lena Park"),
    ("Maps of the Old County", "by Helen Brook"),
]
_OFFERS = [
    ("A 2TB portable hard drive for $61.99 with free shipping", "(normally $80, use the code"),
    ("A 24-inch monitor with two HDMI ports for $119", "(normally $149, ends Sunday)"),
    ("A mechanical keyboard with brown switches for $45", "(normally $70, at the maker's shop)"),
]
_RELATED = [
    "Council votes to keep the harbour ferry running through the winter months",
    "Police appeal for witnesses after a lorry overturned on the bypass on Sunday",
    "Schools told to plan for heating repairs before the cold weather returns",
    "Farmers warn that the late frost has cut this year's apple harvest by half",
]


def _page(body: str) -> str:
    return (
        "<html><head><title>Library opens its new reading room</title></head><body>"
        "<div id='nav'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a>"
        "</div><div class='post'><h1>Library opens its new reading room</h1>"
        f"<div class='entry'>{body}</div></div>"
        "<div id='footer'><a href='/contact'>Contact</a> <a href='/terms'>Terms</a></div>"
        "</body></html>"
    )


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in _STORY)


def _items(pairs: list[tuple[str, str]], host: str) -> str:
    return "".join(
        f"<li><a href='https://{host}/item/{i}'>{title}</a> {words}</li>"
        for i, (title, words) in enumerate(pairs)
    )


def test_a_list_of_books_introduced_by_the_body_sentence_stays() -> None:
    intro = "The four books the trust sold most copies of at the summer fair were these:"
    body = _story() + f"<p>{intro}</p><ul>{_items(_BOOKS, 'books.example.org')}</ul>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _STORY[-1] in text
    assert intro in text
    for title, words in _BOOKS:
        assert f"{title} {words}" in text


def test_a_list_of_offers_between_the_body_paragraphs_stays() -> None:
    offers = f"<ul>{_items(_OFFERS, 'shop.example.com')}</ul>"
    body = _story() + offers + f"<p>{_CLOSING}</p>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _CLOSING in text
    for title, words in _OFFERS:
        assert f"{title} {words}" in text


def test_a_related_box_of_headlines_under_a_label_still_goes() -> None:
    related = "".join(f"<li><a href='/news/{i}'>{t}</a></li>" for i, t in enumerate(_RELATED))
    body = _story() + f"<p>Related stories:</p><ul>{related}</ul>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _STORY[-1] in text
    assert "Related stories" not in text
    assert _RELATED[0] not in text


def test_headlines_under_the_body_sentence_without_words_of_their_own_still_go() -> None:
    # a sentence closing on a colon, then headlines alone and the text going on: a box
    related = "".join(f"<li><a href='/news/{i}'>{t}</a></li>" for i, t in enumerate(_RELATED))
    intro = "Readers who followed the library's repairs may also want to read these:"
    body = _story() + f"<p>{intro}</p><ul>{related}</ul><p>{_CLOSING}</p>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _CLOSING in text
    assert _RELATED[0] not in text


def test_a_box_of_the_same_day_in_other_years_still_goes() -> None:
    # the words beside each link a year alone: a date, not the writer's
    years = "".join(
        f"<li><a href='/{2004 + i}/05/10/'>{t}</a> - {2004 + i}</li>"
        for i, t in enumerate(_RELATED)
    )
    body = _story() + f"<p>Posted on this day, other years:</p><ul>{years}</ul>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _STORY[-1] in text
    assert "other years" not in text
    assert _RELATED[1] not in text


def test_annotated_links_under_a_short_label_closing_the_text_still_go() -> None:
    # a box's label ("More offers:") and nothing of the body after it
    body = _story() + f"<p>More offers:</p><ul>{_items(_OFFERS, 'shop.example.com')}</ul>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _STORY[-1] in text
    assert _OFFERS[0][0] not in text


def test_cards_with_pictures_between_the_paragraphs_still_go() -> None:
    # a related box of cards: a thumbnail, a linked headline and a line of its own
    cards = "".join(
        f"<li><a href='/news/{i}'><img src='/t/{i}.jpg' alt=''></a>"
        f"<a href='/news/{i}'>{t}</a> Read the full story</li>"
        for i, t in enumerate(_RELATED)
    )
    body = _story() + f"<ul class='cards'>{cards}</ul><p>{_CLOSING}</p>"
    text = "\n".join(own_paragraphs(_page(body)))
    assert _CLOSING in text
    assert _RELATED[0] not in text


def test_a_mail_header_list_is_not_the_body_list() -> None:
    # a mailing-list archive's header: labels and e-mail addresses, not linked titles
    header = "".join(
        f"<li><em>{label}</em>: Ann Reader &lt;<a href='mailto:ann@example.org'>"
        "ann@example.org</a>&gt;</li>"
        for label in ("To", "From", "Reply-to", "Cc")
    )
    body = f"<ul>{header}</ul>" + _story()
    text = "\n".join(own_paragraphs(_page(body)))
    assert _STORY[0] in text
    assert "Reply-to" not in text
