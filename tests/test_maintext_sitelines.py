"""Lines the site's machinery prints inside the article (`pipeline.maintext.sitelines`): a
wire service's reprint notice longer than a short copyright line, a form's thanks printed
before anyone sends the form, a line pointing at a form below it, and an invitation to follow
the site by its name on several networks. The article's own sentences that speak of rights,
thanks, forms or following someone stay."""

from __future__ import annotations

from html import escape

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.sitelines import is_site_line
from tests.sample_pages import HARBOUR_STORY as STORY

NOTICES = [
    # a wire's notice under its copy, in the forms other wires and languages give it
    "Copyright 2031 Coastal Wire Service. All rights reserved. This material may not be"
    " published, broadcast, rewritten or redistributed without permission.",
    "© 2031 Northern Press Agency. All rights reserved. This article may not be reproduced,"
    " copied or redistributed in any form.",
    "Copyright 2031 Agencia del Puerto. Todos los derechos reservados. Este material no puede"
    " ser publicado, transmitido, reescrito ni redistribuido.",
    "✅ Thank you for completing the survey!",
    "Thanks for your feedback.",
    "Thank you for signing up!",
    "Merci pour votre inscription !",
    "(For more updates, follow The Harbour Gazette on Facebook, Twitter and Instagram)",
    "Follow Harbour Daily on X & Threads for the latest.",
    "Got a question about the docks? Fill out the form below or e-mail the newsdesk with your"
    " name and telephone number, and our reporters will get back to you.",
    "Full Screen",
    "Autoplay",
    "Skip Ad",
    "View Photos",
    "×",
    "Wait 1 second to continue.",
    'Embed <iframe src="https://harbour.example/player/embed/77" width="100%"></iframe>',
    "EMBED:",
    "13-Minute Listen",
    "How The New Cranes Work Watch Video",
    "Jane Roe | Getty Images",
    "Photo by Jane Roe/AFP via Getty Images",
    "AP Photo/Jane Roe",
    "Credit: Shutterstock / Jane Roe",
    "Jane Roe, AP",
    "Best Prices Today:",
    "$349 at Harbour Supply",
    "Price comparison from over 12,000 stores worldwide",
    "View Deal",
    "Harbour editor since 2009, keen sailor, reluctant gardener. View Full Profile",
    "More stories by Jane Roe",
    "View all posts by Jane Roe",
]

PROSE = [
    # sentences of an article that share words with those lines
    "The court ruled that the leaked report may not be published until the inquiry ends, a"
    " decision the harbour's lawyers welcomed.",
    "The musician, who wrote the harbour anthem in 1998, said she owns the copyright and that"
    " the song may not be reproduced at the opening without her permission.",
    "Thank you for your time, Director.",
    "Thanks for the warning, he told the pilot as the tug pulled away.",
    "Residents can follow the works on the council's website, which posts a weekly update.",
    "Fans who follow him on Twitter know he rarely posts about the club.",
    "The form below the counter asks each lorry driver for a licence number.",
    "Wait until the tide turns, the pilot said.",
    "Replay of the opening will air on Sunday evening.",
    "He has worked for Reuters since 2009 and covers the port.",
    "The harbour sold its archive of photos to Getty Images last year.",
    "A Reuters reporter filmed the video from the quay.",
    "$349 at launch, the crane kit sold out in a week.",
    "The council will review the profile of each bidder before the tender closes.",
    "In the harbour office, AFP reporters waited for the director.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_site_line_is_furniture(line: str) -> None:
    assert is_site_line(line)


@pytest.mark.parametrize("line", PROSE)
def test_the_article_sentences_like_them_stay(line: str) -> None:
    assert not is_site_line(line)


def _page(inside: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in STORY[:2])
    rest = "".join(f"<p>{line}</p>" for line in STORY[2:])
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<h1>Harbour opens a new terminal</h1>"
        f"<div class='a1 b2'>{body}{inside}{rest}</div></body></html>"
    )


def test_the_lines_are_dropped_from_the_article_and_its_prose_kept() -> None:
    inside = "".join(f"<p>{escape(line)}</p>" for line in NOTICES)  # the embed code as text
    assert own_paragraphs(_page(inside)) == STORY
    prose = "".join(f"<p>{line}</p>" for line in PROSE)
    paras = own_paragraphs(_page(prose))
    assert paras == STORY[:2] + PROSE + STORY[2:]


def test_a_survey_box_prints_only_its_question() -> None:
    # the box's thanks sit in the markup before the reader answers (shown by a script)
    box = (
        "<div class='q7 z2'><p>Should the terminal open at night?</p>"
        "<button>Yes</button><button>No</button>"
        "<p class='x9'>Thank you for your vote!</p></div>"
    )
    paras = own_paragraphs(_page(box))
    assert "Thank you for your vote!" not in paras
    assert paras[:2] == STORY[:2] and paras[-2:] == STORY[2:]


def test_a_gallery_player_whose_classes_name_nothing_prints_no_controls() -> None:
    # a photo gallery set in the article, its classes hashed (CSS-in-JS)
    gallery = (
        "<div class='c1f3a9'><div class='c77b01'>1 of 12</div><button>Full Screen</button>"
        "<button>Autoplay</button><button>Close</button><div class='c0d2e4'>Skip Ad</div>"
        "<div>×</div><h3>Inside the new terminal</h3><button>View Photos</button>"
        "<div class='c9a9a9'>Wait 1 second to continue.</div></div>"
    )
    paras = own_paragraphs(_page(gallery))
    for control in ("Full Screen", "Autoplay", "Skip Ad", "×", "View Photos"):
        assert control not in paras
    assert "Wait 1 second to continue." not in paras
    assert paras[:2] == STORY[:2] and paras[-2:] == STORY[2:]


def test_every_pattern_is_tried_where_its_gate_lets_it() -> None:
    """Each prompt's and notice's pattern is tried only on a line holding its own marks or
    openings: on generated lines, wherever the pattern matches, its gate holds (and the
    anchored video label matches from the start exactly where a search finds it)."""
    import random

    from pipeline.maintext import sitelines as sl

    forms = (
        "Rate this article",
        "Please rate this story!",
        "Was this page helpful?",
        "Оцените, пожалуйста, статью",
        "Спасибо! Ваше мнение учтено",
        "Oceń artykuł",
        "Notez cet article",
        "Bewerten Sie diesen Artikel",
        "War dieser Artikel hilfreich?",
        "WATCH VIDEO: The harbour at dawn",
        "Zobacz wideo: port",
        "Смотрите видео: порт",
        "Veja o vídeo: o porto",
        "Δείτε το βίντεο: λιμάνι",
        "Izle: liman",
        "Keen sailor. View Full Profile",
        "Read full bio",
        "See all posts by Jane Roe",
        "More stories from Jane Roe",
        "Copyright 2026 The Wire. All rights reserved.",
        "Tous droits réservés",
        "Alle Rechte vorbehalten",
        "Diritti riservati",
        "This material may not be reproduced without permission.",
        "Reprinting is strictly prohibited",
        "Перепечатка материалов запрещена",
        "При использовании материалов ссылка на сайт обязательна",
        "Przedruk tylko za zgodą redakcji",
        "Nachdruck nur mit Genehmigung",
        "Riproduzione riservata",
        "Dilarang mengutip tanpa izin",
        "Απαγορεύεται η αναδημοσίευση",
    )
    fillers = ("The council said ", "watch ", "video. ", " by ", "rights ", "- ", "\u00a0", ".")
    rng = random.Random(13)
    texts = list(forms)
    for _ in range(3000):
        form = rng.choice(forms)
        form = form.upper() if rng.random() < 0.2 else form
        pieces = "".join(rng.choice(fillers) for _ in range(rng.randrange(0, 3)))
        texts.append(pieces + form if rng.random() < 0.5 else form + pieces)
    for text in texts:
        low = text.lower()
        if sl._RATING.search(text):
            assert low.startswith(sl._RATING_OPENINGS) or any(w in low for w in sl._RATING_WORDS)
        if sl._VIDEO_LABEL.search(text):
            assert low.startswith(sl._VIDEO_OPENINGS) and sl._VIDEO_LABEL.match(text), text
        if sl._PROFILE_LINK.search(text):
            assert any(m in low for m in sl._PROFILE_MARKS), text
        if sl._RESERVED.search(text):
            assert any(m in low for m in sl._RESERVED_MARKS), text
        if sl._REPRINT_RULE.search(text):
            assert any(m in low for m in sl._REPRINT_MARKS), text
    assert sum(is_site_line(t) for t in texts) > 1000
