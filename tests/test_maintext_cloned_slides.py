"""A carousel's cloned slides.

Carousel scripts that loop without end (Slick, Owl, Swiper, bxSlider, Glide, Splide) print
copies of the last slides before the first and of the first after the last, each copy
marked by the script's class ("slick-cloned", "owl-item cloned", "swiper-slide-duplicate",
"bx-clone", "glide__slide--clone", "splide__slide--clone"). A page saved after the script
ran holds them, and a slide's caption was printed two or three times. The copies go, the
slide itself stays. The pages are made up, in the shape of such markup.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text

STORY = [
    "The sprinter who won the two hundred metres at the regional games says she now wants "
    "to use that experience to prepare for the world championships next summer.",
    "She trains six days a week at the national stadium, and her coach says the gains of the "
    "last two seasons came from work on her start rather than on her top speed.",
    "The federation has promised to fund a training camp abroad before the championships, "
    "the first time it has done so for an athlete in her event.",
]

CAPTIONS = [
    "The sprinter poses for a photo at the practice track before a morning session.",
    "The sprinter crosses the line ahead of the field in the final of the regional games.",
    "The sprinter and her coach review a video of her start after a training run.",
]

# (the carousel's box class, a slide's class, a clone's class)
LIBRARIES = {
    "slick": ("slick-track", "slick-slide", "slick-slide slick-cloned"),
    "owl": ("owl-stage", "owl-item", "owl-item cloned"),
    "swiper": ("swiper-wrapper", "swiper-slide", "swiper-slide swiper-slide-duplicate"),
    "bxslider": ("bxslider", "slide", "slide bx-clone"),
    "glide": ("glide__slides", "glide__slide", "glide__slide glide__slide--clone"),
    "splide": ("splide__list", "splide__slide", "splide__slide splide__slide--clone"),
}


def _slide(cls: str, caption: str) -> str:
    return (
        f'<figure class="{cls}"><img src="a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    )


def _page(library: str, story: list[str], captions: list[str]) -> str:
    box, slide, clone = LIBRARIES[library]
    slides = "".join(_slide(slide, c) for c in captions)
    before = _slide(clone, captions[-1])  # the last slide's copy, before the first
    after = "".join(_slide(clone, c) for c in captions[:2])  # the first ones', after the last
    body = "".join(f"<p>{p}</p>" for p in story)
    return (
        "<html><head><title>A sprinter's next step</title></head><body><article>"
        "<h1>A sprinter's next step</h1>"
        f'<div class="{box}">{before}{slides}{after}</div>{body}'
        "</article></body></html>"
    )


def _text(html: str) -> str:
    return extract_text(html, url="https://news.example.com/sport/sprinter.html") or ""


@pytest.mark.parametrize("library", sorted(LIBRARIES))
def test_a_carousels_cloned_slides_are_printed_once(library: str) -> None:
    text = _text(_page(library, STORY, CAPTIONS))
    for para in STORY:
        assert para in text
    for caption in CAPTIONS:
        assert text.count(caption) <= 1
    assert text.count(CAPTIONS[0]) == 1  # the slide on screen, kept


@pytest.mark.parametrize("library", ["slick", "swiper"])
def test_a_story_told_in_slides_keeps_each_slide_once(library: str) -> None:
    """The slides are the page's text: each is printed once, its copies not at all."""
    text = _text(_page(library, [], STORY))
    for para in STORY:
        assert text.count(para) == 1


def test_a_class_naming_a_copy_of_something_else_is_no_carousel() -> None:
    """ "duplicate" alone names no slide: a block so named is judged as any other."""
    page = (
        "<html><body><article><h1>A sprinter's next step</h1>"
        + "".join(f'<p class="duplicate-check">{p}</p>' for p in STORY)
        + "</article></body></html>"
    )
    text = _text(page)
    for para in STORY:
        assert para in text
