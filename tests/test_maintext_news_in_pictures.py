"""A "news in pictures" slideshow inside the article's body.

A news page embeds in the article's body a gallery of the day's pictures: each slide opens
with its counter ("7/12"), a date and a caption about another story. Twelve captions hold
more text than a short article and the container holding both printed them as its
paragraphs (`slides.drop_slides` now drops such a list when the container holds a body of
text outside it). The pages are made up, in the shape of such markup.
"""

from __future__ import annotations

from pipeline.extract import extract_text

STORY = [
    "The environment agency has removed dozens of references to the changing climate from "
    "its website, along with guides that helped towns prepare for floods and heat waves.",
    "A watchdog that monitors the agency's pages said the changes were made without notice "
    "and that several of the guides cannot be found anywhere else on the site.",
    "The agency said the pages had been archived and would be reviewed, and that the new "
    "site was meant to be easier for the public to use.",
]

CAPTIONS = [
    "Protesters march through the capital calling for new elections after the vote was cancelled",
    "Fishermen haul their nets at dawn on the lake as the dry season lowers the water level",
    "Firefighters battle a blaze at a warehouse on the edge of the port in the early morning",
    "Children play in the fountain of the old square on the hottest day of the year so far",
    "Supporters of the opposition gather outside the court ahead of the ruling on the election",
    "A farmer walks his cattle across a dry riverbed in the south of the country at sunset",
    "Rescue workers search the rubble of a building that collapsed after days of heavy rain",
    "Dancers perform during the opening of the city's autumn festival in the harbour district",
]


def _page(story: list[str], title: str = "Agency removes climate pages") -> str:
    n = len(CAPTIONS)
    slides = "".join(
        f"<li><span>{i}/{n}</span> <span>{10 + i} October 2017</span> <p>{caption}</p></li>"
        for i, caption in enumerate(CAPTIONS, 1)
    )
    gallery = (
        '<div class="widget type-media"><div class="pictures"><h3>World news in pictures</h3>'
        f'<ul class="legends">{slides}</ul></div></div>'
    )
    half = (len(story) + 1) // 2
    before = "".join(f"<p>{p}</p>" for p in story[:half])
    after = "".join(f"<p>{p}</p>" for p in story[half:])
    return (
        f"<html><head><title>{title}</title></head><body><main><article>"
        f'<h1>{title}</h1><div class="text-wrapper">{before}{gallery}{after}</div>'
        "</article></main></body></html>"
    )


def _text(html: str) -> str:
    return extract_text(html, url="https://news.example.com/climate-pages.html") or ""


def test_a_slideshow_of_other_stories_in_the_body_is_dropped() -> None:
    text = _text(_page(STORY))
    for para in STORY:
        assert para in text
    for caption in CAPTIONS:
        assert caption not in text
    assert "World news in pictures" not in text


def test_a_gallery_page_whose_slides_are_its_text_keeps_them() -> None:
    """No body of text outside the slides: they are the page's story, kept."""
    text = _text(_page([]))
    assert sum(caption in text for caption in CAPTIONS) >= len(CAPTIONS) // 2
